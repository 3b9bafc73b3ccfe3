"""A board's header block: the name over the poster's profile list, the subject, the
post's number, then "« Reply #2 on: DATE »" (Simple Machines' Curve2 theme). The line
under the number reads as a name and a date ("Reply #2" before "on: DATE"), but the
name it gives holds the post's number again: the label's, no poster's
(`posts.authors._strong_author`). Invented page."""

from __future__ import annotations

import threadparse

POST = """\
{name}

  • {rank}
  • **
  • Posts: {posts}
  • Location: {town}
  • Logged
Re: Creaking bottom bracket under load
#{number}
« {label}on: March 12, 2021, {time} »
{body}
  • Quote
  • Report to moderator
"""

PAGE = """\
Cycling Forum » Maintenance » Creaking bottom bracket under load

Topic starter: marek_s, March 12, 2021, 07:45:10 PM

{posts}
Pages: 1
"""


def _page(label: str) -> str:
    rows = [
        ("marek_s", "Member", 86, "Bydgoszcz", 0, "07:45:10 PM",
         "Hi all, for two weeks my road bike creaks on every hard pedal stroke."),
        ("kasia_g", "Global moderator", 3412, "Gdynia", 1, "08:03:51 PM",
         "Most creaks under load are not the bottom bracket: check the pedals first."),
        ("marek_s", "Member", 87, "Bydgoszcz", 2, "09:17:33 PM",
         "Good idea, I will borrow flat pedals from my brother tomorrow."),
        ("zdzich", "Mechanic", 1958, "Torun", 3, "10:22:05 PM",
         "From the workshop: clean and grease the crank bolt before anything else."),
        ("ola.gravel", "Member", 412, "Krakow", 4, "11:40:12 PM",
         "Same noise last year, it was the chainring bolts."),
    ]  # fmt: skip
    posts = "\n".join(  # (the opening post, #0, prints no label and number: "« on: DATE »")
        POST.format(name=n, rank=r, posts=p, town=t, number=k, time=h, body=b,
                    label=f"{label} #{k} " if k else "")
        for n, r, p, t, k, h, b in rows
    )  # fmt: skip
    return PAGE.format(posts=posts)


def test_the_line_under_the_number_names_nobody() -> None:
    page = threadparse.parse(_page("Reply"))
    assert [c.author for c in page.walk()] == [
        "marek_s",
        "kasia_g",
        "marek_s",
        "zdzich",
        "ola.gravel",
    ]


def test_the_same_in_polish() -> None:
    page = threadparse.parse(_page("Odpowiedź"))
    assert [c.author for c in page.walk()] == [
        "marek_s",
        "kasia_g",
        "marek_s",
        "zdzich",
        "ola.gravel",
    ]
