"""Who answers whom (`threadparse.links`): reply links and quote sources, on invented
threads, one kind of evidence at a time, and on the reference dump."""

from __future__ import annotations

import pickle

import pytest

import threadparse
from conftest import SEED, need
from threadparse import Article, Comment, Paragraph, Quote
from threadparse.links import link


def flat(*posts: str, title: str = "Which editor?") -> threadparse.Page:
    """A flat thread, as resiliparse prints one: each post a bullet item
    ("• NAME says:") with its body indented under it. ``posts`` are written as
    "NAME says:" and the body's lines below."""
    items = []
    for post in posts:
        header, _, body = post.partition("\n")
        lines = [f"    {line}" if line else "" for line in body.split("\n")]
        items.append("\n".join([f"  • {header}", *lines]))
    return threadparse.parse(title + "\n\n" + "\n".join(items) + "\n")


def by(page: threadparse.Page, author: str, nth: int = 0) -> Comment:
    return [c for c in page.walk() if c.author == author][nth]


POSTS = (
    "Ann says:\nI switched to a modal editor last spring and never looked back.",
    "Bob says:\nModal editing took me a month to learn, and the muscle memory stuck.",
    "Cleo says:\nI prefer an IDE with a debugger built in, whatever its keys.",
)


def test_without_a_cue_a_flat_threads_comments_answer_the_article() -> None:
    page = flat(*POSTS)
    assert [c.author for c in page.walk()] == ["Ann", "Bob", "Cleo"]
    assert page.max_depth == 0
    assert all(c.replies_to is page.article for c in page.walk())
    assert all(c.reply_evidence == "nesting" for c in page.walk())


# --- nesting ---------------------------------------------------------------------------

NESTED = """Tea notes

A pot of tea.

3 replies
  1. Ann says:
    Green tea, please.
    • Bob says:
      Black, always.
  2. Cleo says:
    Rooibos.
"""


def test_nesting_links_replies_to_their_parents_and_the_top_to_the_article() -> None:
    page = threadparse.parse(NESTED)
    ann, bob, cleo = page.walk()
    assert bob.replies_to is ann and bob.reply_evidence == "nesting"
    assert ann.replies_to is page.article and cleo.replies_to is page.article
    assert ann.reply is not None and ann.reply.cue is None


def test_nesting_wins_over_a_mention() -> None:
    page = threadparse.parse(NESTED.replace("Rooibos.", "@Bob Rooibos."))
    cleo = by(page, "Cleo")
    assert cleo.replies_to is page.article and cleo.reply_evidence == "nesting"


# --- mentions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    ["@Ann fair point, but", "@ann fair point", "Ann: fair point", "Ann, fair point", "@Ann: yes"],
)
def test_a_mention_of_an_earlier_author_links_to_their_comment(opening: str) -> None:
    page = flat(*POSTS, f"Dov says:\n{opening} the learning curve is real.")
    dov = by(page, "Dov")
    assert dov.replies_to is by(page, "Ann")
    assert dov.reply_evidence == "mention"
    assert dov.reply is not None and not dov.reply.ambiguous


def test_a_handle_without_spaces_finds_a_display_name_with_them() -> None:
    page = flat(
        "Mara Lind says:\nThe ferry leaves at nine from the north pier.",
        "Tomas says:\n@MaraLind the winter timetable says ten.",
    )
    assert by(page, "Tomas").replies_to is by(page, "Mara Lind")
    assert by(page, "Tomas").reply.cue == "@MaraLind"  # type: ignore[union-attr]


def test_a_handle_without_accents_finds_a_name_with_them() -> None:
    page = flat(
        "Ramón Díaz says:\nThe ferry leaves at nine from the north pier.",
        "Tomas says:\n@RamonDiaz the winter timetable says ten.",
    )
    assert by(page, "Tomas").replies_to is by(page, "Ramón Díaz")


def test_a_display_name_with_spaces_is_matched_whole() -> None:
    page = flat(
        "Mara says:\nFirst.",
        "Mara Lind says:\nThe ferry leaves at nine from the north pier.",
        "Tomas says:\n@Mara Lind the winter timetable says ten.",
    )
    assert by(page, "Tomas").replies_to is by(page, "Mara Lind")


@pytest.mark.parametrize(
    "opening",
    [
        "ann, like everyone, switched",  # a lower-case word, not the name as written
        "@Zed you are all wrong",  # nobody of that name posted before
        "Annie says modal is hard",  # a longer word that starts with a name
        "Cleo: I answer myself",  # the author's own name
    ],
)
def test_no_mention_without_a_name_that_posted_before(opening: str) -> None:
    page = flat(*POSTS, f"Cleo says:\n{opening}.")
    assert by(page, "Cleo", 1).replies_to is page.article  # no cue: the top level's reading


def test_a_name_that_posted_twice_takes_the_nearest_and_says_it_was_ambiguous() -> None:
    page = flat(*POSTS, "Ann says:\nAlso, my config is public.", "Dov says:\n@Ann link please?")
    dov = by(page, "Dov")
    assert dov.replies_to is by(page, "Ann", 1)
    assert dov.reply is not None and dov.reply.ambiguous


def test_a_mention_of_a_later_author_is_not_a_link() -> None:
    page = flat("Bob says:\n@Cleo will tell you.", *POSTS[2:])
    assert by(page, "Bob").replies_to is page.article


# --- references ------------------------------------------------------------------------

NUMBERED = """Which editor?

3 replies
  1. Ann says:
    I switched to a modal editor last spring.
  2. Bob says:
    Modal editing took me a month.
  3. Cleo says:
    {line}
    I agree with that.
"""


@pytest.mark.parametrize("line", ["In reply to #1", "#1: yes", "Reply to #1:", "Re: #1"])
def test_a_post_number_reference_links_to_that_post(line: str) -> None:
    page = threadparse.parse(NUMBERED.format(line=line))
    cleo = by(page, "Cleo")
    assert cleo.replies_to is by(page, "Ann") and cleo.reply_evidence == "reference"


def test_a_reference_to_a_number_not_on_the_page_links_nothing() -> None:
    page = threadparse.parse(NUMBERED.format(line="In reply to #7"))
    assert by(page, "Cleo").reply_evidence == "nesting"


def test_in_reply_to_a_name() -> None:
    page = flat(*POSTS, "Dov says:\nIn reply to Bob.\nA month is quick.")
    assert by(page, "Dov").replies_to is by(page, "Bob")
    assert by(page, "Dov").reply_evidence == "reference"


# --- quotes ----------------------------------------------------------------------------


def test_a_quote_links_to_the_comment_whose_text_it_repeats() -> None:
    quote = "“took me a month to learn, and the muscle memory”"
    page = flat(*POSTS, f"Dov says:\n{quote}\n\nSame here.")
    dov = by(page, "Dov")
    quote = dov.quotes[0]
    assert quote.source is by(page, "Bob")
    assert dov.replies_to is by(page, "Bob") and dov.reply_evidence == "quote"


def test_a_partial_quote_with_small_edits_still_finds_its_source() -> None:
    page = flat(*POSTS, "Dov says:\n“I prefer an IDE with a debugger built-in, whatever the keys”")
    assert by(page, "Dov").quotes[0].source is by(page, "Cleo")


def test_a_quote_of_the_article_points_at_its_paragraph() -> None:
    page = threadparse.parse(
        "Tea notes\n\nA pot of green tea needs water below boiling point.\n\nSecond paragraph.\n\n"
        "  • Ann says:\n    “water below boiling point”\n\n    Why so?\n"
        "  • Bob says:\n    Good question.\n"
    )
    ann = by(page, "Ann")
    assert ann.quotes[0].source is page.article.blocks[0]
    assert ann.replies_to is page.article and ann.reply_evidence == "quote"


def test_a_quote_of_a_quote_finds_the_post_that_wrote_the_text() -> None:
    page = flat(
        *POSTS,
        "Dov says:\n“never looked back”\n\nI did look back, twice.",
        "Eli says:\n“I switched to a modal editor last spring and never looked back”",
    )
    assert by(page, "Eli").quotes[0].source is by(page, "Ann")


def test_text_not_on_the_page_has_no_source() -> None:
    page = flat(*POSTS, "Dov says:\n“the quick brown fox jumps over the lazy dog”")
    assert by(page, "Dov").quotes[0].source is None
    assert by(page, "Dov").reply_evidence == "nesting"


def test_a_quote_too_short_to_tell_has_no_source() -> None:
    page = flat(*POSTS, "Dov says:\n“never looked”")
    assert by(page, "Dov").quotes[0].source is None


def test_a_named_quote_prefers_that_authors_comment_and_links_by_name_without_text() -> None:
    page = flat(*POSTS, "Dov says:\nThe muscle memory stuck.")
    dov = by(page, "Dov")
    # the quote is built by hand: its box names Bob but repeats nothing of his
    dov.blocks.insert(0, Quote("something Bob said elsewhere", author="Bob"))
    link(page)
    assert dov.quotes[0].source is None
    assert dov.replies_to is by(page, "Bob") and dov.reply_evidence == "quote"
    # its text repeats Ann's and Bob's words alike: Bob, whom the box names, wins
    shared = "modal editor and the muscle memory"
    for name in ("Ann", "Bob"):
        by(page, name).blocks.append(Paragraph(shared))
    dov.blocks[0] = Quote(shared, author="Bob")
    link(page)
    assert dov.quotes[0].source is by(page, "Bob")


def test_a_quote_never_finds_its_own_or_a_later_comment() -> None:
    page = flat(
        "Ann says:\n“a sentence nobody wrote before this one”",
        "Bob says:\na sentence nobody wrote before this one, said Ann.",
    )
    assert by(page, "Ann").quotes[0].source is None


# --- carried through exports ----------------------------------------------------------


def test_links_survive_dict_json_and_pickle_round_trips() -> None:
    page = flat(*POSTS, "Dov says:\n“took me a month to learn, and the muscle memory”\n\n@Ann too")
    for copy in (
        threadparse.from_dict(threadparse.to_dict(page)),
        threadparse.loads(threadparse.dumps(page)),
        pickle.loads(pickle.dumps(page)),
    ):
        assert copy == page
        dov = next(c for c in copy.walk() if c.author == "Dov")
        assert dov.replies_to is next(c for c in copy.walk() if c.author == "Bob")
        assert dov.quotes[0].source is dov.replies_to


def test_rows_and_dicts_carry_the_link() -> None:
    page = flat(*POSTS, "Dov says:\n@Bob a month is quick.")
    rows = threadparse.to_rows(page)
    assert rows[3]["replies_to"] == 1 and rows[3]["reply_evidence"] == "mention"
    assert rows[0]["replies_to"] is None and rows[0]["reply_evidence"] == "nesting"
    assert rows[0]["replies_to_article"] and not rows[3]["replies_to_article"]
    data = threadparse.to_dict(page)["comments"][3]["reply"]
    assert data == {"to": 1, "evidence": "mention", "cue": "@Bob", "ambiguous": False}
    nested = threadparse.to_rows(threadparse.parse(NESTED))
    assert nested[0]["replies_to_article"] and nested[1]["replies_to"] == 0


def test_reply_links_stay_out_of_repr_and_equality() -> None:
    page = flat(*POSTS, "Dov says:\n@Bob a month is quick.")
    other = flat(*POSTS, "Dov says:\n@Bob a month is quick.")
    by(other, "Dov").reply = None
    assert page == other
    assert "reply" not in repr(by(page, "Dov"))
    shown = "ReplyLink(to comment by 'Bob' line 5, mention, cue='@Bob')"
    assert repr(by(page, "Dov").reply) == shown
    assert isinstance(page.comments[0].siblings, tuple)
    assert not isinstance(by(page, "Dov").replies_to, Article)


def test_deep_threads_link_without_recursion() -> None:
    depth = 3000
    lines = ["Deep", "", f"{depth} replies"]
    for d in range(depth):
        lines.append("  " * (d + 1) + f"• U{d} says:")
        lines.append("  " * (d + 2) + f"Reply {d}.")
    page = threadparse.parse("\n".join(lines) + "\n")
    deepest = list(page.walk())[-1]
    assert deepest.depth == depth - 1
    assert deepest.replies_to is deepest.parent


# --- the reference dump ----------------------------------------------------------------


def test_the_reference_dumps_quoted_paragraphs_point_at_the_article() -> None:
    page = threadparse.parse_file(need(SEED))
    quotes = [(c.author, q) for c in page.walk() for q in c.quotes]
    assert [a for a, _ in quotes] == ["bmaz", "rosalind"]
    for _, quote in quotes:
        assert quote.source is not None and quote.source in page.article.blocks
        assert quote.text.strip("“”").rstrip(".") in quote.source.text  # type: ignore[union-attr]


def test_links_are_found_when_first_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parse leaves the links to the first read of a reply link or a quote's source,
    which finds them all, once, from the page as it is then."""
    from threadparse import links

    calls: list[threadparse.Page] = []
    real = links.link
    monkeypatch.setattr(links, "link", lambda page: calls.append(page) or real(page))
    quoting = "Bob says:\n“a modal editor last spring and never looked back”\n\nSame."
    page = flat(POSTS[0], quoting, POSTS[2])
    assert calls == [] and page.links_pending
    quote = by(page, "Bob").quotes[0]
    assert quote.source is by(page, "Ann")  # (the first read: every link is found)
    assert calls == [page] and not page.links_pending
    assert by(page, "Bob").replies_to is by(page, "Ann")
    assert by(page, "Cleo").replies_to is page.article and len(calls) == 1

    page = flat(*POSTS)
    page.comments[2].blocks = [Paragraph("@Bob Then we agree to differ.")]  # (edited first)
    assert page.comments[2].replies_to is page.comments[1]
    assert page.comments[2].reply_evidence == "mention" and len(calls) == 2
