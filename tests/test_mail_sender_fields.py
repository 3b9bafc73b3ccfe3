"""A bug tracker's mail log (or a mail archive's thread) that prints each message under
a header block of mail fields: "From: NAME <address>", "To: …", "Subject: …", then
"Date: …", the line that stamps the post. The sender's field names the author, not the
name-like line over the block (the previous message's signature, "-- " over "Ann", or a
wrapped subject's tail). A converter may print the fields apart by blank lines and wrap
the address onto the next line, in its link; the labels may be another language's. A
profile's "From: Leeds" (a place, no address) names no one. Invented pages."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

LOG = """\
Issue log - #40217
tilecache: crash when the cache directory is a symlink

Reported by: Wendeline Usko <wendeline@usko.example>

Toggle quiet messages

Message #5 received at submit@issues.example.net (full text, raw, link).

From: Wendeline Usko <wendeline@usko.example>
To: Issue Tracker <submit@issues.example.net>
Subject: tilecache: crash when the cache directory is a symlink pointing to another disk
Date: Mon, 14 Oct 2024 09:12:05 +0200
Hello,

tilecache aborts at start when its cache directory is a symlink to a directory on another
disk. Replacing the symlink with a bind mount makes the crash go away.

--
Wendeline

Message #10 received at 40217@issues.example.net (full text, raw, link).

From: Caspar Mbeki <caspar@mbeki.example>
To: Wendeline Usko <wendeline@usko.example>, 40217@issues.example.net
Subject: Re: tilecache: crash when the cache directory is a symlink pointing to another disk
Date: Mon, 14 Oct 2024 17:40:51 +0000
Thanks for the report. Which version are you running, and does the log say anything before
the abort?

--
Caspar Mbeki
Packaging team

Message #15 received at 40217@issues.example.net (full text, raw, link).

From: Wendeline Usko <wendeline@usko.example>
To: 40217@issues.example.net
Subject: Re: tilecache: crash when the cache directory is a symlink pointing to another disk
Date: Tue, 15 Oct 2024 08:03:33 +0200
Version 3.2.0. The last line of the log says that the cache path could not be resolved, and
then it aborts.

--
Wendeline

Message #20 received at 40217@issues.example.net (full text, raw, link).

From: Oriane Ptak <oriane@ptak.example>
To: 40217@issues.example.net
Subject: Re: tilecache: crash when the cache directory is a symlink pointing to another disk
Date: Tue, 15 Oct 2024 12:27:10 +0100
I see the same here with a symlink into a tmpfs. It started with the upgrade to 3.2.0, the
older version followed the link without complaint.

--
Oriane

Message #25 received at 40217@issues.example.net (full text, raw, link).

From: Caspar Mbeki <caspar@mbeki.example>
To: 40217@issues.example.net
Subject: Re: tilecache: crash when the cache directory is a symlink pointing to another disk
Date: Wed, 16 Oct 2024 19:55:42 +0000
I found it, the new path check resolves the link but then compares it with the unresolved
path. A fixed package is on its way to unstable.

--
Caspar Mbeki
Packaging team

Report that this log contains spam.
""".replace("\n--\n", "\n-- \n")  # (a signature's separator: "-- ", its blank kept)

AUTHORS = [
    "Wendeline Usko",
    "Caspar Mbeki",
    "Wendeline Usko",
    "Oriane Ptak",
    "Caspar Mbeki",
]


def test_the_sender_field_names_each_message_author() -> None:
    page = threadparse.parse(LOG)
    found = list(page.walk())
    assert [(c.author, c.depth) for c in found] == [(author, 0) for author in AUTHORS]
    assert found[1].text.startswith("Thanks for the report.")
    assert found[-1].text.startswith("I found it,")
    assert_nothing_lost(page, LOG)


def test_fields_apart_and_addresses_wrapped_in_their_links() -> None:
    # html2text's shape: a blank line between the fields, each address in a mail link,
    # a long one wrapped onto the line under its name (at a hyphen, even)
    text = LOG
    for name, address in (
        ("Wendeline Usko", "wendeline@usko.example"),
        ("Caspar Mbeki", "caspar@mbeki.example"),
        ("Oriane Ptak", "oriane@ptak.example"),
    ):
        text = text.replace(
            f"From: {name} <{address}>\n", f"From: {name}\n<[{address}](mailto:{address})>\n"
        )
    text = text.replace(
        "From: Oriane Ptak\n<[oriane@ptak.example]",
        "From: Oriane Ptak <[oriane@mail-\nptak.example]",
    ).replace("(mailto:oriane@ptak.example)", "(mailto:oriane@mail-ptak.example)")
    for label in ("To:", "Subject:", "Date:"):
        text = text.replace(f"\n{label}", f"\n\n{label}")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == AUTHORS


def test_labels_of_another_language() -> None:
    text = LOG.replace("From: ", "De: ").replace("\nTo: ", "\nÀ: ").replace("Subject: ", "Objet: ")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == AUTHORS


FORUM = """\
Bread & Ovens Forum

Rye starter smells of nail polish

Mirela Vondt
Member
From: Leeds
Posted: 3 Feb 2025 10:14
My rye starter smells of nail polish after two days on the counter. Is it still usable?

Tobiah Rusk
Moderator
From: Cork
Posted: 3 Feb 2025 11:02
That smell means it is hungry. Feed it twice a day for a few days and it will calm down.

Ilka Sorensen
Member
From: Aarhus
Posted: 3 Feb 2025 13:45
Keeping it a little cooler helped mine, the smell went away within the week.
"""


def test_a_profile_place_names_no_one() -> None:
    # "From: PLACE" in each poster's card, no address: the name over it is the author
    page = threadparse.parse(FORUM)
    assert [c.author for c in page.walk()] == ["Mirela Vondt", "Tobiah Rusk", "Ilka Sorensen"]


def test_the_recipient_field_names_no_one() -> None:
    # no sender's field: the recipient's ("To: Wendeline Usko <…>" over Caspar's reply)
    # is not read as the sender's
    text = "\n".join(line for line in LOG.splitlines() if not line.startswith("From: "))
    page = threadparse.parse(text)
    assert "Wendeline Usko" not in [c.author for c in page.walk()][1:2]


def test_the_logs_record_over_the_messages_is_no_message() -> None:
    """The record of the report set out over the messages with a date as they are
    ("Reported by: Wendeline Usko <…>" over "Date: …", the severity and versions):
    every message after it is named by its sender's field, it is not: no message."""
    record = (
        "Reported by: Wendeline Usko <wendeline@usko.example>\n\n"
        "Date: Mon, 14 Oct 2024 07:12:09 UTC\n\nSeverity: important\n\n"
        "Found in version tilecache/3.2.0-1\n\nFixed in version tilecache/3.2.1-1\n"
    )
    text = LOG.replace("Reported by: Wendeline Usko <wendeline@usko.example>\n", record, 1)
    page = threadparse.parse(text)
    authors = [c.author for c in page.walk()]
    assert authors[:3] == ["Wendeline Usko", "Caspar Mbeki", "Wendeline Usko"]
    assert not any("Found in version" in c.text for c in page.walk())
    assert_nothing_lost(page, text)
