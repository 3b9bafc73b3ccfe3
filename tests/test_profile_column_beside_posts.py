"""Post lists printed as table rows side by side (w3m): the profile column beside the
message column, so the profile's lines share text lines with the post ("Ann Lee
PostPosted: DATE", then "Joined: 23 Nov 2007  a line of the body"). The profile's
labelled date ("Joined: DATE", "Member since: DATE") comes back on every post of its
poster: a field, no post and no author. Where the header row's first line is a name
beside a field ("Ann Lee        Topic: Re: Kites") and the date is on the line under it,
that name is the author. Invented pages; a conversation of two posters whose stamps
alternate stays two posters' posts."""

from __future__ import annotations

import pytest

import threadparse

POSTERS = {
    "wren_okafor": ("12 Jan 2014", "Leeds"),
    "Mabel Strand": ("03 Mar 2009", "Whitby"),
    "pike42": ("27 Jul 2016", "Derby"),
}

POSTS = [
    ("wren_okafor", "The heron on the town sign was painted by the sign's own maker."),
    ("Mabel Strand", "Nobody at the council noticed it for eleven years, which is odd."),
    ("pike42", "Painters have hidden animals in public works for a century now."),
    ("wren_okafor", "Then the heron is in good company, and the sign can stay up."),
    ("Mabel Strand", "There is a frog carved into the courthouse ceiling in our county."),
    ("pike42", "I went to look at the frog and it is smaller than I had thought."),
]

COLUMN = 21  # the profile column's width, its gap included


def _cell(text: str) -> str:
    return f"{text:<{COLUMN}}"


def _dated_header_page(joined: str, posted: str) -> str:
    """The header row's first line names the poster beside the post's date (its
    "Post subject:" wrapped); the profile's fields stand beside the body's lines (w3m)."""
    lines = ["Sign painters and their herons", "", "       Author               Message", ""]
    for number, (name, body) in enumerate(POSTS):
        since, place = POSTERS[name]
        date = f"Mon Oct {number + 2:02d}, 2023 {number + 8}:1{number} am"
        lines += [
            f"  {_cell(name)}{posted}: {date}    Post    Reply with quote",
            f"  {_cell('')}subject:",
            f"  {_cell('')}━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
            f"  {_cell('')}{body}",
            f"  {_cell(f'{joined}: {since}')}{'So it goes.' if number % 2 else ''}",
            f"  {_cell(f'Posts: {101 + number}')}",
            f"  {_cell(f'From: {place}')}",
            "",
            f"  {_cell('Back to top')}View user's profile Send private message",
            "",
            "  _",
            "",
        ]
    return "\n".join(lines)


def _name_over_date_page(field: str, posted: str, joined: str) -> str:
    """The header row's first line names the poster beside a field; the post's date is
    on the line under it, the profile's joined date wrapped beside the body's end."""
    lines = ["Sign painters and their herons", "", "       Author                 Message"]
    for number, (name, body) in enumerate(POSTS):
        since, _ = POSTERS[name]
        day, month, year = since.split()
        lines += [
            f"     {name:<14}     {field}: Re: Sign painters and their herons",
            f"{'':22}{posted}: Sat Nov {number + 4:02d}, 2023 {number + 1}:3{number} pm",
            f"{'':22}{body}",
            f"{joined}: Sun {month} {day},",
            f"{year} 6:06 pm",
            f"Posts: {13 + number}",
            "",
            "Top                    Profile",
            "_",
        ]
    return "\n".join(lines)


@pytest.mark.parametrize(("joined", "posted"), [("Joined", "PostPosted"), ("Registered", "Sent")])
def test_a_profile_date_beside_the_body_is_no_post(joined: str, posted: str) -> None:
    page = threadparse.parse(_dated_header_page(joined, posted))
    assert [c.author for c in page.walk()] == [name for name, _ in POSTS]


@pytest.mark.parametrize(
    ("field", "posted", "joined"),
    [("Post subject", "PostPosted", "Joined"), ("Topic", "Sent", "Registered")],
)
def test_a_name_beside_a_field_over_the_date_is_the_author(
    field: str, posted: str, joined: str
) -> None:
    page = threadparse.parse(_name_over_date_page(field, posted, joined))
    assert [c.author for c in page.walk()] == [name for name, _ in POSTS]
    assert [c.text.split("\n")[0] for c in page.walk()] == [body for _, body in POSTS]


def test_the_name_beside_a_field() -> None:
    from threadparse.posts.prose import name_beside_field

    assert name_beside_field("Ann Lee        Post subject: Re: Kites") == "Ann Lee"
    assert name_beside_field("    pike42         Topic: Herons") == "pike42"
    assert name_beside_field("Ann Lee        Kites are fun") is None  # (no field)
    assert name_beside_field("Ann Lee Topic: Herons") is None  # (no gap: one cell)
    assert name_beside_field("The sign was painted in 2014      Note: it was") is None


def test_two_posters_taking_turns_stay_two_posters() -> None:
    turns = [("Ann", "Bob")[n % 2] for n in range(8)]
    lines = ["Kite club notes", ""]
    for number, name in enumerate(turns):
        lines += [
            f"{name}: May {number + 2}, 2022 9:1{number} am",
            f"The kite flew over the hill for the {number + 1}th time this spring, then fell.",
            "",
        ]
    page = threadparse.parse("\n".join(lines))
    assert [c.author for c in page.walk()] == turns
