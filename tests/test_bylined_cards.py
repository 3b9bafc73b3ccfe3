"""Forum posts printed as a main-content dump (resiliparse's main-content mode) of a board
whose profile card stands over each post: the avatar's label, the name, the rank (twice
for a moderator, once as a badge and once as a title), the counters and the join date,
then the subject and the byline "Post by NAME »", its date's element dropped by the
converter. The byline names a line of the card again: that line is the poster, not the
rank printed twice, and not the rank under a name that joins two first names with a
lowercase word ("Pat and Sam"). (Invented pages, in three languages.)"""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse

# the words of each language's template: avatar label, counter, join label, place label,
# contact label, "Reply", the byline's label, weekdays, months
_LANGUAGES = {
    "en": (
        "User avatar",
        "Posts",
        "Joined",
        "Location",
        "Contact:",
        "Post Reply",
        "Post by",
        ("Tue", "Wed", "Thu", "Fri", "Sat"),
        ("Jan", "Feb", "Mar", "Apr", "May"),
    ),
    "de": (
        "Benutzeravatar",
        "Beiträge",
        "Registriert",
        "Wohnort",
        "Kontaktdaten:",
        "Antworten",
        "Beitrag von",
        ("Di", "Mi", "Do", "Fr", "Sa"),
        ("Jan", "Feb", "Mär", "Apr", "Mai"),
    ),
    "es": (
        "Avatar de Usuario",
        "Mensajes",
        "Registrado",
        "Ubicación",
        "Contactar:",
        "Responder",
        "Mensaje por",
        ("Mar", "Mié", "Jue", "Vie", "Sáb"),
        ("Ene", "Feb", "Mar", "Abr", "May"),
    ),
}

# (name, ranks printed under it, counter, place)
_MEMBERS = {
    "en": [
        ("Oswin_T", ["New member"], 9, "Derby"),
        ("Halvard", ["Moderator", "Moderator"], 5120, "Hull"),
        ("Pat and Sam", ["Member"], 212, "Bath"),
        ("RosaLind", ["Active member"], 733, "Ely"),
    ],
    "de": [
        ("Knut_W", ["Neues Mitglied"], 14, "Kassel"),
        ("Ottilie", ["Moderatorin", "Moderatorin"], 3310, "Trier"),
        ("Uta und Jens", ["Mitglied"], 98, "Jena"),
        ("Bernd62", ["Aktives Mitglied"], 640, "Ulm"),
    ],
    "es": [
        ("Chema_R", ["Nuevo miembro"], 7, "Soria"),
        ("Inmaculada", ["Moderadora", "Moderadora"], 4410, "Cádiz"),
        ("Ana y Luis", ["Miembro"], 305, "Teruel"),
        ("Fermín", ["Miembro activo"], 892, "Lugo"),
    ],
}

_BODIES = [
    "The damp patch around the roof hatch came back after the winter storage. "
    "The sealant outside still looks fine to me, so where does the water come in?",
    "Look for a hairline crack in the hatch frame itself before you reseal anything. "
    "Most leaks I have seen were there and not in the sealant.",
    "We paid the dealer for a damp test last spring and it found two more spots "
    "that we had never noticed. Worth every penny for the peace of mind.",
    "Hose test done with someone inside holding a torch: it comes in at the back "
    "corner of the frame, the sealant is loose there.",
    "Good find. Take your time removing the old sealant, the new one only holds "
    "on a clean and dry surface.",
    "Done this weekend, dry as a bone after two days of rain. Thanks to all of you.",
]

_ORDER = [0, 1, 2, 0, 3, 0]  # who posts each body (the index in the members' list)


def _card(language: str, member: int, day: int) -> list[str]:
    avatar, counter, joined, place, contact, _, _, weekdays, months = _LANGUAGES[language]
    name, ranks, count, town = _MEMBERS[language][member]
    return [
        avatar,
        name,
        *ranks,
        f"{counter}: {count}",
        f"{joined}: {weekdays[day % 5]} {3 + day} {months[day % 5]} 20{15 + member} 1{day}:2{day}",
        f"{place}: {town}",
        contact,
    ]


def _page(language: str, order: list[int] = _ORDER, byline: str | None = None) -> str:
    """A main-content dump of the thread, each post's byline naming its poster (or, with
    ``byline``, naming that text in every post)."""
    _, _, _, _, _, reply, label, _, _ = _LANGUAGES[language]
    title = "Roof hatch leaking after the winter storage"
    out = [title, "", reply]
    for number, member in enumerate(order):
        out += _card(language, member, number)
        name = _MEMBERS[language][member][0]
        out += ["", title if number == 0 else f"Re: {title}", ""]
        out += [f"{label} {byline or name} »", "", _BODIES[number]]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("language", sorted(_LANGUAGES))
def test_the_byline_names_the_card_s_poster(language: str) -> None:
    text = _page(language)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    names = [_MEMBERS[language][member][0] for member in _ORDER]
    assert [c.author for c in page.comments] == names
    assert [c.depth for c in page.comments] == [0] * len(_ORDER)


@pytest.mark.parametrize("language", sorted(_LANGUAGES))
def test_other_posters_in_other_orders(language: str) -> None:
    order = [3, 2, 1, 3, 1, 2]  # (the rank printed twice and the joined names, twice each)
    text = _page(language, order)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.comments] == [_MEMBERS[language][m][0] for m in order]


@pytest.mark.parametrize("language", sorted(_LANGUAGES))
def test_a_byline_naming_no_line_of_the_card_names_no_one(language: str) -> None:
    """A byline whose name no card prints (the same text under every post) is not taken
    for the poster: no post is credited to it."""
    text = _page(language, byline="Forum Team")
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert "Forum Team" not in {c.author for c in page.comments}


def test_byline_name_reads_a_label_its_by_and_the_name() -> None:
    from threadparse.lines import byline_name

    assert byline_name("Beitrag von Uta und Jens »") == "Uta und Jens"
    assert byline_name("Mensaje por [Ana y Luis](/u/3) »") == "Ana y Luis"
    assert byline_name("Ann Lee »") is None
    assert byline_name("Post by Ann » Tue 5 Mar 2024 19:22") is None  # (dated: the stamp's)
