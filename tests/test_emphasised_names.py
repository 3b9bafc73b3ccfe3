"""html2text prints an emphasised name (a moderator's, set in italics by the board's
template) between underscores, "**[**_Vera_Lund_**](…)**": the name is the one the
page prints bare elsewhere, in a quote's attribution or a link's text
(`names._strip_emphasis`); a user name that opens and closes with an underscore keeps
them where the page never prints it without.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

POST = """\
**[{shown}](https://forum.example.net/user-{uid}.html)**
{rank}
Posts:
[{count}](https://forum.example.net/search.php?uid={uid})
**[#{n}](https://forum.example.net/thread-7-post-{pid}.html#pid{pid})**
{date}  {body}
[Find](https://forum.example.net/search.php?action=finduser&uid={uid})
[Reply](newreply.php?tid=7&replyto={pid})

"""

ROWS = [
    (
        "Ola_Brekke",
        11,
        "Member",
        "06-04-2024, 18:02",
        "My drill press wobbles at the chuck: how do I check the spindle for runout?",
    ),
    (
        "Vera_Lund",
        2,
        "Moderator",
        "06-04-2024, 19:15",
        "Put a dial indicator on a ground rod in the chuck and turn the spindle by hand.",
    ),
    (
        "Ola_Brekke",
        11,
        "Member",
        "06-04-2024, 20:40",
        "> (06-04-2024, 19:15)Vera_Lund Wrote: Put a dial indicator on a ground rod\n\n"
        "Thanks, I will borrow one from the shop and report back with the figure.",
    ),
    (
        "Vera_Lund",
        2,
        "Moderator",
        "07-04-2024, 08:05",
        "Anything under two thousandths is fine for wood; more means a new arbor.",
    ),
    (
        "_kit_",
        40,
        "Member",
        "07-04-2024, 09:30",
        "Mine read three thousandths and a new arbor fixed it for very little money.",
    ),
]


def _page(emphasised: set[str]) -> str:
    posts = "".join(
        POST.format(
            shown=f"**_{name}_**" if name in emphasised else name,
            uid=uid,
            rank=rank,
            count=uid * 13,
            n=n,
            pid=900 + n,
            date=date,
            body=body,
        )
        for n, (name, uid, rank, date, body) in enumerate(ROWS, start=1)
    )
    return f"Workshop Forum\n\nDrill press runout\n\n{posts}"


def test_an_emphasised_name_is_the_name_printed_bare_elsewhere() -> None:
    text = _page({"Vera_Lund"})
    page = threadparse.parse(text)
    authors = [comment.author for comment in page.walk()]
    assert authors == [name for name, *_ in ROWS]
    assert_nothing_lost(page, text)


def test_a_name_with_underscores_of_its_own_keeps_them() -> None:
    # "_kit_" is printed so everywhere: its underscores are the name's own
    page = threadparse.parse(_page(set()))
    assert [comment.author for comment in page.walk()][-1] == "_kit_"
