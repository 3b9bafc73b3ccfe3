"""How fast and how small a parse can be on this design, stage by stage.

usage:
    python benchmarks/floor.py            # seed and wrapped 1 MB, wide; about a minute
    python benchmarks/floor.py --runs 15

Speed: in one process, interleaved, median of ``--runs`` runs each, on the same text:

* ``naive``      the naive baseline (benchmarks/naive.py);
* ``lex``        threadparse's line lexer alone (the grammar's terminals, line by line);
* ``postlex``    the lexer and the indentation postlexer;
* ``lalr``       lexer, postlexer and Lark's LALR parser with callbacks that build
  nothing: what parsing with the grammar costs before any tree or model exists;
* ``outline``    the same with the real outline builder;
* ``parse``      ``threadparse.parse``: outline and model.

Memory: the bytes a minimal model of one comment takes (a `Comment` with an author and
a one-paragraph body, its lists and spans), next to the bytes of input per comment.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import naive  # noqa: E402
from lark import Lark, Transformer  # noqa: E402
from lark.lexer import LexerState  # noqa: E402
from lark.utils import TextSlice  # noqa: E402

import generate  # noqa: E402
import threadparse  # noqa: E402
from threadparse import parser  # noqa: E402
from threadparse.errors import Diagnostics, collecting  # noqa: E402
from threadparse.lexer import LineLexer  # noqa: E402
from threadparse.model import Comment, Paragraph, SourceText  # noqa: E402
from threadparse.postlex import OutlineIndenter  # noqa: E402
from threadparse.span import Span  # noqa: E402

MB = 1_000_000


class BuildNothing(Transformer[Any, None]):
    def first_line(self, children: list[Any]) -> None:
        return None

    def next_line(self, children: list[Any]) -> None:
        return None

    def block(self, children: list[Any]) -> None:
        return None

    def start(self, children: list[Any]) -> None:
        return None


def stages(text: str) -> dict[str, Callable[[], object]]:
    nothing = Lark(
        parser.grammar_text(),
        parser="lalr",
        lexer=LineLexer,
        postlex=OutlineIndenter(),
        transformer=BuildNothing(),
        maybe_placeholders=False,
    )
    lexer = LineLexer(parser.lark_parser().lexer_conf)

    def tokens() -> object:
        return lexer.lex(LexerState(TextSlice(text, 0, len(text))), None)

    def lex() -> object:
        for _ in tokens():  # type: ignore[attr-defined]
            pass
        return None

    def postlex() -> object:
        for _ in OutlineIndenter().process(tokens()):  # type: ignore[arg-type]
            pass
        return None

    return {
        "naive": lambda: naive.parse(text),
        "lex": lex,
        "postlex": postlex,
        "lalr": lambda: nothing.parse(text),
        "outline": lambda: parser._outline(text),
        "parse": lambda: threadparse.parse(text),
    }


def speed(name: str, text: str, runs: int) -> None:
    steps = stages(text)
    diagnostics = Diagnostics(text=text)
    times: dict[str, list[float]] = {step: [] for step in steps}
    with collecting(diagnostics):
        for step in steps.values():
            step()  # warm up
        for _ in range(runs):
            for step, run in steps.items():
                gc.collect()
                started = time.perf_counter()
                run()
                times[step].append(time.perf_counter() - started)
    nbytes = len(text.encode("utf-8"))
    naive_s = statistics.median(times["naive"])
    print(f"\n{name} ({nbytes / MB:.1f} MB)")
    print("| stage | ms | MB/s | × naive |")
    print("|---|---:|---:|---:|")
    for step, values in times.items():
        seconds = statistics.median(values)
        print(f"| {step} | {seconds * 1000:.1f} | {nbytes / seconds / MB:.1f} | "
              f"{naive_s / seconds:.2f} |")  # fmt: skip


def comment_bytes() -> int:
    """Bytes allocated for one minimal comment of the model, averaged over 10,000."""
    source = "x" * 100
    gc.collect()
    tracemalloc.start()
    comments = []
    for i in range(10_000):
        line = 1000 + 2 * i
        comment = Comment(
            author=f"user{i}",
            header=f"user{i} says:",
            span=Span(line, line + 1, 50_000 + 120 * i, 50_100 + 120 * i),
            header_span=Span(line, line, 50_000 + 120 * i, 50_012 + 120 * i),
        )
        body = Span(line + 1, line + 1, 50_020 + 120 * i, 50_100 + 120 * i)
        comment.blocks.append(Paragraph(SourceText(source, 0, 100), body))
        comments.append(comment)
    used = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return used // len(comments)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    a = ap.parse_args()
    threadparse.parse("T\n\n1 reply\n  1. Ann says:\n    Hi.\n")
    cases = [
        ("seed", generate.make("seed", MB)),
        ("wrapped", generate.make("wrapped", MB)),
        ("wide", generate.wide()),
    ]
    for name, text in cases:
        speed(name, text, a.runs)
    wide = generate.wide()
    per_comment_input = len(wide.encode("utf-8")) / 10_000
    print(
        f"\nmodel of one minimal comment: {comment_bytes()} bytes; input per comment: "
        f"seed {MB / 1285:.0f} bytes, wide {per_comment_input:.0f} bytes"
    )


if __name__ == "__main__":
    main()
