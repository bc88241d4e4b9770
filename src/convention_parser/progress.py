"""What a batch tells the person watching it, on stderr.

A progress bar (rich) only when stderr is a terminal; one ``error: <path>: <reason>``
line per failed file as it fails (CONTRACT.md); at the end a closing line
"N parsed, M failed" with the failed files listed under it.
"""

from __future__ import annotations

import sys
from typing import Optional


class BatchProgress:
    def __init__(self, total: int, label: str = "parsing", closing: bool = True):
        self.total, self.label, self.closing = total, label, closing
        self.parsed = 0
        self.failed: list[str] = []
        self.extra: dict[str, int] = {}
        self._bar = None
        self._console = None
        if sys.stderr.isatty() and total > 1:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._console = Console(stderr=True)
            self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), console=self._console, transient=True)

    def __enter__(self) -> "BatchProgress":
        if self._bar is not None:
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=self.total)
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
        if self.closing:
            self.summary()

    def _print(self, line: str) -> None:
        if self._console is not None:
            self._console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def ok(self, path: str, note: Optional[str] = None) -> None:
        self.parsed += 1
        self._advance()

    def other(self, what: str) -> None:
        """A file neither parsed nor failed ("already stored")."""
        self.extra[what] = self.extra.get(what, 0) + 1
        self._advance()

    def fail(self, path: str, reason: str) -> None:
        self.failed.append(path)
        self._print(f"error: {path}: {reason}")
        self._advance()

    def _advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def summary(self) -> None:
        line = f"{self.parsed} parsed, {len(self.failed)} failed"
        line += "".join(f", {n} {what}" for what, n in self.extra.items())
        print(line + (":" if self.failed else ""), file=sys.stderr)
        for path in self.failed:
            print(f"  {path}", file=sys.stderr)
        sys.stderr.flush()
