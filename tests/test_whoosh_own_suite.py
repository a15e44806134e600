"""Whoosh's own test suite (588 tests in the whoosh-reloaded 2.7.5 source distribution) passes
with searchsvc's patches installed: fastwrite.py replaces methods of Whoosh's writer, names.py its
random file names, and every Whoosh user in the process (MpWriter children included) runs
through them.

The README's test command downloads the sdist into .cache/sdist when it installs the project
(`pip download --no-deps --no-binary :all: whoosh-reloaded==2.7.5 -d .cache/sdist`), so this
test needs no network. Without the file it is skipped, saying so. ~20 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from searchsvc.engines.whoosh import compat

ROOT = Path(__file__).resolve().parent.parent
SDIST_DIR = ROOT / ".cache" / "sdist"
VERSION = ".".join(map(str, compat.WHOOSH_VERSION))

CONFTEST = '''
from searchsvc.engines import get_engine
from searchsvc.engines.whoosh import fastwrite, names

get_engine("whoosh").check()  # checks the version, installs the patches
assert fastwrite.installed() and names.installed()
'''


def _sdist() -> Path | None:
    found = [p for p in SDIST_DIR.glob("*.tar.gz") if p.name.lower() == f"whoosh-reloaded-{VERSION}.tar.gz"]
    return found[0] if found else None


def test_whoosh_own_suite_passes_with_searchsvc_patches(tmp_path):
    sdist = _sdist()
    if sdist is None:
        pytest.skip(f"no whoosh-reloaded {VERSION} sdist in {SDIST_DIR}: the README's test command downloads it "
                    f"(pip download --no-deps --no-binary :all: whoosh-reloaded=={VERSION} -d .cache/sdist)")
    with tarfile.open(sdist) as tar:
        members = [m for m in tar.getmembers() if "/tests/" in m.name]
        tar.extractall(tmp_path, members=members, filter="data")
    (tests,) = tmp_path.glob("*/tests")
    (tests / "conftest.py").write_text(CONFTEST)
    private_tmp = tmp_path / "tmp"  # Whoosh's RamStorage spills to <tmp>/MAIN.tmp: not shared with others
    private_tmp.mkdir()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
                           str(tests)], cwd=tests.parent, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "TMPDIR": str(private_tmp)})
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-2000:]
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "588 passed" in summary and "failed" not in summary, summary
