"""A chat archive prints each message's sender and its time ("Hanna Lindgren 14:22") over
the message, and a sender's next message under the time alone ("14:23"): the names come
back down the page, so each is its message's poster, not a label; a time alone after
them opens a message of the sender over it (`posts.templates._join_named_clocks`); so
does a time alone under a sender printed with the full date ("Hanna Lindgren 03/05/2024
2:14 PM" over "2:15 PM", `posts.templates._join_header_clocks`). Invented archives of a
chat's topic."""

from __future__ import annotations

import pytest

import threadparse

MESSAGES = [
    ("Hanna Lindgren", "14:22", "Building from source on my ARM box fails at the final link step."),
    (
        None,
        "14:23",
        "Same tree builds fine on the other machine, so it is something arch-specific.",
    ),
    (
        "Tomasz Wójcik",
        "14:31",
        "That symbol lives in the outline-atomics helpers. Are you linking statically?",
    ),
    (
        "Hanna Lindgren",
        "14:35",
        "Not directly, but the runtime sets no default libraries for the static build.",
    ),
    (
        "Ravi Menon",
        "14:40",
        "Add the compiler's own runtime library after the objects and it links.",
    ),
    (
        "Tomasz Wójcik",
        "14:44",
        "Or turn the outline atomics off for that one file, which is what we do.",
    ),
    ("Hanna Lindgren", "14:52", "Adding the runtime library worked, thank you both!"),
]


@pytest.mark.parametrize("day", ["Tue, Mar 5 2024", "5 March 2024"])
def test_senders_over_their_times(day: str) -> None:
    lines = ["#build-help > ARM64 link error", "", day]
    for name, time, body in MESSAGES:
        lines += [f"{name} {time}" if name else time, "", body, ""]
    comments = list(threadparse.parse("\n".join(lines)).walk())
    senders, last = [], None
    for name, _, _ in MESSAGES:
        last = name or last
        senders.append(last)
    assert [c.author for c in comments] == senders
    assert [c.text for c in comments] == [body for _, _, body in MESSAGES]


# An archive that prints each run's sender with the full date and time, each later
# message of the run under its time alone ("2:15 PM": `_join_header_clocks`)
DATED_RUNS = [
    (
        "Hanna Lindgren",
        [
            "Building from source on my ARM box fails at the final link step.",
            "Same tree builds fine on the other machine.",
        ],
    ),
    ("Tomasz Wójcik", ["That symbol lives in the outline-atomics helpers. Static build?"]),
    (
        "Ravi Menon",
        [
            "Add the compiler's own runtime library after the objects.",
            "Or turn the outline atomics off for that one file.",
            "That is what we do in the release builds.",
        ],
    ),
    ("Hanna Lindgren", ["Adding the runtime library worked, thank you both!"]),
]


@pytest.mark.parametrize(
    ("day", "clock"),
    [
        ("03/05/2024", "{h}:{m:02d} PM"),
        ("05.03.2024", "1{h}:{m:02d}"),
        ("2024-03-05", "1{h}:{m:02d}"),
    ],
)
def test_later_messages_under_their_times(day: str, clock: str) -> None:
    lines = ["#build-help > ARM64 link error", "", "Exported messages", ""]
    minute = 0
    for name, messages in DATED_RUNS:
        for number, message in enumerate(messages):
            minute += 3
            time = clock.format(h=2, m=minute)
            lines += ["Avatar", f"{name} {day} {time}"] if number == 0 else [time]
            lines += [message]
    lines += ["Exported 7 message(s)"]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    expected = [(name, message) for name, messages in DATED_RUNS for message in messages]
    # (each message's text opens with the message; the picture's text over the next
    # sender's name may close it)
    assert [(c.author, c.text.split("\n")[0]) for c in comments] == expected
