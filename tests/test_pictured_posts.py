"""Post lists headed by their author's avatar, as html2text and lynx print them.

html2text prints an avatar as a Markdown picture inside the link to its owner's profile,
alone on its list item ("[![ann](/a.png)](/u/ann)"), or with the initial and status that
stand for it when no picture loads ("[ ![ann](/a.png)A Offline ](/u/ann)"); the name
line follows at the margin ("[ann](/u/ann) Posts: 12", "** [ann](/u/ann) ** | Member"),
and so does the body. lynx sets a quote inside a list item back at the item's bullet,
then goes on with the item's block at its own column. Every fixture is invented, in
the converters' forms; the negative cases are a picture over a line that names someone
else, and a list followed by the page's own text.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

# html2text, the avatar's initial and status inside the profile link, the name under it
# in bold, the body at the margin
INITIAL_HTML2TEXT = """\
# Which spar for a light-wind delta?

__ 3 Posts __ 2 Posters __ 41 Views

  * [ ![fennick](https://kites.example/img/7-avatar.png)F Offline ](/user/fennick)

** [fennick](/user/fennick) ** | Member

__ last edited by  [](/post/501) __

My delta will not climb below ten knots and I think the carbon spars are too
heavy for it.

![orla_b](https://kites.example/img/9-avatar.png)O
1 Reply Last reply  __ Reply Quote __ 0 __

  * [ ![orla_b](https://kites.example/img/9-avatar.png)O Online ](/user/orla_b)

** [orla_b](/user/orla_b) ** [__Builder](/groups/builders) [__@fennick](/post/501)

__ last edited by orla_b  [](/post/502) __

Try thinner tubes for the spreader only; the spreader is what weighs the sail
down in light air.

![fennick](https://kites.example/img/7-avatar.png)F
1 Reply Last reply  __ Reply Quote __ 1 __

  * [ ![fennick](https://kites.example/img/7-avatar.png)F Offline ](/user/fennick)

** [fennick](/user/fennick) ** [__@orla_b](/post/502) | Member

__ last edited by  [](/post/503) __

Swapped the spreader last weekend and it flew in a breeze I could barely feel at
all, thanks.

Reply Quote __ 0 __
"""


@pytest.mark.parametrize(
    "text",
    [
        INITIAL_HTML2TEXT,
        # no picture loaded: the initial and status alone in the profile link
        INITIAL_HTML2TEXT.replace("![fennick](https://kites.example/img/7-avatar.png)", "").replace(
            "![orla_b](https://kites.example/img/9-avatar.png)", ""
        ),
    ],
)
def test_html2text_posts_headed_by_the_initial_in_the_profile_link(text: str) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("fennick", 0),
        ("orla_b", 0),
        ("fennick", 0),
    ]
    assert "thinner tubes" in page.comments[1].text
    assert "Swapped the spreader" in page.comments[2].text
    assert_nothing_lost(page, text)


# html2text, a picture alone in the profile link (titled with the name), the name line
# and the post's link at the margin
PICTURE_HTML2TEXT = """\
[Home](https://kites.example/)›
[Deltas](https://kites.example/categories/deltas)

# Which spar for a light-wind delta?

## Comments

  * [![fennick](https://cdn.k.example/7.png)](https://k.example/p/fennick "fennick")

[fennick](https://k.example/p/fennick) Posts: **12**

[May 2019](/discussion/comment/501/#Comment_501) edited May 2019

My delta will not climb below ten knots and I think the carbon spars are too
heavy for it.

0 * [Share](https://kites.example/share/501)

  * [![Orla Bay](https://cdn.k.example/9.png)](https://k.example/p/Orla%20Bay "Orla Bay")

[Orla Bay](https://k.example/p/Orla%20Bay) Posts: **1,204**

[May 2019](/discussion/comment/502/#Comment_502)

Try thinner tubes for the spreader only; the spreader is what weighs the sail
down in light air.

0 * [Share](https://kites.example/share/502)

  * [![fennick](https://cdn.k.example/7.png)](https://k.example/p/fennick "fennick")

[fennick](https://k.example/p/fennick) Posts: **12**

[May 2019](/discussion/comment/503/#Comment_503)

Swapped the spreader last weekend and it flew in a breeze I could barely feel at
all, thanks.

0 * [Share](https://kites.example/share/503)
"""


@pytest.mark.parametrize(
    "text",
    [
        PICTURE_HTML2TEXT,
        # the picture's link wrapped before its title; a picture with no link
        PICTURE_HTML2TEXT.replace(
            '/profile/fennick "fennick")', '/profile/fennick\n"fennick")'
        ).replace(
            '[![Orla Bay](https://cdn.k.example/9.png)](https://k.example/p/Orla%20Bay "Orla Bay")',
            "![Orla Bay](https://cdn.k.example/9.png)",
        ),
    ],
)
def test_html2text_posts_headed_by_a_linked_picture_over_the_name(text: str) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("fennick", 0),
        ("Orla Bay", 0),
        ("fennick", 0),
    ]
    assert "thinner tubes" in page.comments[1].text
    assert_nothing_lost(page, text)


def test_a_picture_over_another_name_heads_no_post() -> None:
    text = PICTURE_HTML2TEXT.replace(
        "[fennick](https://k.example/p/fennick) Posts",
        "[quill](https://k.example/p/quill) Posts",
    ).replace(
        "[Orla Bay](https://k.example/p/Orla%20Bay) Posts",
        "[Orla Bayes](https://k.example/p/Orla%20Bayes) Posts",
    )
    page = threadparse.parse(text)
    assert not {c.author for c in page.walk()} & {"fennick", "Orla Bay"}
    assert_nothing_lost(page, text)


# lynx: posts as list items; a quote in a post set back at the item's bullet, the post
# going on at the item's column after it (in the second post, the quote opens the body)
QUOTED_LYNX = """\
   [1]Home> [2]Deltas

Which spar for a light-wind delta?

Comments

     * [3]fennick
       [4]fennick Posts: 12
       [5]May 2019
       My delta will not climb below ten knots and I think the carbon
       spars are too heavy for it.
       0 · [6]Share
     * [7]orla_b
       [8]orla_b Posts: 1,204
       [9]May 2019
       Some thoughts on the spars, and on the sail too:

     [10]fennick wrote: [11]»

     I think the carbon spars are too heavy for it.
       Try thinner tubes for the spreader only; the spreader is what
       weighs the sail down in light air.
       0 · [12]Share
     * [13]wendel
       [14]wendel Posts: 88
       [15]May 2019

     [16]orla_b wrote: [17]»

     Try thinner tubes for the spreader only.
       Seconded: I did the same on mine and it climbs in a whisper now.
       0 · [18]Share
     * [19]fennick
       [20]fennick Posts: 12
       [21]May 2019
       Swapped the spreader last weekend and it flew in a breeze I could
       barely feel at all, thanks.
       0 · [22]Share
     * [23]pell
       [24]pell Posts: 301
       [25]May 2019
       Good to hear it works; post a picture of it flying when you can.
       0 · [26]Share
"""


@pytest.mark.parametrize(
    "text",
    [
        QUOTED_LYNX,
        # the list one level deeper: bullets and quotes at column 9, blocks at 11
        QUOTED_LYNX.replace("\n     ", "\n        "),
    ],
)
def test_lynx_quote_set_back_at_the_bullet_stays_in_its_post(text: str) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("fennick", 0),
        ("orla_b", 0),
        ("wendel", 0),
        ("fennick", 0),
        ("pell", 0),
    ]
    assert "weighs the sail down" in page.comments[1].text
    assert "climbs in a whisper" in page.comments[2].text
    assert_nothing_lost(page, text)


def test_lynx_text_after_a_list_stays_out_of_its_last_item() -> None:
    text = """\
Packing list

     * Tent
       The light one, with the spare pegs.

     Pack the heavy things first, at the bottom of the bag near your back.

     * Stove
       With two cartridges and the windshield.
"""
    page = threadparse.parse(text)
    assert not page.comments
    assert "heavy things first" in page.article.text
    assert_nothing_lost(page, text)


# inscriptis: the initial and status as the item, the name under it; the body set back
# at the bullet, the post's controls at the item's column after it
INITIAL_INSCRIPTIS = """\
Kite Makers
    Which spar for a light-wind delta?
            * F Offline
              fennick | Member
                last edited by


            My delta will not climb below ten knots and I think the carbon spars are too heavy.

              O 1 Reply Last reply Reply Quote 0
            * O Online
              orla_b Builder @fennick
                last edited by orla_b


            Try thinner tubes for the spreader only; the spreader is what weighs the sail down.

              F 1 Reply Last reply Reply Quote 1
            * F Offline
              fennick @orla_b | Member
                last edited by


            @orla_b
            Done.

              O 1 Reply Last reply Reply Quote 0
            * O Online
              orla_b Builder @fennick
                last edited by orla_b


            Good to hear it works; post a picture of it flying when you can, please.

              Reply Quote 0
        Home
"""


@pytest.mark.parametrize(
    "text",
    [
        INITIAL_INSCRIPTIS,
        # other status words after the initial
        INITIAL_INSCRIPTIS.replace("F Offline", "F Away").replace("O Online", "O Here Now"),
    ],
)
def test_inscriptis_posts_headed_by_the_initial_with_short_bodies(text: str) -> None:
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["fennick", "orla_b", "fennick", "orla_b"]
    assert "Done." in page.comments[2].text
    assert_nothing_lost(page, text)


# html2text, each post's date a link alone on its line, then the profile link wrapped
# after its avatar's picture: "[![](pic)" over "**Name** @handle](profile)", the body
# under it (a server-rendered status page's replies: flat, a short line of counts after)
LINKED_PICTURE_HTML2TEXT = """\
[Home](/) [Explore](/explore)

[__Mar 3, 2023, 14:05](https://brook.example/@tamsin/2201)

[![](https://media.brook.example/avatars/tamsin.png)
**Tamsin Okafor**  @tamsin@brook.example](https://brook.example/@tamsin)

[@gil](https://moss.example/@gil) Does the library still lend the soil tester, or did
it finally break after the spring rush?

__2
[__](https://moss.example/interact/2201?type=reblog)[__](https://moss.example/interact/2201?type=favourite)

[__Mar 3, 2023, 14:20](https://moss.example/@gil/2202)

[![](https://media.brook.example/avatars/gil.png)
**Gil Marchetti**  @gil](https://moss.example/@gil)

[@tamsin](https://brook.example/@tamsin) It is back on the shelf with a new probe, and a
note taped to the case asking people to rinse it before they return it.

__0
[__](https://moss.example/interact/2202?type=reblog)[__](https://moss.example/interact/2202?type=favourite)

[__Mar 3, 2023, 15:02](https://reed.example/@ysolde/2203)

[![](https://media.brook.example/avatars/ysolde.png)
**Ysolde Brann**  @ysolde@reed.example](https://reed.example/@ysolde)

[@gil](https://moss.example/@gil) A note taped to the case is the most honest kind of
documentation there is, and it seems to work better than any manual.

__1
[__](https://moss.example/interact/2203?type=reblog)[__](https://moss.example/interact/2203?type=favourite)

#### About

  * [Terms](/terms)
"""


@pytest.mark.parametrize(
    "text, names",
    [
        (LINKED_PICTURE_HTML2TEXT, ["Tamsin Okafor", "Gil Marchetti", "Ysolde Brann"]),
        # other names, no handle after them, a fourth post and plain dates
        (
            LINKED_PICTURE_HTML2TEXT.replace(
                "Tamsin Okafor**  @tamsin@brook.example", "Ruth Azoulay**"
            )
            .replace("Gil Marchetti**  @gil", "Bram Teller**")
            .replace("Ysolde Brann**  @ysolde@reed.example", "Odile Fane**")
            .replace("__Mar 3, 2023, ", "__April 9, 2021 at ")
            .replace(
                "#### About",
                "[__April 9, 2021 at 16:40](https://reed.example/@odile/2204)\n\n"
                "[![](https://media.brook.example/avatars/ruth.png)\n"
                "**Ruth Azoulay**](https://brook.example/@ruth)\n\n"
                "Thank you both, I will borrow it on Saturday morning and bring it back\n"
                "rinsed and with the probe in its sleeve.\n\n#### About",
            ),
            ["Ruth Azoulay", "Bram Teller", "Odile Fane", "Ruth Azoulay"],
        ),
    ],
)
def test_html2text_posts_named_by_a_profile_link_wrapped_after_its_picture(
    text: str, names: list[str]
) -> None:
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == names
    assert "new probe" in page.comments[1].text
    assert_nothing_lost(page, text)
