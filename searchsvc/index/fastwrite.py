"""Cheaper per-posting steps in Whoosh 2.7's segment writer; the files it writes are unchanged.

Whoosh handles every posting (one term in one document's field, ~370 per trilingual article)
several times in pure Python: into the sorting pool when the document is added, then, when the
segment is flushed, a doc-length look-up through the length column and an asserting append to
the posting block. Per posting, the replacements below do the same work with less interpreter
overhead: the field's lengths are read once per field into a list instead of once per posting,
and the type assertions on values Whoosh itself produced are skipped. bench/search.py
--build-only measures the effect; tests/test_index_fastwrite.py checks that an index written
with and without them holds the same terms, postings, lengths and stored fields.

Applied by `install()` (schema.py calls it on import) only on the Whoosh version they were
written against; `uninstall()` restores Whoosh's own methods (the comparison test uses it).
"""

from __future__ import annotations

import marshal
from itertools import islice

import whoosh
from whoosh import formats
from whoosh.codec import base, whoosh3
from whoosh.compat import bytes_type
from whoosh.system import emptybytes
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool

WHOOSH_VERSION = (2, 7, 5)
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


_RUN_CHUNK = 8192  # postings per marshal record in a sorting-pool run file


def pool_write_run(self, f, items):
    """SortingPool._write_run with postings marshalled in chunks instead of one call each. A run
    is a temporary file this process (or its forked writers, patched alike) reads back."""
    items = iter(items)
    while True:
        chunk = list(islice(items, _RUN_CHUNK))
        if not chunk:
            break
        marshal.dump(chunk, f, 2)  # the version Whoosh writes runs with
    f.close()


def pool_read_run(self, path):
    f = self._open_run(path)
    try:
        while True:
            try:
                chunk = marshal.load(f)
            except EOFError:
                return
            yield from chunk
    finally:
        f.close()
        self._remove_run(path)


def install() -> bool:
    """Patch Whoosh (once); False, and nothing patched, on another Whoosh version."""
    if whoosh.__version__ != WHOOSH_VERSION:
        return False
    if not _ORIGINALS:
        _ORIGINALS.update(add_postings=base.FieldWriter.add_postings, w3_add=whoosh3.W3FieldWriter.add,
                          pool_add=PostingPool.add, positions_word_values=formats.Positions.word_values,
                          pool_write_run=PostingPool._write_run, pool_read_run=PostingPool._read_run)
        PostingPool._write_run = pool_write_run
        PostingPool._read_run = pool_read_run
        formats.Positions.word_values = positions_word_values
        base.FieldWriter.add_postings = add_postings
        whoosh3.W3FieldWriter.add = w3_add
        PostingPool.add = pool_add
    return True


def uninstall() -> None:
    if _ORIGINALS:
        base.FieldWriter.add_postings = _ORIGINALS.pop("add_postings")
        whoosh3.W3FieldWriter.add = _ORIGINALS.pop("w3_add")
        PostingPool.add = _ORIGINALS.pop("pool_add")
        formats.Positions.word_values = _ORIGINALS.pop("positions_word_values")
        PostingPool._write_run = _ORIGINALS.pop("pool_write_run")
        PostingPool._read_run = _ORIGINALS.pop("pool_read_run")
