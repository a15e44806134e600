#!/usr/bin/env python3
"""The batch job: `python scripts/reindex.py --source PATH... --index DIR` (= `searchsvc reindex`)."""

import sys

from searchsvc.cli import main

if __name__ == "__main__":
    sys.exit(main(["reindex", *sys.argv[1:]]))
