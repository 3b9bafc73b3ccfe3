"""Posts stamped by a date and the same controls after it, with no name anywhere
(`posts.reading._controlled_dates`): a comment widget prints each name in a button,
which resiliparse drops, and the dump keeps "3/14/2021 at 1:22 PM Vote up+9Vote down"
over each body. Those are nameless comments, not lost text. A pasted log whose lines
repeat the same words after each date ("ERROR (MainThread) [core] …") is no such list.
Invented pages."""

from __future__ import annotations

import threadparse

WIDGET = """\
Why I moved my side projects to one server

March 13, 2021 · 7 min read

For five years my side projects lived on a platform. Then the bill crept up.

Comments 4

Sort by Oldest
3/14/2021 at 1:22 PM Vote up+9Vote down

Same move here two years ago. The thing nobody mentions is backups.

3/14/2021 at 2:05 PM Vote up+4Vote down

Plain dumps every six hours to a bucket, kept for thirty days.

3/15/2021 at 9:11 AM Vote up+2Vote down

How do you handle deploys without the push workflow?

3/16/2021 at 7:30 PM Vote up−1Vote down

Monthly bill before and after would have been nice to see.
"""

TRACE = """\
{stamp} ERROR (MainThread) [core] Error doing job: Future exception was never retrieved
Traceback (most recent call last):
  File "/usr/local/lib/python3.12/concurrent/futures/thread.py", line 58, in run
    result = self.fn(*self.args, **self.kwargs)
RuntimeError: Detected that a custom integration calls create_task from a thread, which
is unsafe and will stop working in a later release. Please report it to its author.
"""

LOG = (
    "Upgrade stuck on starting\n\nAfter the upgrade the server never finishes starting.\n\n"
    + "\n".join(TRACE.format(stamp=f"2024-05-01 10:22:0{n}.123") for n in range(4))
    + "\nAny idea what causes this?\n"
)


def test_dates_with_the_same_controls_stamp_nameless_comments() -> None:
    comments = list(threadparse.parse(WIDGET).walk())
    assert len(comments) == 4
    assert all(comment.author is None for comment in comments)
    assert comments[1].text == "Plain dumps every six hours to a bucket, kept for thirty days."


def test_a_pasted_log_is_no_comment_list() -> None:
    assert list(threadparse.parse(LOG).walk()) == []
