"""Guestbook entries printed as records of labelled fields: a dated line opening each
("Posted: 1/5/2006 12:32:51 PM"), then the visitor's name, address and site in fields of
their own ("Name:Ann", "Email:…", "Url:…"), then the text ("Comment:…"). The field whose
label is the same on (nearly) every entry and whose values read as names names the
poster. English and German labels, glued to the value or spaced. Invented site."""

from __future__ import annotations

import pytest

import threadparse

ENTRIES = [
    ("Vinod Kumar", "You are indeed wonderful. Keep in touch!!!"),
    ("Shiju", "Hi, the site is fine. Keep it up. Here is a short poem for you."),
    ("Aarthi", "Your website is too good. You have a lot of talents, do not waste them."),
    ("harsha", "Nice photos of the hills, where were they taken?"),
    ("Maren Ulf", "Came here from the forum. Lovely pages."),
]
LABELS = {
    "english": ("Posted", "Name", "Email", "Url", "Comment"),
    "german": ("Datum", "Name", "E-Mail", "Homepage", "Kommentar"),
}


def _book(language: str, gap: str) -> str:
    posted, name, mail, site, comment = LABELS[language]
    out = ["Guest Book", "", "Please leave your comments in this public guest book.", ""]
    for day, (who, text) in enumerate(ENTRIES):
        out += [f"{posted}: 1/{day + 1}/2006 8:41:37 PM", f"{name}:{gap}{who}"]
        out += [f"{mail}:{gap}xxxx@example.com", f"{site}:{gap}http://", ""]
        out += [f"{comment}:{gap}{text}"]
    out += ["", "Guest book signing is disabled now."]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(("language", "gap"), [("english", ""), ("german", " ")])
def test_a_labelled_field_names_each_poster(language: str, gap: str) -> None:
    page = threadparse.parse(_book(language, gap))
    comments = list(page.walk())
    assert [c.author for c in comments] == [who for who, _ in ENTRIES]
    comment = LABELS[language][-1]
    texts = [f"{comment}:{gap}{text}" for _, text in ENTRIES]
    assert [c.text for c in comments[:-1]] == texts[:-1]  # (the fields are the header's)
    assert comments[-1].text.startswith(texts[-1])  # (the last runs on over the page's
    # closing line: where a list's last post ends is not told, docs/accuracy.md)


# A board that takes any name: each post a record opening with the sender's field over
# the date's, a subject over them, a report link under the text. Invented posts.
BOARD = [
    ("Tuuli", "Does anyone know when the spring show entries open?"),
    ("-", "Usually in March, check the club page."),
    ("Ravuri", "They opened last week already, I signed up on Monday."),
    (".", "Thanks, I had missed the note about the deadline."),
    ("Tuuli", "Same here. Does the judge change every year?"),
    ("Hilla K", "Yes, a new judge each year, announced a month before."),
]
BOARD_LABELS = {"finnish": ("Lähettäjä", "Päivämäärä"), "spanish": ("Remitente", "Fecha")}


def _board(language: str, layout: str) -> str:
    sender, dated = BOARD_LABELS[language]
    out = ["Riding forum", "", "  Spring show entries", ""]
    for number, (who, text) in enumerate(BOARD):
        subject = "  Spring show entries" if number == 0 else "  Re: Spring show entries"
        stamp = f"{dated}:   27.8.24 21:{10 + number}:13"
        if layout == "blank":  # (resiliparse: a blank line under the subject)
            out += [subject, "", f"{sender}:\u00a0{who} ", stamp]
        elif layout == "subject":  # (w3m, inscriptis: the subject right over the record)
            out += [subject, f"{sender}: {who} ", stamp]
        else:  # (html2text: the record a table's row)
            out += [subject, "---", f"|  **{sender}** : {who}  ", stamp]
        out += ["", text, "", "Report this post", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("layout", ["blank", "subject", "table"])
@pytest.mark.parametrize("language", ["finnish", "spanish"])
def test_a_sender_field_over_the_date_names_each_poster(language: str, layout: str) -> None:
    """The field right over each dated field, the record's first (a blank line or the
    post's subject over it), names the poster, whatever the name typed: "-" and "."
    too, where most values read as names."""
    page = threadparse.parse(_board(language, layout))
    comments = list(page.walk())
    assert [c.author for c in comments] == [who for who, _ in BOARD]
    assert [c.text.split("\n")[0] for c in comments] == [text for _, text in BOARD]


def test_a_cards_last_field_over_the_date_names_no_one() -> None:
    """A profile card's fields over each post's date ("Location: Leeds" over "Posted:
    DATE"), the card's name over them: the field next to the date is no record's."""
    out = ["Garden forum", ""]
    places = ["Leeds", "York", "Hull", "Leeds", "Bath"]
    names = ["Ann Lee", "Bob", "Cyd", "Ann Lee", "Dee"]
    for number, (name, place) in enumerate(zip(names, places, strict=True)):
        out += [name, f"Posts: {10 + number}", f"Location: {place}"]
        out += [f"Posted: Mon Mar {number + 2}, 2009 8:50 pm", ""]
        out += [f"My tomatoes are doing well this year, number {number}.", ""]
    page = threadparse.parse("\n".join(out) + "\n")
    assert [c.author for c in page.walk()] == names
