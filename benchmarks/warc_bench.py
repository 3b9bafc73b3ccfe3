"""threadparse WARC benchmark: ``threadparse extract`` on synthetic crawl WARCs.

usage:
    python benchmarks/warc_bench.py                  # 5,000 pages in 8 WARCs; memory too
    python benchmarks/warc_bench.py --pages 20000 --files 16 --repeats 7
    python benchmarks/warc_bench.py --no-memory      # speed and phases only
    python benchmarks/warc_bench.py --memory-only    # the 1k/10k-page memory runs only
    python benchmarks/warc_bench.py --format parquet # speed runs writing one Parquet file
    python benchmarks/warc_bench.py --json           # the figures as JSON
    python benchmarks/warc_bench.py --keep DIR       # write the WARCs to DIR and keep them

About 10 minutes on an idle 2-core machine with the defaults (Linux only: it reads
``/proc``). The WARCs are generated (seeded: the same arguments always give the same
bytes) like a slice of a crawl: 60 % article pages with no comment section (5–60 KB,
log-uniform; one in ten has a ``post-content`` box, which the comment-markup pre-filter
cannot tell from a comment section, as with real themes), 40 % WordPress posts laid out
as ``examples/lighthouse-page.html`` with 0–60 nested comments (``ol.comment-list``,
``li.comment``, ``ol.children``, ``footer.comment-meta``, ``b.fn``, "says:", a
``time``; a fifth have none). Each page is a request and a response record, one gzip
member each, written with ``tests/warcs.py``; the pages are split into ``--files``
WARC files (one task each for ``-j``).

What it measures, each run in a fresh process:

* speed: the wall time of the command users run,
  ``python -m threadparse extract WARC... -o out.jsonl.gz -j N -q``, for ``-j 1`` and
  ``-j 2``, ``--repeats`` runs each, alternated (1 2 2 1 1 2 …) so both see the same
  drift, each after waiting (``--patience``) for the rest of the machine to be quiet.
  pages/s is HTML responses read (pre-filtered ones included) per second; the ratio
  ``-j 2`` ÷ ``-j 1`` has a goal of 1.8 on two cores. Beside the wall time: the CPU
  time of the command's main process and of each worker, and how many cores the rest
  of the machine kept busy meanwhile (on a shared machine a wall-time ratio near 1.0
  with "others' cores" near 1 means the second core was taken, not that ``-j`` failed;
  the "idle cores" ratio, from CPU times, says what two free cores would give);
* phases: one ``-j 1`` run through the API (`threadparse.batch.extract`), from its
  `Tally`: the shares of wall time spent reading the WARC (gunzip, HTTP, pre-filter),
  rendering HTML as text (resiliparse), parsing and making records, and writing them
  (timed by wrapping the sink: the `Tally` has no such figure); and the share of pages
  the pre-filter skipped;
* memory: the peak resident set (the kernel's ``VmHWM``, polled in ``/proc``, checked
  against ``RUSAGE_CHILDREN``'s ``ru_maxrss``) of ``-j 1`` on ONE WARC file of 1,000
  and of 10,000 pages, writing JSONL (gzip) and Parquet: with streaming the two sizes
  peak about the same. The speed table gives the peaks of ``-j 2``'s workers and main
  process too.

Scratch files go to a temporary directory (in ``--keep`` when given, else /tmp).
"""

from __future__ import annotations

import argparse
import calendar
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))

from bench import machine  # noqa: E402  (benchmarks/ is on the path: run as a script)

from warcs import http_response, warc_record, write_warc  # noqa: E402

KB = 1024
MB = 1_000_000
SEED = 7
ARTICLE_SHARE = 0.6  #: pages with no comment section
DISGUISED_SHARE = 0.1  #: article pages whose markup the pre-filter takes for comments
MAX_COMMENTS = 60
MAX_DEPTH = 5
POLL_SECONDS = 0.02
QUIET_CORES = 0.25  #: a machine is quiet when the others keep fewer cores busy

WORDS = (
    "harbour tide chart almanac keeper lamp brass rule notebook pencil column reading "
    "village winter summer morning evening wind easterly current shoal channel buoy "
    "anchor rope sail mast hull deck crew captain pilot station signal fog bell light "
    "house stone cliff shore sand gull heron rain storm calm swell wave moon spring neap "
    "high low water mark hour minute table figure method record account ledger letter "
    "the of and to in a is that for it as was with be by on not this are or from at "
    "which but have an they you were there one all we can their has been if more when "
    "will would who so no old new long short first last every each other same own"
).split()
NAMES = (
    "Marta Quill|Ned Lowry|Harbour Almanac|Iris Penhale|Tom Vosper|Annie Trethewey|Jory|"
    "keeper_bill|S. Nance|Gwen Rowe|oldsalt|Peder Hocking"
).split("|")
MONTHS = calendar.month_name[1:]


# --- pages -------------------------------------------------------------------------


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 24))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def _prose(rng: random.Random, size: int) -> list[str]:
    """``<p>`` (now and then ``<h2>``, a list or a quote) elements of about ``size``
    bytes in all."""
    out: list[str] = []
    total = 0
    while total < size:
        roll = rng.random()
        if roll < 0.08:
            element = f"<h2>{_sentence(rng)[:-1]}</h2>"
        elif roll < 0.14:
            items = "".join(f"<li>{_sentence(rng)}</li>" for _ in range(rng.randint(2, 6)))
            element = f"<ul>{items}</ul>"
        elif roll < 0.18:
            element = f"<blockquote><p>{_paragraph(rng, rng.randint(1, 3))}</p></blockquote>"
        else:
            element = f"<p>{_paragraph(rng, rng.randint(2, 7))}</p>"
        out.append(element)
        total += len(element) + 1
    return out


def _page(title: str, body: list[str], article_class: str = "entry-content") -> str:
    head = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} &#8211; The Harbour Almanac</title>\n</head>\n"
        '<body class="post-template-default single">\n<header class="site-header">\n'
        '  <div class="site-title"><a href="/">The Harbour Almanac</a></div>\n'
        '  <nav class="main-navigation"><ul><li><a href="/">Home</a></li>'
        '<li><a href="/archive">Archive</a></li><li><a href="/about">About</a></li></ul>'
        '</nav>\n</header>\n<main id="main">\n'
        '<article class="post type-post">\n'
        f'  <header class="entry-header"><h1 class="entry-title">{title}</h1></header>\n'
        f'  <div class="{article_class}">\n'
    )
    tail = '<footer class="site-footer"><p>&copy; The Harbour Almanac</p></footer>\n'
    return head + "\n".join(body) + "\n</main>\n" + tail + "</body>\n</html>\n"


def article_page(rng: random.Random) -> str:
    """A page with no comment section, 5–60 KB (log-uniform)."""
    size = int(math.exp(rng.uniform(math.log(5 * KB), math.log(60 * KB))))
    title = _sentence(rng)[:-1].title()[:60]
    # Some themes name the article's box ``post-content``: comment markup to the filter.
    box = "post-content" if rng.random() < DISGUISED_SHARE else "entry-content"
    body = [*_prose(rng, max(size - 1200, 500)), "  </div>", "</article>"]
    return _page(title, body, box)


def _when(start: float, minutes: float) -> tuple[str, str]:
    """A time ``minutes`` after ``start`` (days since 2023-01-01): ISO and displayed."""
    day = start + minutes / 1440
    month = min(int(day // 30), 11)
    dom = int(day - 30 * month) % 28 + 1
    hour, minute = divmod(int(minutes) % 1440, 60)
    iso = f"2023-{month + 1:02d}-{dom:02d}T{hour:02d}:{minute:02d}:00+00:00"
    shown_hour = hour % 12 or 12
    shown = (
        f"{MONTHS[month]} {dom}, 2023 at {shown_hour}:{minute:02d} {'am' if hour < 12 else 'pm'}"
    )
    return iso, shown


def _comments(rng: random.Random, count: int) -> list[list[int]]:
    """A random reply tree of ``count`` comments: children lists, index ``count`` being
    the page (top level); replies go at most ``MAX_DEPTH`` deep."""
    children: list[list[int]] = [[] for _ in range(count + 1)]
    depth = [0] * (count + 1)
    for i in range(count):
        parent = count
        if i and rng.random() < 0.45:
            parent = rng.randrange(i)
            if depth[parent] >= MAX_DEPTH:
                parent = count
        depth[i] = depth[parent] + 1 if parent != count else 1
        children[parent].append(i)
    return children


def comment_page(rng: random.Random, count: int) -> str:
    """A WordPress post with ``count`` nested comments (markup of
    ``examples/lighthouse-page.html``)."""
    title = _sentence(rng)[:-1].title()[:60]
    children = _comments(rng, count)
    start = rng.uniform(0, 300)
    minutes = [0.0] * count
    for i in range(1, count):
        minutes[i] = minutes[i - 1] + rng.uniform(5, 600)
    ids = [1000 + i for i in range(count)]

    def thread(index: int, depth: int, pad: str) -> list[str]:
        iso, shown = _when(start, minutes[index])
        kids = children[index]
        classes = f"comment {'even' if index % 2 else 'odd'} depth-{depth}"
        classes += " parent" if kids else ""
        text = "".join(
            f"<p>{_paragraph(rng, rng.randint(1, 3))}</p>"
            for _ in range(rng.choice((1, 1, 1, 2, 3)))
        )
        out = [
            f'{pad}<li id="comment-{ids[index]}" class="{classes}">',
            f'{pad}  <article class="comment-body">',
            f'{pad}    <footer class="comment-meta">',
            f'{pad}      <div class="comment-author vcard"><b class="fn">{rng.choice(NAMES)}'
            '</b> <span class="says">says:</span></div>',
            f'{pad}      <div class="comment-metadata"><a href="#comment-{ids[index]}">'
            f'<time datetime="{iso}">{shown}</time></a></div>',
            f"{pad}    </footer>",
            f'{pad}    <div class="comment-content">{text}</div>',
            f'{pad}    <div class="reply"><a class="comment-reply-link" href="#respond">'
            "Reply</a></div>",
            f"{pad}  </article>",
        ]
        if kids:
            out.append(f'{pad}  <ol class="children">')
            for kid in kids:
                out += thread(kid, depth + 1, pad + "    ")
            out.append(f"{pad}  </ol>")
        out.append(f"{pad}</li>")
        return out

    body = _prose(rng, int(math.exp(rng.uniform(math.log(3 * KB), math.log(30 * KB)))))
    body += ["  </div>", "</article>", '<div id="comments" class="comments-area">']
    if count:
        body.append(f'  <h2 class="comments-title">{count} thoughts on &ldquo;{title}&rdquo;</h2>')
        body.append('  <ol class="comment-list">')
        for top in children[count]:
            body += thread(top, 1, "    ")
        body.append("  </ol>")
    body += [
        '  <div id="respond" class="comment-respond">',
        '    <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>',
        '    <form action="/wp-comments-post.php" method="post" id="commentform" '
        'class="comment-form"><p class="comment-form-comment"><label for="comment">Comment'
        '</label><textarea id="comment" name="comment"></textarea></p></form>',
        "  </div>",
        "</div>",
    ]
    return _page(title, body)


def crawl(pages: int, seed: int = SEED) -> Iterator[tuple[str, bytes, int | None]]:
    """``pages`` pages ``(url, html, comments)``, ``comments`` None for an article page;
    the same seed gives the same pages (the first N of a longer crawl are the same)."""
    rng = random.Random(seed)
    for number in range(pages):
        url = f"https://almanac{number % 97}.example.org/{number:07d}/"
        if rng.random() < ARTICLE_SHARE:
            yield url, article_page(rng).encode("utf-8"), None
        else:
            # 0–60 comments, small threads more often than large ones (a fifth have none)
            count = 0 if rng.random() < 0.2 else 1 + int((MAX_COMMENTS - 1) * rng.random() ** 2)
            yield url, comment_page(rng, count).encode("utf-8"), count


def write_crawl(folder: Path, pages: int, files: int, seed: int = SEED) -> dict:
    """Write ``pages`` pages into ``files`` WARC files (consecutive runs of pages, as a
    crawler fills its files) named ``crawl-NN.warc.gz``; gives what was written."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = random.Random(seed + 1)
    per_file = [pages // files + (i < pages % files) for i in range(files)]
    stats = {
        "pages": 0,
        "articles": 0,
        "disguised": 0,
        "with_section": 0,
        "comments": 0,
        "html_bytes": 0,
        "warc_bytes": 0,
        "files": [],
    }
    generated = crawl(pages, seed)

    def records(count: int) -> Iterator[bytes]:
        for url, html, comments in (next(generated) for _ in range(count)):
            stats["pages"] += 1
            stats["html_bytes"] += len(html)
            if comments is None:
                stats["articles"] += 1
                stats["disguised"] += b'class="post-content"' in html
            else:
                stats["with_section"] += 1
                stats["comments"] += comments
            record_id = f"<urn:uuid:{uuid.UUID(int=ids.getrandbits(128), version=4)}>"
            request = b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"
            yield warc_record(request, url=url, record_type="request", record_id=record_id)
            record_id = f"<urn:uuid:{uuid.UUID(int=ids.getrandbits(128), version=4)}>"
            yield warc_record(http_response(html), url=url, record_id=record_id)

    for index, count in enumerate(per_file):
        path = write_warc(folder / f"crawl-{index:02d}.warc.gz", records(count))
        stats["warc_bytes"] += path.stat().st_size
        stats["files"].append(str(path))
    return stats


# --- runs --------------------------------------------------------------------------


def extract_command(inputs: list[str], output: str, jobs: int) -> list[str]:
    """The command users run: ``threadparse extract … -o output -j jobs -q``."""
    return [
        sys.executable,
        "-m",
        "threadparse",
        "extract",
        *inputs,
        "-o",
        output,
        "-j",
        str(jobs),
        "-q",
    ]


def _descendants(root: int) -> list[int]:
    """``root``'s live descendants (from ``/proc/PID/task/TID/children``)."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    kids = [int(k) for k in f.read().split()]
            except OSError:
                continue
            found += kids
            todo += kids
    return found


def _proc_figures(pid: int) -> tuple[int, int] | None:
    """The process's peak resident set so far (``VmHWM``, KiB) and its CPU time (user
    and system, clock ticks); None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{pid}/status") as f:
            peak = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    except (OSError, StopIteration, IndexError):
        return None
    return peak, int(fields[11]) + int(fields[12])


def _machine_busy() -> int:
    """Clock ticks all CPUs spent busy since boot (``/proc/stat``: not idle, not iowait)."""
    with open("/proc/stat") as f:
        ticks = [int(x) for x in f.readline().split()[1:]]
    return sum(ticks) - ticks[3] - ticks[4]


def _is_helper(pid: int) -> bool:
    """multiprocessing's resource tracker and the like: not a worker."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return b"resource_tracker" in f.read()
    except OSError:
        return True


def measure_command(command: list[str]) -> dict:
    """Run ``command`` in this fresh process, polling ``/proc`` for the peak resident set
    and the CPU time of it and of each descendant (workers).

    Gives the wall seconds; ``cpu_s``, the CPU seconds of the whole tree
    (``RUSAGE_CHILDREN``); ``main_*`` and ``worker_*``, each process's peak (MiB) and
    CPU seconds (the last poll before it ended, so a few ms short at most);
    ``others_cores``, how many cores the rest of the machine kept busy on average
    meanwhile; and ``ru_maxrss_mib``, the largest process's peak as the kernel counts it.
    """
    hz = os.sysconf("SC_CLK_TCK")
    busy = _machine_busy()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    figures: dict[int, tuple[int, int]] = {}
    helpers: set[int] = set()
    while process.poll() is None:
        for pid in [process.pid, *_descendants(process.pid)]:
            if pid in helpers or (pid not in figures and pid != process.pid and _is_helper(pid)):
                helpers.add(pid)
                continue
            now = _proc_figures(pid)
            if now is not None:
                figures[pid] = now
        time.sleep(POLL_SECONDS)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{stderr}")
    tree = resource.getrusage(resource.RUSAGE_CHILDREN)
    me = resource.getrusage(resource.RUSAGE_SELF)
    tree_cpu = tree.ru_utime + tree.ru_stime
    others = (_machine_busy() - busy) / hz - tree_cpu - (me.ru_utime + me.ru_stime)
    workers = [f for pid, f in figures.items() if pid != process.pid]
    main_peak, main_ticks = figures.get(process.pid, (0, 0))
    worker_cpu = [ticks / hz for _, ticks in workers]
    return {
        "seconds": seconds,
        "cpu_s": tree_cpu,
        # the main process's own CPU: the tree's less its workers' (its own ticks as last
        # polled would miss the end of the run, where the parent copies the last part)
        "main_cpu_s": tree_cpu - sum(worker_cpu) if workers else main_ticks / hz,
        "main_mib": main_peak / KB,
        "worker_mib": [peak / KB for peak, _ in workers],
        "worker_cpu_s": worker_cpu,
        "others_cores": max(others, 0.0) / seconds,
        "ru_maxrss_mib": tree.ru_maxrss / KB,
    }


def measure_phases(inputs: list[str], output: str) -> dict:
    """A ``-j 1`` run through the API in this (fresh) process: its `Tally`, its wall
    time, the import time, and the time the sink took to write (timed by wrapping
    `threadparse.batch.open_sink`'s sinks; the `Tally` has no figure for it)."""
    started = time.perf_counter()
    import attrs

    from threadparse import batch

    imported = time.perf_counter() - started
    writing = 0.0
    real_open = batch.open_sink

    class TimedSink:
        def __init__(self, sink: batch.Sink) -> None:
            self.sink = sink

        def write(self, records: list) -> None:
            nonlocal writing
            at = time.perf_counter()
            self.sink.write(records)
            writing += time.perf_counter() - at

        def close(self) -> None:
            nonlocal writing
            at = time.perf_counter()
            self.sink.close()
            writing += time.perf_counter() - at

    batch.open_sink = lambda *a, **k: TimedSink(real_open(*a, **k))  # type: ignore[assignment]
    cpu = time.process_time()
    started = time.perf_counter()
    tally = batch.extract(inputs, output, batch.ExtractOptions(), jobs=1)
    figures = attrs.asdict(tally)
    figures["wall_seconds"] = time.perf_counter() - started
    figures["cpu_seconds"] = time.process_time() - cpu
    figures["write_seconds"] = writing
    figures["import_seconds"] = imported
    return figures


def _child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed: {args}\n{out.stderr}")
    return json.loads(out.stdout)


def wait_quiet(patience: float, cores: float = QUIET_CORES) -> float:
    """Wait until the rest of the machine keeps fewer than ``cores`` cores busy (over
    one second), ``patience`` seconds at most; gives the seconds waited."""
    hz = os.sysconf("SC_CLK_TCK")
    started = time.perf_counter()
    while True:
        busy, at = _machine_busy(), time.perf_counter()
        time.sleep(1.0)
        if (_machine_busy() - busy) / hz / (time.perf_counter() - at) < cores:
            break
        if time.perf_counter() - started > patience:
            break
    return time.perf_counter() - started


def speed(
    inputs: list[str], folder: Path, repeats: int, fmt: str, patience: float
) -> dict[str, list[dict]]:
    """``-j 1`` and ``-j 2``, ``repeats`` runs each, alternated 1 2 2 1 1 2 …, each in
    a fresh measuring process, each after waiting for a quiet machine (`wait_quiet`)."""
    runs: dict[str, list[dict]] = {"1": [], "2": []}
    output = str(folder / f"out.{fmt}")
    for i in range(repeats):
        for jobs in (1, 2) if i % 2 == 0 else (2, 1):
            waited = wait_quiet(patience) if patience > 0 else 0.0
            command = extract_command(inputs, output, jobs)
            runs[str(jobs)].append({**_child(["--measure", json.dumps(command)]), "waited": waited})
    os.remove(output)
    return runs


def memory(folder: Path, sizes: list[int], formats: list[str], seed: int) -> list[dict]:
    """The peaks of ``-j 1`` on one WARC file of each size (the first pages of one
    crawl), writing each output format."""
    rows = []
    for pages in sizes:
        stats = write_crawl(folder / f"one-{pages}", pages, 1, seed)
        for fmt in formats:
            output = str(folder / f"one-{pages}.{fmt}")
            run = _child(["--measure", json.dumps(extract_command(stats["files"], output, 1))])
            rows.append(
                {
                    "pages": pages,
                    "format": fmt,
                    "warc_mb": stats["warc_bytes"] / MB,
                    "html_mb": stats["html_bytes"] / MB,
                    **run,
                }
            )
            os.remove(output)
        for path in stats["files"]:
            os.remove(path)
    return rows


# --- report ------------------------------------------------------------------------


def _estimate(run: dict) -> float:
    """The wall time a run would take on idle cores: all its CPU time with one process;
    with workers, the main process's CPU time and the busiest worker's (a bound: the
    parent's start-up and copying are counted as if they never overlapped a worker)."""
    if not run["worker_cpu_s"]:
        return run["cpu_s"]
    return run["main_cpu_s"] + max(run["worker_cpu_s"])


def _speed_table(runs: dict[str, list[dict]], pages: int, fmt: str) -> None:
    print(
        f"\nspeed: `threadparse extract WARC... -o out.{fmt} -j N -q` (subprocess), "
        f"{len(runs['1'])} runs each, alternated (after waiting "
        f"{sum(r.get('waited', 0) for rs in runs.values() for r in rs):.0f} s in all for a "
        "quiet machine); pages/s = HTML responses read per second (pre-filtered ones "
        "included); others' cores = cores the rest of the machine kept busy meanwhile\n"
    )
    print(
        "| -j | wall s median (min–max) | pages/s median | pages/s best | CPU s | "
        "main CPU s | worker CPU s | others' cores | worker peak MiB | main peak MiB |"
    )
    print("|---:|---|---:|---:|---:|---:|---|---:|---:|---:|")
    for jobs, rs in runs.items():
        wall = [r["seconds"] for r in rs]
        med = statistics.median
        workers = [w for r in rs for w in r["worker_mib"]]
        cpu_each = [sorted(r["worker_cpu_s"]) for r in rs if r["worker_cpu_s"]]
        per_worker = (
            " / ".join(f"{med(c[i] for c in cpu_each):.1f}" for i in range(len(cpu_each[0])))
            if cpu_each
            else "–"
        )
        print(
            f"| {jobs} | {med(wall):.2f} ({min(wall):.2f}–{max(wall):.2f}) | "
            f"{pages / med(wall):,.0f} | {pages / min(wall):,.0f} | "
            f"{med(r['cpu_s'] for r in rs):.1f} | {med(r['main_cpu_s'] for r in rs):.1f} | "
            f"{per_worker} | {med(r['others_cores'] for r in rs):.2f} | "
            f"{f'{max(workers):.0f}' if workers else '–'} | "
            f"{max(r['main_mib'] for r in rs):.0f} |"
        )
    one, two = runs["1"], runs["2"]
    pairs = [a["seconds"] / b["seconds"] for a, b in zip(one, two, strict=True)]
    wall_1 = statistics.median(r["seconds"] for r in one)
    wall_2 = statistics.median(r["seconds"] for r in two)
    best = min(r["seconds"] for r in one) / min(r["seconds"] for r in two)
    idle = statistics.median(_estimate(r) for r in one) / statistics.median(
        _estimate(r) for r in two
    )
    cpu = statistics.median(r["cpu_s"] for r in two) / statistics.median(r["cpu_s"] for r in one)
    quiet = [
        a["seconds"] / b["seconds"]
        for a, b in zip(one, two, strict=True)
        if max(a["others_cores"], b["others_cores"]) < QUIET_CORES
    ]
    print(
        f"\n-j 2 ÷ -j 1, pages/s (goal ≥ 1.8): {wall_1 / wall_2:.2f} on the median walls, "
        f"{best:.2f} on the best, pairwise {statistics.median(pairs):.2f} "
        f"({min(pairs):.2f}–{max(pairs):.2f}); on idle cores (from CPU times): {idle:.2f}. "
        f"CPU time of -j 2 ÷ -j 1: {cpu:.2f}."
    )
    if quiet:
        print(
            f"pairs run with the rest of the machine quiet (< {QUIET_CORES} cores busy): "
            f"{len(quiet)}, ratio median {statistics.median(quiet):.2f}"
        )
    else:
        print(f"no pair ran with the rest of the machine quiet (< {QUIET_CORES} cores busy)")


def _phases_table(phases: dict) -> None:
    wall = phases["wall_seconds"]
    html = phases["html_responses"]
    print(
        f"\nphases of a -j 1 run (API, one process, -o .jsonl.gz): {wall:.2f} s wall "
        f"({phases['cpu_seconds'] / wall:.0%} of it on a CPU), {html / wall:,.0f} pages/s; "
        f"importing threadparse.batch took {phases['import_seconds']:.2f} s more\n"
    )
    print("| phase | s | share of wall |")
    print("|---|---:|---:|")
    rest = wall
    for name, key in (
        ("reading the WARC (gunzip, HTTP, pre-filter)", "read_seconds"),
        ("HTML → text (resiliparse)", "html_seconds"),
        ("parsing + records", "parse_seconds"),
        ("writing records (JSON, gzip)", "write_seconds"),
    ):
        rest -= phases[key]
        print(f"| {name} | {phases[key]:.2f} | {phases[key] / wall:.0%} |")
    print(f"| the rest (time limit, loop, opening) | {rest:.2f} | {rest / wall:.0%} |")
    skipped = phases["no_comment_markup"]
    print(
        f"\npre-filter: skipped {skipped:,} of {html:,} HTML pages ({skipped / html:.0%}); "
        f"{phases['pages']:,} parsed, {phases['pages_with_comments']:,} with comments, "
        f"{phases['comments']:,} comments, {phases['page_errors']} page errors"
    )


def _memory_table(rows: list[dict]) -> None:
    print("\nmemory: -j 1 on ONE WARC file, peak resident set (fresh process each)\n")
    print("| output | pages | WARC MB | HTML MB | wall s | peak MiB (VmHWM) | ru_maxrss MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = sorted(rows, key=lambda r: (r["format"], r["pages"]))
    for r in rows:
        print(
            f"| {r['format']} | {r['pages']:,} | {r['warc_mb']:.1f} | {r['html_mb']:.1f} | "
            f"{r['seconds']:.1f} | {r['main_mib']:.0f} | {r['ru_maxrss_mib']:.0f} |"
        )
    for fmt in dict.fromkeys(r["format"] for r in rows):
        mine = [r for r in rows if r["format"] == fmt]
        if len(mine) > 1:
            first, last = mine[0], mine[-1]
            print(
                f"\n{fmt}: {last['pages']:,} pages vs {first['pages']:,}: "
                f"{last['ru_maxrss_mib'] - first['ru_maxrss_mib']:+.0f} MiB",
                end="",
            )
    print()


def report(result: dict) -> None:
    """The tables, from the figures `main` gathered."""
    print(f"machine: {result['machine']}")
    crawl_ = result.get("crawl")
    if crawl_:
        print(
            f"\ncrawl: {crawl_['pages']:,} pages in {len(crawl_['files'])} WARC files "
            f"({crawl_['warc_bytes'] / MB:.1f} MB gzip, {crawl_['html_bytes'] / MB:.1f} MB "
            f"HTML): {crawl_['articles']:,} articles ({crawl_['disguised']:,} with a "
            f"post-content box), {crawl_['with_section']:,} with a comment section, "
            f"{crawl_['comments']:,} comments; generated in {crawl_['seconds']:.1f} s"
        )
        _speed_table(result["speed"], crawl_["pages"], result["format"])
        _phases_table(result["phases"])
    if result.get("memory"):
        _memory_table(result["memory"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=5_000, help="pages in all (default 5,000)")
    ap.add_argument("--files", type=int, default=8, help="WARC files (default 8)")
    ap.add_argument("--repeats", type=int, default=5, help="runs per -j (default 5)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument(
        "--format",
        default="jsonl.gz",
        choices=("jsonl", "jsonl.gz", "parquet"),
        help="the speed runs' output file (default jsonl.gz)",
    )
    ap.add_argument(
        "--patience",
        type=float,
        default=60.0,
        metavar="S",
        help="before each speed run, wait up to S seconds for the rest of the machine to "
        "be quiet (default 60; 0: never wait)",
    )
    ap.add_argument("--memory-sizes", default="1000,10000", help="pages in the one WARC")
    ap.add_argument("--memory-formats", default="jsonl.gz,parquet", help="outputs to measure")
    ap.add_argument("--no-memory", action="store_true", help="skip the memory runs")
    ap.add_argument("--memory-only", action="store_true", help="only the memory runs")
    ap.add_argument("--keep", metavar="DIR", help="write the WARCs here and keep them")
    ap.add_argument("--json", action="store_true", help="the figures as JSON")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--phases", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.measure:
        print(json.dumps(measure_command(json.loads(a.measure))))
        return
    if a.phases:
        inputs, output = json.loads(a.phases)
        print(json.dumps(measure_phases(inputs, output), default=str))
        return
    if a.pages < a.files or a.files < 1 or a.repeats < 1:
        ap.error("--pages must be at least --files, --files and --repeats at least 1")
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
    result: dict = {"machine": machine(), "format": a.format}
    with tempfile.TemporaryDirectory(prefix="warc-bench-", dir=a.keep) as scratch:
        work = Path(scratch)
        warcs = Path(a.keep) if a.keep else work
        if not a.memory_only:
            started = time.perf_counter()
            stats = write_crawl(warcs / "crawl", a.pages, a.files, a.seed)
            stats["seconds"] = time.perf_counter() - started
            result["crawl"] = stats
            result["speed"] = speed(stats["files"], work, a.repeats, a.format, a.patience)
            phases_out = str(work / "phases.jsonl.gz")
            result["phases"] = _child(["--phases", json.dumps([stats["files"], phases_out])])
        if a.memory_only or not a.no_memory:
            sizes = [int(s) for s in a.memory_sizes.split(",") if s.strip()]
            formats = [f.strip() for f in a.memory_formats.split(",") if f.strip()]
            result["memory"] = memory(work, sizes, formats, a.seed)
    if a.json:
        print(json.dumps(result, indent=1))
    else:
        report(result)


if __name__ == "__main__":
    main()
