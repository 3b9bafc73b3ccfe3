"""A blog's comments each closed by a footer that names the commenter and dates the
comment, then its number ("Posted by Ann Lee on 03/01/2024 at 06:02 PM   #1"): where
the name is a link, html2text wraps the footer at its width, and the number (or the
time and the number) goes onto the line under it. Read as one line with it
(`stamps._number_wrapped`), the footer is of the same template as the others, and all
of them sign the comments over them. Invented comments."""

from __future__ import annotations

import pytest

import threadparse

COMMENTS = [
    ("Martha Quill", "03/01/2024 at 06:02 PM"),
    ("Oskar Brandt", "03/01/2024 at 07:45 PM"),
    ("Lena Fairweather", "03/02/2024 at 10:10 AM"),
    ("Tom Ng", "03/02/2024 at 03:33 PM"),
    ("Priya Anand", "03/04/2024 at 11:50 AM"),
]
# the footers as html2text prints them: a linked name makes the line long, wrapped at
# 78 columns before the number, or before the time
FOOTERS = [
    "{label} [Martha Quill](https://martha-quill.example/) on 03/01/2024 at 06:02 PM\n#1",
    "{label} Oskar Brandt on 03/01/2024 at 07:45 PM   #2",
    "{label} [Lena Fairweather](https://lena-fairweather.example/) on 03/02/2024 at\n10:10 AM   #3",
    "{label} Tom Ng on 03/02/2024 at 03:33 PM   #4",
    "{label} [Priya Anand](https://priya-anand.example/) on 03/04/2024 at 11:50 AM\n#5",
]
BODIES = [
    "Lovely photos of the old mill. Was the wheel still turning when you visited?",
    "Martha, it turns on Sundays only, the rest of the week it is kept braked.",
    "We walked there last summer and the café by the pond was shut, sadly.",
    "Does anyone know if the footpath along the race is open again this year?",
    "Tom, it reopened in March, though the stiles at the far end are muddy.",
]


def _page(label: str) -> str:
    lines = ["# Mill Lane Walks", "", "## The old mill in spring", "", "A short walk.", ""]
    lines += ["### Comments", ""]
    for footer, body in zip(FOOTERS, BODIES, strict=True):
        lines += [body, "", footer.format(label=label), ""]
    lines += ["### Post a Comment", "", "Name:", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("label", ["Posted by", "Comment by", "Written by"])
def test_a_wrapped_footer_signs_the_comment_over_it(label: str) -> None:
    comments = list(threadparse.parse(_page(label)).walk())
    assert [(c.author, c.date) for c in comments] == COMMENTS
    assert [c.text for c in comments] == BODIES


def test_a_number_under_a_header_that_was_not_wrapped_is_not_its_own() -> None:
    """A header line that would have taken its number ("Posted by Ann Lee on DATE", no
    link, short) over a line closed by a number ("Entry #2"): that line is the next
    comment's body, not the header's wrapped number."""
    from threadparse.parser import _outline
    from threadparse.posts.stamps import _number_wrapped, read_stamp

    header, under = _outline("Posted by Ann Lee on 03/01/2024 at 06:02 PM\nEntry #2\n")
    stamp = read_stamp(header)
    assert stamp is not None and stamp.author == "Ann Lee"
    assert _number_wrapped(header, under, stamp) is stamp
    long_header = "Posted by [Ann Lee](https://ann-lee.example/blog/) on 03/01/2024 at 06:02 PM"
    wrapped, number = _outline(f"{long_header}\n#2\n")
    read = _number_wrapped(wrapped, number, read_stamp(wrapped))  # type: ignore[arg-type]
    assert (read.author, read.number, read.wrapped) == ("Ann Lee", 2, 1)
