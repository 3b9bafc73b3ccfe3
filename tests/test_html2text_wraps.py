"""html2text dumps whose comment lists the outline alone does not show: a link's text
wrapped onto the next line, comments headed by an avatar's picture item with the name
unindented under it, and an avatar's alternative text wrapped inside its picture."""

from __future__ import annotations

import threadparse
from threadparse import lines as L

PICTURE_ITEMS = """\
Tuning a hurdy-gurdy

Notes from the workshop on the drone strings.

Posted 4th May 2014 by Wren Halloway

###  View comments

  1. ![](//img.example.org/av/moth.png)

[Oskar Feld](https://profiles.example.org/1182)[May 5, 2014 at
9:12 AM](http://hurdy.example.org/2014/05/tuning.html?showComment=1#c1)

The trompette buzz was the part I never got right.

[Reply](javascript:;)

  2. ![](https://img.example.org/av/blank.png)

[Pim Vasquez-Toll](https://profiles.example.org/2291)[May 5,
2014 at 11:40 AM](http://hurdy.example.org/2014/05/tuning.html?showComment=2#c2)

Cotton on the chanterelle helped me a lot.

[Reply](javascript:;)

0[Replies](javascript:;)

     1. ![](//img.example.org/av/wren.png)

[Wren Halloway](https://profiles.example.org/7)[May 5, 2014 at
1:15 PM](http://hurdy.example.org/2014/05/tuning.html?showComment=4#c4)

Thanks, I will try that next time.

  3. ![](//img.example.org/av/owl.jpg)

[Ines Marrow](https://profiles.example.org/3310)[May 6, 2014
at 7:03 PM](http://hurdy.example.org/2014/05/tuning.html?showComment=3#c3)

Which rosin do you use on the wheel?

[Reply](javascript:;)

Add comment
"""

WRAPPED_AVATARS = """\
How do I reverse a linked list in place?

I keep losing the head of the list when I swap the pointers around.

asked Mar 2, 2015 at 10:01

## 3 Answers

Keep three pointers and move them one node at a time, so that nothing is lost
when you turn the link of the current node around.

answered Mar 2, 2015 at 10:20

[ ![Tamsin Okoro's user
avatar](https://img.example.net/a/1.png)
](/users/11/tamsin-okoro)

[Tamsin Okoro](/users/11/tamsin-okoro)Tamsin Okoro

1,204 silver badges

Do it recursively: reverse the rest of the list, then hang the first node at
the end of what came back, which is simple but uses stack for every node.

answered Mar 2, 2015 at 11:05

[ ![Lev Arkwright's user
avatar](https://img.example.net/a/2.png)
](/users/12/lev-arkwright)

[Lev Arkwright](/users/12/lev-arkwright)Lev Arkwright

87 bronze badges

If you can spare the memory, push every node on a stack and pop them off again
to build the new list, which is easy to follow when you are debugging it.

answered Mar 3, 2015 at 8:47

[ ![Quill Baptiste's user
avatar](https://img.example.net/a/3.png)
](/users/13/quill-baptiste)

[Quill Baptiste](/users/13/quill-baptiste)Quill Baptiste

3 bronze badges

## Your Answer

Thanks for contributing an answer! Please be sure to answer the question and
provide details, and share your research with the other readers of the site.
"""


def test_wrapped_link_text_is_no_part_of_the_name() -> None:
    shown = L.plain("[Oskar Feld](https://profiles.example.org/1182)[May 5, 2014 at")
    assert shown == "Oskar Feld May 5, 2014 at"


def test_picture_items_head_a_flat_comment_list() -> None:
    page = threadparse.parse(PICTURE_ITEMS)
    assert [c.author for c in page.comments] == ["Oskar Feld", "Pim Vasquez-Toll", "Ines Marrow"]
    assert [c.author for c in page.comments[1].children] == ["Wren Halloway"]  # (past
    assert "Which rosin" in page.comments[2].text  # "0 Replies"; under the wrapped tail)


def test_wrapped_avatar_text_names_the_answer_author() -> None:
    page = threadparse.parse(WRAPPED_AVATARS)
    assert [c.author for c in page.walk()] == ["Tamsin Okoro", "Lev Arkwright", "Quill Baptiste"]
    assert page.comments[1].text.startswith("Do it recursively")
