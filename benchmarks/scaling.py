"""How parse time grows with the input: pages of one shape at sizes n, 2n, 4n, 8n.

usage:
    python benchmarks/scaling.py                 # every family, from its default size
    python benchmarks/scaling.py --only quotes   # families whose name holds the word
    python benchmarks/scaling.py --scale 0.5     # half the sizes (a quicker look)

Each family makes a page of ``n`` comments of one shape that makes some rule of the
parser look back over the comments before (a quote's source, a reply's target, a post
that shares its stamp with the others...). The page is parsed three times at each
size (``gc.collect()`` before each), and then read whole as `threadparse.to_dict` reads it (the
reply links and quote sources are found on that first read); the medians are printed
with the ratio to the size before. A linear cost doubles (×2.0); a cost that grows with
the square of the size quadruples (×4.0): the column to read is the last ratio, where
the fixed costs weigh least. Sizes are kept such that a quadratic family takes seconds,
not minutes.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

try:
    import threadparse
except ImportError:  # (run from a checkout with no install: the checkout's own package)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import threadparse

_WORDS = "river stone garden lamp window bread autumn copper violin harbour meadow".split()


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) + str(rng.randrange(1000)) for _ in range(words))


def quotes(n: int) -> str:
    """Each comment quotes words no earlier comment holds (a quote's source looked for)."""
    rng = random.Random(1)
    lines = ["A post", "", "The post's text.", "", f"{n} comments"]
    for i in range(n):
        lines += [f"Ann{i} wrote:", "> " + _sentence(rng, 12), "", _sentence(rng, 12), ""]
    return "\n".join(lines) + "\n"


def bracketed(n: int) -> str:
    """Every other comment's header is a date in brackets (read as the author "(")."""
    lines = ["A post", "", "The post's text.", "", f"{n} comments"]
    for i in range(1, n + 1):
        head = "(May 2, 2024 @11h13)" if i % 2 else f"Ann{i} says:"
        lines += [f"  {i}. {head}", f"    Comment number {i} here.", ""]
    return "\n".join(lines) + "\n"


def reference_chain(n: int) -> str:
    """Each comment answers the one before by its opening words ("In reply to … by …")."""
    lines = ["A post", "", "The post's text.", "", f"{n} comments"]
    for i in range(1, n + 1):
        lines += [f"  {i}. User{i} says:", f"    Opening words of comment {i} go here.", ""]
        if i > 1:
            lines += [f"    In reply to Opening words of comment by User{i - 1}", ""]
    return "\n".join(lines) + "\n"


def attributions(n: int) -> str:
    """Each comment opens with a mail's attribution of someone who never commented."""
    lines = ["A post", "", "The post's text.", "", f"{n} comments"]
    for i in range(1, n + 1):
        lines += [f"  {i}. User{i} says:", f"    On Tue, 14 Feb 2023 at 9:12, Stranger{i} wrote:"]
        lines += ["", f"    Reply number {i} with some words.", ""]
    return "\n".join(lines) + "\n"


_FIRST = "Ann Bob Cara Dev Eli Fay Gus Hal Ida Jon".split()
_LAST = "Lee Moss Nagy Ortiz Park Quinn Ross Shaw Tran Vega".split()


def _name(i: int) -> str:
    """Poster ``i``'s name: a hundred names, then each with a number (all different)."""
    return f"{_FIRST[i % 10]} {_LAST[(i // 10) % 10]}{i // 100 or ''}"


def shared_stamps(n: int) -> str:
    """Posts that all print the same number and date ("#1 March 3, 2021 at 4:15 pm")."""
    lines = ["A post", "", "The post's text.", "", f"{n} comments", ""]
    for i in range(n):
        lines += [_name(i), "#1 March 3, 2021 at 4:15 pm", f"Reply text {i} with words.", ""]
    return "\n".join(lines) + "\n"


def replies_to_first(n: int) -> str:
    """Every post of a flat list answers the first poster ("Reply to NAME")."""
    lines = ["A post", "", "The post's text.", "", f"{n} comments", ""]
    for i in range(n):
        date = f"March {i % 28 + 1}, 2021 at {i % 12 + 1}:15 pm"
        lines += [_name(i), date, f"Reply to {_name(0)}", f"Reply text {i} with words.", ""]
    return "\n".join(lines) + "\n"


def number_references(n: int) -> str:
    """Every comment answers the first by its number ("Re: #1")."""
    lines = ["A post", "", "The post's text.", "", f"{n} comments"]
    for i in range(1, n + 1):
        lines += [f"  {i}. User{i} says:", "    Re: #1 I think you are right about this.", ""]
    return "\n".join(lines) + "\n"


FAMILIES: dict[str, tuple[Callable[[int], str], int]] = {
    "quotes": (quotes, 500),
    "bracketed": (bracketed, 1000),
    "reference_chain": (reference_chain, 500),
    "attributions": (attributions, 500),
    "shared_stamps": (shared_stamps, 250),
    "replies_to_first": (replies_to_first, 500),
    "number_references": (number_references, 1000),
}


def _median(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _median_read(text: str, runs: int = 3) -> float:
    """The median time of `threadparse.to_dict` on a page just parsed (not timed)."""
    times = []
    for _ in range(runs):
        page = threadparse.parse(text)
        gc.collect()
        started = time.perf_counter()
        threadparse.to_dict(page)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="run the families whose name holds this word")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the sizes")
    args = ap.parse_args()
    for name, (make, size) in FAMILIES.items():
        if args.only and args.only not in name:
            continue
        before: tuple[float, float] | None = None
        for n in (size, 2 * size, 4 * size, 8 * size):
            n = max(2, int(n * args.scale))
            text = make(n)
            parse = _median(lambda text=text: threadparse.parse(text))
            read = _median_read(text)
            ratios = (
                "" if before is None else f"  ×{parse / before[0]:.2f}  ×{read / before[1]:.2f}"
            )
            print(
                f"{name:18} n={n:5}  {len(text) / 1000:6.0f} kB  parse {parse * 1000:7.0f} ms"
                f"  read {read * 1000:7.0f} ms{ratios}",
                flush=True,
            )
            before = (parse, max(read, 1e-6))


if __name__ == "__main__":
    main()
