"""Numbered comment lists: items after the first printed deeper than it are its
siblings (a list counts on, replies count from 1 again), and a reply link printed as
an item of its own ("+ Reply") is a control, with the replies under it the comment's.
The comment numbered on right under a pingback's title (no body between) is the
pingback's sibling; an empty item numbered on holds the replies to the item over it."""

from __future__ import annotations

import threadparse

# inscriptis: the pinned first comment one level out, the others under it, each reply
# list under a "+ Reply" control item.
DEEPER_AFTER_FIRST = """\
Reading the tape

    Comments ( 4 )

           1. June 2, 2019 at 7:52 pm Quill Marrow

              Pinned: read the rules before posting.

             2. June 3, 2019 at 6:28 pm Enzo Hart

                Good primer, thanks.

                + Reply
                 1. June 3, 2019 at 6:31 pm Quill Marrow

                    Glad it helped.

                    o Reply
             3. June 3, 2019 at 6:29 pm Pia Sol

                What about level two quotes?

                + Reply
"""


def _tree(text: str) -> list[tuple[int, str | None]]:
    return [(c.depth, c.author) for c in threadparse.parse(text).walk()]


def test_items_after_the_first_printed_deeper_are_its_siblings() -> None:
    assert _tree(DEEPER_AFTER_FIRST) == [
        (0, "Quill Marrow"),
        (0, "Enzo Hart"),
        (1, "Quill Marrow"),
        (0, "Pia Sol"),
    ]


def test_a_reply_control_item_is_no_comment() -> None:
    page = threadparse.parse(DEEPER_AFTER_FIRST)
    assert all(c.author != "Reply" for c in page.walk())
    enzo = page.comments[1]
    assert enzo.text == "Good primer, thanks."
    assert [m.text for m in enzo.meta if m.role == "reply"] == ["Reply"]


def test_numbers_after_the_first_at_another_column() -> None:
    text = """\
Notes on sourdough

3 Comments

 1. Ada Kell says:
           Feed it twice a day.
      2. Bo Strand says:
           Once is enough in winter.
      3. Cy Orme says:
           My starter died in June.
"""
    assert _tree(text) == [(0, "Ada Kell"), (0, "Bo Strand"), (0, "Cy Orme")]


def test_replies_numbered_from_one_stay_replies() -> None:
    text = """\
Notes on sourdough

3 Comments

 1. Ada Kell says:
    Feed it twice a day.
      1. Bo Strand says:
         Once is enough in winter.
      2. Cy Orme says:
         My starter died in June.
 2. Dee Vance says:
    Rye flour helps.
"""
    assert _tree(text) == [(0, "Ada Kell"), (1, "Bo Strand"), (1, "Cy Orme"), (0, "Dee Vance")]


def test_a_list_that_does_not_count_on_stays_under_its_item() -> None:
    text = """\
Notes on sourdough

2 Comments

 1. Ada Kell says:
    Feed it twice a day.
      3. Bo Strand says:
         Once is enough in winter.
"""
    assert _tree(text) == [(0, "Ada Kell"), (1, "Bo Strand")]


def test_a_date_whose_day_follows_the_first_number_is_no_second_item() -> None:
    # "2. June 2019" under "1. Fenna says:" reads as item 2 to the grammar; it is the
    # comment's date, not the next comment lifted to its level (failure class M's fixture)
    text = (
        "Road works\n\nArticle.\n\n2 Comments\n\n"
        "  1. Fenna says:\n     2. June 2019 at 11:00\n\n     The detour is badly signposted.\n\n"
        "     • Jonas says:\n       3. June 2019 at 12:30\n\n       It was moved overnight.\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth, c.date, c.text) for c in page.walk()] == [
        ("Fenna", 0, "2. June 2019 at 11:00", "The detour is badly signposted."),
        ("Jonas", 1, "3. June 2019 at 12:30", "It was moved overnight."),
    ]


# inscriptis prints a pingback's item (its title alone, no body) at another column than
# the comments' items, so the comment after it, numbered on, lands right under it
PINGBACK_OVER_NEXT = """\
Semer les tomates

4 commentaires

               1. Gérard Pellerin

                  8 mars 2024 Répondre

                    Très bon calendrier, merci.

           2. Pingback : Les Jardins de Léon

               3. Nadia Benali

                  9 mars 2024 Répondre

                    Je sème toujours trop tôt.

           4. Pingback : Potager urbain : le bilan de mars

               5. Martine Fabre

                  10 mars 2024 Répondre

                    Article très utile, merci.

            Laisser un commentaire
"""


def test_the_comment_numbered_on_under_a_pingbacks_title_is_its_sibling() -> None:
    page = threadparse.parse(PINGBACK_OVER_NEXT)
    assert [(c.depth, c.kind, c.author) for c in page.walk()] == [
        (0, "comment", "Gérard Pellerin"),
        (0, "pingback", "Les Jardins de Léon"),
        (0, "comment", "Nadia Benali"),
        (0, "pingback", "Potager urbain : le bilan de mars"),
        (0, "comment", "Martine Fabre"),
    ]


def test_an_empty_item_numbered_on_holds_the_replies() -> None:
    # (a thread's list: "3." printed empty after the deleted comment "2.", which has no
    # body, the replies to "2." numbered from 1 under it: they stay its replies)
    text = """\
Chapter 3

3 Comments

 1. Rowan Pike says:

    What a chapter.

 2. (Previous comment deleted.)

 3.
     1. Hale Quist says:

        Agreed, the storm scene.

 4. Odile Marsh says:

    The storm scene!
"""
    assert [depth for depth, _ in _tree(text)] == [0, 0, 1, 0]
    assert [author for _, author in _tree(text)][2:] == ["Hale Quist", "Odile Marsh"]
