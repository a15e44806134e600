"""The Whoosh engine refuses a Whoosh it was not written against, and is the only Whoosh user.

Its general behaviour is in test_engine_conformance.py; index build equivalence with Whoosh's
own writer in test_index_fastwrite.py; Whoosh's own suite with the patches in
test_whoosh_own_suite.py.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import whoosh
from whoosh.codec import whoosh3

from searchsvc.engines import EngineMismatch, get_engine
from searchsvc.engines.base import Field, Schema, TextAnalysis
from searchsvc.engines.whoosh import compat
from searchsvc.engines.whoosh.engine import WhooshEngine

PACKAGE = Path(__file__).resolve().parent.parent / "searchsvc"


def test_another_whoosh_version_is_refused_with_what_to_do(monkeypatch, tmp_path):
    monkeypatch.setattr(whoosh, "__version__", (2, 7, 6))
    monkeypatch.setattr(WhooshEngine, "_checked", False)
    with pytest.raises(EngineMismatch) as exc:
        get_engine("whoosh").create(tmp_path, ())
    message = str(exc.value)
    assert "whoosh-reloaded 2.7.5" in message and "2.7.6" in message and "compat.py" in message
    assert not any(tmp_path.iterdir())  # refused before writing anything


def test_a_missing_internal_is_refused_by_name(monkeypatch):
    monkeypatch.delattr(whoosh3.W3LeafMatcher, "_next_block")
    with pytest.raises(EngineMismatch, match=r"whoosh\.codec\.whoosh3\.W3LeafMatcher\._next_block"):
        compat.check()


def test_an_internal_that_reads_back_wrong_is_refused(monkeypatch):
    # a Whoosh whose posting blocks decode differently: the probe index reads back wrong postings
    original = whoosh3.W3LeafMatcher._read_data

    def shifted(self):
        original(self)
        self._data = ([i + 1 for i in self._data[0]],) + tuple(self._data[1:])

    monkeypatch.setattr(whoosh3.W3LeafMatcher, "_read_data", shifted)
    monkeypatch.setattr(WhooshEngine, "_checked", False)
    with pytest.raises(EngineMismatch, match="internals differ"):
        get_engine("whoosh").check()


def test_importing_searchsvc_neither_imports_nor_patches_whoosh():
    code = ("import sys\n"
            "import searchsvc.cli, searchsvc.web.app, searchsvc.pipeline, searchsvc.search.service, searchsvc.index\n"
            "assert 'whoosh' not in sys.modules, 'imported whoosh'\n"
            "from searchsvc.engines import get_engine\n"
            "from searchsvc.engines.whoosh import fastwrite, names\n"
            "assert not fastwrite.installed() and not names.installed(), 'patched at import'\n"
            "get_engine('whoosh').check()\n"
            "assert fastwrite.installed() and names.installed()\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_only_the_whoosh_engine_imports_whoosh():
    importers = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                       if re.search(r"^\s*(import whoosh|from whoosh)", p.read_text(encoding="utf-8"), re.M))
    assert importers and all(p.startswith("engines/whoosh/") for p in importers), importers


def test_commits_after_the_random_module_is_reseeded_get_new_segment_names(tmp_path):
    """Whoosh names segments from `random`; hypothesis reseeds it before every example, and each
    commit after a reseed drew the live segment's name: AssertionError in create_compound_file,
    a 500 for every API write under schemathesis."""
    schema = Schema([Field("id", "id", stored=True, unique=True),
                     Field("text", "text", analysis=TextAnalysis("stemmed", stem=str.lower))])
    index = WhooshEngine().create(tmp_path, schema)
    for n in range(3):
        random.seed(0)
        assert index.apply(upserts=[{"id": f"a{n}", "text": f"fair number {n}"}]).upserted == [f"a{n}"]
    random.seed(0)
    assert index.apply(deletes=["a1"]).deleted == ["a1"]
    with index.reader() as reader:
        assert reader.doc_count() == 2
    segments = [name for name in os.listdir(tmp_path) if name.endswith(".seg")]
    assert len(segments) == len(set(segments)) >= 1
    index.close()


def test_a_readers_remembered_document_frequencies_are_those_of_its_point_in_time(tmp_path):
    """reader.py remembers the frequencies it looked up: an in-place commit shows in a new
    reader, never in the remembered numbers of one opened before it."""
    schema = Schema([Field("id", "id", stored=True, unique=True),
                     Field("text", "text", analysis=TextAnalysis("stemmed", stem=str.lower))])
    index = WhooshEngine().create(tmp_path, schema)
    index.apply(upserts=[{"id": "a", "text": "fair weather"}, {"id": "b", "text": "fair play"}])
    with index.reader() as before:
        assert before.doc_frequency("text", "fair") == 2 and before.doc_frequency("text", "rain") == 0
        index.apply(upserts=[{"id": "c", "text": "fair rain"}], deletes=["a"])
        assert before.doc_frequency("text", "fair") == 2 and before.doc_frequency("text", "rain") == 0
        with index.reader() as after:
            assert after.doc_frequency("text", "rain") == 1
            assert after.doc_count() == 2
    index.close()
