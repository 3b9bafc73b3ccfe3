"""Instructions per parse, counted by valgrind's callgrind: a figure that does not move
with the load of a shared machine, for comparing two versions of the parser.

usage:
    python benchmarks/icount.py                      # seed and wrapped, 0.5 MB, each stage
    python benchmarks/icount.py --shape wrapped --mb 1 --stage transform
    python benchmarks/icount.py --src ../other-checkout/src   # another version's code

Each figure is the difference between two runs of one process under callgrind, one that
parses the dump once and one that does everything else (imports, building the parser,
generating the dump) but not the parse. Needs ``valgrind`` (Debian: ``apt install
valgrind``); a run takes 20-60 s.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ("full", "outline", "transform")

# The measured process: ``--child SRC SHAPE MB STAGE N`` does the stage N times.
_CHILD = r"""
import gc, sys
src, shape, mb, stage, n = sys.argv[1:6]
sys.path[:0] = [src, HERE]
import generate, threadparse
from threadparse import parser
from threadparse.dialect import detect
from threadparse.errors import Diagnostics, collecting
from threadparse.transform import PageBuilder
text = generate.make(shape, int(float(mb) * 1_000_000))
threadparse.parse(text[:3000])
gc.disable()
diagnostics = Diagnostics(text=text)
with collecting(diagnostics):
    outline = parser._outline(text) if stage == "transform" else None
    for _ in range(int(n)):
        if stage == "full":
            threadparse.parse(text)
        elif stage == "outline":
            parser._outline(text)
        else:
            PageBuilder(diagnostics, detect(text)).build(outline, ends_with_newline=True)
"""


def instructions(src: str, shape: str, mb: float, stage: str, times: int) -> int:
    code = _CHILD.replace("HERE", repr(str(HERE)))
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", code, src, shape, str(mb), stage, str(times)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = re.search(r"Collected : ([0-9]+)", out.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from callgrind:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(HERE.parent / "src"), help="the code to measure")
    ap.add_argument("--shape", choices=("seed", "wrapped", "wide", "deep"), action="append")
    ap.add_argument("--mb", type=float, default=0.5, help="dump size (seed, wrapped)")
    ap.add_argument("--stage", choices=STAGES, action="append")
    a = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt install valgrind)")
    for shape in a.shape or ["seed", "wrapped"]:
        for stage in a.stage or list(STAGES):
            base = instructions(a.src, shape, a.mb, stage, 0)
            once = instructions(a.src, shape, a.mb, stage, 1)
            case = f"{shape} {a.mb:g} MB" if shape in ("seed", "wrapped") else shape
            print(f"{case} {stage}: {(once - base) / 1e6:,.0f} M instructions")


if __name__ == "__main__":
    main()
