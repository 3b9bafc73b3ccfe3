"""A forum post's header block printed by html2text as list items of links — the
avatar's picture, the name, a post counter whose link address is long — is no body
text: the items are read as shown (their addresses are no words), so the name above
the counter stays in the post's header block."""

from __future__ import annotations

import threadparse
from threadparse.outline import OutlineNode
from threadparse.posts.prose import _prose_node
from threadparse.posts.shapes import _display

_PICTURE = (
    "https://img.talk.example.org/monthly_2024_08/"
    "imported-photo-{uid}.thumb.png.98dc6223a8119f7a7109915506497ec0.png"
)
_COUNTER = "https://talk.example.org/profile/{uid}-user/content/?type=forums_topic_post&sortby=date"
HEADER = (
    "  * [ ![{name}](" + _PICTURE + ") ](https://talk.example.org/profile/{uid}-user/)\n\n"
    "    * ###  **[{name}](https://talk.example.org/profile/{uid}-user/"
    ' "Go to {name}\'s profile")**\n\n'
    "    * Member\n"
    "      * [ __{posts}](" + _COUNTER + ' "{posts} posts")\n\n'
    "Posted May {day}, 2024\n\n"
    "{body}\n\n"
)

POSTS = [
    (
        "Runa Feld",
        31,
        5,
        "I am building a quiet editing machine and I wonder whether a tower "
        "cooler is enough, or if I should get a water cooler instead.",
    ),
    (
        "Bastian Orr",
        32,
        812,
        "A good tower cooler is enough for that processor, and it is "
        "quieter than most pumps at the same load in my experience.",
    ),
    (
        "Runa Feld",
        31,
        5,
        "Thanks, I will go with the tower cooler then and see how loud it gets when I render.",
    ),
]

PAGE = "Quiet editing build\n\n" + "".join(
    HEADER.format(name=n, uid=u, posts=c, day=20 + i, body=b)
    for i, (n, u, c, b) in enumerate(POSTS)
)


def _item(text: str) -> OutlineNode:
    return OutlineNode("*", text, 1, 3, 0, len(text), True, ())


def test_link_items_stay_in_the_header_block() -> None:
    page = threadparse.parse(PAGE)
    assert [c.author for c in page.comments] == ["Runa Feld", "Bastian Orr", "Runa Feld"]
    assert page.comments[1].text.startswith("A good tower cooler")


def test_a_counter_item_is_read_as_shown() -> None:
    counter = (
        "[ __812](https://talk.example.org/profile/32-user/content/"
        '?type=forums_topic_post&sortby=date "812 posts")'
    )
    assert not _prose_node(_item(counter))


def test_an_item_of_prose_with_a_link_is_still_prose() -> None:
    sentence = (
        "I followed [the guide](https://talk.example.org/guides/coolers) and the fan curve "
        "is much better now, thanks to everyone who answered."
    )
    assert _prose_node(_item(sentence))


ICON_LABELS = """\
Liftgate lights on the new model

[ ![](/img/avatars/s/1321/1321988.jpg?1657829068)
](/members/harrow-dale.1321988/)

[harrow_dale](/members/harrow-dale.1321988/) __ Discussion starter

212 posts · Joined 2021

#1 · Mar 20, 2025

I fitted the LED liftgate lights this weekend and they look great, easier job
than I expected.

[ ![](/img/avatars/s/1400/1400012.jpg?1657829070)
](/members/mossgrove.1400012/)

[mossgrove](/members/mossgrove.1400012/)

1,430 posts · Joined 2022

#2 · Mar 21, 2025

Do they stay on as long as the liftgate is open, or do they time out after a
few minutes?

[ ![](/img/avatars/s/1500/1500044.jpg?1657829071)
](/members/tilly-ann.1500044/)

[tilly_ann](/members/tilly-ann.1500044/)

88 posts · Joined 2023

#3 · Mar 21, 2025

Mine time out after five minutes, but that may be a setting of the dealer.

[ ![](/img/avatars/s/1321/1321988.jpg?1657829068)
](/members/harrow-dale.1321988/)

[harrow_dale](/members/harrow-dale.1321988/) __ Discussion starter

212 posts · Joined 2021

#4 · Mar 22, 2025

They stay on while it is open, I left it open for ten minutes to check it.
"""


def test_a_name_link_with_an_icon_label_names_the_link_text() -> None:
    page = threadparse.parse(ICON_LABELS)
    assert [c.author for c in page.comments] == [
        "harrow_dale",
        "mossgrove",
        "tilly_ann",
        "harrow_dale",
    ]


def test_a_label_without_an_icon_is_left_to_the_name_rules() -> None:
    assert _display("[Ann Lee](/members/ann.1/) __ Moderator") == "Ann Lee"
    assert _display("[Ann Lee](/members/ann.1/) and Bob") != "Ann Lee"
