"""Post lists stamped "NAME DATE, TIME N": one line per post names its author, dates
the post and closes with its running number (`posts._name_dates`).

Forum software of this kind prints each post's header as the user name, the date and
the post's number on one line; the converters keep that line whole (w3m, inscriptis,
lynx with a link number glued on the name), or, where the line would run past the
width, wrap it after the name (lynx). Every fixture is invented, in the converters'
forms; the negative cases are labels before a date ("asked DATE", "answered DATE")
and one-word dates whose closing numbers do not run up the page.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

# w3m: the header line at the left margin, bodies under it, likes closing some posts;
# two posts so short that they read as no prose
W3M = """\
Pond Keepers

Do frogs overwinter in a small pond?

General
wildlife, ponds
quillon April 3, 2023, 9:14am 1

My pond is only sixty centimetres deep and I worry the frogs will freeze there.

bramwell_7 April 3, 2023, 11:02am 2

Sixty centimetres is plenty; the bottom stays above freezing in all but the hardest
winters, and frogs mostly sleep on land under logs anyway.

2 Likes
Tessaly April 4, 2023, 8:40pm 3

Keep a patch of the surface open with a floating ball when it freezes over, so the
gases can escape from the rotting leaves.

quillon April 5, 2023, 7:05am 4

Thanks, both of you

quillon April 5, 2023, 7:06am 5

Will try the ball

  • Home
  • Categories
"""


def test_w3m_named_stamps_make_the_posts() -> None:
    page = threadparse.parse(W3M)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("quillon", 0),
        ("bramwell_7", 0),
        ("Tessaly", 0),
        ("quillon", 0),
        ("quillon", 0),
    ]
    first, second, _, fourth, fifth = page.comments
    assert first.text.startswith("My pond is only sixty")
    assert second.text.startswith("Sixty centimetres is plenty")
    assert fourth.text.startswith("Thanks, both of you")  # too short for prose: its
    assert fifth.text.startswith("Will try the ball")  # number keeps it apart
    assert_nothing_lost(page, W3M)


# lynx: link numbers glued on the names; a header that would pass the width wrapped
# after the name, its date and number on the next line
LYNX = """\
   #[1]Pond Keepers Search

   [2]Pond Keepers

[3]Do frogs overwinter in a small pond?

   [4]General
   [5]wildlife, [6]ponds

   [7]quillon_the_longer_named
   April 3, 2023, 9:14am 1

   My pond is only sixty centimetres deep and I worry the frogs will
   freeze there.

   [8]bramwell_7 April 3, 2023, 11:02am 2

   Sixty centimetres is plenty; the bottom stays above freezing in all
   but the hardest winters, and frogs mostly sleep on land under logs
   anyway.

   2 Likes

   [9]Tessaly April 4, 2023, 8:40pm 3

   Keep a patch of the surface open with a floating ball when it freezes
   over, so the gases can escape from the rotting leaves.

   [10]quillon_the_longer_named
   April 5, 2023, 7:05am 4

   Thanks to both of you, I will leave the logs where they are now.

   [11]Corvina April 6, 2023, 6:30pm 5

   Leave some leaves at the edge too; the newts like them as well.

     * [12]Home
     * [13]Categories
"""


def test_lynx_named_stamps_and_names_wrapped_over_their_date() -> None:
    page = threadparse.parse(LYNX)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("quillon_the_longer_named", 0),
        ("bramwell_7", 0),
        ("Tessaly", 0),
        ("quillon_the_longer_named", 0),
        ("Corvina", 0),
    ]
    assert page.comments[0].text.startswith("My pond is only sixty")
    assert page.comments[3].text.startswith("Thanks to both of you")
    assert_nothing_lost(page, LYNX)


# inscriptis: the whole post list indented under the category; one line per paragraph;
# a closing notice by a two-word "author" numbered like the posts
_INDENT = " " * 8
INSCRIPTIS = "Stargazers Hub\n\n    Which eyepiece for Saturn?\n\n      Telescopes\n" + "".join(
    f"{_INDENT}{line}\n" if line else "\n"
    for line in [
        "eyepieces",
        "Mirelda 12 May 2024 21:40 1",
        "",
        "I have a small refractor and Saturn looks like a blurry bean in every eyepiece "
        "I own. What magnification should I aim for on a steady night?",
        "",
        "dobson_dave 12 May 2024 22:05 2",
        "",
        "Around 150x is a good start for a small refractor; beyond that the atmosphere "
        "usually wins, whatever the glass.",
        "",
        "1 Like",
        "Pellworth 13 May 2024 07:12 3",
        "",
        "Let the telescope cool outside for half an hour first, or the air inside the "
        "tube will blur it for you.",
        "",
        "Mirelda 14 May 2024 23:55 4",
        "",
        "Thank you, the rings were sharp tonight",
        "",
        "moderator bot 13 June 2024 08:00 5",
        "",
        "This topic was automatically closed after thirty days. New replies are no longer allowed.",
        "",
        "Home",
        "Categories",
    ]
)


def test_inscriptis_named_stamps_with_a_short_last_post() -> None:
    page = threadparse.parse(INSCRIPTIS)
    authors = [c.author for c in page.walk()]
    assert authors[:4] == ["Mirelda", "dobson_dave", "Pellworth", "Mirelda"]
    assert len(authors) == 5
    assert page.comments[3].text.startswith("Thank you, the rings")
    assert all(c.depth == 0 for c in page.walk())
    assert_nothing_lost(page, INSCRIPTIS)


@pytest.mark.parametrize(
    "text",
    [
        # labels before the dates ("asked", "answered"): no names, no post numbers
        "How to join two lists?\n\nI have two lists and want a third holding both of them.\n\n"
        "asked May 2, 2022 at 17:49\n\nPellam\n\nUse the plus operator on the two lists, "
        "it returns a new list with both.\n\nanswered May 3, 2022 at 8:15\n\nQuorra\n\n"
        "Or extend the first list in place if you do not need to keep it as it was.\n\n"
        "answered May 4, 2022 at 9:30\n\nTibald\n",
        # one word before each date and a closing number, but the numbers do not run up:
        # a list of counts, not posts
        "Club news\n\nThe season opened with three matches and a long evening of talk.\n\n"
        "Hartwell May 2, 2024 14\n\nThe first match went to the visitors after a late goal "
        "from the edge of the box.\n\nMorrow May 3, 2024 3\n\nThe second was a draw, played "
        "in heavy rain that never stopped all afternoon.\n\nAshby May 4, 2024 9\n\nThe third "
        "was won at home, the crowd singing long after the whistle.\n",
    ],
)
def test_one_word_dates_without_running_numbers_name_nobody(text: str) -> None:
    page = threadparse.parse(text)
    authors = {c.author for c in page.walk()}
    assert not authors & {"asked", "answered", "Hartwell", "Morrow", "Ashby"}
    assert_nothing_lost(page, text)


# A short thread whose first poster wrote most of it: the stamps' closing numbers count
# on (1, 2, 3), so a name that stands in most of them is still a name, not a label
# ("Posted DATE"). w3m keeps every header whole; lynx wraps the first after its name.
FEW_POSTS_W3M = """\
Kite Makers

Which line for a stunt kite?

quillon July 26, 2025, 4:32pm 1

My stunt kite pulls hard and the old line keeps stretching in the gusts.

bramwell July 26, 2025, 6:57pm 2

Braided polyethylene does not stretch, and eighty pounds is plenty for a kite that size.

bramwell July 26, 2025, 9:58pm 3

Wind it on the spool under tension, or it digs into itself on the next launch.

  • Home
"""

FEW_POSTS_LYNX = """\
   [1]Kite Makers

[2]Which line for a stunt kite?

   [3]quillon
   July 26, 2025, 4:32pm 1

   My stunt kite pulls hard and the old line keeps stretching in the
   gusts.

   [4]bramwell July 26, 2025, 6:57pm 2

   Braided polyethylene does not stretch, and eighty pounds is plenty for
   a kite that size.

   [5]bramwell July 26, 2025, 9:58pm 3

   Wind it on the spool under tension, or it digs into itself on the next
   launch.

   [6]Home
"""


@pytest.mark.parametrize("text", [FEW_POSTS_W3M, FEW_POSTS_LYNX])
def test_a_name_in_most_posts_numbered_on_is_still_a_name(text: str) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("quillon", 0),
        ("bramwell", 0),
        ("bramwell", 0),
    ]
    assert page.comments[2].text.startswith("Wind it on the spool")
    assert_nothing_lost(page, text)


# The handle with its owner's full name in parentheses after it ("nettle_ray (Nettle
# Ray)"): the handle names the post, whatever the full name reads like (a sentence
# here: no prose for all that, the time and number after the date are no words).
# inscriptis indents the list under the category; lynx wraps the first header after
# the names.
_HANDLES = [
    "nettle_ray (Nettle Ray) May 3, 2024, 8:45am 1",
    "",
    "My relay board clicks when the automation fires, but the lamp never comes on.",
    "",
    "nettle_ray (Nettle Ray) May 3, 2024, 9:02am 2",
    "",
    "Here is the wiring, I hope it is readable enough for someone to spot the fault.",
    "",
    "volt-whisperer (Mo - I fix old lamps.) May 3, 2024, 10:16am 3",
    "",
    "The common terminal is on the wrong side; move the live wire over and try again.",
    "",
    "nettle_ray (Nettle Ray) May 3, 2024, 11:23am 4",
    "",
    "That was it, the lamp works now and the relay does what it should do.",
    "",
]
HANDLES_INSCRIPTIS = (
    "Home Tinkerers\n\n    Relay clicks, lamp stays off\n\n      Hardware\n"
    + ("".join(f"{_INDENT}{line}\n" if line else "\n" for line in _HANDLES))
    + "  * Home\n"
)
HANDLES_LYNX = """\
   [1]Home Tinkerers

[2]Relay clicks, lamp stays off

   [3]nettle_ray (Nettle Ray)
   May 3, 2024, 8:45am 1

   My relay board clicks when the automation fires, but the lamp never
   comes on.

   [4]nettle_ray (Nettle Ray) May 3, 2024, 9:02am 2

   Here is the wiring, I hope it is readable enough for someone to spot
   the fault.

   [5]volt-whisperer (Mo - I fix old lamps.) May 3, 2024, 10:16am 3

   The common terminal is on the wrong side; move the live wire over and
   try again.

   [6]nettle_ray (Nettle Ray) May 3, 2024, 11:23am 4

   That was it, the lamp works now and the relay does what it should do.

   [7]Home
"""


# (lynx, the longest header wrapped instead: the first stays whole)
HANDLES_LYNX_THIRD = HANDLES_LYNX.replace(
    "[3]nettle_ray (Nettle Ray)\n   May", "[3]nettle_ray (Nettle Ray) May"
).replace("lamps.) May", "lamps.)\n   May")


@pytest.mark.parametrize("text", [HANDLES_INSCRIPTIS, HANDLES_LYNX, HANDLES_LYNX_THIRD])
def test_a_handle_before_the_full_name_names_the_post(text: str) -> None:
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [
        "nettle_ray",
        "nettle_ray",
        "volt-whisperer",
        "nettle_ray",
    ]
    assert page.comments[2].text.startswith("The common terminal")
    assert_nothing_lost(page, text)


# Posts with no date at all, headed by the author's avatar printed as the name's
# initial (`posts._avatar_stamp`). lynx: the initial after the name, on one line with a
# presence word; a control bar under each body ends with the next replier's initial.
AVATAR_LYNX = """\
   [1]Kite Makers

   Which spar for a light-wind delta?

   [2]Reply

     *

   [3]fennick F Offline
   [4]fennick | Member
   last edited by

   My delta will not climb in anything below ten knots and I think the
   carbon spars are too heavy for it.

   [5]Orla_B O 1 Reply Last reply [6]Reply [7]Quote 0

     *

   [8]Orla_B O Online
   [9]Orla_B Builder @fennick
   last edited by Orla_B

   Try thinner tubes for the spreader only; the leading edges can stay as
   they are, the spreader is what weighs the sail down.

   [10]fennick F 1 Reply Last reply [11]Reply [12]Quote 1

     *

   [13]fennick F Offline
   [14]fennick @Orla_B | Member
   last edited by

   Swapped the spreader last weekend and it flew in a breeze I could barely
   feel on my face. Thanks a lot for the advice!

   [15]Reply [16]Quote 0

   [17]Home
"""


def test_lynx_posts_headed_by_the_name_and_its_initial() -> None:
    page = threadparse.parse(AVATAR_LYNX)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("fennick", 0),
        ("Orla_B", 0),
        ("fennick", 0),
    ]
    assert "carbon spars are too heavy" in page.comments[0].text
    assert "thinner tubes" in page.comments[1].text
    assert_nothing_lost(page, AVATAR_LYNX)


# inscriptis: the initial alone as a list item, the name opening the line under it
AVATAR_INSCRIPTIS = """\
Kite Makers
    Which spar for a light-wind delta?
            * F Offline
              fennick | Member
                last edited by


            My delta will not climb below ten knots and I think the carbon spars are too heavy.

              O 1 Reply Last reply Reply Quote 0
            * O Online
              Orla_B Builder @fennick
                last edited by Orla_B


            Try thinner tubes for the spreader only; the spreader is what weighs the sail down.

              F 1 Reply Last reply Reply Quote 1
            * F Offline
              fennick @Orla_B | Member
                last edited by


            Swapped the spreader last weekend and it flew in a breeze I could barely feel at all.

              Reply Quote 0
        Home
"""


def test_inscriptis_posts_headed_by_the_initial_over_the_name() -> None:
    page = threadparse.parse(AVATAR_INSCRIPTIS)
    assert [c.author for c in page.walk()] == ["fennick", "Orla_B", "fennick"]
    assert "thinner tubes" in page.comments[1].text
    assert_nothing_lost(page, AVATAR_INSCRIPTIS)


@pytest.mark.parametrize(
    "text",
    [
        # a table whose first column is a word and whose second starts with a capital
        # letter alone: columns set apart, no avatar
        "Tenses\n\nThe imperfect tells what was going on, the perfect what was done.\n\n"
        "Imperfect           I was reading the letter\n\n"
        "The action was going on when something else happened, as in the story.\n\n"
        "Imperfect           I was writing a reply\n\n"
        "Again the action was unfinished when the other event came along.\n",
        # one name followed by its initial on every line: a repeated line, no posts
        "Notes\n\nSome thoughts from a week of walking the coast path, written each day.\n\n"
        "Hollis H notes\n\nThe first day was windy and the path was closed at the cliffs.\n\n"
        "Hollis H notes\n\nThe second day was calm and we reached the lighthouse by noon.\n\n"
        "Hollis H notes\n\nThe third day it rained, and we stayed in to read by the fire.\n",
    ],
)
def test_capital_letters_after_a_word_are_no_avatars(text: str) -> None:
    page = threadparse.parse(text)
    assert not {c.author for c in page.walk()} & {"Imperfect", "Hollis"}
    assert_nothing_lost(page, text)


# html2text wraps a long header line wherever the width runs out: inside the owner's
# full name ("(Mo" over "Vance)  May 3, …"), or inside the date after its comma
# ("May 3, 2024," over "8:45am  1"); the two lines make one stamp either way
HANDLES_HTML2TEXT = """\
[Home Tinkerers](/)

#  [Relay clicks, lamp stays off](/t/relay-clicks/4711)

[nettle_ray](https://forum.example.org/u/nettle_ray) (Nettle Ray)  May 3, 2024,
8:45am  1

My relay board clicks when the automation fires, but the lamp never comes on.

[volt_whisperer_of_old_lamps](https://forum.example.org/u/volt_whisperer) (Mo
Vance)  May 3, 2024, 9:02am  2

Which relay is it? Some of them need the common terminal on the other side.

[pell_mark](https://forum.example.org/u/pell_mark) (Pell Mark)  May 3, 2024,
10:16am  3

The blue one from the kit, wired as in the picture of the manual.

[quill_and_solder](https://forum.example.org/u/quill_and_solder) (Ada
Quill)  May 3, 2024, 11:23am  4

Move the live wire over to the other terminal and try again.

[nettle_ray](https://forum.example.org/u/nettle_ray) (Nettle Ray)  May 4, 2024,
7:05am  5

That was it, the lamp works now and the relay does what it should do.

### Related topics
"""


def test_html2text_headers_wrapped_in_the_name_or_the_date() -> None:
    page = threadparse.parse(HANDLES_HTML2TEXT)
    assert [c.author for c in page.walk()] == [
        "nettle_ray",
        "volt_whisperer_of_old_lamps",
        "pell_mark",
        "quill_and_solder",
        "nettle_ray",
    ]
    assert page.comments[0].text.startswith("My relay board clicks")
    assert page.comments[1].text.startswith("Which relay is it?")


def test_html2text_headers_wrapped_only_in_the_date() -> None:
    text = HANDLES_HTML2TEXT.replace(
        " (Mo\nVance)  May 3, 2024, 9:02am", " (Mo Vance)  May 3,\n2024, 9:02am"
    )
    text = text.replace(
        " (Ada\nQuill)  May 3, 2024, 11:23am", " (Ada Quill)  May 3,\n2024, 11:23am"
    )
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [
        "nettle_ray",
        "volt_whisperer_of_old_lamps",
        "pell_mark",
        "quill_and_solder",
        "nettle_ray",
    ]
    assert page.comments[4].text.startswith("That was it")


# A one-word name glued to the age by a bullet the page sets between them ("Mirko•vor
# 4 Monaten", as lynx and w3m print Isso's header): the bullet is no part of the name.
GLUED_BULLETS = """\
Building a workbench vise

A leg vise from a single beech plank.

{posts}
Write a comment
"""


@pytest.mark.parametrize("mark", ["•", "·"])
def test_a_bullet_glued_to_a_one_word_name_is_no_part_of_it(mark: str) -> None:
    names = ["Mirko", "Ute", "Holzwurm_72", "Mirko"]
    body = "asks about the screw, post {}, and about the parallel guide."
    posts = "".join(
        f"{name}{mark}vor {i + 2} Monaten\n{name} {body.format(i + 1)}\n\n"
        for i, name in enumerate(names)
    )
    text = GLUED_BULLETS.format(posts=posts)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == names
    assert_nothing_lost(page, text)
