"""Every pattern runs in linear time: hostile lines finish well under a second."""

from __future__ import annotations

import gc
import time

import pytest

import threadparse
from threadparse import dates, lines

N = 100_000
HOSTILE = {
    "spaces": " " * N + "x",
    "spaces then says": "a" + " " * N + "says:",
    "bullets": "• " * N,
    "bullet run": "•" * N,
    "says words": "says " * N + ":",
    "says colons": "says: " * N,
    "digits": "1" * N,
    "digits dot": "1." * N,
    "numbered spaces": "1." + " " * N,
    "tabs": "\t" * N + "y",
    "nbsp": "\u00a0" * N + "z",
    "quotes": "“" * N,
    "date-ish": "12 " * N,
    "months": "May " * N,
    "ago": "1 " + " " * N + "days",
    "month words": "Mai " * N + "2019",
    "glued months": "aOctober " * N,
    "times": "12:30 " * N,
    "brackets": "[" * N,
    "wrote on": "x wrote on " * N + ":",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_lines_parse_fast(name: str) -> None:
    line = HOSTILE[name]
    text = f"Title\n\n1 reply\n  1. Ann says:\n    {line}\n{line}\n  2. {line}\n"
    started = time.perf_counter()
    page = threadparse.parse(text)
    assert time.perf_counter() - started < 1.0, name
    assert page.title == "Title"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_line_classifiers_are_linear(name: str) -> None:
    line = HOSTILE[name]
    started = time.perf_counter()
    lines.read_header(line)
    lines.declared_count(line)
    dates.find_date(line)
    dates.is_date_line(line)
    dates.parse_date(line)
    lines.is_reply_link(line)
    lines.is_closed_notice(line)
    lines.is_icon_label(line)
    assert time.perf_counter() - started < 1.0, name


def parse_time(text: str, repeats: int = 3) -> float:
    """Seconds a parse of ``text`` takes: the best of ``repeats`` (as timeit reports),
    so a burst of load on a shared machine does not decide a ratio of two timings."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        threadparse.parse(text)
        best = min(best, time.perf_counter() - started)
    return best


def test_many_short_threads_in_one_list_stay_linear() -> None:
    # comment, non-comment, comment, ... in one sibling list: each starts a new run
    unit = "  1. Ann says:\n    Hi.\n  • plain item\n"
    small, large = "T\n\n" + unit * 2_000, "T\n\n" + unit * 8_000
    t_small, t_large = parse_time(small), parse_time(large)
    assert len(threadparse.parse(large).comments) == 8_000
    assert t_large < 8 * t_small + 0.5  # linear would be 4x; quadratic 16x


RUNS = {
    # plain lines that join into LINES tokens, and lines that almost do
    "same indentation": "    line of text\n" * 20_000,
    "blank lines of the same indentation between": ("    a\n" + "    \n" * 50) * 400,
    "blank lines of other widths between": ("    a\n" + "      \n" * 50 + "  \n" * 50) * 200,
    "a deeper line after each": "    a\n     b\n" * 10_000,
    "long indentation, one column more each line": "".join(" " * i + "x\n" for i in range(2_000)),
    "many newlines then a dedent": "      a\n" + "\n" * 100_000 + "  b\n",
}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_runs_of_lines_are_linear(name: str) -> None:
    unit = RUNS[name]
    small, large = "T\n" + unit, "T\n" + unit * 4
    assert parse_time(large) < 8 * parse_time(small) + 0.5, name  # linear: 4x; quadratic: 16x


def test_merging_lone_markers_is_linear() -> None:
    # lynx: 100,000 list markers alone on their lines, each with its text on the next;
    # merging them one by one inside the list would move the list's tail each time
    from threadparse.mend import merge_marker_lines
    from threadparse.outline import OutlineNode

    def merge_time(markers: int) -> float:
        best = float("inf")  # (the best of three: see parse_time)
        for _ in range(3):
            nodes = []
            for i in range(markers):
                nodes.append(OutlineNode("*", "", 2 * i + 1, 1, 0, 1, False, []))
                nodes.append(OutlineNode(None, f"item {i}", 2 * i + 2, 1, 0, 1, False, []))
            gc.collect()
            started = time.perf_counter()
            merge_marker_lines(nodes)
            best = min(best, time.perf_counter() - started)
            assert len(nodes) == markers and nodes[-1].text == f"item {markers - 1}"
            assert nodes[-1].marker == "*"
        return best

    # linear: 4x the markers take 4x the time; moving the tail each time: 16x (a ratio,
    # not a time limit: this machine's speed varies with its load)
    assert merge_time(100_000) < 8 * merge_time(25_000) + 0.5


def test_finding_threads_in_one_long_list_is_linear() -> None:
    # comment, plain line, comment, ...: every item starts a thread of its own, and the
    # search for the comments after it must not walk or copy the list before it
    from threadparse.errors import Diagnostics, collecting
    from threadparse.mend import preorder
    from threadparse.parser import _outline
    from threadparse.transform import PageBuilder

    def time_threads(units: int) -> float:
        text = "T\n\n" + "  1. Ann says:\n    Hi.\n  text\n" * units
        diagnostics = Diagnostics(text=text)
        best = float("inf")  # (the best of three: see parse_time)
        with collecting(diagnostics):
            for _ in range(3):
                flat, container = preorder(_outline(text))
                gc.collect()
                started = time.perf_counter()
                runs = PageBuilder(diagnostics)._threads(flat, container)
                best = min(best, time.perf_counter() - started)
                assert len(runs) == units
        return best

    t_small, t_large = time_threads(5_000), time_threads(20_000)
    assert t_large < 8 * t_small + 0.5  # linear would be 4x; quadratic 16x


def test_reply_links_closing_a_body_are_linear() -> None:
    # a body that ends in a great many "Reply" lines: each is taken off the end once
    def time_parse(lines: int) -> float:
        text = "T\n\n1 reply\n  1. Ann says:\n    Hi.\n" + "    Reply\n" * lines
        assert len(threadparse.parse(text).comments[0].meta) == lines
        return parse_time(text)

    t_small, t_large = time_parse(25_000), time_parse(100_000)
    assert t_large < 8 * t_small + 0.5  # linear would be 4x; quadratic 16x


def test_many_excerpt_like_threads_stay_linear() -> None:
    """Runs whose bodies end in an ellipsis are compared with the comments before them
    (a "recent comments" widget): the comparison must not grow with the page."""
    unit = "  1. Ann says:\n    Hi there, my dear friends...\n  • plain item\n"
    unit += "  1. Bob says:\n    Something else {}\n  • plain item\n"
    small = "T\n\n" + "".join(unit.format(i) for i in range(1_000))
    large = "T\n\n" + "".join(unit.format(i) for i in range(4_000))
    assert parse_time(large) < 8 * parse_time(small) + 0.5  # linear: 4x; quadratic: 16x


def test_many_names_with_glued_capitals_stay_linear() -> None:
    """Every author whose name closes in a glued capitalised word ("Nadia ReyesAdmin")
    is looked for alone on the page: a page of thousands of such names must not search
    the page once per comment."""
    firsts = ["Nadia", "Omar", "Greta", "Ilse", "Pavel", "Rosa", "Tomas", "Wen"]

    def page(comments: int) -> str:
        names = [
            f"{firsts[i % 8]} Re{chr(97 + i // 8 % 26)}{chr(97 + i // 208 % 26)}yesAdmin"
            for i in range(comments)
        ]
        return "T\n\n" + "".join(f"  1. {name} says:\n    Hi there.\n" for name in names)

    assert parse_time(page(8_000)) < 8 * parse_time(page(2_000)) + 0.5  # linear: 4x


def test_many_posters_with_join_dates_stay_linear() -> None:
    """A join date is told from the posts' dates by the name over it on each post
    (`posts._owned`): each date's owner must be found without going over every other
    post's block again (a page of thousands of posters, each posting twice)."""

    def page(posters: int) -> str:
        posts = [
            f"user{k % posters}x\nMember\nJoined: {1 + k % posters % 28:02d}/"
            f"{1 + k % posters // 28 % 12:02d}/{2000 + k % posters // 336}\n\n"
            f"This is what I think about the matter at hand, number {k}, at some length.\n"
            for k in range(2 * posters)
        ]
        return "A forum thread\n\n" + "\n".join(posts)

    assert parse_time(page(4_000)) < 8 * parse_time(page(1_000)) + 0.5  # linear: 4x


def test_many_replies_by_mention_stay_linear() -> None:
    """Posts printed "NAME:text" over their dates, each answering the one before by a
    mention ("回复@NAME:"): the name a mention opens with is looked up, not compared
    with every earlier post's (`posts._mentioned_author`)."""

    def page(posts: int) -> str:
        lines = ["A post title", "", "Some article text, long enough to be prose here.", ""]
        for k in range(posts):
            mention = f"回复@用户{k - 1}号:" if k else ""
            lines.append(f"用户{k}号:{mention}这是第{k}条评论的内容，写得足够长，读作正文。")
            lines.append(f"22-6-14 13:{k % 60:02d} 来自浙江")
        return "\n".join(lines) + "\n"

    assert len(threadparse.parse(page(50)).comments) >= 1
    # linear: 6x; quadratic: 36x
    assert parse_time(page(6_000)) < 12 * parse_time(page(1_000)) + 0.5


def test_many_posts_answering_by_name_stay_linear() -> None:
    """wpDiscuz-like posts, each answering another poster by an "Antwort auf NAME" line
    in its header block: whether that line is a quote box's attribution is asked of how
    the named poster's earlier posts open, kept once as they come
    (`posts.authors._quotes`), not of every line of those posts again."""

    def page(posts: int) -> str:
        names = ["Miriam Faltermeier", "Florian Brettschneider", "Detlef Hahnemann"]
        items = []
        for k in range(posts):
            reply = f"Antwort auf\u00a0{names[(k + 1) % 3]}\n" if k else ""
            items.append(
                f"{names[k % 3]}\nGast\n{reply}vor 3 Jahren\n\n"
                f"Das ist Kommentar Nummer {k} mit genug Worten für einen Satz.\n\n0\nAntworten\n"
            )
        return f"Lastenrad\n\nEine ehrliche Bilanz.\n\n{posts} Kommentare\n" + "".join(items)

    assert len(list(threadparse.parse(page(30)).walk())) == 30
    # linear: 4x; quadratic: 16x
    assert parse_time(page(4_000)) < 8 * parse_time(page(1_000)) + 0.5
