"""A comment plugin's "Reply to NAME" line under each reply's date (an avatar, the
poster's label "Guest" / "Author", the name, "1 year ago", then "Reply to NAME" over the
body, votes and "Reply" under it): the line tells the nesting. Where the name answered
ends in an initial's full stop ("Reply to Priya N.", "Antwort auf Jo B."), the line of
four words reads as a sentence: its prose is taken off where the name is a name line of
the page (`posts.prose._unmark_reply_lines`). html2text prints a share button's icon link
(its title wrapped onto the next line) between the date and the reply line: the reply
line is looked for past such wordless links (`posts.authors._past_marks`). A body that
opens with the same words and a name, then goes on, answers nobody. Invented pages."""

from __future__ import annotations

from tests.conftest import assert_nothing_lost

import threadparse

# (name, label, age, answered, body, votes): the answered one by the name the line prints
THREAD = [
    ("Hollis Graf", "Guest", "1 year ago", None,
     "Does the glaze crawl if the bisque is dusty? Mine pulled back at the rim.", "4"),
    ("Priya N.", "Guest", "1 year ago", None,
     "Which cone did you fire the test tiles to, and how long was the hold?", "2"),
    ("Tobias Ek", "Guest", "1 year ago", "Priya N.",
     "Cone six with a ten minute hold, the slow cool made the biggest difference.", "5"),
    ("Priya N.", "Guest", "1 year ago", "Tobias Ek",
     "Thanks, I skipped the slow cool last time and the surface went matte.", "1"),
    ("Margit Olsson", "Author", "11 months ago", "Tobias Ek",
     "Agreed on the hold. I also sponge every piece before glazing now.", "3"),
    ("Rune K. 2", "Guest", "9 months ago", None,
     "Any advice for a kiln without a controller? I only have a sitter.", "0"),
    ("Margit Olsson", "Author", "8 months ago", "Rune K. 2",
     "Witness cones on every shelf, and write down each firing in a notebook.", "2"),
]  # fmt: skip

# the depth each comment should get
DEPTHS = [0, 0, 1, 2, 2, 0, 1]


def _resiliparse(reply: str, thread: list[tuple[str, str, str, str | None, str, str]]) -> str:
    """The comment section as resiliparse prints it: the name twice (the avatar's
    alternative text and the name), the reply line with its leading blank."""
    posts = []
    for name, label, age, answered, body, votes in thread:
        line = f" {reply}\u00a0 {answered}\n" if answered else ""
        posts.append(f"{name}\n{label}\n{name}\n{age}\n{line}\n{body}\n\n{votes}\nReply\n")
    return (
        "Glaze Notes\n\nWhy My Celadon Crawled\n\nMarch 4, 2024\nMargit Olsson\n\n"
        "The tiles came out of the kiln with bare patches at every rim, so I started over.\n\n"
        "Subscribe\nLogin\nNotify of\nguest\n7 Comments\nOldest\nNewestMost Voted\n"
        "Inline Feedbacks\nView all comments\n" + "".join(posts) + "\nRecent Posts\n"
    )


def _html2text(thread: list[tuple[str, str, str, str | None, str, str]]) -> str:
    """The same as html2text prints it: the avatar's picture, an icon's "__" before the
    date, the share button's link wrapped over two lines between marks, then "__  Reply
    to  NAME"."""
    posts = []
    for number, (name, label, age, answered, body, votes) in enumerate(thread):
        share = (
            f"[__](https://twitter.com/intent/tweet?text=&url=https%3A%2F%2Fglaze.example"
            f'%2F%3Fp%3D77%23comment-{501 + number}\n"Share On Twitter")'
        )
        line = f"__  Reply to  {answered}\n\n" if answered else ""
        posts.append(
            f"![{name}](https://secure.gravatar.com/avatar/{number:032d}?s=64)\n\n"
            f"{label}\n\n{name}\n\n__{age}\n\n__\n\n{share}\n\n__\n\n{line}"
            f"{body}\n\n{votes}\n\nReply\n\n"
        )
    return (
        "# Why My Celadon Crawled\n\nMarch 4, 2024\n\n"
        "The tiles came out of the kiln with bare patches at every rim, so I started over.\n\n"
        "7 Comments\n\n__\n\nOldest __\n\nNewest Most Voted\n\n__Inline Feedbacks\n\n"
        "View all comments\n\n" + "".join(posts) + "## Recent Posts\n"
    )


def _shape(page: threadparse.Page) -> list[tuple[str, int]]:
    return [(c.author or "", c.depth) for c in page.walk()]


def _expected(thread: list[tuple[str, str, str, str | None, str, str]]) -> list[tuple[str, int]]:
    return [(name, depth) for (name, *_), depth in zip(thread, DEPTHS, strict=True)]


def test_a_reply_to_a_name_closed_by_an_initial_nests() -> None:
    text = _resiliparse("Reply to", THREAD)
    page = threadparse.parse(text)
    assert _shape(page) == _expected(THREAD)
    tobias = list(page.walk())[2]
    assert tobias.text.startswith("Cone six")  # (the reply line is the header's)
    assert_nothing_lost(page, text)


def test_other_languages_reply_lines() -> None:
    for reply in ("Antwort auf", "Responder a", "Répondre à", "Rispondi a"):
        text = _resiliparse(reply, THREAD)
        page = threadparse.parse(text)
        assert _shape(page) == _expected(THREAD), reply
        assert_nothing_lost(page, text)


def test_names_closed_by_other_marks() -> None:
    renamed = {"Priya N.": "Ama O.", "Rune K. 2": "Lina 🌻"}
    thread = [
        (renamed.get(name, name), label, age, renamed.get(answered or "", answered), body, votes)
        for name, label, age, answered, body, votes in THREAD
    ]
    text = _resiliparse("Reply to", thread)
    page = threadparse.parse(text)
    assert _shape(page) == _expected(thread)
    assert_nothing_lost(page, text)


def test_html2text_reply_line_past_the_share_link() -> None:
    text = _html2text(THREAD)
    page = threadparse.parse(text)
    assert _shape(page) == _expected(THREAD)
    assert [c.text.split()[0] for c in page.walk()][2:4] == ["Cone", "Thanks,"]
    assert_nothing_lost(page, text)


def test_a_body_opening_with_reply_to_answers_nobody() -> None:
    flat = [  # (no reply lines: the second body opens with the words and a poster's name)
        (name, label, age, None, body, votes) for name, label, age, _, body, votes in THREAD
    ]
    flat[2] = (*flat[2][:4], "Reply to Priya N. was quick, thanks to everyone who asked.", "5")
    text = _resiliparse("Reply to", flat)
    page = threadparse.parse(text)
    assert _shape(page) == [(name, 0) for name, *_ in flat]
    assert list(page.walk())[2].text.startswith("Reply to Priya N. was quick")
    assert_nothing_lost(page, text)


def test_a_lone_german_reply_line_nests() -> None:
    thread = [  # (one reply on the page: no opening shared by two lines to learn it from)
        (name, label, age, answered if number == 2 else None, body, votes)
        for number, (name, label, age, answered, body, votes) in enumerate(THREAD)
    ]
    text = _resiliparse("Antwort auf", thread)
    page = threadparse.parse(text)
    assert _shape(page) == [(name, int(number == 2)) for number, (name, *_) in enumerate(thread)]
    assert_nothing_lost(page, text)


def test_lynx_reply_line_with_its_link_number() -> None:
    posts = []
    for number, (name, label, age, answered, body, votes) in enumerate(THREAD):
        line = f"    Reply to  [{20 + number}]{answered}\n\n" if answered else ""
        posts.append(
            f"   [{40 + number}]{name}\n   {label}\n   {name}\n   [{60 + number}]{age}\n"
            f"{line}   {body}\n\n   {votes}\n   [{80 + number}]Reply\n\n"
        )
    text = (
        "                            Why My Celadon Crawled\n\n   March 4, 2024\n\n"
        "   The tiles came out of the kiln with bare patches at every rim.\n\n"
        "   7 Comments\n   Oldest\n   Newest Most Voted\n   Inline Feedbacks\n"
        "   View all comments\n\n" + "".join(posts) + "Recent Posts\n"
    )
    page = threadparse.parse(text)
    assert _shape(page) == _expected(THREAD)
    assert_nothing_lost(page, text)
