"""w3m prints a poster's picture as its text in brackets before the name, the text cut
to ten characters or not ("[marta-quan] marta-quantizes commented 5 days ago",
"[bramvdl] bramvdl commented 5 days ago"): that text is the poster's own, no word of the
headers' template, so every post's header is one template (`posts.stamps._frame`).
Invented page of a model hub's discussion."""

from __future__ import annotations

import pytest

import threadparse

POSTS = [
    (
        "marta-quantizes",
        "5 days ago",
        "Running the small quant I get the same three tokens repeated.",
    ),
    ("bramvdl", "5 days ago", "Same here on my laptop. It starts around two thousand tokens."),
    ("lumen-team", "4 days ago", "Thanks for the report. Those files were converted too early."),
    ("ngozi-a", "4 days ago", "Is there a way to patch the metadata locally instead?"),
    ("bramvdl", "4 days ago", "You can override it at load time. Worked for me."),
    ("marta-quantizes", "3 days ago", "Confirmed, the new file runs clean to four thousand."),
]


@pytest.mark.parametrize("cut", [10, 40])
def test_one_template_whatever_the_picture_texts(cut: int) -> None:
    lines = ["Lumen-7B-GGUF", "", "Quant produces repeated tokens after 2k context #14", ""]
    for name, age, body in POSTS:
        lines += [f"[{name[:cut]}] {name} commented {age}", "", body, "", "👍 3+ Reply"]
    lines += ["", "Sign up or log in to comment"]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [(c.author, c.date) for c in comments] == [(name, age) for name, age, _ in POSTS]
