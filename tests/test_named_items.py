"""html2text comment lists whose items show only the commenter's name (after the link
to their site, perhaps), the comment's paragraphs printed at the margin after the item
and the next item indented under the last of them: at least three such items in a row
get their paragraphs back as their block and read as a thread of named comments."""

from __future__ import annotations

import threadparse

NAMED_ITEMS = """\
Why we stopped using Gantt charts

The short version: nobody read them.

  * Marisol

honestly the chart was out of date the day after we printed it, every single
time we tried.

  * http://www.stonebridge.example.com Kofi Asante

We keep one for the board meeting and nothing else. The team works from a plain
list of what is next.

Also, the list fits on one page.

  * Halvard P.

What do you use to show dependencies between tasks, then? Arrows on a board?

  * http://www.teal-notes.example.org tealnotes

A whiteboard and a lot of arrows, to be honest, and it works better than any
tool we paid for.

Advertisement
"""

OPTION_ITEMS = """\
Match settings

Time/Score Display
  * On
  * Off
Radar

Toggles the pitch radar on and off during the match, for both of the teams.
  * Off
  * 2D
Commentary

The volume level of the commentary during the match, from silent to loud.
"""

TWO_NAMED_ITEMS = """\
Notes

  * Marisol

honestly the chart was out of date the day after we printed it, every single
time we tried.

  * Kofi Asante

We keep one for the board meeting and nothing else. The team works from a plain
list of what is next.
"""


def test_name_items_over_prose_at_the_margin_are_comments() -> None:
    page = threadparse.parse(NAMED_ITEMS)
    assert [c.author for c in page.comments] == [
        "Marisol",
        "Kofi Asante",
        "Halvard P.",
        "tealnotes",
    ]
    assert "fits on one page" in page.comments[1].text
    assert page.comments[2].text.startswith("What do you use")
    assert "Advertisement" not in page.comments[3].text


def test_option_items_over_headings_are_no_comments() -> None:
    page = threadparse.parse(OPTION_ITEMS)
    assert page.comments == []


def test_two_name_items_make_no_run() -> None:
    page = threadparse.parse(TWO_NAMED_ITEMS)
    assert [c.author for c in page.walk()] != ["Marisol", "Kofi Asante"]


DASH_WRAPPED = """\
Planning tools

We compared four of them.

  * Oda Lindqvist

I wish they would add some kind of mind mapping, as one of the key parts of any
project
- is the planning and the brain storming before it starts.

  * http://www.example.net Piet Varga

We plan on paper first and only then move the tasks into the tool, it works for
a small team like ours.

  * Rosalind

Does any of them handle holidays and part-time people well, or do we still need
a spreadsheet for that?

  * Marten Obi

None of the four did it well when we tried them last spring, sadly enough.
"""


def test_a_wrapped_line_that_starts_with_a_dash_goes_on_the_paragraph() -> None:
    page = threadparse.parse(DASH_WRAPPED)
    assert [c.author for c in page.comments] == [
        "Oda Lindqvist",
        "Piet Varga",
        "Rosalind",
        "Marten Obi",
    ]
    assert "brain storming" in page.comments[0].text
    assert page.comments[1].text.startswith("We plan on paper")


def _same_label(label: str) -> str:
    """NAMED_ITEMS with every item's name replaced by one label."""
    text = NAMED_ITEMS
    for name in ("Marisol", "http://www.stonebridge.example.com Kofi Asante", "Halvard P."):
        text = text.replace(f"  * {name}\n", f"  * {label}\n")
    return text.replace("  * http://www.teal-notes.example.org tealnotes\n", f"  * {label}\n")


def test_one_label_on_every_item_is_no_run_of_names() -> None:
    # a control printed on each answer ("Copy link", "Share") is the items' label
    for label in ("Copy link", "Share", "Permalink"):
        page = threadparse.parse(_same_label(label))
        assert label not in [c.author for c in page.walk()], label


def test_a_run_of_names_with_one_name_twice_is_still_a_run() -> None:
    text = NAMED_ITEMS.replace("  * Halvard P.\n", "  * Marisol\n")
    page = threadparse.parse(text)
    assert [c.author for c in page.comments] == ["Marisol", "Kofi Asante", "Marisol", "tealnotes"]
