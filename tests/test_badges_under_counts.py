"""Forum cards that print the poster's name, a post count under it ("262 Posts") and,
on some posts only, a group badge under the count ("Supporter", "Topic Author") right
over the post's number and date. The badge is the line nearest the stamp, yet no name:
the name is the line over the count, the count's word the same in every card, the
names over it varying more from post to post than the badges under it. And a name
printed glued to its own handle ("Ann@ann", "Ann Lee @ann_lee") reads as the name; a
handle that spells another name stays. Invented pages in the converters' layouts."""

from __future__ import annotations

import threadparse
from threadparse.posts.shapes import _display

# resiliparse, a WordPress forum plugin: the name glued to its handle, the count, a
# badge on some posts, the stamp, then a hidden copy of the post for its Quote button
CARDS = """\
Which glue for a cracked tile?

pennyweather@pennyweather
14 Posts
#1 · March 3, 2024, 9:12 am
Quote from pennyweather on March 3, 2024, 9:12 am

A kitchen tile cracked right across. Can I glue it or must it go?


A kitchen tile cracked right across. Can I glue it or must it go?

Click for thumbs down.0Click for thumbs up.0
Orrin Vale@orrinvale
512 Posts
Moderator
#2 · March 3, 2024, 10:40 am
Quote from Orrin Vale on March 3, 2024, 10:40 am

Two part epoxy holds, but the crack will show. Better to replace it.


Two part epoxy holds, but the crack will show. Better to replace it.

Click for thumbs down.0Click for thumbs up.1
pennyweather@pennyweather
14 Posts
Thread Starter
#3 · March 4, 2024, 8:05 am
Quote from pennyweather on March 4, 2024, 8:05 am

Is there a trick to get the old one out without hurting the others?


Is there a trick to get the old one out without hurting the others?

Click for thumbs down.0Click for thumbs up.0
Orrin Vale@orrinvale
512 Posts
Moderator
#4 · March 4, 2024, 9:30 am
Quote from Orrin Vale on March 4, 2024, 9:30 am

Score the grout first, then break the tile from the middle out.


Score the grout first, then break the tile from the middle out.

Click for thumbs down.0Click for thumbs up.2
tamsin_k@tamsin_k
87 Posts
#5 · March 5, 2024, 7:50 pm
Quote from tamsin_k on March 5, 2024, 7:50 pm

Keep a spare box of tiles for next time, it saves a lot of hunting.


Keep a spare box of tiles for next time, it saves a lot of hunting.

Click for thumbs down.0Click for thumbs up.0
pennyweather@pennyweather
14 Posts
Thread Starter
#6 · March 6, 2024, 11:15 am
Quote from pennyweather on March 6, 2024, 11:15 am

Done, and it looks like new. Thank you both.


Done, and it looks like new. Thank you both.

Click for thumbs down.0Click for thumbs up.0
"""

# inscriptis, a German board: the handle after a space, the count in German, badges
# in German
KARTEN = """\
   Fahrradkette springt ab

                Jorinde Falk @jorindefalk
                31 Beiträge
              #1 · 3. März 2024, 09:12

            Meine Kette springt am kleinsten Ritzel immer wieder ab. Was tun?

                Bertil @bertil
                940 Beiträge
                Moderator
              #2 · 3. März 2024, 10:40

            Stell die Endanschlagschraube am Schaltwerk etwas nach innen.

                Jorinde Falk @jorindefalk
                31 Beiträge
                Themenstarter
              #3 · 4. März 2024, 08:05

            Hat geklappt, aber jetzt rasselt es am großen Ritzel.

                Bertil @bertil
                940 Beiträge
                Moderator
              #4 · 4. März 2024, 09:30

            Dann die Zugspannung am Einsteller eine halbe Umdrehung lösen.

                Malte Rohr @malte_rohr
                12 Beiträge
              #5 · 5. März 2024, 19:50

            Und die Kette selbst prüfen, eine gelängte Kette springt gern.

                Jorinde Falk @jorindefalk
                31 Beiträge
                Themenstarter
              #6 · 6. März 2024, 11:15

            Danke euch beiden, jetzt läuft alles ruhig.
"""


def authors(text: str) -> list[str | None]:
    return [comment.author for comment in threadparse.parse(text).walk()]


def test_a_badge_under_the_count_is_no_name() -> None:
    assert authors(CARDS) == [
        "pennyweather",
        "Orrin Vale",
        "pennyweather",
        "Orrin Vale",
        "tamsin_k",
        "pennyweather",
    ]


def test_the_card_opens_the_post() -> None:
    """The name and the count belong to the post under them, not to the body over them."""
    page = threadparse.parse(CARDS)
    bodies = [" ".join(p.text for p in c.blocks) for c in page.walk()]
    assert not any("512 Posts" in body or "@" in body for body in bodies)


def test_german_badges_under_german_counts() -> None:
    assert authors(KARTEN) == [
        "Jorinde Falk",
        "Bertil",
        "Jorinde Falk",
        "Bertil",
        "Malte Rohr",
        "Jorinde Falk",
    ]


def test_other_badge_words() -> None:
    text = CARDS.replace("Moderator", "Gold Supporter").replace("Thread Starter", "OP")
    assert authors(text) == [
        "pennyweather",
        "Orrin Vale",
        "pennyweather",
        "Orrin Vale",
        "tamsin_k",
        "pennyweather",
    ]


def test_a_name_glued_to_its_own_handle() -> None:
    assert _display("klara@klara") == "klara"
    assert _display("Orrin Vale@orrinvale") == "Orrin Vale"
    assert _display("Orrin Vale @Orrin_Vale") == "Orrin Vale"
    assert _display("[12]tamsin_k@tamsin_k") == "tamsin_k"


def test_a_handle_that_spells_another_name_stays() -> None:
    assert _display("Orrin Vale@ovale") == "Orrin Vale@ovale"
    assert _display("dj@nightowl") == "dj@nightowl"
    assert _display("@pennyweather") == "@pennyweather"


def test_a_name_that_contains_an_at_sign_stays() -> None:
    text = CARDS.replace("tamsin_k@tamsin_k", "tam@sea")
    assert authors(text)[4] == "tam@sea"


# resiliparse: a rank over the count, the name right over the stamp (the ranks repeat
# over several posters' counts, the names under them vary): no badge to pass over
RANKS_OVER_COUNTS = """\
Which glue for a cracked tile?

Junior Member
14 Posts
pennyweather
#1 · March 3, 2024, 9:12 am

A kitchen tile cracked right across. Can I glue it or must it go?

Senior Member
512 Posts
Orrin Vale
#2 · March 3, 2024, 10:40 am

Two part epoxy holds, but the crack will show. Better to replace it.

Junior Member
87 Posts
tamsin_k
#3 · March 5, 2024, 7:50 pm

Keep a spare box of tiles for next time, it saves a lot of hunting.

Junior Member
14 Posts
pennyweather
#4 · March 6, 2024, 11:15 am

Done, and it looks like new. Thank you both.

Senior Member
9 Posts
Wilma Snow
#5 · March 6, 2024, 1:15 pm

Good to hear it worked out.
"""


def test_names_under_ranked_counts_stay() -> None:
    assert authors(RANKS_OVER_COUNTS) == [
        "pennyweather",
        "Orrin Vale",
        "tamsin_k",
        "pennyweather",
        "Wilma Snow",
    ]


def test_a_count_in_one_card_alone_moves_nothing() -> None:
    """Where one card alone prints a count (the others print the name over the stamp),
    the line under it is the name as in the other cards."""
    text = RANKS_OVER_COUNTS
    for rank in ("Junior Member\n", "Senior Member\n"):
        text = text.replace(rank, "")
    for count in ("512 Posts\n", "87 Posts\n", "14 Posts\n"):
        text = text.replace(count, "")
    assert "9 Posts\nWilma Snow" in text
    assert authors(text) == ["pennyweather", "Orrin Vale", "tamsin_k", "pennyweather", "Wilma Snow"]
