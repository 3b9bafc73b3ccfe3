"""The ``threadparse`` command: ``show``, ``json`` and ``stats``, thin over the library.

Errors are one line on stderr (``FILE:LINE:COL: error: message``) and exit status 1;
usage errors exit 2 (argparse); a closed pipe (``| head``) ends quietly; an output that
cannot take a character (``PYTHONIOENCODING=cp1252``) gets ``?`` for it (``show``,
``stats``) or ``\\u`` escapes (JSON, which stays exact). Never a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console

from threadparse import __version__
from threadparse.dialect import DIALECTS
from threadparse.errors import ThreadParseError
from threadparse.export import stats, to_dict, to_rows
from threadparse.extras import MissingExtraError
from threadparse.model import Page
from threadparse.parser import parse_file
from threadparse.render import RenderOptions, page_view

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
    js.add_argument("--rows", action="store_true", help="one JSON object per comment (JSONL)")
    js.add_argument("--indent", type=_positive, metavar="N", help="indent the JSON document")

    stats = commands.add_parser("stats", help="counts, depths and participants")
    common(stats)
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser


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
    ascii_only = not _speaks_unicode(out)  # then \u escapes: the JSON stays exact
    if args.rows:
        for row in to_rows(page):
            out.write(json.dumps(row, ensure_ascii=ascii_only) + "\n")
    else:
        out.write(json.dumps(to_dict(page), ensure_ascii=ascii_only, indent=args.indent) + "\n")


def _stats(page: Page, args: argparse.Namespace, out: TextIO) -> None:
    figures = stats(page)
    if args.json:
        out.write(json.dumps(figures, ensure_ascii=not _speaks_unicode(out), indent=1) + "\n")
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
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        out.write(f"{name:<{width}}  {value}\n")


def _speaks_unicode(out: TextIO) -> bool:
    """Whether ``out`` can write any character (a UTF encoding)."""
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


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
    name = _display_name(args.file)
    out = sys.stdout
    if out is None:
        return _error("threadparse: error: standard output is closed")
    if isinstance(out, io.TextIOWrapper) and not _speaks_unicode(out):
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
