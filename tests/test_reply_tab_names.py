"""A forum whose name line prints a member's handle, full name and title in adjacent
spans, glued ("hpalmerHenrietta Palmer", "dwoodDerek WoodRegular"), and on replies a
tab naming the member answered (their handle alone, perhaps after a bullet) between
the name line and the date (Discourse's post header, as the converters print it).

- The handle glued to a display name is cut off it where the page prints the handle
  apart, on a line of its own (a reply's tab, a quote's "hpalmer:"):
  `reading._unglue_handles`. A name with a capital inside ("MacKenzie Hall") that
  never stands apart stays whole.
- The tab right over the date is no author: the line over it, which other posts
  print right over their dates, names the post (`reading._over_reply_tabs`).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

# (name line, reply tab or "", date, body)
POSTS = [
    (
        "hpalmerHenrietta Palmer",
        "",
        "Jun 3",
        "My shed roof felt lifts along the ridge every time the wind picks up, nailed twice.",
    ),
    (
        "dwoodDerek WoodRegular",
        "",
        "Jun 3",
        "Clout nails alone will not hold in a gale. Use felt adhesive on the overlap.",
    ),
    (
        "hpalmerHenrietta Palmer",
        "dwood",
        "Jun 4",
        "Thanks, I will get a tin of adhesive at the weekend and redo the overlap.",
    ),
    (
        "okafor_tTunde OkaforLeader",
        "",
        "Jun 4",
        "Also check the battens under the ridge. If they are soft nothing grips.",
    ),
    (
        "sallyb",
        "",
        "Jun 5",
        "I had the same trouble and switched to shingles. Much quieter in the rain.",
    ),
    (
        "dwoodDerek WoodRegular",
        "hpalmer",
        "Jun 6",
        "Warm the felt in the sun first so it lies flat before you glue it down.",
    ),
    (
        "hpalmerHenrietta Palmer",
        "okafor_t",
        "Jun 9",
        "The battens were fine, the adhesive did it. Two storms since, nothing lifted.",
    ),
]
AUTHORS = ["hpalmer", "dwood", "hpalmer", "okafor_t", "sallyb", "dwood", "hpalmer"]


def _page(posts: list[tuple[str, str, str, str]], tab: str = "", pad: str = "") -> str:
    """The thread in resiliparse's form (``pad`` and ``tab``'s bullet: w3m's,
    inscriptis's indentation)."""
    out = ["Garden Sheds Community", "", "Roof felt keeps lifting at the ridge", "", "Sheds"]
    for name, answered, date, body in posts:
        out += [f"{pad}{name}"]
        if answered:
            out += [f"{pad}{tab}{answered}"]
        out += [f"{pad}{date}", "", f"{pad}{body}", "", f"{pad}Reply", ""]
    out += ["Suggested Topics", ""]
    return "\n".join(out)


@pytest.mark.parametrize(("tab", "pad"), [("", ""), ("●", ""), ("", "    ")])
def test_the_handle_names_the_post_not_the_tab(tab: str, pad: str) -> None:
    text = _page(POSTS, tab, pad)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == AUTHORS


def test_a_title_after_a_space_and_no_tabs() -> None:
    """The title printed after a space (inscriptis), the handles printed apart only in
    a quote's "NAME:" line."""
    posts = [(n.replace("WoodRegular", "Wood Regular"), "", d, b) for n, _, d, b in POSTS]
    posts[5] = (posts[5][0], "", posts[5][2], "hpalmer:\n\n" + posts[5][3])
    posts[6] = (posts[6][0], "", posts[6][2], "okafor_t:\n\n" + posts[6][3])
    posts[2] = (posts[2][0], "", posts[2][2], "dwood:\n\n" + posts[2][3])
    text = _page(posts)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == AUTHORS


def test_a_capital_inside_a_name_never_printed_apart() -> None:
    posts = [
        ("MacKenzie Hall", "", "Jun 3", POSTS[0][3]),
        ("Derek Wood", "", "Jun 3", POSTS[1][3]),
        ("MacKenzie Hall", "", "Jun 4", POSTS[2][3]),
        ("DeVries Okafor", "", "Jun 4", POSTS[3][3]),
    ]
    text = _page(posts)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == [p[0] for p in posts]


def test_a_name_glued_to_its_rank_picture_text() -> None:
    """w3m glues the name to its rank badge's alternative text ("Petra K.Senior
    member"); the name stands apart on the page (the list of posters under it)."""
    ranks = {"Petra K.": "Senior member", "olek_w": "New member", "Bram": "Beekeeper"}
    names = ["Petra K.", "olek_w", "Petra K.", "Bram", "olek_w"]
    posts = [(n + ranks[n], "", POSTS[i][2], POSTS[i][3]) for i, n in enumerate(names)]
    text = _page(posts) + "\nIn this topic\n\nPetra K.\n\nolek_w\n\nBram\n"
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == names
