"""A Whoosh segment writer that handles postings in bulk; the segment it writes is Whoosh's own.

Whoosh's SegmentWriter sends every posting (one term in one document's field, ~370 per trilingual
article) through pure Python several times: a tuple into its sorting pool, a sort of all tuples,
sorted runs spilled to disk and merged back at commit, then one call per posting into the field
writer (~9 us a posting, docs/benchmarks.md). BulkSegmentWriter keeps a field's postings as flat
arrays (term number, weight, encoded value; per document its number, length and posting count),
sorts them once per field with numpy at commit (a stable sort: each term's documents stay
ascending), and hands Whoosh's own writers a whole block at a time: W3PostingsWriter._write_block
pickles and compresses the block and keeps the term's statistics, W3FieldWriter writes the term
table. Stored fields, field lengths and columns go through Whoosh's per-document writer unchanged.
tests/test_index_bulkwrite.py checks that the index holds the same terms, term statistics,
postings (weights and encoded positions byte for byte), lengths and stored fields as one written
by Whoosh's own SegmentWriter.

On disk while it writes, besides the segment's files: when the buffered postings pass the memory
limit they are spilled to <index>/MAIN.tmp/<random>.bulkrun: records in field order, each a chunk
of one field's sorted terms with their postings (1/RUN_CHUNKS of the limit's postings; a term
may go on in the next record), a header (data size, field name) then the chunk pickled and zlib'd
(level 1). The commit merges the runs k ways, term range by term range: every run holds one chunk
at a time, so the merge's memory is bounded by the limit whatever the corpus size; over
`_fan_in()` runs it first merges groups of consecutive runs into bigger runs (an external sort's
passes). Runs are
deleted once merged and go with MAIN.tmp at commit or cancel. A crash leaves MAIN.tmp behind (the
engine's scratch files).

Each segment it writes also holds a .pta part: its frequent terms' docnums and weights as
arrays (postings_arrays.py), written from the same runs, for the reader.

Used by the engine for bulk builds (engine.py bulk_writer), also in forked sub-writers
(BulkMpWriter). Every private Whoosh name used here is listed in compat.INTERNALS.
"""

from __future__ import annotations

import gc
import pickle
import struct
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from shutil import copyfileobj

import numpy as np
from whoosh import formats
from whoosh.analysis import CharsetFilter, CompositeAnalyzer, IDTokenizer, LowercaseFilter, RegexTokenizer, StripFilter
from whoosh.fields import FieldType
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filetables import HashWriter
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.system import pack_ushort
from whoosh.util import random_name
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from . import postings_arrays

# Bytes a buffered posting costs (term number 4, weight 8, a pointer to its value 8, the value
# itself when not shared ~20, shares of the per-document arrays) and what sorting it at commit
# adds; the writer spills to a run file when its postings would pass its memory limit.
POSTING_BYTES = 60
_RUN_ZLIB_LEVEL = 1  # runs are temporary: the fastest level still shrinks them ~3x
_RECORD_HEADER = struct.Struct("<QH")  # a run record's data size and field name size
# A spilled field is cut into chunks of 1/RUN_CHUNKS of the limit's postings (a term may be cut
# between two). A posting being merged costs ~MERGE_COST times a buffered
# one (its chunk as read, the merged copy, the Python lists its blocks are built from), so the
# merge reads at most limit / MERGE_COST / chunk runs at once; more are merged in passes.
RUN_CHUNKS = 256
MERGE_COST = 3
_SINGLE_POSITION_LIMIT = 100_000  # positions whose one-position encoding is remembered
# A posting block whose pickle is shorter is stored uncompressed: zlib makes a block this small
# hardly smaller (its header and checksum) and costs ~9 us a block, and two thirds of a segment's
# blocks are this small (terms in one or a few documents). Whoosh meant to skip them too (its
# _write_block's "less than 20 bytes" test is overwritten on the next line).
COMPRESS_MIN_BYTES = 128
# Posting blocks are pickled with protocol 4, not Whoosh's 2: protocol 2 writes each bytes value
# (a posting's encoded positions) as a call to _codecs.encode, so unpickling a block of 128
# postings took ~60 us against ~9 us; the reader (pickle.loads) reads either protocol.
BLOCK_PICKLE_PROTOCOL = 4


class _FieldBuffer:
    """A field's postings since the last spill, in the order documents were added."""

    __slots__ = ("vocab", "terms", "termids", "weights", "values", "docs", "counts", "lengths", "boosts")

    def __init__(self, keep_values: bool):
        self.vocab: dict = {}  # term (str for the positions fast path, else bytes) -> its number
        self.terms: list = []  # by number
        self.termids = array("I")
        self.weights = array("d")  # before the document's field boost (almost always 1.0)
        self.values: list | None = [] if keep_values else None
        self.docs = array("I")  # per document with postings in this field
        self.counts = array("I")  # its postings
        self.lengths = array("I")  # its field length as Whoosh's length column gives it back
        self.boosts = array("d")


class _FieldRun:
    """A field's postings sorted by term (bytes), each term's documents ascending."""

    __slots__ = ("terms", "counts", "docs", "weights", "values", "lengths")

    def __init__(self, terms, counts, docs, weights, values, lengths):
        self.terms, self.counts, self.docs = terms, counts, docs
        self.weights, self.values, self.lengths = weights, values, lengths


def _sorted_run(buf: _FieldBuffer) -> _FieldRun:
    """A buffer's postings sorted by term bytes; weights times the document's field boost
    (SegmentWriter.add_document's `weight *= fieldboost`). Terms of a dropped document only
    (_drop_doc) are left out."""
    keys = [t.encode("utf-8") if isinstance(t, str) else t for t in buf.terms]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    rank = np.empty(len(keys), dtype=np.int64)
    rank[order] = np.arange(len(keys), dtype=np.int64)
    key = rank[np.frombuffer(buf.termids, dtype=np.uint32)]
    perm = np.argsort(key, kind="stable")
    per_doc = np.frombuffer(buf.counts, dtype=np.uint32)
    docs = np.repeat(np.frombuffer(buf.docs, dtype=np.uint32), per_doc)[perm]
    lengths = np.repeat(np.frombuffer(buf.lengths, dtype=np.uint32), per_doc)[perm]
    weights = np.frombuffer(buf.weights, dtype=np.float64)
    boosts = np.frombuffer(buf.boosts, dtype=np.float64)
    if (boosts != 1.0).any():
        weights = weights * np.repeat(boosts, per_doc)
    weights = weights[perm]
    values = None
    if buf.values is not None:
        objects = np.empty(len(buf.values), dtype=object)
        objects[:] = buf.values
        values = objects[perm]
    counts = np.bincount(key, minlength=len(keys))
    terms = [keys[i] for i in order]
    if not counts.all():
        terms = [t for t, n in zip(terms, counts.tolist()) if n]
        counts = counts[counts > 0]
    return _FieldRun(terms, counts, docs, weights, values, lengths)


def _merge_runs(runs: list[_FieldRun]) -> _FieldRun:
    """One field's runs (in document order) as one run."""
    if len(runs) == 1:
        return runs[0]
    terms = sorted(set().union(*(r.terms for r in runs)))
    rank = {t: i for i, t in enumerate(terms)}
    key = np.concatenate([np.repeat(np.array([rank[t] for t in r.terms], dtype=np.int64), r.counts) for r in runs])
    perm = np.argsort(key, kind="stable")
    values = None
    if runs[0].values is not None:
        values = np.concatenate([r.values for r in runs])[perm]
    return _FieldRun(terms, np.bincount(key, minlength=len(terms)), np.concatenate([r.docs for r in runs])[perm],
                     np.concatenate([r.weights for r in runs])[perm], values,
                     np.concatenate([r.lengths for r in runs])[perm])


def _split(run: _FieldRun, j: int) -> tuple[_FieldRun, _FieldRun]:
    """A run's first `j` terms and the rest (views of its arrays)."""
    p = int(run.counts[:j].sum())
    values = run.values
    return (_FieldRun(run.terms[:j], run.counts[:j], run.docs[:p], run.weights[:p],
                      None if values is None else values[:p], run.lengths[:p]),
            _FieldRun(run.terms[j:], run.counts[j:], run.docs[p:], run.weights[p:],
                      None if values is None else values[p:], run.lengths[p:]))


def _cut(run: _FieldRun, p: int) -> tuple[_FieldRun, _FieldRun]:
    """A run's first `p` postings and the rest (views of its arrays); a term may be cut in two."""
    ends = np.cumsum(run.counts)
    t = int(np.searchsorted(ends, p, side="left"))  # the term of posting p - 1
    if ends[t] == p:
        return _split(run, t + 1)
    before = int(ends[t - 1]) if t else 0
    values = run.values
    return (_FieldRun(run.terms[:t + 1], np.append(run.counts[:t], p - before), run.docs[:p], run.weights[:p],
                      None if values is None else values[:p], run.lengths[:p]),
            _FieldRun(run.terms[t:], np.append(int(ends[t]) - p, run.counts[t + 1:]), run.docs[p:], run.weights[p:],
                      None if values is None else values[p:], run.lengths[p:]))


def _chunks(run: _FieldRun, postings: int):
    """A run cut into runs of `postings` postings (the last fewer); a term may go on in the next."""
    while len(run.docs) > postings:
        head, run = _cut(run, postings)
        yield head
    if len(run.docs):
        yield run


class _RunReader:
    """A spilled run file's records, one chunk at a time (the next record's header read ahead)."""

    def __init__(self, storage, name: str):
        self.storage, self.name = storage, name
        self.file = storage.open_file(name).raw_file()
        self.chunk_postings = 0  # in the chunk last taken
        self._next()

    def _next(self):
        header = self.file.read(_RECORD_HEADER.size)
        if header:
            self.size, namesize = _RECORD_HEADER.unpack(header)
            self.fieldname = self.file.read(namesize).decode("utf-8")
        else:
            self.fieldname = None

    def take(self, fieldname: str) -> _FieldRun | None:
        """The next chunk of `fieldname`, or None when the run has no more of it."""
        if self.fieldname != fieldname:
            return None
        terms, counts, docs, weights, values, lengths = pickle.loads(zlib.decompress(self.file.read(self.size)))
        self.chunk_postings = len(docs)
        self._next()
        if values is not None:
            objects = np.empty(len(values), dtype=object)
            objects[:] = values
            values = objects
        return _FieldRun(terms, counts, docs, weights, values, lengths)

    def close(self) -> None:
        self.file.close()
        self.storage.delete_file(self.name)


class BulkSegmentWriter(SegmentWriter):
    """SegmentWriter whose postings skip the sorting pool (see the module docstring).

    Supports what searchsvc's schemas use: no term vectors and no separate spelling fields
    (`supports(schema)`); deletions and add_reader are not used by bulk builds and raise."""

    def __init__(self, ix, limitmb: int = 128, **kwargs):
        super().__init__(ix, limitmb=limitmb, **kwargs)
        if not self.supports(self.schema) or self.codec._inlinelimit != 1:
            self.cancel()
            raise ValueError("BulkSegmentWriter: the schema has term vectors or spelling fields, or the codec "
                             "inlines postings")
        self._limit_postings = max(1, limitmb * 1024 * 1024 // POSTING_BYTES)
        self._buffered = 0
        self._buffers: dict[str, _FieldBuffer] = {}
        self._runs: list[str] = []  # spilled run files in the temp storage, oldest first
        self._spilled_fields: set[str] = set()
        self._single: dict[int, bytes] = {}
        self._plans = {}  # fieldname -> _plan()
        self.merge_peak = 0  # the most postings the commit's merge held at once (read chunks, merged piece)

    @staticmethod
    def supports(schema) -> bool:
        return not any(field.vector or field.separate_spelling() for _name, field in schema.items())

    def _plan(self, fieldname, field):
        """(how str values are analysed: "positions" through the analyzer's term_positions (as
        fastwrite.positions_word_values), a token function for a simple Whoosh chain, or None:
        Whoosh's field.index; whether the field keeps posting values)."""
        plan = self._plans.get(fieldname)
        if plan is None:
            fmt = field.format
            analyze = None
            if type(field).index is FieldType.index and type(fmt) in _SIMPLE_FORMATS:
                if type(fmt) is formats.Positions and getattr(field.analyzer, "term_positions", None) is not None:
                    analyze = "positions"
                else:
                    analyze = _simple_tokens(field.analyzer)
            keep_values = fmt.fixed_value_size() != 0  # Whoosh writes no values for size-0 formats
            plan = self._plans[fieldname] = (analyze, keep_values)
        return plan

    def add_document(self, **fields):
        """SegmentWriter.add_document with the postings buffered per field."""
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted([name for name in fields.keys() if not name.startswith("_")])
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        added = 0
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    n, length = self._index_field(fieldname, field, value, docnum, fieldboost)
                    added += n
                customval = fields.get("_stored_%s" % fieldname, value)
                sv = customval if field.stored else None
                perdocwriter.add_field(fieldname, field, sv, length)
                column = field.column_type
                if column and customval is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(customval))
        except Exception:
            perdocwriter.cancel_doc()
            self._drop_doc(docnum)
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1
        self._buffered += added
        if self._buffered > self._limit_postings:
            self._spill()

    def _index_field(self, fieldname, field, value, docnum, fieldboost) -> tuple[int, int]:
        """Buffer the postings of one field of a document: Whoosh's field.index(value) items
        (term, frequency, weight, encoded value), computed without its token stream where the
        field's analysis allows. Returns (postings, field length)."""
        analyze, keep_values = self._plan(fieldname, field)
        if analyze is not None and isinstance(value, str):
            fmt = field.format
            fb = fmt.field_boost
            if analyze == "positions":
                found = field.analyzer.term_positions(value)
            else:
                tokens = analyze(value)
                if type(fmt) is formats.Existence:  # Existence.word_values: each distinct token, weight fb
                    found = dict.fromkeys(tokens)
                elif type(fmt) is formats.Frequency:  # Frequency.word_values: token counts
                    found = Counter(tokens)
                else:  # Positions.word_values over RegexTokenizer's positions (every token counts)
                    found = {}
                    for pos, token in enumerate(tokens):
                        seen = found.get(token)
                        if seen is None:
                            found[token] = [pos]
                        else:
                            seen.append(pos)
            if not found:
                return 0, 0
            terms = list(found)
            if type(fmt) is formats.Existence:
                freqs = [1] * len(terms)
                weights = [fb] * len(terms)
                values = None
            elif type(fmt) is formats.Frequency:
                freqs = list(found.values())
                weights = [float(f) * fb for f in freqs]  # sum of 1.0 token boosts, times fb
                values = [_PACK_UINT(f) for f in freqs]
            else:
                poslists = list(found.values())
                freqs = list(map(len, poslists))
                weights = [float(f) * fb for f in freqs]
                values = self._encode_positions(poslists)
        else:
            items = list(field.index(value))
            if not items:
                return 0, 0
            if analyze is not None:  # a list value of a text field: terms as str, like str values'
                terms = [tbytes.decode("utf-8") for tbytes, _f, _w, _v in items]
            else:
                terms = [tbytes for tbytes, _f, _w, _v in items]
            freqs = [freq for _t, freq, _w, _v in items]
            weights = [weight for _t, _f, weight, _v in items]
            values = [vbytes for _t, _f, _w, vbytes in items] if keep_values else None
        buf = self._buffers.get(fieldname)
        if buf is None:
            buf = self._buffers[fieldname] = _FieldBuffer(keep_values)
        vocab = buf.vocab
        get = vocab.get
        ids = [get(t) for t in terms]
        if None in ids:
            for i, tid in enumerate(ids):
                if tid is None:
                    tid = ids[i] = vocab[terms[i]] = len(buf.terms)
                    buf.terms.append(terms[i])
        length = sum(freqs) if field.scorable else 0
        lbyte = length_to_byte(length) if length else 0
        # nothing below raises: a document's postings are all buffered or (_drop_doc) none
        buf.termids.extend(ids)
        buf.weights.extend(weights)
        if values is not None:
            buf.values.extend(values)
        buf.docs.append(docnum)
        buf.counts.append(len(ids))
        buf.lengths.append(byte_to_length(lbyte) if lbyte else 0)
        buf.boosts.append(fieldboost)
        return len(ids), length

    def _encode_positions(self, poslists):
        """formats.Positions.encode of each list (the same bytes), one-position lists from a cache."""
        single = self._single
        out = []
        for poslist in poslists:
            if len(poslist) == 1:
                vbytes = single.get(poslist[0])
                if vbytes is None:
                    vbytes = _encode(poslist)
                    if len(single) < _SINGLE_POSITION_LIMIT:
                        single[poslist[0]] = vbytes
            else:
                vbytes = _encode(poslist)
            out.append(vbytes)
        return out

    def _drop_doc(self, docnum):
        """Forget the postings a failed add_document buffered for `docnum`."""
        for buf in self._buffers.values():
            if buf.docs and buf.docs[-1] == docnum:
                n = buf.counts.pop()
                buf.docs.pop()
                buf.lengths.pop()
                buf.boosts.pop()
                del buf.termids[len(buf.termids) - n:]
                del buf.weights[len(buf.weights) - n:]
                if buf.values is not None:
                    del buf.values[len(buf.values) - n:]

    def _take_runs(self) -> dict[str, _FieldRun]:
        """The buffered postings as a sorted run per field (each buffer freed once sorted)."""
        runs = {}
        for fieldname in sorted(self._buffers):
            runs[fieldname] = _sorted_run(self._buffers.pop(fieldname))
        self._buffered = 0
        return runs

    def _chunk_postings(self) -> int:
        return max(1, self._limit_postings // RUN_CHUNKS)

    def _fan_in(self) -> int:
        """Runs merged at once: their chunks, merged, fit the memory limit."""
        return max(2, self._limit_postings // MERGE_COST // self._chunk_postings())

    def _spill(self):
        self._runs.append(self._write_run((fieldname, [run]) for fieldname, run in self._take_runs().items()))

    def _write_run(self, fields) -> str:
        """A run file of `fields`: (fieldname, its sorted runs in term order), in field order."""
        name = "%s.bulkrun" % random_name()
        chunk = self._chunk_postings()
        with self._tempstorage.create_file(name).raw_file() as f:
            for fieldname, runs in fields:
                fname = fieldname.encode("utf-8")
                for run in runs:
                    for part in _chunks(run, chunk):
                        self._spilled_fields.add(fieldname)
                        data = zlib.compress(pickle.dumps((part.terms, part.counts, part.docs, part.weights,
                                                           None if part.values is None else part.values.tolist(),
                                                           part.lengths), 5), _RUN_ZLIB_LEVEL)
                        f.write(_RECORD_HEADER.pack(len(data), len(fname)) + fname)
                        f.write(data)
        return name

    def _merge_spilled(self, current: dict[str, _FieldRun]):
        """Merge the spilled runs and `current` (the postings since the last spill, spilled first
        when there are runs, so that it too is read a chunk at a time) down to `_fan_in()` runs or
        fewer: groups of consecutive runs (documents stay in order) merged into one, pass by pass.
        Returns the run readers in document order."""
        if self._runs and current:
            self._runs.append(self._write_run((name, [run]) for name, run in current.items()))
            current.clear()
        fan_in = self._fan_in()
        fieldnames = sorted(self._spilled_fields)
        while len(self._runs) > fan_in:
            merged = []
            for i in range(0, len(self._runs), fan_in):
                if i + 1 == len(self._runs):  # a group of one stays as it is
                    merged.append(self._runs[i])
                    continue
                group = [_RunReader(self._tempstorage, name) for name in self._runs[i:i + fan_in]]
                merged.append(self._write_run((name, self._merge_field(group, name)) for name in fieldnames))
                for reader in group:
                    reader.close()
            self._runs = merged
        return [_RunReader(self._tempstorage, name) for name in self._runs]

    def _merge_field(self, readers, fieldname):
        """One field's postings from `readers` (in document order) merged, in term order (a term
        may go on from one piece to the next): the runs' postings of every term before the
        smallest last term among the chunks in memory, then that term's, run by run, reading on
        where a run's chunk ends with it. Each run holds one chunk at a time, so what the merge
        holds does not grow with the corpus, even for a term in every document. `merge_peak`
        keeps the most postings held at once (chunks read and a merged piece)."""
        loaded = [reader.take(fieldname) for reader in readers]

        def held(piece: _FieldRun | None = None) -> int:  # the chunks in memory (their views included)
            return sum(r.chunk_postings for r, run in zip(readers, loaded) if run is not None) + (
                len(piece.docs) if piece is not None else 0)

        while True:
            live = [run for run in loaded if run is not None]
            if not live:
                return
            bound = min(run.terms[-1] for run in live)
            parts = []
            for i, run in enumerate(loaded):  # every run's terms before `bound` are in memory
                if run is not None:
                    j = bisect_left(run.terms, bound)
                    if j:
                        head, loaded[i] = _split(run, j)  # views: the chunk stays in memory
                        parts.append(head)
            if parts:
                piece = _merge_runs(parts)
                self.merge_peak = max(self.merge_peak, held(piece if len(parts) > 1 else None))
                yield piece
            for i, reader in enumerate(readers):  # then `bound`'s postings, run by run (documents in order)
                while loaded[i] is not None and loaded[i].terms[0] == bound:
                    run = loaded[i]
                    if len(run.terms) > 1:
                        head, loaded[i] = _split(run, 1)
                        yield head
                    else:  # the chunk ends with `bound`, which may go on in the next
                        loaded[i] = reader.take(fieldname)
                        self.merge_peak = max(self.merge_peak, held(run))
                        yield run

    def _flush_segment(self):
        """SegmentWriter._flush_segment: close the per-document writer, write the postings."""
        self.perdocwriter.close()
        current = self._take_runs()
        readers = self._merge_spilled(current)
        fieldnames = sorted(set(current) | self._spilled_fields)
        fw = self.fieldwriter
        chunk = self._chunk_postings()
        # the postings again as arrays, in a part of the segment of their own (postings_arrays.py)
        arrays = postings_arrays.Writer(HashWriter(self.newsegment.create_file(self.storage, postings_arrays.EXT),
                                                   magic=postings_arrays.MAGIC))
        for fieldname in fieldnames:
            writing = _FieldWriting(fw, fieldname, self.schema[fieldname], arrays=arrays)
            if readers:
                for piece in self._merge_field(readers, fieldname):
                    writing.add(piece)
            else:
                for part in _chunks(current.pop(fieldname), chunk):
                    writing.add(part)
            writing.finish()
        for reader in readers:
            reader.close()
        self._runs, self._spilled_fields = [], set()
        arrays.close()
        fw.close()

    def _assemble_segment(self):
        """SegmentWriter._assemble_segment (Segment.create_compound_file: CompoundStorage.assemble,
        then the part files deleted) with each part deleted as soon as it is copied: the folder
        holds the segment once plus one part, not twice, at the end of a build (the peak of its
        temporary disk). A crash in between leaves a segment no table of contents names yet:
        removed with the generation, or by the next commit's clean-up."""
        if not self.compound:
            return
        storage, segment = self.storage, self.get_segment()
        names = segment.list_files(storage)
        assert names and not any(name.endswith(segment.COMPOUND_EXT) for name in names)
        cfile = segment.create_file(storage, segment.COMPOUND_EXT)
        directory = {}
        basepos = cfile.tell()
        cfile.write_long(0)  # the directory's position and length, filled in by write_dir
        cfile.write_int(0)
        for name in names:
            directory[name] = {"offset": cfile.tell(), "length": storage.file_length(name),
                               "modified": storage.file_modified(name)}
            with storage.open_file(name) as part:
                copyfileobj(part, cfile)
            storage.delete_file(name)
        CompoundStorage.write_dir(cfile, basepos, directory, {})  # closes cfile
        segment.compound = True

    def add_reader(self, reader):
        raise NotImplementedError("BulkSegmentWriter writes new documents only")

    def delete_document(self, docnum, delete=True):
        raise NotImplementedError("BulkSegmentWriter writes new documents only")


_SIMPLE_FORMATS = (formats.Existence, formats.Frequency, formats.Positions)


def _simple_tokens(analyzer):
    """For an analyzer that is IDTokenizer or RegexTokenizer (no gaps) followed only by
    LowercaseFilter, StripFilter and CharsetFilter: a function giving its token texts for a str
    value, in order (no token is stopped or boosted by these); None for any other analyzer."""
    parts = list(analyzer.items) if type(analyzer) is CompositeAnalyzer else [analyzer]
    tokenizer, filters = parts[0], parts[1:]
    if type(tokenizer) is IDTokenizer:
        split = lambda value: [value]  # noqa: E731
    elif type(tokenizer) is RegexTokenizer and not tokenizer.gaps and not tokenizer.expression.groups:
        split = tokenizer.expression.findall
    else:
        return None
    steps = []
    for f in filters:
        if type(f) is LowercaseFilter:
            steps.append(str.lower)
        elif type(f) is StripFilter:
            steps.append(str.strip)
        elif type(f) is CharsetFilter:
            steps.append(lambda text, charmap=f.charmap: text.translate(charmap))
        else:
            return None
    if not steps:
        return split

    def tokens(value):
        out = split(value)
        for step in steps:
            out = list(map(step, out))
        return out
    return tokens


def _encode(poslist) -> bytes:
    """formats.Positions.encode: the count, then the pickled position deltas."""
    deltas = [poslist[0]]
    deltas.extend([b - a for a, b in zip(poslist, poslist[1:])])
    return _PACK_UINT(len(deltas)) + pickle.dumps(deltas, 2)


_PACK_UINT = struct.Struct("!I").pack  # whoosh.system.pack_uint
_PACK_INT = struct.Struct("!i").pack  # whoosh.system.pack_int (StructFile.write_int)
_ROW_LENGTHS = struct.Struct("!ii").pack  # whoosh.filedb.filetables._lengths
_TERM_INFO = W3TermInfo._struct.pack
_PACK_LONG = struct.Struct("!q").pack  # whoosh.system.pack_long
_WRITE_BYTES = 4 << 20  # postings bytes gathered before a write


class _FieldWriting:
    """A field's terms and posting blocks in W3FieldWriter's files, the bytes its start_term /
    add / finish_term would write (W3PostingsWriter._write_block and finish_postings, W3TermInfo's
    add_block and to_bytes, OrderedHashWriter.add), computed a block at a time instead of a
    posting at a time, from runs given in term order (add): a run's last term may go on in the
    next run, so it is written as its blocks fill and closed when the next term (or finish) comes.
    tests/test_index_bulkwrite.py compares the files. One difference, by design: a block whose
    pickle is under `compress_min` bytes (COMPRESS_MIN_BYTES) is stored uncompressed, which its
    info tuple says and Whoosh's reader honours (W3LeafMatcher._read_data); and blocks are pickled
    with BLOCK_PICKLE_PROTOCOL, which Whoosh's pickle.loads reads as well."""

    def __init__(self, fw, fieldname, fieldobj, compress_min: int | None = None,
                 arrays: postings_arrays.Writer | None = None):
        self.fw = fw
        self.fieldname, self.arrays = fieldname, arrays
        self.compress_min = COMPRESS_MIN_BYTES if compress_min is None else compress_min
        fw.start_field(fieldname, fieldobj)
        pw = fw._postwriter
        self.postfile, self.limit, self.level = pw._postfile, pw._blocklimit, pw._compression
        self.fixed = fieldobj.format.fixed_value_size()
        self.keyprefix = pack_ushort(fw._fieldid)
        self.table = _TermTable(fw._tindex)
        # the postings file's bytes are gathered and written in pieces; `offset` is its tell()
        self.out, self.pending, self.offset = [], 0, self.postfile.tell()
        self.term = None  # the open term, its postings not yet in blocks, and its totals so far
        self.docs, self.weights, self.lengths, self.values = [], [], [], []

    def add(self, run: _FieldRun) -> None:
        """The postings of `run`, whose terms come after those added before (its first term may
        go on from the last run's last)."""
        if self.arrays is not None:
            self.arrays.add_run(self.fieldname, run.terms, run.counts, run.docs, run.weights)
        docs = run.docs.tolist()
        weights = run.weights.tolist()
        lengths = run.lengths.tolist()
        values = run.values.tolist() if run.values is not None else None
        last = len(run.terms) - 1
        start = 0
        for i, (term, end) in enumerate(zip(run.terms, np.cumsum(run.counts).tolist())):
            if term != self.term:
                if self.term is not None:
                    self._blocks(self.docs, self.weights, self.lengths, self.values, 0, len(self.docs), True)
                    self.docs, self.weights, self.lengths, self.values = [], [], [], []
                self._open(term)
                if i < last:  # the term ends in this run: its blocks straight from the run's lists
                    self._blocks(docs, weights, lengths, values, start, end, True)
                    start = end
                    continue
            # the run's last term, or one going on from the last run: kept until it ends, but
            # for its full blocks
            self.docs += docs[start:end]
            self.weights += weights[start:end]
            self.lengths += lengths[start:end]
            if values is not None:
                self.values += values[start:end]
            start = end
            done = self._blocks(self.docs, self.weights, self.lengths, self.values, 0, len(self.docs), False)
            if done:
                del self.docs[:done], self.weights[:done], self.lengths[:done]
                if values is not None:
                    del self.values[:done]
        self._write()

    def finish(self) -> None:
        if self.term is not None:
            self._blocks(self.docs, self.weights, self.lengths, self.values, 0, len(self.docs), True)
        self._write()
        self.fw.finish_field()

    def _open(self, term) -> None:
        self.term = term
        # W3TermInfo's totals over the term's blocks (add_block)
        self.t_weight, self.t_df, self.t_minlength, self.t_maxlength, self.t_maxweight = 0, 0, None, 0, 0
        self.t_first = None
        self.startoffset = self.offset
        self.out.append(WHOOSH3_HEADER_MAGIC)
        self.offset += len(WHOOSH3_HEADER_MAGIC)

    def _write(self) -> None:
        self.postfile.write(b"".join(self.out))
        self.out, self.pending = [], 0
        self.table.flush()

    def _blocks(self, docs, weights, lengths, values, start: int, total: int, final: bool) -> int:
        """Write the open term's postings docs[start:total] (and the others' lists alike) in
        blocks: with `final` all of them and the term's row in the term table, else the full
        blocks but the last (more postings may follow). Returns where it stopped."""
        limit, fixed, out = self.limit, self.fixed, self.out
        while total - start > limit or (final and start < total):
            stop = min(start + limit, total)
            n = stop - start
            ids = docs[start:stop]
            ws = weights[start:stop]
            w32 = array("f", ws)  # the block's weights as W3PostingsWriter keeps them
            top = max(ws)
            maxweight = top if top > 0 else 0
            ls = lengths[start:stop]
            if 0 in ls:
                ls = [x for x in ls if x]
            minlength, maxlength = (min(ls), max(ls)) if ls else (None, 0)
            if fixed == 0 or values is None:
                vs = None
            else:
                vs = values[start:stop]
                if b"" in vs:
                    vs = [v for v in vs if v]
                if fixed is None or fixed < 0:
                    vs = tuple(vs)
                else:
                    vs = b"".join(vs)
            if self.t_first is None:
                self.t_first = ids[0]
            self.t_weight += sum(w32)
            self.t_df += n
            self.t_minlength = minlength if self.t_minlength is None else min(self.t_minlength, minlength)
            self.t_maxlength = max(self.t_maxlength, maxlength)
            self.t_maxweight = max(self.t_maxweight, maxweight)
            # W3PostingsWriter._mini_ids / _mini_weights / _mini_values, then _write_block
            if n == 1:
                mini_ids = (ids[0],)
            else:
                mini_ids = (ids[0], *[b - a for a, b in zip(ids, ids[1:])])
            wl = w32.tolist()
            if wl.count(1.0) == n:
                mini_weights = None
            elif wl.count(wl[0]) == n:
                mini_weights = wl[0]
            else:
                mini_weights = tuple(wl)
            databytes = pickle.dumps((mini_ids, mini_weights, vs), BLOCK_PICKLE_PROTOCOL)
            comp = self.level if len(databytes) >= self.compress_min else 0
            if comp:
                databytes = zlib.compress(databytes, comp)
            infobytes = pickle.dumps((n, ids[-1], maxweight, comp, length_to_byte(minlength),
                                      length_to_byte(maxlength)), 2)
            size = len(infobytes) + len(databytes)
            start = stop
            out.append(_PACK_INT(-size if final and stop == total else size))
            out.append(infobytes)
            out.append(databytes)
            self.offset += 4 + size
            self.pending += 4 + size
            self.last_id = ids[-1]
        if final:
            # W3TermInfo.to_bytes (not inlined: W3Codec's inlinelimit is 1), then its extent
            tml = self.t_minlength
            self.table.add(self.keyprefix + self.term,
                           _TERM_INFO(False, self.t_weight, self.t_df, 0 if tml is None else length_to_byte(tml),
                                      length_to_byte(self.t_maxlength), self.t_maxweight, self.t_first, self.last_id)
                           + _PACK_LONG(self.startoffset) + _PACK_INT(self.offset - self.startoffset))
            self.term = None
        if self.pending > _WRITE_BYTES:
            self.postfile.write(b"".join(out))
            self.out, self.pending = [], 0
        return start


class _TermTable:
    """OrderedHashWriter.add for many rows, written in one piece: the same bytes, positions,
    hash buckets and key order check, without a file tell() and three writes per term."""

    def __init__(self, tindex):
        self.tindex = tindex
        self.rows = []
        self.pos = tindex.dbfile.tell()

    def add(self, key: bytes, value: bytes) -> None:
        tindex = self.tindex
        if key <= tindex.lastkey:
            raise ValueError("Keys must increase: %r..%r" % (tindex.lastkey, key))
        tindex.index.append(self.pos)
        h = tindex.hashfn(key)
        tindex.buckets[h & 255].append((h, self.pos))
        row = _ROW_LENGTHS(len(key), len(value)) + key + value
        self.rows.append(row)
        self.pos += len(row)
        tindex.lastkey = key

    def flush(self) -> None:
        self.tindex.dbfile.write(b"".join(self.rows))
        self.rows = []


class _BulkSubWriterTask(SubWriterTask):
    """whoosh.multiproc.SubWriterTask.run (multisegment) with a BulkSegmentWriter."""

    def run(self):
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = BulkSegmentWriter(ix, _lk=False, **self.kwargs)
        while self.running:
            jobinfo = self.jobqueue.get()
            if jobinfo is None:
                break
            self._process_file(*jobinfo)
        if not self.running:
            writer.cancel()
        else:
            segment = writer._finalize_segment()
            self.resultqueue.put((None, writer.pool.fieldnames, segment), timeout=5)


class BulkMpWriter(MpWriter):
    """MpWriter (multisegment: each forked sub-writer commits its own segment) whose sub-writers
    are BulkSegmentWriters."""

    def __init__(self, ix, procs, **kwargs):
        super().__init__(ix, procs=procs, multisegment=True, **kwargs)

    def _new_task(self):
        task = _BulkSubWriterTask(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs,
                                  self.multisegment)
        self.tasks.append(task)
        # The forked writer shares the parent's pages (a bench's whole corpus: ~5 GB at 1M) until
        # it writes to them, and the garbage collector's full passes write to every object they
        # visit: frozen objects are not visited (gc.freeze's documented use before a fork).
        gc.freeze()
        try:
            task.start()
        finally:
            gc.unfreeze()
        return task
