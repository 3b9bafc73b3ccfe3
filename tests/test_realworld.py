"""One small invented dump per rule for real-world pages (the shapes seen in real
converter output, with names and text of our own)."""

from __future__ import annotations

from datetime import datetime

import pytest

import threadparse
from conftest import assert_nothing_lost


def tree(text: str) -> list[tuple[str | None, int, str]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.author, c.depth, c.text.split("\n")[0]) for c in page.walk()]


@pytest.mark.parametrize(
    ("header", "author", "date"),
    [
        ("Wilma Fenn says:", "Wilma Fenn", None),
        ("Wilma Fenn Says:", "Wilma Fenn", None),
        ("Wilma Fenn sagt:", "Wilma Fenn", None),
        ("Wilma Fenn schreibt:", "Wilma Fenn", None),
        ("Wilma Fenn dijo:", "Wilma Fenn", None),
        ("Wilma Fenn said:", "Wilma Fenn", None),
        ("Wilma Fenn wrote on March 3rd, 2016 at 10:02:", "Wilma Fenn", "March 3rd, 2016 at 10:02"),
        ("Wilma Fenn on April 9, 2017 at 6:15 pm said:", "Wilma Fenn", "April 9, 2017 at 6:15 pm"),
        ("Wilma Fenn said, on May 2, 2018", "Wilma Fenn", "May 2, 2018"),
        ("Wilma Fenn • 3 weeks ago", "Wilma Fenn", "3 weeks ago"),
        ("Wilma Fenn | 04.06.2013 09:12", "Wilma Fenn", "04.06.2013 09:12"),
        (
            "Wilma Fenn 7. Mai 2019 um 08:30 Uhr - Antworten",
            "Wilma Fenn",
            "7. Mai 2019 um 08:30 Uhr",
        ),
        ("Wilma Fenn, Mi 4 Sep 2019 / 14:05 Antworten", "Wilma Fenn", "Mi 4 Sep 2019 / 14:05"),
        ("Wilma FennJune 2, 2012 at 4:40 PM", "Wilma Fenn", "June 2, 2012 at 4:40 PM"),
        ("Wilma16:20", "Wilma", "16:20"),
        ("#4 by Wilma Fenn on 八月 3, 2015 - 9:01 下午", "Wilma Fenn", "八月 3, 2015 - 9:01 下午"),
        ("Avatar Wilma Fenn says:", "Wilma Fenn", None),
        ("[c3f] Wilma Fenn says:", "Wilma Fenn", None),
        # A day word is a date after a connector or separator, otherwise part of the name.
        ("Wilma Fenn on today said:", "Wilma Fenn", "today"),
        ("Wilma Fenn - ayer dijo:", "Wilma Fenn", "ayer"),
        ("Wilma Today says:", "Wilma Today", None),
        (".Hoy says:", ".Hoy", None),
    ],
)
def test_header_forms(header: str, author: str, date: str | None) -> None:
    text = f"A post\n\nText.\n\n1 reply\n  1. {header}\n\n    Nice post, thanks.\n"
    page = threadparse.parse(text)
    (comment,) = page.comments
    assert (comment.author, comment.date, comment.text) == (author, date, "Nice post, thanks.")


def test_name_alone_with_the_date_and_reply_link_on_lines_below() -> None:
    text = (
        "A post\n\nText.\n\n2 comments\n"
        "  1. Orrin Vale\n    February 2, 2021 at 8:14 am\n\n    First!\n\n    Reply\n"
        "    • Juna Park\n      February 3, 2021 at 9:00 am\n\n      Second.\n\n      Antworten\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth, c.text, c.date) for c in page.walk()] == [
        ("Orrin Vale", 0, "First!", "February 2, 2021 at 8:14 am"),
        ("Juna Park", 1, "Second.", "February 3, 2021 at 9:00 am"),
    ]
    assert [m.role for m in page.comments[0].meta] == ["date", "reply"]
    assert page.comments[0].datetime == datetime(2021, 2, 2, 8, 14)
    assert threadparse.to_rows(page)[1]["datetime"] == "2021-02-03T09:00:00"
    assert_nothing_lost(page, text)


def test_placeholder_header_with_the_name_below() -> None:
    text = (
        "A post\n\nText.\n\n2 comments\nEditor posted\n\n"
        "  1. [avatar]\n    Profile\n    01.02.15 at 9:14 pm\n    nightowl\n\n    Ha, lovely.\n"
        "  2. [avatar]\n    Profile\n    01.02.15 at 9:20 pm\n    earlybird\n\n    Agreed.\n"
    )
    assert tree(text) == [("nightowl", 0, "Ha, lovely."), ("earlybird", 0, "Agreed.")]


def test_pingbacks_are_marked() -> None:
    text = (
        "A post\n\nText.\n\n2 replies\n  1. Pingback: Ten links for Friday | Some Blog\n"
        "  2. Trackback von Ein anderer Blog | 11.09.2011 23:31\n\n    […] gefunden […]\n"
        "  3. Real Person says:\n\n    Hi.\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.kind) for c in page.walk()] == [
        ("Ten links for Friday | Some Blog", "pingback"),
        ("Ein anderer Blog", "trackback"),
        ("Real Person", "comment"),
    ]


def test_a_german_date_is_not_a_numbered_item() -> None:
    text = "A post\n\n1 Kommentar\n  1. Udo sagt:\n    12. März 2020 um 16:45 Uhr\n\n    Servus.\n"
    page = threadparse.parse(text)
    (udo,) = page.comments
    assert (udo.date, udo.text, udo.children) == ("12. März 2020 um 16:45 Uhr", "Servus.", [])


def test_post_lists_and_sidebars_are_not_comments() -> None:
    text = (
        "A post\n\nText.\n\nRecent posts\n"
        "  • Notes on kites June 3, 2020\n  • Notes on boats\n    May 1, 2020\n\n"
        "2 comments\n"
        "  1. Ann says:\n\n    Hi.\n"
        "  2. Bob says:\n\n    Yo.\n"
        "Comments are closed.\n\nArchives\n  • 2020\n    • June\n    • May\n"
        "Categories\n  • Kites\n    a kite category\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [("Ann", 0), ("Bob", 0)]
    assert page.closed and page.declared_count == 2
    assert "Archives" in [f.text for f in page.furniture]


def test_after_a_count_the_first_item_decides() -> None:
    # the count is followed by a list that is not a thread: no comments are invented
    text = "A post\n\n2 responses\n\nHighlights\n  • one thing\n  • another\n    with detail\n"
    assert tree(text) == []
    # the count is followed by comment items without any header verb: a thread
    text = "A post\n\n2 comments\n  1. Ann\n    Hi.\n  2. Bob\n    Yo.\n"
    assert tree(text) == [("Ann", 0, "Hi."), ("Bob", 0, "Yo.")]


def test_a_second_run_of_comments_after_the_first() -> None:
    text = (
        "A post\n\nText.\n\n1 comment\n  1. Ann says:\n\n    Hi.\n"
        "Trackbacks\n  1. Pingback: Elsewhere | A blog\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.kind) for c in page.walk()] == [
        ("Ann", "comment"),
        ("Elsewhere | A blog", "pingback"),
    ]


def test_marker_alone_on_its_line_with_the_header_below() -> None:
    # lynx prints "N." alone, the header on the next line, links as "[12]"
    text = (
        "A post\n\n2 comments\n"
        "    1.\n   Ann says:\n       [12]May 3, 2021 at 9:00 am\n       Hello there.\n"
        "       [13]Reply\n         1.\n        Bob says:\n            Hi Ann.\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth, c.text, c.number) for c in page.walk()] == [
        ("Ann", 0, "Hello there.", 1),
        ("Bob", 1, "Hi Ann.", 1),
    ]
    assert [m.role for m in page.comments[0].meta] == ["date", "reply"]
    assert_nothing_lost(page, text)


def test_flat_thread_with_markdown_headers() -> None:
    # html2text: headers are list items, bodies and dates are not indented under them,
    # names are bold, dates and reply links are Markdown links whose target may wrap.
    text = (
        '# A post\n\nText.\n\n## 3 thoughts on "A post"\n\n'
        "  1. ![](https://img.example/a.png) **Wren Adair** says:\n\n"
        "[ May 3, 2021 at 9:00 am ](https://blog.example/a-post/#comment-\n11)\n\n"
        "First paragraph.\n\nSecond paragraph.\n\n"
        "[Reply](https://blog.example/a-post/?replytocom=11#respond)\n\n"
        "     * ![](https://img.example/b.png) **Ola Brandt** says:\n\n"
        "[ May 4, 2021 at 8:00 am ](https://blog.example/a-post/#comment-12)\n\n"
        "A reply.\n\n[Reply](https://blog.example/a-post/?replytocom=12#respond)\n\n"
        "  2. ![](https://img.example/c.png) **Mo Ide** says:\n\n"
        "[ May 5, 2021 at 7:00 am ](https://blog.example/a-post/#comment-13)\n\n"
        "Last one.\n\n### Leave a Reply\n\nYour email address will not be published.\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth, c.text) for c in page.walk()] == [
        ("Wren Adair", 0, "First paragraph.\n\nSecond paragraph."),
        ("Ola Brandt", 1, "A reply."),
        ("Mo Ide", 0, "Last one."),
    ]
    assert page.comments[0].date == "May 3, 2021 at 9:00 am"
    assert [m.role for m in page.comments[0].meta] == ["date", "date", "reply"]
    assert page.declared_count == 3
    assert "### Leave a Reply" in [f.text for f in page.furniture]
    assert_nothing_lost(page, text)


def test_picture_header_needs_a_name_below_to_start_a_thread() -> None:
    gallery = "A post\n\n  * ![](https://img.example/1.png)\n\nA caption under the picture.\n"
    assert tree(gallery) == []
    thread = (
        "A post\n\n2 comments\n\n  1. ![](https://img.example/avatar.png)\n\n"
        "Nell Ruiz • 2 weeks ago\n\nGreat read.\n\n"
        "  2. ![](https://img.example/avatar.png)\n\nBo Tran • 1 week ago\n\nSame here.\n"
    )
    assert tree(thread) == [("Nell Ruiz", 0, "Great read."), ("Bo Tran", 0, "Same here.")]


def test_dialect_is_detected_and_can_be_given() -> None:
    markdown = "# Post\n\n  1. **Ann** says:\n\n[May 3, 2021](https://x.example/#c1)\n\nHi.\n"
    assert threadparse.parse(markdown).dialect == "html2text"
    assert threadparse.parse("Post\n\n1 reply\n  1. Ann says:\n    Hi.\n").dialect == "resiliparse"
    assert threadparse.parse(markdown, dialect="lynx").dialect == "lynx"
    with pytest.raises(ValueError, match="unknown dialect"):
        threadparse.parse(markdown, dialect="word")


def test_dialect_is_detected_when_first_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """No rule needs the dialect: a parse leaves it to the first read of page.dialect,
    which detects it once; a given one, or a page without source, needs no detection."""
    from threadparse import model

    calls: list[str] = []
    detect = model.detect
    monkeypatch.setattr(model, "detect", lambda text: calls.append(text) or detect(text))
    markdown = "# Post\n\n  1. **Ann** says:\n\n[May 3, 2021](https://x.example/#c1)\n\nHi.\n"
    page = threadparse.parse(markdown)
    assert calls == []
    assert page.dialect == "html2text" and page.dialect == "html2text"
    assert calls == [markdown]
    assert threadparse.parse(markdown, dialect="w3m").dialect == "w3m"
    assert threadparse.Page().dialect == "resiliparse"
    copy = threadparse.loads(threadparse.dumps(page))  # (serialised: the label kept)
    assert copy.dialect == "html2text" and page == copy and len(calls) == 1
    page.dialect = "lynx"
    assert page.dialect == "lynx"


def test_dialect_detection_on_the_corpus() -> None:
    from conftest import CORPUS, need

    need(CORPUS)
    from threadparse.dialect import detect

    right = total = 0
    for path in sorted(CORPUS.glob("*.txt")):
        truth = path.name.rsplit(".", 2)[-2].replace("resiliparse-main", "resiliparse")
        right += detect(path.read_text(encoding="utf-8")) == truth
        total += 1
    assert total >= 100 and right / total >= 0.95, (right, total)


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        # a date inside the linking post's title is the title's (failure class F)
        (
            "Pingback: Spring fair – 12.4.19 | Town Notes",
            "Spring fair – 12.4.19 | Town Notes",
            None,
        ),
        (
            "Trackback: Harbour days 2019-05-03 recap | Blog",
            "Harbour days 2019-05-03 recap | Blog",
            None,
        ),
        # a date closing the line is the pingback's own
        (
            "Pingback: Weekend links | Gull & Pier May 3, 2019",
            "Weekend links | Gull & Pier",
            "May 3, 2019",
        ),
    ],
)
def test_a_date_inside_a_pingbacks_title(line: str, author: str, date: str | None) -> None:
    page = threadparse.parse(f"Post\n\n2 responses\n  1. {line}\n  2. Ann says:\n    Hi.\n")
    assert (page.comments[0].author, page.comments[0].date) == (author, date)
    assert page.comments[0].kind in ("pingback", "trackback")


def test_pingback_fixture_keeps_the_whole_title() -> None:
    from conftest import FAILURE_FIXTURES, need

    page = threadparse.parse_file(need(FAILURE_FIXTURES / "F_pingback.txt"))
    assert [(c.author, c.kind) for c in page.walk()] == [
        ("Lantern night recap – 3.5.17 | Harbour Notes", "pingback"),
        ("Weekend links | Gull & Pier", "pingback"),
        ("Mira", "comment"),
    ]


def test_a_pingback_title_wrapped_onto_the_next_line() -> None:
    text = (
        "A post\n\n2 comments\n"
        " 1. Pingback: A rather long title about kites, boats and other things\n"
        "    that wrapped | Some Blog\n"
        " 2. Pingback: Notes from Today in Kiteland | Another Blog\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.kind) for c in page.walk()] == [
        ("A rather long title about kites, boats and other things that wrapped | Some Blog",
         "pingback"),
        ("Notes from Today in Kiteland | Another Blog", "pingback"),
    ]  # fmt: skip
    assert_nothing_lost(page, text)


def test_a_numbered_comment_that_lost_its_header() -> None:
    # main-content extraction sometimes drops a header: "2." still continues "1."
    text = (
        "A post\n\n3 responses\n\n  1. Ann says:\n\n    Hi.\n\n"
        "  2. What a lovely piece of writing, thank you so much for it.\n\n"
        "  3. Bob says:\n\n    Yo.\n\nFooter\n  • a list\n  • after the thread\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.number, c.text) for c in page.walk()] == [
        ("Ann", 1, "Hi."),
        (None, 2, "What a lovely piece of writing, thank you so much for it."),
        ("Bob", 3, "Yo."),
    ]
    assert_nothing_lost(page, text)


def test_comments_printed_without_list_markers() -> None:
    text = (
        "A jam recipe\n\nStir well.\n\n2 comments\n\n"
        "Petra Quill August 17, 2019 - 2:19 pm\n\nLovely jam, too sweet for me.\n\nReply\n"
        "Hal Orme August 19, 2019 - 5:48 pm\n\nUse less sugar then.\n\nReply\n\n"
        "Leave a Comment\n\nYour email address will not be published.\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth, c.text, c.date) for c in page.walk()] == [
        ("Petra Quill", 0, "Lovely jam, too sweet for me.", "August 17, 2019 - 2:19 pm"),
        ("Hal Orme", 0, "Use less sugar then.", "August 19, 2019 - 5:48 pm"),
    ]
    assert [w.code for w in page.warnings] == ["comments-without-markers"]
    with pytest.raises(threadparse.ThreadParseError, match="without list markers"):
        threadparse.parse(text, strict=True)
    assert_nothing_lost(page, text)
    # a byline after a count in an article is not a thread: no body follows it
    assert tree("Post\n\n3 comments\nBy Petra Quill, May 2, 2020\n") == []


def test_the_article_is_built_when_first_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parse reads the lines before the thread for furniture (its count, a closed
    notice) and leaves the article's blocks to their first read; the built article is
    the same value (equality, pickling, JSON)."""
    import pickle

    from threadparse import transform

    calls: list[int] = []
    real = transform.article_blocks
    monkeypatch.setattr(
        transform, "article_blocks", lambda stretches: calls.append(1) or real(stretches)
    )
    text = "Kites\n\nFirst paragraph.\n\n“A quote.”\n\n2 replies\n  1. Ann says:\n    Hi.\n"
    page = threadparse.parse(text)
    assert calls == [] and page.declared_count == 2
    assert page.article.text == "First paragraph.\n\n“A quote.”" and len(calls) == 1
    assert [type(b).__name__ for b in page.article.blocks] == ["Paragraph", "Quote"]
    assert len(calls) == 1
    assert page.article == threadparse.Article(list(page.article.blocks))
    assert pickle.loads(pickle.dumps(page.article)) == page.article
    assert threadparse.loads(threadparse.dumps(threadparse.parse(text))) == page
    page.article.blocks = []
    assert page.article.text == "" and repr(page.article) == "Article(blocks=[])"


@pytest.mark.parametrize(
    "word", ["Ответить", "Відповісти", "Odpovědět", "Beantwoorden", "Svara", "Yanıtla", "Cevapla"]
)
def test_reply_links_in_more_languages(word: str) -> None:
    from threadparse.lines import is_reply_link

    assert is_reply_link(word) and is_reply_link(f"{word} | Report")
    text = (
        f"Post\n\n2 replies\n  1. Ann says:\n    Hi there.\n    {word}\n  2. Bob says:\n    Yo.\n"
    )
    first = threadparse.parse(text).comments[0]
    assert first.text == "Hi there." and [m.role for m in first.meta] == ["reply"]
