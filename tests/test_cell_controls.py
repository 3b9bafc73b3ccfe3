"""Header cells that print the poster's controls after the date (invented pages, in the
shapes converters print an old table-layout board): "posted March 3, 2003 10:12 PM
   Profile for Ann   Author's Homepage   Send New Private Message   Reply With Quote".

- resiliparse prints the cell on one line, too long to read whole: the stamp is read
  up to the wide gap after its date, on three rows at least;
- the controls name the poster again ("Profile for Ann"): the name over the stamp that
  the row prints after its date is the author's, however many posts that poster wrote
  (a frequent poster's name is printed in most blocks, as a template's line is)."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

POSTERS = [  # (name, member number): one poster writes most posts
    ("Orwin Tallmoss", "4121"),
    ("Orwin Tallmoss", "4121"),
    ("Orwin Tallmoss", "4121"),
    ("brisk_heron", "77"),
    ("Kell Dunmore", "902"),
]
BODIES = [
    "Has anyone found where the loom vendor moved after the last patch of the game?",
    "Found him myself, he stands by the river gate now, but only in the evening.",
    "One more question, does he still sell the silk pattern or was it moved too?",
    "He still sells it, but you need a level thirty tailor to make any use of it.",
    "The pattern also drops from the spiders by the mill, if you would rather hunt.",
]
LYNX_POSTERS = [("Tallmoss", "4121")] * 3 + [("Heronsby", "77"), ("Kell", "902")]
CONTROLS = ["Author's Homepage", "Send New Private Message", "Edit/Delete Post"]


def _resiliparse_topic(gap: str) -> str:
    """A UBB-style topic as resiliparse prints it: the profile cell's lines (name,
    member number, rating link), the header cell on one line (the date, then the
    controls after no-break spaces), the body, the post count under it."""
    lines = ["Post New Topic  Post A Reply", "Author \t\tTopic: Loom vendor"]
    for n, ((name, member), body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        controls = gap.join([f"Profile for {name}", *CONTROLS, "Reply With Quote"])
        date = f"posted March {n + 3}, 2003 10:1{n} PM"
        lines += [name, "", "", f"Member # {member}", "", "Rate Member", ""]
        lines += [f"\t\t{date}{gap}{controls}", body, f"Posts: {15 + n}  |  IP: Logged"]
    lines += ["", "All times are ET (US)", "Powered by a board"]
    return "\n".join(lines) + "\n"


def _lynx_topic() -> str:
    """The same topic as lynx prints it: the header cell wrapped over three lines, the
    first closed by the profile control that names the poster."""
    lines = ["   Author Topic: Loom vendor"]
    for n, ((name, member), body) in enumerate(zip(LYNX_POSTERS, BODIES, strict=True)):
        lines += [f"   {name}", f"   Member # {member}", "", f"   [{3 * n + 1}]Rate Member"]
        lines.append(
            f"   [icon1.gif] posted March {n + 3}, 2003 10:1{n} PM     [9{n}]Profile for {name}"
        )
        lines += [f"    [{n}1] Author's Homepage     [{n}2] Send New Private Message", ""]
        lines += ["   " + "_" * 60, "", f"   {body}", "   " + "_" * 60, ""]
        lines.append(f"   Posts: {15 + n}  |  IP: [{n}3]Logged")
    lines += ["", "   All times are ET (US)"]
    return "\n".join(lines) + "\n"


def test_a_header_cell_too_long_to_read_whole_stamps_up_to_its_controls() -> None:
    for gap in (" \xa0\xa0\xa0 ", "     "):
        text = _resiliparse_topic(gap)
        page = threadparse.parse(text)
        assert [c.author for c in page.walk()] == [name for name, _ in POSTERS]
        assert [c.text.split("\n")[0] for c in page.walk()] == BODIES
        assert_nothing_lost(page, text)


def test_the_controls_after_the_date_name_the_frequent_poster() -> None:
    text = _lynx_topic()
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _ in LYNX_POSTERS]
    assert_nothing_lost(page, text)
