"""A wiki's talk page signs an unsigned comment for its poster by a template that names
the poster's IP address ("— Preceding unsigned comment added by 203.0.113.7 (talk)
DATE", "(nicht signierter Beitrag von 2001:db8::4a (Diskussion) DATE)"): the address
is the name (`posts.signatures._IP_ADDRESS`, the template's parentheses taken off), so
the comment is no part of the next one. Replies printed as glued lines (resiliparse
drops a talk page's indentation) nest one under the other however long the chain runs:
a chain of signed paragraphs is no converter's stairs (`rehang.flatten_staircase`).

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts.signatures import _IP_ADDRESS, closing_signature

EN = """\
Talk:Hollow Brook Railway

Length of the line

The article says the line is 12 miles long, but the timetable table adds up to 11.4 miles. Which is it? — Odile Marsh (talk) 10:02, 4 April 2024 (UTC)[reply]

The 12 includes the siding to the quarry, which closed in 1961. — Bryn Tate (talk) 11:15, 4 April 2024 (UTC)[reply]
Then the lead should say 11.4 and mention the siding separately. Odile Marsh (talk) 12:40, 4 April 2024 (UTC)[reply]
Agreed, and the infobox too. Kestrel Moor (chat) 13:05, 4 April 2024 (UTC)[reply]
my grandad worked the quarry siding and it was always called twelve mile line by everyone — Preceding unsigned comment added by 198.51.100.23 (talk) 14:30, 4 April 2024 (UTC)[reply]
Local usage is fine for a mention, but it needs a source to go in the article. Bryn Tate (talk) 15:10, 4 April 2024 (UTC)[reply]
I found the 1958 guidebook that calls it the Twelve Mile Line; adding it now. Odile Marsh (talk) 16:45, 4 April 2024 (UTC)[reply]

Station names

Should the halts use their original names or the ones on the heritage signs today? Kestrel Moor (chat) 09:00, 6 April 2024 (UTC)[reply]
"""  # noqa: E501

DE = """\
Diskussion:Mühlbachtal

Quellen

Die Angabe zur Mühle fehlt in den Einzelnachweisen. -- Jutta Brenn (Diskussion) 10:02, 4. Apr. 2024 (CEST)[antworten]

Steht im Heimatbuch von 1954, Seite 12, ich trage es nach. -- Falko77 (Diskussion) 11:15, 4. Apr. 2024 (CEST)[antworten]
Danke, das genügt als Beleg für die Jahreszahl. -- Jutta Brenn (Diskussion) 12:40, 4. Apr. 2024 (CEST)[antworten]
die mühle war aber schon vorher da das weiß doch jeder im dorf (nicht signierter Beitrag von 2001:db8:7c::19 (Diskussion) 13:05, 4. Apr. 2024 (CEST))[antworten]
Ohne Beleg bleibt es bei 1954. -- Falko77 (Diskussion) 14:30, 4. Apr. 2024 (CEST)[antworten]
"""  # noqa: E501


def test_an_address_names_the_unsigned_poster() -> None:
    text = EN
    page = threadparse.parse(text)
    authors = [c.author for c in page.walk()]
    assert "198.51.100.23" in authors
    assert authors.count("Bryn Tate") == 2
    assert len(authors) == 8
    assert_nothing_lost(page, text)


def test_the_template_s_parentheses_around_a_german_signature() -> None:
    page = threadparse.parse(DE)
    authors = [c.author for c in page.walk()]
    assert authors == ["Jutta Brenn", "Falko77", "Jutta Brenn", "2001:db8:7c::19", "Falko77"]
    assert_nothing_lost(page, DE)


def test_a_long_chain_of_signed_replies_stays_nested() -> None:
    page = threadparse.parse(EN)
    first = page.comments[0]
    depth, comment = 0, first
    while comment.children:
        comment, depth = comment.children[0], depth + 1
    assert depth >= 5  # (six replies glued under the first: no converter's stairs)


def test_what_is_no_address() -> None:
    assert _IP_ADDRESS.fullmatch("12:30:45") is None  # (a time)
    assert _IP_ADDRESS.fullmatch("1.2.3") is None
    assert _IP_ADDRESS.fullmatch("fe80::1") is not None
    assert closing_signature("Thanks for the help, that was it — Bo 12:30:45 (UTC)") is None
