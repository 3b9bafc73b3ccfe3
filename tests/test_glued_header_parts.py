"""Header parts a converter glued to the name: a month's date with no year ("Wilma
OrtegaApr 9", `lines.glued_months`, read where such lines repeat), a score and its word
("peregrin52 points•6h", `names._unglue_points`), a remote user's instance
("quill@forum.example", `names._strip_glued_instances`) and the thread starter's mark
("marsh_wrenOP", "阿哲原PO", `names._strip_starter_marks`); and a header's line other
than the name's taken for it: a rank printed with the date under every name ("Forum
Veteran · DATE", `posts.reading._dated_ranks`), a floor's label before the date ("F2・
DATE", `posts.reading._floor_numbered`).

Every fixture is invented, in the shapes resiliparse, w3m and lynx print such pages
(React or Inferno markup with no whitespace between a header's spans).
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.posts import starter_unmarked

NEWSLETTER = """\
The Quiet Harbour

Notes on the tide tables

Every spring the almanac goes out with two errors in it, and every spring somebody
writes in to say so. This year it was the pilot boat crew, and they were right.

Discussion about this post

Wilma Ortega's avatar
Wilma OrtegaApr 9

The table for the inner harbour has been off by twenty minutes since the new wall
went in. Glad somebody finally wrote it down.

Like (4)ReplyShare
Teodor Blum's avatar
Teodor BlumWriterApr 9

Thank you Wilma, the harbour master said the same thing when I called him.

Like (2)ReplyShare
Ines Kovac's avatar
Ines KovacApr 10

We used to set the clock in the chandlery by the pilot boat going out. Nobody
does that any more.

Like (1)ReplyShare
Bram de Vries's avatar
Bram de VriesApr 11

Is the printed almanac still sold at the post office?

Like ReplyShare
Ready for more?
"""

NEWSLETTER_FULL_MONTHS = (
    NEWSLETTER.replace("Apr 9", "April 9")
    .replace("Apr 10", "April 10")
    .replace("Apr 11", "April 11")
)

NEWSLETTER_W3M = NEWSLETTER.replace("Wilma Ortega's avatar\n", "[                    ]\n")

# a list of other posts, each title glued to its date: no names, no comments
RELATED = """\
The Quiet Harbour

Notes on the tide tables

Every spring the almanac goes out with two errors in it, and every spring somebody
writes in to say so.

More from the harbour

  • Dredging the outer channel again this yearJune 2
  • Ferry timetable changes for the summer seasonMay 28
  • What the new breakwater means for small boatsMay 19

© 2024 The Quiet Harbour
"""


def _authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [c.author for c in page.walk()]


def test_names_glued_to_month_and_day() -> None:
    assert _authors(NEWSLETTER) == ["Wilma Ortega", "Teodor Blum", "Ines Kovac", "Bram de Vries"]


def test_full_month_names_glued() -> None:
    assert _authors(NEWSLETTER_FULL_MONTHS) == [
        "Wilma Ortega",
        "Teodor Blum",
        "Ines Kovac",
        "Bram de Vries",
    ]


def test_glued_months_w3m() -> None:
    assert _authors(NEWSLETTER_W3M) == [
        "Wilma Ortega",
        "Teodor Blum",
        "Ines Kovac",
        "Bram de Vries",
    ]


def test_glued_months_repeat_to_be_read() -> None:
    lines = NEWSLETTER.splitlines()
    assert L.glued_months(lines)
    assert not L.glued_months(["Wilma OrtegaApr 9", "some text", "Ines KovacApr 10"])
    assert not L.glued_months(["Wilma OrtegaApr 9", "Wilma OrtegaApr 10", "Wilma OrtegaApr 11"])
    assert L.read_header("Wilma OrtegaApr 9") is None  # (no page taught it)


def test_titles_glued_to_dates_are_no_names() -> None:
    assert not L.glued_months(RELATED.splitlines())
    assert _authors(RELATED) == []


AGGREGATOR = """\
Lowland Cycling

Where do you lock your bike at the station?
submitted 6h ago by marsh_wren to cycling

The racks at the central station are always full by eight, and the cellar is closed
on Sundays. Where do the rest of you leave yours?

  • peregrin52 points•6h

    The cellar under the bus station is open all week, and nobody checks tickets.

    reply
    • marsh_wrenOP9 points•5h

      Good to know, I never looked there.

      reply
  • tansy@bikes.example14 points•5h

    I carry a folding one now and it goes under the desk.

    reply
    • peregrin3 points•4h

      The folding ones are half the price second hand too.

      reply
  • orrin_k@lowland.example-2 points•3h

    Just buy a cheap second bike for the station.

    reply
  • gull_fen@fens.example7 points•2h

    The racks by platform nine are emptier than the others.

    reply
"""

AGGREGATOR_PTS = AGGREGATOR.replace(" points•", " pts•")
AGGREGATOR_W3M = (
    AGGREGATOR.replace("  • peregrin52", "  • [18803]peregrin52")
    .replace("• tansy@", "• [44120]tansy@")
    .replace("• gull_fen@", "• [90215]gull_fen@")
)
AGGREGATOR_AUTHORS = ["peregrin", "marsh_wren", "tansy", "peregrin", "orrin_k", "gull_fen"]


def test_scores_glued_to_names() -> None:
    assert _authors(AGGREGATOR) == AGGREGATOR_AUTHORS


def test_scores_glued_in_other_words() -> None:
    assert _authors(AGGREGATOR_PTS) == AGGREGATOR_AUTHORS


def test_scores_glued_w3m() -> None:
    assert _authors(AGGREGATOR_W3M) == AGGREGATOR_AUTHORS


def test_name_keeps_its_own_digits_printed_alone() -> None:
    text = AGGREGATOR.replace("gull_fen@fens.example7 points", "gull_fen827 points").replace(
        "emptier than the others.", "emptier than the others, as gull_fen82 says"
    )
    assert _authors(text)[-1] == "gull_fen82"


def test_digits_without_a_score_word_stay() -> None:
    text = (
        AGGREGATOR.replace("peregrin52 points•", "rover42 •")
        .replace("marsh_wrenOP9 points•", "kite7 •")
        .replace("tansy@bikes.example14 points•", "ash99 •")
        .replace("peregrin3 points•", "rover42 •")
        .replace("orrin_k@lowland.example-2 points•", "wren5 •")
        .replace("gull_fen@fens.example7 points•", "heron11 •")
    )
    assert _authors(text) == ["rover42", "kite7", "ash99", "rover42", "wren5", "heron11"]


FORUM = """\
BIKE TALK
Home > Forum > Touring
kestrel.jo
Forum Veteran · 03-04-2024 09:12

Panniers or a trailer for a week in the hills?

Going for seven days with camping gear. Panniers or a small trailer?
Quote Reply Share
Replies
brackenridge
Forum Regular · 03-04-2024 09:40
#1
Panniers. A trailer is a pain on the gravel climbs.
Quote Reply Share
kestrel.joTS
Forum Veteran · 03-04-2024 10:02
#2
Thanks, that settles it then.
Quote Reply Share
moss.hollow
Forum Veteran · 03-04-2024 10:30
#3
Trailer if you carry a dog, panniers otherwise.
Quote Reply Share
brackenridge
Forum Regular · 03-04-2024 11:05
#4
Ha, the dog would not fit in a pannier anyway.
Quote Reply Share
fennel_k
Newcomer · 03-04-2024 11:48
#5
Check the weight limit on your rear rack before you load it.
Quote Reply Share
"""


def test_rank_with_the_date_is_no_name() -> None:
    assert _authors(FORUM)[-5:] == [
        "brackenridge",
        "kestrel.jo",
        "moss.hollow",
        "brackenridge",
        "fennel_k",
    ]


def test_a_name_with_the_date_stays() -> None:
    # each poster's own name with the date, under a status that changes from post to
    # post ("Online", "Away"): the status is no name, the dated name is
    text = FORUM
    for name, rank in (
        ("brackenridge", "Forum Regular"),
        ("kestrel.joTS", "Forum Veteran"),
        ("moss.hollow", "Forum Veteran"),
        ("fennel_k", "Newcomer"),
    ):
        text = text.replace(f"{name}\n{rank} · ", f"Online\n{name} · ", 1)
        text = text.replace(f"{name}\n{rank} · ", f"Away\n{name} · ", 1)
    assert _authors(text)[-5:] == [
        "brackenridge",
        "kestrel.jo",
        "moss.hollow",
        "brackenridge",
        "fennel_k",
    ]


FLOORS = """\
Campus Board
Exchange
男
Northern Tech
2024年4月2日 10:05

出國交換要帶多少現金？

下個月要去交換，想問大家都帶多少現金過去？
愛心120
共 5 則留言

女
Harbour University
F1・4月2日 10:20
我帶了大概兩百歐，其他都刷卡，到現在都沒遇過不能刷的店，只有市場的小攤子要現金。
愛心12
男
Northern Tech原PO
F1-1・4月2日 10:31
謝謝！那提款卡在那邊有用嗎？我怕跨國領錢的手續費會很貴，想先問清楚再決定要不要辦。
愛心2
女
Harbour University
F1-2・4月2日 10:44
有，可以直接領當地的錢，但每次手續費都很貴，所以我都一次領多一點，放在宿舍的抽屜裡。
愛心4
男
Hill College
F2・4月2日 11:02
記得帶一點零錢坐車，機場到市區的巴士有些只收現金，刷卡機常常壞掉，到時候會很麻煩。
愛心6
女
Valley Institute
F3・4月2日 12:15
我什麼都沒帶，到了機場再用提款卡領，其實也很方便，只是要先跟銀行開通國外提款的功能。
愛心1
登入後即可留言
"""


def test_floor_labels_are_numbers() -> None:
    authors = _authors(FLOORS)
    assert authors[-5:] == [
        "Harbour University",
        "Northern Tech",
        "Harbour University",
        "Hill College",
        "Valley Institute",
    ]


def test_floor_labels_out_of_sequence_stay_names() -> None:
    text = FLOORS.replace("F2・", "F7・").replace("F3・", "F4・")
    # (F1, F1, F1, F7, F4: no sequence, no floors)
    assert "Hill College" not in _authors(text)


def test_glued_starter_mark_comes_off() -> None:
    assert starter_unmarked("marsh_wrenOP") == "marsh_wren"
    assert starter_unmarked("kestrel.joTS") == "kestrel.jo"
    assert starter_unmarked("Northern Tech原PO") == "Northern Tech"
    assert starter_unmarked("ann_k OP") == "ann_k"
    # (capitals before the mark: a name's own, "BIGTOP"; a name ending so, "Philip")
    assert starter_unmarked("BIGTOP") is None
    assert starter_unmarked("Philip") is None
