"""The Whoosh engine (whoosh-reloaded): the only package in searchsvc that imports whoosh.

    engine.py     WhooshEngine / WhooshIndex: generations as FileStorage directories, writers
    reader.py     Reader / Segment: postings, lengths, columns as numpy arrays
    analysis.py   TextAnalysis -> Whoosh analyzers
    bulkwrite.py  the segment writer of builds: postings gathered per field in arrays, sorted once,
                  written a block at a time into Whoosh's own segment files
    fastwrite.py  cheaper per-posting steps in Whoosh's segment writer (in-place updates; installed
                  on first use)
    compat.py     the Whoosh version and internals relied on, checked on first use
"""

from .engine import WhooshEngine

__all__ = ["WhooshEngine"]
