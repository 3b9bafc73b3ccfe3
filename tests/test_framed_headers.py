"""Header lines that print the poster's name, then the same controls on every post, then
the date ("Ann Lee View profile More options Mar 14 2009, 2:05 pm", a mailing-list
archive's thread view): no word list tells the name from the controls, the page does
(the words every line ends with before its date, a name before them that changes from
line to line; one line may differ in one word, a toggle: "Hide options"). Invented
pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

THREAD = """\
Groups Home
kestrel-users
Build fails on ARM with 0.4.1
Messages 1 - 4 of 4 - Collapse all
Mirela Vasquez View profile \t\tHide options Mar 14 2009, 1:22 pm
After upgrading to 0.4.1 the build fails on our ARM boards with an illegal instruction error during the test step.
Has anyone else seen this, or is it just our toolchain?
Reply   Reply to author   Forward
Kofi Mensah View profile \t\tMore options Mar 14 2009, 2:05 pm
Same here on a Raspberry Pi, it started with 0.4.1 and the previous release builds fine.
Reply   Reply to author   Forward
jhalloran View profile \t\tMore options Mar 14 2009, 4:40 pm
It is the new checksum code, it uses an instruction the older cores do not have. A fix is on trunk.
Reply   Reply to author   Forward
Kofi Mensah View profile \t\tMore options Mar 15 2009, 9:31 am
Confirmed fixed with trunk on our boards, thanks for the quick turnaround.
Reply   Reply to author   Forward
"""  # noqa: E501

AUTHORS = ["Mirela Vasquez", "Kofi Mensah", "jhalloran", "Kofi Mensah"]


def test_the_name_before_the_controls_every_post_prints() -> None:
    page = threadparse.parse(THREAD)
    assert [c.author for c in page.walk()] == AUTHORS
    assert [c.date for c in page.walk()][1] == "Mar 14 2009, 2:05 pm"
    assert page.comments[2].text.startswith("It is the new checksum code")
    assert_nothing_lost(page, THREAD)


@pytest.mark.parametrize(
    ("controls", "shown"),
    [
        ("View profile \t\t{} options", "plain"),  # resiliparse: cells split by tabs
        ("[12]View profile [13]{} options", "lynx"),  # lynx's link numbers
        ("[View profile](/groups/profile?u=1) | {} options", "html2text"),  # Markdown links
    ],
)
def test_controls_as_each_converter_prints_them(controls: str, shown: str) -> None:
    text = THREAD
    for word in ("Hide", "More"):
        text = text.replace("View profile \t\t" + word + " options", controls.format(word))
    if shown == "html2text":
        for name in ("Mirela Vasquez", "Kofi Mensah", "jhalloran"):
            text = text.replace(f"{name} [View", f"**{name}** [View")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == AUTHORS


def test_words_no_other_line_ends_with_make_no_header() -> None:
    # each line its own words before the date: nothing repeats, nothing is read as a name
    text = THREAD.replace("Kofi Mensah View profile \t\tMore options Mar 15", "Kofi said on Mar 15")
    text = text.replace("jhalloran View profile \t\tMore options", "jhalloran replied to everyone")
    page = threadparse.parse(text)
    assert "Kofi said" not in {c.author for c in page.walk()}
    assert "jhalloran replied to everyone" not in {c.author for c in page.walk()}
