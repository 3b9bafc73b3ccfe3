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
