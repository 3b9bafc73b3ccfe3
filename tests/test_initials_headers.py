"""Headers of a few short lines: an avatar printed as its owner's initials (perhaps
over the picture's one word), the name they spell, then the date line, which may print
an age alone ("Yesterday", "20 hrs ago") or the poster's line about themselves before
it ("Pastry cook·2 days ago"); a chat's messages closed by their time alone; a bullet
printed alone over each post's name and date.

- Each initials block heads a post, whatever its date line prints; the author is the
  name the initials spell, never the poster's line about themselves.
- A time alone under a body's long last line (no blank between) closes that post: it
  is no time wrapped from a date on the line above.
- A thread of bare bullets ("●"), each over the header lines of a post the flat post
  list reads, is that list's own headers, no thread across it.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

INITIALS = """Four weeks of mending: what a sewing circle taught me

Nine evenings at the library with a bag of torn shirts, a borrowed machine and a lot of \
patient neighbours. This is what I learned about darning, patching and asking for help.

Member discussion

8 comments

WB

Wendeline Brask

Retired tailor·3 days ago

The trick with darning wool is to leave a small loop at each turn so the repair can \
shrink with the sock in the wash. Pull it tight and it tears again within a month.

GS

Avatar

Gideon Sallow

Runs the circle·3 days ago

Loops at each turn, noted. We will add that to the handout for the next session.

PK

Petra Kolvenbach

Yesterday

I came for the patching and stayed for the tea. The evening on elbow patches was the \
most useful hour I have spent all winter.

OA

Orrin Ashdown

20 hrs ago

Is there a list of what to bring? I have a machine but no idea which needles it takes.

GS

Avatar

Gideon Sallow

Runs the circle·18 hrs ago

Bring the machine and its manual if you still have it; we keep a box of needles.

TM

Tamsin Mercado

Pattern cutter·9 hrs ago·Edited

Lovely write-up. The photo of the patched jeans made me dig out two pairs of my own \
from the back of the wardrobe.

Join the discussion

Become a member to start commenting.
"""


def test_each_initials_block_heads_a_post() -> None:
    page = threadparse.parse(INITIALS)
    assert [c.author for c in page.walk()] == [
        "Wendeline Brask",
        "Gideon Sallow",
        "Petra Kolvenbach",
        "Orrin Ashdown",
        "Gideon Sallow",
        "Tamsin Mercado",
    ]
    texts = [" ".join(c.text.split()) for c in page.walk()]
    assert texts[2].startswith("I came for the patching")
    assert texts[3].startswith("Is there a list of what to bring?")
    assert_nothing_lost(page, INITIALS)


def test_initials_under_a_list_count_indented() -> None:
    text = "\n".join(
        ("  " + line if line else line) for line in INITIALS.split("\n")[8:]
    )  # (inscriptis indents the comment section)
    page = threadparse.parse("Four weeks of mending\n\n" + text)
    assert [c.author for c in page.walk()][:4] == [
        "Wendeline Brask",
        "Gideon Sallow",
        "Petra Kolvenbach",
        "Orrin Ashdown",
    ]


def test_initials_that_spell_no_name_name_nobody() -> None:
    """(a guard: capitals over a name they do not spell are no avatar of it)"""
    page = threadparse.parse(INITIALS.replace("PK\n\nPetra", "XQ\n\nPetra"))
    authors = [c.author for c in page.walk()]
    assert "XQ" not in authors
    assert authors[:2] == ["Wendeline Brask", "Gideon Sallow"]


CHAT = """Channel: Evening Sky Notes
Comments
38 comments
Show previous comments
Ilse Marwood
Clear skies here too, got the nebula with a small refractor and a phone clamp on the eyepiece.
21:02
Evening Sky Notes
Ilse Marwood
Clear skies here too, got the nebula with a small refractor and a phone clamp on the
Lovely shot, the phone clamp trick deserves a post of its own one day.
21:10
Bertil Aagaard
Which filter did you use for the moon last week? Mine always comes out washed out and grey.
21:25
Ilse Marwood
Bertil Aagaard
Which filter did you use for the moon last week? Mine always comes out washed out and
None at all, just a shorter exposure and lower gain on the camera than you would think.
21:31
Corinna Vale
Saving this thread for the next clear night, the tips on exposure are exactly what I needed.
22:04
Log in to comment
"""


def test_a_time_alone_under_a_body_closes_that_post() -> None:
    page = threadparse.parse(CHAT)
    authors = [c.author for c in page.walk()]
    assert len(authors) >= 4
    assert "Bertil Aagaard" in authors and "Corinna Vale" in authors


BULLETS = """Restoring a shelf clock, part 3

A long video about mainsprings.

412 Comments

Sort by
[Av1c]

@tallowbench

2 years ago
The part where the spring comes out is the reason I watch these videos every week.
Read more
Like
12
Reply
2 replies
●

@quillfern

1 year ago
@tallowbench Same here, and the sound when it starts ticking again at the end.
Read more
Like
3
Reply
●

@harbourdial

1 year ago
@tallowbench Any chance of a follow-up on cutting the hands? The sawing looked hard.
Read more
Like
8
Reply
[Av1c]

@mossgear

8 months ago
Came for the clock, stayed for the lathe that is older than my grandfather's house.
Read more
Like
2
Reply
2 replies
●

@tallowbench

8 months ago
@mossgear That lathe has outlived three owners and it will outlive me as well.
Read more
Like
5
Reply
●

@mossgear

8 months ago
@tallowbench Then it deserves a video of its own, with the whole restoration story.
Read more
Like
4
Reply
●

@quillfern

7 months ago
@mossgear Seconded, and please film the part where the bed is scraped flat again.
Read more
Like
2
Reply
[Av1c]

@lindenpost

3 weeks ago
Watching this with a cup of tea on a Sunday morning is the best part of the week.
Read more
Like
1
Reply
"""


def test_bare_bullets_over_posts_are_their_headers() -> None:
    page = threadparse.parse(BULLETS)
    assert [c.author for c in page.walk()] == [
        "@tallowbench",
        "@quillfern",
        "@harbourdial",
        "@mossgear",
        "@tallowbench",
        "@mossgear",
        "@quillfern",
        "@lindenpost",
    ]


def _twice_block(name: str, twice: bool, age: str, body: str) -> str:
    head = f"{name}\n\n   {name}\n   Verified\n" if twice else f"{name}\n\n"
    heart = "   ❤ by @hearthmill\n" if "!" in body else ""  # (the channel's heart on some)
    return (
        f"{head}   {age}\n   {body}\n   Read more Show less\n   (BUTTON)\n   Like\n"
        f"   4 (BUTTON)\n   Dislike\n{heart}   (BUTTON)\n   Reply\n   (BUTTON)\n\n"
    )


TWICE = (
    "Sourdough in three days\n\n   A video about reviving a starter.\n\n212 comments\n\n"
    "   Sort by\n   Add a comment...\n   (BUTTON)\n\n"
    + _twice_block(
        "@hearthmill", True, "3 weeks ago", "Oven at 250 for twenty minutes, then lid off."
    )
    + _twice_block(
        "@ovenbirdkate", False, "3 weeks ago", "Made it yesterday and the crumb came out lovely!"
    )
    + _twice_block(
        "@hearthmill", True, "3 weeks ago", "@ovenbirdkate So glad, send me a photo sometime."
    )
    + _twice_block(
        "@crumbshot7", False, "2 weeks ago", "Same here, the folds make all the difference!"
    )
    + _twice_block(
        "@ovenbirdkate", False, "2 weeks ago", "@hearthmill Sent it this morning, thank you!"
    )
    + _twice_block(
        "@ryeandtide", False, "12 days ago", "Whole wheat flour for the whole thing works too!"
    )
    + _twice_block(
        "@grannyloaf", False, "2 weeks ago", "My grandmother baked like this every single Sunday."
    )
    + _twice_block(
        "@hearthmill", True, "6 days ago", "@ryeandtide Yes, just add a little more water."
    )
)


def test_a_name_printed_twice_over_its_date_leaves_the_others_told() -> None:
    """A channel's own name printed twice over a badge and its date ("@ann" over "@ann"
    over "Verified"): where the others print their name once, right over the date."""
    page = threadparse.parse(TWICE)
    assert [c.author for c in page.walk()] == [
        "@hearthmill",
        "@ovenbirdkate",
        "@hearthmill",
        "@crumbshot7",
        "@ovenbirdkate",
        "@ryeandtide",
        "@grannyloaf",
        "@hearthmill",
    ]
