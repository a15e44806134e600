"""Where a reindex run is: a bar on a terminal, the one JSON log format (searchsvc/logs.py) for a log
collector. Always stderr.

>>> progress = Progress()            # quiet=True for library callers that only want the report
>>> progress.stage("ingest", 200); progress.advance(); progress.finish()

Writes nothing to disk; the report (stdout or --report FILE) is the run's record.
"""

from __future__ import annotations

import sys
import time

from ..logs import event_line


class Progress:
    """A bar on a terminal (stderr); otherwise log lines of the one structured format (searchsvc/logs.py),
    logger `searchsvc.reindex`. Never on stdout (the report)."""

    def __init__(self, stream=None, tty: bool | None = None, quiet: bool = False, every_s: float = 2.0):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.quiet = quiet
        self.every_s = every_s
        self.stage_name, self.total, self.done, self._t0, self._last = "", 0, 0, 0.0, 0.0

    def event(self, event: str, **fields) -> None:
        if self.quiet:
            return
        if self.tty:
            detail = " ".join(f"{k}={v}" for k, v in fields.items())
            self.stream.write(f"\r\033[K{event} {detail}\n")
        else:
            self.stream.write(event_line("searchsvc.reindex", event, **fields) + "\n")
        self.stream.flush()

    def stage(self, name: str, total: int) -> None:
        self.stage_name, self.total, self.done = name, total, 0
        self._t0 = self._last = time.monotonic()
        if not self.tty:
            self.event("stage", stage=name, total=total)
        self._draw(force=True)

    def advance(self, n: int = 1) -> None:
        self.done += n
        self._draw()

    def finish(self) -> None:
        self._draw(force=True)
        if self.tty and not self.quiet:
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.quiet or (not force and now - self._last < (0.1 if self.tty else self.every_s)):
            return
        self._last = now
        rate = self.done / max(now - self._t0, 1e-6)
        if self.tty:
            frac = self.done / self.total if self.total else 1.0
            bar = "#" * int(frac * 30)
            eta = (self.total - self.done) / rate if rate > 0 and self.total else 0
            self.stream.write(f"\r\033[K{self.stage_name:>9} [{bar:<30}] {self.done}/{self.total} "
                              f"{rate:6.1f}/s eta {eta:4.0f} s")
            self.stream.flush()
        elif not force:
            self.event("progress", stage=self.stage_name, done=self.done, total=self.total, per_s=round(rate, 1))

