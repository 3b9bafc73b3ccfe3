"""Old table-layout boards as converters print them (invented pages, in the shapes of
vBulletin 2, phpBB 2 and UBB topics):

- the date closes each post under its body ("Old Post DATE"), the controls right under
  it naming the poster twice ("Ann is offline  Profile for Ann  Send Ann a message"),
  the poster's name alone over the body, then the rank and the profile's fields;
- the profile cell printed beside the header cell, its name on the row's first line
  ("Ann Lee <gap> Posted: DATE Post subject:", inscriptis; "Ann Lee   PostPosted: DATE",
  w3m), a field of that column beside a body's line read by its date ("Joined: DATE");
- a header cell long only by its pictures ("posted DATE [![Profile for Ann](…)](…)"),
  the profile cell's name on the row's first line over it ("|  **Ann**", html2text)."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

POSTERS = ["Orla Vantree", "Orla Vantree", "brisk_heron", "Kell Dunmore", "brisk_heron"]
BODIES = [
    "Has anyone found where the loom vendor moved after the last patch of the game?",
    "Found him myself, he stands by the river gate now, but only in the evening.",
    "Does he still sell the silk pattern or was it moved to the other town too?",
    "He still sells it, but you need a level thirty tailor to make any use of it.",
    "The pattern also drops from the spiders by the mill, if you would rather hunt.",
]
RANKS = {
    "Orla Vantree": "Weaver of Looms",
    "brisk_heron": "Junior Member",
    "Kell Dunmore": "Member",
}


def _authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [comment.author for comment in page.walk()]


def _controls(name: str) -> str:
    return (
        f"{name} is offline Click Here to See the Profile for {name} Click here to Send "
        f"{name} a Private Message Find more posts by {name} Add {name} to your buddy list"
    )


def _footer_stamped(label: str, wrap: bool) -> str:
    """A vBulletin 2 topic: the name, the rank and the fields over each body, the date
    under it, then the controls naming the poster (wrapped at lynx's width: ``wrap``)."""
    lines = ["Loom Talk > Crafting > Loom vendor", "Author", "Thread  Post A Reply"]
    for n, (name, body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        lines += [name, RANKS[name], "", "Registered: Mar 2003", f"Posts: {10 + n}", ""]
        lines += [body, "", "Report this post to a moderator | IP: Logged", ""]
        lines.append(f"{label}03-0{n + 1}-2003 0{n + 1}:26 PM")
        controls = _controls(name)
        if wrap:
            cut = controls.index(" Click here")
            lines += [controls[:cut], controls[cut + 1 :], ""]
        else:
            lines.append(controls + " Edit/Delete Message Reply w/Quote")
    lines += ["All times are GMT. The time now is 11:02 PM.", "Forum Jump"]
    return "\n".join(lines) + "\n"


def test_date_under_body_owned_by_the_controls_under_it() -> None:
    """Each post is named by the name its controls repeat, printed alone over its body."""
    for label in ("Old Post ", ""):
        for wrap in (False, True):
            assert _authors(_footer_stamped(label, wrap)) == POSTERS, (label, wrap)


def test_header_date_with_controls_under_it_keeps_its_name() -> None:
    """A guard: the name right over its date, the body under the controls (no body
    between the name and the date): the date opens the post, as before."""
    lines = ["Loom Talk > Crafting > Loom vendor"]
    for n, (name, body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        lines += ["", name, f"Posted 03-0{n + 1}-2003 0{n + 1}:26 PM", _controls(name), "", body]
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == POSTERS
    assert all(str(c.text).strip().endswith(b) for c, b in zip(page.walk(), BODIES, strict=True))


def _side_by_side(gap: int, label: str) -> str:
    """A phpBB 2 topic as inscriptis (``gap`` wide) or w3m prints it: the profile cell
    beside the header cell, the first post's subject filled, the others' left empty."""
    lines = ["Author" + " " * gap + "Message"]
    for n, (name, body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        subject = "Loom vendor moved after the patch of the spring" if n == 0 else ""
        cell = name.ljust(18) + " " * gap
        lines.append(
            f"{cell}{label}: Mon Mar {n + 3}, 2003 3:2{n} am Post subject: {subject}".rstrip()
        )
        lines.append(RANKS[name])
        lines += ["", " " * (18 + gap) + body, ""]
        joined = f"Joined: {n + 2} Mar 2003"
        lines.append(joined if n % 2 else joined.ljust(18 + gap) + "_" * 17)
        lines += [f"Posts: {10 + n}", "Back to top", ""]
    lines += ["Display posts from previous:", "All times are GMT"]
    return "\n".join(lines) + "\n"


def test_profile_cell_beside_the_header_cell() -> None:
    """The name is the row's first cell, however wide the gap, whatever the label and
    the subject; a field of the profile column beside a body's line stamps no post."""
    for gap, label in ((90, "Posted"), (40, "Posted"), (3, "PostPosted")):
        assert _authors(_side_by_side(gap, label)) == POSTERS, (gap, label)


def _picture_controls(name: str, n: int) -> str:
    return (
        f"[Rate Member](/cgi-bin/board.cgi?ubb=get_profile&u=0000{n}) |  "
        f"![](/board/icons/icon{n}.gif) posted March {n + 3}, 2003 10:1{n} PM     "
        + "   ".join(
            f"[ ![{alt}](/board/{alt[:4].lower()}.gif)](/cgi-bin/board.cgi?ubb={alt[:4]}&u=0000{n})"
            for alt in (f"Profile for {name}", "Author's Homepage", "Send New Private Message")
        )
        + f"   [![Edit/Delete Post](/board/edit.gif)](/cgi-bin/board.cgi?ubb=edit&r=0000{n})"
    )


def _pictured_rows(bold: bool) -> str:
    """A UBB topic as html2text prints it: the row's first line the poster's name, the
    member number and the header cell on the last line of the profile cell."""
    lines = ["|  **Author** |  **Topic: Loom vendor**", "---|---"]
    for n, (name, body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        shown = f"**{name}**" if bold else name
        lines += [f"|  {shown}  ", "  ", f"Member # 40{n}  {_picture_controls(name, n)}"]
        lines += ["", "* * *", "", body, "", "* * *", "", f"Posts: **{n + 3}**  |  IP: Logged"]
        lines.append("---|---")
    lines += ["", "All times are ET (US)"]
    return "\n".join(lines) + "\n"


def test_header_cell_long_by_its_pictures() -> None:
    """The date cell is read as shown; the name opens the row over it."""
    for bold in (True, False):
        assert _authors(_pictured_rows(bold)) == POSTERS, bold


HANDLES = [
    ["Orlavant", "Orlavant", "brisk_heron", "Kelldune", "brisk_heron"],
    ["Tamsin", "quill_ox", "Tamsin", "quill_ox", "Berrow"],
]


def _lynx_controls(names: list[str]) -> str:
    """A UBB topic as lynx prints it: the header cell's first line closed by the
    profile control that names the poster, a lowercase handle reading as a sentence's
    end ("… 03:37 AM     [40]Profile for brisk_heron")."""
    lines = ["   Author Topic: Loom vendor"]
    for n, (name, body) in enumerate(zip(names, BODIES, strict=True)):
        lines += [f"   {name}", f"   Member # 40{n}", "", f"   [{4 * n + 1}]Rate Member"]
        date = f"posted March {n + 3}, 2003 0{n + 1}:37 AM"
        lines.append(f"   [icon1.gif] {date}     [{4 * n + 2}]Profile for {name}")
        lines += [
            f"     [{4 * n + 3}] Author's Homepage     [{4 * n + 4}] Send New Private Message"
        ]
        lines += ["     " + "_" * 60, "", f"   {body}", "     " + "_" * 60, ""]
        lines.append(f"   Posts: {15 + n}  |  IP: Logged")
    lines += ["", "                    All times are ET (US)"]
    return "\n".join(lines) + "\n"


def test_header_line_closed_by_a_lowercase_handle() -> None:
    """The date's line with its controls after the gap is a header, not prose."""
    for names in HANDLES:
        assert _authors(_lynx_controls(names)) == names, names


RANKED = [  # (name, rank): each rank held by one poster only
    ("Orla Vantree", "Weaver"),
    ("brisk_heron", "Spinner"),
    ("Kell Dunmore", "Dyer"),
    ("Orla Vantree", "Weaver"),
    ("Tamsin", "Carder"),
]


def _pictured_ranks(avatar: bool) -> str:
    """A phpBB 2 topic as html2text prints it: the name, its rank, the rank's picture
    (its alternative text the rank), perhaps an avatar, the fields, then the header
    cell's row ("|  | [![Post](…)](…)Posted: DATE    Post subject:  | [![Reply …")."""
    lines = ["|  Author | Message  ", "---|---  "]
    for n, ((name, rank), body) in enumerate(zip(RANKED, BODIES, strict=True)):
        lines += ["![](templates/theme/images/spacer.gif)  ", f"**{name}**  ", f"{rank}  "]
        lines.append(f"![{rank}](images/ranks/rank_{n}.gif)  ")
        if avatar:
            lines.append(f"![](images/avatars/{n}a7f.gif)  ")
        lines += ["  ", f"Joined: 1{n} May 2003  ", f"Posts: {20 + n}  ", "  "]
        lines.append(
            f"|  | [![Post](images/icon_minipost.gif)](viewtopic.php?p=5{n}#5{n})Posted: "
            f"Mon Jun {n + 2}, 2003 1{n}:31 pm    Post subject:  | "
            f"[![Reply with quote](images/icon_quote.gif)](posting.php?mode=quote&p=5{n})  "
        )
        lines += ["---|---  ", "  ", "* * *  ", "  ", f"{body}  ", "  "]
        lines.append(
            "Back to top |  | [![View user's profile](images/icon_profile.gif)]"
            f"(profile.php?mode=viewprofile&u={n})  "
        )
        lines.append("---  ")
    lines += ["Display posts from previous:  ", "All times are GMT"]
    return "\n".join(lines) + "\n"


def test_rank_over_its_picture_is_no_name() -> None:
    """A rank no other poster holds, printed over its picture, gives way to the name
    over it."""
    for avatar in (False, True):
        assert _authors(_pictured_ranks(avatar)) == [n for n, _ in RANKED], avatar


SIGNED = [  # (posters, the short name one of them signs with)
    (["Dace Holt", "Lira Moonvale", "Lira Moonvale", "Tamsin Reed", "Dace Holt"], "Lira"),
    (["Tamsin Reed", "Dace Holt", "Dace Holt", "Lira Moonvale", "Tamsin Reed"], "Dace"),
]


def _signed_short(posters: list[str], short: str) -> str:
    """A phpBB 2 topic as resiliparse prints it: the name, the rank twice, the fields,
    the header row, the body and a signature that opens with the poster's short name
    (``short``), the controls under it."""
    lines = ["Author\t\tMessage"]
    for n, (name, body) in enumerate(zip(posters, BODIES, strict=True)):
        rank = "Beguiler" if name.startswith(short) else "Enchanter"
        fields = [f"Joined: 1{len(name)} Jun 2003", f"Posts: {len(name)}2"]
        lines += [name, rank, rank, "", "", *fields]
        lines.append(
            f"PostPosted: Wed Jun 2{n}, 2003 2:3{n} am    Post subject: \t\tReply with quote"
        )
        lines += [body, "", "_________________"]
        if name.startswith(short):
            lines += [short, "My profile page", "Enchanter of the north"]
        lines += ["Back to top", "View user's profile Send private message"]
    lines += ["Display posts from previous: All Posts", "All times are GMT"]
    return "\n".join(lines) + "\n"


def test_short_signature_gives_way_to_the_full_name() -> None:
    """The signature's short name over the next post's full name, that name another
    post is told by: the full name is the author."""
    for posters, short in SIGNED:
        assert _authors(_signed_short(posters, short)) == posters, short
