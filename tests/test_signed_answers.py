"""A Q&A page whose answers are signed
after their bodies by a user card ("answered DATE", the picture's words, the name, the
karma), whose comments are signed on a line of their own by a date in parentheses and a
name ("(3 Feb '19, 09:12) marta_v", "Ola Berg ( 2018-05-02 10:20:00 +0200 )"), and whose
question's comments stand between its card and the count of answers
(`posts.signature_line`, `posts._carded_over`, `posts._signed_over`,
`posts._pictured_name`). Invented text; the negative cases are lines that are no
signature, question comments printed as list items, and signature lines with no
answer card."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import posts
from threadparse.posts import prose


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("(3 Feb '19, 09:12) marta_v", ("marta_v", "3 Feb '19, 09:12")),
        ("(Feb 3 '19 at 9:12) Ola Berg", ("Ola Berg", "Feb 3 '19 at 9:12")),
        ("Ola Berg \xa0( 2018-05-02 10:20:00 +0200 )", ("Ola Berg", "2018-05-02 10:20:00 +0200")),
        ("(12 March 2020) dee.k", ("dee.k", "12 March 2020")),
        ("(3 Feb '19, 09:12) [14]marta_v", ("marta_v", "3 Feb '19, 09:12")),  # lynx's mark
        # no signature: no date, no time or year, text that reads as no name, more after it
        ("(see below) marta_v", None),
        ("Board meeting (March 3)", None),
        ("(3 Feb '19, 09:12) this is how the run went for us.", None),
        ("marta_v ( 2018-05-02 10:20:00 +0200 ) wrote", None),
        ("(2019) marta_v", None),
    ],
)
def test_a_signature_on_a_line_of_its_own(line: str, signed: tuple[str, str] | None) -> None:
    assert posts.signature_line(line) == signed


def test_a_name_printed_twice_after_a_pictures_words() -> None:
    assert prose._pictured_name("picture of Ola Berg Ola Berg") == ("picture of", "Ola Berg")
    assert prose._pictured_name("marta_v's avatar marta_v marta_v") == (
        "marta_v's avatar",
        "marta_v",
    )
    assert prose._pictured_name("the the") is None  # (nothing before it)
    assert prose._pictured_name("We went there and there") is None  # (no name)


_CARDED = """\
Ask Quillstone
questions tags users

How do I keep the kiln log from rolling over at midnight?
5
1

Every night at midnight the kiln controller starts a new log file and the last firing hours end up split across two files. Is there a setting to keep one file per firing instead of one per day?

kiln logging
link| flag

asked 3 Feb '19, 08:40

marta_v's gravatar image

marta_v
210●3●9

1

Which controller firmware are you on? The older ones only know the daily mode.

(3 Feb '19, 09:12) ola_berg

Firmware 4.2, bought last spring. The log menu has no other choice than daily.

(3 Feb '19, 09:30) marta_v
add new comment
2 Answers:
oldest newest popular
4

From firmware 4.0 on the rollover follows the program, not the clock: set Log > Split to "per program" and every firing gets one file, however long it runs.

link| flag

answered 3 Feb '19, 10:02

ola_berg's gravatar image

ola_berg
3.1k●4●22●40

2

That was it, the setting was hidden under the advanced tab. Thank you!

(3 Feb '19, 11:45) marta_v

Glad it works. The advanced tab also has the alarm log, worth a look.

(3 Feb '19, 12:01) ola_berg
showing 2 of 2 add new comment which stays below the answer
1

If you cannot update, a small script that joins the two files by their time column does the same after the firing has ended, and it keeps the originals as they were.

link| flag

answered 4 Feb '19, 07:15

dee.k's gravatar image

dee.k
55●2

Good idea for the old controllers in the other studio.

(4 Feb '19, 08:20) marta_v
add new comment
Your answer

about | faq | privacy
"""  # noqa: E501


def test_answers_signed_by_a_card_and_comments_signed_after_their_text() -> None:
    page = threadparse.parse(_CARDED)
    read = [(c.author, c.depth, c.text.split()[0]) for c in page.walk()]
    assert read == [
        ("ola_berg", 0, "Which"),  # the question's comments, top level, before the answers
        ("marta_v", 0, "Firmware"),
        ("ola_berg", 0, "From"),
        ("marta_v", 1, "That"),
        ("ola_berg", 1, "Glad"),
        ("dee.k", 0, "If"),
        ("marta_v", 1, "Good"),
    ]
    # the signature is the comment's metadata, not its text
    assert all("(3 Feb" not in c.text and "(4 Feb" not in c.text for c in page.walk())


_CARDED_NAME_FIRST = """\
Première visite ?
logo Demandez Quillstone

Comment garder un seul journal par cuisson ?

3

Bonjour, le four commence un nouveau journal à minuit et la cuisson de nuit se retrouve coupée en deux fichiers. Existe-t-il un réglage pour garder un fichier par cuisson ?

demandé 2018-05-02 08:40:00 +0200

photo de marta_v marta_v
210 ●3●9
signaler modifier fermer
1

Quel micrologiciel ? Les anciennes versions ne connaissent que le mode journalier.

Ola Berg \xa0( 2018-05-02 09:12:00 +0200 )
ajouter un commentaire

2 réponses

Trier par » plus anciennes plus récentes plus de votes
4

Depuis la version 4.0 le découpage suit le programme et non l'horloge : choisissez Journal > Découpage « par programme » et chaque cuisson aura son fichier.

répondu 2018-05-02 10:02:00 +0200

photo de Ola Berg Ola Berg
3100 ●4●22●40
lien signaler modifier

C'était bien ça, le réglage était caché sous l'onglet avancé. Merci !

marta_v \xa0( 2018-05-02 11:45:00 +0200 )
ajouter un commentaire
1

Sans mise à jour, un petit script qui joint les deux fichiers par la colonne de l'heure fait la même chose une fois la cuisson finie.

répondu 2018-05-03 07:15:00 +0200

photo de dee.k dee.k
55 ●2
lien signaler modifier

Bonne idée pour les anciens fours de l'autre atelier.

marta_v \xa0( 2018-05-03 08:20:00 +0200 )

Bien vu, ça marche aussi avec les journaux d'alarme.

dee.k \xa0( 2018-05-03 08:41:00 +0200 )
ajouter un commentaire

Votre réponse

à propos | faq | aide
"""  # noqa: E501


def test_a_card_whose_picture_words_and_name_share_a_line() -> None:
    # "photo de NAME NAME" (the picture's words, then the name, joined): the name; the
    # comments signed "NAME ( DATE )" under their text are the answers' (no header of
    # the next text), and the question's stay at the top level
    page = threadparse.parse(_CARDED_NAME_FIRST)
    read = [(c.author, c.depth, c.text.split()[0]) for c in page.walk()]
    assert read == [
        ("Ola Berg", 0, "Quel"),
        ("Ola Berg", 0, "Depuis"),
        ("marta_v", 1, "C'était"),
        ("dee.k", 0, "Sans"),
        ("marta_v", 1, "Bonne"),
        ("dee.k", 1, "Bien"),
    ]


_LISTED_QUESTION_COMMENTS = """\
How do I keep the kiln log from rolling over at midnight?

Every night at midnight the kiln controller starts a new log file and the last firing hours end up split across two files. Is there a setting for that?

Share
asked Feb 3, 2019 at 8:40
marta_v
210 3 9
  • 1
    Which controller firmware are you on? The older ones only know the daily mode.
    – ola_berg
    Feb 3, 2019 at 9:12
  • Firmware 4.2, bought last spring. The log menu has no other choice than daily.
    – marta_v
    Feb 3, 2019 at 9:30
2 Answers
4

From firmware 4.0 on the rollover follows the program, not the clock: set Log > Split to "per program" and every firing gets one file, however long it runs.

Share
answered Feb 3, 2019 at 10:02
ola_berg
3,104 4 22 40
  • That was it, the setting was hidden under the advanced tab. Thank you!
    – marta_v
    Feb 3, 2019 at 11:45
1

If you cannot update, a small script that joins the two files by their time column does the same after the firing has ended.

Share
answered Feb 4, 2019 at 7:15
dee.k
55 2
"""  # noqa: E501


def test_question_comments_printed_as_list_items_stay_with_the_item_threads() -> None:
    # negative: the question's comments as list items are no signed paragraphs; the
    # rule leaves them to the item threads (as before it)
    page = threadparse.parse(_LISTED_QUESTION_COMMENTS)
    assert [c.author for c in page.comments if c.text.startswith("From")] == ["ola_berg"]
    assert not any(c.text.startswith("Which") and c.author is None for c in page.walk())


_NO_CARD = """\
Notes from the glaze workshop

We mixed three batches of the celadon and fired them together on Saturday afternoon, the middle shelf came out best by far.

(3 Feb '19, 09:12) marta_v

The second batch crawled on the rim, probably the bisque was too dusty before dipping it.

(3 Feb '19, 09:30) ola_berg

Next time we will wipe every piece with a damp sponge before glazing.

about | contact
"""  # noqa: E501


def test_signature_lines_without_answer_cards_make_no_carded_answers() -> None:
    # negative: no card repeats after the bodies: the signatures alone sign the
    # paragraphs over them, and no paragraph is taken for an answer's body
    page = threadparse.parse(_NO_CARD)
    assert all(c.depth == 0 for c in page.walk())
    assert "Next time" not in " ".join(c.text for c in page.walk() if c.author == "ola_berg")
