"""A mail archive names each message's sender as the mail's From field does, the
address in angle brackets after the name ("From: Ruth Okafor <rokafor@example.org>"):
the author is the name, the address no part of it (`names.strip_badges`). Invented
archive pages in the shape an archiver prints them."""

from __future__ import annotations

import threadparse

MAILS = [
    (
        "Ruth Okafor",
        "ruth@example.org",
        "Tue, 5 Mar 2024 09:14:07 +0100",
        "The tile cache grows by four gigabytes a day and the expiry never runs.",
    ),
    (
        "Henrik Vaaler",
        "hv@example.net",
        "Tue, 5 Mar 2024 10:02:51 +0100",
        "The expiry moved into the server, and its interval defaults to zero.",
    ),
    (
        "Tomasz Wierzba",
        "tw@xxxxxxxxxxx",
        "Tue, 5 Mar 2024 11:40:12 +0100",
        "Setting the interval to an hour cleaned ours up overnight.",
    ),
]


def test_sender_without_address() -> None:
    lines = ["kelp-users archive", ""]
    for name, address, date, body in MAILS:
        lines += ["[kelp-users] Tile cache grows without bound", ""]
        lines += [f"  • From: {name} <{address}>", f"  • Date: {date}"]
        lines += ["  • Subject: [kelp-users] Tile cache grows without bound", body, ""]
        lines += ["  • Next by Date: the next message", ""]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [c.author for c in comments] == [name for name, *_ in MAILS]
