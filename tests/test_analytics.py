"""Conversation figures (`threadparse.analytics`): the reply graph as edges, who answers
whom, the longest chain, response times; and how `stats`, ``json --edges`` and
``show --full`` present them. Invented threads only."""

from __future__ import annotations

import json

import pytest

import threadparse
from conftest import EXAMPLES, assert_nothing_lost, render_text
from threadparse.analytics import longest_chain, reply_edges, response_times, who_answers_whom
from threadparse.cli import _duration, main
from threadparse.render import RenderOptions, page_view

DATED = """Night ferries

Which crossing is calmest?

4 replies
  1. Ann says:
    May 30, 2019 at 5:38 PM
    The late one, always.
    • Bob says:
      May 30, 2019 at 7:08 PM
      Not in winter.
      • Ann says:
        May 31, 2019 at 7:08 PM
        Even in winter.
  2. Cy says:
    May 29, 2019 at 1:00 PM
    No idea.
    • Dov says:
      May 28, 2019 at 1:00 PM
      A clock set wrong.
"""

# A flat forum thread where quotes and a mention say who answers whom.
FLAT = """Night ferries

  • Ann says:
    The late ferry is the calmest crossing of the day.
  • Bob says:
    Ann said:
    The late ferry is the calmest crossing of the day.
    Click to expand...
    Not in winter, it is not.
  • Cy says:
    Bob said:
    Not in winter, it is not.
    Click to expand...
    Winter is when I cross.
  • Dov says:
    @Ann which month?
"""


def test_edges_number_comments_as_rows_do() -> None:
    page = threadparse.parse(DATED)
    edges = reply_edges(page)
    rows = threadparse.to_rows(page)
    assert [(e["source"], e["target"], e["target_kind"]) for e in edges] == [
        (0, None, "article"),
        (1, 0, "comment"),
        (2, 1, "comment"),
        (3, None, "article"),
        (4, 3, "comment"),
    ]
    for edge in edges:
        assert rows[edge["source"]]["author"] == edge["source_author"]
        assert rows[edge["source"]]["replies_to"] == edge["target"]
    assert threadparse.reply_edges is reply_edges


def test_flat_thread_edges_say_their_evidence_and_cue() -> None:
    page = threadparse.parse(FLAT)
    edges = {e["source_author"]: e for e in reply_edges(page)}
    assert edges["Ann"]["target_kind"] == "article" and edges["Ann"]["evidence"] == "nesting"
    assert (edges["Bob"]["target_author"], edges["Bob"]["evidence"]) == ("Ann", "quote")
    assert edges["Bob"]["cue"] == "Ann said:"
    assert (edges["Cy"]["target_author"], edges["Cy"]["evidence"]) == ("Bob", "quote")
    assert (edges["Dov"]["target_author"], edges["Dov"]["cue"]) == ("Ann", "@Ann")


def test_who_answers_whom_counts_author_pairs() -> None:
    page = threadparse.parse(DATED)
    assert who_answers_whom(page) == [
        {"author": "Bob", "answers": "Ann", "replies": 1},
        {"author": "Ann", "answers": "Bob", "replies": 1},
        {"author": "Dov", "answers": "Cy", "replies": 1},
    ]


def test_longest_chain_follows_links_in_flat_threads_too() -> None:
    assert [c.author for c in longest_chain(threadparse.parse(DATED))] == ["Ann", "Bob", "Ann"]
    assert [c.author for c in longest_chain(threadparse.parse(FLAT))] == ["Ann", "Bob", "Cy"]
    assert longest_chain(threadparse.parse("Empty\n\nNo comments here.\n")) == []


def test_response_times_leave_out_negative_gaps() -> None:
    assert response_times(threadparse.parse(DATED)) == [5400.0, 86400.0]


def test_page_stats_carries_the_conversation() -> None:
    figures = threadparse.parse(DATED).stats()
    assert figures["longest_chain"] == 3
    assert figures["response_seconds"] == {
        "measured": 2, "median": 45900.0, "min": 5400.0, "max": 86400.0
    }  # fmt: skip
    assert figures["links"]["nesting"] == 5 and figures["links"]["to_article"] == 2
    flat = threadparse.parse(FLAT).stats()
    assert flat["links"] == {
        "nesting": 1,
        "quote": 2,
        "mention": 1,
        "reference": 0,
        "to_article": 1,
    }
    assert flat["quoting_share"] == 0.5
    assert threadparse.stats(threadparse.parse(FLAT)) == flat


def test_deep_chains_without_recursion() -> None:
    depth = 3000
    lines = ["Deep", "", f"{depth} replies"]
    for d in range(depth):
        lines += ["  " * (d + 1) + f"• U{d} says:", "  " * (d + 2) + f"Reply {d}."]
    page = threadparse.parse("\n".join(lines) + "\n")
    assert len(longest_chain(page)) == depth
    assert page.stats()["longest_chain"] == depth


@pytest.mark.parametrize(
    ("seconds", "said"),
    [(4, "4 s"), (59.4, "59 s"), (600, "10 min"), (5400, "1.5 h"), (86400 * 2, "2.0 days")],
)
def test_durations_read_as_a_reader_says_them(seconds: float, said: str) -> None:
    assert _duration(seconds) == said


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_json_edges_is_one_object_per_link(capsys, tmp_path) -> None:
    path = tmp_path / "flat.txt"
    path.write_text(FLAT, encoding="utf-8")
    lines = _run(capsys, "json", "--edges", str(path)).splitlines()
    assert [json.loads(line) for line in lines] == reply_edges(threadparse.parse(FLAT))
    with pytest.raises(SystemExit):
        main(["json", "--edges", "--rows", str(path)])
    assert "not allowed with argument" in capsys.readouterr().err


def test_stats_text_tells_the_conversation(capsys, tmp_path) -> None:
    path = tmp_path / "dated.txt"
    path.write_text(DATED, encoding="utf-8")
    out = _run(capsys, "stats", str(path))
    assert "reply links       nesting 5, quote 0, mention 0, reference 0, to article 2\n" in out
    assert "longest chain     3\n" in out
    assert "response time     median 12.8 h (2 measured)\n" in out
    assert out.endswith(
        "who answers whom  3\n  Bob → Ann       1\n  Ann → Bob       1\n  Dov → Cy        1\n"
    )


def test_show_full_says_whom_a_flat_reply_answers() -> None:
    page = threadparse.parse(FLAT)
    full = render_text(page_view(page, RenderOptions(full=True)), width=100)
    assert "Bob  ↪ answers Ann (quote)\n" in full
    assert "Cy  ↪ answers Bob (quote)\n" in full
    assert "Dov  ↪ answers Ann (mention)\n" in full
    assert "▌ Ann said:\n" in full and "▌ The late ferry is the calmest" in full
    short = render_text(page_view(page), width=100)
    assert "↪" not in short
    nested = render_text(page_view(threadparse.parse(DATED), RenderOptions(full=True)), width=100)
    assert "↪" not in nested  # the tree already says it


def test_show_full_says_when_a_name_was_ambiguous() -> None:
    page = threadparse.parse(
        FLAT.replace("  • Dov says:", "  • Ann says:\n    Again.\n  • Dov says:")
    )
    full = render_text(page_view(page, RenderOptions(full=True)), width=100)
    assert "Dov  ↪ answers Ann (mention, nearest of several)\n" in full


def test_the_bundled_forum_example_reads_as_the_readme_says() -> None:
    path = EXAMPLES / "forum.txt"
    page = threadparse.parse_file(path)
    assert_nothing_lost(page, path.read_text(encoding="utf-8"))
    authors = [c.author for c in page.walk()]
    assert authors == ["Orrin Blake", "Tamsin Roe", "Wendell Okafor", "Orrin Blake", "Tamsin Roe"]
    post = page.comments[3]
    assert repr(post.reply) == (
        "ReplyLink(to comment by 'Wendell Okafor' line 36, quote, cue='Wendell Okafor said:')"
    )
    assert post.quotes[0].source is page.comments[2]
    assert [e["evidence"] for e in reply_edges(page)] == [
        "nesting", "nesting", "quote", "quote", "mention"
    ]  # fmt: skip
    assert page.comments[4].reply is not None and page.comments[4].reply.ambiguous
