"""A comment count in words no list here holds ("10 nhận xét:", Blogger in Vietnamese):
a line of a number and a word or two, right over a line that heads a comment by its
verb ("Lan nói...", a picture's placeholder perhaps between them), is the section's
count heading (`transform._counts_headers_under`), so Blogger's old comment list (the
name's line, the body, the time under it, no list markers) is read as it is in English.
A line of that shape over anything else (a list of steps) declares nothing.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

COMMENTS = [
    ("Nguyễn Thị Lan", "Cảm ơn chị, lần trước em muối bị khú mất nửa hũ.", "20:15"),
    ("Trần Thu Hà", "Chị pha khoảng bốn mươi gam muối cho một lít nước em nhé.", "21:02"),
    ("Phạm Minh Tuấn", "Mẹ tôi hay cho thêm một ít nước vo gạo để dưa nhanh chua hơn.", "22:40"),
]


def _page(heading: str, picture: str) -> str:
    out = ["Cách muối dưa cải chua", "", "Dưa cải muối ba ngày là ăn được.", "", heading, ""]
    for name, body, time in COMMENTS:
        out += [*([picture] if picture else []), f"{name} nói...", "", body, ""]
        out += [f"7 tháng 3, 2024 lúc {time}"]
    out += ["", "Đăng nhận xét"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("heading", ["3 nhận xét:", "#### 3 nhận xét:"])
@pytest.mark.parametrize("picture", ["", "[av2]"])
def test_a_count_in_words_over_a_verb_header_opens_the_comments(heading: str, picture: str) -> None:
    text = _page(heading, picture)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in COMMENTS]
    assert all(body in c.text for c, (_, body, _) in zip(page.walk(), COMMENTS, strict=True))
    assert_nothing_lost(page, text)


def test_a_line_of_that_shape_over_a_list_declares_nothing() -> None:
    text = (
        "Cách muối dưa\n\nDưa cải muối ba ngày là ăn được.\n\n3 bước:\n\n"
        "  1. Rửa sạch\n     Rửa cải thật sạch rồi để ráo nước.\n"
        "  2. Phơi héo\n     Phơi cải nửa ngày cho héo bớt.\n"
        "  3. Muối\n     Xếp cải vào hũ và đổ nước muối ngập mặt.\n"
    )
    page = threadparse.parse(text)
    assert list(page.walk()) == []
    assert_nothing_lost(page, text)
