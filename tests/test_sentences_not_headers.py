"""Lines of a comment's body that read like a header but are sentences: a day word in a
sentence it ends ("Oh, yesterday came suddenly."), a "says:" after two clauses ("While,
out in the yard, the old dog says:", a poem quoted in a body). Read as headers, they
opened comments of their own, and the comments after them nested under them (invented
text; the lines' shapes as pages print them)."""

from __future__ import annotations

import threadparse
from threadparse import lines as L


def test_a_day_word_in_a_sentence_it_ends_dates_no_header() -> None:
    assert L.read_header("Oh, yesterday came suddenly.") is None
    header = L.read_header("Ann Lee, yesterday")
    assert header is not None and header.author == "Ann Lee"


def test_two_clauses_before_says_make_no_name() -> None:
    assert L.read_header("While, out in the yard, the old dog says:") is None
    assert L.read_header("I Never Lie and am Always Right says:") is not None  # (a nickname)
    pingback = L.read_header("Beans, Peas, and Slugs – The Plot Diary says:")
    assert pingback is not None and pingback.author == "Beans, Peas, and Slugs – The Plot Diary"


def _page(quoted: str) -> str:
    """A flat comment list as inscriptis prints it: the header two columns right of the
    body, the comment's number under it; the third comment quotes a poem."""
    out = ["The Garden Blog", "", "In praise of sheds", ""]
    out += ["Every garden needs a shed, and every shed needs a chair by its door.", ""]
    out += ["Tell me about yours in the comments below.", "", "5 Comments", ""]
    bodies = [
        "Sheds are underrated.",
        "Mine leaks, but I love it.",
        f"A poem for the occasion:\n\n  {quoted}\n  And the rain came down on the roof.",
        "Lovely, thanks for that.",
        "Mine is a greenhouse now.",
    ]
    for number, (name, body) in enumerate(
        zip(["Ann Lee", "Bo Ek", "Cy Rand", "Di Moss", "Ed Lund"], bodies, strict=True), start=1
    ):
        out += [f"    {name} | May {number}, 2012 10:0{number} | Reply", f"  {number}:", ""]
        out += [f"  {line.strip()}" if line else "" for line in body.split("\n")] + [""]
    return "\n".join(out) + "\n"


def test_a_poem_line_in_a_body_opens_no_comment() -> None:
    for quoted in ("While, out in the yard, the old dog says:", "Oh, yesterday came suddenly."):
        page = threadparse.parse(_page(quoted))
        assert [(c.author, c.depth) for c in page.walk()] == [
            ("Ann Lee", 0),
            ("Bo Ek", 0),
            ("Cy Rand", 0),
            ("Di Moss", 0),
            ("Ed Lund", 0),
        ], quoted


def test_a_body_line_opened_by_the_numbers_of_comments_answered_is_no_heading() -> None:
    # ("#12, 14 and 15 - …": the numbers of the comments a reply answers, no Markdown
    # heading closing the comment section; the comments after it are the page's)
    out = ["# In praise of sheds", "", "Every garden needs a shed.", "", "## 5 Comments", ""]
    bodies = [
        "Sheds are underrated, truly.",
        "Mine leaks, but I love it.",
        "#1, 2 and 3 - you are all right, and mine leaks too.\nSo it goes.",
        "Mine is a greenhouse now, with tomatoes all along the south wall.",
        "Mine fell down in the storm, so I am reading this with some envy.",
    ]
    for number, (name, body) in enumerate(
        zip(["Ann", "Bo", "Cy", "Dora", "Ed"], bodies, strict=True), 1
    ):
        out += [f"{name}  | [May {number}, 2012 10:0{number}](/c#{number}) | [Reply](#r)", ""]
        out += [f"**{number}:**", "", body, ""]
    out += ["## Leave a comment", "", "Name (required)", ""]
    page = threadparse.parse("\n".join(out) + "\n")
    assert [c.author for c in page.walk()] == ["Ann", "Bo", "Cy", "Dora", "Ed"]
