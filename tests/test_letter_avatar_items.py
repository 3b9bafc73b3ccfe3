"""Comments each a list item whose line is its avatar's letter alone (invented pages, in
the shape of a forum thread as w3m and inscriptis print it): " 2. T" over the author's
name ("Tomas Ruddle") over the date over the body, perhaps a line naming the comment it
answers between the letter and the name ("In reply toannika_v⬆:", the words glued). The
name under the letter is the header. A letter item over lines that are no name over a
date (a lettered list in a body) stays no header."""

from __future__ import annotations

import threadparse

# (letter, name, answered or None, date, body)
THREAD = [
    ("A", "annika_v", None, "Mar 3, 2019", "Cold cellars keep apples best, on slatted racks."),
    ("T", "Tomas Ruddle", "annika_v", "Mar 4, 2019", "Newspaper round each apple works in a shed."),
    ("P", "Pia Marsh", "annika_v", "Mar 5, 2019", "Does the paper not make them taste of ink?"),
    ("O", "odo", None, "Mar 9, 2019", "Good thread, I learnt a lot from it."),
]


def _page(reply_line: str, indent: str) -> str:
    """The thread as w3m (``indent`` " ") or inscriptis prints it, the reply line in
    ``reply_line``'s shape ("In reply to{name}⬆:")."""
    out = ["Keeping apples over winter", "", "There are 4 replies.", ""]
    for number, (letter, name, answered, date, body) in enumerate(THREAD, 1):
        out.append(f"{indent}{number}. {letter}")
        pad = indent + " " * (len(str(number)) + 2)
        if answered is not None:
            out.append(pad + reply_line.format(name=answered))
        out += [pad + name, pad + date, "", pad + body, "", pad + "Reply"]
    return "\n".join(out) + "\n"


def _authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    return [comment.author for top in page.comments for comment in top.walk()]


def test_letter_over_name_and_date_heads_a_comment_w3m() -> None:
    assert _authors(_page("In reply to{name}⬆:", " ")) == [name for _, name, *_ in THREAD]


def test_letter_over_reply_line_spaced_inscriptis() -> None:
    got = _authors(_page("In reply to {name} ⬆ :", "  "))
    assert got == [name for _, name, *_ in THREAD]


def test_lettered_list_in_a_body_is_no_header() -> None:
    """Items "A"/"B" over lines of prose, no date under them: a list in a text."""
    text = (
        "Choosing a shed\n\nThe two plans:\n\n 1. A\n    a timber frame on a slab\n"
        "    which lasts longest\n 2. B\n    a metal kit on bearers\n    which is cheaper\n"
    )
    assert _authors(text) == []


def test_the_name_date_and_reply_line_are_the_header_not_the_body() -> None:
    """Under the letter read as the header, the name, the date and the line naming the
    comment answered are the comment's metadata; its text is the body alone."""
    page = threadparse.parse(_page("In reply to{name}⬆:", " "))
    comments = list(page.walk())
    assert [c.text for c in comments] == [body for *_, body in THREAD]
    assert [c.date for c in comments] == [date for _, _, _, date, _ in THREAD]
    assert [
        any(m.role == "reply" and "In reply to" in m.text for m in c.meta) for c in comments
    ] == [answered is not None for _, _, answered, _, _ in THREAD]


def test_reply_lines_in_other_words_and_languages() -> None:
    """The line naming the answered comment is read by the one reader of such lines
    (`posts.shapes.reply_to`), in other words and languages: "Reply to", "Antwort
    an", "Respuesta a"."""
    for reply_line in ("Reply to {name}", "Antwort an {name}:", "Respuesta a {name}"):
        got = _authors(_page(reply_line, " "))
        assert got == [name for _, name, *_ in THREAD], reply_line
