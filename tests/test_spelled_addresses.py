"""Posters who sign with their e-mail address spelled out against harvesters ("ann at
example dot com", "bo.lee [at] example [dot] org"): the address is the name, however
many words it takes, and nothing of it is a badge (the same "at mail dot com" closing
many names is the provider's, not the template's). A manual page's user notes: each a
line of the name and the date, the note under it. Invented notes."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.lines import is_spelled_address

NOTES = [
    ("tova dot berg at mail dot com", "Remember to check the upload limit in the ini file."),
    ("Ola Lind", "The error index tells you why the upload failed, so read it first."),
    ("kim at mail dot com", "A missing form encoding gives an empty array, so set it."),
    ("bo.lee [at] example [dot] org", "Renaming the field to an array keeps all the files."),
    ("Anonymous", "The size is given in bytes here, not in kilobytes as I thought."),
    ("rune at mail dot com", "Temporary files are removed when the script ends, move them."),
]


def _notes(layout: str) -> str:
    out = ["Uploads", "", "How files sent by a form arrive in the script.", ""]
    out += ["User Contributed Notes", ""]
    for day, (name, text) in enumerate(NOTES):
        date = f"{day + 10}-Mar-2012 0{day}:31"
        if layout == "plain":  # (resiliparse, w3m: no blank line between the notes)
            out += [f"{name} {date}", text]
        elif layout == "bold":  # (html2text: the name in bold, blank lines around)
            out += [f"**{name}** {date}", "", f"` {text}", ""]
        else:  # (lynx: the date a numbered link)
            out += [f"   {name} [{day + 40}]{date}", f"   {text}", ""]
    out += ["", "add a note"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("layout", ["plain", "bold", "lynx"])
def test_a_spelled_address_names_its_note(layout: str) -> None:
    page = threadparse.parse(_notes(layout))
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _ in NOTES]
    assert all(text in c.text for c, (_, text) in zip(comments, NOTES, strict=True))


def test_what_is_a_spelled_address() -> None:
    assert is_spelled_address("tova dot berg at mail dot com")
    assert is_spelled_address("bo.lee [at] example [dot] org")
    assert is_spelled_address("kim(at)mail(dot)com")
    assert not is_spelled_address("I was at home dot com")
    assert not is_spelled_address("meet me at noon")


def test_a_one_word_name_amid_longer_ones_heads_its_post() -> None:
    """One note signed with one word ("Anonymous") among notes signed by names of
    several words: the word is that note's author, not a label, though no other note
    prints it (`posts.templates._amid_headers`)."""
    names = ["Ola Lind", "Tova Berg", "Anonymous", "Rune Dahl"]
    out = ["Uploads", "", "How files sent by a form arrive in the script.", ""]
    for day, name in enumerate(names):
        out += [f"{name} {day + 10}-Mar-2012 0{day}:31", f"Note {day}: the limit is in the ini."]
    page = threadparse.parse("\n".join(out) + "\n")
    assert [c.author for c in page.walk()] == names
