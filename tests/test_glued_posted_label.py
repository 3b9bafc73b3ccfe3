"""A classic table forum's posts, each a card of the poster's name, rank and post count
on lines of their own over a header line whose date a post icon's text is glued before
("ReplyPosted - 03/05/2024 : 15:03:44  Reply #1 Show ProfileReply with Quote",
resiliparse keeping the page's no-break spaces): the two no-break spaces after the
date's time set the controls apart as a cell's gap does (`stamps._stamp_before_controls`),
and the glued word before the posting word is an icon's, not a name: every header
reads "…Posted", the label of a date line (`templates._glued_label`), the opening
post's ("TopicPosted - DATE Show Profile…") with the replies'.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse

NB = "\xa0"

POSTS = [
    (
        "Wren_Abbot",
        "Novice Member",
        "7",
        ["My greenhouse fan stalls every evening around dusk.", "The thermostat is new."],
    ),
    (
        "Bramble",
        "Senior Member",
        "904",
        ["Check the capacitor on the fan motor first.", "They fade in damp sheds."],
    ),
    (
        "Wren_Abbot",
        "Novice Member",
        "7",
        ["Swapped the capacitor and it ran all night, thank you."],
    ),
    (
        "Quill Harrow",
        "Average Member",
        "211",
        ["Also keep the intake clear of leaves, it overheats fast."],
    ),
    (
        "Bramble",
        "Senior Member",
        "904",
        ["Glad it worked. A cheap fan guard helps with the leaves."],
    ),
]


def _page(icons: tuple[str, str], label: str, controls: str, gap: str) -> str:
    out = [
        "Potting Shed Forum",
        "Home | Profile | Register | Members | Search",
        "",
        "Author\t\tTopic",
        "",
    ]
    for number, (name, rank, count, body) in enumerate(POSTS):
        icon = icons[0] if number == 0 else icons[1]
        date = f"04/{10 + number:02d}/2023{NB}:{NB}1{number}:2{number}:05"
        tail = f"{gap}Reply #{number}{NB}{controls}" if number else f"{NB}{controls}"
        out += [name, rank, "", f"{count} Posts", f"{icon}{label}{NB}-{NB}{date}{tail}", *body, ""]
    out += ["Previous Topic | Next Topic", "Jump To:"]
    return "\n".join(out) + "\n"


def _parsed(page: str) -> list[threadparse.Comment]:
    return list(threadparse.parse(page).walk())


def test_glued_icon_text_before_posted() -> None:
    page = _page(("Topic", "Reply"), "Posted", "Show ProfileReply with Quote", NB * 2)
    comments = _parsed(page)
    assert len(comments) == len(POSTS)
    assert [c.text.split("\n")[0] for c in comments] == [body[0] for *_, body in POSTS]
    assert all(c.depth == 0 for c in comments)
    assert not any((c.author or "").endswith("Posted") for c in comments)


def test_other_icon_words_and_controls() -> None:
    page = _page(("Thread", "Answer"), "Posted", "Show ProfileReply with Quote", NB * 3)
    comments = _parsed(page)
    assert len(comments) == len(POSTS)
    assert not any((c.author or "").endswith("Posted") for c in comments)


def test_other_posting_word() -> None:
    page = _page(("Sujet", "Réponse"), "Publié", "Show ProfileReply with Quote", NB * 2)
    comments = _parsed(page)
    assert len(comments) == len(POSTS)
    assert not any((c.author or "").endswith("Publié") for c in comments)


def test_glued_label_needs_every_author() -> None:
    from threadparse.posts.templates import _glued_label

    assert _glued_label({"topicposted", "replyposted"}) == "posted"
    assert _glued_label({"topicposted", "ann lee"}) is None  # (a name among them)
    assert _glued_label({"posted"}) is None  # (the word alone: a label read otherwise)
    assert _glued_label({"ann posted", "bob posted"}) is None  # (names before a verb)


def test_one_blank_after_the_date_is_prose() -> None:
    from threadparse.posts.stamps import _stamp_before_controls

    line = f"ReplyPosted{NB}-{NB}03/05/2024{NB}:{NB}15:03:44{NB}and then the loco stalled again"
    assert _stamp_before_controls(line, None) is None
    gapped = f"ReplyPosted{NB}-{NB}03/05/2024{NB}:{NB}15:03:44{NB}{NB}Reply #1{NB}Quote"
    assert _stamp_before_controls(gapped, None) is not None
