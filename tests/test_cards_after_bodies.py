"""A profile card printed after each post's body (a forum style's right-hand column that
comes last in the page's order): each post takes the card under its body, not the one
over its stamp, which is the post before's (`signatures._carded_after_bodies`)."""

from __future__ import annotations

from tests.conftest import assert_nothing_lost

import threadparse

POSTS = [
    (
        "Wren_Halloway",
        "Keeper",
        "Sat 3 Feb 2024, 10:12",
        "My hive swarmed twice this spring and I lost the queen both times.",
    ),
    (
        "dunmore",
        "Beekeeper",
        "Sat 3 Feb 2024, 11:40",
        "Check for queen cells before May, then split the colony early.",
    ),
    (
        "Wren_Halloway",
        "Keeper",
        "Sat 3 Feb 2024, 13:05",
        "Thanks, I will look on the weekend and report back.",
    ),
    (
        "Osk Talvi",
        "Moderator",
        "Sun 4 Feb 2024, 08:22",
        "A bait hive a few metres away catches most swarms, too.",
    ),
    (
        "pollen_jack",
        "Newcomer",
        "Mon 5 Feb 2024, 19:31",
        "Same here last year; the split worked for me in late April.",
    ),
]

POSTS_DE = [
    (
        "Fenja_K",
        "Imkerin",
        "Sa 3 Feb 2024, 10:12",
        "Mein Volk ist im Frühjahr zweimal geschwärmt, die Königin ist weg.",
    ),
    (
        "Brummer77",
        "Mitglied",
        "Sa 3 Feb 2024, 11:40",
        "Vor Mai nach Weiselzellen schauen und dann rechtzeitig teilen.",
    ),
    (
        "Fenja_K",
        "Imkerin",
        "Sa 3 Feb 2024, 13:05",
        "Danke, ich schaue am Wochenende nach und melde mich.",
    ),
    (
        "Hilde Saaten",
        "Moderatorin",
        "So 4 Feb 2024, 08:22",
        "Eine Fangbeute in ein paar Metern fängt die meisten Schwärme.",
    ),
]


def _page(
    posts: list[tuple[str, str, str, str]], labels: tuple[str, str, str], one_line: bool
) -> str:
    """A thread page whose cards follow the bodies: "#N", the subject, "Post by NAME »
    DATE", the buttons, the body, then the card (picture label, name, rank, fields)."""
    posts_label, joined, contact = labels
    out = [
        "Hive Talk",
        "",
        "  • Board index",
        "  • Search",
        "",
        "Swarming in spring",
        "",
        "  • 1",
        "  • 2",
        "  • Next",
    ]
    for number, (name, rank, date, body) in enumerate(posts, 1):
        out += [
            f"#{number}",
            "",
            "Re: Swarming in spring" if number > 1 else "Swarming in spring",
            "",
        ]
        out += [f"Post by {name} » {date}", "", "  • Quote", "  • Report", body, ""]
        if one_line:
            out += [
                f"{name} {rank}",
                f"{posts_label}: {40 + number} {joined}: 12 Mar 2019, 18:40 {contact}:",
            ]
        else:
            out += [
                "User avatar",
                name,
                rank,
                f"{posts_label}: {40 + number}",
                f"{joined}: 12 Mar 2019, 18:40",
                f"{contact}:",
            ]
        out += [f"Contact {name}", "Top"]
    out += ["", "Post Reply", "", "Who is online", "Users browsing this forum: no registered users"]
    return "\n".join(out) + "\n"


def _authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [comment.author for comment in page.walk()]


def _named(authors: list[str | None], posts: list[tuple[str, str, str, str]]) -> bool:
    """Each post's author holds its poster's name."""
    return len(authors) == len(posts) and all(
        author is not None and name in author
        for author, (name, *_) in zip(authors, posts, strict=True)
    )


def test_card_under_body_names_its_post() -> None:
    text = _page(POSTS, ("Posts", "Joined", "Contact"), one_line=False)
    authors = _authors(text)
    assert len(authors) == len(POSTS)
    assert _named(authors, POSTS)


def test_card_fields_on_one_line() -> None:
    text = _page(POSTS, ("Posts", "Joined", "Contact"), one_line=True)
    authors = _authors(text)
    assert len(authors) == len(POSTS)
    assert _named(authors, POSTS)


def test_card_other_language() -> None:
    text = _page(POSTS_DE, ("Beiträge", "Registriert", "Kontakt"), one_line=False)
    authors = _authors(text)
    assert len(authors) == len(POSTS_DE)
    assert _named(authors, POSTS_DE)


def test_card_over_each_stamp_stays() -> None:
    """Cards printed over each post's stamp (the usual order: the first post's card over
    its stamp too) are those posts' own: nothing moves."""
    out = ["Hive Talk", "", "Swarming in spring", ""]
    for number, (name, rank, date, body) in enumerate(POSTS, 1):
        out += [
            "User avatar",
            name,
            rank,
            f"Posts: {40 + number}",
            "Joined: 12 Mar 2019",
            "Contact:",
        ]
        out += [f"#{number}", "", f"Post by {name} » {date}", "", body, ""]
    out += ["Post Reply"]
    text = "\n".join(out) + "\n"
    authors = _authors(text)
    assert len(authors) == len(POSTS)
    assert _named(authors, POSTS)


def test_card_under_last_body_only() -> None:
    """Fields under the last body alone (a profile box of the last poster, none between
    the posts) move no name."""
    out = ["Hive Talk", "", "Swarming in spring", ""]
    for number, (name, _, date, body) in enumerate(POSTS, 1):
        out += [name, f"#{number}", "", date, "", body, ""]
    out += ["User avatar", "pollen_jack", "Posts: 45", "Joined: 12 Mar 2019", "Contact:"]
    text = "\n".join(out) + "\n"
    authors = _authors(text)
    assert _named(authors, POSTS)
