"""A mailing list's posts quote the post they answer under an email's attribution, the
date before the name: "On Tue, Mar 5, 2024 at 2:14 PM Ann Lee wrote:" over "> " lines
("Le 5 mars 2024 à 14:14, Ann Lee a écrit :", "El martes, 5 de marzo de 2024, Ana
escribió:"). Such a line opens a quote in a post's body: it heads no comment, and stamps
no post of a list (`lines.is_email_attribution`), whatever its verb says; a comment's
header names its poster before the date ("Ann Lee on Mar 5, 2024 wrote:"). (Where the
attribution opens a post's text, the post hangs under the one it quotes:
`rehang.hang_by_attribution`.) The list's cards print each poster's count of posts
under the name ("212 posts"), then the post's subject and controls over its date, the
body under the date: the date is the header's, no closing date of a body
(`posts.templates._rated_stamps`). Invented archive pages in the shape a list's forum
view prints."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.lines import is_email_attribution

POSTS = [
    (
        "Helena Marsh",
        "14 posts",
        "Mar 05, 2024; 2:14pm",
        None,
        "The stock model works on the same machine. Has anyone seen this crash?",
    ),
    (
        "Piotr Lewandowski",
        "212 posts",
        "Mar 05, 2024; 3:02pm",
        "Helena Marsh",
        "Which version of the training tools did you use to build the model file?",
    ),
    (
        "Helena Marsh",
        "14 posts",
        "Mar 05, 2024; 3:40pm",
        "Piotr Lewandowski",
        "The same tools as on the laptop. I copied the file over, and the sums match.",
    ),
    (
        "Ray Okafor",
        "57 posts",
        "Mar 05, 2024; 6:25pm",
        None,
        "Can you run it under the debugger and post the backtrace after the crash?",
    ),
    (
        "Dmitri Vance",
        "388 posts",
        "Mar 06, 2024; 10:02am",
        "Ray Okafor",
        "So the dictionary, not the network. That narrows it down a great deal.",
    ),
]

ATTRIBUTIONS = [
    "On Tue, Mar 5, 2024 at 2:14 PM {name} wrote:",
    "On Mar 5, 2024, at 2:14 PM, {name} <someone@example.org> wrote:",
    "Le mar. 5 mars 2024 à 14:14, {name} a écrit :",
    "El martes, 5 de marzo de 2024, {name} escribió:",
]


def _archive(attribution: str) -> str:
    lines = ["Tessera users", "", "Segfault when loading a custom model", ""]
    for name, count, date, quoted, body in POSTS:
        lines += [name, count, "", "Re: Segfault when loading a custom model", ""]
        lines += ["Reply | Threaded | More", date]
        if quoted is not None:
            lines += [
                attribution.format(name=quoted),
                "> the text of the post before,",
                "> quoted in part",
                "... [show rest of quote]",
                "",
            ]
        lines += [body, ""]
    lines += ["« Return to Tessera users", "", "Powered by an archive"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_attributions_head_no_post(attribution: str) -> None:
    comments = list(threadparse.parse(_archive(attribution)).walk())
    assert [c.author for c in comments] == [name for name, *_ in POSTS]
    for comment, (*_, quoted, body) in zip(comments, POSTS, strict=True):
        assert body in comment.text
        if quoted is not None:  # (the attribution stays the post's: text or header)
            assert any(quoted in text for text in (comment.text, *(m.text for m in comment.meta)))


@pytest.mark.parametrize(
    ("line", "attributes"),
    [
        ("On Tue, Mar 5, 2024 at 2:14 PM Ann Lee wrote:", True),
        ("On 3/5/24, Ann wrote:", True),
        ("Le mar. 5 mars 2024 à 14:14, Ann Lee a écrit :", True),
        ("El martes, 10 de septiembre de 2019, María Luján Sosa escribió:", True),
        ("Ann Lee on Mar 5, 2024 wrote:", False),  # (a comment's header)
        ("On March 3, 2021 at 5:00 pm said:", False),  # (no name after the date)
        ("Ann says:", False),
        ("In my view, on March 3 Ann was right:", False),
    ],
)
def test_email_attribution(line: str, attributes: bool) -> None:
    assert is_email_attribution(line) is attributes
