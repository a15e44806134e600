"""The entity registry: one canonical id per person or organization, with en/ru/be labels.

Two files make one registry: `registry.json` in the package (curated, the one place for known
entities) and an overlay in the data directory (`Settings.entities_file`, by default
`entities-learned.jsonl` next to the index folder) holding entities learned from new articles
(machine-made ru/be labels) and editors' corrections, which win over both.

A learned entity is a facet value of the article it was found in at once, but it is used to find
names in other articles (the gazetteer: surname-only mentions, aliases) only when `trusted`: seen in
MIN_ARTICLES articles or on MIN_SITES sites, or corrected by an editor. Sightings are journal lines
`{"id", "seen"}`; `forget` appends `{"id", "forgotten": true}`, which undoes a learned entity.

>>> registry = EntityRegistry.load(overlay=settings.learned_entities_file)   # = services.registry
>>> registry.get("aleksandr-volfovich").label("be")
'Аляксандр Вальфовіч'
>>> registry.lookup("Вольфовичем")
[('aleksandr-volfovich', 'Вольфовичем')]
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..lang.keyboard import KnownWords, known_words
from ..languages import LanguageRegistry, default_languages, resolve
from . import lexicon as lx
from .names import CYRILLIC, name_key, strip_case_ending, tokens
from .regional_bodies import regional_bodies

REGISTRY_FILE = Path(__file__).with_name("registry.json")
OVERLAY_FILENAME = "entities-learned.jsonl"
ENTITY_TYPES = ("person", "organization")
ORIGINS = ("registry", "machine", "editor")
MIN_ARTICLES = 3  # a learned name seen in this many articles ...
MIN_SITES = 2  # ... or on this many sites is used to read other articles

log = logging.getLogger("searchsvc.entities")


class RegistryError(ValueError):
    """A registry or overlay file that cannot be used; the message names the file and the entry."""


@dataclass
class Entity:
    id: str
    type: str
    labels: dict[str, str]
    aliases: list[str] = field(default_factory=list)
    machine_labels: bool = False  # True when ru/be labels were made by transliteration/MT
    parent: str | None = None  # the body this one belongs to (CSTO Secretariat -> CSTO)
    # short names that mean this entity only when the parent is named in the same article
    context_aliases: list[str] = field(default_factory=list)
    origin: str = "registry"  # registry | machine (learned from an article) | editor

    def label(self, lang: str | None = None) -> str:
        """The label in `lang`; the source language's (English) when it has none."""
        return self.labels.get(lang) or self.labels[default_languages().source.code]

    def names(self) -> list[str]:
        """Every surface form: labels in all languages plus aliases."""
        codes = default_languages().codes
        seen = dict.fromkeys([*(self.labels.get(l) for l in codes if self.labels.get(l)), *self.aliases])
        return list(seen)

    def to_dict(self) -> dict:
        d = {"id": self.id, "type": self.type, "labels": self.labels, "aliases": self.aliases}
        if self.machine_labels:
            d["machine_labels"] = True
        if self.parent:
            d["parent"] = self.parent
        if self.context_aliases:
            d["context_aliases"] = self.context_aliases
        if self.origin != "registry":
            d["origin"] = self.origin
        return d

    @classmethod
    def from_dict(cls, data: dict, where: str = "") -> "Entity":
        if not isinstance(data, dict):
            raise RegistryError(f"{where}: an entity must be a JSON object, got {type(data).__name__}")
        missing = [k for k in ("id", "type", "labels") if not data.get(k)]
        if missing:
            raise RegistryError(f"{where}: entity {data.get('id', '?')!r} lacks {', '.join(missing)}")
        if data["type"] not in ENTITY_TYPES:
            raise RegistryError(f"{where}: entity {data['id']!r} has type {data['type']!r}; expected person or organization")
        labels = data["labels"]
        languages = default_languages()
        if not isinstance(labels, dict) or not labels.get(languages.source.code):
            raise RegistryError(f"{where}: entity {data['id']!r} needs an English label (labels.en)")
        unknown = set(labels) - set(languages.codes)
        if unknown:
            raise RegistryError(f"{where}: entity {data['id']!r} has labels in unknown languages {sorted(unknown)}")
        aliases = data.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise RegistryError(f"{where}: entity {data['id']!r}: aliases must be a list of strings")
        origin = data.get("origin", "registry")
        if origin not in ORIGINS:
            raise RegistryError(f"{where}: entity {data['id']!r} has origin {origin!r}; expected one of {ORIGINS}")
        return cls(id=str(data["id"]), type=data["type"], labels={k: str(v) for k, v in labels.items() if v},
                   aliases=list(dict.fromkeys(aliases)), machine_labels=bool(data.get("machine_labels", False)),
                   parent=data.get("parent"), context_aliases=list(data.get("context_aliases") or []), origin=origin)


# Words that never make a one-word query a name on their own (English query words that share a
# short skeleton with a surname: "less" ~ Lis).
_MIN_SURNAME_KEY = 5
_ORG_STOP = frozenset("the of and for in on at to a о и і аб ў у в".split())


_BRITISH = {american: british for british, american in lx.SPELLINGS.items() if british in (
    "defence", "labour", "centre", "organisation", "programme", "theatre", "honour", "specialised", "harbour",
    "neighbourhood", "co-operation")}


def _org_token_key(token: str) -> str:
    low = token.lower().replace("ё", "е")
    low = _BRITISH.get(low, low)  # "Defense" and "Defence" are one key
    return default_languages().spelling_language(low).stem(low)


class _LookupIndex:
    """Name keys -> ids for `EntityRegistry.lookup`; grows in place as entities are learned."""

    def __init__(self):
        self.persons: dict[tuple, dict[str, str]] = {}  # name-key tuple -> {id: form}
        self.surnames: dict[str, dict[str, str]] = {}  # key of a person name's last word -> {id: form}
        self.surface: dict[str, set[str]] = {}  # exact lower-case surname forms, for short keys
        self.orgs: dict[tuple, dict[str, str]] = {}  # stemmed words -> {id: form}
        self.longest = 1

    def add(self, e: "Entity") -> None:
        for name in e.names():
            toks = [t for t, _, _ in tokens(name)]
            if not toks:
                continue
            if e.type == "person":
                self.persons.setdefault(tuple(name_key(t) for t in toks), {})[e.id] = name
                if len(toks) >= 2:
                    last = toks[-1]
                    self.surnames.setdefault(name_key(last), {})[e.id] = last
                    self.surface.setdefault(last.lower(), set()).add(e.id)
                self.longest = max(self.longest, len(toks))
            else:
                key = tuple(_org_token_key(t) for t in toks if t.lower() not in _ORG_STOP)
                if key:
                    self.orgs.setdefault(key, {})[e.id] = name
                    self.longest = max(self.longest, len(key))


def curated_entities(path: str | Path | None = None) -> list[Entity]:
    """The entities of the package registry.json (or `path`), as written there: the one reader of that file
    (EntityRegistry.load adds the regional bodies and the overlay; the site namer reads known bodies' names)."""
    where = str(path or REGISTRY_FILE)
    try:
        data = json.loads(Path(where).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RegistryError(f"{where}: cannot read entity registry: {exc}") from exc
    if not isinstance(data, list):
        raise RegistryError(f"{where}: the registry must be a JSON list of entities")
    return [Entity.from_dict(e, where) for e in data]


class EntityRegistry:
    """Known entities (package file + overlay); `lookup` resolves names in any script or case form."""

    REFRESH_SECONDS = 1.0  # how often a long-lived registry looks at the overlay file's mtime

    def __init__(self, entities: list[Entity], overlay_path: str | Path | None = None):
        self._base = {e.id: e for e in entities}
        self._by_id = dict(self._base)
        self.overlay_path = Path(overlay_path) if overlay_path else None
        self._overlay: dict[str, Entity] = {}  # learned and corrected entities, by id
        self._offset = 0  # bytes of the overlay journal already applied
        self._stamp: tuple | None = None  # (size, mtime) of the journal when last read
        self._checked_at = 0.0
        self._lock = threading.RLock()
        self._lookup_index: _LookupIndex | None = None
        self._places = None
        self._seen: dict[str, set[str]] = {}  # learned id -> {"article-id@site"} it was found in
        self._forgotten: set[str] = set()
        self.version = 0  # grows whenever an entity, a sighting or an undo is applied
        self._known_words: dict = {}  # language registry -> known(word, lang) over the names (known_words)
        if self.overlay_path is not None:
            self._sync()

    @property
    def places(self):
        """The place registry (countries, Belarus, abroad), read on first use."""
        if self._places is None:
            from .places import PlaceRegistry

            self._places = PlaceRegistry.load()
        return self._places

    def detached(self) -> "EntityRegistry":
        """A copy that reads this registry's entities and learned evidence but writes nothing: what
        a dry run (`searchsvc ingest` without --learn) extracts with."""
        self.refresh()
        copy = EntityRegistry(list(self._base.values()))
        copy._by_id, copy._overlay = dict(self._by_id), dict(self._overlay)
        copy._seen = {k: set(v) for k, v in self._seen.items()}
        copy._forgotten = set(self._forgotten)
        copy._places = self._places
        return copy

    # -- loading -------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None, overlay: str | Path | None | bool = None) -> "EntityRegistry":
        """The package registry (or `path`) plus the overlay file `overlay` (None or False: none).

        The service's registry is services.registry: the overlay at settings.learned_entities_file."""
        entities = curated_entities(path)
        known = {e.id for e in entities}
        for body in regional_bodies():  # the oblasts' customs houses, statistical departments, ... (regional_bodies.tsv)
            eid = re.sub(r"[^a-z0-9]+", "-", body.labels["en"].lower()).strip("-")
            if eid not in known:
                entities.append(Entity(eid, "organization", dict(body.labels), list(body.aliases)))
        return cls(entities, overlay_path=overlay or None)

    # -- the overlay: an append-only JSON Lines journal -----------------------------------------
    #
    # One entity per line. Learning appends a line under an flock (O(1), whatever the size), a
    # registry re-reads only the lines added since it last looked, a half-written last line (a
    # killed writer) is skipped, and no write ever replaces the file, so corrections cannot be
    # lost. Reading applies the rule "an editor's line wins; a machine line never replaces
    # anything".

    def _apply_line(self, data) -> None:
        """One journal line: an entity, a sighting of a learned entity, or an undo."""
        if isinstance(data, dict) and "seen" in data and "type" not in data:
            self._seen.setdefault(str(data.get("id")), set()).add(str(data["seen"]))
            self.version += 1
        elif isinstance(data, dict) and data.get("forgotten") and "type" not in data:
            self._forget(str(data.get("id")))
        else:
            self._apply(Entity.from_dict(data, str(self.overlay_path)))

    def _forget(self, entity_id: str) -> None:
        current = self._overlay.get(entity_id)
        if current is None or current.origin != "machine":
            return
        self._forgotten.add(entity_id)
        del self._overlay[entity_id]
        if entity_id in self._base:
            self._by_id[entity_id] = self._base[entity_id]
        else:
            self._by_id.pop(entity_id, None)
        self._seen.pop(entity_id, None)
        self._lookup_index = None
        self.version += 1

    def _apply(self, entity: Entity) -> bool:
        if entity.origin == "machine" and entity.id in self._forgotten:
            return False  # undone by an operator: not learned again from its old line
        self.version += 1
        current = self._overlay.get(entity.id)
        if entity.origin == "editor" or (current is None and entity.id not in self._base):
            replaced = entity.id in self._by_id
            self._overlay[entity.id] = entity
            self._by_id[entity.id] = entity
            self._index_changed(entity, replaced)
            return True
        return False

    def _index_changed(self, entity: Entity, replaced: bool) -> None:
        """A new entity joins the lookup index in place; a replaced one means rebuilding it."""
        if self._lookup_index is None:
            return
        if replaced:
            self._lookup_index = None
        else:
            self._lookup_index.add(entity)

    def _read_tail(self, fh) -> int:
        """Apply the complete lines after our offset; returns how many bytes of a partial line remain."""
        fh.seek(self._offset)
        data = fh.read()
        complete = data[: data.rfind(b"\n") + 1]
        for n, raw in enumerate(complete.splitlines()):
            if not raw.strip():
                continue
            try:
                self._apply_line(json.loads(raw.decode("utf-8")))
            except (ValueError, RegistryError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
                log.error("entities_overlay_bad_line file=%s error=%s", self.overlay_path, str(exc).replace('"', "'"))
        self._offset += len(complete)
        return len(data) - len(complete)

    def _sync(self) -> None:
        """Catch up with lines other processes appended (a shorter file means it was replaced)."""
        path = self.overlay_path
        with self._lock:
            try:
                st = path.stat()
            except (OSError, AttributeError):
                return
            if st.st_size < self._offset:
                self._overlay, self._by_id, self._offset = {}, dict(self._base), 0
                self._lookup_index = None
            self._stamp = (st.st_size, st.st_mtime_ns)
            try:
                with open(path, "rb") as fh:
                    self._read_tail(fh)
            except OSError as exc:
                log.error("entities_overlay_unreadable file=%s error=%s", path, exc)

    def refresh(self, force: bool = False, now: bool = False) -> bool:
        """Read what other processes added to the overlay; True if the file had changed.

        Looks at the file at most every REFRESH_SECONDS unless `now` (an unknown id) or `force`.
        """
        if self.overlay_path is None:
            return False
        clock = time.monotonic()
        if not (force or now) and clock - self._checked_at < self.REFRESH_SECONDS:
            return False
        self._checked_at = clock
        try:
            st = self.overlay_path.stat()
        except OSError:
            return False
        if (st.st_size, st.st_mtime_ns) == self._stamp and not force:
            return False
        self._sync()
        return True

    # -- reading -------------------------------------------------------------------------------

    def __iter__(self):
        self.refresh()
        return iter(list(self._by_id.values()))

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, entity_id: str) -> bool:
        return self.get(entity_id) is not None

    def get(self, entity_id: str) -> Entity | None:
        e = self._by_id.get(entity_id)
        if e is None and self.refresh(now=True):
            e = self._by_id.get(entity_id)
        return e

    def of_type(self, etype: str) -> list[Entity]:
        return [e for e in self if e.type == etype]

    def label(self, entity_id: str, lang: str | None = None) -> str:
        """The entity's (or place's: ids "place:...") label in `lang`."""
        if entity_id.startswith("place:"):
            return self.places.label(entity_id, lang)
        e = self.get(entity_id)
        return e.label(lang) if e else entity_id

    def learned(self) -> list[Entity]:
        """Entities from the overlay: machine-made and editor-corrected."""
        self.refresh()
        return list(self._overlay.values())

    def evidence(self, entity_id: str) -> set[str]:
        """The "article-id@site" sightings of a learned entity."""
        return set(self._seen.get(entity_id, ()))

    def trusted(self, entity: Entity) -> bool:
        """May this entity be used to read other articles? Curated and edited ones always; a learned
        one after MIN_ARTICLES articles or MIN_SITES sites, so one odd page cannot teach a name."""
        if entity.origin != "machine":
            return True
        seen = self._seen.get(entity.id, ())
        return len(seen) >= MIN_ARTICLES or len({s.partition("@")[2] for s in seen}) >= MIN_SITES

    def note_seen(self, entity_id: str, where: str, persist: bool) -> None:
        """Record that a learned entity was found in article `where` ("article-id@site")."""
        entity = self._by_id.get(entity_id)
        if entity is None or entity.origin != "machine" or where in self._seen.get(entity_id, ()):
            return
        self._seen.setdefault(entity_id, set()).add(where)
        self.version += 1
        if persist and self.overlay_path is not None:
            try:
                self._append_lines([{"id": entity_id, "seen": where}])
            except OSError as exc:
                log.error("entities_overlay_not_saved id=%s error=%s", entity_id, str(exc).replace('"', "'"))

    def forget(self, entity_ids: list[str]) -> dict:
        """Undo learned entities (operator review): they leave every later extraction."""
        forgotten, kept = [], []
        for eid in entity_ids:
            e = self.get(eid)
            (forgotten if e is not None and e.origin == "machine" else kept).append(eid)
        if forgotten:
            if self.overlay_path is None:
                for eid in forgotten:
                    self._forget(eid)
            else:
                self._append_lines([{"id": eid, "forgotten": True} for eid in forgotten])
        return {"forgotten": forgotten, "not_learned": kept}

    def known_words(self, languages: LanguageRegistry | None = None) -> KnownWords:
        """`known(word, lang)`: is the (lower-case) word a word of an entity name in `lang`? What
        wrong-layout repair of queries adds to its own vocabulary (lang.keyboard.repair_layout's
        `known`). Built on first use, once per language registry."""
        languages = resolve(languages)
        with self._lock:
            known = self._known_words.get(languages)
            if known is None:
                known = self._known_words[languages] = known_words(self._name_words(languages), languages)
        return known

    def _name_words(self, languages: LanguageRegistry) -> dict[str, set[str]]:
        vocab: dict[str, set[str]] = {}
        for entity in self:
            for lang, label in entity.labels.items():
                vocab.setdefault(lang, set()).update(w.lower() for w in re.findall(r"\w+", label))
            for alias in entity.aliases:
                script = languages.source.code if alias.isascii() else languages.spelling_language(alias).code
                vocab.setdefault(script, set()).update(w.lower() for w in re.findall(r"\w+", alias))
        return vocab

    # -- writing (overlay only; the package file is edited by hand) ------------------------------

    def add(self, entity: Entity) -> Entity:
        """Add an entity in memory only (kept if the id exists). Returns the entity under that id."""
        with self._lock:
            existing = self._by_id.get(entity.id)
            if existing is not None:
                return existing
            self._by_id[entity.id] = entity
            self._index_changed(entity, replaced=False)
            self.version += 1
            return entity

    def learn(self, entity: Entity) -> Entity:
        """Add a machine-found entity and append it to the overlay (never over an existing id)."""
        entity.origin = "machine"
        if self.overlay_path is None:
            return self.add(entity)
        try:
            self._append([entity])
        except OSError as exc:  # keep extracting; the entity stays in memory
            log.error("entities_overlay_not_saved id=%s error=%s", entity.id, str(exc).replace('"', "'"))
            return self.add(entity)
        return self._by_id.get(entity.id, entity)

    @contextmanager
    def _file_lock(self):
        import fcntl

        assert self.overlay_path is not None
        self.overlay_path.parent.mkdir(parents=True, exist_ok=True)
        with open(str(self.overlay_path) + ".lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _append_lines(self, records: list[dict]) -> None:
        """Append sightings or undos to the journal under the lock; they apply as they are read."""
        with self._lock, self._file_lock(), open(self.overlay_path, "a+b") as fh:
            if self._read_tail(fh):
                fh.write(b"\n")
                fh.flush()
                self._read_tail(fh)
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n")
            fh.flush()
            self._read_tail(fh)
            st = os.fstat(fh.fileno())
            self._stamp = (st.st_size, st.st_mtime_ns)

    def _append(self, entities: list[Entity]) -> None:
        """Append journal lines under the lock, after catching up with other writers."""
        with self._lock, self._file_lock(), open(self.overlay_path, "a+b") as fh:
            if self._read_tail(fh):
                fh.write(b"\n")  # end a killed writer's half line so ours starts clean
                fh.flush()
                self._read_tail(fh)
            lines = [e for e in entities if e.origin == "editor" or (e.id not in self._by_id)]
            for e in lines:
                fh.write(json.dumps(e.to_dict(), ensure_ascii=False).encode("utf-8") + b"\n")
            fh.flush()
            self._read_tail(fh)
            st = os.fstat(fh.fileno())
            self._stamp = (st.st_size, st.st_mtime_ns)

    def import_corrections(self, entities: list[Entity]) -> dict:
        """Editor corrections: labels/aliases that win over machine labels and survive reindexing."""
        corrected, unchanged = [], 0
        for e in entities:
            current = self.get(e.id)
            if current is not None and current.labels == e.labels and current.aliases == e.aliases \
                    and current.type == e.type:
                unchanged += 1
                continue
            if current is not None and current.type != e.type:
                raise RegistryError(f"entity {e.id!r}: type {e.type!r} differs from {current.type!r}; "
                                    "give a new entity a new id")
            e.machine_labels = False
            e.origin = "editor"
            if current is not None:
                e.parent = e.parent or current.parent
                e.context_aliases = e.context_aliases or current.context_aliases
            corrected.append(e)
        if corrected:
            if self.overlay_path is None:
                raise RegistryError("no overlay file to keep corrections in")
            self._append(corrected)
        return {"corrected": [e.id for e in corrected], "unchanged": unchanged}

    # -- lookup: query text -> entity ids ------------------------------------------------------

    def _build_lookup(self) -> "_LookupIndex":
        index = _LookupIndex()
        for e in self._by_id.values():
            index.add(e)
        return index

    def lookup(self, text: str) -> list[tuple[str, str]]:
        """[(entity id, matched form in `text`)] for names in a query, any script or case form.

        Longest match first, left to right: "Aliaksandr Lukashenka", "Лукашэнкам", "ОДКБ",
        "Collective Security Treaty Organization". A surname alone resolves when it is long enough
        to be distinctive or is spelled exactly as a known surname; a first name alone does not.
        """
        self.refresh()
        if self._lookup_index is None:
            with self._lock:
                self._lookup_index = self._build_lookup()
        index = self._lookup_index
        persons, surnames, surface, orgs, longest = index.persons, index.surnames, index.surface, index.orgs, index.longest
        toks = tokens(text)
        pkeys = [name_key(t) for t, _, _ in toks]  # each token's keys once, whatever the window
        okeys = [None if t.lower() in _ORG_STOP else _org_token_key(t) for t, _, _ in toks]
        out: list[tuple[str, str]] = []
        seen: set[str] = set()
        i = 0
        while i < len(toks):
            matched = 0
            for n in range(min(longest, len(toks) - i), 0, -1):
                window = toks[i:i + n]
                form = text[window[0][1]:window[-1][2]]
                ids: list[str] = list(persons.get(tuple(pkeys[i:i + n]), {})) if n <= 4 else []
                if not ids:
                    okey = tuple(k for k in okeys[i:i + n] if k is not None)
                    if okey and okeys[i] is not None and okeys[i + n - 1] is not None:
                        ids = list(orgs.get(okey, {}))
                if not ids and n == 1:
                    word = window[0][0]
                    key = name_key(word)
                    cands = surnames.get(key, {})
                    if cands and (len(key) >= _MIN_SURNAME_KEY
                                  or any(f.lower() in surface for f in strip_case_ending(word))):
                        ids = list(cands)[:1]  # a bare surname means its best-known bearer (registry order)
                if ids:
                    for eid in ids:
                        if eid not in seen:
                            seen.add(eid)
                            out.append((eid, form))
                    matched = n
                    break
            i += matched or 1
        return out
