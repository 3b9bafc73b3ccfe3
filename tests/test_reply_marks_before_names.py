"""A reply's mark before the replier's name on the header line: "└ Ann 2024/03/05 15:03"
(a Korean blog's replies), "↳ Bo", "⤷ Cy". The mark is no part of the name
(`lines._LEADING_NOISE`); the reply's depth comes from the page's nesting as before.
Invented page."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import lines as L


@pytest.mark.parametrize("mark", ["└", "↳", "⤷"])
def test_the_mark_is_no_part_of_the_name(mark: str) -> None:
    header = L.read_header(f"{mark} 김밥한줄 2024/03/05 15:03 # 삭제")
    assert header is not None
    assert header.author == "김밥한줄"


THREAD = """\
경의선 숲길 산책 기록

덧글 4개

  • 산책러 2024/03/05 14:10 # 답글
    저도 지난 주말에 걸었는데 벚꽃이 벌써 피기 시작했더라고요.
    • {mark} 숲길지기 2024/03/05 15:03 # 삭제
      네, 올해는 개화가 일주일쯤 빠르다고 하네요.
  • dalgona 2024/03/06 09:12 # 답글
    연남동 쪽 카페 추천해 주실 수 있나요? 사진 속 그곳이 궁금해요.
    • {mark} 숲길지기 2024/03/06 10:40 # 삭제
      골목 안쪽 파란 문 카페예요. 주말엔 줄이 좀 길어요.
"""


@pytest.mark.parametrize("mark", ["└", "↳"])
def test_marked_replies_keep_their_names_and_depths(mark: str) -> None:
    page = threadparse.parse(THREAD.format(mark=mark))
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("산책러", 0),
        ("숲길지기", 1),
        ("dalgona", 0),
        ("숲길지기", 1),
    ]
