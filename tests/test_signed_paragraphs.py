"""Wiki talk pages: every comment is a paragraph (or a few) closed by its author's
signature, with no header over it ("… Ann Lee (talk) 06:34, 3 March 2024 (UTC)"):
the name, its own links in parentheses, the time by the date, perhaps a time zone
and a reply control after it. Replies are indented under the comment they answer,
where the converter keeps the indentation (`posts._signed_paragraphs`, read by
`posts.closing_signature`); where it drops it (resiliparse), replies are the
paragraphs glued to the signature line over them, with no blank line between
(`posts._glued_depths`). A date alone closing prose, or an embedded post's
"— Ann (@ann) May 2, 2020", signs nothing.

Every fixture here is invented, in the shapes w3m and lynx print such pages: w3m
indents each level by four columns and wraps the zone onto a line of its own; lynx
numbers the links and indents the levels by steps of its own widths; resiliparse
prints every level at the margin, a blank line only around a paragraph block.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts import closing_signature, may_hold_signatures

W3M = """\
Talk:Canal locks

From Examplepedia

Contents

  • 1 Gate sizes
  • 2 Lock keepers

Gate sizes[edit]

The mitre gates in the second paragraph are far too wide for a narrow canal,
and the figure has no source at all. Could someone check the survey?
Ann Tolley (talk) 08:12, 2 May 2023 (UTC)[reply]

    The survey gives seven feet, which matches the drawings in the museum.
    barrowgate (talk | contribs) 09:40, 2 May 2023 (UTC)[reply]
        Seven feet for the narrow locks only, the broad ones were built to
        fourteen. I will add both with the page numbers. Ann Tolley (talk)
        11:05, 2 May 2023
        (UTC)[reply]
    A photograph of the bottom gate would settle it for good, if anyone lives
    nearby. kettle_lane (talk) 13:30, 3 May 2023 (UTC)[reply]

Lock keepers[edit]

The list of keepers stops in 1950, but the cottage was lived in until much
later than that, as far as I remember the parish records.

I have the records somewhere, and will look them out over the weekend. --
wendover (talk) 17:45, 4 May 2023 (UTC)[reply]

    Found them: the last keeper left in 1968, and the cottage was sold a year
    later. barrowgate (talk | contribs) 10:02, 8 May 2023 (UTC)[reply]

This page was last edited on 8 May 2023, at 10:02.
"""


def test_w3m_signed_paragraphs_are_comments_nested_by_indentation() -> None:
    page = threadparse.parse(W3M)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ann Tolley", 0),
        ("barrowgate", 1),
        ("Ann Tolley", 2),
        ("kettle_lane", 1),
        ("wendover", 0),
        ("barrowgate", 1),
    ]
    first, keeper = page.comments
    assert first.text.startswith("The mitre gates in the second paragraph")  # not the TOC
    assert first.date == "08:12, 2 May 2023"
    assert first.children[1].parent is first
    assert first.children[0].children[0].text.startswith("Seven feet for the narrow")
    assert keeper.text.startswith("The list of keepers stops in 1950")  # both paragraphs
    assert "weekend" in keeper.text
    assert keeper.children[0].text.startswith("Found them")
    assert_nothing_lost(page, W3M)


LYNX = """\
                          Diskussion:Schleusenwärter

   Aus Wikibeispiel, der freien Enzyklopädie

Quellenlage[[1]Quelltext bearbeiten]

   Die Angaben zur Besoldung stammen aus einer Quelle von 1890, die heute
   niemand mehr einsehen kann. Gibt es etwas Neueres dazu? [2]Grete
   Halm ([3]Diskussion) 10:15, 3. Mär. 2023 (CET)

          Im Stadtarchiv liegt eine Abschrift, die ich gern einscanne.
          [4]Moorlicht ([5]Diskussion | [6]Beiträge) 11:02, 3. Mär. 2023
          (CET)

                Das wäre großartig, danke dir vielmals im Voraus dafür.
                [7]Grete Halm ([8]Diskussion) 12:40, 3. Mär. 2023 (CET)

   Ich habe die Zahlen inzwischen mit dem Jahrbuch verglichen, sie
   stimmen überein. -- [9]Elbkiesel ([10]Diskussion) 08:05, 5. Mär. 2023

Bilder[[11]Quelltext bearbeiten]

   Das Foto der Schleuse zeigt eigentlich die Nachbarschleuse, nicht die
   im Artikel beschriebene. [12]Moorlicht ([13]Diskussion | [14]Beiträge)
   19:30, 9. Mär. 2023 (CET)

References

   1. https://wiki.example/w/index.php?action=edit&section=1
"""


def test_lynx_signed_paragraphs_of_a_german_wiki() -> None:
    page = threadparse.parse(LYNX)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Grete Halm", 0),
        ("Moorlicht", 1),
        ("Grete Halm", 2),
        ("Elbkiesel", 0),  # (no zone after the time: still signed)
        ("Moorlicht", 0),
    ]
    assert page.comments[0].text.startswith("Die Angaben zur Besoldung")
    assert page.comments[2].text.startswith("Das Foto der Schleuse")
    assert_nothing_lost(page, LYNX)


RESILIPARSE = """\
Talk:Ferry timetable

From Examplepedia

Winter sailings[edit]

The winter timetable on the page still shows the late boat, which stopped
running two years ago. Ann Tolley (talk) 08:12, 2 May 2023 (UTC)[reply]

Dropped in the spring, says the notice. barrowgate (talk | contribs) 09:40, 2 May 2023 (UTC)[reply]
Only on weekdays: the Saturday boat still runs. Ann Tolley (talk) 11:05, 2 May 2023 (UTC)[reply]
Then list both, the notice as source. kettle_lane (talk) 13:30, 3 May 2023 (UTC)[reply]

I would also add the summer sailings as a second table.

A draft is on my user page. wendover (talk) 17:45, 4 May 2023 (UTC)[reply]

Looks good to me. barrowgate (talk | contribs) 10:02, 8 May 2023 (UTC)[reply]

Fares[edit]

The fares table gives no year at all. Moss Ebdon (talk) 12:00, 9 May 2023 (UTC)[reply]

The operator's leaflet of this year has them all. Ida Quarry (talk) 14:20, 9 May 2023 (UTC)[reply]
The child fare changed in June, though. Moss Ebdon (talk) 15:45, 9 May 2023 (UTC)[reply]
"""


def test_resiliparse_replies_glued_under_a_signature_are_nested() -> None:
    page = threadparse.parse(RESILIPARSE)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ann Tolley", 0),
        ("barrowgate", 1),  # (the run's first: it answers the paragraph over the blank)
        ("Ann Tolley", 2),
        ("kettle_lane", 3),
        ("wendover", 0),
        ("barrowgate", 0),  # (set apart by blank lines: a paragraph, no depth told)
        ("Moss Ebdon", 0),
        ("Ida Quarry", 1),
        ("Moss Ebdon", 2),
    ]
    assert page.comments[1].text.startswith("I would also add the summer")
    assert_nothing_lost(page, RESILIPARSE)


RESILIPARSE_VOTES = """\
Diskussion:Deichgraf

Aus Wikibeispiel, der freien Enzyklopädie

Verschiebung[Quelltext bearbeiten]

Ich schlage vor, den Artikel unter dem vollen Titel zu führen, wie in der
Literatur üblich. Grete Halm (Diskussion) 10:15, 3. Mär. 2023 (CET)

  • Pro Der volle Titel ist eindeutiger. Moorlicht (Diskussion | Beiträge) 11:20, 3. Mär. 2023 (CET)
  • Contra Der kurze Titel ist gebräuchlicher. Elbkiesel (Diskussion) 12:05, 3. Mär. 2023 (CET)
  • Pro Wie oben, mit Weiterleitung. Sandhaken (Diskussion) 13:40, 3. Mär. 2023 (CET)

Quellen[Quelltext bearbeiten]

Die Jahreszahl im zweiten Absatz fehlt in allen Quellen, die ich kenne.
Weiß jemand mehr? Sandhaken (Diskussion) 09:00, 4. Mär. 2023 (CET)

Im Kirchenbuch steht 1712. Grete Halm (Diskussion) 10:30, 4. Mär. 2023 (CET)
Danke, dann trage ich das ein. Sandhaken (Diskussion) 11:45, 4. Mär. 2023 (CET)
Bitte mit Seitenzahl. Moorlicht (Diskussion | Beiträge) 12:50, 4. Mär. 2023 (CET)
Seite 48, ist eingetragen. Sandhaken (Diskussion) 14:05, 4. Mär. 2023 (CET)
"""


def test_resiliparse_glued_replies_of_a_german_wiki_and_votes_kept_flat() -> None:
    page = threadparse.parse(RESILIPARSE_VOTES)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Grete Halm", 0),
        ("Moorlicht", 1),  # (a vote list's items stand side by side: none answers
        ("Elbkiesel", 1),  # the one over it, their bullets say so)
        ("Sandhaken", 1),
        ("Sandhaken", 0),
        ("Grete Halm", 1),
        ("Sandhaken", 2),
        ("Moorlicht", 3),
        ("Sandhaken", 4),
    ]
    assert_nothing_lost(page, RESILIPARSE_VOTES)


BLOG = """\
Spring on the allotment

We planted the early potatoes on a cold morning, and the soil was still wet from
the rain of the week before. Posted by Ann Tolley on 3 March 2023.

The broad beans came up in a fortnight, which is quicker than last year by far.
Updated by Ann Tolley at 10:15, 9 March 2023.

Nobody expected the frost that followed, and we lost half of the seedlings.
Shared by barrowgate at 08:40, 12 March 2023.

The plots open again to visitors in April, see the notice board for times (the
gates open at 09:30 (BST) on weekdays) and bring your own gloves.

The seed swap was busier than ever this year. Kettle Lane (@kettlelane) 10:15
AM · Mar 15, 2023

Nobody minded the rain at all. Harbour Allotments (@harbourplots) 11:40 AM ·
Mar 16, 2023
"""


def test_prose_closed_by_a_date_or_an_embedded_post_is_no_comment() -> None:
    assert may_hold_signatures(BLOG)  # (the rule itself is asked)
    page = threadparse.parse(BLOG)
    assert list(page.walk()) == []


def test_closing_signature_reads_the_name_links_time_and_date() -> None:
    assert closing_signature(
        "I would keep both figures. Ann Tolley (talk) 06:34, 3 March 2024 (UTC)"
    ) == ("Ann Tolley", "06:34, 3 March 2024", True)
    assert closing_signature(
        "Gern geschehen. -- Elbkiesel (Diskussion | Beiträge) 10:15, 3. Mär. 2023 (CET)"
    ) == ("Elbkiesel", "10:15, 3. Mär. 2023", True)
    assert closing_signature(
        "Je suis d'accord avec la proposition. Ida Roux (discuter) 4 mai 2023 à 12:17 (CEST)"
    ) == ("Ida Roux", "4 mai 2023 à 12:17", True)
    assert closing_signature("Posted by Ann Tolley on 3 March 2023.") is None
    assert closing_signature("— Kettle Lane (@kettlelane) March 15, 2023") is None


# A noticeboard of reports (resiliparse): each report a template's line (the reported
# address and its tools, a <div>) over the report's paragraph, the answer under it in a
# <dd> (after the paragraph's blank line); the next report's template line glued to that
# answer. What is glued is the next report's heading, not a reply: its post runs on over
# a blank line to its signature. The page tells no depth, so none is made up.
REPORTS = """\
9 May

203.0.113.7 (talk\xa0· contribs\xa0· deleted\xa0· logs\xa0· block\xa0· blocks\xa0· whois)

Keeps adding false dates to the lighthouse article. --Ann Tolley 10:26, 9 May 2023 (UTC)

Done, 8 hours.--barrowgate (msg) 10:41, 9 May 2023 (UTC)
198.51.100.4 (talk\xa0· contribs\xa0· deleted\xa0· logs\xa0· block\xa0· blocks\xa0· whois)

Repeated vandalism on Ferry timetable. --kettle_lane 11:26, 9 May 2023 (UTC)

Done, 3 months--wendover (msg) 11:41, 9 May 2023 (UTC)
192.0.2.44 (talk\xa0· contribs\xa0· deleted\xa0· logs\xa0· block\xa0· blocks\xa0· whois)

Warned twice, goes on. --Ann Tolley 12:26, 9 May 2023 (UTC)

Done--barrowgate (msg) 12:41, 9 May 2023 (UTC)
203.0.113.90 (talk\xa0· contribs\xa0· deleted\xa0· logs\xa0· block\xa0· blocks\xa0· whois)

Legal threats on the harbour page. --Moss Ebdon 13:26, 9 May 2023 (UTC)

Done, 1 day--Ida Quarry 13:41, 9 May 2023 (UTC)
198.51.100.23 (talk\xa0· contribs\xa0· deleted\xa0· logs\xa0· block\xa0· blocks\xa0· whois)

Removes sources from the pier article. --kettle_lane 14:26, 9 May 2023 (UTC)

Not done, stopped an hour ago.--wendover (msg) 14:41, 9 May 2023 (UTC)

Retrieved from "https://example.org/wiki/Vandalism"
"""


def test_a_template_line_glued_under_an_answer_opens_a_report_not_a_reply() -> None:
    page = threadparse.parse(REPORTS)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ann Tolley", 0),
        ("barrowgate", 0),
        ("kettle_lane", 0),
        ("wendover", 0),
        ("Ann Tolley", 0),
        ("barrowgate", 0),
        ("Moss Ebdon", 0),
        ("Ida Quarry", 0),
        ("kettle_lane", 0),
        ("wendover", 0),
    ]
    assert page.comments[2].text.startswith("198.51.100.4 (talk")
    assert_nothing_lost(page, REPORTS)


SIGNED_APART = """\
Talk:Ferry timetable

Winter sailings[edit]

The winter timetable still shows the late boat. Regards, Ann Tolley (talk) 08:12, 2 May 2023 (UTC)

The template should print the season too. Something like:

<timetable season="winter" />

barrowgate (talk | contribs) 09:40, 2 May 2023 (UTC)

Notified: Talk:Harbour. kettle_lane (talk) 13:30, 3 May 2023 (UTC)
"""


def test_a_name_after_a_comma_and_a_signature_alone_on_its_line() -> None:
    """ "… Kind regards, Ann Tolley (talk) DATE": the name of two words after the comma;
    a signature alone on its line (after a block of code) closes the paragraphs over it."""
    page = threadparse.parse(SIGNED_APART)
    assert [c.author for c in page.walk()] == ["Ann Tolley", "barrowgate", "kettle_lane"]
    assert page.comments[1].text.startswith("The template should print the season too.")
    assert_nothing_lost(page, SIGNED_APART)


DECORATED = """\
Discussion:Phare du Nord

Sources[modifier le code]

Il manque une source pour la date de construction. DH | 2¢ | 15 août 2006 à 02:28 (CEST)

Le registre de la préfecture la donne, je l'ajoute. --LPLT [discu] 15 août 2006 à 09:40 (CEST)

C'est fait, merci à vous deux pour la référence. Bokken | 木刀 15 août 2006 à 21:05 (CEST)

Parfait, je retire le bandeau de la section. Mogador ✉ 16 août 2006 à 08:12 (CEST)
"""


def test_a_signature_s_own_decorations_are_no_part_of_the_name() -> None:
    """Links in brackets, after bars or symbols between a signature's name and its
    date ("DH | 2¢ |", "LPLT [discu]", "Bokken | 木刀", "Mogador ✉")."""
    page = threadparse.parse(DECORATED)
    assert [c.author for c in page.walk()] == ["DH", "LPLT", "Bokken", "Mogador"]
    assert_nothing_lost(page, DECORATED)
