"""A corpus run: many inputs → parsed pages → records in JSONL or Parquet.

`extract` is what ``threadparse extract`` runs. One task per input file, in this
process or in ``jobs`` worker processes; each task reads its input's documents
(`threadparse.documents`), parses each page under a time limit, turns it into records
(`threadparse.records`) and writes them to a sink (`threadparse.sinks`). A page that
fails is counted and the run goes on (``errors="skip"``), an input that cannot be read
too; nothing stops the run but ``errors="fail"``, a missing extra, or an interrupt.

Output is standard output, one file (records in input order, whatever the number of
workers), or a directory with one shard per input. ``resume=True`` continues a run that
was killed: finished shards are kept, and a single JSONL file is cut back to the last
input it holds completely (its ``.progress`` file says which), so nothing is written
twice and nothing is lost.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import IO, Any

import attrs

from threadparse.documents import Document, ReadCounts, ReadOptions, read_documents
from threadparse.errors import ThreadParseError
from threadparse.extras import MissingExtraError
from threadparse.model import Page
from threadparse.parser import lark_parser, parse, parse_file
from threadparse.records import page_record, to_records
from threadparse.sinks import (
    PARQUET_ROWS,
    ROWS,
    SHARD_FORMATS,
    JsonlSink,
    ParquetSink,
    Sink,
    open_sink,
    output_format,
    speaks_unicode,
)
from threadparse.sources.html import DEFAULT_SKIP, render_html


class PageTimeout(BaseException):
    """A page took longer than the time limit. A `BaseException`, like
    `KeyboardInterrupt`, so that no ``except Exception`` on the way swallows it."""


class RunFailed(Exception):
    """The run stopped: ``errors="fail"`` and a page or an input failed."""


@attrs.define(slots=True)
class ExtractOptions:
    """How pages are turned into records.

    Attributes:
        read: how inputs are read (format, WARC pre-filter, JSONL/Parquet columns).
        rows: ``"comments"`` (one record per comment) or ``"pages"`` (one per page).
        min_comments: pages with fewer comments give no records.
        strict: parse strictly (a page that needs a guess fails).
        skip_elements: HTML: CSS selectors left out of the dump.
        timeout: seconds a page may take (HTML to text and parsing), None for no limit;
            enforced with ``SIGALRM`` in a process's main thread, not elsewhere.
        errors: ``"skip"`` (count and go on) or ``"fail"`` (stop the run).
        limit: stop after this many pages (read in input order, in one process).
    """

    read: ReadOptions = attrs.field(factory=ReadOptions)
    rows: str = attrs.field(default="comments", validator=attrs.validators.in_(ROWS))
    min_comments: int = 0
    strict: bool = False
    skip_elements: tuple[str, ...] | None = DEFAULT_SKIP
    timeout: float | None = 30.0
    errors: str = attrs.field(default="skip", validator=attrs.validators.in_(("skip", "fail")))
    limit: int | None = None


@attrs.define(slots=True)
class Tally:
    """What a run (or one input of it) did, in figures."""

    inputs: int = 0
    resumed_inputs: int = 0
    failed_inputs: int = 0
    pages: int = 0
    pages_with_comments: int = 0
    comments: int = 0
    records: int = 0
    page_errors: int = 0
    timeouts: int = 0
    html_responses: int = 0
    no_comment_markup: int = 0
    bytes_read: int = 0
    read_seconds: float = 0.0
    html_seconds: float = 0.0
    parse_seconds: float = 0.0
    first_errors: dict[str, str] = attrs.field(factory=dict)

    def add(self, other: Tally) -> None:
        """Add ``other``'s figures to these."""
        for field in attrs.fields(Tally):
            if field.name != "first_errors":
                setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))
        for kind, message in other.first_errors.items():
            self.first_errors.setdefault(kind, message)

    def note(self, kind: str, message: str) -> None:
        """Keep the first error message of each kind."""
        self.first_errors.setdefault(kind, message)


class Reporter:
    """What a run tells as it goes (the CLI's progress bar); these do nothing."""

    def started(self, inputs: list[str], sizes: list[int]) -> None:
        """The run starts on these inputs (sizes in bytes, 0 for standard input)."""

    def page(self, tally: Tally, position: int) -> None:
        """A page of the current input is done (one process only); ``tally`` is the
        input's so far and ``position`` how far into the input file reading got."""

    def finished(self, path: str, tally: Tally) -> None:
        """An input is done."""


# --- one page ----------------------------------------------------------------------


def document_page(document: Document, options: ExtractOptions, tally: Tally) -> Page:
    """Parse one document (HTML rendered as a dump first, its ``<title>`` kept in
    ``document.fields``); times go into ``tally``."""
    started = time.perf_counter()
    content = document.content
    if document.is_html:
        text, title = render_html(
            content, charset=document.charset, skip_elements=options.skip_elements
        )
        document.fields["html_title"] = title
        parsed_at = time.perf_counter()
        tally.html_seconds += parsed_at - started
        page = parse(text, strict=options.strict, dialect="resiliparse")
    else:
        parsed_at = started
        if isinstance(content, str):
            page = parse(content, strict=options.strict)
        else:
            page = parse_file(io.BytesIO(content), strict=options.strict, format="text")
    tally.parse_seconds += time.perf_counter() - parsed_at
    return page


def document_records(
    document: Document, options: ExtractOptions, tally: Tally
) -> list[dict[str, Any]]:
    """Parse one document and give its records (may raise; see `run_input`)."""
    page = document_page(document, options, tally)
    started = time.perf_counter()
    comments = len(page)
    records: list[dict[str, Any]] = []
    if comments >= max(options.min_comments, 0):
        if options.rows == "pages":
            records = [page_record(page, document.page_id, **document.fields)]
        else:
            records = to_records(page, document.page_id, **document.fields)
    tally.parse_seconds += time.perf_counter() - started
    tally.pages += 1
    tally.pages_with_comments += comments > 0
    tally.comments += comments
    tally.records += len(records)
    return records


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `PageTimeout` in the block after ``seconds`` (main thread, POSIX only;
    elsewhere no limit)."""
    usable = (
        seconds
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise PageTimeout(f"took more than {seconds:g} s")

    outer_hook = sys.unraisablehook

    def drop_swallowed_timeouts(unraisable: Any) -> None:
        # A timeout raised inside a finaliser is swallowed by Python, which reports
        # it here; the next alarm raises it again in the block, so it is no error.
        if not isinstance(unraisable.exc_value, PageTimeout):
            outer_hook(unraisable)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    sys.unraisablehook = drop_swallowed_timeouts
    # Then again every 10 ms: a handler that runs inside a finaliser (``__del__``, a
    # weakref callback during garbage collection) has its exception swallowed.
    signal.setitimer(signal.ITIMER_REAL, float(seconds), 0.01)  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        sys.unraisablehook = outer_hook


# --- one input ---------------------------------------------------------------------


def run_input(
    path: str,
    options: ExtractOptions,
    sink: Sink,
    reporter: Reporter | None = None,
    limit: int | None = None,
) -> Tally:
    """Read one input, parse its pages and write their records to ``sink``.

    Raises:
        RunFailed: ``options.errors == "fail"`` and a page or the input failed.
        MissingExtraError: the input's format needs an extra that is not installed.
    """
    tally = Tally()
    counts = ReadCounts()
    for records in _records_by_page(path, options, tally, counts, limit):
        sink.write(records)
        if reporter is not None:
            reporter.page(tally, counts.bytes_read)
    return tally


def iter_records(
    path: str, options: ExtractOptions | None = None, tally: Tally | None = None
) -> Iterator[dict[str, Any]]:
    """Every record of one input (a WARC, HTML, dump, JSONL or Parquet file), page
    after page: the engine-agnostic core for Dask, Spark or a script of your own.

    Pages that fail and an input that cannot be read are counted in ``tally`` and
    skipped (``options.errors="fail"``: `RunFailed`), each page under the time limit.

    >>> from threadparse.batch import Tally, iter_records
    >>> tally = Tally()
    >>> [r["author"] for r in iter_records("examples/lighthouse-page.html", tally=tally)]
    ['Marta Quill', 'Harbour Almanac', 'Marta Quill', 'Ned Lowry']
    >>> tally.pages, tally.comments
    (1, 4)
    """
    tally = tally if tally is not None else Tally()
    for records in _records_by_page(path, options or ExtractOptions(), tally, ReadCounts(), None):
        yield from records


def _records_by_page(
    path: str, options: ExtractOptions, tally: Tally, counts: ReadCounts, limit: int | None
) -> Iterator[list[dict[str, Any]]]:
    """The records of each page of one input (an empty list for a page that failed)."""
    lark_parser()  # built (or loaded) before any page's time limit starts
    tally.inputs += 1
    documents = read_documents(path, options.read, counts)
    try:
        while limit is None or tally.pages < limit:
            started = time.perf_counter()
            document = next(documents, None)
            tally.read_seconds += time.perf_counter() - started
            if document is None:
                break
            yield guarded_records(document, options, tally)
    except (RunFailed, MissingExtraError, KeyboardInterrupt, GeneratorExit):
        raise
    except (OSError, ValueError, EOFError, RuntimeError) as e:  # the input itself is bad
        tally.failed_inputs += 1
        message = str(e) if str(e).startswith(path) else f"{path}: {e}"
        tally.note("input", message)
        if options.errors == "fail":
            raise RunFailed(message) from None
    finally:
        documents.close()
        tally.bytes_read += counts.bytes_read
        tally.html_responses += counts.warc.html
        tally.no_comment_markup += counts.warc.no_comment_markup


def guarded_records(
    document: Document, options: ExtractOptions, tally: Tally
) -> list[dict[str, Any]]:
    """`document_records` under the time limit; a page that fails gives no records and
    is counted in ``tally`` (``errors="fail"``: `RunFailed`)."""
    try:
        with time_limit(options.timeout):
            return document_records(document, options, tally)
    except PageTimeout as e:
        tally.timeouts += 1
        _page_failed(document, "timeout", str(e), options, tally)
    except ThreadParseError as e:
        _page_failed(document, e.code or "parse", str(e).split("\n")[0], options, tally)
    except (MissingExtraError, KeyboardInterrupt):
        raise
    except Exception as e:  # a bug or a converter's failure: this page only
        _page_failed(document, "internal", f"{type(e).__name__}: {e}", options, tally)
    return []


def _page_failed(
    document: Document, kind: str, message: str, options: ExtractOptions, tally: Tally
) -> None:
    tally.page_errors += 1
    text = f"{document.page_id}: {message}"
    tally.note(kind, text)
    if options.errors == "fail":
        raise RunFailed(text)


# --- a run -------------------------------------------------------------------------


def shard_name(path: str, shard_format: str) -> str:
    """The shard file of an input: its name and a hash of its full path (stable
    across runs, whatever the order of the inputs).

    >>> shard_name("/data/CC-MAIN-01.warc.gz", "jsonl.gz")
    'CC-MAIN-01.warc.gz.5ceb9506a3.jsonl.gz'
    """
    base = re.sub(r"[^\w.-]+", "_", os.path.basename(path))[:80] or "input"
    digest = hashlib.sha1(os.path.abspath(path).encode("utf-8", "surrogateescape")).hexdigest()
    return f"{base}.{digest[:10]}.{shard_format}"


def extract(
    inputs: list[str],
    output: str | None,
    options: ExtractOptions,
    *,
    jobs: int = 1,
    resume: bool = False,
    shard_format: str = "jsonl.gz",
    reporter: Reporter | None = None,
    stdout: IO[str] | None = None,
) -> Tally:
    """Run over ``inputs`` and write every page's records to ``output``.

    Args:
        inputs: file paths, or ``"-"`` for standard input.
        output: None or ``"-"`` (JSON Lines on ``stdout``), a file (``.jsonl``,
            ``.jsonl.gz``, ``.parquet``), or a directory (existing, or a path ending in
            ``/``): one shard per input, in ``shard_format``.
        options: how pages become records.
        jobs: worker processes (1: this process).
        resume: keep what a killed run finished (shards; a JSONL file's complete inputs).
        reporter: told about progress.
        stdout: where ``"-"`` writes (default ``sys.stdout``).

    Raises:
        ValueError: a combination that cannot work (resume on standard output or on a
            single Parquet file, an unknown shard format).
        RunFailed, MissingExtraError: as `run_input`.
    """
    import sys

    reporter = reporter or Reporter()
    if shard_format not in SHARD_FORMATS:
        raise ValueError(f"unknown shard format {shard_format!r}; known: {SHARD_FORMATS}")
    if options.limit is not None or "-" in inputs:
        jobs = 1  # a page budget is spent in input order; stdin is this process's
    reporter.started(inputs, [_size(p) for p in inputs])
    if output is not None and output != "-" and (output.endswith(os.sep) or os.path.isdir(output)):
        return _to_shards(inputs, output, options, jobs, resume, shard_format, reporter)
    if output is None or output == "-":
        if resume:
            raise ValueError("--resume needs an output file or directory, not standard output")
        out = stdout or sys.stdout
        return _to_stream(inputs, out, options, jobs, reporter)
    return _to_file(inputs, output, options, jobs, resume, reporter)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path) if path != "-" else 0
    except OSError:
        return 0


def _task(path: str, options: ExtractOptions, part: str, fmt: str) -> Tally:
    """One input in a worker process: records to the file ``part``, in ``fmt``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C
    sink = open_sink(part, options.rows, fmt=fmt)
    try:
        return run_input(path, options, sink)
    finally:
        sink.close()


def _parallel(
    inputs: list[str],
    options: ExtractOptions,
    jobs: int,
    part_of: Callable[[int, str], str],
    fmt: str,
    done: Callable[[int, str, Tally], None],
    reporter: Reporter,
) -> Tally:
    """Run the inputs in ``jobs`` processes, each writing its records to the file
    ``part_of(index, path)`` in ``fmt``; ``done`` is called in input order."""
    total = Tally()
    finished: dict[int, Tally] = {}
    following = 0
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures: dict[Future[Tally], int] = {
            pool.submit(_task, path, options, part_of(i, path), fmt): i
            for i, path in enumerate(inputs)
        }
        pending = set(futures)
        try:
            while pending:
                ready, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in ready:
                    index = futures[future]
                    tally = future.result()
                    reporter.finished(inputs[index], tally)
                    finished[index] = tally
                while following in finished:
                    tally = finished.pop(following)
                    done(following, inputs[following], tally)
                    total.add(tally)
                    following += 1
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return total


def _to_shards(
    inputs: list[str],
    folder: str,
    options: ExtractOptions,
    jobs: int,
    resume: bool,
    shard_format: str,
    reporter: Reporter,
) -> Tally:
    os.makedirs(folder, exist_ok=True)
    total = Tally()
    todo: list[str] = []
    for path in inputs:
        final = os.path.join(folder, shard_name(path, shard_format))
        if resume and os.path.exists(final):
            reporter.finished(path, Tally())
            total.resumed_inputs += 1
            continue
        todo.append(path)

    def part_of(index: int, path: str) -> str:
        return os.path.join(folder, "." + shard_name(path, shard_format) + ".part")

    def done(index: int, path: str, tally: Tally) -> None:
        os.replace(part_of(index, path), os.path.join(folder, shard_name(path, shard_format)))

    if jobs > 1 and len(todo) > 1:
        total.add(_parallel(todo, options, jobs, part_of, shard_format, done, reporter))
        return total
    for index, path in enumerate(todo):
        limit = None if options.limit is None else _left(options, total)
        if limit == 0:
            break
        sink = open_sink(part_of(index, path), options.rows, fmt=shard_format)
        try:
            tally = run_input(path, options, sink, reporter, limit)
        finally:
            sink.close()
        done(index, path, tally)
        reporter.finished(path, tally)
        total.add(tally)
    return total


def _left(options: ExtractOptions, total: Tally) -> int:
    return max((options.limit or 0) - total.pages, 0)


def _to_stream(
    inputs: list[str], out: IO[str], options: ExtractOptions, jobs: int, reporter: Reporter
) -> Tally:
    unicode = speaks_unicode(out)
    if jobs > 1 and len(inputs) > 1:
        with tempfile.TemporaryDirectory(prefix="threadparse-") as scratch:

            def part_of(index: int, path: str) -> str:
                return os.path.join(scratch, f"{index:06d}.jsonl")

            def done(index: int, path: str, tally: Tally) -> None:
                with open(part_of(index, path), encoding="utf-8") as part:
                    if unicode:
                        shutil.copyfileobj(part, out)
                    else:  # the workers wrote UTF-8: escape what ``out`` cannot take
                        out.writelines(
                            json.dumps(json.loads(line), ensure_ascii=True) + "\n" for line in part
                        )
                os.remove(part_of(index, path))

            return _parallel(inputs, options, jobs, part_of, "jsonl", done, reporter)
    total = Tally()
    sink = JsonlSink(out, ascii_only=not unicode)
    for path in inputs:
        limit = None if options.limit is None else _left(options, total)
        if limit == 0:
            break
        tally = run_input(path, options, sink, reporter, limit)
        sink.close()  # (flushes a stream it does not own)
        reporter.finished(path, tally)
        total.add(tally)
    return total


def _to_file(
    inputs: list[str],
    path: str,
    options: ExtractOptions,
    jobs: int,
    resume: bool,
    reporter: Reporter,
) -> Tally:
    parquet = output_format(path) == "parquet"
    if parquet and resume:
        raise ValueError("--resume cannot continue a single Parquet file; write to a directory")
    journal = _Journal(path + ".progress")
    done_inputs = journal.resume() if resume else journal.restart()
    todo = [p for p in inputs if p not in done_inputs]
    folder = os.path.dirname(os.path.abspath(path))
    total = Tally()
    if parquet:
        sink = ParquetSink(path, options.rows)
        try:
            total = _into_sink(todo, sink, folder, options, jobs, reporter)
        finally:
            sink.close()
        journal.remove()
        return total
    total.resumed_inputs = len(inputs) - len(todo)
    if not resume or not os.path.exists(path):
        open(path, "wb").close()
    gz = path.endswith(".gz")
    if jobs > 1 and len(todo) > 1:
        with tempfile.TemporaryDirectory(prefix=".threadparse-", dir=folder) as scratch:

            def part_of(index: int, name: str) -> str:
                return os.path.join(scratch, f"{index:06d}.jsonl" + (".gz" if gz else ""))

            def done(index: int, name: str, tally: Tally) -> None:
                with open(part_of(index, name), "rb") as part, open(path, "ab") as whole:
                    shutil.copyfileobj(part, whole)
                    whole.flush()
                    os.fsync(whole.fileno())
                os.remove(part_of(index, name))
                journal.record(name, os.path.getsize(path))

            fmt = output_format(path)
            total.add(_parallel(todo, options, jobs, part_of, fmt, done, reporter))
            journal.remove()
            return total
    for name in todo:
        limit = None if options.limit is None else _left(options, total)
        if limit == 0:
            break
        part_sink = open_sink(path, options.rows, append=True)
        try:
            tally = run_input(name, options, part_sink, reporter, limit)
        finally:
            part_sink.close()
        journal.record(name, os.path.getsize(path))
        reporter.finished(name, tally)
        total.add(tally)
    journal.remove()  # finished: the next run starts afresh
    return total


def _into_sink(
    inputs: list[str],
    sink: ParquetSink,
    folder: str,
    options: ExtractOptions,
    jobs: int,
    reporter: Reporter,
) -> Tally:
    """Parquet output: parts are Parquet files whose rows the parent copies in order."""
    if jobs > 1 and len(inputs) > 1:
        parquet = __import__("pyarrow.parquet").parquet
        with tempfile.TemporaryDirectory(prefix=".threadparse-", dir=folder) as scratch:

            def part_of(index: int, name: str) -> str:
                return os.path.join(scratch, f"{index:06d}.parquet")

            def done(index: int, name: str, tally: Tally) -> None:
                part = parquet.ParquetFile(part_of(index, name))
                for batch in part.iter_batches(batch_size=PARQUET_ROWS):
                    sink.write_arrow(batch)  # Arrow to Arrow: no Python objects
                os.remove(part_of(index, name))

            return _parallel(inputs, options, jobs, part_of, "parquet", done, reporter)
    total = Tally()
    for name in inputs:
        limit = None if options.limit is None else _left(options, total)
        if limit == 0:
            break
        tally = run_input(name, options, sink, reporter, limit)
        reporter.finished(name, tally)
        total.add(tally)
    return total


class _Journal:
    """The ``.progress`` file of a single JSONL output: each finished input and the
    output's size after it, so a resumed run can cut the output back to whole inputs."""

    def __init__(self, path: str) -> None:
        self.path = path

    def restart(self) -> set[str]:
        self.remove()
        return set()

    def remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.path)

    def resume(self) -> set[str]:
        """The inputs already in the output (and cut the output back to them)."""
        output = self.path[: -len(".progress")]
        done: dict[str, int] = {}
        size = 0
        try:
            with open(self.path, encoding="utf-8") as journal:
                for line in journal:
                    try:
                        entry = json.loads(line)
                        done[entry["input"]] = size = int(entry["size"])
                    except (ValueError, KeyError, TypeError):
                        break  # a line cut short by the kill: the ones before hold
        except FileNotFoundError:
            pass
        if os.path.exists(output):
            with open(output, "r+b") as out:
                out.truncate(size)
        return set(done)

    def record(self, name: str, size: int) -> None:
        with open(self.path, "a", encoding="utf-8") as journal:
            journal.write(json.dumps({"input": name, "size": size}) + "\n")
            journal.flush()
            os.fsync(journal.fileno())
