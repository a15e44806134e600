"""The bulk segment writer (engines/whoosh/bulkwrite.py) writes the index Whoosh's own writer writes.

Every build goes through it (write_generation -> WhooshIndex.bulk_writer), so these compare a
build with it against the same build through Whoosh's own SegmentWriter / MpWriter (fastwrite's
patches removed: Whoosh's code alone): the same terms, term statistics, postings (weights and
encoded positions), field lengths and stored fields, with the postings held in memory, spilled to
run files and merged, and written by two forked writers; with every block compressed and pickled
with Whoosh's protocol 2, the postings and term files are the same bytes.
"""

from __future__ import annotations

import random

import numpy as np
from whoosh.fields import NUMERIC
from whoosh.filedb.filestore import FileStorage
from whoosh.multiproc import MpWriter
from whoosh.writing import SegmentWriter

from searchsvc.engines.base import Field, Schema, TextAnalysis
from searchsvc.engines.whoosh import bulkwrite, fastwrite, postings_arrays
from searchsvc.engines.whoosh import engine as whoosh_engine
from searchsvc.index import IndexStore, write_generation
from test_index_fastwrite import _articles, _contents, _registry


def _whooshs_own_writers(monkeypatch):
    """Make bulk_writer hand out Whoosh's own writers (as before bulkwrite.py)."""
    monkeypatch.setattr(whoosh_engine, "BulkSegmentWriter",
                        type("OwnWriter", (), {"supports": staticmethod(lambda schema: True),
                                               "__new__": lambda cls, ix, limitmb: SegmentWriter(ix, limitmb=limitmb)}))
    monkeypatch.setattr(whoosh_engine, "BulkMpWriter",
                        lambda ix, procs, limitmb: MpWriter(ix, procs=procs, multisegment=True, limitmb=limitmb))


def _build_both(tmp_path, monkeypatch, procs=1):
    articles, registry = _articles(), _registry()
    write_generation(IndexStore(tmp_path / "bulk"), articles, registry, procs=procs)
    fastwrite.uninstall()
    try:
        with monkeypatch.context() as m:
            _whooshs_own_writers(m)
            write_generation(IndexStore(tmp_path / "whoosh"), articles, registry, procs=procs)
    finally:
        fastwrite.install()
    return articles


def test_the_bulk_writer_writes_the_index_whooshs_own_writer_writes(tmp_path, monkeypatch):
    articles = _build_both(tmp_path, monkeypatch)
    bulk, own = _contents(tmp_path / "bulk"), _contents(tmp_path / "whoosh")
    assert len(bulk[0]) == len(articles)
    assert any(len(v[5]) > 128 for v in bulk[1].values())  # multi-block posting lists were written
    assert {field for field, _text in bulk[1]} >= {"body_en", "body_ru", "title_words", "published", "persons"}
    assert bulk == own


def test_postings_spilled_to_run_files_and_merged_give_the_same_index(tmp_path, monkeypatch):
    # 1 MB at 20 KB a posting buffers ~50: the 320 articles' postings spill to many runs merged at commit
    monkeypatch.setattr(whoosh_engine, "WRITER_LIMIT_MB", 1)
    monkeypatch.setattr(bulkwrite, "POSTING_BYTES", 20_000)
    spills = []
    original = bulkwrite.BulkSegmentWriter._spill
    monkeypatch.setattr(bulkwrite.BulkSegmentWriter, "_spill", lambda self: (spills.append(1), original(self)))
    _build_both(tmp_path, monkeypatch)
    assert len(spills) >= 10
    assert _contents(tmp_path / "bulk") == _contents(tmp_path / "whoosh")
    generation = next(p for p in (tmp_path / "bulk").iterdir() if p.is_dir())
    assert not list(generation.glob("*.tmp"))  # the runs went with MAIN.tmp at commit


def _by_article(index_dir):
    """_contents with documents named by article id: forked writers number them in the order
    their batches happened to be taken."""
    stored, terms, lengths, totals = _contents(index_dir)
    ids = [fields["id"] for fields in stored]
    postings = {key: (info[1], info[2], info[3], info[4], sorted((ids[d], w, v) for d, w, v in info[5]))
                for key, info in terms.items()}
    return (sorted(stored, key=lambda f: f["id"]), postings,
            {(name, ids[d]): length for (name, d), length in lengths.items()}, totals)


def test_two_forked_bulk_writers_give_the_index_of_two_forked_whoosh_writers(tmp_path, monkeypatch):
    monkeypatch.setattr(whoosh_engine, "PARALLEL_MIN_DOCS", 10)
    _build_both(tmp_path, monkeypatch, procs=2)
    bulk = _by_article(tmp_path / "bulk")
    assert bulk == _by_article(tmp_path / "whoosh")
    _name, index = IndexStore(tmp_path / "bulk").open_live()
    assert len(index.whoosh._segments()) == 2  # one segment per forked writer
    index.close()


def _segment_files(index_dir, suffix):
    _name, index = IndexStore(index_dir).open_live()
    storage = index.whoosh.storage
    (segment,) = index.whoosh._segments()
    compound = segment.open_compound_file(storage)
    (name,) = [n for n in compound.list() if n.endswith(suffix)]
    with compound.open_file(name) as f:
        data = f.read()
    compound.close()
    index.close()
    return data


def test_with_every_block_compressed_the_postings_and_terms_are_whooshs_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(bulkwrite, "COMPRESS_MIN_BYTES", 0)
    monkeypatch.setattr(bulkwrite, "BLOCK_PICKLE_PROTOCOL", 2)  # and pickled as Whoosh pickles them
    # one bytes object per posting value, as Whoosh's Positions.encode gives (a shared one would be
    # pickled as a reference to its first copy in the block: the same values, other bytes)
    monkeypatch.setattr(bulkwrite, "_SINGLE_POSITION_LIMIT", 0)
    _build_both(tmp_path, monkeypatch)
    for suffix in (".pst", ".trm"):
        assert _segment_files(tmp_path / "bulk", suffix) == _segment_files(tmp_path / "whoosh", suffix), suffix


def test_small_blocks_are_stored_uncompressed_and_read_back(tmp_path, monkeypatch):
    _build_both(tmp_path, monkeypatch)
    bulk, own = _segment_files(tmp_path / "bulk", ".pst"), _segment_files(tmp_path / "whoosh", ".pst")
    assert bulk != own and len(bulk) < len(own)  # zlib only enlarged the smallest blocks


def test_a_document_that_fails_half_way_leaves_no_postings(tmp_path):
    schema = Schema([Field("id", "id", stored=True, unique=True),
                     Field("a", "text", analysis=TextAnalysis("stemmed", stem=str.lower)),
                     Field("z", "text", analysis=TextAnalysis("stemmed", stem=str.lower))])
    (tmp_path / "ix").mkdir()
    index = whoosh_engine.WhooshEngine().create(tmp_path / "ix", schema)
    writer = index.bulk_writer(3, procs=1)
    writer.add({"id": "1", "a": "kept words"})
    try:
        writer.add({"id": "2", "a": "orphan", "z": 42})  # "a" is buffered before "z" fails
    except ValueError:
        pass
    else:
        raise AssertionError("a number in a text field was accepted")
    writer.add({"id": "3", "a": "more words"})
    writer.commit()
    with index.whoosh.reader() as reader:
        assert [f["id"] for f in reader.all_stored_fields()] == ["1", "3"]
        assert not reader.frequency("a", "orphan")
        assert [docnum for docnum in reader.postings("a", "words").all_ids()] == [0, 1]
    index.close()
    assert FileStorage(str(tmp_path / "ix")).index_exists()


def _engine_postings(index_dir):
    """Every word's postings as the engine's reader decodes them (reader.py: a term's blocks read
    at once), with the positions when the field keeps them; and the fields' posting formats."""
    _name, index = IndexStore(index_dir).open_live()
    reader = index.reader()
    ((segment,),) = [reader.segments()]
    schema = segment._reader.schema
    out, formats = {}, {}
    for fieldname, btext in segment._reader.all_terms():
        if isinstance(schema[fieldname], NUMERIC):
            continue  # numeric and date terms (DATETIME is a NUMERIC): searches ask for words
        text = btext.decode("utf-8")
        formats[fieldname] = fmt = schema[fieldname].format
        p = segment.postings(fieldname, text, positions=fmt.supports("positions"))
        out[(fieldname, text)] = (p.ids.tolist(), p.tf.tolist(), p.positions if fmt.supports("positions") else None)
    reader.close()
    index.close()
    return out, formats


def test_the_engine_reads_the_blocks_of_either_writer_as_whooshs_matcher_does(tmp_path, monkeypatch):
    # the bulk writer pickles blocks with protocol 4, Whoosh's own writer (in-place commits) with 2
    _build_both(tmp_path, monkeypatch)
    (bulk, formats), (own, _formats) = _engine_postings(tmp_path / "bulk"), _engine_postings(tmp_path / "whoosh")
    _stored, terms, _lengths, _totals = _contents(tmp_path / "whoosh")
    assert bulk == own and len(bulk) > 1000
    assert any(len(ids) > 128 for ids, _tf, _pos in bulk.values())  # several blocks a term
    assert any(positions for _ids, _tf, positions in bulk.values())
    for (fieldname, text), (ids, tf, positions) in bulk.items():
        matcher = terms[(fieldname, text.encode("utf-8"))][5]
        assert ids == [d for d, _w, _v in matcher] and tf == [w for _d, w, _v in matcher]
        if positions is not None:
            assert positions == [formats[fieldname].decode_positions(v) for _d, _w, v in matcher]


def test_positions_decoded_together_are_whooshs_decoding_of_each():
    from whoosh.formats import Positions

    from searchsvc.engines.whoosh.reader import _decode_positions

    fmt, rng = Positions(), random.Random(7)
    poslists = [[], [0], [5], [300], [70_000], list(range(0, 3_000, 2)),  # 1,500 deltas: APPENDS in batches
                *[sorted(rng.sample(range(2**20), rng.randint(1, 40))) for _ in range(300)]]
    values = [fmt.encode(p) for p in poslists] + [bulkwrite._encode(p) for p in poslists if p]
    expected = [fmt.decode_positions(v) for v in values]
    assert _decode_positions(values, fmt.decode_positions) == expected
    assert expected[:6] == poslists[:6]
    # a value without the final STOP (Whoosh's decoder accepts it) is decoded by Whoosh's own code
    assert _decode_positions([values[7][:-1], values[8]], fmt.decode_positions) == [expected[7], expected[8]]


def test_every_positions_of_a_term_at_once_are_its_postings_positions():
    from whoosh.formats import Positions

    from searchsvc.engines.whoosh.reader import EncodedPositions

    fmt, rng = Positions(), random.Random(11)
    poslists = [sorted(rng.sample(range(5_000), rng.randint(1, 30))) for _ in range(500)] + [list(range(0, 4_000, 3))]
    for values in ([fmt.encode(p) for p in poslists], [fmt.encode(p)[:-1] for p in poslists]):  # the latter: Whoosh's decoder
        postings = EncodedPositions(np.arange(len(values)), np.ones(len(values)), values, fmt.decode_positions)
        counts, flat = postings.all_positions()
        assert counts.tolist() == [len(p) for p in poslists]
        assert flat.tolist() == [x for p in poslists for x in p]


def test_positions_a_few_words_apart_are_read_from_the_bytes_as_whoosh_decodes_them():
    """Nearly every value holds deltas below 256 (one byte each in the pickle): those are read by
    numpy from the bytes (_small_deltas); one value in another shape sends the lot to pickle."""
    from whoosh.formats import Positions

    from searchsvc.engines.whoosh.reader import EncodedPositions, _small_deltas

    fmt, rng = Positions(), random.Random(13)
    near = [[rng.randint(0, 255)] for _ in range(300)] + [[0], [255], [0, 255, 510]]
    near += [[p, p + rng.randint(0, 255)] for p in rng.sample(range(256), 50)]
    near += [list(range(rng.randint(0, 200), 4_000, rng.randint(1, 255)))[:rng.randint(1, 12)] for _ in range(300)]
    rng.shuffle(near)
    far = near[:50] + [[256]] + near[50:]  # a delta of 256: two bytes in the pickle
    for poslists, fast in ((near, True), (far, False)):
        for values in ([fmt.encode(p) for p in poslists], [bulkwrite._encode(p) for p in poslists]):
            assert (_small_deltas(values) is not None) == fast
            postings = EncodedPositions(np.arange(len(values)), np.ones(len(values)), values, fmt.decode_positions)
            counts, flat = postings.all_positions()
            assert counts.tolist() == [len(p) for p in poslists]
            assert flat.tolist() == [x for p in poslists for x in p] == [x for v in values for x in fmt.decode_positions(v)]


def test_a_tiny_memory_budget_merges_many_runs_in_passes_into_the_index_an_unbounded_build_writes(tmp_path,
                                                                                                   monkeypatch):
    # a distinct bytes object per posting value in both builds, so that the files compare byte for byte
    monkeypatch.setattr(bulkwrite, "_SINGLE_POSITION_LIMIT", 0)
    articles, registry = _articles(), _registry()
    write_generation(IndexStore(tmp_path / "unbounded"), articles, registry, procs=1)  # 512 MB: no run spilled
    # 1 MB at 2,000 bytes a posting: ~520 postings a run (~6 articles), so ~55 runs; a merge of
    # 64x a buffered posting's cost reads at most 4 runs at once: passes of merges, then the last
    monkeypatch.setattr(whoosh_engine, "WRITER_LIMIT_MB", 1)
    monkeypatch.setattr(bulkwrite, "POSTING_BYTES", 2_000)
    monkeypatch.setattr(bulkwrite, "MERGE_COST", 64)
    writers, runs_at_commit = [], []
    spill, merge = bulkwrite.BulkSegmentWriter._spill, bulkwrite.BulkSegmentWriter._merge_spilled
    monkeypatch.setattr(bulkwrite.BulkSegmentWriter, "_spill", lambda self: (writers.append(self), spill(self))[1])
    monkeypatch.setattr(bulkwrite.BulkSegmentWriter, "_merge_spilled",
                        lambda self, current: (runs_at_commit.append(len(self._runs)), merge(self, current))[1])
    write_generation(IndexStore(tmp_path / "bounded"), articles, registry, procs=1)
    writer = writers[0]
    assert runs_at_commit[0] >= 40 and writer._fan_in() == 4
    bounded = _contents(tmp_path / "bounded")
    assert bounded == _contents(tmp_path / "unbounded")
    # what the merge held at once: a chunk (1/256 of the limit) of each of the 4 runs it reads and a
    # merged piece, within the writer's limit, though one field alone holds far more
    body_postings = sum(len(info[5]) for (field, _text), info in bounded[1].items() if field == "body_en")
    assert writer.merge_peak <= 2 * 4 * writer._chunk_postings() <= writer._limit_postings < body_postings / 5
    for suffix in (".pst", ".trm"):
        assert _segment_files(tmp_path / "bounded", suffix) == _segment_files(tmp_path / "unbounded", suffix), suffix
    generation = next(p for p in (tmp_path / "bounded").iterdir() if p.is_dir())
    assert not list(generation.glob("*.tmp"))  # every run went with MAIN.tmp


def _arrays_against_whoosh(index_dir) -> int:
    """Every term of every bulk-written segment: its postings and document frequency as the
    engine reads them (from the segment's postings arrays, postings_arrays.py, when it has
    MIN_POSTINGS or more) are Whoosh's matcher's docnums and weights and term statistics;
    returns how many terms were read from the arrays."""
    _name, index = IndexStore(index_dir).open_live()
    reader = index.reader()
    compared = 0
    try:
        assert reader.segments() and all(s._arrays is not None for s in reader.segments())
        for segment in reader.segments():
            whoosh = segment._reader
            for fieldname, btext in whoosh.all_terms():
                fieldobj = whoosh.schema[fieldname]
                text = btext if isinstance(fieldobj, NUMERIC) else btext.decode("utf-8")
                p = segment.postings(fieldname, text)
                matcher = whoosh.postings(fieldname, btext)
                ids, weights = [], []
                while matcher.is_active():
                    ids.append(matcher.id())
                    weights.append(matcher.weight())
                    matcher.next()
                assert p.ids.tolist() == ids and p.tf.tolist() == weights, (fieldname, text)
                assert segment.doc_frequency(fieldname, btext) == whoosh.doc_frequency(fieldname, btext)
                # the terms with MIN_POSTINGS postings or more are in the arrays, the others not
                in_arrays = segment.array_info(fieldname, btext) is not None
                assert in_arrays == (len(ids) >= postings_arrays.MIN_POSTINGS), (fieldname, text)
                compared += in_arrays
            assert segment.postings("body_en", "no-such-word") is None
            assert segment.doc_frequency("body_en", b"no-such-word") == 0
    finally:
        reader.close()
        index.close()
    return compared


def test_the_postings_arrays_hold_every_terms_postings_as_whooshs_blocks_do(tmp_path, monkeypatch):
    articles, registry = _articles(), _registry()
    write_generation(IndexStore(tmp_path / "one"), articles, registry, procs=1)
    assert _arrays_against_whoosh(tmp_path / "one") > 200
    # spilled runs merged at commit (a term's postings cut between runs) and two forked writers
    monkeypatch.setattr(whoosh_engine, "WRITER_LIMIT_MB", 1)
    monkeypatch.setattr(bulkwrite, "POSTING_BYTES", 2_000)
    write_generation(IndexStore(tmp_path / "spilled"), articles, registry, procs=1)
    assert _arrays_against_whoosh(tmp_path / "spilled") > 200
    write_generation(IndexStore(tmp_path / "forked"), articles, registry, procs=2)
    assert _arrays_against_whoosh(tmp_path / "forked") > 200


def test_a_segment_without_postings_arrays_is_read_from_whooshs_blocks(tmp_path, monkeypatch):
    # Whoosh's own writer (in-place commits, merges) writes no arrays: the engine reads its blocks
    (bulk, _formats), (own, _f) = _build_both(tmp_path, monkeypatch) and (
        _engine_postings(tmp_path / "bulk"), _engine_postings(tmp_path / "whoosh"))
    _name, index = IndexStore(tmp_path / "whoosh").open_live()
    with index.reader() as reader:
        assert all(s._arrays is None for s in reader.segments())
    index.close()
    keyword = {k: v for k, v in bulk.items() if k[0] == "persons"}  # no positions: read from the arrays
    assert keyword and keyword == {k: v for k, v in own.items() if k[0] == "persons"}


def test_a_runs_records_encoded_together_are_each_terms_record():
    rng = np.random.default_rng(4)
    for _ in range(200):
        counts = rng.integers(2, 60, rng.integers(1, 30))
        span = [300, 70_000, 5_000_000]
        docs = np.concatenate([np.sort(rng.choice(span[rng.integers(0, 3)], c, replace=False)) for c in counts])
        weights = np.concatenate([
            [np.ones(c), rng.integers(1, 5, c), rng.integers(1, 70_000, c), rng.random(c) * 3][rng.integers(0, 4)]
            for c in counts]).astype(np.float32)
        ends = np.cumsum(counts)
        starts = ends - counts
        together = list(postings_arrays._encode_many(docs, weights, starts, ends))
        assert together == [postings_arrays.encode(docs[a:b], weights[a:b]) for a, b in zip(starts, ends)]
        assert [postings_arrays.decode(r)[0].tolist() for r in together] == [docs[a:b].tolist()
                                                                            for a, b in zip(starts, ends)]
