"""Comments signed under their bodies (failure class G's family): classic blog engines
print each comment's body first and a dated name line after it ("Posted by: NAME |
DATE", "Posted by: NAME at DATE"), perhaps a "Reply" control under it. A dated name line
of one template that repeats down the section, with prose over the first (after the
section's heading) and no body under the last (a form, the page's end), closes its
comment: the name and date are that comment's, the body the prose between it and the
signature before (`threadparse.posts`, keyed "signed"). Invented pages, one per
converter's shape; and two pages whose comments are headed as usual, which keep their
reading."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.outline import OutlineNode
from threadparse.posts import read_stamp

# resiliparse (and w3m): a paragraph per line, the signature a paragraph of its own
RESILIPARSE = """\
Notes from the Tide Mill

« Older entry | Main | Newer entry »

April 3, 2007

Restoring the sluice gate

The oak boards of the sluice gate came out last week. Two of them were sound enough to go back in, the rest were soft right through.

We have ordered new boards from the yard at the quay and hope to fit them before the spring tides.

Posted by Wren Abbott on April 3, 2007 09:15 AM in Repairs | Permalink

Comments

Good to hear the gate is getting attention at last. The old boards were leaking badly when we visited in the autumn.

Posted by: Osric Vane | April 3, 2007 11:02 AM

Will you keep any of the old iron straps? They looked original to me, and it would be a shame to lose them.

They could go in the display case by the door.

Posted by: Della Marsh | April 3, 2007 2:47 PM

Della, yes, the straps go back on once they have been cleaned and painted.

Posted by: Wren Abbott | April 4, 2007 8:30 AM

Post a comment

(Comments are moderated and will appear here once the owner has approved them.)
"""  # noqa: E501

# lynx: bodies wrapped, link numbers in the signature, a "Reply" link under it
LYNX = """\
                                Notes from the Tide Mill

   [1]« Older entry | [2]Main | [3]Newer entry »

Restoring the sluice gate

   The oak boards of the sluice gate came out last week. Two of them were
   sound enough to go back in, the rest were soft right through.

   Posted by Wren Abbott on April 3, 2007 at 09:15 AM in [4]Repairs |
   [5]Permalink

Comments

   Good to hear the gate is getting attention at last. The old boards
   were leaking badly when we visited in the autumn, and the pond was
   half empty by the evening.

   Posted by: [6]Osric Vane | [7]April 3, 2007 at 11:02 AM

   [8]Reply

   Will you keep any of the old iron straps? They looked original to me,
   and it would be a shame to lose them.

   Posted by: Della Marsh | [9]April 3, 2007 at 02:47 PM

   [10]Reply

   Della, yes, the straps go back on once they have been cleaned and
   painted. The blacksmith in the village has offered to help.

   Posted by: [11]Wren Abbott | [12]April 4, 2007 at 08:30 AM

   [13]Reply

Post a comment

   Comments are moderated, and will not appear until the author has
   approved them.
"""

# lynx on an older template: the signature glued under the body's last line
GLUED = """\
   Corder Vale Local History

The mill race under Corder Lane

   Everyone who lives at the bottom of the lane knows the story that the
   old mill race still runs under the houses.
   Posted by Ada Fairlie at 08:14 PM | [4]Comments (3)
   Comments

   My dad used to say the water still ran under the bakery cellar when he
   was a boy.
   Posted by: [5]Walter Greenhow at March 02, 2004 10:14 PM

   You could hear it on a quiet night, my aunt swore to it.
   Posted by: Sally at March 03, 2004 01:12 AM

   The 1903 revision of the map is at the record office, shelf mark
   DP/114. I can bring my copy to the next meeting.
   Posted by: [6]Walter Greenhow at March 04, 2004 04:35 PM
   Post a comment

   Name: ____________________
"""

# html2text: the signature long by its links' targets, an avatar over each body
HTML2TEXT = """\
# [Notes from the Tide Mill](https://tidemill.example.org/)

## Restoring the sluice gate

The oak boards of the sluice gate came out last week. Two of them were sound
enough to go back in, the rest were soft right through.

Posted by Wren Abbott on April 3, 2007 at 09:15 AM in
[Repairs](https://tidemill.example.org/repairs/) |
[Permalink](https://tidemill.example.org/2007/04/sluice-gate.html)

### Comments

![](https://avatars.example.net/u/3f9a21c4-50si)

Good to hear the gate is getting attention at last. The old boards were
leaking badly when we visited in the autumn.

Posted by: [Osric Vane](https://profile.example.net/osricvane) | [April 3, 2007 at 11:02 AM](https://tidemill.example.org/2007/04/sluice-gate.html?cid=6a00e55c0a1b2c3d4e5f60718293a4b5c6d7e8f9#comment-6a00e55c0a1b2c3d4e5f60718293a4b5c6d7e8f9)

[Reply](javascript:void 0)

![](https://avatars.example.net/u/77b0c1d2-50si)

Will you keep any of the old iron straps? They looked original to me, and it
would be a shame to lose them.

Posted by: Della Marsh | [April 3, 2007 at 02:47 PM](https://tidemill.example.org/2007/04/sluice-gate.html?cid=6a00e55c0a1b2c3d4e5f607182930011223344556677#comment-6a00e55c0a1b2c3d4e5f607182930011223344556677)

[Reply](javascript:void 0)

![](https://avatars.example.net/u/0c4e5f61-50si)

Della, yes, the straps go back on once they have been cleaned and painted.

Posted by: [Wren Abbott](https://profile.example.net/wrenabbott) | [April 4, 2007 at 08:30 AM](https://tidemill.example.org/2007/04/sluice-gate.html?cid=6a00e55c0a1b2c3d4e5f6071829399aabbccddeeff00#comment-6a00e55c0a1b2c3d4e5f6071829399aabbccddeeff00)

[Reply](javascript:void 0)

### Post a comment

Comments are moderated, and will not appear until the author has approved
them.
"""

# inscriptis, threaded: the signature two columns left of its body, replies indented
INSCRIPTIS = """\
Notes from the Tide Mill

Restoring the sluice gate

    The oak boards of the sluice gate came out last week. Two of them were sound enough to go back in, the rest were soft right through.

    Posted by Wren Abbott on April 3, 2007 at 09:15 AM in Repairs | Permalink

    Comments

        Good to hear the gate is getting attention at last. The old boards were leaking badly when we visited in the autumn.

      Posted by: Osric Vane | April 3, 2007 at 11:02 AM

      Reply

            Will you keep any of the old iron straps? They looked original to me, and it would be a shame to lose them.

          Posted by: Della Marsh | April 3, 2007 at 02:47 PM

          Reply

                Yes, the straps go back on once they have been cleaned and painted.

              Posted by: Wren Abbott | April 4, 2007 at 08:30 AM

              Reply

        Is the mill open to visitors while the work goes on? We hoped to bring the children at Easter.

      Posted by: Tamsin Reed | April 5, 2007 at 10:12 AM

      Reply

    Post a comment

      Comments are moderated, and will not appear until the author has approved them.
"""  # noqa: E501

# a blog with "NAME says:" headers and one dated byline in the article
SAYS = """\
The lantern festival

Posted by: Ivo Hart | October 12, 2019 7:40 PM

The lanterns went up over the river at dusk, and the rain held off until the last boat was in.

We counted more stalls than last year, and the bakery sold out of buns by six.

3 Responses

  1. Mabel Quist says:
     October 12, 2019 at 9:02 pm
     Lovely photos. We watched from the bridge and could hear the band all the way up there.

  2. Rolf Amsel says:
     October 13, 2019 at 8:15 am
     Does anyone know whether the boats will run again next year?

  3. Ivo Hart says:
     October 13, 2019 at 10:30 am
     Rolf, the committee meets in March, I will post the dates here.

Leave a Reply
"""

# the same template printed over the bodies (headers), no heading over the section
HEADED = """\
The lantern festival

The lanterns went up over the river at dusk, and the rain held off until the last boat was in.


Posted by: Mabel Quist | October 12, 2019 9:02 PM

Lovely photos. We watched from the bridge and could hear the band all the way up there.

Posted by: Rolf Amsel | October 13, 2019 8:15 AM

Does anyone know whether the boats will run again next year?

Posted by: Ivo Hart | October 13, 2019 10:30 AM

Rolf, the committee meets in March, I will post the dates here.

Post a comment
"""


def tree(page: threadparse.Page) -> list[tuple[str | None, int, str | None, str]]:
    return [(c.author, c.depth, c.date, c.text) for c in page.walk()]


def test_a_dated_name_line_under_each_body_closes_it() -> None:
    page = threadparse.parse(RESILIPARSE)
    assert tree(page) == [
        (
            "Osric Vane",
            0,
            "April 3, 2007 11:02 AM",
            "Good to hear the gate is getting attention at last. The old boards were leaking "
            "badly when we visited in the autumn.",
        ),
        (
            "Della Marsh",
            0,
            "April 3, 2007 2:47 PM",
            "Will you keep any of the old iron straps? They looked original to me, and it "
            "would be a shame to lose them.\n\nThey could go in the display case by the door.",
        ),
        (
            "Wren Abbott",
            0,
            "April 4, 2007 8:30 AM",
            "Della, yes, the straps go back on once they have been cleaned and painted.",
        ),
    ]
    first = page.comments[0]
    assert first.header == "Posted by: Osric Vane | April 3, 2007 11:02 AM"
    assert first.header_span is not None and first.header_span.start_line == 19
    assert page.article.text.endswith("in Repairs | Permalink\n\nComments")
    assert_nothing_lost(page, RESILIPARSE)


def test_wrapped_bodies_and_link_numbers() -> None:
    page = threadparse.parse(LYNX)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Osric Vane", "April 3, 2007 at 11:02 AM"),
        ("Della Marsh", "April 3, 2007 at 02:47 PM"),
        ("Wren Abbott", "April 4, 2007 at 08:30 AM"),
    ]
    assert page.comments[0].text.startswith("Good to hear the gate")
    assert page.comments[0].text.endswith("half empty by the evening.")
    assert page.comments[2].text.endswith("The blacksmith in the village has offered to help.")
    assert [(m.role, m.text) for m in page.comments[0].meta] == [("footer", "[8]Reply")]
    assert_nothing_lost(page, LYNX)


def test_a_signature_glued_under_the_last_sentence() -> None:
    page = threadparse.parse(GLUED)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Walter Greenhow", "March 02, 2004 10:14 PM"),
        ("Sally", "March 03, 2004 01:12 AM"),
        ("Walter Greenhow", "March 04, 2004 04:35 PM"),
    ]
    assert page.comments[0].text == (
        "My dad used to say the water still ran under the bakery cellar when he\nwas a boy."
    )
    assert page.article.text.endswith("[4]Comments (3)\nComments")
    assert_nothing_lost(page, GLUED)


def test_a_signature_long_by_its_links() -> None:
    page = threadparse.parse(HTML2TEXT)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Osric Vane", "April 3, 2007 at 11:02 AM"),
        ("Della Marsh", "April 3, 2007 at 02:47 PM"),
        ("Wren Abbott", "April 4, 2007 at 08:30 AM"),
    ]
    assert page.comments[1].text.startswith("Will you keep any of the old iron straps?")
    assert [m.role for m in page.comments[1].meta] == ["header", "footer"]  # avatar, Reply
    assert page.comments[1].meta[0].text == "![](https://avatars.example.net/u/77b0c1d2-50si)"
    assert_nothing_lost(page, HTML2TEXT)


def test_threaded_signatures_nest_by_their_columns() -> None:
    page = threadparse.parse(INSCRIPTIS)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Osric Vane", 0),
        ("Della Marsh", 1),
        ("Wren Abbott", 2),
        ("Tamsin Reed", 0),
    ]
    reply = page.comments[0].children[0].children[0]
    assert reply.text == "Yes, the straps go back on once they have been cleaned and painted."
    assert reply.date == "April 4, 2007 at 08:30 AM"
    assert_nothing_lost(page, INSCRIPTIS)


def test_headers_that_say_stay_headers() -> None:
    page = threadparse.parse(SAYS)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Mabel Quist", "October 12, 2019 at 9:02 pm"),
        ("Rolf Amsel", "October 13, 2019 at 8:15 am"),
        ("Ivo Hart", "October 13, 2019 at 10:30 am"),
    ]
    assert page.article.text.startswith("Posted by: Ivo Hart | October 12, 2019 7:40 PM")
    assert page.comments[2].text.startswith("Rolf, the committee meets in March")


def test_the_template_over_the_bodies_heads_them() -> None:
    page = threadparse.parse(HEADED)  # (a body under the last line: they are headers)
    assert tree(page) == [
        (
            "Mabel Quist",
            0,
            "October 12, 2019 9:02 PM",
            "Lovely photos. We watched from the bridge and could hear the band all the way up "
            "there.",
        ),
        (
            "Rolf Amsel",
            0,
            "October 13, 2019 8:15 AM",
            "Does anyone know whether the boats will run again next year?",
        ),
        (
            "Ivo Hart",
            0,
            "October 13, 2019 10:30 AM",
            "Rolf, the committee meets in March, I will post the dates here.",
        ),
    ]
    assert page.article.text.endswith("until the last boat was in.")
    assert_nothing_lost(page, HEADED)


def test_a_label_before_the_name_is_the_stamps_frame() -> None:
    def stamp(text: str) -> tuple[tuple[str, ...], str | None] | None:
        found = read_stamp(OutlineNode(None, text, 1, 1, 0, len(text), False))
        return None if found is None else (found.key, found.author)

    assert stamp("Posted by: Ann Lee | May 2, 2006 8:27 PM") == (
        ("header", "", "posted …"),
        "Ann Lee",
    )
    assert stamp("Posted by: [3]Laila M. | [4]May 2, 2006 at 10:07 AM") == (
        ("header", "", "posted …"),
        "Laila M.",
    )
    assert stamp("Posted by: Ann Lee and friends of the house | May 2, 2006") is None


# lynx: each signature right over the next body, no blank line between; its favorites
# count in brackets wrapped onto a line of its own ("[[43]6" over "favorites]") or printed
# there whole ("[[46]3 favorites]"), or none; one body opened by an indented quote after
# a blank line.
LYNX_SIGNED = [
    ("hollowreed", "Canal lock keepers' logbooks, scanned and searchable at last.", "6"),
    ("Maud Ferrier", "My grandfather kept the lock at Dunhaven for thirty years.", None),
    ("quillon", "Every keeper spelled the barge names their own way, it seems.", "11"),
    ("tarn_wick", "Do the logbooks record the water levels every day, or only in floods?", "2"),
    ("quillon", "Daily in most books, twice daily in the wet months of the year.", ""),
    ("Maud Ferrier", "Then his handwriting is in there somewhere, which is lovely.", "4"),
    ("bracken_lee", "Thank you for posting this, it made my whole evening.", "1"),
]


def _lynx_signed() -> str:
    lines = ["Canal lock logbooks", "", "   Related Posts", "     * [3]Old ferries", ""]
    link = 40
    for number, (name, body, count) in enumerate(LYNX_SIGNED):
        if number == 2:
            lines += ["", "     Every keeper spelled the barge names their own way.", ""]
        lines.append(f"   {body}")
        stamp = f"   posted by [{link}]{name} at [{link + 1}]9:{10 + number} PM on May 3, 2011"
        if count is None:
            lines += [stamp, f"   [[{link + 2}]3 favorites]"]
        elif not count:  # (no favorites yet: the next body right under the signature)
            lines.append(stamp)
        else:
            lines += [f"{stamp} [[{link + 2}]{count}", "   favorites]"]
        link += 3
    lines += ["", "   You are not currently logged in. [90]Log in to post comments.", ""]
    return "\n".join(lines)


def test_signatures_glued_over_the_next_body_in_lynx() -> None:
    text = _lynx_signed()
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _, _ in LYNX_SIGNED]
    assert [c.text.split("\n")[-1] for c in page.walk()] == [body for _, body, _ in LYNX_SIGNED]
    assert_nothing_lost(page, text)
