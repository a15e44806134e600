"""Suggest: prefix completion over entity names (all scripts), titles and title words, with counts.

Counts are over the articles the current filters allow, so a completion never promises
results the filtered search would not show.

>>> Suggester(registry).suggest(reader, columns, allow_mask, "вальф", "en", 10)
[{'type': 'person', 'value': 'aleksandr-volfovich', 'label': 'Aleksandr Volfovich', 'count': 3, ...}]
"""

from __future__ import annotations

import bisect
import json

import numpy as np

from ..index.schema import TITLE_LINES_FIELD, TITLE_WORDS_FIELD
from . import routing
from .columns import Columns

MAX_PREFIX_CHARS = 100
SCAN_TERMS = 300  # lexicon entries looked at per field (bounded cost for a short prefix)
MIN_WORD_PREFIX = 2


def _fold(text: str) -> str:
    return " ".join(routing.WORD.findall(text.lower().replace("ё", "е")))


class Suggester:
    def __init__(self, registry):
        self.registry = registry
        # every word-start suffix of every name form: "volfovich" completes "Aleksandr Volfovich"
        entries = set()
        for entity in registry:
            for name in entity.names():
                words = _fold(name).split()
                for i in range(len(words)):
                    entries.add((" ".join(words[i:]), entity.id, name))
        self.entries = sorted(entries)
        self.keys = [e[0] for e in self.entries]

    def _entity_matches(self, prefix: str) -> dict[str, str]:
        """entity id -> the name form the prefix completed."""
        out: dict[str, str] = {}
        i = bisect.bisect_left(self.keys, prefix)
        while i < len(self.keys) and self.keys[i].startswith(prefix):
            _key, eid, name = self.entries[i]
            out.setdefault(eid, name)
            i += 1
        return out

    def suggest(self, reader, columns: Columns, allow: np.ndarray, prefix: str, lang: str, limit: int) -> list[dict]:
        folded = _fold(prefix[:MAX_PREFIX_CHARS])
        if not folded:
            return []
        out = []
        counts = {facet: columns.count_values(facet, allow) for facet in ("person", "organization")}
        for eid, form in self._entity_matches(folded).items():
            entity = self.registry.get(eid)
            count = counts.get(entity.type, {}).get(eid, 0)
            if count:
                out.append({"type": entity.type, "value": eid, "label": entity.label(lang), "matched": form,
                            "count": count})
        # whole titles (any language) that start with the prefix
        for i, low in enumerate(reader.expand_prefix(TITLE_LINES_FIELD, folded_title(prefix))):
            if i >= SCAN_TERMS or len(out) >= limit * 3:
                break
            docs = columns.term_docs(TITLE_LINES_FIELD, low)
            docs = docs[allow[docs]]
            if len(docs):
                article = json.loads(reader.stored_fields(int(docs[0]))["article"])
                title = next((t for t in _titles(article) if t.lower() == low), article["title"])
                out.append({"type": "title", "value": article["id"], "label": title, "count": len(docs)})
        # single words from titles, for a query still being typed
        last = folded.split()[-1]
        words = []
        if len(last) >= MIN_WORD_PREFIX:
            for i, word in enumerate(reader.expand_prefix(TITLE_WORDS_FIELD, last)):
                if i >= SCAN_TERMS:
                    break
                count = int(allow[columns.term_docs(TITLE_WORDS_FIELD, word)].sum())
                if count:
                    words.append({"type": "word", "value": word, "label": word, "count": count})
        words.sort(key=lambda s: -s["count"])
        out += words[:limit]
        order = {"person": 0, "organization": 0, "title": 1, "word": 2}
        out.sort(key=lambda s: (order[s["type"]], -s["count"], s["label"]))
        return out[:limit]


def folded_title(text: str) -> str:
    return " ".join(text.lower().split())


def _titles(article: dict) -> list[str]:
    return [article["title"], *(tr["title"] for tr in (article.get("translations") or {}).values())]
