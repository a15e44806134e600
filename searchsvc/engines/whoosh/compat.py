"""The Whoosh this engine is written against, and the check that the installed one is it.

The engine reads Whoosh's private structures (reader.py: posting blocks, one-byte length
columns; fastwrite.py: the segment writer's per-posting steps; bulkwrite.py: the segment writer's
flush, the postings writer's block buffers, the term table; names.py: its file names) because
Whoosh's public API walks postings one document at a time in Python. Those internals are not a stable API, so before the
engine first writes or reads anything `check()` confirms the version and that each internal
exists and behaves as expected (a probe index in memory), and raises EngineMismatch with what
differs. There is no slow fallback path: on another Whoosh the engine refuses to run.

To support a new Whoosh: update WHOOSH_VERSION and pyproject.toml's pin, run
tests/test_engine_conformance.py and tests/test_whoosh_own_suite.py, and fix what they report.
"""

from __future__ import annotations

import importlib

from ..base import EngineMismatch

WHOOSH_DISTRIBUTION = "whoosh-reloaded"
WHOOSH_VERSION = (2, 7, 5)

# module -> dotted attributes the engine reads or replaces (class attributes; instance
# attributes are exercised by the probe in engine.py)
INTERNALS = {
    "whoosh.codec.base": ["FieldWriter.add_postings", "OutOfOrderError", "Segment._random_id", "random_name",
                          "Segment.create_compound_file", "Segment.list_files", "Segment.COMPOUND_EXT"],
    "whoosh.codec.whoosh3": ["W3PerDocReader._cached_reader", "W3FieldWriter.add", "W3LeafMatcher._read_data",
                             "W3LeafMatcher._read_values", "W3LeafMatcher._next_block", "LENGTHS_COLUMN",
                             "_lenfield", "W3TermsReader.term_info", "WHOOSH3_HEADER_MAGIC",
                             "W3TermInfo.add_block", "W3TermInfo.set_extent", "W3TermInfo.to_bytes",
                             "W3TermInfo.extent", "W3TermInfo.is_inlined", "W3TermInfo.inlined_postings",
                             "W3FieldWriter.start_field", "W3FieldWriter.finish_field",
                             "W3PostingsWriter.min_length", "W3PostingsWriter.max_length",
                             "W3PostingsWriter.max_weight", "W3PostingsWriter.min_id", "W3PostingsWriter.max_id",
                             "STORED_COLUMN", "W3TermInfo._struct", "W3TermsReader._keycoder"],
    "whoosh.columns": ["CompressedBytesColumn.Reader", "VarBytesColumn.Reader._read_offsets_and_lengths"],
    "whoosh.filedb.filetables": ["OrderedHashWriter.add", "HashWriter.add", "HashWriter.close",
                                 "HashReader.ranges_for_key", "FileFormatError", "_pointer", "_lengths"],
    "whoosh.filedb.structfile": ["StructFile.get"],
    "whoosh.filedb.compound": ["random_name", "CompoundStorage.assemble", "CompoundStorage.write_dir", "SubFile"],
    "whoosh.index": ["TOC.read", "clean_files"],
    "whoosh.util.filelock": ["try_for"],
    "whoosh.writing": ["SegmentWriter", "SegmentWriter._flush_segment", "SegmentWriter._finalize_segment",
                       "SegmentWriter._assemble_segment",
                       "SegmentWriter._check_fields", "SegmentWriter._doc_boost", "SegmentWriter._field_boost",
                       "PostingPool.add", "PostingPool._write_run", "PostingPool._read_run",
                       "PostingPool._open_run", "PostingPool._remove_run", "PostingPool.save", "random_name"],
    "whoosh.formats": ["Positions.word_values", "Positions.encode", "Positions.decode_positions"],
    "whoosh.util.numeric": ["_length_byte_cache", "byte_to_length", "length_to_byte"],
    "whoosh.util": ["random_name", "IDCHARS"],  # names.py replaces random_name in these modules
    "whoosh.filedb.filestore": ["random_name"],
    "whoosh.multiproc": ["random_name", "MpWriter._new_task", "SubWriterTask.run", "SubWriterTask._process_file"],
    "whoosh.compat": ["bytes_type"],
    "whoosh.system": ["emptybytes"],
}


def missing_internals() -> list[str]:
    missing = []
    for module_name, names in INTERNALS.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            missing.append(module_name)
            continue
        for dotted in names:
            obj = module
            for part in dotted.split("."):
                obj = getattr(obj, part, None)
                if obj is None:
                    missing.append(f"{module_name}.{dotted}")
                    break
    return missing


def check() -> None:
    """Raise EngineMismatch unless the installed Whoosh is WHOOSH_VERSION with every internal."""
    want = ".".join(map(str, WHOOSH_VERSION))
    try:
        import whoosh
    except ImportError as exc:
        raise EngineMismatch(f"the whoosh engine needs {WHOOSH_DISTRIBUTION}=={want}: {exc}") from None
    if tuple(whoosh.__version__) != WHOOSH_VERSION:
        have = ".".join(map(str, whoosh.__version__))
        raise EngineMismatch(
            f"searchsvc's whoosh engine is written against {WHOOSH_DISTRIBUTION} {want} and reads its private "
            f"internals; Whoosh {have} is installed ({whoosh.__file__}). Install {WHOOSH_DISTRIBUTION}=={want}, "
            f"or port searchsvc/engines/whoosh/ to {have} (see compat.py)")
    missing = missing_internals()
    if missing:
        raise EngineMismatch(f"Whoosh {want} at {whoosh.__file__} lacks internals the whoosh engine relies on: "
                             + ", ".join(missing))
