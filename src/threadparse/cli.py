"""The ``threadparse`` command: ``show``, ``json`` and ``stats``, thin over the library.

Errors are one line on stderr (``FILE:LINE:COL: message``) and exit status 1; usage
errors exit 2 (argparse); a closed pipe (``| head``) ends quietly. Never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from threadparse import __version__
from threadparse.dialect import DIALECTS
from threadparse.errors import ThreadParseError
from threadparse.export import dumps, to_rows
from threadparse.model import Page
from threadparse.parser import parse_file
from threadparse.render import RenderOptions, page_view, stats_lines

EXPORTS = {".svg", ".html", ".htm", ".txt"}


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def _width(text: str) -> int:
    value = _positive(text)
    if value < 20:
        raise argparse.ArgumentTypeError(f"width must be at least 20 columns, not {value}")
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
        sub.add_argument("--dialect", choices=DIALECTS, help="the converter that made the dump")

    show = commands.add_parser("show", help="draw the thread in the terminal")
    common(show)
    show.add_argument("--full", action="store_true", help="whole comment bodies")
    show.add_argument("--depth", type=_positive, metavar="N", help="replies down to depth N")
    show.add_argument(
        "--author", metavar="NAME", help="only NAME's comments (and what they answer)"
    )
    show.add_argument("--width", type=_width, metavar="N", help="render N columns wide")
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


def _show(page: Page, args: argparse.Namespace) -> None:
    export = Path(args.export) if args.export else None
    if export is not None and export.suffix.lower() not in EXPORTS:
        raise _UsageError(f"--export: use a .svg, .html or .txt file name, not {export.name!r}")
    no_color = args.no_color or bool(os.environ.get("NO_COLOR"))
    console = Console(
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


def _json(page: Page, args: argparse.Namespace) -> None:
    out = sys.stdout
    if args.rows:
        for row in to_rows(page):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        out.write(dumps(page, indent=args.indent) + "\n")


def _stats(page: Page, args: argparse.Namespace) -> None:
    rows = stats_lines(page)
    if args.json:
        sys.stdout.write(json.dumps(dict(rows), ensure_ascii=False, indent=1) + "\n")
        return
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        sys.stdout.write(f"{name:<{width}}  {value}\n")


class _UsageError(Exception):
    """A bad combination of options that argparse cannot see (exit 2)."""


class _Failure(Exception):
    """A failure whose message is already the whole line to print (exit 1)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    name = _display_name(args.file)
    try:
        page = parse_file(args.file, strict=args.strict, dialect=args.dialect)
        {"show": _show, "json": _json, "stats": _stats}[args.command](page, args)
        sys.stdout.flush()
    except ThreadParseError as e:
        where = f"{e.line}:{e.column}:" if e.line else ""
        print(f"{name}:{where} error: {e.message}", file=sys.stderr)
        return 1
    except _Failure as e:
        print(e, file=sys.stderr)
        return 1
    except _UsageError as e:
        parser.print_usage(sys.stderr)
        print(f"threadparse: error: {e}", file=sys.stderr)
        return 2
    except IsADirectoryError:
        print(f"{name}: error: is a directory", file=sys.stderr)
        return 1
    except OSError as e:
        if isinstance(e, BrokenPipeError):
            _quiet_stdout()
            return 0
        print(f"{name}: error: {e.strerror or e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def _quiet_stdout() -> None:
    """After a closed pipe, point stdout at devnull so the interpreter's flush is silent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
