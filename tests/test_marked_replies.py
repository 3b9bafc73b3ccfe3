"""A board marks each reply with a sign alone on the line over its poster's name ("ㄴ",
"↳"), the name over a month and day with a time and no year ("03-05 14:31"): the marked
posts are replies to the nearest unmarked one (`posts.depths.marked_depths`; the date
form in `dates._DATE_FORMS`). A sign over every post but the first is the template's.
Invented page of a Korean board."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.dates import find_date

POSTS = [
    (
        "바람의검객",
        0,
        "03-05 14:31",
        "저도 작년에 같은 고민 하다가 인덕션으로 바꿨는데 만족합니다.",
    ),
    ("목요일오후", 1, "03-05 14:40", "누진제 구간 넘어가면 여름엔 좀 부담되지 않나요?"),
    ("바람의검객", 1, "03-05 14:52", "@목요일오후 저희 집은 월 1만 원 정도 늘었어요."),
    ("노란우산", 0, "03-05 14:45", "3구 중에 하이라이트 1구 섞인 모델은 비추합니다."),
    ("정리의신", 0, "03-05 15:03", "설치 전에 꼭 확인하실 것: 차단기 용량과 상판 타공 크기."),
    ("소금빵", 1, "03-05 15:10", "3번 진짜 중요해요. 저희 집 냄비 절반이 안 붙었습니다."),
]


def page(mark: str, every: bool = False) -> str:
    lines = [
        "인덕션으로 바꾸신 분들 어떠세요?",
        "",
        "가스레인지를 바꿀까 고민 중입니다.",
        "",
        "댓글 • [6]",
    ]
    for n, (name, depth, date, body) in enumerate(POSTS):
        if depth or (every and n):
            lines.append(mark)
        lines += [name, date, body]
    lines += ["", "댓글 쓰기"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("mark", ["ㄴ", "↳", "└"])
def test_marked_posts_are_replies(mark: str) -> None:
    comments = list(threadparse.parse(page(mark)).walk())
    assert [(c.author, c.depth) for c in comments] == [(n, d) for n, d, _, _ in POSTS]


def test_a_mark_over_every_post_but_the_first_is_the_templates() -> None:
    comments = list(threadparse.parse(page("ㄴ", every=True)).walk())
    assert [c.depth for c in comments] == [0] * len(POSTS)


@pytest.mark.parametrize(("line", "date"), [("03-05 14:31", "03-05"), ("12/24 09:05", "12/24")])
def test_a_month_and_day_before_a_time(line: str, date: str) -> None:
    match = find_date(line)
    assert match is not None and match.group(0) == date


@pytest.mark.parametrize("line", ["03-05 in the morning", "call 10-12 14:3", "v1.03-05 14:31"])
def test_no_month_and_day_without_its_time(line: str) -> None:
    match = find_date(line)
    assert match is None or match.group(0) not in ("03-05", "10-12")
