"""The Lark parser's grammar analysis is cached in the user's cache folder: it is made on
first use, used by later processes, survives a damaged file, and can be turned off."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PARSE = (
    "import threadparse\n"
    "page = threadparse.parse('T\\n\\n1 reply\\n  1. Ann says:\\n    Hi.\\n')\n"
    "print([c.author for c in page.walk()])\n"
)


def run(cache_home: Path, **extra: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "THREADPARSE_NO_CACHE"}
    env.update(XDG_CACHE_HOME=str(cache_home), **extra)
    out = subprocess.run(
        [sys.executable, "-c", PARSE], env=env, capture_output=True, text=True, check=True
    )
    assert out.stderr == ""
    return out.stdout.strip()


def test_cache_is_written_then_used(tmp_path: Path) -> None:
    assert run(tmp_path) == "['Ann']"
    (cache,) = (tmp_path / "threadparse").iterdir()
    assert cache.name.endswith(".lark-cache") and cache.stat().st_size > 0
    written = cache.stat().st_mtime_ns
    assert run(tmp_path) == "['Ann']"
    assert cache.stat().st_mtime_ns == written  # loaded, not rebuilt


def test_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    run(tmp_path)
    (cache,) = (tmp_path / "threadparse").iterdir()
    cache.write_bytes(b"not a cache\n\x80garbage")
    assert run(tmp_path) == "['Ann']"
    assert cache.read_bytes() != b"not a cache\n\x80garbage"


def test_cache_can_be_turned_off(tmp_path: Path) -> None:
    assert run(tmp_path, THREADPARSE_NO_CACHE="1") == "['Ann']"
    assert not (tmp_path / "threadparse").exists()


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would go")
    assert run(blocker) == "['Ann']"
