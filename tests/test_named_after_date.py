"""Headers that name their author after the date ("Le lundi 10 septembre 2012, 22:03 par
Ann", "Posted on May 3, 2021 by Ann Lee"), or after "de" as a Spanish forum prints it
("de Pablo Ruiz - domingo, 22 de febrero de 2015, 18:40"); weekdays of five more
languages before a date; a time after a date's comma read whole ("…, 22:03", not
"…, 22:0"); dates after "since" ("Member since …") and bylines that count the comments
("By Ann Oct. 25, 2010, 1:37pm PT 16 Comments") read as no comment's header. And a
forum that prints a picture, a subject and "by NAME - DATE" over each post (Moodle's
shape), whose bodies end in a bar of controls: headers over bodies, not signatures under
them, the last post's list included; html2text wraps its header over three lines.
Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.dates import date_extent, find_date


@pytest.mark.parametrize(
    "line, date",
    [
        ("Le lundi 10 septembre 2012, 22:03 par Gégé", "lundi 10 septembre 2012, 22:03"),
        ("by Helen M - Sunday, 14 March 2021, 2:05 PM", "Sunday, 14 March 2021, 2:05 PM"),
        ("lundi 7 octobre 2019 à 20h12, par Jean", "lundi 7 octobre 2019 à 20h12"),
        ("martes, 3 de marzo de 2020, 09:15", "martes, 3 de marzo de 2020, 09:15"),
        ("Ann 19. Juni 2018 um 15:28 Uhr - Antworten", "19. Juni 2018 um 15:28 Uhr"),
        ("zondag 4 april 2021 om 10:12", "zondag 4 april 2021 om 10:12"),
    ],
)
def test_a_date_is_read_whole(line: str, date: str) -> None:
    match = find_date(line)
    assert match is not None and line[match.start() : date_extent(line, match)] == date


@pytest.mark.parametrize(
    "line, author",
    [
        ("Le lundi 10 septembre 2012, 22:03 par Gégé", "Gégé"),
        ("1. Le mardi 11 septembre 2012, 07:48 par Bruno L.", "Bruno L."),
        ("lundi 7 octobre 2019 à 20h12, par Jean-Marc Dutel", "Jean-Marc Dutel"),
        ("Posted on May 3, 2021 by Ann Lee", "Ann Lee"),
        ("de Pablo Gómez Ruiz - domingo, 22 de febrero de 2015, 18:40", "Pablo Gómez Ruiz"),
        ("by Helen Marsh - Sunday, 14 March 2021, 2:05 PM", "Helen Marsh"),
    ],
)
def test_the_author_around_the_date(line: str, author: str) -> None:
    header = L.read_header(line.removeprefix("1. "))
    assert header is not None and header.author == author


@pytest.mark.parametrize(
    "line",
    [
        "Member since May 3, 2020",
        "Activity since Sunday, 14 March 2021, 8:41 AM",
        "Mitglied seit 14. März 2019",
        "By Ann Oxley Oct. 25, 2010, 1:37pm PT 16 Comments",
    ],
)
def test_no_comment_header(line: str) -> None:
    assert L.read_header(line) is None


RESILIPARSE = """\
Learning space
Week 3 Q&A forum
Rock samples: hand lens or microscope?
Display mode
Picture of Ines Varga
Rock samples: hand lens or microscope?
by Ines Varga - Monday, 8 March 2021, 9:12 AM

For Thursday's lab, do we identify the granite samples with a hand lens first or go straight to the microscope? The sheet does not say.

Permalink | Edit | Delete | Reply
Picture of Owen Price
Re: Rock samples: hand lens or microscope?
by Owen Price - Monday, 8 March 2021, 10:40 AM

Hand lens first, please. Write down what you see before you look through the microscope, then compare.

Permalink | Show parent | Edit | Delete | Reply
Picture of Ines Varga
Re: Rock samples: hand lens or microscope?
by Ines Varga - Monday, 8 March 2021, 11:02 AM

Thanks! So our notes for each sample:

  • colour and grain size
  • minerals we can name
  • what changed under the microscope

See you on Thursday!

Permalink | Show parent | Edit | Delete | Reply
Recent activity
Activity since Monday, 8 March 2021, 8:00 AM
Full report of recent activity...
"""  # noqa: E501

# html2text: each header wrapped over three lines, the name a link
HTML2TEXT = """\
## Week 3 Q&A forum

### Rock samples: hand lens or microscope?

[![Picture of Ines
Varga](https://learn.example.edu/user/icon/f2)](https://learn.example.edu/user/view.php?id=41)

Rock samples: hand lens or microscope?

by [Ines
Varga](https://learning.example-college.ac.uk/user/view.php?id=4111&course=12345)
\\- Monday, 8 March 2021, 9:12 AM

For Thursday's lab, do we identify the granite samples with a hand lens first or
go straight to the microscope? The sheet does not say.

[Permalink](https://learn.example.edu/mod/forum/discuss.php?d=7#p1) | [Reply](https://learn.example.edu/mod/forum/post.php?reply=1)

[![Picture of Owen
Price](https://learn.example.edu/user/icon/f2)](https://learn.example.edu/user/view.php?id=52)

Re: Rock samples: hand lens or microscope?

by [Owen
Price](https://learning.example-college.ac.uk/user/view.php?id=5222&course=12345)
\\- Monday, 8 March 2021, 10:40 AM

Hand lens first, please. Write down what you see before you look through the
microscope, then compare.

[Permalink](https://learn.example.edu/mod/forum/discuss.php?d=7#p2) | [Reply](https://learn.example.edu/mod/forum/post.php?reply=2)

[![Picture of Ines
Varga](https://learn.example.edu/user/icon/f2)](https://learn.example.edu/user/view.php?id=41)

Re: Rock samples: hand lens or microscope?

by [Ines
Varga](https://learning.example-college.ac.uk/user/view.php?id=4111&course=12345)
\\- Monday, 8 March 2021, 11:02 AM

Thanks! So our notes for each sample: colour and grain size, the minerals we
can name, and what changed under the microscope.

[Permalink](https://learn.example.edu/mod/forum/discuss.php?d=7#p3) | [Reply](https://learn.example.edu/mod/forum/post.php?reply=3)
"""


@pytest.mark.parametrize("text", [RESILIPARSE, HTML2TEXT], ids=["resiliparse", "html2text"])
def test_headers_over_bodies(text: str) -> None:
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Ines Varga", "Owen Price", "Ines Varga"]
    first, second, third = page.comments
    assert "granite samples" in first.text and "Hand lens first" not in first.text
    assert "Hand lens first" in second.text
    assert "our notes for each sample" in third.text
    assert_nothing_lost(page, text)
