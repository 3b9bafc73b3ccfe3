"""A one-time poster's rank read as their name on a forum whose header blocks print
the name over a rank over profile fields (`posts._names_over_ranks`, `_rank_like`).
A guess standing where the others print their rank moves up to the name over it where
the line under the guess is the field the others print two lines under their names:
compared by the field's label, since a poster seen once shows a join date or a post count
no other post does. The guess must read as a rank: laid out as the ranks are where those
differ from the names (inscriptis), or closing with a rank's word. A name printed with
no rank over the same field stays the name. Invented pages in the converters' forms."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost


def authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [c.author for c in page.walk()]


# inscriptis, a vBulletin-5-like thread: "* NAME" over the rank indented deeper, the
# fields as "+" items; Dorian posts once: his join date and post count are his alone
VB_RANK_UNDER_ITEM = """\
Boat trailer bearings keep running hot

                          * shoreline_ted
                            Junior Member
                          + Join Date: Mar 2019
                          + Posts: 88
                        04-02-2024, 06:10 PM
                        #1
                            Repacked the bearings twice and the hubs still get hot after 20 miles.
                            + Like
                            + Quote
                          * Marta Oyelaran
                            Senior Member
                          + Join Date: Feb 2012
                          + Posts: 6,310
                        04-02-2024, 07:02 PM
                        #2
                            Check the adjusting nut. Snug it, back it off a flat, then pin it.
                            + Like 2
                            + Quote
                          * shoreline_ted
                            Junior Member
                          + Join Date: Mar 2019
                          + Posts: 88
                        04-02-2024, 07:40 PM
                        #3
                            I think I had it too tight. Will back it off tomorrow and report back.
                            + Like
                            + Quote
                          * Dorian Vell
                            Member
                          + Join Date: Oct 2023
                          + Posts: 14
                        04-03-2024, 08:15 AM
                        #4
                            Also look at the grease. Some get thin when warm and the hub runs dry.
                            + Like 1
                            + Quote
                          * Marta Oyelaran
                            Senior Member
                          + Join Date: Feb 2012
                          + Posts: 6,310
                        04-03-2024, 09:30 AM
                        #5
                            Good point from Dorian. A temperature gun is cheap and tells a lot.
                            + Like
                            + Quote
                          * shoreline_ted
                            Junior Member
                          + Join Date: Mar 2019
                          + Posts: 88
                        04-04-2024, 05:55 PM
                        #6
                            Backed the nut off, swapped the grease. Forty miles, hubs just warm.
                            + Like 3
                            + Quote
"""

# the same, a rank of his own no other post prints ("Deckhand")
VB_OWN_RANK = VB_RANK_UNDER_ITEM.replace(
    "* Dorian Vell\n                            Member",
    "* Dorian Vell\n                            Deckhand",
)

# resiliparse-like plain lines (one layout for names and ranks), German: the one-time
# poster's rank closes with the word of another rank ("Neues Mitglied", "Mitglied")
DE_PLAIN_LINES = """\
Wasserpumpe am Rasentraktor tropft

wiesenfuchs
Mitglied
Registriert seit: 03.2018
Beiträge: 211
12.05.2024, 18:04
#1
Seit gestern tropft es unter der Pumpe, ziemlich gleichmäßig. Dichtung oder gleich die ganze Pumpe?
Zitieren
Karin Obermoser
Moderatorin
Registriert seit: 11.2009
Beiträge: 9.870
12.05.2024, 18:40
#2
Meist ist es nur die Wellendichtung. Die Pumpe selbst hält ewig, wenn das Lager nicht rau ist.
Zitieren
wiesenfuchs
Mitglied
Registriert seit: 03.2018
Beiträge: 211
12.05.2024, 19:15
#3
Das Lager dreht sauber. Dann bestelle ich die Dichtung.
Zitieren
Jonas Pfleiderer
Neues Mitglied
Registriert seit: 04.2024
Beiträge: 3
13.05.2024, 07:22
#4
Bei meinem war es der Schlauch darüber, der tropfte nur auf die Pumpe. Erst abtrocknen und schauen.
Zitieren
Karin Obermoser
Moderatorin
Registriert seit: 11.2009
Beiträge: 9.870
13.05.2024, 08:01
#5
Guter Hinweis, das passiert öfter als man denkt.
Zitieren
wiesenfuchs
Mitglied
Registriert seit: 03.2018
Beiträge: 211
14.05.2024, 20:30
#6
Es war tatsächlich der Schlauch. Schelle nachgezogen, alles trocken.
Zitieren
"""

# no rank at all for the one-time poster, a name-like line of the post before over him
DE_NO_RANK = DE_PLAIN_LINES.replace(
    "Zitieren\nJonas Pfleiderer\nNeues Mitglied\n",
    "Zitieren\nGartenfreunde Süd\nJonas Pfleiderer\n",
)

THREAD = [
    "shoreline_ted",
    "Marta Oyelaran",
    "shoreline_ted",
    "Dorian Vell",
    "Marta Oyelaran",
    "shoreline_ted",
]
GERMAN = [
    "wiesenfuchs",
    "Karin Obermoser",
    "wiesenfuchs",
    "Jonas Pfleiderer",
    "Karin Obermoser",
    "wiesenfuchs",
]


@pytest.mark.parametrize("text", [VB_RANK_UNDER_ITEM, VB_OWN_RANK], ids=["member", "own-rank"])
def test_one_time_posters_name_over_rank_inscriptis(text: str) -> None:
    assert authors(text) == THREAD


def test_one_time_posters_name_over_rank_plain_lines() -> None:
    assert authors(DE_PLAIN_LINES) == GERMAN


def test_rankless_poster_keeps_his_name() -> None:
    assert DE_NO_RANK != DE_PLAIN_LINES
    assert authors(DE_NO_RANK) == GERMAN
