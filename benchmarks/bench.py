"""threadparse benchmark: speed, memory, a naive baseline, resiliparse, cold start.

usage:
    python benchmarks/bench.py            # the full table (1, 10, 50 MB; a few minutes)
    python benchmarks/bench.py --quick    # 1 MB cases only
    python benchmarks/bench.py --json     # the figures as JSON

Every figure is measured in a fresh Python process (``--case``), as the median of at
least 5 runs; threadparse and the naive parser (benchmarks/naive.py) run in the same
process on the same text, interleaved, so their ratio holds even on a noisy machine.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = Path(os.environ.get("THREADPARSE_CORPUS", REPO.parent / "shared" / "corpus"))
DISCUSSIONS = CORPUS.parent / "discussions"
MB = 1_000_000
SMALL = "A post\n\nHello.\n\n2 replies\n  1. Ann says:\n\n    Hi.\n\n    • Bob says:\n\n      Yo.\n"


def _median_runs(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure_case(shape: str, size: int, runs: int, path: Path) -> dict:
    """One case, in this (fresh) process, on the dump the parent wrote to ``path``."""
    sys.path.insert(0, str(HERE))
    import naive

    import threadparse

    threadparse.parse(SMALL)  # build the parser outside the measurement
    text = path.read_text(encoding="utf-8")
    nbytes = len(text.encode("utf-8"))
    lines = sum(1 for line in text.split("\n") if line.strip())
    gc.collect()
    # The parse's own peak: every allocation it makes, the page it returns included,
    # beyond the decoded text it was given (tracemalloc, in a run of its own).
    tracemalloc.start()
    page = threadparse.parse(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    comments = len(page)
    del page
    gc.collect()
    tp_times, naive_times = [], []
    for _ in range(runs):  # interleaved: both see the same machine state
        tp_times.append(_median_runs(lambda: threadparse.parse(text), 1))
        naive_times.append(_median_runs(lambda: naive.parse(text), 1))
    tp, nv = statistics.median(tp_times), statistics.median(naive_times)
    return {
        "case": f"{shape} {size / MB:g} MB" if shape in ("seed", "wrapped") else shape,
        "bytes": nbytes,
        "lines": lines,
        "comments": comments,
        "seconds": tp,
        "mb_per_s": nbytes / tp / MB,
        "us_per_line": tp / lines * 1e6,
        "naive_seconds": nv,
        "vs_naive": nv / tp,
        "memory_over_input": peak / nbytes,
    }


def measure_resiliparse(runs: int) -> dict:
    """Median over the shared pages (blog corpus and discussions) of threadparse's parse
    time ÷ resiliparse's extraction of the same page, for the pages that have comments
    and for pages that have none.

    Pages with no comment section (most of a web crawl) are the main-content dumps
    (``extract_plain_text(html, main_content=True, list_bullets=True)``) in which
    threadparse finds no comment and the truth's first comment author is not printed: the
    extractor left the comments out. Each is timed against the main-content extraction
    that made it."""
    try:
        from resiliparse.extract.html2text import extract_plain_text
    except ImportError:
        return {"skipped": "resiliparse is not installed (pip install -e '.[bench]')"}
    import threadparse

    folders = [CORPUS, DISCUSSIONS]
    if not any(folder.is_dir() for folder in folders):
        return {"skipped": f"{CORPUS} is not here"}
    threadparse.parse(SMALL)
    ratios: list[float] = []
    bare: list[float] = []  # pages without comments
    for folder in folders:
        for html_file in sorted(folder.glob("*.html")) if folder.is_dir() else []:
            html = html_file.read_bytes().decode("utf-8", errors="replace")
            stem = html_file.name[: -len(".html")]
            dump = html_file.with_name(stem + ".resiliparse.txt")
            if dump.exists():
                text = dump.read_text(encoding="utf-8")
                extract = _median_runs(
                    lambda h=html: extract_plain_text(h, list_bullets=True), runs
                )
                parse = _median_runs(lambda t=text: threadparse.parse(t), runs)
                ratios.append(parse / extract)
            main = html_file.with_name(stem + ".resiliparse-main.txt")
            if main.exists() and _without_comments(main.read_text(encoding="utf-8"), html_file):
                text = main.read_text(encoding="utf-8")
                extract = _median_runs(
                    lambda h=html: extract_plain_text(h, main_content=True, list_bullets=True),
                    runs,
                )
                parse = _median_runs(lambda t=text: threadparse.parse(t), runs)
                bare.append(parse / extract)
    return {
        "pages": len(ratios),
        "median_ratio": statistics.median(ratios),
        "max_ratio": max(ratios),
        "bare_pages": len(bare),
        "bare_median_ratio": statistics.median(bare) if bare else None,
    }


def _without_comments(text: str, html_file: Path) -> bool:
    """A dump with no comment section: none found, and the first true comment's author
    (from the page's truth file) not printed in it."""
    import threadparse

    if threadparse.parse(text).comments:
        return False
    truth_file = html_file.with_name(html_file.name[: -len(".html")] + ".truth.json")
    truth = json.loads(truth_file.read_text(encoding="utf-8")) if truth_file.exists() else {}
    comments = truth.get("comments") or []
    author = comments[0].get("author") if comments else None
    return not author or author not in text


def cold_start(runs: int, bytecode: bool = True) -> float:
    """Median seconds for ``import threadparse`` + a first small parse, fresh processes.

    ``bytecode``: with the modules' compiled bytecode, as a pip install leaves them (pip
    compiles at install time); a first run writes it for a source checkout. Without it
    (``PYTHONDONTWRITEBYTECODE=1``, as this workplace sets), every start compiles the
    package's source again.
    """
    code = (
        "import time; t = time.perf_counter(); import threadparse; "
        f"threadparse.parse({SMALL!r}); print(time.perf_counter() - t)"
    )
    env = dict(os.environ)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    times = []
    for run in range(runs + bytecode):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, env=env)  # fmt: skip
        if not (bytecode and run == 0):  # (the first run writes the bytecode)
            times.append(float(out.stdout))
    return statistics.median(times)


def show_time(runs: int) -> dict:
    """Median wall time of ``threadparse show`` on the 10,000-comment dump, width 100
    (a whole command: start-up, reading, parsing, drawing)."""
    import tempfile

    sys.path.insert(0, str(HERE))
    import generate

    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "wide.txt"
        dump.write_text(generate.wide(), encoding="utf-8")
        command = [sys.executable, "-m", "threadparse", "show", str(dump), "--width", "100"]
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - started)
    return {"comments": 10_000, "width": 100, "median_s": statistics.median(times)}


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, load average {load:.2f} at start"
    )


def _child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed: {args}\n{out.stderr}")
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1 MB cases only")
    ap.add_argument("--runs", type=int, default=5, help="runs per figure (at least 5)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--resiliparse", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    runs = max(5, a.runs)
    if a.case:
        shape, size, path = a.case.split(":", 2)
        print(json.dumps(measure_case(shape, int(size), runs, Path(path))))
        return
    if a.resiliparse:
        print(json.dumps(measure_resiliparse(runs)))
        return
    sizes = [1 * MB] if a.quick else [1 * MB, 10 * MB, 50 * MB]
    cases = [f"seed:{s}" for s in sizes] + [f"wrapped:{s}" for s in sizes]
    cases += ["wide:0", "deep:0"]
    sys.path.insert(0, str(HERE))
    import tempfile

    import generate

    results = []
    with tempfile.TemporaryDirectory() as folder:
        for case in cases:
            shape, size = case.split(":")
            dump = Path(folder) / f"{shape}-{size}.txt"
            dump.write_text(generate.make(shape, int(size)), encoding="utf-8")
            results.append(_child(["--case", f"{case}:{dump}", "--runs", str(runs)]))
            dump.unlink()
    resi = _child(["--resiliparse", "--runs", str(runs)])
    cold = cold_start(runs)
    cold_source = cold_start(runs, bytecode=False)
    show = show_time(runs)
    report = {
        "machine": machine(),
        "cases": results,
        "resiliparse": resi,
        "cold_start_s": cold,
        "cold_start_from_source_s": cold_source,
        "show": show,
    }
    if a.json:
        print(json.dumps(report, indent=1))
        return
    print(f"machine: {report['machine']}\n")
    print("| case | input | comments | MB/s | µs/line | × naive | peak memory ÷ input |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['case']} | {r['bytes'] / MB:.1f} MB | {r['comments']:,} | "
              f"{r['mb_per_s']:.1f} | {r['us_per_line']:.1f} | {r['vs_naive']:.2f} | "
              f"{r['memory_over_input']:.2f} |")  # fmt: skip
    if "skipped" in resi:
        print(f"\nresiliparse comparison: skipped ({resi['skipped']})")
    else:
        print(
            "\nparse ÷ resiliparse extract_plain_text, per shared page: median "
            f"{resi['median_ratio']:.2f}, max {resi['max_ratio']:.2f} ({resi['pages']} pages); "
            f"pages without comments (main-content dumps): median "
            f"{resi['bare_median_ratio'] or 0:.2f} ({resi['bare_pages']} pages)"
        )
    print(
        f"cold start (import + first parse, fresh process): {cold * 1000:.0f} ms "
        f"({cold_source * 1000:.0f} ms compiling the package from source each time)"
    )
    print(f"threadparse show, 10,000 comments, width 100: {show['median_s']:.2f} s")


if __name__ == "__main__":
    main()
