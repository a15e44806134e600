"""Suggest: prefix completion over entity names (all scripts), titles and title words, with counts.

Counts are over the articles the current filters allow, so a completion never promises
results the filtered search would not show. A title is offered when it starts with the text
typed, or holds its words in order ("Secretary gen" -> "... the CSTO Secretary General ...");
a Cyrillic word being typed also completes to the glossary's words and phrases whose English
terms the articles have ("уборк" -> уборка, уборка урожая, уборочная: a fleeting vowel).

>>> Suggester(registry).suggest(reader, columns, allow_mask, "вальф", "en", 10)
[{'type': 'person', 'value': 'aleksandr-volfovich', 'label': 'Aleksandr Volfovich', 'count': 3, ...}]
"""

from __future__ import annotations

import bisect
import json

import numpy as np

from ..index.schema import TEXT_PARTS, TITLE_LINES_FIELD, TITLE_WORDS_FIELD, text_field
from ..lang.glossary import forms_starting
from ..lang.translit import is_cyrillic
from ..languages import LanguageRegistry, resolve
from . import routing
from .columns import Columns

MAX_PREFIX_CHARS = 100
SCAN_TERMS = 300  # lexicon entries looked at per field (bounded cost for a short prefix)
MIN_WORD_PREFIX = 2
MIN_GLOSSARY_PREFIX = 4  # a Cyrillic word completes to glossary words from this many letters
TITLE_CHECKS = 100  # articles whose titles are read to find a multi-word prefix inside them


def _fold(text: str) -> str:
    return " ".join(routing.WORD.findall(text.lower().replace("ё", "е")))


class Suggester:
    def __init__(self, registry, languages: LanguageRegistry | None = None):
        self.registry = registry
        self.languages = resolve(languages)
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
        matches = self._entity_matches(folded)
        # every person's and organization's count under the filters (~5 ms at 200k articles),
        # only when the prefix completes an entity name: most prefixes complete none
        counts = {facet: columns.count_values(facet, allow) for facet in ("person", "organization")} if matches else {}
        for eid, form in matches.items():
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
        # titles holding the words typed, in order, the last one still being typed
        shown = {s["label"].lower() for s in out if s["type"] == "title"}
        out += [s for s in self._titles_containing(reader, columns, allow, folded) if s["label"].lower() not in shown]
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
        seen = {w["value"] for w in words}
        words += [w for w in self._glossary_words(columns, allow, last, limit) if w["value"] not in seen]
        words.sort(key=lambda s: -s["count"])
        out += words[:limit]
        order = {"person": 0, "organization": 0, "title": 1, "word": 2}
        out.sort(key=lambda s: (order[s["type"]], -s["count"], s["label"]))
        return out[:limit]


    def _titles_containing(self, reader, columns: Columns, allow: np.ndarray, folded: str) -> list[dict]:
        """Titles with the typed words in order anywhere in them (two words or more)."""
        *whole, last = folded.split()
        if not whole or not last:
            return []
        docs = None
        for word in whole:
            found = columns.term_docs(TITLE_WORDS_FIELD, word)
            docs = found if docs is None else np.intersect1d(docs, found)
            if not len(docs):
                return []
        completed = [columns.term_docs(TITLE_WORDS_FIELD, t)
                     for i, t in enumerate(reader.expand_prefix(TITLE_WORDS_FIELD, last)) if i < SCAN_TERMS]
        if not completed:
            return []
        docs = np.intersect1d(docs, np.concatenate(completed))
        docs = docs[allow[docs]]
        found: dict[str, dict] = {}
        for docnum in docs[:TITLE_CHECKS].tolist():
            article = json.loads(reader.stored_fields(int(docnum))["article"])
            title = next((t for t in _titles(article) if f" {folded}" in f" {_fold(t)}"), None)
            if title is not None:
                item = found.setdefault(title.lower(), {"type": "title", "value": article["id"], "label": title,
                                                        "count": 0})
                item["count"] += 1
        return list(found.values())

    def _glossary_words(self, columns: Columns, allow: np.ndarray, last: str, limit: int) -> list[dict]:
        """Glossary words and phrases a Cyrillic word being typed begins, counted by the articles
        with their English terms; a prefix ending in a consonant also reaches forms with a
        fleeting vowel before it (уборк: уборочная)."""
        if len(last) < MIN_GLOSSARY_PREFIX or not is_cyrillic(last):
            return []
        spelled = self.languages.spelling_language(last)
        forms: dict[str, tuple[str, ...]] = {}
        # the language the letters say first; a sibling of its script only when that has nothing
        for lang in [spelled, *(lang for lang in self.languages.of_script(spelled.script) if lang is not spelled)]:
            if forms:
                break
            found = forms_starting(last, lang.code, self.languages, limit)
            if len(last) >= 5 and last[-1] not in lang.vowels:
                found += [(f, en) for f, en in forms_starting(last[:-1], lang.code, self.languages, limit * 4)
                          if len(f) >= len(last) and f[len(last) - 1] in lang.vowels]
            for form, en in found:
                forms.setdefault(form, en)
        out = []
        for form, en in list(forms.items())[: limit * 2]:
            count = int(allow[self._english_docs(columns, en)].sum())
            if count:
                out.append({"type": "word", "value": form, "label": form, "count": count})
        return out

    def _english_docs(self, columns: Columns, terms: tuple[str, ...]) -> np.ndarray:
        """Articles whose source title or body has every word of one of `terms`."""
        source = self.languages.source
        fields = [text_field(part, source.code) for part in TEXT_PARTS]
        hits = []
        for term in terms[:3]:
            docs = None
            for word in routing.WORD.findall(term.lower()):
                if word in source.stopwords:
                    continue
                stem = source.stem(word)
                found = np.union1d(*(columns.term_docs(f, stem) for f in fields))
                docs = found if docs is None else np.intersect1d(docs, found)
            if docs is not None:
                hits.append(docs)
        return np.unique(np.concatenate(hits)) if hits else np.zeros(0, np.int64)


def folded_title(text: str) -> str:
    return " ".join(text.lower().split())


def _titles(article: dict) -> list[str]:
    return [article["title"], *(tr["title"] for tr in (article.get("translations") or {}).values())]
