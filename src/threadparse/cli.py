"""The ``threadparse`` command: ``show``, ``json``, ``stats`` and ``extract``, thin over
the library.

Errors are one line on stderr (``FILE:LINE:COL: error: message``) and exit status 1;
usage errors exit 2 (argparse); a closed pipe (``| head``) ends quietly; an output that
cannot take a character (``PYTHONIOENCODING=cp1252``) gets ``?`` for it (``show``,
``stats``) or ``\\u`` escapes (JSON, which stays exact). Never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console

from threadparse import __version__
from threadparse.analytics import reply_edges
from threadparse.dialect import DIALECTS
from threadparse.documents import FORMATS
from threadparse.errors import ThreadParseError
from threadparse.export import stats, to_dict, to_rows
from threadparse.extras import MissingExtraError
from threadparse.model import Page
from threadparse.parser import parse_file
from threadparse.render import RenderOptions, page_view
from threadparse.sinks import ROWS, SHARD_FORMATS, speaks_unicode
from threadparse.sources.html import DEFAULT_SKIP

EXPORTS = {".svg", ".html", ".htm", ".txt"}
MIN_WIDTH = 20


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def _positive(text: str) -> int:
    value = _whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def _width(text: str) -> int:
    value = _whole_number(text)
    if value < MIN_WIDTH:
        raise argparse.ArgumentTypeError(f"width must be at least {MIN_WIDTH} columns, not {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="threadparse",
        description="Turn a plain-text dump of a discussion page into a comment tree.",
    )
    parser.add_argument("--version", action="version", version=f"threadparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("file", metavar="FILE", help="the dump to read; - for standard input")
        sub.add_argument("--strict", action="store_true", help="fail instead of guessing")
        sub.add_argument(
            "--dialect",
            choices=DIALECTS,
            help="record the converter that made the dump instead of detecting it (a label "
            "in the output: the same rules read every converter's dumps)",
        )
        sub.add_argument(
            "--warnings",
            action="store_true",
            help="print what lenient mode had to guess, one FILE:LINE:COL line each, on stderr",
        )

    show = commands.add_parser("show", help="draw the thread in the terminal")
    common(show)
    show.add_argument("--full", action="store_true", help="whole comment bodies")
    show.add_argument("--depth", type=_positive, metavar="N", help="replies down to depth N")
    show.add_argument(
        "--author", metavar="NAME", help="only NAME's comments (and what they answer)"
    )
    show.add_argument(
        "--width", type=_width, metavar="N", help=f"render N columns wide (N >= {MIN_WIDTH})"
    )
    show.add_argument("--no-color", action="store_true", help="no colours (also: NO_COLOR=1)")
    show.add_argument(
        "--export",
        metavar="PATH",
        help="also save the picture: .svg, .html or .txt (by the file name's ending)",
    )

    js = commands.add_parser("json", help="the tree as JSON")
    common(js)
    flat = js.add_mutually_exclusive_group()
    flat.add_argument("--rows", action="store_true", help="one JSON object per comment (JSONL)")
    flat.add_argument(
        "--edges", action="store_true", help="the reply graph: one JSON object per link (JSONL)"
    )
    js.add_argument("--indent", type=_positive, metavar="N", help="indent the JSON document")

    stats = commands.add_parser("stats", help="counts, depths, participants, who answers whom")
    common(stats)
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    _extract_options(commands)
    return parser


def _extract_options(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ex = commands.add_parser(
        "extract",
        help="many pages (dumps, HTML, WARC, JSONL, Parquet) to comment records",
        description="Parse every page of the inputs and write one record per comment "
        "(or per page) as JSON Lines or Parquet. Progress and a summary go to stderr.",
    )
    ex.add_argument(
        "inputs",
        metavar="INPUT",
        nargs="*",
        help="files, directories (files of known formats in them), glob patterns, or - "
        "for standard input (the default when it is not a terminal)",
    )
    ex.add_argument(
        "--from",
        dest="source_format",
        choices=FORMATS,
        default="auto",
        help="input format (auto: by file name, then by content)",
    )
    ex.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="- or absent: JSON Lines on stdout; a .jsonl, .jsonl.gz or .parquet file; "
        "a directory (existing, or ending in /): one shard per input",
    )
    ex.add_argument(
        "--format",
        dest="shard_format",
        choices=SHARD_FORMATS,
        default="jsonl.gz",
        help="the shards' format in a directory (default jsonl.gz)",
    )
    ex.add_argument("--rows", choices=ROWS, default="comments", help="one record per …")
    ex.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="worker processes (0: one per CPU)",
    )
    ex.add_argument("--limit", type=_positive, metavar="N", help="stop after N pages")
    ex.add_argument(
        "--min-comments", type=_positive, default=0, metavar="N", help="skip pages with fewer"
    )
    ex.add_argument(
        "--errors",
        choices=("skip", "fail"),
        default="skip",
        help="a page that fails: count it and go on (skip), or stop (fail)",
    )
    ex.add_argument(
        "--resume", action="store_true", help="keep what an interrupted run into -o finished"
    )
    ex.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="time one page may take (default 30; 0: no limit)",
    )
    ex.add_argument("--strict", action="store_true", help="a page that needs a guess fails")
    ex.add_argument(
        "--no-prefilter",
        action="store_true",
        help="WARC: parse every HTML response, not only those with comment markup",
    )
    ex.add_argument(
        "--auto-decode",
        choices=("all", "content", "transfer", "none"),
        default="all",
        help="WARC: undo HTTP content/transfer encodings (Common Crawl needs none)",
    )
    ex.add_argument(
        "--skip-elements",
        metavar="SEL,...",
        help="HTML: CSS selectors left out of the dump (default: navigation, site header "
        "and footer, comment form); '' for resiliparse's plain output",
    )
    for key, default in (("text", "text"), ("id", "id"), ("url", "url"), ("date", "date")):
        ex.add_argument(
            f"--{key}-key",
            default=default,
            metavar="NAME",
            help=f"JSONL/Parquet: the page's {key} column (default {default})",
        )
    ex.add_argument(
        "--content",
        choices=("auto", "text", "html"),
        default="auto",
        help="JSONL/Parquet: what the text column holds (auto: HTML when it looks like it)",
    )
    shown = ex.add_mutually_exclusive_group()
    shown.add_argument("--progress", action="store_true", default=None, help="a progress bar")
    shown.add_argument("--no-progress", dest="progress", action="store_false", help="none")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")


def _display_name(file: str) -> str:
    return "<stdin>" if file == "-" else file


def _show(page: Page, args: argparse.Namespace, out: TextIO) -> None:
    export = Path(args.export) if args.export else None
    if export is not None and export.suffix.lower() not in EXPORTS:
        raise _UsageError(f"--export: use a .svg, .html or .txt file name, not {export.name!r}")
    no_color = args.no_color or bool(os.environ.get("NO_COLOR"))
    console = _Console(
        file=out,
        width=args.width,
        no_color=no_color,
        color_system=None if no_color else "auto",
        record=export is not None,
        highlight=False,
        soft_wrap=False,
    )
    options = RenderOptions(
        full=args.full, max_depth=args.depth, author=args.author, width=console.width
    )
    console.print(page_view(page, options))
    if export is not None:
        suffix = export.suffix.lower()
        try:
            if suffix == ".svg":
                console.save_svg(str(export), title=page.title or "threadparse")
            elif suffix in (".html", ".htm"):
                console.save_html(str(export))
            else:
                console.save_text(str(export))
        except OSError as e:
            raise _Failure(f"{export}: error: {e.strerror or e}") from None


class _Console(Console):
    """rich's Console, but a closed pipe is left to `main` (rich would exit with 1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError(32, "Broken pipe")


def _json(page: Page, args: argparse.Namespace, out: TextIO) -> None:
    ascii_only = not speaks_unicode(out)  # then \u escapes: the JSON stays exact
    if args.rows or args.edges:
        for row in to_rows(page) if args.rows else reply_edges(page):
            out.write(json.dumps(row, ensure_ascii=ascii_only) + "\n")
    else:
        out.write(json.dumps(to_dict(page), ensure_ascii=ascii_only, indent=args.indent) + "\n")


def _stats(page: Page, args: argparse.Namespace, out: TextIO) -> None:
    figures = stats(page)
    if args.json:
        out.write(json.dumps(figures, ensure_ascii=not speaks_unicode(out), indent=1) + "\n")
        return
    rows = [
        ("title", figures["title"] or ""),
        ("comments", figures["comments"]),
        ("declared", "" if figures["declared"] is None else figures["declared"]),
        ("top level", figures["top_level"]),
        ("max depth", figures["max_depth"]),
        ("closed", "yes" if figures["closed"] else "no"),
        ("warnings", figures["warnings"]),
        ("participants", figures["participants"]),
    ]
    rows += [(f"depth {d}", n) for d, n in enumerate(figures["by_depth"])]
    rows += [(f"  {a['author'] or '(no name)'}", a["comments"]) for a in figures["by_author"]]
    if figures["comments"]:
        rows += _conversation_rows(figures)
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        out.write(f"{name:<{width}}  {value}\n")


def _conversation_rows(figures: dict[str, Any]) -> list[tuple[str, object]]:
    """The ``stats`` lines about who answers whom."""
    links = figures["links"]
    rows: list[tuple[str, object]] = [
        ("reply links", ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in links.items())),
        ("longest chain", figures["longest_chain"]),
        ("quoting", f"{figures['quoting_share']:.0%} of comments"),
    ]
    times = figures["response_seconds"]
    if times["measured"]:
        rows.append(
            ("response time", f"median {_duration(times['median'])} ({times['measured']} measured)")
        )
    pairs = figures["who_answers_whom"]
    rows += [("who answers whom", len(pairs))] if pairs else []
    rows += [
        (f"  {p['author'] or '(no name)'} → {p['answers'] or '(no name)'}", p["replies"])
        for p in pairs[:_PAIRS_SHOWN]
    ]
    return rows


_PAIRS_SHOWN = 10  # author pairs listed by ``stats`` (``--json`` gives them all)


def _duration(seconds: float) -> str:
    """A number of seconds as a reader says it: ``"45 s"``, ``"12 min"``, ``"3.5 h"``,
    ``"2.0 days"``."""
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


class _UsageError(Exception):
    """A bad combination of options that argparse cannot see (exit 2)."""


class _Failure(Exception):
    """A failure whose message is already the whole line to print (exit 1)."""


COMMANDS: dict[str, Callable[[Page, argparse.Namespace, TextIO], None]] = {
    "show": _show,
    "json": _json,
    "stats": _stats,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Always one line on stderr and an exit status, never a traceback: 1 for unreadable
    input (``FILE:LINE:COL: error: …``) or output that cannot be written
    (``threadparse: error: …``), 2 for usage errors, 0 when a pipe closes early.
    """
    _ensure_stderr()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        return _extract(args, parser)
    name = _display_name(args.file)
    out = sys.stdout
    if out is None:
        return _error("threadparse: error: standard output is closed")
    if isinstance(out, io.TextIOWrapper) and not speaks_unicode(out):
        out.reconfigure(errors="replace")  # show and stats: '?' for what it cannot print
    try:
        page = parse_file(args.file, strict=args.strict, dialect=args.dialect)
    except ThreadParseError as e:
        where = f"{e.line}:{e.column}:" if e.line else ""
        return _error(f"{name}:{where} error: {e.message}")
    except MissingExtraError as e:
        return _error(f"{name}: error: {e}")
    except IsADirectoryError:
        return _error(f"{name}: error: is a directory")
    except OSError as e:
        return _error(f"{name}: error: {e.strerror or e}")
    except KeyboardInterrupt:
        return 130
    if args.warnings:
        for w in page.warnings:
            _error(f"{name}:{w.span.start_line}:{w.column}: warning: {w.message} [{w.code}]")
    try:
        COMMANDS[args.command](page, args, out)
        out.flush()
    except _Failure as e:
        return _error(str(e))
    except _UsageError as e:
        parser.print_usage(sys.stderr)
        return _error(f"threadparse: error: {e}", status=2)
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except OSError as e:
        _quiet_stdout()
        return _error(f"threadparse: error: cannot write the output: {e.strerror or e}")
    except KeyboardInterrupt:
        return 130
    return 0


def _extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """``threadparse extract``: exit 0 when every input was read (pages that failed are
    counted, not fatal), 1 when an input could not be read or ``--errors fail`` fired."""
    from threadparse.batch import ExtractOptions, RunFailed, Tally
    from threadparse.batch import extract as batch_extract
    from threadparse.documents import ReadOptions, expand_inputs

    specs = list(args.inputs)
    if not specs:
        if sys.stdin is None or sys.stdin.isatty():
            parser.print_usage(sys.stderr)
            return _error("threadparse extract: error: no input (give files, or pipe one in)", 2)
        specs = ["-"]
    inputs, missing = expand_inputs(specs)
    for spec in missing:
        _error(f"{spec}: error: no such file, directory or match")
    skip = DEFAULT_SKIP
    if args.skip_elements is not None:
        skip = tuple(s.strip() for s in args.skip_elements.split(",") if s.strip())
    try:
        options = ExtractOptions(
            read=ReadOptions(
                source_format=args.source_format,
                prefilter=not args.no_prefilter,
                auto_decode=args.auto_decode,
                text_key=args.text_key,
                id_key=args.id_key,
                url_key=args.url_key,
                date_key=args.date_key,
                content=args.content,
            ),
            rows=args.rows,
            min_comments=args.min_comments,
            strict=args.strict,
            skip_elements=skip,
            timeout=args.timeout or None,
            errors=args.errors,
            limit=args.limit,
        )
    except ValueError as e:
        return _error(f"threadparse extract: error: {e}", 2)
    jobs = args.jobs or os.cpu_count() or 1
    show_progress = args.progress
    if show_progress is None:
        show_progress = sys.stderr is not None and sys.stderr.isatty()
    reporter = None
    if show_progress and not args.quiet:
        from threadparse.progress import RichReporter

        reporter = RichReporter()
    started = time.perf_counter()
    status = 0
    tally = Tally()
    try:
        tally = batch_extract(
            inputs,
            args.output,
            options,
            jobs=jobs,
            resume=args.resume,
            shard_format=args.shard_format,
            reporter=reporter,
        )
    except ValueError as e:
        status = _error(f"threadparse extract: error: {e}", 2)
    except (RunFailed, MissingExtraError) as e:
        status = _error(f"threadparse extract: error: {e}")
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except OSError as e:
        status = _error(f"threadparse extract: error: {e.strerror or e}: {e.filename or ''}")
    except KeyboardInterrupt:
        status = 130
    finally:
        if reporter is not None:
            reporter.close()
    if status:
        return status
    if not args.quiet:
        _error(_summary(tally, time.perf_counter() - started))
        for kind, message in tally.first_errors.items():
            _error(f"threadparse: first {kind} error: {message}")
    return 1 if tally.failed_inputs or missing else 0


def _summary(tally: Any, seconds: float) -> str:
    """The run's one-line summary (``tally``: a `threadparse.batch.Tally`)."""
    parts = [f"{tally.inputs:,} input{'s' * (tally.inputs != 1)}"]
    if tally.resumed_inputs:
        parts[0] += f" ({tally.resumed_inputs:,} more done before)"
    parts += [
        f"{tally.pages:,} pages ({tally.pages_with_comments:,} with comments)",
        f"{tally.comments:,} comments",
        f"{tally.records:,} records",
    ]
    if tally.html_responses:
        parts.append(
            f"{tally.html_responses:,} HTML responses, "
            f"{tally.no_comment_markup:,} without comment markup"
        )
    parts.append(f"{tally.page_errors:,} page errors ({tally.timeouts:,} timeouts)")
    if tally.failed_inputs:
        parts.append(f"{tally.failed_inputs:,} unreadable inputs")
    parts.append(f"{seconds:.1f} s, {tally.pages / seconds if seconds else 0:,.1f} pages/s")
    return "threadparse: " + " · ".join(parts)


def _error(message: str, status: int = 1) -> int:
    """Print one line on stderr; returns ``status``."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no stderr to say it on
        print(message, file=sys.stderr, flush=True)
    return status


def _ensure_stderr() -> None:
    """With stderr closed (``2>&-``), messages go nowhere instead of failing."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (lives as long as the process)


def _quiet_stdout() -> None:
    """After a failed write, point stdout at devnull so the interpreter's final flush of
    what is left in its buffer is silent."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
