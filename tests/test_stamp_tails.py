"""A header's date followed by what the template prints after it: a count after its
icon (the likes, "❤️ 3"), the client the post was sent from ("via Android"); and ages
of two or three units in Chinese ("5 小时 7 分钟前", "1天2小时前"). An invented topic
page of a link-sharing community, as resiliparse prints it: the avatar's text (the
name), the floor number, then "NAME   AGE [via CLIENT] [❤️ N]", then the body."""

from __future__ import annotations

import threadparse
from threadparse import dates
from threadparse.outline import OutlineNode
from threadparse.posts.stamps import read_stamp

GAP = "\xa0 \xa0"
REPLIES = [
    ("linmo", "5 小时 7 分钟前", " ❤️ 1", "伸手必被捉，大家都看得出来"),
    ("qiushui", "4 小时 55 分钟前", " via Android", "不激励了，但是带宽照样占用？"),
    ("beiming", "4 小时 54 分钟前", " via iPhone ❤️ 7", "实际上是隐藏开关，然后背地里加大力度"),
    ("xiaohe", "4 小时 51 分钟前", "", "我记得半年前就发现了，开机就创建进程一直上传"),
    ("nanfeng", "1天2小时前", " ❤️ 2", "那还是保留这个版本比较好，起码能取消"),
]


def _topic() -> str:
    out = ["首页   注册   登录", "", "网盘道歉 将取消用户激励计划", ""]
    out += [
        "  •   louzhu · 5 小时 15 分钟前 · 2989 次点击",
        "    网盘做出回应，表示将全部取消。",
        "",
    ]
    out += ["    5 条回复  •  2020-04-21 15:38:14 +08:00"]
    for floor, (name, age, tail, body) in enumerate(REPLIES, start=1):
        out += [
            f"    {name}",
            f"    {GAP}{floor}",
            f"    {name}{GAP}{age}{GAP}{tail}",
            f"    {body}",
        ]
    return "\n".join([*out, "", "关于   帮助文档   博客", ""])


def test_ages_of_two_units_in_chinese() -> None:
    for line, age in (("ann 5 小时 7 分钟前", "5 小时 7 分钟前"), ("ann 1天2小时前", "1天2小时前")):
        found = dates.find_date(line)
        assert found is not None and found.group() == age
    assert dates.find_date("2021年3月前") is None  # (a month after its year: no age)


def test_likes_and_the_client_after_the_date_are_the_templates() -> None:
    text = f"beiming{GAP}4 小时 54 分钟前 via iPhone{GAP}❤️ 7"
    stamp = read_stamp(OutlineNode(None, text, 1, 0, 0, len(text), True))
    assert stamp is not None and stamp.date == "4 小时 54 分钟前" and stamp.shape == ""
    zoned = "Ann ( 2016-03-14 15:02:44 +0100 )"  # (a zone's sign is no icon)
    assert read_stamp(OutlineNode(None, zoned, 1, 0, 0, len(zoned), True)) is not None


def test_a_topics_replies_with_likes_and_clients_after_their_dates() -> None:
    page = threadparse.parse(_topic())
    # (the first line of each body: the last one runs on over the page's footer, a
    # known fault of the last post of a list)
    shown = [(c.author, c.text.split("\n")[0]) for c in page.walk()]
    assert shown == [(n, b) for n, _, _, b in REPLIES]
