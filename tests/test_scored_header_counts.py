"""Headers of a voting site's comment page, as the converters print it without its
indentation: the score printed once per vote state ("12 points13 points14 points",
"0 points1 point2 points", spaced or glued), a count of the replies under each closing
the header ("(3 children)", "(1 child)") that nests the flat posts (`counted_depths`),
the edited mark glued after the age ("2 hours ago*", `stamps._edit_star`,
`prose._COUNT_AFTER`), a placeholder in brackets in a gone poster's place
("[–][deleted] 9 points …", `lines.placeholder_name`, its text "[removed]" the body:
`authors._gone_text`, `templates._gone_between`, the author None), a poster's mark in
brackets after the name ("[S]", "[M]": no author's word, no frame's word) and the
flair after a user name ("fjell_runner_82 Bergen", `names._strip_flair`). Header lines
longer than 80 characters that close with such a count are headers too, and so are
those with a short note set off by a dash between the date and the count ("6 hours ago
- stickied comment (0 children)").

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.posts.stamps import _edit_star

RESILIPARSE = """\
Best glue for end grain cutting boards?

submitted 6 hours ago by plane_iron_pat

I keep getting gaps on the end grain joints. Which glue do you use and how long do you clamp?

all 31 comments
sorted by: best

[–]sawdust_sven 212 points213 points214 points 5 hours ago (4 children)

Titebond III, and clamp overnight. The gaps are usually the jointing, not the glue.

  • permalink
  • save
  • report
  • reply

[–]plane_iron_pat [S] 41 points42 points43 points 5 hours ago* (1 child)

My jointer might be the problem then. The fence is a bit wobbly.

  • permalink
  • save
  • parent
  • reply

[–]sawdust_sven 18 points19 points20 points 4 hours ago (0 children)

Check it with a square before every session, it drifts.

  • permalink
  • save
  • parent
  • reply

[–][removed] 9 points10 points11 points 4 hours ago (1 child)

[removed]

  • permalink
  • parent
  • reply

[–]maple_mallet_moira Bodega Bay 0 points1 point2 points 3 hours ago (0 children)

Whatever they said got removed, but hide glue is worth a try too.

  • permalink
  • save
  • parent
  • reply

[–]dovetail_dmitri 77 points78 points79 points 4 hours ago (1 child)

Do the glue-up in two halves, then join the halves. Much less panic.

  • permalink
  • save
  • report
  • reply

[–]sawdust_sven 12 points13 points14 points 3 hours ago (0 children)

Seconded, I learned that one the hard way.

  • permalink
  • save
  • parent
  • reply

load more comments (6 replies)
"""


HTML2TEXT = """\
all 31 comments

sorted by:

best

[[–]](javascript:void\\(0\\))[sawdust_sven](https://example.org/user/sawdust_sven)
Oak Valley 212 points213 points214 points 5 hours ago [(3
children)](javascript:void\\(0\\))

Titebond III, and clamp overnight. The gaps are usually the jointing, not the
glue.

  * [permalink](https://example.org/r/shop/comments/9x/x/c1/)
  * [reply](javascript:void\\(0\\))

[[–]](javascript:void\\(0\\))[plane_iron_pat](https://example.org/user/plane_iron_pat)
41 points42 points43 points 5 hours ago* [(0 children)](javascript:void\\(0\\))

My jointer might be the problem then. The fence is a bit wobbly.

  * [permalink](https://example.org/r/shop/comments/9x/x/c2/)
  * [reply](javascript:void\\(0\\))

[[–]](javascript:void\\(0\\))_[deleted]_ 9 points10 points11 points 4 hours ago
[(1 child)](javascript:void\\(0\\))

[deleted]

  * [permalink](https://example.org/r/shop/comments/9x/x/c3/)
  * [reply](javascript:void\\(0\\))

[[–]](javascript:void\\(0\\))[maple_moira](https://example.org/user/maple_moira)
Bodega Bay 0 points1 point2 points 3 hours ago [(0
children)](javascript:void\\(0\\))

Whatever they said got removed, but hide glue is worth a try too.

  * [permalink](https://example.org/r/shop/comments/9x/x/c4/)
  * [reply](javascript:void\\(0\\))

[[–]](javascript:void\\(0\\))[dovetail_dmitri](https://example.org/user/dovetail_dmitri)
77 points78 points79 points 4 hours ago [(0 children)](javascript:void\\(0\\))

Do the glue-up in two halves, then join the halves. Much less panic.

  * [permalink](https://example.org/r/shop/comments/9x/x/c5/)
  * [reply](javascript:void\\(0\\))
"""


DATELESS = """\
Which hut on the north ridge is open in winter?

all 9 comments

[–]fjell_runner_82 Bergen 14 points15 points (3 children)

The lower hut keeps one room open all winter, the key is at the farm below.

[–][deleted] 3 points4 points (1 child)

[removed]

[–]snow_gaiter_lin 5 points6 points (0 children)

Not sure what they said, but the farm wants cash for the key.

[–]ridge_walker_tove Moderator [M] 2 points3 points (0 children)

Pinned the hut list to the sidebar.

[–]thermos_tea 8 points9 points (1 child)

The upper one is closed from November, do not count on it.

[–]fjell_runner_82 Bergen 1 point2 points (0 children)

Good to know, thanks.
"""


FULL_NAMES = """\
Favourite winter walk?

all 4 comments

[–]Ann Lee 14 points15 points 3 hours ago (1 child)

The coast path in January, when nobody else is out.

We took the whole family there 2 years ago (3 children)

[–]Bo Park 5 points6 points 2 hours ago (0 children)

Same, though the car park is a mess at weekends.

[–]Cy Morgan 8 points9 points 2 hours ago (0 children)

The canal towpath, flat and sheltered.
"""


NOTED = """\
all 12 comments
sorted by: best

[–]tidy_bot_3000 [M] 0 points1 point2 points 6 hours ago - stickied comment (0 children)

Reminder: post your lathe model and the wood species when asking about tear-out.

[–]bowl_gouge_bea 31 points32 points33 points 5 hours ago (1 child)

Sharpen more often than you think you need to, that fixed most of my tear-out.

[–]spindle_sam_7 9 points10 points11 points 4 hours ago* (0 children)

And slow the lathe down on the end grain.

[–]walnut_wendell 4 points5 points6 points 3 hours ago (0 children)

A sanding sealer before the last cut helps on soft woods.
"""


def _tree(text: str) -> list[tuple[int, str | None, str]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.depth, c.author, c.text.split()[0]) for c in page.walk()]


def test_counts_nest_the_flat_posts_with_every_header_read() -> None:
    assert _tree(RESILIPARSE) == [
        (0, "sawdust_sven", "Titebond"),
        (1, "plane_iron_pat", "My"),
        (2, "sawdust_sven", "Check"),
        (1, None, "[removed]"),
        (2, "maple_mallet_moira", "Whatever"),
        (0, "dovetail_dmitri", "Do"),
        (1, "sawdust_sven", "Seconded,"),
    ]


def test_counts_wrapped_into_links_nest_html2text_posts() -> None:
    tree = _tree(HTML2TEXT)
    assert [depth for depth, _, _ in tree] == [0, 1, 1, 2, 0]
    assert [author for _, author, _ in tree][1:3] == ["plane_iron_pat", None]


def test_dateless_headers_with_a_gone_poster_and_flair() -> None:
    assert _tree(DATELESS) == [
        (0, "fjell_runner_82", "The"),
        (1, None, "[removed]"),
        (2, "snow_gaiter_lin", "Not"),
        (1, "ridge_walker_tove", "Pinned"),
        (0, "thermos_tea", "The"),
        (1, "fjell_runner_82", "Good"),
    ]


def test_full_names_keep_their_words_and_a_count_in_prose_is_no_header() -> None:
    assert _tree(FULL_NAMES) == [
        (0, "Ann Lee", "The"),
        (1, "Bo Park", "Same,"),
        (0, "Cy Morgan", "The"),
    ]


def test_placeholder_names() -> None:
    assert L.placeholder_name("[deleted]") and L.placeholder_name("_[removed]_")
    assert not L.placeholder_name("[S]") and not L.placeholder_name("[deleted user 12]")
    assert not L.placeholder_name("deleted")


def test_the_edit_star_is_glued_after_the_date_only() -> None:
    line = "ann 2 hours ago* (1 child)"
    assert _edit_star(line, 4, 15) == 1
    assert _edit_star("*2 hours ago*", 1, 12) == 0  # (the date in emphasis)
    assert _edit_star("ann 2 hours ago *note*", 4, 15) == 0


def test_a_note_after_the_date_before_the_count() -> None:
    assert _tree(NOTED) == [
        (0, "tidy_bot_3000", "Reminder:"),
        (0, "bowl_gouge_bea", "Sharpen"),
        (1, "spindle_sam_7", "And"),
        (0, "walnut_wendell", "A"),
    ]
