"""What kind of page a dump is (`Page.kind`, `threadparse.kinds`): blog, forum, Q&A or
link aggregator, read from the page's shape; and given by the caller. Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import EXAMPLES
from test_posts import FORUM, QA
from threadparse.kinds import KINDS, detect

AGGREGATOR = """\
Show: A tiny text editor (example.org)
143 points by ann_k 5 hours ago | 3 comments

  • bob_r 12 points 4 hours ago
    Nice work, the startup time is impressive.
    • ann_k 9 points 4 hours ago
      Thanks, it is mostly lazy loading.
  • cyd 3 points 2 hours ago
    Does it handle large files?
"""

FLAT_QUOTING = """\
Night ferries

  • Ann says:
    The late ferry is the calmest crossing of the day.
  • Bob says:
    Ann said:
    The late ferry is the calmest crossing of the day.
    Click to expand...
    Not in winter, it is not.
"""

LONG_ARTICLE = " ".join(["A sentence of the article, long enough to count as prose."] * 40)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ((EXAMPLES / "small.txt").read_text(encoding="utf-8"), "blog"),
        (FORUM, "forum"),
        ((EXAMPLES / "forum.txt").read_text(encoding="utf-8"), "forum"),
        (FLAT_QUOTING, "forum"),
        (QA, "qa"),
        (AGGREGATOR, "aggregator"),
        ("Just an article.\n\nNo comments at all.\n", "blog"),
    ],
)
def test_the_kind_is_read_from_the_page(text: str, kind: str) -> None:
    page = threadparse.parse(text)
    assert page.kind == kind
    assert threadparse.loads(threadparse.dumps(page)).kind == kind


def test_a_post_list_under_a_long_article_is_a_blog() -> None:
    # the forum's posts, under an article of 400 words, without post numbers or boxes
    posts = FORUM.replace("  • #", "  • ref ")
    posts = posts.replace("Tamsin Roe said:\n", "").replace("Click to expand...\n", "")
    page = threadparse.parse(posts.replace("Which mulch", LONG_ARTICLE + "\n\nWhich mulch", 1))
    assert len(page) == 3 and all(c.number is None for c in page.walk())
    assert page.kind == "blog"
    short = threadparse.parse(posts)
    assert len(short) == 3 and short.kind == "forum"


def test_a_nested_blog_quoting_in_boxes_stays_a_blog() -> None:
    nested = FLAT_QUOTING.replace("  • Bob says:\n    ", "    • Bob says:\n      ").replace(
        "\n    The late ferry is the calmest crossing of the day.\n    Click",
        "\n      The late ferry is the calmest crossing of the day.\n      Click",
    )
    nested = nested.replace("    Not in winter", "      Not in winter")
    page = threadparse.parse(nested)
    assert page.max_depth == 1 and page.comments[0].children[0].quotes
    assert page.kind == "blog"


def test_aggregator_authors_lose_their_points() -> None:
    page = threadparse.parse(AGGREGATOR)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("bob_r", "4 hours ago"),
        ("ann_k", "4 hours ago"),
        ("cyd", "2 hours ago"),
    ]


def test_the_caller_can_say_the_kind() -> None:
    assert threadparse.parse(FORUM, kind="qa").kind == "qa"
    path = EXAMPLES / "small.txt"
    assert threadparse.parse_file(path, kind="forum").kind == "forum"
    with pytest.raises(ValueError, match="unknown kind 'wiki'; known: blog, forum, qa, aggregator"):
        threadparse.parse(FORUM, kind="wiki")
    assert KINDS == ("blog", "forum", "qa", "aggregator")


def test_kind_takes_part_in_equality_and_defaults_on_old_data() -> None:
    page = threadparse.parse(FORUM)
    other = threadparse.parse(FORUM, kind="blog")
    assert page != other
    data = threadparse.to_dict(page)
    del data["kind"]  # a page written before kinds existed
    assert threadparse.from_dict(data).kind == "blog"


def test_detect_on_a_page_without_comments() -> None:
    assert detect(threadparse.Page(), post_list=True) == "blog"


COUNTED = """\
How do I keep basil alive indoors?

Mine wilts within a week, whatever I do.

{count}

  • Ann says:
    Water it from below, and give it the sunniest window you have.
  • Bob says:
    Pinch off the flowers: the plant stops growing leaves once it blooms.
"""


@pytest.mark.parametrize("count", ["2 Answers", "2 answers", "2 ANSWERS", "## 2 Answers"])
def test_a_page_that_counts_its_answers_is_qa(count: str) -> None:
    page = threadparse.parse(COUNTED.format(count=count))
    assert len(page) == 2
    assert page.kind == "qa"


@pytest.mark.parametrize("count", ["2 Replies", "Answers are welcome", "2 people answered"])
def test_no_count_of_answers_no_qa(count: str) -> None:
    assert threadparse.parse(COUNTED.format(count=count)).kind == "blog"


@pytest.mark.parametrize(
    "text",
    [FORUM, QA, AGGREGATOR, FLAT_QUOTING, COUNTED.format(count="2 Answers"),
     COUNTED.format(count="2 answers"), (EXAMPLES / "small.txt").read_text(encoding="utf-8")],
)  # fmt: skip
def test_the_dump_only_spares_the_look_it_does_not_change_the_kind(text: str) -> None:
    page = threadparse.parse(text)
    for post_list in (False, True):
        assert detect(page, post_list, text) == detect(page, post_list)


def test_the_kind_is_detected_when_first_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parse leaves `kind` to its first read, which detects it once; a given kind, or
    one set by hand, is never detected; a page made by hand is a blog."""
    from threadparse import kinds

    calls: list[bool] = []
    real = kinds.detect
    monkeypatch.setattr(
        kinds,
        "detect",
        lambda page, posts, source=None: calls.append(posts) or real(page, posts, source),
    )
    page = threadparse.parse(AGGREGATOR)
    assert calls == []
    assert page.kind == "aggregator" and page.kind == "aggregator" and len(calls) == 1
    assert threadparse.parse(AGGREGATOR, kind="forum").kind == "forum" and len(calls) == 1
    page = threadparse.parse(AGGREGATOR)
    page.kind = "qa"
    assert page.kind == "qa" and len(calls) == 1
    assert threadparse.Page().kind == "blog" and len(calls) == 1
