"""The progress bar of ``threadparse extract``: rich, on standard error, for a terminal.

`RichReporter` is a `threadparse.batch.Reporter`: one bar over the bytes of all inputs,
with files done, pages, comments and errors beside it. It moves page by page when the
run is in this process, input by input when worker processes run it.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from threadparse.batch import Reporter, Tally


class RichReporter(Reporter):
    """A rich progress bar on ``console`` (standard error by default)."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self._bar = Progress(
            TextColumn("[bold]extract"),
            BarColumn(),
            TaskProgressColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[figures]}"),
            console=self.console,
            transient=True,
        )
        self._task: TaskID | None = None
        self._done = Tally()
        self._sizes: dict[str, int] = {}
        self._inputs = 0
        self._done_inputs = 0
        self._done_bytes = 0
        self._by_bytes = False

    def started(self, inputs: list[str], sizes: list[int]) -> None:
        self._sizes = dict(zip(inputs, sizes, strict=True))
        self._inputs = len(inputs)
        self._by_bytes = sum(sizes) > 0
        self._bar.start()
        total = sum(sizes) if self._by_bytes else max(len(inputs), 1)
        self._task = self._bar.add_task("extract", total=total, figures=self._figures(Tally()))

    def page(self, tally: Tally, position: int) -> None:
        now = Tally()
        now.add(self._done)
        now.add(tally)
        completed = self._done_bytes + position if self._by_bytes else self._done_inputs
        self._update(completed, now)

    def finished(self, path: str, tally: Tally) -> None:
        self._done.add(tally)
        self._done_inputs += 1
        self._done_bytes += self._sizes.get(path, 0)
        self._update(self._done_bytes if self._by_bytes else self._done_inputs, self._done)

    def _update(self, completed: int, tally: Tally) -> None:
        if self._task is not None:
            self._bar.update(self._task, completed=completed, figures=self._figures(tally))

    def _figures(self, tally: Tally) -> str:
        return (
            f"{self._done_inputs}/{self._inputs} files · {tally.pages:,} pages · "
            f"{tally.comments:,} comments · {tally.page_errors + tally.failed_inputs:,} errors"
        )

    def close(self) -> None:
        """Take the bar off the terminal."""
        self._bar.stop()
