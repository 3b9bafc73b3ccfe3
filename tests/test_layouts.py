"""Failure classes H1 and I1: html2text's name-only headers in its unindented layout (the
date on the next line), and inscriptis bodies indented under the date line."""

from __future__ import annotations

import pytest

import threadparse
from conftest import FAILURE_FIXTURES, assert_nothing_lost, need

HTML2TEXT_NAME_ONLY = """\
# Plum jam

Cook it slowly.

## 3 Comments

  1. [Vera Holm](https://example.org/vera)

[3. Mai 2020 um 10:15](https://example.org/plum-jam/#comment-1)

Mit Zimt ist sie noch besser.

Antworten

     * ![](https://example.org/a/2.png)Kurt

[3. Mai 2020 um 11:00](https://example.org/plum-jam/#comment-2)

Stimmt!

  2. ![](https://example.org/a/3.png) [Lu Wen](https://example.org/lu)

[4. Mai 2020 um 08:30](https://example.org/plum-jam/#comment-3)

How long does it keep?

### Leave a Reply
"""

INSCRIPTIS_DEEP_BODY = """\
Plum jam

    Cook it slowly.

      3 Comments

         1. Vera Holm

            May 3, 2020 at 10:15 am

              With cinnamon it is even better.

              Reply

              * Kurt

                May 3, 2020 at 11:00 am

                  True!

         2. Lu Wen

            May 4, 2020 at 8:30 am

              How long does it keep?
"""


@pytest.mark.parametrize(
    "text", [HTML2TEXT_NAME_ONLY, INSCRIPTIS_DEEP_BODY], ids=["html2text", "inscriptis"]
)
def test_name_over_date_headers(text: str) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Vera Holm", 0),
        ("Kurt", 1),
        ("Lu Wen", 0),
    ]
    assert [c.text for c in page.walk()][1] in ("Stimmt!", "True!")
    assert all(c.date for c in page.walk())
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("name", "tree"),
    [
        ("H1_h2t_nameonly.txt", [("Mirela Stone", 0), ("Brin", 1), ("Teo Varn", 0)]),
        ("I1_insc_deep_body.txt", [("Mara Quill", 0), ("Tomas Brede", 0)]),
    ],
)
def test_failure_class_fixtures(name: str, tree) -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / name))
    assert [(c.author, c.depth) for c in page.walk()] == tree
    assert all(c.date and c.text and c.date not in c.text for c in page.walk())


INSCRIPTIS_BODY_AT_BULLET = """\
Winter trains

               2 Comments

                   1. Hanna says:
                      March 6, 2021 at 8:40 am

                    The night train leaves too late.

                      Reply
                        + Olek says:
                          March 6, 2021 at 9:02 am

                        There is an earlier one on Fridays.

                        And one on Sundays.
                          Reply
                   2. Pia says:
                      March 7, 2021 at 6:00 pm

                    Thanks.
"""


def test_a_body_printed_at_the_bullets_column() -> None:
    page = threadparse.parse(INSCRIPTIS_BODY_AT_BULLET)
    assert [(c.author, c.depth) for c in page.walk()] == [("Hanna", 0), ("Olek", 1), ("Pia", 0)]
    olek = page.comments[0].children[0]
    assert olek.text == "There is an earlier one on Fridays.\n\nAnd one on Sundays."
    assert "Fridays" not in page.comments[0].text
    assert_nothing_lost(page, INSCRIPTIS_BODY_AT_BULLET)


def test_a_reply_with_its_own_body_takes_nothing_after_it() -> None:
    text = "T\n\n1 reply\n  1. Ann says:\n    Hi.\n    • Bob says:\n      Yo.\n    Ann again.\n"
    page = threadparse.parse(text)
    assert page.comments[0].children[0].text == "Yo."


def test_failure_class_fixture_body_at_bullet() -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / "I2_insc_body_at_bullet.txt"))
    assert [(c.author, c.depth) for c in page.walk()] == [("Bruno", 0), ("Ilse", 1), ("Gero", 0)]
    assert page.comments[0].children[0].text == "There is an earlier one on Fridays."
