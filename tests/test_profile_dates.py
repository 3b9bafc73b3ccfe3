"""Forum pages whose header blocks print each poster's profile card (name, rank printed
twice, counters, a join date "Joined: 02/02/2022", "Registered: 2019-03-02") over the
post's own line: subject, date and controls, too long to stamp a post ("Post subject:
Re: … Tue 8 Mar - 18:47 Quote Edit/Delete this message Report this message"). A join
date is one poster's: the same date under the same name on each of their posts, no
time; the posts' dates run on. Such a field stamps no post: the first dated line under
it in each block does, and the name is the line that comes with each join date, where
it stands over its field. A forum whose posts are stamped by a date alone ("Posted:
12/03/2021", several posts a day, by different names) keeps that stamp. Invented pages
of a vegetable growers' forum and a model railway club's board."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts.templates import _returns

CARD = """\
Allotment Row
Growers helping growers
Home Portal FAQ Search Members Groups Register Log in
Frost cloth over the brassicas, worth it?
Go down
Post new topic Reply to topic\t\tAllotment Row :: The plot :: Under cover
Previous topic Next topic
Author\t\tMessage
{posts}
Back to top
Page 1 of 1
Permissions in this forum: You cannot reply to topics in this forum
"""

POST = """\
{name}

{rank}
{rank}

{gender}
 Posts : {count}
Joined : {joined}
{extra}Post subject: {re}Frost cloth over the brassicas, worth it?    {date}\t\tQuote Edit/Delete this message Report this message
{body}
Back to top Go down
View user profile Send private message"""  # noqa: E501

PEOPLE = {
    "Wendel_Ashcombe": ("Member", "Male", 23, "02/02/2022", "Location : Hereford\n"),
    "Granny Pellow": ("Forum pillar", "Female", 1842, "11/05/2013", "Age : 71\nLocation : Truro\n"),
    "peasbrook56": ("Regular", "Male", 417, "30/03/2017", ""),
}
POSTS = [
    (
        "Wendel_Ashcombe",
        "Tue 8 Mar - 18:47",
        "New here. My kale has white flies under every leaf since the cold snap,"
        " should I cover it?",
    ),
    (
        "Granny Pellow",
        "Tue 8 Mar - 20:15",
        "Cover it, but lift the cloth on sunny days or the flies love the warmth under it.",
    ),
    (
        "peasbrook56",
        "Wed 9 Mar - 7:58",
        "Same here. The cloth keeps the pigeons off too, which matters more in March.",
    ),
    (
        "Wendel_Ashcombe",
        "Wed 9 Mar - 12:34",
        "Thanks both. Is the thin cloth enough or do I need the heavy one for nights"
        " below minus five?",
    ),
    (
        "Granny Pellow",
        "Thu 10 Mar - 11:03",
        "The thin one doubled over does the job, and it lets the rain through.",
    ),
    (
        "peasbrook56",
        "Fri 11 Mar - 19:26",
        "Pin it down with bricks, not pegs: the wind lifts pegs out of wet soil.",
    ),
]


def _page() -> str:
    blocks = []
    for at, (name, date, body) in enumerate(POSTS):
        rank, gender, count, joined, extra = PEOPLE[name]
        blocks.append(
            POST.format(
                name=name,
                rank=rank,
                gender=gender,
                count=count,
                joined=joined,
                extra=extra,
                re="Re: " if at else "",
                date=date,
                body=body,
            )
        )
    return CARD.format(posts="\n".join(blocks))


def _lynx(text: str) -> str:
    """The same page as lynx prints it: the name a numbered link, the long line wrapped."""
    out = []
    link = 20
    for line in text.split("\n"):
        if line in PEOPLE:
            out.append(f"   [{link}]{line}")
            link += 1
        elif line.startswith("Post subject:"):
            head, tail = line.split("    ", 1)
            out.append(f"   [{link}]{head}")
            out.append(f"   {tail.replace(chr(9) * 2, ' [' + str(link + 1) + ']')}")
            link += 2
        else:
            out.append(f"   {line}" if line else line)
    return "\n".join(out)


AUTHORS = [name for name, _, _ in POSTS]


@pytest.mark.parametrize("shape", ["plain", "lynx"])
def test_a_join_date_stamps_no_post(shape: str) -> None:
    text = _page() if shape == "plain" else _lynx(_page())
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == AUTHORS
    assert "white flies" in comments[0].text and "Location" not in comments[0].text
    assert "Pin it down with bricks" in comments[-1].text
    assert all(c.depth == 0 for c in comments)
    assert_nothing_lost(page, text)


REGISTERED = """\
Little Western Railway Circle
Board index » Layouts » Point motors under a baseboard
{posts}
Display posts from previous: All posts
"""

REG_POST = """\
{name}
{rank}
{rank}
Registered: {joined}
Posts: {count}
Post subject: {re}Point motors under a baseboard\tPosted: {date}\tQuote\tReport this post\tReply with quote
{body}
Top"""  # noqa: E501

REG_PEOPLE = {
    "signalbox_ted": ("Station master", "2009-02-03", 14873),
    "Marigold Hext": ("Porter", "2019-03-02", 48),
    "oilcan": ("Porter", "2016-11-20", 212),
}
REG_POSTS = [
    (
        "Marigold Hext",
        "2022-05-14 09:22",
        "Surface mounted or under the board? I have a 12 mm ply top and a drill, not much else.",
    ),
    (
        "signalbox_ted",
        "2022-05-14 09:40",
        "Under, with a mounting plate: you only need one hole for the throw wire.",
    ),
    (
        "oilcan",
        "2022-05-14 10:12",
        "Under. Surface ones look fine on a shunting plank but spoil a scenic section.",
    ),
    (
        "Marigold Hext",
        "2022-05-14 11:05",
        "Plates ordered. How big a hole for the wire, and does it have to be round?",
    ),
    (
        "signalbox_ted",
        "2022-05-14 13:48",
        "Eight millimetres is plenty; an oval slot gives you room to adjust the throw.",
    ),
    (
        "oilcan",
        "2022-05-15 07:54",
        "And put a dab of grease on the tiebar before you fit it, saves a lot of swearing.",
    ),
]


def _registered() -> str:
    blocks = []
    for at, (name, date, body) in enumerate(REG_POSTS):
        rank, joined, count = REG_PEOPLE[name]
        blocks.append(
            REG_POST.format(
                name=name,
                rank=rank,
                joined=joined,
                count=count,
                re="Re: " if at else "",
                date=date,
                body=body,
            )
        )
    return REGISTERED.format(posts="\n".join(blocks))


def test_a_registered_date_stamps_no_post_under_another_rank() -> None:
    # two posters print the same rank: the name is the line each join date comes with
    text = _registered()
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _, _ in REG_POSTS]
    assert "12 mm ply top" in comments[0].text and "Registered" not in comments[0].text
    assert_nothing_lost(page, text)


# Negative: posts stamped by a date alone, several a day; the same date under different
# names is no one's join date: the date lines stamp the posts.
DATE_ONLY = """\
Hillfoot Beekeepers
Forum » Swarm season » Bait hives this year?
Ann Corrie
Posted: 12/03/2021
Anyone putting out bait hives this spring? I have two old brood boxes and some lemongrass oil.
Quote Report
Tam Wishart
Posted: 12/03/2021
Yes, two. Put them at head height and facing south east, away from your own apiary.
Quote Report
Ann Corrie
Posted: 13/03/2021
Head height, noted. Old comb inside or foundation only?
Quote Report
Peg Loudon
Posted: 12/03/2021
One old dark comb: the smell does most of the work. Sorry, this reply was stuck in moderation.
Quote Report
Tam Wishart
Posted: 14/03/2021
Agree with Peg, one old comb and nothing else, or the wax moth finds it first.
Quote Report
"""


def test_posts_stamped_by_a_date_alone_keep_their_stamp() -> None:
    page = threadparse.parse(DATE_ONLY)
    comments = list(page.walk())
    assert [c.author for c in comments] == [
        "Ann Corrie",
        "Tam Wishart",
        "Ann Corrie",
        "Peg Loudon",
        "Tam Wishart",
    ]
    assert "bait hives this spring" in comments[0].text
    assert_nothing_lost(page, DATE_ONLY)


def test_dates_that_come_back_after_others() -> None:
    assert _returns(["02/02/2022", "11/05/2013", "02/02/2022", "11/05/2013"]) == 2
    assert _returns(["12/03/2021", "12/03/2021", "13/03/2021", "14/03/2021"]) == 0
