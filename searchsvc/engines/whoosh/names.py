"""Whoosh's random file names, drawn from the OS instead of the `random` module's shared state.

Whoosh names every new segment (MAIN_<16 random characters>.seg and its part files) and its
scratch files (sorting-pool runs, compound-file and multiprocessing temporaries) with
whoosh.util.random_name, which draws from the global `random` generator. Whatever seeds that
generator in the same process (hypothesis does before every example it runs; any library or
script calling random.seed) makes the next commit draw a name it drew before: the name of a live
segment. That commit then fails in create_compound_file (AssertionError: the .seg file already
exists) after writing its part files under the live segment's name, so every write after a
reseed answered HTTP 500. `secrets` draws from the OS, which no seed reaches: a name repeats
with probability 36**-16 per pair of segments, as Whoosh intends.

Installed by `install()`, which the engine calls when it is first used, after compat.check()
has confirmed the Whoosh version and that each module below has its `random_name`; nothing is
replaced at import. The names keep Whoosh's alphabet and lengths, so the files are unchanged.
"""

from __future__ import annotations

import importlib
import secrets

from whoosh.util import IDCHARS

# every Whoosh module that names files with its own `from whoosh.util import random_name`
MODULES = ("whoosh.util", "whoosh.codec.base", "whoosh.writing", "whoosh.filedb.filestore",
           "whoosh.filedb.compound", "whoosh.multiproc")
_ORIGINALS: dict = {}


def random_name(size: int = 28) -> str:
    """whoosh.util.random_name (same alphabet, same default length) from the OS's random source."""
    return "".join(secrets.choice(IDCHARS) for _ in range(size))


def install() -> bool:
    """Replace `random_name` in each module of MODULES (once). Call compat.check() first."""
    if not _ORIGINALS:
        for name in MODULES:
            module = importlib.import_module(name)
            _ORIGINALS[name] = module.random_name
            module.random_name = random_name
    return True


def installed() -> bool:
    return all(importlib.import_module(name).random_name is random_name for name in MODULES)
