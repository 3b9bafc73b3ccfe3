"""A profile column printed beside the post's (w3m's table) that opens over the stamp:
the name stands in its first cell beside the subject's wrapped tail, the stamp under
it, and the cell beside the body's first line is the column's next line, the rank
("Member", "Moderator"): no name. Where nothing stands left of the stamp over it, the
cell beside the body is the poster's name (a name alone beside the body, "Ann Lee <gap>
I bought one …"). Invented boards."""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse

_POSTS = [
    ("hollis_k", "Member", "My rain barrel overflows onto the path every storm."),
    ("Bea Marchetti", "Member", "Fit a diverter at the downpipe and the overflow stops."),
    ("Old Tom", "Moderator", "A second barrel linked at the base doubles the store."),
    ("hollis_k", "Member", "Linked two barrels last weekend and it works a treat."),
    ("Old Tom", "Moderator", "Good. Mind the lids, the mosquitoes love open water."),
    ("nettle_jo", "Newbie", "Does the linking hose need a tap between the barrels?"),
]
_WORDS = {
    "en": ("Subject: Re: Rain barrel overflowing onto the", "garden path", "Posted", "Joined"),
    "de": ("Betreff: Re: Regentonne läuft über auf den", "Gartenweg", "Verfasst", "Registriert"),
}
_DATES = {
    "en": ["Tue Mar 05, 2024 7:22 pm", "Tue Mar 05, 2024 8:05 pm", "Wed Mar 06, 2024 9:40 am",
           "Thu Mar 07, 2024 6:12 pm", "Fri Mar 08, 2024 8:30 am", "Sat Mar 09, 2024 1:47 pm"],
    "de": ["Di 5. Mär 2024, 19:22", "Di 5. Mär 2024, 20:05", "Mi 6. Mär 2024, 09:40",
           "Do 7. Mär 2024, 18:12", "Fr 8. Mär 2024, 08:30", "Sa 9. Mär 2024, 13:47"],
}  # fmt: skip


def _w3m_board(language: str) -> str:
    """A subsilver2-like topic as w3m prints its table: the name centred in the profile
    column beside the subject's wrapped tail, the stamp under it, the rank beside the
    body's first line, the profile's fields under the rank."""
    subject, tail, posted, joined = _WORDS[language]
    lines = ["Rainwater Board", "", "       Author                Message"]
    for (name, rank, body), date in zip(_POSTS, _DATES[language], strict=True):
        lines += [" " * 23 + subject, f"{name:^22}{tail}", " " * 22 + f"{posted}: {date} "]
        lines += [f"{rank:<22}{body}", "", f"{joined}: 2019", "Posts: 73", ""]
        lines += ["Top                    Profile", "_"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_name_over_the_stamp_is_the_author(language: str) -> None:
    text = _w3m_board(language)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == [name for name, _, _ in _POSTS]
    for comment, (_, _, body) in zip(page.walk(), _POSTS, strict=True):
        assert body in comment.text


def _numbered_board() -> str:
    """The negative: a number and the date over each post, the poster's cell (a name
    alone) beside the body's first line, nothing left of the stamp over it."""
    lines = ["Rainwater Board", ""]
    for number, (name, _, body) in enumerate(_POSTS, start=1):
        lines += [" " * 22 + f"#{number}", " " * 22 + f"Mar {number + 4}, 2024"]
        lines += [f"{name:<22}{body}", "", " " * 22 + "Reply   Quote", ""]
    return "\n".join(lines) + "\n"


def test_a_name_beside_the_body_is_still_read() -> None:
    text = _numbered_board()
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == [name for name, _, _ in _POSTS]
    assert [c.text for c in page.walk()] == [body for _, _, body in _POSTS]
