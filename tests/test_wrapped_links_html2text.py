"""html2text wraps at 78 columns inside a link's text, its target and its title, and
keeps a long target on one line however long: comment pages whose stamps and headers
are read only once the lines a link was wrapped over are read as one. A date line that
closes each body with a control whose text was wrapped ("DATE [Reply to this" over
"comment](…)"), under a header "[Comment](…) from:" over the name; a bar of controls
whose age is in a wrapped link ("Like · Reply · 48 ·" over "[5y](…", "… · [38" over
"wk](…"), under a name that a linked avatar, long by its targets only, stands over; a
bar closed by a reply link wrapped in its target and title, under names wrapped after
"In reply to"; a journal's number over a heading's marks, an avatar and a header line
wrapped in its date's link. Invented pages."""

from __future__ import annotations

import threadparse


def _authors(text: str) -> list[str | None]:
    return [c.author for c in threadparse.parse(text).walk()]


SITE = "http://blog.example.org/index.php/notes/2014/04/21/a-long-post-title-about-"

FROM_HEADERS = f"""\
#### Comments, Pingbacks:

[Comment]({SITE}
something#c398 "Permanent link to this comment") from:
Nadia Ferrante [Visitor]

The cap trick works. I had been putting off the job for a year and it took me
twenty minutes last night with a cap and a drill bit.

04/22/14 @ 07:31 pm [Reply to this
comment]({SITE}
something?reply_ID=398&redir=no#c398)

[Comment]({SITE}
something#c402 "Permanent link to this comment") from:
[Owen Brightwater](http://blog.example.org/?disp=user&user_ID=1)
[Member]

Glad it worked! The cap is honestly better than a cheap laser, which is
usually less aligned than the thing you are trying to fix with it.

04/22/14 @ 09:17 pm [Reply to this
comment]({SITE}
something?reply_ID=402&redir=no#c402)

[Pingback]({SITE}
something#c407 "Permanent link to this comment") from:
[A Blog About Dark
Skies](http://darkskies.example.com/2014/04/23/weekend-links/)
[Visitor]

[...] the clearest guide I have read, with nothing but a cap, a drill and
some patience, and I will be pointing everyone at it from now on [...]

04/23/14 @ 06:20 am

[Comment]({SITE}
something#c410 "Permanent link to this comment") from:
Siobhan Keller [Visitor]

Did the same last week. The only tool I had to buy was the drill bit, and I
already wanted one of those anyway for other jobs around the house.

04/23/14 @ 11:02 am [Reply to this
comment]({SITE}
something?reply_ID=410&redir=no#c410)

#### Leave a comment
"""


def test_from_headers_wrapped_in_their_links() -> None:
    assert _authors(FROM_HEADERS) == [
        "Nadia Ferrante",
        "Owen Brightwater",
        "A Blog About Dark Skies",
        "Siobhan Keller",
    ]


HEADED = (
    FROM_HEADERS.replace("\n[Comment](", "\n#### [Comment](")
    .replace(" pm [Reply to", " pm[Reply to")
    .replace(" am [Reply to", " am[Reply to")
)


def test_from_headers_as_headings_dates_glued_to_the_link() -> None:
    assert _authors(HEADED) == [
        "Nadia Ferrante",
        "Owen Brightwater",
        "A Blog About Dark Skies",
        "Siobhan Keller",
    ]


AVATAR = (
    "https://cdn.example.net/v/t1.0-1/p48x48/2451858518483062_n.jpg?cat=1018&ht=cdn&oh=7c1e2451"
)
ARTICLE = "https://www.courier.example.com/news/2019/03/footbridge-closure-river-"


def _fb_comment(name: str, line: str, body: str, bar: str, number: int) -> str:
    return f"""\
[![]({AVATAR})](https://social.example.com/{name.replace(" ", ".").lower()})

__

[{name}](https://social.example.com/{name.replace(" ", ".").lower()})

{line}

{body}

{bar}
[5y]({ARTICLE}
lane?comment_id=236274112346053_38987846597{number})

"""


BARS = (
    "## Comments\n\n3 comments\n\n"
    + _fb_comment(
        "Gwen Ashby",
        "Millbrook, United Kingdom",
        "Forty years I have walked that bridge to the bakery. A closure means a detour\n"
        "for anyone without a car, and the council knows it.",
        "Like · Reply · __48 ·",
        1,
    )
    + _fb_comment(
        "Tobias Wren",
        "Works at Millbrook Borough Council",
        "They did ask. The bus company said the turning circle at the bottom of the\n"
        "lane is too tight for the new buses. The minutes are on the council site.",
        "Like · Reply · __12 ·",
        2,
    )
    + _fb_comment(
        "Declan Moore",
        "Lives in Millbrook",
        "Then they should send a minibus. It is not rocket science, and the old one\n"
        "is still parked behind the depot doing nothing.",
        "Like · Reply · __31 ·",
        3,
    )
    + "Add a comment...\n"
)


def test_bars_with_their_age_wrapped_in_a_link() -> None:
    assert _authors(BARS) == ["Gwen Ashby", "Tobias Wren", "Declan Moore"]


POST = "/2021/09/12/three-days-on-the-cairngorms-loop-with-bags.html?hashover-reply"

LIKES = f"""\
Three days on the loop

We rode the loop in September with full bags, two nights out and one in a bothy.

5 Comments

1[Lena Fisk](https://lenafisk.example.net "Lena Fisk")

Lovely write-up and the photos from the plateau are stunning. How did the
frame bag hold up in that much rain? Mine leaks at the zip after an hour.

2 years ago 3 Likes Like [Reply]({POST}
=c1#hashover-reply-c1 "Reply to comment - Lena Fisk will be notified via
e-mail")

1[Owen Marsh](https://twowheelsnorth.example.org/ "Owen Marsh") In reply to
Lena Fisk

It leaked too. Everything inside went into a dry bag first, which is the only
reason the stove and the spare socks survived.

2 years ago 1 Like Like [Reply]({POST}
=c1r1#hashover-reply-c1r1 "Reply to comment - Owen Marsh is not subscribed to
e-mail notifications")

2Anonymous

What gearing did you run? The climb out of the glen looks brutal on the
elevation profile, and I have only a triple on the old tourer.

2 years ago Like [Reply]({POST}
=c2#hashover-reply-c2 "Reply to comment - Anonymous is not subscribed to
e-mail notifications")

3Bettina Kahl

Midges were bad only in the two glens with no wind at all, the rest was fine
and the bothy was empty both nights we passed it.

1 year ago Like [Reply]({POST}
=c3#hashover-reply-c3 "Reply to comment - Bettina Kahl will be notified via
e-mail")

Post a comment
"""


def test_bars_closed_by_a_reply_link_wrapped_in_its_target() -> None:
    comments = list(threadparse.parse(LIKES).walk())
    assert [c.author for c in comments] == ["Lena Fisk", "Owen Marsh", "Anonymous", "Bettina Kahl"]
    assert [c.depth for c in comments] == [0, 1, 0, 0]


def _journal(number: int, name: str, user: int, day: str, body: str) -> str:
    return f"""\
#{number}

####
![](https://www.gravatar.com/avatar/b6d767d2f8ed5d21a44b0e5886680cb{number}?rating=PG&size=24&default=identicon)
Von [{name}](/users/{user}) vor [etwa 2
Jahren](/projects/kontor/activity?from=2022-03-{day} "{day}.03.2022 13:22")
aktualisiert

{body}

"""


_BODIES = (
    "Klingt sinnvoll, das wurde auf der letzten Runde auch schon\n"
    "gewünscht. Frage vorab: monatsgenau oder tagesgenau?",
    "Bei uns steht in der Beitragsordnung: Eintritt bis zum 15. zählt der volle\n"
    "Monat, danach ab dem Folgemonat.",
    "Monatsgenau reicht. Wichtiger wäre mir, dass man es pro Beitragsart\nabschalten kann.",
)
JOURNALS = (
    "### Historie\n\n"
    + _journal(1, "Jonas Wehrle", 9, "14", _BODIES[0])
    + _journal(2, "Kai-Uwe Fenske", 57, "15", _BODIES[1])
    + _journal(3, "Dörte Lindqvist", 102, "16", _BODIES[2])
    + "### Auch abrufbar als\n"
)


def test_journal_headers_under_an_avatar_and_a_heading() -> None:
    assert _authors(JOURNALS) == ["Jonas Wehrle", "Kai-Uwe Fenske", "Dörte Lindqvist"]


ARTICLE_PATH = "/remont-i-strojka/287-uteplenie-staroj-verandy#comment-"


def _numbered_header(score: str, number: int, anchor: int, name: str, date: str) -> str:
    """A header line as html2text wraps it at 78 columns: inside the name, or right
    before the date, as the name's length falls."""
    words = f"{score} [#{number}]({ARTICLE_PATH}{anchor}) {name} {date}".split(" ")
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > 78:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def _jcomment(score: str, number: int, anchor: int, name: str, date: str, body: str) -> str:
    header = _numbered_header(score, number, anchor, name, date)
    return f"""\
![](/components/com_jcomments/images/no_avatar.png)

{header}

{body}

Ответить | Ответить с цитатой | Цитировать | Пожаловаться

"""


NUMBERED = (
    "### Комментарии\n\n"
    + _jcomment("+5", 1, 3141, "Валерий К.", "10.03.2021 11:47", "Спасибо за подробный разбор.")
    + _jcomment("+3", 2, 3, "Геннадий Шарапов", "10.03.2021 12:30", "В пол 150 мм в два слоя.")
    + _jcomment("+1", 3, 2, "Валерий К.", "10.03.2021 13:05", "Понял, спасибо. Чем крепили?")
    + _jcomment("0", 4, 1, "Геннадий Шарапов", "10.03.2021 14:22", "Степлером и поверх рейкой.")
    + _jcomment("+4", 5, 3143, "Надежда", "12.03.2021 19:55", "А стены тоже утепляли?")
    + "### Добавить комментарий\n"
)


def test_numbered_headers_wrapped_before_their_dates() -> None:
    assert "Валерий К.\n10.03.2021 13:05" in NUMBERED  # (the wrap falls before the date)
    assert "Валерий\nК. 10.03.2021 11:47" in NUMBERED  # (or inside the name)
    assert _authors(NUMBERED) == [
        "Валерий К.",
        "Геннадий Шарапов",
        "Валерий К.",
        "Геннадий Шарапов",
        "Надежда",
    ]
