"""A talk page's signature read as a comment header: a converter wraps a signed paragraph
so that its last line holds the name and the date ("… to hand? — Ann Lee (talk) 08:20,
9 May" over "2024 (UTC)[reply]"), the reply indented under it reads as that header's
body, and the section's bar under the next heading ("Latest comment: 1 month ago", "3
comments") as one more; or the lines of a flat page ("… — Ann (talk) 10:02, 9 May 2024
(UTC)[reply]") read as a thread of their own. Where every comment of such an item thread
stands inside the flat list of posts closed by signatures (or between two of them) and
the posts are at least as many, the thread is those posts' lines
(`transform.PageBuilder._signature_items`, `_signed_across`), no thread across them.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# w3m's rendering: replies indented four columns a level, the signature wrapped anywhere
EN_W3M = """\
Talk:Marsh Lane Halt

From Wikipedia, the free encyclopedia

Platform length

[edit]
Latest comment: 2 months ago
3 comments
3 people in discussion

The infobox gives the platform as two coaches long, but the 1932 survey says
three. Does anyone have the survey to hand? — Corin Vale (talk) 08:20, 9 May
2024 (UTC)[reply]

    I have it. Page 14 says three coaches before the 1958 cut-back. — Tamsin
    Orr (talk) 10:02, 9 May 2024 (UTC)[reply]

Cleanup list

[edit]
Latest comment: 1 month ago
2 comments
2 people in discussion

Going through the article I found a few things that still need work. I will
start on them next week unless someone objects:

  • the lead repeats the opening date twice
  • the signal box photo has no licence on Commons, checked 2024-06-02 14:10:05
  • the references use three citation styles

— Corin Vale (talk) 17:45, 3 June 2024 (UTC)[reply]

    Fine by me, I fixed the photo licence already. — Tamsin Orr (talk) 19:12, 3
    June 2024 (UTC)[reply]
"""

FR_W3M = """\
Discussion:Moulin de la Brèche

Date de construction

[modifier le code]
Dernier commentaire : il y a 3 mois
2 commentaires
2 participants à la discussion

L'article donne 1742 pour la construction, la base Mérimée donne 1746. Une
idée de la bonne date ? — Maëlle Ruiz (discuter) 2 janvier 2024 à 10:15 (CET)
[répondre]

    1742 est la date du contrat, 1746 celle de la mise en service. — Aubin
    Sorel (discuter) 2 janvier 2024 à 16:48 (CET)[répondre]

Lien mort

[modifier le code]
Dernier commentaire : il y a 2 mois
3 commentaires
3 participants à la discussion

Le robot a relevé le lien suivant comme inaccessible lors de plusieurs
passages. Merci de le vérifier et de le remplacer si besoin par une archive.

  • http://www.moulin-breche.example/histoire.php
      □ Relevé le 2024-02-17 03:12:44, erreur 404

— VerifLiens (discuter) 3 février 2024 à 03:15 (CET)[répondre]

    Lien remplacé par son archive. — Maëlle Ruiz (discuter) 5 février 2024 à
    11:40 (CET)[répondre]
        Merci ! — Aubin Sorel (discuter) 5 février 2024 à 12:02 (CET)
        [répondre]
"""


def test_a_wrapped_signature_over_its_reply_english_w3m() -> None:
    page = threadparse.parse(EN_W3M)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("Corin Vale", 0),
        ("Tamsin Orr", 1),
        ("Corin Vale", 0),
        ("Tamsin Orr", 1),
    ]
    assert comments[0].text.startswith("The infobox gives")
    assert "Latest comment" not in comments[1].text
    assert_nothing_lost(page, EN_W3M)


def test_a_wrapped_signature_over_its_reply_french_w3m() -> None:
    page = threadparse.parse(FR_W3M)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("Maëlle Ruiz", 0),
        ("Aubin Sorel", 1),
        ("VerifLiens", 0),
        ("Maëlle Ruiz", 1),
        ("Aubin Sorel", 2),
    ]
    assert "erreur 404" in comments[2].text
    assert_nothing_lost(page, FR_W3M)


# resiliparse's rendering: no indentation, a paragraph a line
EN_FLAT = """\
Talk:Marsh Lane Halt

Platform length

[edit]
Latest comment: 2 months ago
3 comments
2 people in discussion

The infobox gives the platform as two coaches long, but the 1932 survey says three. Does anyone have the survey to hand? — Corin Vale (talk) 08:20, 9 May 2024 (UTC)[reply]

I have it. Page 14 says three coaches before the 1958 cut-back. — Tamsin Orr (talk) 10:02, 9 May 2024 (UTC)[reply]
Thanks, I will fix the infobox. — Corin Vale (talk) 10:30, 9 May 2024 (UTC)[reply]

Cleanup list

[edit]
Latest comment: 1 month ago
2 comments
2 people in discussion

Going through the article I found a few things that still need work. I will start on them next week unless someone objects:

• the lead repeats the opening date twice
• the signal box photo has no licence on Commons, checked 2024-06-02 14:10:05
• the references use three citation styles

— Corin Vale (talk) 17:45, 3 June 2024 (UTC)[reply]
Fine by me, I fixed the photo licence already. — Tamsin Orr (talk) 19:12, 3 June 2024 (UTC)[reply]
"""  # noqa: E501


def test_signed_lines_of_a_flat_page_read_as_a_thread_english() -> None:
    page = threadparse.parse(EN_FLAT)
    comments = list(page.walk())
    assert len(comments) == 5
    proposal = comments[3]
    assert proposal.author == "Corin Vale"
    assert proposal.text.startswith("Going through the article")
    assert "three citation styles" in proposal.text
    assert "Going through" not in comments[2].text
    assert_nothing_lost(page, EN_FLAT)


BLOG = """\
Notes from the Marsh Lane survey

We walked the old trackbed on Saturday. The notes from the wiki's talk page, as signed:

The platform is three coaches long, checked against the 1932 survey. — Corin Vale
(talk) 08:20, 9 May 2024 (UTC)

The signal box photo now has its licence on Commons. — Tamsin Orr (talk) 10:02, 9
May 2024 (UTC)

3 Comments

  • Hal Brierley
    May 10, 2024 at 9:14 am
    Great write-up, the photos of the cutting are superb.
      • Jo Penhale
        May 10, 2024 at 11:02 am
        Agreed, and thanks for the map.
  • Morwenna Tate
    May 11, 2024 at 7:40 pm
    Is the trackbed open to walkers all the way to the quarry?
"""


def test_a_blog_s_own_thread_stays_a_thread() -> None:
    # paragraphs closed by signatures in the article, a comment thread of its own under
    # a count: the thread's comments stand in no signed post, so they stay the page's
    page = threadparse.parse(BLOG)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("Hal Brierley", 0),
        ("Jo Penhale", 1),
        ("Morwenna Tate", 0),
    ]
    assert_nothing_lost(page, BLOG)
