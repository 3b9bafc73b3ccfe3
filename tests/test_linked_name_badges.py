"""html2text prints a name as a link and a badge of its own element after it on the
same line ("[Vittorio Sangalli](/profile/47) Autore", "[Ann Lee](/u/4) Moderator"): the
words after the link are no part of the name (`names._strip_unlinked_tails`), even
where only one poster carries them.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

COMMENT = """\
![{name}](/media/avatars/{n}.png)

[{name}](/component/profile/{n}){badge}

{age}

{body}

Reply

"""

ROWS = [
    ("Orla Finnegan", "", "3 days ago", "Did you use a polarising filter for the lake shots?"),
    ("Piet Snijder", " Author", "3 days ago", "No filter, just an early start before the wind."),
    ("Orla Finnegan", "", "2 days ago", "That explains the mirror surface. Lovely work."),
    ("Bram Otten", "", "1 day ago", "Which trail did you take down from the ridge?"),
    ("Piet Snijder", " Author", "20 hours ago", "The north one: steeper, but it is shaded."),
]


def _page(rows: list[tuple[str, str, str, str]]) -> str:
    comments = "".join(
        COMMENT.format(name=name, n=n, badge=badge, age=age, body=body)
        for n, (name, badge, age, body) in enumerate(rows)
    )
    return f"Lake walks\n\nA morning at the lake.\n\n{len(rows)} comments\n\n{comments}"


def test_a_badge_after_the_name_s_link_is_no_part_of_the_name() -> None:
    text = _page(ROWS)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in ROWS]
    assert_nothing_lost(page, text)


def test_two_words_after_the_link() -> None:
    rows = [(n, " Site Owner" if b else "", a, t) for n, b, a, t in ROWS]
    page = threadparse.parse(_page(rows))
    assert [c.author for c in page.walk()] == [name for name, *_ in ROWS]


def test_words_inside_the_link_stay() -> None:
    # the whole name is the link's text: nothing is cut
    rows = [("Orla Finnegan Author" if n == "Orla Finnegan" else n, b, a, t) for n, b, a, t in ROWS]
    page = threadparse.parse(_page(rows))
    assert next(c.author for c in page.walk()) == "Orla Finnegan Author"
