"""The CLI as a Unix user runs it: quiet pipes, answers on stdout, logs only when something is wrong."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def closed_early(*args) -> subprocess.CompletedProcess:
    """Run `searchsvc ARGS | head -0`: the reader closes the pipe before the command writes."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen([sys.executable, "-m", "searchsvc.cli", *args], stdout=write_end,
                            stderr=subprocess.PIPE, text=True)
    os.close(write_end)
    os.close(read_end)  # gone before the command has imported anything
    _, stderr = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, "", stderr)


@pytest.mark.parametrize("command", [("search", "Belarus", "--size", "50"), ("entities", "list")])
def test_a_pipe_closed_early_ends_quietly(sample_index, command):
    done = closed_early(*command, "--index", str(sample_index))
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr, done.stderr
    assert done.returncode == 141  # 128 + SIGPIPE, as `yes | head` reports it


def test_search_prints_the_answer_and_no_log_line(sample_index):
    done = subprocess.run([sys.executable, "-m", "searchsvc.cli", "search", "Belarus", "--index", str(sample_index)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.splitlines()[0].endswith("hits")
    assert done.stderr == ""


def test_reindex_quiet_is_quiet(sample_index, tmp_path):
    from searchsvc.config import SAMPLES_DIR

    done = subprocess.run([sys.executable, "-m", "searchsvc.cli", "reindex", "--quiet", "--source", str(SAMPLES_DIR),
                           "--index", str(tmp_path / "index")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "inputs" in done.stdout
    assert done.stderr == ""


def test_the_batch_script_runs_directly(tmp_path):
    from searchsvc.config import PROJECT_ROOT, SAMPLES_DIR

    if not (PROJECT_ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip("no project .venv (the README's install) to find")
    # the system's python3 first on PATH, as in a cron job: it does not have searchsvc installed
    env = {**os.environ, "PATH": "/usr/local/bin:/usr/bin:/bin"}
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run([str(PROJECT_ROOT / "scripts" / "reindex.py"), "--quiet", "--source", str(SAMPLES_DIR),
                           "--index", str(tmp_path / "index")], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "No module named" not in done.stderr and "inputs" in done.stdout
