"""A post's author printed as a name link whose text or title html2text wrapped
across lines ("###  [Ann" over "Lee](/profile/7-ann-lee/ "Go to Ann Lee's profile")"):
the name is the author when the link's title names it again, never when the title
only repeats a control's own text ("[ Post ](#p1" over "\"Post\") by")."""

from __future__ import annotations

import threadparse

POST = """\
###  [{first}
{rest}](https://boards.example.org/profile/{uid}-user/ "Go to {first} {rest}'s
profile")

Members

  * [ 1.2k posts ](https://boards.example.org/profile/{uid}-user/content/ "Posts")

{date}

{body}

"""

BODIES = [
    (
        "Hedda",
        "Marlowe",
        11,
        "I have been trying the new brush engine for a week and the "
        "pressure curve still feels wrong on my tablet.",
    ),
    (
        "Olu",
        "Bankole-Reed",
        12,
        "Did you reset the curve in the preferences after the update? "
        "Mine went back to linear without asking.",
    ),
    (
        "Hedda",
        "Marlowe",
        11,
        "That was it, thank you. The curve had been reset and I never "
        "noticed the change in the settings.",
    ),
]

WRAPPED_TEXT = "Brush pressure after the update\n\n" + "".join(
    POST.format(first=f, rest=r, uid=u, date=f"March {n + 3}, 2024", body=b)
    for n, (f, r, u, b) in enumerate(BODIES)
)

TITLE_WRAPPED = """\
Brush pressure after the update

###  [Hedda Marlowe](https://boards.example.org/profile/11-hm/ "Go to Hedda
Marlowe's profile")

March 3, 2024

I have been trying the new brush engine for a week and the pressure curve still
feels wrong on my tablet.

###  [Olu Bankole-Reed](https://boards.example.org/profile/12-obr/ "Go to Olu
Bankole-Reed's profile")

March 4, 2024

Did you reset the curve in the preferences after the update? Mine went back to
linear without asking.

###  [Ines Carvalho](https://boards.example.org/profile/13-ic/ "Go to Ines
Carvalho's profile")

March 5, 2024

Same problem here, the reset fixed it for me as well on the older tablet too.
"""

CONTROL_TITLED = """\
Brush pressure after the update

[ Post ](./viewtopic.php?p=1#p1
"Post")

March 3, 2024

I have been trying the new brush engine for a week and the pressure curve still
feels wrong on my tablet.

[ Post ](./viewtopic.php?p=2#p2
"Post")

March 4, 2024

Did you reset the curve in the preferences after the update? Mine went back to
linear without asking.
"""


def test_a_name_link_wrapped_in_its_text_names_the_author() -> None:
    page = threadparse.parse(WRAPPED_TEXT)
    assert [c.author for c in page.comments] == [
        "Hedda Marlowe",
        "Olu Bankole-Reed",
        "Hedda Marlowe",
    ]
    assert page.comments[1].text.startswith("Did you reset")


def test_a_name_link_wrapped_in_its_title_names_the_author() -> None:
    page = threadparse.parse(TITLE_WRAPPED)
    assert [c.author for c in page.comments] == [
        "Hedda Marlowe",
        "Olu Bankole-Reed",
        "Ines Carvalho",
    ]


def test_a_control_titled_by_its_own_text_names_nobody() -> None:
    page = threadparse.parse(CONTROL_TITLED)
    assert "Post" not in [c.author for c in page.walk()]
