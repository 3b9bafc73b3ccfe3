"""A weekday's name printed before each post's date ("星期三, 04/24/2019 - 19:42", "пт,
14.03.2021 - 19:42", "fredag, 14.03.2021 - 19:42"): the date's own, in any language a page
prints it, so the posts of a list stamped on different weekdays share one template. A
Drupal-like comment list as resiliparse prints it: the name (a note after it), the date
line, a permalink, the comment's title, its body, a reply link. Invented names and text."""

from __future__ import annotations

import pytest

import threadparse

NAMES = ["Hollin", "marta_v", "Quill Aster", "Derwin", "saffi", "Oskar Brenn"]
BODIES = [
    "The ferry timetable changed again last week, so check before you travel.",
    "We took the early boat on a weekday and it was nearly empty.",
    "Is there still a café on the pier, or did it close for good?",
    "It reopened in spring with a smaller menu and longer hours.",
    "Good to know. We will try it on the way back from the island.",
    "The evening boat is the one to take if you want to see the lights.",
]

WEEKS = {
    "chinese": ["星期三", "星期五", "星期五", "星期六", "星期二", "星期四"],
    "russian": ["ср", "пт", "пт", "сб", "вт", "чт"],
    "swedish": ["onsdag", "fredag", "fredag", "lördag", "tisdag", "torsdag"],
}
NOTES = {"chinese": " (未验证)", "russian": "", "swedish": " (ej verifierad)"}
CONTROLS = {"chinese": ("永久连接", "回复"), "russian": ("Ссылка", "Ответить"),
            "swedish": ("Permalänk", "Svara")}  # fmt: skip


def _page(language: str) -> str:
    link, reply = CONTROLS[language]
    out = ["Island ferries, a short guide", "", "Notes on the boats and the pier.", "", "评论", ""]
    for number, (name, body, day) in enumerate(zip(NAMES, BODIES, WEEKS[language], strict=True)):
        out += [f"{name}{NOTES[language]}", "", f"{day}, 04/{number + 10}/2019 - 1{number}:42", ""]
        out += [link, "", f"About the ferry {number}", "", body, "", f"  • {reply}", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("language", sorted(WEEKS))
def test_posts_dated_on_different_weekdays_are_one_list(language: str) -> None:
    page = threadparse.parse(_page(language))
    comments = list(page.walk())
    assert [c.author for c in comments] == NAMES
    assert all(c.depth == 0 for c in comments)
    assert [body in c.text for c, body in zip(comments, BODIES, strict=True)] == [True] * 6
