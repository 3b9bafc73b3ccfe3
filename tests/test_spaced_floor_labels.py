"""A floor's label printed apart from its mark before the date ("F1 ・ 11月2日 20:40",
inscriptis keeps the blanks between the spans that others glue: `posts.reading.
_floor_numbered` reads it as the post's number, as it reads "F1・DATE"), and the
thread starter's Chinese mark printed apart from the name ("小明 樓主", "Kyoto Tech
原PO": `posts.starter_unmarked`, as "OP" and "TS" are).

Every fixture is invented, in the shapes inscriptis and resiliparse print such pages.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts import starter_unmarked

# inscriptis: the floor's label, its mark and the date apart, each name over its floor
FLOORS = """\
      Board
        Tea Lovers
            Kyoto Tech
            2023年11月2日 20:15

      Which oolong should I try first?

          I have only had green tea so far and want something gentle to begin with.
          Any brand is fine, I can order online.

        Comments 5

              Osaka Gakuin
              F1 ・ 11月2日 20:40
          Try a light Tieguanyin, it is flowery and forgiving.
            12
          Reply
              Kyoto Tech 原PO
              F2 ・ 11月2日 21:02
          Thank you, I will look for one from this spring.
            3
          Reply
              Tohoku Tech
              F3 ・ 11月3日 08:11
          Dong Ding is roasted and gentle, a good second step after that one.
            7
          Reply
              Nagoya Arts
              F4 ・ 11月3日 09:30
          Brew it at 90 degrees, not boiling, or it turns bitter fast.
            5
          Reply
              Kyoto Tech 原PO
              F5 ・ 11月3日 10:02
          Noted, I had been using water straight off the boil.
            1
          Reply
"""

# the same with the Simplified mark and labels of other letters
FLOORS_SIMPLIFIED = (
    (FLOORS.replace("原PO", "楼主").replace("F1 ", "L1 ").replace("F2 ", "L2 "))
    .replace("F3 ", "L3 ")
    .replace("F4 ", "L4 ")
    .replace("F5 ", "L5 ")
)


def test_spaced_floor_labels_are_numbers() -> None:
    """ "F1 ・ DATE" read as the floor's number: the names over the labels are the
    authors, the starter's spaced mark taken off."""
    for text in (FLOORS, FLOORS_SIMPLIFIED):
        page = threadparse.parse(text)
        authors = [comment.author for comment in page.walk()]
        assert authors[-5:] == [
            "Osaka Gakuin",
            "Kyoto Tech",
            "Tohoku Tech",
            "Nagoya Arts",
            "Kyoto Tech",
        ]
        assert_nothing_lost(page, text)


def test_spaced_starter_marks() -> None:
    """The Chinese starter marks apart from the name are read as "OP" is; a mark alone
    or inside a name is none."""
    assert starter_unmarked("小明 樓主") == "小明"
    assert starter_unmarked("Kyoto Tech 原PO") == "Kyoto Tech"
    assert starter_unmarked("阿華 楼主") == "阿華"
    assert starter_unmarked("樓主") is None
    assert starter_unmarked("樓主 小明") is None


def test_names_of_letters_and_digits_stay_names() -> None:
    """Names of letters and a number that do not run down the page as floors do
    ("KD7", "AB2", "KD7") stay the posters' names."""
    text = (
        FLOORS.replace("F1 ", "KD7 ")
        .replace("F2 ", "AB2 ")
        .replace("F3 ", "KD7 ")
        .replace("F4 ", "AB2 ")
        .replace("F5 ", "KD7 ")
    )
    page = threadparse.parse(text)
    assert "Osaka Gakuin" not in [comment.author for comment in page.walk()]
    assert_nothing_lost(page, text)
