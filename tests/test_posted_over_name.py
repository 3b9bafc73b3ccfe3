"""Comments whose item line is the posting word and the date, with the poster's name alone
under it, a blank line, then the text ("• Posté le mardi 05 mars 2024 14:22" over
"xx-manon-music-xx" over the text): the name under the date is the author's, not the
body's first line, and the posting word is no name. A body of one short line under such a
header keeps its line. Invented blog, names and text, as resiliparse prints them."""

from __future__ import annotations

import pytest

import threadparse

COMMENTS = [
    ("xx-juno-music-xx", "Too lucky, my parents would not let me go this year."),
    ("kevin-rider-76", "The Saturday night set was wild, I stood right behind the left barrier."),
    ("lea-du-14", "We were in the middle near the desk, the sound was great."),
    ("chloe et ses delires", "Your photos are beautiful, above all the smoky one."),
]
WORDS = {
    "fr": ("Commentaires (4)", "Posté le mardi {day} mars 2024 14:22"),
    "en": ("Comments (4)", "Posted on Tuesday, March {day}, 2024 2:22 PM"),
}


def _page(language: str, bodies: list[tuple[str, str]], shape: str = "item") -> str:
    count, posted = WORDS[language]
    out = ["Summer festival, day two", "", "The photos of the second day are up.", "", count, ""]
    for day, (name, text) in enumerate(bodies, start=5):
        date = posted.format(day=day)
        if shape == "item":  # (resiliparse)
            out += [f"  • {date}", "", f"    {name}", "", f"    {text}"]
        elif shape == "picture":  # (w3m: the avatar's item, the date under it)
            out += ["  • [avatar]", "", f"    {date}", "", f"    {name}", "", f"    {text}"]
        elif shape == "indented":  # (inscriptis: the text indented under the name)
            out += [f"  * {date}", "", f"    {name}", "", f"      {text}"]
        else:  # (lynx: the name a numbered link, no blank line)
            out += [f"  * {date}", f"    [{day + 20}]{name}", f"    {text}"]
        out += ["    • Reply", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("language", sorted(WORDS))
@pytest.mark.parametrize("shape", ["item", "picture", "indented", "link"])
def test_the_name_under_the_posting_date(language: str, shape: str) -> None:
    page = threadparse.parse(_page(language, COMMENTS, shape))
    assert [(c.author, c.text) for c in page.walk()] == COMMENTS
    assert all(c.date is not None for c in page.walk())


def test_a_one_line_body_stays_the_body() -> None:
    """Under the date a single short line and nothing else: the comment's text."""
    bodies = [(name, "Great set") for name, _ in COMMENTS]
    text = _page("en", bodies).replace("\n\n    Great set", "")
    page = threadparse.parse(text)
    assert [c.text for c in page.walk()] == [name for name, _ in COMMENTS]
