"""html2text comment headers whose shape the outline alone does not show (invented
pages, each shaped like a real dump): a header printed on one line with the body after
it, a header whose Markdown link html2text wrapped inside its text or its target, a
picture item with the date over the name under it, a header's date wrapped onto the
next line; and what must stay body text or article."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.unparse import unparse

AV = "![](http://av.example.org/a/{0}.png?s=55&d=mm&r=G)"
PERMA = "(http://kiln.example.org/2016/glaze.php#comment-{0})"
REPLY = "(/2016/glaze.php?replytocom={0}#respond)"


def _glued(n: int, name: str, date: str, body: str, reply: str = "Reply") -> str:
    return f"{AV.format(n)} {name} [ {date}]{PERMA.format(n)} [ * {reply}]{REPLY.format(n)} {body}"


# header and body on one line (the page sets them inline); a reply item nested under
# its comment; a body that goes on, unindented, on the lines under its item
G1 = _glued(1, "Orla", "15. March 2016 at 11:21", "What temperature did you reach at first?")
G2 = _glued(
    2, "[Bertil](http://bertil.example.net)", "16. March 2016 at 21:50",
    "The bricks look great. Did you mortar them or stack them dry?",
)  # fmt: skip
G3 = _glued(3, "Wenna", "17. March 2016 at 07:50", "Stacked dry, with a steel band round it.")
G4 = _glued(4, "Orla", "27. May 2016 at 16:55", "It cracked on the second firing:  ")
GLUED = f"""\
Firing a glaze kiln at home

We built the kiln from old firebricks over two summers.

### 4 comments to Firing a glaze kiln at home

  * {G1}
  * {G2}
    * {G3}
  * {G4}
the door bricks split right across.
Any idea why?

### Leave a Reply

Name (required)
"""


def _de(n: int, name: str, date: str, body: str) -> str:
    site = "http://ofen.example.de"
    links = f"[{date}]({site}/#c{n}) [Antworten]({site}/?r={n})"
    return f"[{name}](http://{name.lower()}.example.de) {links} {body}"


# the same in another language, without pictures, the date in a link of its own and the
# control word "Antworten"; the section opened by no count, two such items in a row
D1 = _de(1, "Ilse", "12. Mai 2019 um 9:03", "Wie lange muss der Lehm trocknen, bevor man heizt?")
D2 = _de(2, "Gero", "13. Mai 2019 um 18:40", "Bei uns waren es drei Wochen, mit kleinen Feuern.")
GLUED_PLAIN = f"""\
Ein Brotbackofen im Garten

Wir haben den Ofen aus Lehm gebaut.

  * {D1}
  * {D2}

Impressum
"""

# a list item of an article whose line opens with a linked date: no comment
NOT_GLUED = """\
Minutes of the allotment society

  * Held on [March 3, 2020](http://allot.example.org/m/3) in the village hall, thirty present.

The next meeting is in April.
"""

# a Blogger thread: picture items, the name and date on the lines under them, the links
# wrapped inside their text ("[October" over "27, 2011 …") or their target
# ("[Ruby](http://ruby-" over "moss.example.net/)[21:00](…)")
WRAPPED = """\
Tuning the loom

How we set the warp tension on the old floor loom.

#### 3 comments:

  1. ![](http://img.example.com/b36-rounded.png)

[Dagny Holt](http://www.example.com/profile/0280)[October
27, 2011 at 5:39 AM](http://loom.example.com/2011/10/tuning-the-
loom.html?showComment=1319#c50)

Does the back beam need to be higher than the breast beam?

[Reply](javascript:;)[Delete](http://www.example.com/delete-
comment.g?postID=50)

  2. ![](http://img.example.com/b36-rounded.png)

[Maciek
Wronski](http://www.example.com/profile/1141)[October 27,
2011 at 5:44 AM](http://loom.example.com/2011/10/tuning-the-
loom.html?showComment=1320#c63)

No, level with it is enough for a floor loom of this size.

[Reply](javascript:;)

  3. ![](//img.example.com/blank.gif)

[Ruby](http://ruby-
moss.example.net/)[21:00](http://loom.example.com/2011/10/tuning-the-
loom.html?showComment=1381#c42)

Lovely work, the cloth looks even all the way across.

Add comment
"""

# a picture item over a prose line that ends in a wrapped link: body text, no header
WRAPPED_PROSE = """\
Tuning the loom

  1. ![](http://img.example.com/b36-rounded.png)

We read the whole manual first, and then [the notes
of the guild](http://guild.example.com/notes) about warping.

It helped.
"""

# picture items with the date over the name ("![\\[avatar\\]](…)" keeps escaped
# brackets), a reply nested deeper; and an item that is only the date, the picture gone
DATE_OVER_NAME = """\
**3** comments

Rhea Coyle posted

"Why the Lighthouse Keeper Kept a Logbook"

  1. [![\\[avatar\\]](http://cdn.example.com/photo/306/thumb)](javascript:;;)[Profile](javascript:;;)

12.29.14 at 8:09 pm

Verbal Kunz

Every lighthouse I know of kept one, it was the law.

     * [![\\[avatar\\]](http://cdn.example.com/photo/481/thumb)](javascript:;;)[Profile](javascript:;;)

12.29.14 at 8:51 pm

NobodyLikesMilo

Not the one on our island, they only had a diary.

  2. 12.30.14 at 9:57 am

Zach Morrow

The logbooks are in the county archive now, you can ask to see them.

Join the discussion. [Sign In](javascript:;;)
"""

# a picture item over a date and a sentence: no name follows, no comment
DATE_OVER_PROSE = """\
Notes from the harbour

  * [![\\[photo\\]](http://cdn.example.com/photo/9/thumb)](javascript:;;)

12.29.14 at 8:09 pm

The boats came in late because of the fog over the bay that morning.

More notes tomorrow.
"""

# the header's date wrapped onto the next line with the reply control; a count with a
# full stop; a body that opens with a hashtag (no Markdown heading)
DATE_TAIL = """\
Kennzeichnung im Netz

####  2 Comments. Leave new

  1. ![](https://av.example.de/a.png?s=54)

**[Anne Berg](http://anne.example.de)** 21\\. Juni 2018 um 7:32
Uhr [ \\- Antworten](/blog/kennzeichnung/?replytocom=121#respond)

#Werbung und #Anzeige

Das ist keine Information, sondern Werbung.

  2. ![](https://av.example.de/b.png?s=54)

**Rouven** 20\\. Juni 2018 um 15:16 Uhr [ \\- Antworten](/blog/kennzeichnung/?r=120#respond)

Spannend auch, wie der Verband mit anderen umgeht.
"""


def test_a_header_glued_to_its_body_is_split_on_its_line() -> None:
    page = threadparse.parse(GLUED)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Orla", 0), ("Bertil", 0), ("Wenna", 1), ("Orla", 0)
    ]  # fmt: skip
    first = page.comments[0]
    assert first.date == "15. March 2016 at 11:21"
    assert first.text == "What temperature did you reach at first?"
    assert first.header.endswith("[ * Reply](/2016/glaze.php?replytocom=1#respond)")
    # the header's span and the body's share the line, and split it
    assert first.header_span.start_line == first.blocks[0].span.start_line
    assert first.header_span.end < first.blocks[0].span.start
    assert page.source[first.blocks[0].span.start : first.blocks[0].span.end] == first.text
    last = page.comments[2]
    assert last.text.startswith("It cracked on the second firing:")
    assert last.text.endswith("Any idea why?")  # the unindented lines under the item
    assert_nothing_lost(page, GLUED)
    assert "What temperature" in unparse(page)


def test_glued_headers_in_another_language_without_a_count() -> None:
    page = threadparse.parse(GLUED_PLAIN)
    assert [c.author for c in page.comments] == ["Ilse", "Gero"]
    assert page.comments[1].date == "13. Mai 2019 um 18:40"
    assert page.comments[1].text.startswith("Bei uns waren es drei Wochen")
    assert_nothing_lost(page, GLUED_PLAIN)


def test_a_linked_date_in_an_article_item_is_no_glued_header() -> None:
    page = threadparse.parse(NOT_GLUED)
    assert page.comments == []
    assert_nothing_lost(page, NOT_GLUED)


def test_glued_header_reads_only_a_header_with_a_body_after_it() -> None:
    line = "Ann [May 3, 2019](u#c1) [Reply](u) Nice post!"
    header, at = L.glued_header(line)  # type: ignore[misc]
    assert (header.author, header.date, line[at:]) == ("Ann", "May 3, 2019", "Nice post!")
    assert L.glued_header("Ann [May 3, 2019](u#c1)") is None  # a header alone
    assert L.glued_header("Ann [May 3, 2019](u#c1) [Reply](u)") is None  # controls only
    assert L.glued_header("[Read more](u) about the kiln and the glaze we used.") is None


def test_header_links_wrapped_in_their_text_or_target() -> None:
    page = threadparse.parse(WRAPPED)
    assert [(c.author, c.date) for c in page.comments] == [
        ("Dagny Holt", "October 27, 2011 at 5:39 AM"),
        ("Maciek Wronski", "October 27, 2011 at 5:44 AM"),
        ("Ruby", "21:00"),
    ]
    assert [c.text.split("\n")[0][:24] for c in page.comments] == [
        "Does the back beam need ",
        "No, level with it is eno",
        "Lovely work, the cloth l",
    ]
    assert_nothing_lost(page, WRAPPED)


def test_open_link_says_where_a_line_ends_inside_a_link() -> None:
    assert L.open_link("[Ann](http://a.b/p)[October") == "text"
    assert L.open_link("[Ann](http://ann-") == "target"
    assert L.open_link("[Ann](http://a.b/p) and more") is None
    assert L.open_link("a plain line") is None


def test_a_wrapped_link_in_prose_under_a_picture_is_no_header() -> None:
    page = threadparse.parse(WRAPPED_PROSE)
    assert all(c.author is None for c in page.walk())
    assert_nothing_lost(page, WRAPPED_PROSE)


def test_picture_items_with_the_date_over_the_name() -> None:
    page = threadparse.parse(DATE_OVER_NAME)
    assert [(c.author, c.depth, c.date) for c in page.walk()] == [
        ("Verbal Kunz", 0, "12.29.14 at 8:09 pm"),
        ("NobodyLikesMilo", 1, "12.29.14 at 8:51 pm"),
        ("Zach Morrow", 0, "12.30.14 at 9:57 am"),
    ]
    assert page.comments[1].text.startswith("The logbooks are in the county archive")
    assert_nothing_lost(page, DATE_OVER_NAME)


def test_escaped_brackets_in_a_picture_leave_no_text() -> None:
    line = (
        "[![\\[avatar\\]](http://cdn.example.com/p/3/thumb)](javascript:;;)[Profile](javascript:;;)"
    )
    assert L.plain(line) == "Profile"


def test_a_picture_over_a_date_and_a_sentence_heads_no_comment() -> None:
    page = threadparse.parse(DATE_OVER_PROSE)
    assert page.comments == []
    assert_nothing_lost(page, DATE_OVER_PROSE)


def test_a_date_wrapped_onto_the_next_line_stays_in_the_header() -> None:
    page = threadparse.parse(DATE_TAIL)
    assert page.declared_count == 2  # "2 Comments. Leave new"
    assert L.declared_count("A reply.") is None  # (a sentence: no count)
    assert [c.author for c in page.comments] == ["Anne Berg", "Rouven"]
    anne = page.comments[0]
    assert anne.text.startswith("#Werbung und #Anzeige")  # a hashtag ends no section
    assert "Das ist keine Information" in anne.text
    assert any(m.text.startswith("Uhr [") for m in anne.meta)
    assert_nothing_lost(page, DATE_TAIL)


def test_a_body_line_right_under_a_header_stays_body() -> None:
    text = "Post\n\n3 comments\n\n  * ![](a.png)\n\nAnn 2 hours ago\nGreat post, thanks!\n"
    page = threadparse.parse(text)
    assert [c.author for c in page.comments] == ["Ann"]
    assert page.comments[0].text == "Great post, thanks!"


def _meta_item(bullet: str, n: int, indent: str = "  ") -> str:
    """A picture item whose line also holds the comment's reply link (the avatar and the
    "Reply" a theme prints first in a comment's meta block)."""
    reply = f"[Reply](/2010/kiln-notes/?replytocom={n}#respond)"
    return f"{indent}{bullet} ![](http://av.example.org/a/{n}.png?s=55&d=mm&r=G) {reply}"


# the name and date on the line under each such item, the body at the margin; the
# replies' bullets deeper; no count right over the thread (a tab menu's "Comments")
PICTURE_REPLY = f"""\
Notes from the kiln

We fired the new kiln for the first time last week.

  * Comments
  * Trackbacks

{_meta_item("1.", 11)}

[Ottilie](http://ottilie.example.net) [Monday, May 3
2010](http://kiln.example.org/2010/kiln-notes/#comment-11)

How long did the first firing take?

{_meta_item("*", 12, "     ")}

Brannoc [Monday, May 3 2010](http://kiln.example.org/2010/kiln-
notes/#comment-12)

About nine hours, with the door bricked up.

{_meta_item("2.", 13)}

[Sunniva](http://sunniva.example.net) [Tuesday, May 4
2010](http://kiln.example.org/2010/kiln-notes/#comment-13)

The glaze on the left shelf looks lovely.

{_meta_item("3.", 14)}

Wendel [Friday, May 7 2010](http://kiln.example.org/2010/kiln-notes/#comment-14)

Did any pots crack?

### Leave a Reply
"""

# the same, each item's reply link a picture placeholder's neighbour in another
# language, the name and date set apart on lines of their own
PICTURE_ANTWORT = """\
Ein Ofen im Garten

Wir haben den Ofen aus Lehm gebaut.

  1. ![](http://av.example.de/a/1.png) [Antworten](/ofen/?replytocom=1#respond)

[Ilse](http://ilse.example.de)

12. Mai 2019 um 9:03

Wie lange muss der Lehm trocknen?

     * ![](http://av.example.de/a/2.png) [Antworten](/ofen/?replytocom=2#respond)

Gero

13. Mai 2019 um 18:40

Bei uns waren es drei Wochen.

  2. ![](http://av.example.de/a/3.png) [Antworten](/ofen/?replytocom=3#respond)

Hedda

14. Mai 2019 um 7:15

Schöne Arbeit!

  3. ![](http://av.example.de/a/4.png) [Antworten](/ofen/?replytocom=4#respond)

Jost

15. Mai 2019 um 20:00

Und das Dach?

Impressum
"""


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        (
            PICTURE_REPLY,
            [("Ottilie", 0), ("Brannoc", 1), ("Sunniva", 0), ("Wendel", 0)],
        ),
        (PICTURE_ANTWORT, [("Ilse", 0), ("Gero", 1), ("Hedda", 0), ("Jost", 0)]),
    ],
    ids=["name-and-date", "name-over-date"],
)
def test_picture_items_with_their_reply_link_head_comments(
    text: str, tree: list[tuple[str, int]]
) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == tree
    assert_nothing_lost(page, text)


def _heading_thread(level: str, reply: str) -> str:
    """Picture items with the name under each as a Markdown heading, then the date (and
    a reply link), the body at the margin: a theme whose names are headings."""

    def comment(bullet: str, n: int, name: str, date: str, body: str) -> str:
        tail = f" | [{reply}](/2017/yarn/?replytocom={n}#respond)" if reply else ""
        return (
            f"{bullet} ![](https://yarn.example.org/avatars/48/{n}.png)\n\n"
            f"{level} {name}\n\n"
            f"[ {date}](https://yarn.example.org/2017/yarn/#comment-{n}){tail}\n\n{body}\n\n"
        )

    return (
        "Spinning your own yarn\n\nA drop spindle is all you need to start.\n\n"
        f"{level} About the author\n\nTilde writes about wool.\n\n###  4 Responses\n\n"
        + comment("  1.", 1, "Rasmus Ek", "2 mars 2017", "Which wool is best to start with?")
        + comment("     *", 2, "Tilde", "2 mars 2017", "A long staple, like a combed top.")
        + comment("       *", 3, "Rasmus Ek", "3 mars 2017", "Thank you, I will look for one.")
        + comment("  2.", 4, "Maj", "4 mars 2017", "My spindle keeps wobbling.")
        + "### Leave a comment\n\nName *\n"
    )


@pytest.mark.parametrize(
    ("level", "reply"), [("#####", "Reply"), ("####", "")], ids=["with-reply", "date-alone"]
)
def test_a_name_heading_under_a_picture_item_heads_its_comment(level: str, reply: str) -> None:
    text = _heading_thread(level, reply)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Rasmus Ek", 0),
        ("Tilde", 1),
        ("Rasmus Ek", 2),
        ("Maj", 0),
    ]
    assert page.comments[1].text.endswith("My spindle keeps wobbling.")
    assert "Leave a comment" not in page.comments[1].text
    assert_nothing_lost(page, text)


# html2text prints a middle dot ("&middot;") as an asterisk: "Ann Lee * 2 days ago"
@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Mirela Dragan * 2 days ago", "Mirela Dragan", "2 days ago"),
        ("![](https://av.example.org/a/50.jpg) Tomas Ek * a day ago", "Tomas Ek", "a day ago"),
        ("kettle_joe * March 3, 2021", "kettle_joe", "March 3, 2021"),
    ],
)
def test_a_middle_dot_printed_as_an_asterisk_separates_the_name(
    line: str, author: str, date: str
) -> None:
    header = L.read_header(line)
    assert header is not None
    assert (header.author, header.date) == (author, date)


def test_comments_dated_after_an_asterisk_are_read() -> None:
    text = "Ferry timetable cuts\n\nThe winter timetable drops two crossings.\n\n" + "".join(
        f"![](https://av.example.org/a/{i}.jpg) {name} * {age}\n\n{body}\n\nReply\n\n"
        for i, (name, age, body) in enumerate(
            [
                ("Mirela Dragan", "2 days ago", "The 7:10 was the only one that fit my shift."),
                ("Tomas Ek", "a day ago", "They cut the late one too, so no evenings out."),
                ("Ines Barros", "5 hours ago", "Write to the council, they read every letter."),
            ]
        )
    )
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Mirela Dragan", "Tomas Ek", "Ines Barros"]
    assert_nothing_lost(page, text)
