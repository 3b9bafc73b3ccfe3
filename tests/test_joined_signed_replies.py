"""A talk page's replies printed on one line: inscriptis prints a run of `dd` replies
(a wiki's ":"-indented answers) one after another on the line of the first, each closed by
its signature and reply control ("… as such. Ann Lee (talk) 16:31, 3 March 2024 (UTC)
[ reply ] That makes sense. … — Bo Berg (talk) 19:20, …"). The line is split where the
text before a cut closes with a signature with its name's links and the whole line does
too (`mend.split_signed_lines`), so each reply is a comment of its own, read as a run of
replies glued one under the other (`depths._glued_depths`). A paragraph so signed, on a
line of its own, is no "NAME DATE" header either (`lines._signed_sentences`): its words
before the date are sentences, not a name.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.mend import _signed_parts as split_signed_parts
from threadparse.outline import OutlineNode

EN_INSCRIPTIS = """\
            Talk:Harwick Mill Pond

              Water level
              [ edit ]
                    Latest comment: 2 months ago
                    4 comments
                    3 people in discussion

            The infobox gives the pond's depth as 4 m, but the 2011 survey in the History section measures 2.6 m at the sluice. Which one should stay? — Odile Marsh (talk) 10:14, 2 May 2024 (UTC) [ reply ]

            The 4 m figure is the depth before the 1987 dredging, the survey is after it. I would keep both with dates. Kerrin Ashby (talk) 11:40, 2 May 2024 (UTC) [ reply ] Agreed, that reads better. I will add the year to the infobox note as well. — Odile Marsh (talk) 13:05, 2 May 2024 (UTC) [ reply ] Done, and I moved the survey reference into the infobox. Brannoc Field (talk · contribs) 15:52, 2 May 2024 (UTC) [ reply ]

            Retrieved from "https://example.org/w/index.php?title=Talk:Harwick_Mill_Pond"
"""  # noqa: E501

DE_INSCRIPTIS = """\
            Diskussion:Wehrturm Kaltenbrunn

              Höhe des Turms
              [ Quelltext bearbeiten ]
                    Letzter Kommentar: vor 2 Monaten
                    4 Kommentare
                    3 Personen in der Diskussion

            Im Text steht 31 Meter, in der Tabelle 28 Meter. Weiß jemand, welche Angabe aus der Bauaufnahme stammt? --Henrike Salm (Diskussion) 09:14, 6. Mai 2024 (CEST) [ antworten ]

            Die 28 Meter sind ohne die Turmhaube gemessen, so steht es im Heimatbuch auf Seite 40. --Wolfram Teich (Diskussion) 10:02, 6. Mai 2024 (CEST) [ antworten ] Die Haube gehört aber dazu, das sagt jeder hier im Dorf und das war schon immer so (nicht signierter Beitrag von 198.51.100.23 (Diskussion) 11:30, 6. Mai 2024 (CEST)) [ antworten ] Das Heimatbuch nennt beide Zahlen, ich habe beide mit Erläuterung eingetragen. --Henrike Salm (Diskussion) 12:45, 6. Mai 2024 (CEST) [ antworten ]

            Abgerufen von „https://example.org/w/index.php?title=Diskussion:Wehrturm_Kaltenbrunn“
"""  # noqa: E501

# an older skin: no reply control, the next reply right after the zone
EN_NO_CONTROL = """\
            Talk:Fellstone Quarry

              Opening year
              [ edit ]

            The article says the quarry opened in 1871 but the railway siding to it only came in 1880. Is the earlier date right? Pell Harrow (talk) 18:02, 9 June 2023 (UTC)

            Yes, there is a lease of 1871 in the county archive; the stone went out by cart until the siding was built. Marit Lowe (talk | contribs) 19:30, 9 June 2023 (UTC) Thanks, I added that to the History section with the archive reference. Pell Harrow (talk) 20:11, 9 June 2023 (UTC)
"""  # noqa: E501


def _read(text: str) -> threadparse.Page:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return page


def test_english_replies_on_one_line_are_comments_of_their_own():
    page = _read(EN_INSCRIPTIS)
    got = [(c.author, c.depth) for c in page.walk()]
    assert got == [
        ("Odile Marsh", 0),
        ("Kerrin Ashby", 1),
        ("Odile Marsh", 2),
        ("Brannoc Field", 3),
    ]
    texts = [c.text for c in page.walk()]
    assert texts[2].startswith("Agreed, that reads better.")
    assert texts[3].startswith("Done, and I moved")


def test_german_replies_and_the_unsigned_one_on_one_line():
    page = _read(DE_INSCRIPTIS)
    got = [(c.author, c.depth) for c in page.walk()]
    assert got == [
        ("Henrike Salm", 0),
        ("Wolfram Teich", 1),
        ("198.51.100.23", 2),
        ("Henrike Salm", 3),
    ]
    assert [c.text for c in page.walk()][2].startswith("Die Haube gehört aber dazu")


def test_replies_without_a_reply_control():
    page = _read(EN_NO_CONTROL)
    assert [c.author for c in page.walk()] == ["Pell Harrow", "Marit Lowe", "Pell Harrow"]
    assert [c.text for c in page.walk()][2].startswith("Thanks, I added that")


def test_a_date_and_zone_inside_a_sentence_is_no_cut():
    # the zone inside a sentence of a signed paragraph is no signature's end
    text = EN_INSCRIPTIS.replace(
        "The 4 m figure is the depth",
        "We measured it again at 14:05, 3 May 2024 (UTC) and found 2.5 m, the 4 m figure is"
        " the depth",
    ).replace(
        "(UTC) [ reply ] Agreed, that reads better. I will add the year to the infobox note"
        " as well. — Odile Marsh (talk) 13:05, 2 May 2024 (UTC) [ reply ] Done, and I moved"
        " the survey reference into the infobox. Brannoc Field (talk · contribs) 15:52, 2 May"
        " 2024 (UTC) [ reply ]",
        "(UTC) [ reply ]",
    )
    page = _read(text)
    assert [c.author for c in page.walk()] == ["Odile Marsh", "Kerrin Ashby"]
    assert [c.text for c in page.walk()][1].startswith("We measured it again")


def test_a_signed_paragraph_followed_by_unsigned_words_is_not_split():
    line = (
        "It was measured in 1987. Kerrin Ashby (talk) 11:40, 2 May 2024 (UTC) [ reply ] and"
        " a note nobody signed under it, in the same line."
    )
    node = OutlineNode(None, line, 1, 1, 0, len(line), False, (), line)
    assert split_signed_parts(node) == [node]


def test_a_signed_paragraph_is_no_header():
    line = (
        "Support, and done. I also fixed the convert template in the infobox. Wenna Clay"
        " (yak) 08:47, 4 March 2024 (UTC)[reply]"
    )
    assert threadparse.lines.read_header(line) is None
    # a name with its links and date stays a header
    header = threadparse.lines.read_header("Wenna Clay (talk) 08:47, 4 March 2024 (UTC)")
    assert header is not None and header.date
