"""A homework Q&A prints each answer's comments under a count ("Komentarze (3)") as a
list whose items are a name alone over the comment ("• Kasia_2009" over its text): no
date, no verb. A list of names over prose shorter than a comment plugin's run
(`transform._NAME_RUN`) is a comment thread where the count right over it declares as
many items (`PageBuilder._name_run`); such a thread closing an answer's body, its
count right over it, is that answer's replies, however the answer is headed
(`transform._closes_body`); one alone under "Komentarze (1)" before the answers is the
question's comment, kept beside the answers' list. Counts in Polish, Russian and
Ukrainian read as counts
(`lines.declared_count`). Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.lines import declared_count

ANSWERS = [
    (
        "MarekBio",
        "Ambitny",
        "Photosynthesis turns light, water and carbon dioxide into sugar.",
        [
            ("Kasia_2009", "Thank you, that is what I needed! What is the mesophyll?"),
            ("MarekBio", "The leaf tissue where most of the chloroplasts sit."),
            ("Zuzia_Kwiatek", "Worth adding that the oxygen comes from the water."),
        ],
    ),
    (
        "profesorek77",
        "Geniusz",
        "It runs in two phases, one needing light and one not.",
        [
            ("Oliwer_M", "Do we need the Calvin cycle at primary school?"),
            ("profesorek77", "Not really, knowing that there are two phases is enough."),
        ],
    ),
    (
        "julka_pl",
        "Zaangażowany",
        "Plants make their food from light, water and air.",
        [("MarekBio", "Good in short, but the task also asks for the equation.")],
    ),
]


# a comment under the question, its count over it, before the answers' list
QUESTION_COMMENT = ("Kasia_2009", "Do we also have to say where it takes place?")


def _page(heading: str) -> str:
    lines = [
        "Biology · Primary school",
        "",
        "What is photosynthesis?",
        "",
        "I need it for tomorrow, please help.",
        "",
        heading.format(n=1),
        "",
        f"  • {QUESTION_COMMENT[0]}",
        f"    {QUESTION_COMMENT[1]}",
        "",
        "Answer",
        "",
    ]
    for name, rank, body, comments in ANSWERS:
        lines += [name, f"{name} {rank}", "", body, "", "Rate ★★★★★ 4.5/5", ""]
        lines += [heading.format(n=len(comments)), ""]
        for who, text in comments:
            lines += [f"  • {who}", f"    {text}"]
    lines += ["", "Know the answer?", "", "Latest questions", "", "What do roots do?"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("heading", ["Komentarze ({n})", "Комментарии ({n})", "Comments ({n})"])
def test_comments_under_each_answer(heading: str) -> None:
    page = threadparse.parse(_page(heading))
    expected = [(0, *QUESTION_COMMENT)] + [
        (depth, who, text)
        for name, _, body, comments in ANSWERS
        for depth, who, text in [(0, name, body), *((1, w, t) for w, t in comments)]
    ]
    assert [(c.depth, c.author, c.text) for c in page.walk()] == expected


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Komentarze (3)", 3),
        ("3 komentarze", 3),
        ("5 komentarzy", 5),
        ("Комментарии (4)", 4),
        ("12 комментариев", 12),
        ("3 комментария", 3),
        ("7 коментарів", 7),
        ("Komentarze", None),
    ],
)
def test_counts(line: str, count: int | None) -> None:
    assert declared_count(line) == count
