"""Index engines: one interface (base.py), one package per library (whoosh/).

>>> engine = get_engine()            # the default, "whoosh"
>>> index = engine.create(path, schema)

Adding an engine: a package engines/<name>/ implementing base.Engine (and Index, Reader,
Segment, Writer), one line in ENGINES, and its name in tests/test_engine_conformance.py's
parametrisation (docs/architecture.md, "Engine").
"""

from __future__ import annotations

import importlib

from .base import Engine, EngineError, EngineMismatch, WriterBusy

# name -> "module:class"; imported on first use so that a library is loaded only when chosen
ENGINES = {"whoosh": "searchsvc.engines.whoosh:WhooshEngine"}
DEFAULT_ENGINE = "whoosh"


def get_engine(name: str = DEFAULT_ENGINE) -> Engine:
    try:
        module_name, class_name = ENGINES[name].split(":")
    except KeyError:
        raise EngineError(f"unknown index engine {name!r}; known: {', '.join(ENGINES)}") from None
    return getattr(importlib.import_module(module_name), class_name)()


__all__ = ["ENGINES", "Engine", "EngineError", "EngineMismatch", "WriterBusy", "get_engine"]
