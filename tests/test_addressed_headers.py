"""A mailing list's web archive prints each message under a header that names the
sender between a label and the list it was sent to, then the date, and the controls
every message prints ("From Ann Lee to ~ann/garden-club on 2024-03-05 14:22 Reply to
thread Export thread (mbox)"): the words that open every such line and those that
close it before the date are the frame, the words between them the sender
(`templates._addressed`), whether the line is long enough to read as prose, or a
converter wrapped it at its width or inside its links. Invented archives."""

from __future__ import annotations

import pytest

import threadparse

MESSAGES = [
    (
        "Ann Lee",
        "2024-03-05 14:22",
        "The seed swap moves to the library this spring, we lost the hall.",
    ),
    (
        "Bo Karlsson",
        "2024-03-05 16:40",
        "Good news, the library has tables and better light for labels.",
    ),
    (
        "Ann Lee",
        "2024-03-05 17:05",
        "Yes, and they lend us the back room until five in the evening.",
    ),
    (
        "Cy Ortega",
        "2024-03-06 08:14",
        "I can bring the tomato seeds I saved, about forty packets of them.",
    ),
    (
        "Dana Wu",
        "2024-03-06 09:40",
        "Count me in for the bean table, and I will bring a few spare bags.",
    ),
]


def _page(header: str, wrap: int | None = None) -> str:
    """The archive, each message's header made by ``header`` (of the sender and the
    date), wrapped at ``wrap`` columns where given, as w3m and lynx print it."""
    lines = ["garden lists", "", "~ann/garden-club", "", "Seed swap: new place", ""]
    for index, (name, date, text) in enumerate(MESSAGES):
        lines += ["Re: Seed swap: new place" if index else "Seed swap: new place", ""]
        line = header.format(name=name, date=date)
        while wrap is not None and len(line) > wrap:
            cut = line.rfind(" ", 0, wrap)
            lines.append(line[:cut])
            line = line[cut + 1 :]
        lines += [line, "", text, ""]
    return "\n".join(lines) + "\n"


FROM_TO = "From {name} to ~ann/garden-club on {date} Reply to thread Export thread (mbox)"


@pytest.mark.parametrize(
    ("header", "wrap"),
    [
        (FROM_TO, None),
        (FROM_TO, 80),
        ("From {name} to ~ann/garden-club on {date}", None),
        ("Von {name} an ~ann/garden-club am {date} Antworten Verlauf exportieren", None),
        ("Message from {name} sent to ~ann/garden-club-announce at {date} Reply Forward", 70),
    ],
)
def test_the_sender_between_label_and_recipient_names_each_message(
    header: str, wrap: int | None
) -> None:
    comments = list(threadparse.parse(_page(header, wrap)).walk())
    assert [(c.author, c.date) for c in comments] == [(n, d) for n, d, _ in MESSAGES]
    assert [c.text for c in comments] == [t for _, _, t in MESSAGES]


def test_a_header_wrapped_inside_its_links() -> None:
    """html2text's dump: the sender and the list are links, the line broken inside the
    list's link and again before the controls' last words."""
    lines = ["# garden lists", ""]
    for name, date, text in MESSAGES:
        handle = name.split()[0].lower()
        lines += ["### Re: Seed swap: new place", ""]
        lines += [
            f"From [{name}](/~{handle}) to [~ann/garden-",
            f"club](/~ann/garden-club) on {date} Reply to thread Export",
            "thread (mbox)",
            "",
            f"    {text}",
            "",
        ]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [(c.author, c.date) for c in comments] == [(n, d) for n, d, _ in MESSAGES]


def test_quoted_attributions_are_no_headers() -> None:
    """The same lines quoted ("> Quote from Ann Lee to the club on DATE"): a quote's
    attribution, never a message's header."""
    lines = ["Seed swap", "", "One post about the swap, with the old notes quoted.", ""]
    for name, date, text in MESSAGES:
        lines += [f"> Quote from {name} to the club on {date}", ">", f"> {text}", ""]
    assert list(threadparse.parse("\n".join(lines) + "\n").walk()) == []


def test_a_first_name_two_posters_share_is_no_label() -> None:
    """Two posters of one first name ("Ann Lee", "Ann Kim") before the same words: the
    first name is no label (a label frames three senders at least), the family names
    are no authors."""
    lines = ["Seed swap", ""]
    for name in ["Ann Lee", "Ann Kim", "Ann Lee", "Ann Kim"]:
        lines += [f"{name} to ~ann/garden-club on 2024-03-05 14:22 Reply to thread", ""]
        lines += ["The library lends us the back room until five in the evening.", ""]
    authors = {c.author for c in threadparse.parse("\n".join(lines) + "\n").walk()}
    assert not authors & {"Lee", "Kim"}
