"""Board posts whose header block prints the poster's card, then the post's subject right
over its stamp, the stamp naming no one ("« on: DATE »", "« Reply #1 on: DATE »"): the
replies' subject carries a reply mark ("Re: …", "Aw: …", "Odp: …") that keeps it from
reading as a sentence, the opening post's is the bare title, which does read as one. It
is the subject line of the same header block all the same: the opening post's name is
read over it as the replies' are over theirs. A title over a byline that names the
poster ("by Ann - DATE") stays as it was read. (Invented pages, in three languages.)"""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse
from threadparse.outline import OutlineNode
from threadparse.posts.prose import _prose_node, _unmark_opening_subject

# each language's template: the status, the counter's label, the reply mark, the
# opening post's stamp and a reply's (number, date), the controls, months
_LANGUAGES = {
    "en": (
        "Offline",
        "Posts",
        "Re:",
        "« on: {date} »",
        "« Reply #{n} on: {date} »",
        ("Quote", "Report to moderator   Logged"),
        "{d} March 2024, {h}:14:05",
        "the varnish of my rowing boat keeps lifting along the keel every spring",
    ),
    "de": (
        "Offline",
        "Beiträge",
        "Aw:",
        "« am: {date} »",
        "« Antwort #{n} am: {date} »",
        ("Zitieren", "Moderator informieren   Gespeichert"),
        "{d}. März 2024, {h}:14:05",
        "der lack auf meinem ruderboot blättert jedes frühjahr vom kiel wieder ab",
    ),
    "es": (
        "Desconectado",
        "Mensajes",
        "Re:",
        "« en: {date} »",
        "« Respuesta #{n} en: {date} »",
        ("Citar", "Reportar al moderador   En línea"),
        "{d} Marzo 2024, {h}:14:05",
        "el barniz de mi bote de remos se levanta en la quilla cada primavera",
    ),
}

# (name, the card's lines under it: rank, post group, stars, the personal text)
_MEMBERS = [
    ("Torvald_K", ["Jr. Member", "**", "Wooden sculls, river Ouse"]),
    ("Marisol", ["Global Moderator", "Hero Member", "*****"]),
    ("fen_rower", ["Full Member", "***"]),
    ("Olwen B.", ["Sr. Member", "****", "Wooden boats only"]),
]

_BODIES = [
    "I sand it back every autumn and give it four coats, but the keel still peels.",
    "Check whether water sits in the bilge over the winter, that lifts it from inside.",
    "Use a two-part primer on the bare wood first and let it cure for a full week.",
    "I had the same trouble until I stored the boat upside down on trestles.",
    "The bilge was wet indeed, I will dry it out before the next coat.",
    "A small fan in the boathouse helps too, the air never moves in there.",
    "Trestles are cheap, mine cost less than one tin of good varnish.",
    "Marine varnish, not the yacht varnish from the hardware shop, it stays soft.",
    "Thanks, all of you, the keel has held since March and the boat is back out.",
]

_ORDER = [0, 1, 2, 3, 0, 1, 2, 3, 0]  # the posters, post by post


def _card(lang: str, member: int, indent: str) -> list[str]:
    """A poster's card in resiliparse's bullets: status and name, rank, stars, counter."""
    status, counter = _LANGUAGES[lang][:2]
    name, lines = _MEMBERS[member]
    card = [f"{status} {name}", ""] + [f"{indent}• {line}" for line in lines[:-1]]
    card += [f"{indent}• {counter}: {100 * member + 58}", f"{indent}• {lines[-1]}"]
    return [*card, f"{indent}  • Email"]


def _page(lang: str) -> tuple[str, list[str]]:
    """An SMF-like thread page (resiliparse), and its posters in order."""
    _, _, mark, first, reply, (quote, closing), date, title = _LANGUAGES[lang]
    title = title[0].upper() + title[1:]
    out = ["Rowing Club Forum", "", f"  • {title}", "Pages: [1]   Go Down", ""]
    for number, member in enumerate(_ORDER):
        out += _card(lang, member, "  ")
        stamp_date = date.format(d=5 + number, h=10 + number)
        if number == 0:
            out += [title, first.format(date=stamp_date)]
        else:
            out += [f"{mark} {title}", reply.format(n=number, date=stamp_date)]
        out += [f"  • {quote}", _BODIES[number], closing, ""]
    out += ["Pages: [1]   Go Up", ""]
    return "\n".join(out), [_MEMBERS[m][0] for m in _ORDER]


def _inscriptis(lang: str) -> tuple[str, list[str]]:
    """The same page as inscriptis prints it: the card's name alone (its status a
    picture), its items indented, blank lines around the subject."""
    _, counter, mark, first, reply, (quote, closing), date, title = _LANGUAGES[lang]
    title = title[0].upper() + title[1:]
    out = ["Rowing Club Forum", "", "Pages: [1] Go Down", ""]
    for number, member in enumerate(_ORDER):
        name, lines = _MEMBERS[member]
        out += [f"    {name}", ""] + [f"      * {line}" for line in lines]
        out += [f"      * {counter}: {100 * member + 58}", ""]
        stamp_date = date.format(d=5 + number, h=10 + number)
        subject = title if number == 0 else f"{mark} {title}"
        stamp = (
            first.format(date=stamp_date)
            if number == 0
            else reply.format(n=number, date=stamp_date)
        )
        out += [f"        {subject}", "", f"          {stamp}", f"        * {quote}"]
        out += [f"        {_BODIES[number]}", f"      {closing}", ""]
    return "\n".join(out), [_MEMBERS[m][0] for m in _ORDER]


_CASES = [(_page, lang) for lang in sorted(_LANGUAGES)] + [(_inscriptis, "es")]


@pytest.mark.parametrize(("shape", "lang"), _CASES)
def test_the_opening_post_is_named_over_its_bare_subject(shape: object, lang: str) -> None:
    text, names = shape(lang)  # type: ignore[operator]
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    comments = list(page.walk())
    assert [c.author for c in comments] == names
    assert [c.text for c in comments] == _BODIES


def test_a_title_over_a_byline_that_names_the_poster_stays_its_header() -> None:
    """A title over "by NAME - DATE" (the replies' "Re: TITLE" over theirs): the byline
    names the poster; the title is not read as the subject of a card's header block."""
    title = "Which quadrat size should our group use for the meadow transect?"
    names = ["Priya N.", "Helen Marsh", "Priya N.", "Tobias L.", "Helen Marsh"]
    out = ["Field Methods", "", "  1. Home", "  2. Week 6 forum", f"  3. {title}", ""]
    out += ["Week 6 forum", "", title, "", "Pin"]
    for number, name in enumerate(names):
        subject = title if number == 0 else f"Re: {title}"
        out += [f"Picture of {name}", subject]
        out += [f"by {name} - Sunday, {14 + number} March 2021, 1:22 PM", " ", ""]
        out += ["Hi all,", "", _BODIES[number], "", " "]
        out += ["Permalink | Show parent | Edit | Delete | Reply"]
    text = "\n".join(out) + "\n"
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    comments = list(page.walk())
    assert [c.author for c in comments] == names
    assert [c.text.split("\n\n")[1] for c in comments] == _BODIES[: len(names)]


def _nodes(texts: list[str]) -> list[OutlineNode]:
    """Lines as the post finder reads them, one node each."""
    return [OutlineNode(None, text, n, 0, 0, len(text), False) for n, text in enumerate(texts)]


@pytest.mark.parametrize("named", [False, True])
def test_the_bare_title_is_the_header_only_over_a_stamp_naming_no_one(named: bool) -> None:
    """The title's line loses its prose over "« on: DATE »" (the name over it, in the
    card), not over a byline that names the poster ("by Ann - DATE")."""
    title = "Which quadrat size should our group use for the meadow transect?"
    texts: list[str] = []
    for number, name in enumerate(["Priya N.", "Helen Marsh", "Priya N.", "Tobias L."]):
        date = f"{14 + number} March 2021, 1:22 PM"
        texts += [name, title if number == 0 else f"Re: {title}"]
        texts += [f"by {name} - Sunday, {date}" if named else f"« on: {date} »"]
        texts += [_BODIES[number]]
    flat = _nodes(texts)
    prose = [_prose_node(node) for node in flat]
    assert prose[1]  # (the title reads as a sentence)
    _unmark_opening_subject(flat, prose)
    assert prose[1] is named


def _html2text(lang: str) -> tuple[str, list[str]]:
    """The same page as html2text prints it: the name's heading broken over lines (its
    marks, the status picture, the profile link with its title wrapped), each subject a
    heading's link whose text is wrapped onto the next line, the stamp's label bold."""
    status, counter, mark, first, reply, (quote, closing), date, title = _LANGUAGES[lang]
    title = title[0].upper() + title[1:]
    words = title.split()
    site = "https://rowing.example.org/index.php"
    out = ["# Rowing Club Forum", "", "Pages: [1] [Go Down](#lastPost)", "", "* * *", ""]
    for number, member in enumerate(_ORDER):
        name, lines = _MEMBERS[member]
        out += ["####", f"![{status}]({site}/img/useroff.gif)"]
        out += [f'[{name}]({site}?action=profile;u={member + 40} "View', f'profile of {name}")', ""]
        out += [f"  * {line}" for line in lines]
        out += [f"  * {counter}: {100 * member + 58}", ""]
        subject = title if number == 0 else f"{mark} {title}"
        cut = len(subject.split()) - 2
        head, tail = " ".join(subject.split()[:cut]), " ".join(subject.split()[cut:])
        out += [f"#####  [{head}", f"{tail}]({site}?topic=7.msg{number}#msg{number})", ""]
        stamp_date = date.format(d=5 + number, h=10 + number)
        stamp = (
            first.format(date=stamp_date)
            if number == 0
            else reply.format(n=number, date=stamp_date)
        )
        label, _, rest = stamp.partition(": ")
        out += [f"{label[:2]}**{label[2:]}:** {rest}", ""]
        out += [f"  * [{quote}]({site}?action=post;quote={number})", ""]
        out += [
            _BODIES[number],
            "",
            f"[{closing}]({site}?action=report;msg={number})",
            "",
            "* * *",
            "",
        ]
    assert words  # (the title has words to wrap)
    return "\n".join(out), [_MEMBERS[m][0] for m in _ORDER]


@pytest.mark.parametrize("lang", sorted(_LANGUAGES))
def test_a_wrapped_subject_heading_keeps_its_reply_mark(lang: str) -> None:
    """html2text wraps each subject's link over two lines: its first piece ("#####  [Re:
    The varnish of my …") is read as shown, a labelled subject, no sentence that would
    end the header block under it, its name unread."""
    text, names = _html2text(lang)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    comments = list(page.walk())
    assert [c.author for c in comments] == names
    assert [c.text.split("\n\n")[0] for c in comments] == _BODIES  # (the report link aside)


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("#####  [Re: The varnish of my rowing boat keeps lifting along the", False),
        ("###  [Aw: Der Lack auf meinem Ruderboot blättert jedes Frühjahr", False),
        ("[the guide we wrote last winter says to sand the keel back to bare", True),
        ("#####  [the varnish of my rowing boat keeps lifting along the keel", True),
    ],
)
def test_the_opening_piece_of_a_wrapped_link_is_read_as_shown(line: str, prose: bool) -> None:
    """A line that opens a link and ends inside its text: its words are the link's; a
    reply mark opening them is a label again (no sentence), a sentence stays one."""
    assert _prose_node(_nodes([line])[0]) is prose
