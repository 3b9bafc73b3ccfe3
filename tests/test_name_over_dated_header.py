"""Ages written with "之前" ("24天之前", "3小时之前") are ages, as "24天前" is; and a post list
whose name bullets ("• NAME") stand over a header printing the name again before its age
("NAME 3天之前 最后由 编辑") is read by those name bullets, the line under each its header,
so quoted citations repeated inside one post's body ("— Name (@handle) May 4, 2014") do
not outrank the posts' own headers."""

import pytest

import threadparse
from threadparse.dates import find_date

_QUOTED = "\n".join(
    f"    Quoted line number {n} of the thing that was said on the day.\n"
    f"      — Pel Orrin (@pelorrin) May {n}, 2014\n\n"
    f"    And then the story goes on with more of what happened next, day {n}.\n"
    for n in range(3, 6)
)


def _board(ages: list[str], by: str = "最后由 编辑") -> str:
    """An invented board: an opening post quoting dated citations, three replies."""
    names = ["wren_t", "colm_aske", "ida.v", "wren_t"]
    posts = []
    for place, (name, age) in enumerate(zip(names, ages, strict=True)):
        reply = f"    Reply {place}: I think the lamp was never lit at all.\n"
        body = _QUOTED if place == 0 else reply
        posts.append(f"  • {name}\n    {name} {age} {by}\n\n{body}\n    回复 引用 {place + 2}\n")
    return "Board\nA Thread About Lamps\n\n" + "\n".join(posts) + "\n  5 / 5\n"


@pytest.mark.parametrize(
    "ages",
    [
        ["25天之前", "24天之前", "3小时之前", "12分钟之前"],
        ["2 days ago", "2 days ago", "5 hours ago", "1 hour ago"],
        ["25天前", "24天前", "3小时前", "12分钟前"],
    ],
)
def test_name_bullets_over_dated_headers(ages: list[str]) -> None:
    """Four posts, each named by its bullet; no citation is a post."""
    page = threadparse.parse(_board(ages))
    assert [c.author for c in page.comments] == ["wren_t", "colm_aske", "ida.v", "wren_t"]
    assert page.comments[1].text.startswith("Reply 1:")


def test_ages_with_zhiqian() -> None:
    """ "N天之前", glued to the next word or not, is an age; "2021年3月之前" is no age."""
    for text, age in [
        ("24天之前", "24天之前"),
        ("ann 3小时之前 edited", "3小时之前"),
        ("ann 12分钟之前最后由编辑", "12分钟之前"),
    ]:
        found = find_date(text)
        assert found is not None and found.group(0) == age
    found = find_date("在2021年3月之前完成")
    assert found is None or "之前" not in found.group(0)
