"""Q&A pages of the older layout: each answer is signed below its body ("answered
DATE" over the name), and the comments under it are plain paragraphs, each closed by
its own signature ("… – Ann Sep 8 '10 at 6:28"), with a vote and a flag control
before each (`posts._signed_replies`). The answers start under the count of them
("3 Answers"), not at the question's controls (`posts._first_body`).

Every fixture here is invented, in the shapes resiliparse and lynx print such pages:
resiliparse keeps a comment on one line and indents its controls with tabs; lynx wraps
a comment at 80 columns, its signature's time perhaps on a line of its own.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

RESILIPARSE = (
    "Garden Answers\n"
    "How deep should I plant garlic?\n"
    "up vote 4 down vote favorite\n"
    "\n"
    "My soil is heavy clay and the cloves rotted last winter. How deep do they go?\n"
    "\n"
    "garlic clay\n"
    "link|edit|flag\n"
    "asked Oct 2 '10 at 9:12\n"
    "ferntree\n"
    "1,204\n"
    "\n"
    "add comment\n"
    "\n"
    "you may offer some of your own points to whoever answers this one well\n"
    "\n"
    "3 Answers\n"
    "\n"
    "active oldest votes\n"
    "up vote 6 down vote accepted\n"
    "\n"
    "Plant them twice as deep as a clove is tall, and no deeper in clay.\n"
    "\n"
    "Raise the bed with a spade of grit first, so the water drains away from them.\n"
    "link|edit|flag\n"
    "answered Oct 2 '10 at 10:40\n"
    "marrowby\n"
    "3,117\n"
    "  \t\tup vote\n"
    " \t\tflag\n"
    "Grit it is, thank you for the quick and careful answer. – ferntree Oct 2 '10 at 11:05\n"
    "  \t\tup vote\n"
    " \t\tflag\n"
    "Glad it helped, do report back in spring. – marrowby Oct 3 '10 at 8:30\n"
    "add comment\n"
    "up vote 2 down vote\n"
    "\n"
    "I grow mine in pots of compost for exactly that reason, and they never rot.\n"
    "link|edit|flag\n"
    "answered Oct 4 '10 at 17:02\n"
    "quillwort\n"
    "88\n"
    "add comment\n"
    "up vote 1 down vote\n"
    "\n"
    "Plant on a ridge, the way potatoes are earthed up, so the cloves sit above the wet.\n"
    "link|edit|flag\n"
    "answered Oct 6 '10 at 7:45\n"
    "tansy_m\n"
    "402\n"
    "3 \t\tup vote\n"
    " \t\tflag\n"
    "Ridges worked for my onions too on the same kind of soil. – quillwort 5 hours ago\n"
    "add comment\n"
    "\n"
    "Your Answer\n"
    "\n"
    "Not the answer you're looking for? Browse other questions or ask your own question.\n"
)


def test_resiliparse_comments_signed_at_their_end_are_the_answers_replies() -> None:
    page = threadparse.parse(RESILIPARSE)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("marrowby", 0),
        ("ferntree", 1),
        ("marrowby", 1),
        ("quillwort", 0),
        ("tansy_m", 0),
        ("quillwort", 1),
    ]
    first = page.comments[0]
    assert first.text.startswith("Plant them twice as deep")  # under the count
    assert first.children[0].text.startswith("Grit it is")
    assert first.children[0].date == "Oct 2 '10 at 11:05"
    assert page.comments[1].text.startswith("I grow mine in pots")  # not the comment
    assert page.comments[2].children[0].text.startswith("Ridges worked")
    assert_nothing_lost(page, RESILIPARSE)


LYNX = """\
   [1]Garden Answers

How deep should I plant garlic?

   up vote 4 down vote favorite

   My soil is heavy clay and the cloves rotted last winter. How deep do
   they go?
   [2]garlic [3]clay
   [4]link|[5]edit|flag
   asked Oct 2 '10 at 9:12
   [6]ferntree
   1,204
   add comment

3 Answers

   [7]active [8]oldest [9]votes
   up vote 6 down vote accepted

   Plant them twice as deep as a clove is tall, and no deeper in clay.

     Clay holds water like a bowl.

   Raise the bed with a spade of grit first, so the water drains away
   from them.
   [10]link|[11]edit|flag
   answered Oct 2 '10 at 10:40
   [12]marrowby
   3,117
     up vote
     flag
   Grit it is, thank you for the quick and careful answer, I had no idea
   the cloves minded the wet so much. – [13]ferntree Oct 2 '10 at
   11:05
     up vote
     flag
   Glad it helped, do report back in spring. – [14]marrowby Oct 3 '10 at
   8:30
   add comment
   up vote 2 down vote

   I grow mine in pots of compost for exactly that reason, and they never
   rot.
   [15]link|[16]edit|flag
   answered Oct 4 '10 at 17:02
   [17]quillwort
   88
   add comment

   Your Answer

  Not the answer you're looking for? Browse other questions or ask your own
  question.
"""


def test_lynx_comments_wrapped_over_lines_are_the_answers_replies() -> None:
    page = threadparse.parse(LYNX)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("marrowby", 0),
        ("ferntree", 1),
        ("marrowby", 1),
        ("quillwort", 0),
    ]
    first = page.comments[0]
    assert first.text.startswith("Plant them twice as deep")  # the quote stays in it
    assert "Clay holds water" in first.text
    reply = first.children[0]
    assert reply.text.startswith("Grit it is") and reply.date == "Oct 2 '10 at 11:05"
    assert first.children[1].date == "Oct 3 '10 at 8:30"
    assert page.comments[1].text.startswith("I grow mine in pots")
    assert_nothing_lost(page, LYNX)


def test_a_paragraph_without_a_signature_is_the_next_answer() -> None:
    # the first answer's comments stop at the next body, even one of a single line
    text = RESILIPARSE.replace(" – marrowby Oct 3 '10 at 8:30", "")
    page = threadparse.parse(text)
    first = page.comments[0]
    assert [c.author for c in first.children] == ["ferntree"]
    assert "Glad it helped" not in first.children[0].text
