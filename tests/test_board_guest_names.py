"""Names on boards of a script written without spaces (`names._strip_glued_parentheses`,
`names._unglue_spaceless_tails`): a Korean board prints its guests' common name with
the first part of their address glued after it ("ㅇㅇ(223.38)", "ㅇㅇ(118.235)": one
name, different parentheses), and its members' names with an icon's text glued after
them ("페달밟는곰갤로그로 이동합니다.": the same characters after three names or more).
Invented pages; the negative case is a page whose names end alike in two characters
("さん"), which is their own."""

from __future__ import annotations

import threadparse

BOARD = """\
갤러리 글

로드 입문 질문

전체 댓글 6개
  • {a}

    첫 문장입니다 가격이 얼마인가요

    11.03 14:22:07
  • {b}

    두 번째 댓글 내용은 이렇습니다

    11.03 14:25:41
  • {c}

    세 번째 댓글입니다 감사합니다

    11.03 14:27:10
  • {d}

    네 번째 답변 내용이 여기에 있습니다

    11.03 14:30:02
  • {e}

    다섯 번째 의견입니다

    11.03 14:31:40
"""


def _authors(names: list[str]) -> list[str | None]:
    page = threadparse.parse(BOARD.format(**dict(zip("abcde", names, strict=True))))
    return [comment.author for comment in page.walk()]


def test_a_guests_address_after_the_common_name_comes_off() -> None:
    names = ["ㅇㅇ(223.38)", "ㅇㅇ(118.235)", "바람개비", "ㅇㅇ(39.7)", "산들바람"]
    assert _authors(names) == ["ㅇㅇ", "ㅇㅇ", "바람개비", "ㅇㅇ", "산들바람"]


def test_an_icons_text_glued_after_three_names_comes_off() -> None:
    glued = "갤로그로 이동합니다."
    names = [f"페달곰{glued}", "ㅇㅇ(1.22)", f"빠른바퀴{glued}", f"자전거왕{glued}", "ㅇㅇ(5.6)"]
    assert _authors(names) == ["페달곰", "ㅇㅇ", "빠른바퀴", "자전거왕", "ㅇㅇ"]


def test_names_that_end_alike_in_two_characters_keep_them() -> None:
    names = ["ねこまるさん", "たけしさん", "ゆきさん", "はなさん", "そらさん"]
    assert _authors(names) == names
