"""What every index engine must do (engines/base.py), run against each engine in engines.ENGINES.

A new engine passes this file unchanged: it is added to ENGINES and declares in its Features what
it cannot do (the checks for optional capabilities read the features, never the engine's name).
Documents and schema here are small and engine-neutral; search/'s evaluator runs on top to show
that the engine's postings are enough for ranking, phrases and facets.
"""

from __future__ import annotations

import shutil
from datetime import datetime

import numpy as np
import pytest

from searchsvc.engines import ENGINES, WriterBusy, get_engine
from searchsvc.engines import query as Q
from searchsvc.engines.base import Field, Schema, TextAnalysis
from searchsvc.lang.analysis import analysis, line_analysis, name_analysis
from searchsvc.languages import default_languages

LANGS = default_languages()


def stemmed(code: str) -> TextAnalysis:
    return analysis(LANGS[code])


SCHEMA = Schema([
    Field("id", "id", stored=True, unique=True),
    Field("site", "id", stored=True),
    Field("tags", "keyword", commas=True, stored=True, scorable=True),
    Field("words", "keyword", lowercase=True, scorable=False),
    Field("body", "text", analysis=stemmed("en")),
    Field("body_ru", "text", analysis=stemmed("ru")),
    Field("names", "text", analysis=name_analysis()),
    Field("lines", "text", analysis=line_analysis(), phrase=False),
    Field("published", "datetime", stored=True, sortable=True),
    Field("mask", "numeric", stored=True),
    Field("payload", "stored"),
])

DOCS = [
    {"id": "a", "site": "Minsk", "tags": "p1,p2", "words": "Harvest Grain", "body": "The harvest of grain began. Grain is dry.",
     "body_ru": "Уборка урожая зерна началась", "names": "Александр Вольфович; José", "lines": "Harvest begins\nУборка",
     "published": datetime(2024, 3, 1, 10, 30), "mask": 3, "payload": '{"x": 1}'},
    {"id": "b", "site": "Brest", "tags": "p2", "words": "Grain Exports", "body": "Grain exports grow in Brest.",
     "body_ru": "Экспорт зерна растёт", "names": "Volfovich", "lines": "Grain exports grow",
     "published": datetime(2024, 3, 2), "mask": 1, "payload": "b"},
    {"id": "c", "site": "Minsk", "tags": "p3", "words": "Concept", "body": "A security concept was adopted by the council.",
     "names": "", "lines": "Security concept", "mask": 0, "payload": "c"},  # undated
]


@pytest.fixture(params=sorted(ENGINES))
def engine(request):
    return get_engine(request.param)


def build(engine, path, docs=DOCS, procs=1):
    path.mkdir(parents=True, exist_ok=True)
    index = engine.create(path, SCHEMA)
    writer = index.bulk_writer(len(docs), procs=procs)
    for doc in docs:
        writer.add(dict(doc))
    writer.commit()
    return index


def docnum_of(reader, key):
    d = reader.document_number(key)
    assert d is not None, key
    return d


def global_postings(reader, field, term, positions=False):
    """{global docnum: (tf, positions)} over every segment."""
    out = {}
    for seg in reader.segments():
        p = seg.postings(field, term, positions=positions)
        if p is None:
            continue
        assert len(p.ids) == len(p.tf) and np.all(np.diff(p.ids) > 0)
        for i, (d, tf) in enumerate(zip(p.ids.tolist(), p.tf.tolist())):
            out[d + seg.offset] = (tf, p.positions[i] if positions else None)
    return out


def live_docnums(reader):
    return {seg.offset + d for seg in reader.segments() for d in np.flatnonzero(seg.live()).tolist()}


def test_the_engine_checks_its_library(engine):
    engine.check()  # raises EngineMismatch on a library it was not written against


def test_a_written_generation_holds_the_documents_and_their_stored_fields(engine, tmp_path):
    with build(engine, tmp_path / "g") as index, index.reader() as r:
        assert r.doc_count() == r.doc_count_all() == 3
        assert index.field_names() == set(SCHEMA.names())
        stored = r.stored_fields(docnum_of(r, "a"))
        assert stored["id"] == "a" and stored["site"] == "Minsk" and stored["payload"] == '{"x": 1}'
        assert stored["published"] == datetime(2024, 3, 1, 10, 30) and stored["mask"] == 3
        assert "body" not in stored  # only stored fields come back
        assert r.document("b")["payload"] == "b" and r.document("zzz") is None
        assert sorted(d["id"] for d in r.all_stored_fields()) == ["a", "b", "c"]
        offsets = [(s.offset, s.doc_count_all) for s in r.segments()]
        assert offsets[0][0] == 0 and sum(n for _, n in offsets) == r.doc_count_all()
        assert all(o1 + n1 == o2 for (o1, n1), (o2, _) in zip(offsets, offsets[1:]))


def test_text_is_analysed_with_the_declared_analysis(engine, tmp_path):
    with build(engine, tmp_path / "g") as index, index.reader() as r:
        for field, lang in (("body", "en"), ("body_ru", "ru")):
            for text in ("The harvest of grain began", "Уборка урожая зерна, и ЭКСПОРТ", ""):
                assert r.analyze(field, text) == stemmed(lang).terms(text)
        assert r.analyze("names", "José Вольфовича") == ["jose", "вольфовича"]  # lowercased, accents folded
        assert r.analyze("lines", "Harvest Begins") == ["harvest begins"]  # a whole line is one term


def test_postings_give_docnums_frequencies_and_positions(engine, tmp_path):
    with build(engine, tmp_path / "g") as index, index.reader() as r:
        a, b = docnum_of(r, "a"), docnum_of(r, "b")
        grain = stemmed("en").terms("grain")[0]
        got = global_postings(r, "body", grain, positions=True)
        assert set(got) == {a, b}
        # "The harvest of grain began. Grain is dry.": positions count kept words from the first
        # one's place (harvest 1, grain 2, began 3, grain 4, dry 5)
        assert got[a] == (2.0, [2, 4]) and got[b] == (1.0, [0])
        assert global_postings(r, "body", "nosuchterm") == {}
        assert set(global_postings(r, "tags", "p2")) == {a, b}  # comma-separated keywords
        assert set(global_postings(r, "words", "grain")) == {a, b}  # lowercased keywords
        assert r.doc_frequency("body", grain) == 2 and r.doc_frequency("body", "nosuchterm") == 0


def test_lexicon_prefixes_and_near_terms(engine, tmp_path):
    with build(engine, tmp_path / "g") as index, index.reader() as r:
        terms = [t for s in r.segments() for t in s.lexicon("tags")]
        assert sorted(set(terms)) == ["p1", "p2", "p3"]
        for s in r.segments():
            lex = list(s.lexicon("words"))
            assert lex == sorted(lex)
        assert list(r.expand_prefix("words", "gr")) == ["grain"]
        assert list(r.expand_prefix("lines", "grain ex")) == ["grain exports grow"]
        assert "grain" in set(r.terms_within("words", "grian", 2))
        assert "concept" not in set(r.terms_within("words", "grian", 1))


def test_field_lengths_and_statistics(engine, tmp_path):
    with build(engine, tmp_path / "g") as index, index.reader() as r:
        lengths = {}
        for s in r.segments():
            for d, n in enumerate(s.field_lengths("body").tolist()):
                lengths[s.offset + d] = n
        # stopwords (the, of, is, in, a, was, by) do not count
        assert lengths[docnum_of(r, "a")] == 5 and lengths[docnum_of(r, "b")] == 4
        assert lengths[docnum_of(r, "c")] == 4  # security concept adopted council
        assert r.avg_field_length("body") == pytest.approx(13 / 3, rel=0.05)
        assert r.scorable("body") and r.scorable("tags") and not r.scorable("words")
        assert r.has_field("body") and not r.has_field("nope")


def test_columns_order_documents_by_value_and_zero_means_none(engine, tmp_path):
    with build(engine, tmp_path / "g") as index, index.reader() as r:
        stamps = {}
        for s in r.segments():
            col = s.column("published")
            assert col is not None and col.dtype == np.int64 and len(col) == s.doc_count_all
            stamps.update({s.offset + d: v for d, v in enumerate(col.tolist())})
        a, b, c = (docnum_of(r, k) for k in "abc")
        assert stamps[b] > stamps[a] > 0 and stamps[c] == 0


def test_exact_values_and_ranges(engine, tmp_path):
    with build(engine, tmp_path / "g") as index, index.reader() as r:
        ids = lambda docs: sorted(r.stored_fields(d)["id"] for d in docs)  # noqa: E731
        assert ids(r.docs_with("site", "Minsk")) == ["a", "c"]
        assert ids(r.docs_with("tags", "p2")) == ["a", "b"]
        assert ids(r.docs_with("mask", 1)) == ["b"] and ids(r.docs_with("mask", 0)) == ["c"]
        assert ids(r.docs_in_range("published", datetime(2024, 3, 1), datetime(2024, 3, 1, 23, 59))) == ["a"]
        assert ids(r.docs_in_range("published", datetime(2024, 1, 1), datetime(2024, 12, 31))) == ["a", "b"]
        assert r.docs_with("nofield", "x") == [] and r.docs_in_range("nofield", 1, 2) == []
        assert ids(r.best_matches("body", "security council", 10)) == ["c"]
        assert r.stored_fields(r.best_matches("body", "grain", 10)[0])["id"] == "a"  # tf 2 ranks first


def test_applied_changes_replace_and_delete_by_key(engine, tmp_path):
    index = build(engine, tmp_path / "g")
    before = index.reader()
    keys_before = {s.key for s in before.segments()}
    changed = dict(DOCS[1], body="Brest potatoes", payload="b2")
    applied = index.apply(upserts=[changed, dict(DOCS[2], id="d", payload="d")], deletes=["a", "zzz"])
    assert applied.deleted == ["a"] and applied.not_found == ["zzz"] and applied.upserted == ["b", "d"]
    assert not before.up_to_date()
    assert before.doc_count() == 3 and before.document("a") is not None  # a reader keeps its point in time
    before.close()
    with index.reader() as r:
        assert r.up_to_date() and r.doc_count() == 3
        assert r.document("a") is None and r.document("b")["payload"] == "b2" and r.document("d")["payload"] == "d"
        live = live_docnums(r)
        assert len(live) == 3 and r.doc_count_all() >= 3
        grain = stemmed("en").terms("grain")[0]
        assert not set(global_postings(r, "body", grain)) & live  # replaced and deleted docs: no live match
        potato = stemmed("en").terms("potatoes")[0]
        assert set(global_postings(r, "body", potato)) == {r.document_number("b")}
        assert not keys_before <= {s.key for s in r.segments()}  # deletions changed a segment's key
    index.close()


def test_adding_documents_keeps_untouched_segments(engine, tmp_path):
    if not engine.features.in_place_segments:
        pytest.skip(f"{engine.name}: changes rewrite the index (Features.in_place_segments)")
    index = build(engine, tmp_path / "g")
    with index.reader() as r:
        keys_before = {s.key for s in r.segments()}
    index.apply(upserts=[dict(DOCS[2], id="d")])
    with index.reader() as r:
        assert keys_before < {s.key for s in r.segments()}  # per-segment caches stay valid
    index.close()


def test_a_second_writer_waits_then_is_told_the_index_is_busy(engine, tmp_path):
    index = build(engine, tmp_path / "g")
    other = engine.open(tmp_path / "g")
    holder = index.bulk_writer(1, procs=1)
    try:
        with pytest.raises(WriterBusy):
            other.apply(deletes=["a"], timeout=0.2)
    finally:
        holder.cancel()
    assert other.apply(deletes=["a"], timeout=5).deleted == ["a"]
    other.close()
    index.close()


def test_reopening_a_generation_sees_what_was_committed(engine, tmp_path):
    build(engine, tmp_path / "g").close()
    with engine.open(tmp_path / "g") as index, index.reader() as r:
        assert r.doc_count() == 3 and r.analyze("body", "Grains") == stemmed("en").terms("Grains")


def test_a_cancelled_build_leaves_nothing_visible(engine, tmp_path):
    (tmp_path / "g").mkdir()
    index = engine.create(tmp_path / "g", SCHEMA)
    writer = index.bulk_writer(1, procs=1)
    writer.add(dict(DOCS[0]))
    writer.cancel()
    with index.reader() as r:
        assert r.doc_count() == 0
    index.close()


def test_forked_writers_write_the_same_documents(engine, tmp_path):
    if not engine.features.forked_writers:
        pytest.skip(f"{engine.name}: no forked writers (Features.forked_writers)")
    docs = [dict(DOCS[i % 3], id=f"d{i}") for i in range(40)]
    with build(engine, tmp_path / "g", docs, procs=2) as index, index.reader() as r:
        assert r.doc_count() == 40 and sorted(d["id"] for d in r.all_stored_fields()) == sorted(d["id"] for d in docs)
        grain = stemmed("en").terms("grain")[0]
        assert len(global_postings(r, "body", grain)) == sum(1 for i in range(40) if i % 3 != 2)


def test_an_open_reader_survives_removal_of_its_generation(engine, tmp_path):
    if not engine.features.readers_survive_removal:
        pytest.skip(f"{engine.name}: readers do not survive removal (Features.readers_survive_removal)")
    index = build(engine, tmp_path / "g")
    r = index.reader()
    shutil.rmtree(tmp_path / "g")
    assert r.doc_count() == 3 and r.document("b")["payload"] == "b"
    grain = stemmed("en").terms("grain")[0]
    assert len(global_postings(r, "body", grain, positions=True)) == 2
    r.close()


@pytest.mark.parametrize("make_query", [
    lambda t: Q.Term("body", t("grain")),
    lambda t: Q.Phrase("body", [t("harvest"), t("grain")]),  # "of" between them is a stopword
    lambda t: Q.Phrase("body", [t("grain"), t("harvest")]),  # wrong order: no match
    lambda t: Q.Or([Q.Term("body", t("security")), Q.Term("tags", "p1")], scale=0.9),
    lambda t: Q.And([Q.Term("body", t("grain")), Q.ConstantScore(Q.Term("tags", "p2"), 6.0)]),
    lambda t: Q.AndNot(Q.Every(), Q.Term("site", "Minsk")),
    lambda t: Q.DisjunctionMax([Q.Term("body", t("grain")), Q.Term("names", "volfovich")], tiebreak=0.2),
    lambda t: Q.NOTHING,
], ids=["term", "phrase", "phrase-order", "or", "and", "andnot", "dismax", "nothing"])
def test_search_over_the_engines_postings_matches_the_librarys_own_matching(engine, tmp_path, make_query):
    """search/'s numpy evaluator needs only the interface; where the engine can match plain
    queries itself, both agree on which documents match."""
    from searchsvc.search.columns import ColumnCache
    from searchsvc.search.scoring import Evaluator

    def term(word):
        return stemmed("en").terms(word)[0]

    index = build(engine, tmp_path / "g")
    index.apply(upserts=[dict(DOCS[0], id="e")], deletes=["b"])  # two segments, one deletion
    query = make_query(term)
    with index.reader() as r:
        cols = ColumnCache().for_reader("g", r)
        _scores, mask = Evaluator(r, cols).evaluate(query)
        got = set(np.flatnonzero(mask).tolist())
        assert got <= live_docnums(r)
        if engine.features.reference_matcher:
            assert got == r.reference_docs(query)
    index.close()
