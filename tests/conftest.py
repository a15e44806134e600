"""Shared fixtures: an index built from the bundled samples, a real server on a free port, and the entity
registry with a learned-entities overlay of its own (`registry`).

Hermetic: the commands the tests run (`run_cli`, `Server`) and the settings they build in-process
(`test_settings`) see pinned settings, never the developer's: an empty models folder, a fresh
translation cache, an empty config file (SEARCHSVC_CONFIG) and learned entities beside each test's
own index, with every SEARCHSVC_* and ARGOS_* variable of the developer's environment left out.
A machine with Argos models installed or searchsvc configured passes the same way as CI.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from searchsvc.config import SAMPLES_DIR, Settings
from searchsvc.entities import EntityRegistry
from searchsvc.entities.places import PlaceRegistry
from searchsvc.entities.sites import SiteRegistry

ROOT = Path(__file__).resolve().parent.parent
PINNED_DIR = Path(tempfile.mkdtemp(prefix="searchsvc-tests-"))


def _pinned_env() -> dict[str, str]:
    (PINNED_DIR / "models").mkdir(exist_ok=True)
    (PINNED_DIR / "searchsvc.toml").write_text("# tests: defaults only\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SEARCHSVC_", "ARGOS_"))}
    return {**env, "SEARCHSVC_MODELS_DIR": str(PINNED_DIR / "models"), "SEARCHSVC_CACHE_DIR": str(PINNED_DIR / "cache"),
            "SEARCHSVC_CONFIG": str(PINNED_DIR / "searchsvc.toml"),
            "SEARCHSVC_ENTITIES_FILE": ""}  # empty: entities-learned.jsonl beside the test's own index


PINNED_ENV = _pinned_env()


def hermetic_env(extra: dict | None = None) -> dict[str, str]:
    """The environment of a command a test runs: pinned settings, then the test's own `extra`."""
    return {**PINNED_ENV, **(extra or {})}


def test_settings(**overrides) -> Settings:
    """Settings as a command run by the tests would load them (pinned), with `overrides`."""
    return dataclasses.replace(Settings.load(env=PINNED_ENV), **overrides)


test_settings.__test__ = False  # a helper, not a test


def pytest_unconfigure(config):
    shutil.rmtree(PINNED_DIR, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(*args, env=None, check=True, timeout=300) -> subprocess.CompletedProcess:
    """Run the real `searchsvc` command in a subprocess."""
    proc = subprocess.run([sys.executable, "-m", "searchsvc.cli", *args], capture_output=True, text=True,
                          env=hermetic_env(env), timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"searchsvc {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return proc


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> Path:
    index_dir = tmp_path_factory.mktemp("index") / "samples"
    run_cli("reindex", "--source", str(SAMPLES_DIR), "--index", str(index_dir))
    return index_dir


@pytest.fixture
def registry(tmp_path) -> EntityRegistry:
    """The packaged entity registry, learning into this test's own overlay."""
    return EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")


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
                env=hermetic_env(env), stdout=log, stderr=subprocess.STDOUT, text=True,
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


@pytest.fixture(scope="module")
def sites() -> SiteRegistry:
    """The known sites (entities.sites.SiteRegistry) as the product loads them, for the site-name tests."""
    return SiteRegistry.load()


@pytest.fixture(scope="module")
def places() -> PlaceRegistry:
    """The gazetteer (entities.places.PlaceRegistry) as the product loads it, for the place tests."""
    return PlaceRegistry.load()
