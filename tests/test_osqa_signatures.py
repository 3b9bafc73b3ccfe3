"""Q&A pages of the OSQA/Askbot layout as resiliparse prints them (invented pages, names
and text): each answer signed under its body by a card ("answered DATE", the picture's
text "NAME's gravatar image", the name, the karma, "accept rate"), perhaps an editor's
"edited DATE" under it; comments as paragraphs, each closed by "(DATE) NAME" on a line
of its own, the next comment's vote count glued under that line.

- "edited DATE" is the mark of an edit, never a post's stamp: it neither stamps posts
  of its own nor makes the card over it look followed by another stamp.
- A comment of several paragraphs is signed under its last one.
- A vote count glued under a signature opens no comment.
- "Ann%20Lee's gravatar image" is a picture's text, not the poster's name.
- A notice between the question's comments and the count of the answers ("The
  question has been closed …", then "2 Answers:") is the question's.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost


def _card(word: str, date: str, name: str, edited: str | None = None) -> list[str]:
    out = [
        f"{word} {date}",
        "",
        f"{name.replace(' ', '%20')}'s gravatar image",
        "",
        name,
        "1.2k●3●14●27",
        "accept rate: 40%",
    ]
    if edited:
        out += ["", f"edited {edited}"]
    return [*out, ""]


LONE_ANSWER = "\n".join(
    [
        "Ask the Beekeepers logo",
        "questions tags users badges",
        "",
        "Can I move a hive in winter?",
        "3",
        "",
        "The hive stands in the shade and the colony looks weak. Is it safe to move it now?",
        "",
        "hives winter",
        "",
        *_card("asked", "14 Jan '12, 09:12", "tom brandt", edited="03 Feb '14, 11:40"),
        "One Answer:",
        "active answers oldest answers",
        "5",
        "",
        "Move it on a cold day, when the bees cluster, less than a metre or more than 3 km away.",
        "",
        "A short move confuses the foragers, who return to the old spot and die there.",
        "",
        "permanent link",
        "",
        *_card("answered", "14 Jan '12, 10:05", "Ilse Varga", edited="14 Jan '12, 10:07"),
        "Thank you. How do I keep them from flying out while I carry the hive?",
        "",
        "(14 Jan '12, 10:22) tom brandt",
        "",
        "Close the entrance with foam the evening before, when they are all in.",
        "",
        "Open it again as soon as the hive stands on its new base.",
        "",
        "Tape the lid down too, in case the box tips over.",
        "",
        "(14 Jan '12, 11:50) Ilse Varga",
        "4",
        "",
        "Three kilometres is the rule I learned as well, it works every time.",
        "",
        "(15 Jan '12, 08:03) Oren Lusk",
        "1",
        "",
        "Moved mine today, all went well. Thanks again for the advice.",
        "",
        "(20 Jan '12, 17:44) tom brandt",
        "",
        "Follow this question",
        "",
    ]
)


def test_a_lone_answer_and_its_comments_signed_under_them() -> None:
    page = threadparse.parse(LONE_ANSWER)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ilse Varga", 0),
        ("tom brandt", 1),
        ("Ilse Varga", 1),
        ("Oren Lusk", 1),
        ("tom brandt", 1),
    ]
    comments = list(page.walk())
    assert comments[0].text.startswith("Move it on a cold day")
    assert comments[2].text.startswith("Close the entrance") and "Tape the lid" in comments[2].text
    assert comments[3].text.startswith("Three kilometres")  # (not the vote "4" over it)
    assert_nothing_lost(page, LONE_ANSWER)


CLOSED_QUESTION = "\n".join(
    [
        "Ask the Beekeepers logo",
        "",
        "Which smoker fuel burns longest?",
        "2",
        "",
        "Pine needles burn out in minutes. What do you use?",
        "",
        *_card("asked", "02 Mar '13, 18:10", "mara k", edited="04 Mar '13, 09:00"),
        "1",
        "",
        "Duplicate of the question about smoker fuel from last spring.",
        "",
        "(02 Mar '13, 19:24) Ilse Varga",
        "1",
        "",
        "Reopened: this one asks about burning time, not about smoke.",
        "",
        "(02 Mar '13, 21:16) Oren Lusk",
        "",
        "Thanks, that is what I meant.",
        "",
        "(03 Mar '13, 06:47) mara k",
        "",
        'The question has been closed for the following reason "answered" by Oren Lusk',
        "",
        "2 Answers:",
        "active answers oldest answers",
        "4",
        "",
        "Burlap rolled tight lasts the longest in my smoker, close to an hour.",
        "",
        "permanent link",
        "",
        *_card("answered", "02 Mar '13, 20:02", "Pell Ostrander"),
        "Does it have to be untreated burlap?",
        "",
        "(02 Mar '13, 20:30) mara k",
        "0",
        "",
        "Cotton waste works too, and it is easy to get from any workshop.",
        "",
        "permanent link",
        "",
        *_card("answered", "03 Mar '13, 07:15", "Ilse Varga", edited="03 Mar '13, 07:20"),
        "Follow this question",
        "",
    ]
)


def test_the_questions_comments_before_a_notice_and_the_count_of_answers() -> None:
    page = threadparse.parse(CLOSED_QUESTION)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ilse Varga", 0),
        ("Oren Lusk", 0),
        ("mara k", 0),
        ("Pell Ostrander", 0),
        ("mara k", 1),
        ("Ilse Varga", 0),
    ]
    assert_nothing_lost(page, CLOSED_QUESTION)
