#!/usr/bin/env python3
"""The batch job: `scripts/reindex.py --source PATH... --index DIR` (= `searchsvc reindex`).

Runnable directly (cron, a shell): when the python on PATH does not have searchsvc installed, it
runs itself again with the project's own .venv/bin/python (the README's install).
"""

import os
import sys
from pathlib import Path

PROJECT_VENV = Path(__file__).resolve().parent.parent / ".venv"

try:
    from searchsvc.cli import main
except ImportError:
    venv_python = PROJECT_VENV / "bin" / "python"
    if venv_python.exists() and Path(sys.prefix).resolve() != PROJECT_VENV.resolve():
        os.execv(str(venv_python), [str(venv_python), __file__, *sys.argv[1:]])
    sys.exit(f"scripts/reindex.py: searchsvc is not installed for {sys.executable} and there is no "
             f"{venv_python}; install it as the README says (python3 -m venv .venv && .venv/bin/pip install -e .)")

if __name__ == "__main__":
    sys.exit(main(["reindex", *sys.argv[1:]]))
