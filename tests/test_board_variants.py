"""Older forum boards' post lists (invented pages, in the shapes converters print them):

- a header row that prints the post's subject as a field after the date ("Posted: Thu
  Feb 19, 2004 8:50 pm    Post subject: Re: Modem …    Reply with quote"): however
  long the subject, the row up to its date stamps the post, where three rows at least
  print it (a row of fields printed once or twice, a book's card, stamps nothing; nor
  does a log line opened by its date, "2021-03-14 21:22:07 ike: …");
- a byline under the body that closes a one-word name with a comma ("Ann, 14. Mai 2016
  Report"): the name without it;
- a date line that w3m prints as a list item, its icon read as the bullet ("● Posted
  30 September 2013 - 11:35 PM"), under the poster's name and profile card: the names
  over the cards, not the label on every item;
- a quote box opened by "NAME escribió:" (the boards' "wrote:" in other languages);
- the same header row in other languages: the date day first with its month abbreviated
  ("13 Giu, 2002 - 16:13"), no-break spaces after its time, a subject's label of three
  words ("Oggetto del messaggio:"), and inscriptis' profile cell printed beside it."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.dates import find_date, parse_date
from threadparse.posts.stamps import _read_stamp
from threadparse.quoteboxes import read_attribution

POSTERS = [
    ("moss_keeper", "Regular", "Oct 2003", "120"),
    ("fernhollow", "Guru", "Apr 2000", "229"),
    ("moss_keeper", "Regular", "Oct 2003", "120"),
    ("slate_wren", "Regular", "Dec 2003", "83"),
    ("fernhollow", "Guru", "Apr 2000", "229"),
]
BODIES = [
    "My pond pump stops every night and starts again in the morning. Any idea why?",
    "Check the float switch first, they stick when the water is cold at night.",
    "The float switch moves freely, I cleaned it yesterday and it still stops.",
    "Then it may be the thermal cut-out. Is the pump in direct sun all day long?",
    "A cheap sunshade over the housing fixed exactly this on my own pond last year.",
]


def _subject_rows(
    label: str = "Posted:", subject: str = "Subject:", weekdays: tuple[str, ...] = ("Thu",) * 5
) -> str:
    """A phpBB 2 topic as resiliparse prints it: the profile cell's lines, then the
    header row (the date, the subject field and the quote button) over the body."""
    lines = ["Pond Keepers Forum Index", "", "Pump stops at night", ""]
    for n, ((name, rank, joined, count), body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        title = "Pump stops at night" if n == 0 else "Re: Pump stops at night"
        lines += [name, rank, "", f"Joined: {joined}", f"Posts: {count}"]
        date = f"{weekdays[n]} Feb 1{n}, 2004 8:5{n} pm"
        lines.append(f"Post{label} {date}    {subject} {title}\t\tReply with quote")
        lines += [body, "Back to top", "View user's profile Send private message"]
    lines += ["", "Display posts from previous: All Posts", "Powered by a board"]
    return "\n".join(lines) + "\n"


def test_a_header_row_with_the_subject_after_its_date_stamps_the_posts() -> None:
    text = _subject_rows()
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTERS]
    assert [c.text for c in page.walk()] == BODIES
    assert_nothing_lost(page, text)


def test_the_spanish_board_reads_its_weekdays_and_labels_alike() -> None:
    """("Dom", "Mié" are the weekdays, no names: one key stamps every post.)"""
    text = _subject_rows("Publicado:", "Asunto:", ("Dom", "Dom", "Lun", "Mié", "Mié"))
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTERS]


def test_a_row_of_fields_is_read_up_to_its_date() -> None:
    line = (
        "Posted: Thu Feb 19, 2004 8:50 pm Post subject: Re: Pump stops at night after the"
        " cold snap Reply with quote"
    )
    stamp = _read_stamp(line, None)
    assert stamp is not None and stamp.date == "Feb 19, 2004 8:50 pm"


def test_a_line_opened_by_its_date_keeps_its_words() -> None:
    assert (
        _read_stamp(
            "2021-03-14 21:22:07 ike: sending CREATE_CHILD_SA request to the peer now", None
        )
        is None
    )


def test_a_card_of_fields_printed_twice_stamps_no_post() -> None:
    body = [
        "Two new books this month, both for the long evenings.",
        "",
        "Title: The Quiet Lake Author: Ines Marlow Pages: 224",
        "Released: 03.11.2015 Publisher: Lantern House Original title: Still Water",
        "A slow book about a summer by a lake, and I loved every page of it.",
        "",
        "Title: Salt Roads Author: Ines Marlow Pages: 310",
        "Released: 04.11.2016 Publisher: Lantern House Original title: Salt",
        "The sequel is faster, and the ending surprised me more than I expected.",
        "",
    ]
    text = "\n".join(["Reading notes", "", *body]) + "\n"
    page = threadparse.parse(text)
    assert list(page.walk()) == []


def _bylines(comma: str = ",") -> str:
    """A XenForo 1 thread as resiliparse prints it: each post an item of the message
    list, the user's block, the body, then the byline and the post's number."""
    lines = ["Pond Keepers", "", "Pump stops at night", ""]
    for n, ((name, rank, _, count), body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        lines += [f"  {n + 1}. {name}", "", f"    {name} {rank}", ""]
        lines += ["    Messages:", f"    {count}", "    Likes Received:", "    33"]
        lines += [f"    {body}", "     ", f"    {name}{comma} 1{n}. Mai 2016 Report"]
        lines += [f"    #{n + 1} Like Reply"]
    lines += ["", "Share This Page", "", "Forum software by a company"]
    return "\n".join(lines) + "\n"


def test_a_byline_under_the_body_names_its_author_without_the_comma() -> None:
    text = _bylines()
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTERS]
    assert_nothing_lost(page, text)


def _iconed_dates(label: str = "Posted") -> str:
    """An IP.Board 3 topic as w3m prints it: the poster's name and number, the name
    again over the profile card, then the date line with the icon before it (read as a
    list item's bullet), the body and the controls."""
    lines = ["Pond Keepers", "", "Pump stops at night", "", "Started by moss_keeper", ""]
    for n, ((name, rank, _, count), body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        lines += [f"{name} #{n + 1}", "", name, "", "", f"    {rank}", ""]
        lines += ["  • [photo-thum]", "  • Members", "  • [pip]", f"  • {count} posts", ""]
        lines += ["  • Location:Lakeside", ""]
        lines += [f"● {label} 1{n} September 2013 - 11:3{n} PM", "", body, ""]
        lines += ["  • Report", "  • MultiQuote", "  • Quote", "", "━━━━━━━━━━━━━━━━━━━━", ""]
    lines += ["Back to Pond Care", "", "Community Forum Software by a company"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("label", ["Posted", "Postado"])
def test_a_date_printed_as_an_item_under_a_profile_card_takes_the_name_over_it(label: str) -> None:
    text = _iconed_dates(label)
    page = threadparse.parse(text, dialect="w3m")
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTERS]


@pytest.mark.parametrize(
    "line", ["fernhollow escribió:", "fernhollow escreveu:", "fernhollow hat geschrieben:"]
)
def test_a_quote_opened_in_another_language_names_the_quoted_poster(line: str) -> None:
    attribution = read_attribution(line)
    assert attribution is not None and attribution.author == "fernhollow"


def _linked_bylines() -> str:
    """The XenForo 1 thread as lynx prints it: link numbers before the names and
    controls, a line of likes under some posts' numbers (the last one's too), then the
    notice to log in."""
    lines = ["Pond Keepers", "", "Pump stops at night", ""]
    link = 10
    for n, ((name, rank, _, count), body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        lines += [f"   {n + 1}. [{link}]{name}", "", f"[{link + 1}]{name} {rank}", ""]
        lines += ["        Messages:", f"                [{link + 2}]{count}", ""]
        lines += [f"     {body}", "", ""]
        lines += [f"       [{link + 3}]{name}, [{link + 4}]1{n}. Mai 2016 [{link + 5}]Report"]
        lines += [f"       [{link + 6}]#{n + 1} [{link + 7}]Like [{link + 8}]Reply"]
        if n % 2 == 0:
            lines += [f"       [{link + 9}]{POSTERS[n - 1][0]} likes this."]
        link += 10
    lines += ["", f"   [{link}](You must log in or sign up to reply here.)", ""]
    lines += ["Share This Page", "", "   Forum software by a company"]
    return "\n".join(lines) + "\n"


def test_bylines_over_a_last_line_of_likes_close_their_posts() -> None:
    text = _linked_bylines()
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTERS]
    assert [c.text.rstrip().rpartition("\n")[2] for c in page.walk()] == BODIES


# phpBB 2 in other languages: the date day first with the month abbreviated ("13 Giu,
# 2002 - 16:13"), the subject's label of three words, the no-break spaces resiliparse keeps
# between the cells, the label glued to the icon's text before it ("MessaggioInviato:").
LOCALES = {
    "it": ("Messaggio", "Inviato:", "Oggetto del messaggio:", "Giu", "Rispondi quotando"),
    "fr": ("Message", "Posté le:", "Sujet du message:", "Juil", "Répondre en citant"),
    "es": ("Mensaje", "Publicado:", "Asunto del mensaje:", "Ene", "Responder citando"),
    "id": ("Pesan", "Dikirim:", "Judul pesan:", "Agu", "Balas dengan kutipan"),
}


def _day_first_rows(locale: str, gap: str = "\xa0\xa0 \xa0") -> str:
    icon, label, subject, month, quote = LOCALES[locale]
    lines = ["Indice del Forum", "", "Pump stops at night", "", "Autore\t\tMessaggio"]
    for n, ((name, rank, _, count), body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        lines += [name, rank, rank, f"Registrato: 1{n} 06 2001", f"Messaggi: {count}"]
        lines.append(f"{icon}{label} 1{n} {month}, 2002 - 16:1{n}{gap}{subject} \t\t{quote}")
        lines += [body, "Torna ad inizio pagina", "Visualizza profilo utente \t\t [ IP : Logged ]"]
    lines += ["", "Vai a: Indice", "Powered by a board"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_a_day_first_header_row_with_a_long_subject_label_stamps_the_posts(locale: str) -> None:
    text = _day_first_rows(locale)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTERS]
    assert [c.text for c in page.walk()] == BODIES
    assert_nothing_lost(page, text)


def test_the_row_beside_the_profile_cell_inscriptis() -> None:
    """inscriptis prints the profile cell and the header cell side by side: the name,
    a wide gap, the date and the subject's label; the rank under the name, the body in
    the right column beside the card's fields. The last post's card is the only one of
    its rank but the same poster's as an earlier post: a post, not a list after them."""
    _, label, subject, month, _ = LOCALES["it"]
    column = 60
    lines = ["Indice del Forum", "", "Pump stops at night", ""]
    for n, ((name, rank, _, count), body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        lines.append(f"{name:<{column}}{label} 1{n} {month}, 2002 - 16:1{n} {subject}")
        lines += [rank, f"{'':<{column}}{body}"]
        lines += [f"{f'Registrato: 1{n} 06 2001':<{column}}Grazie.", f"Messaggi: {count}"]
        lines += ["", f"{'Torna ad inizio pagina':<{column}}  [ IP : Logged ]", ""]
    lines += ["Vai a: Indice", "Powered by a board"]
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTERS]
    assert all(body in c.text for c, body in zip(page.walk(), BODIES, strict=True))
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("text", "month"),
    [("13 giu 2002", 6), ("9 gen 2021", 1), ("12 ene. 2020", 1), ("3 janv. 2019", 1),
     ("5 Agu 2020", 8), ("2 mag 2019", 5), ("8 lug 2018", 7), ("4 févr. 2017", 2)],
)  # fmt: skip
def test_abbreviated_months_after_the_day(text: str, month: int) -> None:
    date = parse_date(text)
    assert date is not None and date.month == month


def test_abbreviations_that_are_words_are_no_month_before_a_number() -> None:
    assert find_date("the gen 5 console sold well in 2021") is None
    assert find_date("a mag 3 pouch, bought 2019") is None
