"""Comment plugins that print neither dates nor verbs, and converters that mangle their
lists: replies named by a closing reference ("In reply to WORDS by NAME"), a name with
its avatar's initial glued on ("annA Offline"), posts printed as stairs, runs of names
over prose, posts stamped with a short age ("2y"). Invented pages, resiliparse's form."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

REFERENCES = """Compost

Turn it weekly.

  • Ann Lee says:
    Compost needs air and a little patience, nothing more.
  • Bob says:
    Mine needs more than patience.

    In reply to Compost needs air by Ann Lee
  • Cy says:
    Leaves work well.

    In reply to Mine needs more by Bob (not verified)
  • Dee says:
    Unrelated tip: add cardboard.
"""


def shape(page: threadparse.Page) -> list[tuple[str | None, int]]:
    return [(c.author, c.depth) for c in page.walk()]


def test_a_closing_reference_hangs_a_reply_under_what_it_names() -> None:
    page = threadparse.parse(REFERENCES)
    assert shape(page) == [("Ann Lee", 0), ("Bob", 1), ("Cy", 2), ("Dee", 0)]
    bob = page.comments[0].children[0]
    assert [b.text for b in bob.blocks] == ["Mine needs more than patience."]
    assert [(m.role, m.text) for m in bob.meta] == [
        ("reply", "In reply to Compost needs air by Ann Lee")
    ]
    assert bob.replies_to is page.comments[0] and bob.reply_evidence == "nesting"
    assert_nothing_lost(page, REFERENCES)


@pytest.mark.parametrize(
    "line",
    [
        "In reply to Compost needs by Zed",  # nobody of that name, two words only
        "In reply to Something else entirely by Ann Lee",  # not her words
    ],
)
def test_a_reference_that_names_no_comment_above_leaves_the_reply_where_it_is(line: str) -> None:
    text = REFERENCES.replace("In reply to Compost needs air by Ann Lee", line)
    page = threadparse.parse(text)
    assert ("Bob", 0) in shape(page)
    bob = next(c for c in page.walk() if c.author == "Bob")
    assert bob.blocks[-1].text == line
    assert_nothing_lost(page, text)


def test_a_user_name_stands_for_the_display_name_and_the_excerpt_may_be_cut() -> None:
    text = REFERENCES.replace("by Ann Lee", "by ann.lee").replace(
        "Compost needs air by", "Compost needs a by"
    )
    assert shape(threadparse.parse(text))[1] == ("Bob", 1)


GLUED = """Build fails on startup

  • luizjr4L Offline
    luizjr4 | Premium
    Hello, my build fails on startup with a missing library error.
  • JonbJ Offline
    Jonb | Moderator
    Which library does the error name, and which version of the kit?
  • luizjr4L Offline
    luizjr4 | Premium
    It names the network module, version six of the kit.
"""


def test_a_name_with_its_avatars_initial_glued_on_over_the_name_is_a_header() -> None:
    page = threadparse.parse(GLUED)
    assert shape(page) == [("luizjr4", 0), ("Jonb", 0), ("luizjr4", 0)]
    assert page.comments[1].text.endswith("which version of the kit?")
    assert_nothing_lost(page, GLUED)


def test_an_initial_that_is_not_the_names_is_no_header() -> None:
    page = threadparse.parse(GLUED.replace("JonbJ Offline", "JonbX Offline"))
    assert "Jonb" not in [c.author for c in page.walk()]


def stairs(names: list[str], header: str) -> str:
    """Posts each printed inside the one before, as a converter that left every post's
    item open prints them."""
    out = ["Build fails on startup", ""]
    for depth, name in enumerate(names, start=1):
        out.append("  " * depth + "• " + header.format(name=name, initial=name[0].upper()))
        out.append("  " * (depth + 1) + f"{name} | Member")
        out.append("  " * (depth + 1) + f"Post by {name}, long enough to read as a body of text.")
    return "\n".join(out) + "\n"


NAMES = ["ann", "bob", "cyd", "dee", "eve", "fay", "gus"]


def test_posts_printed_as_stairs_stand_side_by_side() -> None:
    text = stairs(NAMES, "{name}{initial} Offline")
    page = threadparse.parse(text)
    assert shape(page) == [(name, 0) for name in NAMES]
    assert all(
        c.span is not None and c.span.start_line == c.header_span.start_line for c in page.walk()
    )
    assert_nothing_lost(page, text)


def test_a_short_chain_or_one_with_verbs_stays_nested() -> None:
    short = threadparse.parse(stairs(NAMES[:5], "{name}{initial} Offline"))
    assert [d for _, d in shape(short)] == [0, 1, 2, 3, 4]
    said = threadparse.parse(stairs(NAMES, "{name} says:"))
    assert [d for _, d in shape(said)] == list(range(len(NAMES)))


NAMES_OVER_PROSE = """Honey cake

The recipe, with photos of every step of the way.

  • Ann Lee
    I tried this recipe twice and the second time it worked much better.
  • http://bobs.example Bob
    Thanks for the clear steps, the photos helped a lot as well.
  • Cy
    Could you use honey instead of sugar in this one at all?
  • Dee Park
    My oven runs hot so I lowered it by ten degrees and it was fine.
"""


def test_a_run_of_names_over_prose_is_a_thread() -> None:
    page = threadparse.parse(NAMES_OVER_PROSE)
    assert shape(page) == [("Ann Lee", 0), ("Bob", 0), ("Cy", 0), ("Dee Park", 0)]
    assert page.comments[1].text.startswith("Thanks for the clear steps")
    assert_nothing_lost(page, NAMES_OVER_PROSE)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "  • Dee Park\n    My oven runs hot so I lowered it by ten degrees and it was fine.\n",
            "",
        ),
        ("  • Cy\n", "  • Cy commented on\n"),
        ("    Could you use honey", "    • a list item\n    Could you use honey"),
    ],
    ids=["three only", "a connector", "a list under one"],
)
def test_names_over_prose_that_are_no_thread(old: str, new: str) -> None:
    text = NAMES_OVER_PROSE.replace(old, new)
    assert not threadparse.parse(text).comments
    assert_nothing_lost(threadparse.parse(text), text)


def test_names_over_captions_are_a_list_of_links_not_a_thread() -> None:
    text = "Authors\n\n" + "".join(
        f"  • {name}\n    {caption}\n"
        for name, caption in [("Ann Lee", "Essays"), ("Bob", "Short stories"),
                              ("Cy", "Poems"), ("Dee Park", "Travel notes")]
    )  # fmt: skip
    assert not threadparse.parse(text).comments


AGES = """Which bank for a first job?

Ann Lee's picture
Ann Lee
2y
I am choosing between two offers and would like to hear how people decided.
Bob Ray's picture
Bob Ray
2y
Pick the team, not the bank; the people you work with matter most early on.
Cy Dunn's picture
Cy Dunn
1y
No, pick the one with the shorter commute, it matters more than pay.
Dee Fox's picture
Dee Fox
3mo
Agree with Bob, and ask about the hours before you sign anything at all.
"""


def test_posts_stamped_with_a_short_age() -> None:
    page = threadparse.parse(AGES)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Ann Lee", "2y"), ("Bob Ray", "2y"), ("Cy Dunn", "1y"), ("Dee Fox", "3mo")
    ]  # fmt: skip
    assert page.kind == "forum"
    assert_nothing_lost(page, AGES)


DATED_ITEMS = """Tea houses

A walk through the city's tea houses.

COMMENTS
  • July 25, 2019
    Rob+Ann @TravelLatte(.net)

    We loved the tea houses, and the one by the river most of all.

    Reply
  • July 26, 2019
    Kirsten

    Thank you, the river one is my favourite too.

    Reply
"""


def test_a_date_item_is_no_name_the_name_under_it_is() -> None:
    page = threadparse.parse(DATED_ITEMS)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Rob+Ann @TravelLatte(.net)", "July 25, 2019"),
        ("Kirsten", "July 26, 2019"),
    ]
    assert page.comments[1].text == "Thank you, the river one is my favourite too."
    assert_nothing_lost(page, DATED_ITEMS)


NAMES_WITH_REPLIES = """Honey cake

The recipe, with photos of every step of the way.

  • Ann Lee

    I tried this recipe twice and the second time it worked much better.

    • Mira Holt

      Glad it worked! The second bake is always easier, the oven is known then.

      • Ann Lee

        It was the tin as well, a darker one browns the crust too fast.

  • Cy

    Could you use honey instead of sugar in this one at all?

  • Pingback: Ten cakes for a rainy weekend | The Crumb Diaries()

  • Dee Park

    My oven runs hot so I lowered it by ten degrees and it was fine.
"""


def test_names_over_prose_with_replies_of_their_shape_under_them() -> None:
    """A name over prose whose replies, listed under it, are names over prose too:
    a thread with neither dates nor verbs; a pingback among the comments goes on
    with it."""
    page = threadparse.parse(NAMES_WITH_REPLIES)
    assert [(c.author, c.depth) for c in page.walk() if c.kind == "comment"] == [
        ("Ann Lee", 0),
        ("Mira Holt", 1),
        ("Ann Lee", 2),
        ("Cy", 0),
        ("Dee Park", 0),
    ]
    assert page.comments[0].children[0].text.startswith("Glad it worked!")
    pings = [c.author for c in page.walk() if c.kind == "pingback"]
    assert pings == ["Ten cakes for a rainy weekend | The Crumb Diaries"]  # (no "()")
    assert_nothing_lost(page, NAMES_WITH_REPLIES)


def test_a_list_under_a_name_that_is_no_reply_keeps_it_no_thread() -> None:
    """An item under a name that is not a name over prose (a list of the recipe's
    steps): no thread of replies."""
    text = NAMES_WITH_REPLIES.replace(
        "    • Mira Holt\n\n      Glad it worked!", "    • 200 g of honey\n\n      Glad it worked!"
    )
    page = threadparse.parse(text)
    assert "Mira Holt" not in [c.author for c in page.walk()]
    assert_nothing_lost(page, text)
