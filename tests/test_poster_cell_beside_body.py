"""Forum posts whose poster's cell is printed beside the post's body on the same lines
(a table's two cells side by side, as w3m and inscriptis print them): the stamp (a post
number and its date, or a date alone), then a row "NAME<wide gap>first body line", the
profile's rank and fields running on down the left column. Where most stamps have such
a row, its first cell a name that differs from post to post and its second cell at one
column, the first cell is the author and the body starts at the second cell; a rank's
cell beside every body, or cells at scattered columns, name nobody. Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

WRAPPED = """\
Tinkerers Board

  • Boards
  • Search

Tinkerers Board > Bicycles
Which chain lube survives a wet winter?

Reply                                                         Page 1 of 1

#1
11-02-2023, 09:14
Marit Osk                 My commute is 14 km each way and the chain turns
Regular                   orange within a week whenever it rains. Wax or
                          oil, what actually lasts through January?
Joined: Oct
2018
Posts: 812

                                                                      Quote
#2
11-02-2023, 09:40
gearjammer                Wet lube, applied every weekend, and wipe it down
Regular                   after each ride. Wax is lovely in summer only.

Joined: Mar
2011
Posts: 4.120

                                                                      Quote
#3
11-02-2023, 10:02
Tobias_R                  I switched to a hot-melt wax two years ago and I
Newbie                    just top it up with a drip wax every 200 km.
Joined: Jan
2022
Posts: 17

                                                                      Quote
#4
11-02-2023, 11:30
Marit Osk                 Thanks both. I will try the drip wax first since
Regular                   I do not own a slow cooker for the hot melt.
Joined: Oct
2018
Posts: 812

                                                                      Quote
Reply                                                         Page 1 of 1
"""


DATED_OVER_NUMBER = """\
      Hallo Gast! Anmelden Registrieren
      Modellbahn-Stammtisch › Spur H0 › Weichenantrieb brummt
      Weichenantrieb brummt nach dem Umbau

          14.05.2022, 18:02
          #1
        Ulrike Brandt             Seit ich die Weichen auf Unterflurantriebe umgebaut habe, brummt einer davon dauerhaft, auch wenn er nicht schaltet.
        Mitglied
        Beiträge: 210
        Registriert: Feb 2019
          Antworten

          14.05.2022, 19:45
          #2
        schienenwolf              Das klingt nach einem Endabschalter, der nicht sauber auslöst. Prüf mal, ob der Stelldraht ganz durchläuft.
        Stammgast
        Beiträge: 3.402
        Registriert: Jun 2008
          Antworten

          15.05.2022, 08:11
          #3
        Ulrike Brandt             Tatsächlich, der Draht klemmte an der Trassenplatte. Jetzt ist Ruhe.
        Mitglied
        Beiträge: 211
        Registriert: Feb 2019
          Antworten

          15.05.2022, 09:30
          #4
        KlausDieter               Schön, dass es geklappt hat. Ein Tropfen Öl auf die Mechanik schadet auch nicht.
        Stammgast
        Beiträge: 987
        Registriert: Nov 2012
          Antworten
"""  # noqa: E501


DATE_ALONE = """\
  Potters Corner
    * Forums
    * Members
Potters Corner > Glazes
Crawling glaze on bisque from a new supplier

        March 3, 2021 at 8:12 pm
        claywright                      The last two kiln loads crawled badly on every piece bisqued from the new clay body. Same glaze bucket as always.
        Apprentice
          Posts: 44
                                                                                                                               Quote
        March 3, 2021 at 9:05 pm
        Hanna Voss                      Dust on the bisque does that. Wipe each piece with a damp sponge before glazing and let it dry a day.
        Master Potter
          Posts: 2,310
                                                                                                                               Quote
        March 4, 2021 at 7:40 am
        wheelbarrow_ben                 Also check whether the new body is bisqued lower. A softer bisque soaks up glaze much faster.
        Apprentice
          Posts: 97
                                                                                                                               Quote
        March 4, 2021 at 6:15 pm
        claywright                      Supplier confirmed they fire it to cone 06 now. Raised mine back to 04 and it is fine again.
        Apprentice
          Posts: 45
                                                                                                                               Quote
"""  # noqa: E501


@pytest.mark.parametrize(
    "text, authors, first",
    [
        (
            WRAPPED,
            ["Marit Osk", "gearjammer", "Tobias_R", "Marit Osk"],
            "My commute is 14 km each way and the chain turns",
        ),
        (
            DATED_OVER_NUMBER,
            ["Ulrike Brandt", "schienenwolf", "Ulrike Brandt", "KlausDieter"],
            "Seit ich die Weichen auf Unterflurantriebe umgebaut habe",
        ),
        (
            DATE_ALONE,
            ["claywright", "Hanna Voss", "wheelbarrow_ben", "claywright"],
            "The last two kiln loads crawled badly",
        ),
    ],
)
def test_the_cell_beside_the_body_names_the_poster(
    text: str, authors: list[str], first: str
) -> None:
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == authors
    assert all(c.date for c in comments)
    assert comments[0].text.startswith(first)
    assert comments[0].header == authors[0]
    assert_nothing_lost(page, text)


def test_the_date_over_the_number_is_the_posts() -> None:
    comments = list(threadparse.parse(DATED_OVER_NUMBER).walk())
    assert [c.date for c in comments] == [
        "14.05.2022, 18:02",
        "14.05.2022, 19:45",
        "15.05.2022, 08:11",
        "15.05.2022, 09:30",
    ]


RANK_BESIDE = """\
Tinkerers Board
Which chain lube survives a wet winter?

#1
11-02-2023, 09:14
Regular                   My commute is 14 km each way and the chain turns orange within a week whenever it rains.
Posts: 812
                                                                      Quote
#2
11-02-2023, 09:40
Regular                   Wet lube, applied every weekend, and wipe it down after each ride. Wax is lovely in summer only.
Posts: 4.120
                                                                      Quote
#3
11-02-2023, 10:02
Regular                   I switched to a hot-melt wax two years ago and I just top it up with a drip wax every 200 km.
Posts: 17
                                                                      Quote
#4
11-02-2023, 11:30
Newbie                    Thanks both. I will try the drip wax first since I do not own a slow cooker for the hot melt.
Posts: 812
                                                                      Quote
"""  # noqa: E501


SCATTERED = """\
Tinkerers Board
Which chain lube survives a wet winter?

#1
11-02-2023, 09:14
Marit Osk      My commute is 14 km each way and the chain turns orange within a week whenever it rains.
Posts: 812
                                                                      Quote
#2
11-02-2023, 09:40
gearjammer                            Wet lube, applied every weekend, and wipe it down after each ride.
Posts: 4.120
                                                                      Quote
#3
11-02-2023, 10:02
Tobias_R                   I switched to a hot-melt wax two years ago and I just top it up with a drip wax.
Posts: 17
                                                                      Quote
#4
11-02-2023, 11:30
Hedda Lund                                              Thanks both. I will try the drip wax first.
Posts: 812
                                                                      Quote
"""  # noqa: E501


@pytest.mark.parametrize("text", [RANK_BESIDE, SCATTERED])
def test_a_rank_or_scattered_cells_name_nobody(text: str) -> None:
    comments = list(threadparse.parse(text).walk())
    assert len(comments) == 4
    assert all(c.author is None for c in comments)
