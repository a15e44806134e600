"""Advisory file locks for an index directory (fcntl.flock: released by the kernel when the holder dies).

    <index_dir>/reindex.lock   held by the batch job for its whole run: one reindex at a time
    <index_dir>/write.lock     held briefly around every write to the live generation and around
                               the switch of LIVE (batch chunks, HTTP POST/DELETE)

Searches take neither. A lock file is never deleted: deleting a flock'ed file lets two processes
lock two different inodes. "Stale" therefore means: the file exists but nobody holds the lock
(its holder was killed); the next taker simply gets it and logs whose it was.

>>> with IndexLock(index_dir / "reindex.lock", "reindex"):
...     ...
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import socket
import threading
import time
from pathlib import Path


class LockHeld(RuntimeError):
    """Another process (or thread) holds the lock; `holder` is what it wrote into the lock file."""

    def __init__(self, message: str, holder: dict):
        super().__init__(message)
        self.holder = holder


class IndexLock:
    def __init__(self, path: str | os.PathLike, purpose: str):
        self.path = Path(path)
        self.purpose = purpose
        self._fd: int | None = None
        self.previous: dict = {}  # what the last holder wrote, when we took over a stale lock

    def acquire(self, timeout: float = 0.0, poll: float = 0.05) -> "IndexLock":
        """Take the lock, waiting up to `timeout` seconds; raise LockHeld otherwise."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # A fresh open file description per acquire: flock conflicts between two of them even in
        # one process, so threads of one server exclude each other like processes do.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    os.close(fd)
                    raise
                if time.monotonic() >= deadline:
                    holder = _read_holder(fd)
                    os.close(fd)
                    raise LockHeld(self._held_message(holder), holder) from None
                time.sleep(poll)
        try:
            self.previous = _read_holder(fd)
            info = {"pid": os.getpid(), "host": socket.gethostname(), "thread": threading.get_ident(),
                    "purpose": self.purpose, "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode(), 0)
        except BaseException:
            # writing who holds it failed (a full disk: ENOSPC): the flock must not outlive this call,
            # or every later writer waits for a lock nobody will ever release
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
            raise
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)  # an empty file: nobody holds it
        except OSError:
            pass  # the holder info is advisory; the flock below is what others wait for
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _held_message(self, holder: dict) -> str:
        if holder.get("pid"):
            return (f"another {holder.get('purpose', self.purpose)} (pid {holder['pid']} on "
                    f"{holder.get('host', '?')}, started {holder.get('started', '?')}) holds {self.path}")
        return f"another {self.purpose} holds {self.path}"

    def __enter__(self) -> "IndexLock":
        if self._fd is None:
            self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _read_holder(fd: int) -> dict:
    try:
        raw = os.pread(fd, 4096, 0)
        return json.loads(raw) if raw.strip() else {}
    except (OSError, ValueError):
        return {}
