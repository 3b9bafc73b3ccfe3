"""A posting word and its date on a line of their own ("Posted on Mar 5, 2024 2:51 PM")
name no one: in a comment section printed without list markers, the poster's name is
the plain line right over it (`transform._name_over_posted`, the two read as one
header), perhaps with a rank and points after it that every name carries ("Ann Level 8
41,906 points": a badge of four words, `names._BADGE_WORDS`). Under a header that
names its poster and no date ("ann wrote:"), the same line closes the body: a footer
that dates that comment (`PageBuilder._dates_open`), no comment of its own. Invented
pages."""

from __future__ import annotations

import pytest

import threadparse

POSTS = [
    ("Vanessa_K", "Level 8 41,906 points", "Mar 5, 2024 2:51 PM", "Use the built-in microphone."),
    ("GrahamFromLeeds", "Level 1 24 points", "Mar 5, 2024 3:10 PM", "It worked until last week."),
    ("dmitri.p", "Level 4 2,310 points", "Mar 5, 2024 4:02 PM", "Same here on a Mac mini."),
    ("Ruth Abernathy", "Level 2 310 points", "Mar 6, 2024 8:03 AM", "Quitting the app fixed it."),
]  # fmt: skip

OPENING = ["Muffled microphone on calls", "", "My calls sound muffled since the update.", ""]


def _page(label: str, ranked: bool, control: str | None) -> str:
    lines = [*OPENING, f"{len(POSTS)} replies", ""]
    for name, rank, date, text in POSTS:
        lines += [f"{name} {rank}" if ranked else name, f"{label} {date}", "", text, ""]
        if control is not None:
            lines += [control]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("label", ["Posted on", "Posted", "Gepostet am"])
@pytest.mark.parametrize("control", [None, "Thread reply - more options"])
def test_the_name_over_a_posting_word_and_date_heads_the_comment(
    label: str, control: str | None
) -> None:
    page = threadparse.parse(_page(label, False, control))
    assert [(c.author, c.date, c.text.split("\n")[0]) for c in page.walk()] == [
        (name, date, text) for name, _, date, text in POSTS
    ]


def test_a_rank_and_points_every_name_carries_are_no_part_of_it() -> None:
    page = threadparse.parse(_page("Posted on", True, None))
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTS]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_the_name_may_stand_a_blank_line_over_the_date(gap: str) -> None:
    """html2text prints the name and the date as paragraphs, a blank line between."""
    text = _page("Posted on", False, None).replace("\nPosted on", f"\n{gap}Posted on")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTS]


def test_a_sentence_over_the_date_is_no_name() -> None:
    """The body's last line, a sentence, over the next post's date names no one."""
    lines = [*OPENING, f"{len(POSTS)} replies", ""]
    for _, _, date, text in POSTS:
        lines += [f"Posted on {date}", "", text, "", "Thanks a lot for the help here.", ""]
    page = threadparse.parse("\n".join(lines) + "\n")
    assert not any(c.author for c in page.walk())


JOURNAL = [
    ("brianna_luvs_u", "omg i failed it too. we can retake it", "3/5/2007 at 7:42 AM"),
    ("sk8r_emma", "wait there is a retake?? nobody tells me anything", "3/5/2007 at 3:03 PM"),
    ("tyler_the_great88", "dude ur skate video is sick", "3/5/2007 at 9:15 AM"),
    ("xo_kaylee_ox", "where r u going for spring break??\n\nsave me", "3/5/2007 at 12:28 PM"),
    ("jenn_in_wonderland", "i like ur new layout!! where did u get it", "3/5/2007 at 7:56 PM"),
]  # fmt: skip


@pytest.mark.parametrize("verb", ["wrote:", "says:"])
@pytest.mark.parametrize("controls", ["   reply", " - reply", ""])
def test_a_posting_footer_dates_the_comment_over_it(verb: str, controls: str) -> None:
    lines = ["chem test rant", "", "failed the chem test today. again.", ""]
    lines += ["posted 3/4/2007 at 11:11 PM - comments (5)", "", "Comments (5)", ""]
    for name, text, date in JOURNAL:
        lines += [f"{name} {verb}", text, f"posted {date}{controls}"]
    lines += ["", "Post a comment"]
    page = threadparse.parse("\n".join(lines) + "\n")
    assert [(c.author, c.date, c.text) for c in page.walk()] == [(n, d, t) for n, t, d in JOURNAL]
    assert all(m.role == "signature" for c in page.walk() for m in c.meta if "posted" in m.text)


def test_a_dated_header_keeps_its_posting_line_as_a_comment_of_its_own() -> None:
    """Under a header with its date, a posting line is no footer of that comment."""
    lines = ["A post", "", "Text of the post here.", "", "3 comments", ""]
    lines += ["ann_k says: March 5, 2024", "First!", ""]
    lines += ["bo_lee says: March 6, 2024", "Second.", ""]
    lines += ["cy says: March 7, 2024", "Third.", ""]
    page = threadparse.parse("\n".join(lines) + "\n")
    assert [c.author for c in page.walk()] == ["ann_k", "bo_lee", "cy"]
