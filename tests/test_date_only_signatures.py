"""A talk page whose posts are paragraphs closed by signatures ("… --Ann (talk) 16:57,
13 January 2012 (UTC)"), one of them signed with the date alone ("… 01:07, 13 March 2012
(UTC)": the poster left no name): that paragraph is a post of its own, its author
unknown, not the first lines of the post under it. Invented wiki, names and text."""

from __future__ import annotations

import pytest

import threadparse


def _talk(zone: str, months: tuple[str, str, str, str]) -> str:
    jan, mar, apr, may = months
    return "\n".join([
        "Talk:Signal timings",
        "",
        "Renaming the pages",
        "",
        f"Drop the year from page titles? --Harwick (talk) 16:57, 13 {jan} 2012 ({zone})",
        "",
        f'What about "Signals (current)" instead? 01:07, 13 {mar} 2012 ({zone})',
        "",
        f"The legacy pages are few. --Harwick (talk) 00:14, 27 {apr} 2012 ({zone})",
        "",
        "Units",
        "",
        f"Are the delays in ticks? --Pell Orrin (talk) 17:29, 29 {may} 2015 ({zone})",
        "",
        f"Ticks, twenty to the second. --Ysolde (talk) 00:06, 26 {may} 2015 ({zone})",
        "",
    ]) + "\n"  # fmt: skip


@pytest.mark.parametrize(
    ("zone", "months"),
    [("UTC", ("January", "March", "April", "July")), ("CET", ("Januar", "März", "April", "Juli"))],
)
def test_a_post_signed_with_the_date_alone(zone: str, months: tuple[str, str, str, str]) -> None:
    page = threadparse.parse(_talk(zone, months))
    comments = list(page.walk())
    assert [c.author for c in comments] == ["Harwick", None, "Harwick", "Pell Orrin", "Ysolde"]
    assert comments[1].text.startswith('What about "Signals (current)"')
    assert comments[2].text.startswith("The legacy pages are few")


def test_signatures_without_links_a_name_glued_to_the_sentence() -> None:
    # (no "(talk)" link by any name: the year before the zone tells the page signs its
    # posts; a name glued to the sentence it closes, "….Quill", is the name alone)
    text = "\n".join([
        "Talk:Main Page",
        "",
        "Window rules[edit]",
        "",
        "Read the manual before starting up the manager.Quill 17:54, 24 August 2008 (UTC)",
        "",
        "Download sizes[edit]",
        "",
        "Please list the download sizes. --Metal.lark 18:15, 17 August 2009 (UTC)",
        "",
        "I agree, and the unpacked sizes too. --Ysolde 19:02, 18 August 2009 (UTC)",
        "",
    ]) + "\n"  # fmt: skip
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Quill", "Metal.lark", "Ysolde"]
