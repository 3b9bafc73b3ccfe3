"""The name a signed paragraph closes with when nothing sets it apart from the text
before it (no sentence's end, no dash), the name's links after it ("… looks fine to me
now Bob Stone (talk) 12:04, 5 March 2024 (UTC)"): the capitalised words that close the
text, two at most, not the last word alone; after a comma, the words after it less the
small words that lead the name ("Agreed, thanks Bob Stone"). A handle of small letters
stays whole (`signatures._signing_name`, `_capitalised_close`, `_unled`).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts import closing_signature

# resiliparse, a wiki talk page: signed paragraphs, the replies indented by ":" lists
TALK = """\
Talk:Orrin Marsh Lighthouse

Lamp height
The infobox gives the focal height as 31 m but the listed building record says 27 m. Which is right? Wren Attley (talk) 09:12, 4 March 2024 (UTC)
  • The 31 m figure is above mean low water, the record measures from the ground I think Holt Varga (talk) 10:40, 4 March 2024 (UTC)
    • Agreed, thanks Wren Attley (talk) 11:02, 4 March 2024 (UTC)
      • I added both with a note on the datum, looks fine to me now Holt Varga (talk) 12:15, 4 March 2024 (UTC)
  • Same numbers in the 1998 survey, fixed the reference format tideline_7 (talk) 14:30, 4 March 2024 (UTC)
"""  # noqa: E501


def test_names_closing_signed_paragraphs() -> None:
    page = threadparse.parse(TALK)
    assert_nothing_lost(page, TALK)
    assert [c.author for c in page.walk()] == [
        "Wren Attley",
        "Holt Varga",
        "Wren Attley",
        "Holt Varga",
        "tideline_7",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Looks fine to me now Bob Stone (talk) 12:04, 5 March 2024 (UTC)", "Bob Stone"),
        ("Agreed, thanks Bob Stone (talk) 12:04, 5 March 2024 (UTC)", "Bob Stone"),
        ("Agreed, see you there, Bob Stone (talk) 12:04, 5 March 2024 (UTC)", "Bob Stone"),
        ("das passt so Jo Kraus (Diskussion) 10:15, 3. Mär. 2024 (CET)", "Jo Kraus"),
        ("merci pour la correction Élise Brun (discuter) 9 mars 2024 à 10:15 (CET)", "Élise Brun"),
        ("I fixed the infobox yak_rider (talk) 12:04, 5 March 2024 (UTC)", "yak_rider"),
        ("Yes, yak rider (talk) 12:04, 5 March 2024 (UTC)", "yak rider"),
        ("Fine by me — Bob Stone (talk) 12:04, 5 March 2024 (UTC)", "Bob Stone"),
    ],
)
def test_closing_signature_names(text: str, name: str) -> None:
    signed = closing_signature(text)
    assert signed is not None
    assert signed[0] == name
