"""Shared fixtures: an index built from the bundled samples, and a real server on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from searchsvc.config import SAMPLES_DIR

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(*args, env=None, check=True, timeout=300) -> subprocess.CompletedProcess:
    """Run the real `searchsvc` command in a subprocess."""
    proc = subprocess.run([sys.executable, "-m", "searchsvc.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"searchsvc {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return proc


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> Path:
    index_dir = tmp_path_factory.mktemp("index") / "samples"
    run_cli("reindex", "--source", str(SAMPLES_DIR), "--index", str(index_dir))
    return index_dir


class Server:
    def __init__(self, index_dir: Path, env: dict | None = None, args: tuple[str, ...] = ()):
        """`env`: extra environment (SEARCHSVC_API_TOKEN, ...); `args`: extra `serve` options (--workers)."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # the server's log goes to a file: a pipe nobody reads fills up and stalls the server
        fd, self.log_path = tempfile.mkstemp(prefix="searchsvc-server-", suffix=".log")
        os.close(fd)
        with open(self.log_path, "a", encoding="utf-8") as log:  # O_APPEND: reading never moves the writer
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "searchsvc.cli", "serve", "--index", str(index_dir), "--port", str(self.port),
                 *args],
                env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT, text=True,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.output()[-3000:]}")
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not start within 60 s")

    def get(self, path: str, **kw) -> httpx.Response:
        return httpx.get(self.url + path, timeout=30, **kw)

    def request(self, method: str, path: str, **kw) -> httpx.Response:
        return httpx.request(method, self.url + path, timeout=60, **kw)

    def output(self) -> str:
        """What the server logged so far (JSON lines)."""
        with open(self.log_path, encoding="utf-8", errors="replace") as log:
            return log.read()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.unlink(self.log_path)


@pytest.fixture(scope="session")
def server(sample_index):
    srv = Server(sample_index)
    yield srv
    srv.stop()
