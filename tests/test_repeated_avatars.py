"""An avatar's text printed over its owner's name, once or twice, in a forum's bulleted
replies (resiliparse, w3m, lynx): "Ann Lee's icon" over "Ann Lee's icon" over "Ann Lee"
over the date over the body.

- The lines over the name that print the name with a few words around it are the
  avatar, whatever those words ("NAME's icon", "Avatar of NAME", "NAME pic"): found by
  the name on the line under them, not by the word. They are part of the header; the
  name under them is the author and the date under it the comment's date.
- An item's line naming someone else than the line under it, or a sentence that opens
  with the name under it, is no avatar: it is left as it was read.
"""

from __future__ import annotations

import pytest

import threadparse

REPLIES = """Harbour lights patch keeps crashing

  • {a}
    {a_again}
    Wendell Okafor
    Mar 4 2023 | 9:12 am

    Which version are you running? The crash on load was fixed last spring.

    Share
  • {b}
    {b_again}
    Priya Ambrose
    Mar 4 2023 | 10:40 am

    The latest one, downloaded this morning from the site.

    Share
  • {a}
    {a_again}
    Wendell Okafor
    Mar 4 2023 | 11:05 am

    Then clear the cache folder and open the patch again.

    Share
  • {b}
    {b_again}
    Priya Ambrose
    Mar 5 2023 | 8:02 pm

    That did it, thank you!

    Share

Sign in to reply
"""

AUTHORS = ["Wendell Okafor", "Priya Ambrose", "Wendell Okafor", "Priya Ambrose"]
DATES = ["Mar 4 2023 | 9:12 am", "Mar 4 2023 | 10:40 am", "Mar 4 2023 | 11:05 am"]


def _page(a: str, b: str, twice: bool) -> str:
    """The thread with the avatar's text ``a`` / ``b`` printed once or twice."""
    lines = REPLIES.format(a=a, b=b, a_again=a if twice else "\0", b_again=b if twice else "\0")
    return "\n".join(line for line in lines.split("\n") if "\0" not in line) + "\n"


@pytest.mark.parametrize(
    ("a", "b", "twice"),
    [
        ("Wendell Okafor's icon", "Priya Ambrose's icon", True),
        ("Wendell Okafor's icon", "Priya Ambrose's icon", False),
        ("Avatar of Wendell Okafor", "Avatar of Priya Ambrose", True),
        ("Wendell Okafor pic", "Priya Ambrose pic", True),
    ],
)
def test_avatar_text_over_the_name_is_the_header(a: str, b: str, twice: bool) -> None:
    page = threadparse.parse(_page(a, b, twice))
    assert [c.author for c in page.comments] == AUTHORS
    assert [c.date for c in page.comments[:3]] == DATES
    first = page.comments[0].blocks[0].text
    assert first.startswith("Which version are you running?")


def test_avatar_text_with_link_numbers_is_the_header() -> None:
    text = _page("Wendell Okafor's icon", "Priya Ambrose's icon", True)
    numbered = text.replace("  • ", "  • [12]").replace("    Wendell", "    [13]Wendell")
    page = threadparse.parse(numbered)
    assert [c.author for c in page.comments] == AUTHORS


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hollis Grant's icon", "Marta Vey's icon"),  # someone else's name under it
        ("Wendell Okafor asked about the patch", "Priya Ambrose tried the patch again today"),
    ],
)
def test_a_line_naming_no_one_under_it_is_no_avatar(a: str, b: str) -> None:
    page = threadparse.parse(_page(a, b, True))
    assert all(c.author not in ("Wendell Okafor", "Priya Ambrose") for c in page.comments)


SOCIAL = """Kettle Works

  * Kettle Works Facebook
  * Kettle Works Mastodon
  * Kettle Works Video

    Kettle Works

      * Sign in
      * About Kettle Works
      * Contact
"""


def test_a_link_naming_a_brand_over_its_menu_is_no_comment() -> None:
    page = threadparse.parse(SOCIAL)
    assert page.comments == []
