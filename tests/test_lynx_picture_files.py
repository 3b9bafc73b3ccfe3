"""lynx prints a picture that has no text as its file's name in brackets; an avatar
service's file name is long ("[5f1c…9a?d=mm&s=64]", a hash and its query). Such a line
stands for a picture, whatever its length (`lines.is_noise`): no name, no body text.

Every fixture here is invented, in the shapes lynx prints real comment widgets.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

GERMAN = """\
Regentonne richtig anschließen

   Ein Überlauf am Fallrohr spart viel Ärger, wenn man ihn richtig setzt.

3 Kommentare

   [15]RSS [16]Kommentar schreiben
     * [000000000000000000000000004a1c2e?d=mm&s=64]
       Ilse Brandtner [17]10.03.2024 18:12
       Danke für die Anleitung! Unser Überlauf lief letzten Sommer ständig
       über, jetzt weiß ich warum.
            3 (BUTTON) Antworten
          + [00000000000000000000000000c9f3b1?d=mm&s=64]
            [19]Malte Vogtland [20]10.03.2024 19:40
            Hallo Ilse, der Füllautomat muss unter der Oberkante sitzen.
            1 (BUTTON) Antworten
     * [22][000000000000000000000000002e8d90?d=mm&s=64]
       [23]gartenkrake_12 [24]11.03.2024 08:05
       Kleiner Tipp: ein Laubfang vor dem Einlauf spart das Reinigen.
       0 (BUTTON) Antworten
"""

ENGLISH = """\
Fixing a dripping rain barrel

   The overflow fitting is the usual culprit when the lid stays wet.

2 Comments

     * [https-secure-avatars-example-net-0d4c1f2a9b7e-jpg-s-96-d-identicon]
       Moira Castellane [7]March 10, 2024 at 6:12 pm
       Mine dripped from the tap, not the overflow, but the tape trick fixed it.
       [8]Reply
     * [https-secure-avatars-example-net-7e1a3b5c9d0f-jpg-s-96-d-identicon]
       Dov Hartigan [9]March 11, 2024 at 8:05 am
       A second barrel chained to the first one halved my overflow problem.
       [10]Reply
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GERMAN,
            [("Ilse Brandtner", 0), ("Malte Vogtland", 1), ("gartenkrake_12", 0)],
        ),
        (ENGLISH, [("Moira Castellane", 0), ("Dov Hartigan", 0)]),
    ],
)
def test_picture_file_names_name_nobody(text: str, expected: list[tuple[str, int]]) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == expected
    assert all("?d=" not in c.text and "identicon" not in c.text for c in page.walk())
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("[000000000000000000000000004a1c2e?d=mm&s=64]", True),
        ("[22][000000000000000000000000002e8d90?d=mm&s=64]", True),
        ("[avatar]", True),
        ("[a long aside in brackets that someone wrote with many words]", False),
    ],
)
def test_is_noise_of_picture_file_names(line: str, noise: bool) -> None:
    assert L.is_noise(line) is noise
