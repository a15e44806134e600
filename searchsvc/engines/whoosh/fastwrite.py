"""Cheaper per-posting steps in Whoosh 2.7's segment writer; the files it writes are unchanged.

Whoosh handles every posting (one term in one document's field, ~370 per trilingual article)
several times in pure Python: into the sorting pool when the document is added, then, when the
segment is flushed, a doc-length look-up through the length column and an asserting append to
the posting block. Per posting, the replacements below do the same work with less interpreter
overhead: the field's lengths are read once per field into a list instead of once per posting,
and the type assertions on values Whoosh itself produced are skipped. bench/search.py
--build-only measures the effect; tests/test_index_fastwrite.py checks that an index written
with and without them holds the same terms, postings, lengths and stored fields.

Installed by `install()`, which the engine calls when it is first used, after compat.check()
has confirmed the Whoosh version and every method replaced here; `uninstall()` restores Whoosh's
own methods (the comparison test uses it). Nothing is patched at import.
"""

from __future__ import annotations

import marshal
import struct
import zlib
from itertools import islice

from whoosh import formats
from whoosh.codec import base, whoosh3
from whoosh.compat import bytes_type
from whoosh.system import emptybytes
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool

_ORIGINALS: dict = {}
_SINGLE_POSITION: dict[int, bytes] = {}  # position -> Positions.encode([position])


def _field_lengths(lengths, fieldname):
    """docnum -> length as doc_field_length returns it (0 without a length column, None for a
    zero byte), for every document of the segment at once; None: ask doc_field_length."""
    if not isinstance(lengths, whoosh3.W3PerDocReader):
        return None
    reader = lengths._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    if reader is None:
        return [0] * (lengths._doccount + 1)
    return [byte_to_length(lbyte) if lbyte else None for lbyte in (reader[d] for d in range(lengths._doccount))]


def add_postings(self, schema, lengths, items):
    """base.FieldWriter.add_postings (same calls, same order) with the lengths read per field."""
    start_field, start_term, add = self.start_field, self.start_term, self.add
    finish_term, finish_field = self.finish_term, self.finish_field
    dfl = lengths.doc_field_length if lengths else (lambda docnum, fieldname: 0)
    lastfn = lasttext = None
    field_lengths = None
    for fieldname, btext, docnum, weight, value in items:
        if fieldname != lastfn:
            if lastfn is not None and fieldname < lastfn:
                raise base.OutOfOrderError("Field %r .. %r" % (lastfn, fieldname))
            if lasttext is not None:
                finish_term()
            if lastfn is not None:
                finish_field()
            start_field(fieldname, schema[fieldname])
            lastfn, lasttext = fieldname, None
            field_lengths = _field_lengths(lengths, fieldname) if lengths else None
        elif lasttext and btext < lasttext:
            raise base.OutOfOrderError("Term %s:%r .. %s:%r" % (lastfn, lasttext, fieldname, btext))
        if docnum == -1:  # Whoosh's marker for spelling words: not postings
            continue
        if btext != lasttext:
            if lasttext is not None:
                finish_term()
            start_term(btext)
            lasttext = btext
        if field_lengths is not None and 0 <= docnum < len(field_lengths):
            length = field_lengths[docnum]
        elif lengths:
            length = dfl(docnum, fieldname)
        else:
            length = 0
        add(docnum, weight, emptybytes if value is None else value, length)
    if lasttext is not None:
        finish_term()
    if lastfn is not None:
        finish_field()


def w3_add(self, docnum, weight, vbytes, length):
    """W3FieldWriter.add, then W3PostingsWriter.add_posting without its per-posting assertions."""
    pw = self._postwriter
    if len(pw._ids) >= pw._blocklimit:
        pw._write_block()
    pw._ids.append(docnum)
    pw._weights.append(weight)
    if weight > pw._maxweight:
        pw._maxweight = weight
    if vbytes:
        pw._values.append(vbytes)
    if length:
        minlength = pw._minlength
        if minlength is None or length < minlength:
            pw._minlength = length
        if length > pw._maxlength:
            pw._maxlength = length


def pool_add(self, item):
    """PostingPool.add with the same size estimate, computed with fewer operations."""
    fieldname, tbytes, _docnum, _weight, vbytes = item
    if tbytes.__class__ is not bytes_type or (vbytes is not None and vbytes.__class__ is not bytes_type):
        return _ORIGINALS["pool_add"](self, item)  # let Whoosh's assertion say what is wrong
    self.fieldnames.add(fieldname)
    # tuple 48 + fieldname 21 + text 26 + docnum 18 + weight 16 + value 21 (see PostingPool.add)
    self.currentsize += 150 + len(fieldname) + 2 * len(tbytes) + (len(vbytes) if vbytes else 0)
    if self.currentsize > self.limit:
        self.save()
    self.current.append(item)


def positions_word_values(self, value, analyzer, **kwargs):
    """formats.Positions.word_values; from an analyzer's term_positions when it has one (the
    language analyzers), which gives the same terms and positions without Token objects."""
    term_positions = getattr(analyzer, "term_positions", None)
    if (term_positions is None or type(self) is not formats.Positions or not isinstance(value, str)
            or set(kwargs) - {"mode"}):
        yield from _ORIGINALS["positions_word_values"](self, value, analyzer, **kwargs)
        return
    fb = self.field_boost
    encode = self.encode
    single = _SINGLE_POSITION
    for term, poslist in term_positions(value).items():
        if len(poslist) == 1:  # most terms occur once in a field: their encodings repeat
            vbytes = single.get(poslist[0])
            if vbytes is None:
                vbytes = encode(poslist)
                if len(single) < 100_000:
                    single[poslist[0]] = vbytes
        else:
            vbytes = encode(poslist)
        # the weight Whoosh sums from token boosts, 1.0 each
        yield term, len(poslist), float(len(poslist)) * fb, vbytes


def cached_reader(self, fieldname, column):
    """W3PerDocReader._cached_reader, remembering which length columns are missing. Whoosh asks
    the file system whether a length column exists once per POSTING of a field that has none (ID
    and unscorable fields) while it writes a segment (~10% of indexing time here); a segment's
    files do not change once written, so the answer is remembered per reader."""
    missing = self.__dict__.setdefault("_missing_columns", set())
    if fieldname in missing:
        return None
    reader = _ORIGINALS["cached_reader"](self, fieldname, column)
    if reader is None:
        missing.add(fieldname)
    return reader


_RUN_CHUNK = 8192  # postings per marshal record in a sorting-pool run file
# Runs are most of a build's temporary disk (all of them are on disk while the segment is
# written from them): each posting repeats its field name and small numbers, which zlib's
# fastest level shrinks ~4x for a few % of build time.
_RUN_ZLIB_LEVEL = 1
_CHUNK_HEADER = struct.Struct("<I")


def pool_write_run(self, f, items):
    """SortingPool._write_run with postings marshalled in chunks instead of one call each, each
    chunk compressed (a length-prefixed zlib record). A run is a temporary file this process
    (or its forked writers, patched alike) reads back with pool_read_run."""
    items = iter(items)
    while True:
        chunk = list(islice(items, _RUN_CHUNK))
        if not chunk:
            break
        data = zlib.compress(marshal.dumps(chunk, 2), _RUN_ZLIB_LEVEL)  # 2: the version Whoosh writes
        f.write(_CHUNK_HEADER.pack(len(data)))
        f.write(data)
    f.close()


def pool_read_run(self, path):
    f = self._open_run(path)
    try:
        while True:
            header = f.read(_CHUNK_HEADER.size)
            if not header:
                return
            (size,) = _CHUNK_HEADER.unpack(header)
            yield from marshal.loads(zlib.decompress(f.read(size)))
    finally:
        f.close()
        self._remove_run(path)


_PATCHES = (  # (name in _ORIGINALS, owner, attribute, replacement)
    ("add_postings", base.FieldWriter, "add_postings", add_postings),
    ("w3_add", whoosh3.W3FieldWriter, "add", w3_add),
    ("pool_add", PostingPool, "add", pool_add),
    ("positions_word_values", formats.Positions, "word_values", positions_word_values),
    ("pool_write_run", PostingPool, "_write_run", pool_write_run),
    ("pool_read_run", PostingPool, "_read_run", pool_read_run),
    ("cached_reader", whoosh3.W3PerDocReader, "_cached_reader", cached_reader),
)
PATCHED = [f"{owner.__module__}.{owner.__name__}.{attr}" for _, owner, attr, _ in _PATCHES]


def install() -> bool:
    """Replace Whoosh's methods (once). Call compat.check() first: it checks the version."""
    if not _ORIGINALS:
        for key, owner, attr, replacement in _PATCHES:
            _ORIGINALS[key] = getattr(owner, attr)
            setattr(owner, attr, replacement)
    return True


def installed() -> bool:
    return all(getattr(owner, attr) is replacement for _, owner, attr, replacement in _PATCHES)


def uninstall() -> None:
    if _ORIGINALS:
        for key, owner, attr, _replacement in _PATCHES:
            setattr(owner, attr, _ORIGINALS.pop(key))
