"""Query text -> a QueryPlan: one query tree (engines/query.py) plus what each part of it means.

Plain mode (the public search box) never errors: the text is truncated, split into words and
each word is looked for along every route to an article, whatever the article's language:

    source           the word in the English title/body
    translation      the word in the Russian/Belarusian title/body (when translated)
    entity           a registry person/organization the query names (any script, case form), a
                     place it names that the article lists, a word of the article's entity names
    transliteration  the word's script-independent name key in the article's proper names (and its
                     related shapes: a place's adjective, -ić as -ич), an unknown Cyrillic name's
                     Latin spellings the English text has, and a Latin name's Cyrillic spellings
                     the Russian/Belarusian text has (search/names.py)
    glossary         English topic terms for a Russian/Belarusian word
    layout           any of the above for the text retyped in the other keyboard layout

Advanced mode adds "phrases", AND/OR/NOT (and -word), (groups), field:value (title, body,
person, org, site, title_ru, body_be, ...), prefix* and fuzzy~ / fuzzy~2 terms with capped
expansion; a malformed query raises QueryError naming what is wrong and where.

>>> plan = plain_plan("Вольфовичем", reader, registry)
>>> plan.query_lang, plan.entities
('ru', ['aleksandr-volfovich'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..engines import query as Q

from ..facets import EntityFacet, FacetRegistry, ValuesFacet, default_facets
from ..index.schema import NAME_KEYS_FIELD, TEXT_PARTS, TITLE_WORDS_FIELD, text_field
from ..languages import LanguageRegistry, resolve
from . import routing
from .errors import QueryError
from ..lang.declension import nominatives
from ..lang.translit import is_cyrillic
from .names import CyrillicSpellings, LatinNames, PlaceNames
from .scoring import terms_within
from .typos import max_typos

MAX_WORDS = 24  # plain mode: later words are ignored (bounded cost)
# Advanced mode: the postings one prefix* or fuzzy~ term's expansions may read in all (AdvancedParser
# _expanded; the setting max_expansion_postings). docs/benchmarks.md "Eighth pass" measured it
MAX_EXPANSION_POSTINGS = 400_000
# An article annotated with the entity the query names outranks one that only mentions a word
# of the query: a constant score, because BM25 over a short id list only measures list length.
ENTITY_SCORE = 6.0
# A place the query names (the place registry: any script and case form) and the article lists: weaker
# evidence than a person or company (a story names several places), but the one route that joins an
# English place name to a Russian/Belarusian page whatever the name's spelling there ("Rechitsa" and
# "Рэчыцкае піва", a key too short to be evidence)
PLACE_SCORE = 4.0
NAME_SCORE = 1.5  # a word of one of the article's entity names (any script)
# A name key matches proper names in any script but is a looser signal than the word itself:
# when the source text matches, the source route should decide the order.
NAME_KEY_WEIGHT = 0.55
# A name key is a loose skeleton (Putin, Patten and Paton share 'p*t*n'): it is evidence only with
# this many consonants (kr*m*n*vsk), and not for a word the registry or the glossary already reads
MIN_KEY_CONSONANTS = 4
# A related shape of the name (routing.related_keys: Pruzhany -> Пружанскі, Jovanovic -> Ёванавіч):
# the same name as likely as not, so a little below the key itself
RELATED_KEY_WEIGHT = 0.9
# A glossary term is a translation of a topic word, not the word: in a big archive a common English
# word in a title (BM25 ~15-20) must not outweigh the entity the query names (ENTITY_SCORE)
GLOSSARY_WEIGHT = 0.35
# An acronym the registry knows (ЕАЭС, EAEU, CSTO): the articles annotated with its entity come
# first; the same letters anywhere else (a company's title, another body's initials) score this
# constant, however rare the letters (BM25 would put a rare word in a title above any annotation)
ACRONYM_TEXT_SCORE = 2.0
# An unknown Cyrillic name's spelling in the English text (search/names.py): checked evidence, but a
# guess at the nominative, so below the word itself and below an entity annotation
SPELLED_NAME_WEIGHT = 0.6
# A corrected word (one edit) weighs this much of the word itself, two edits less: an article with
# the word as typed, when there is one, outranks its near neighbours.
TYPO_WEIGHT = {1: 0.7, 2: 0.5}
# Russian/Belarusian noun and surname case endings (longest first), for matching a mistyped name
# in a case form against the base forms entity names are indexed in
_CASE_ENDINGS = ("ого", "ому", "ага", "аму", "ым", "ім", "ем", "ом", "ам", "ой", "ай", "ую", "а", "у", "е", "ы", "і")
VIAS = ("source", "translation", "entity", "transliteration", "glossary", "layout")


@dataclass
class QueryPlan:
    query: Q.Query | None  # None: match every article (empty query)
    query_lang: str
    languages: LanguageRegistry = field(default=None, repr=False)  # None: default_languages()
    components: dict[tuple[str, ...], list[Q.Query]] = field(default_factory=dict)
    stems: dict[str, set[str]] = field(default_factory=dict)  # language code -> query stems
    name_keys: set[str] = field(default_factory=set)
    entities: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    repaired: str | None = None
    corrected: list[str] = field(default_factory=list)  # words matched through near terms (typos)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.languages = resolve(self.languages)
        for lang in self.languages.codes:
            self.stems.setdefault(lang, set())

    def add(self, via: tuple[str, ...], q: Q.Query) -> Q.Query:
        self.components.setdefault(via, []).append(q)
        return q



_TOKEN_CACHE: dict[tuple, list[str]] = {}


def _tokens(reader, fieldname: str, text: str, languages: LanguageRegistry | None = None) -> list[str]:
    """The field's analyzer applied to query text (cached: a registry's analyzers are fixed)."""
    key = (languages, fieldname, text)
    toks = _TOKEN_CACHE.get(key)
    if toks is None:
        toks = reader.analyze(fieldname, text)
        if len(_TOKEN_CACHE) > 100_000:
            _TOKEN_CACHE.clear()
        _TOKEN_CACHE[key] = toks
    return toks


def _translated_langs(query_lang: str, languages: LanguageRegistry) -> list[tuple[str, float]]:
    """Translated fields to search: the query's language first; the other ones (ru<->be are close
    and short queries are ambiguous) at half weight."""
    if query_lang == languages.source.code:
        return []
    return [(query_lang, 1.0)] + [(lang, 0.5) for lang in languages.target_codes if lang != query_lang]


class PlanBuilder:
    """Builds the routes for words of one query language into a plan."""

    def __init__(self, reader, registry, plan: QueryPlan, via_prefix: tuple[str, ...] = (), boost: float = 1.0,
                 typos=None, max_expansions: int = 64, facets: FacetRegistry | None = None):
        """`typos`: a TypoIndex of the reader (search/typos.py), or None for no typo tolerance."""
        self.reader, self.registry, self.plan = reader, registry, plan
        self.via_prefix, self.boost = via_prefix, boost
        self.typos, self.max_expansions = typos, max_expansions
        self._fuzzy = False  # the word being routed has no postings: look for near terms instead
        # entity type -> the index field of its facet: where an entity the query names is looked up
        self.entity_fields = (facets if facets is not None else default_facets()).entity_fields()
        self.languages = plan.languages
        self.source = plan.languages.source.code
        self.latin_names = LatinNames(reader, plan.languages, typos,
                                      analyze=lambda f, text: _tokens(reader, f, text, plan.languages))
        self.cyrillic_names = CyrillicSpellings(reader, plan.languages, typos,
                                                analyze=lambda f, text: _tokens(reader, f, text, plan.languages))

    def via(self, name: str) -> tuple[str, ...]:
        return (*self.via_prefix, name)

    def _field_terms(self, lang: str, word: str, parts=TEXT_PARTS, weight: float = 1.0) -> list[Q.Query]:
        out = []
        for part in parts:
            fname = text_field(part, lang)
            toks = _tokens(self.reader, fname, word, self.plan.languages)
            for tok in toks:
                self.plan.stems[lang].add(tok)
                out.append(Q.Term(fname, tok, boost=weight * self.boost))
                out += self._near_terms(fname, tok, word, weight)
            for tok in self._nominative_terms(fname, lang, word, toks):
                self.plan.stems[lang].add(tok)
                out.append(Q.Term(fname, tok, boost=weight * self.boost))
        return out

    def _nominative_terms(self, fname: str, lang: str, word: str, toks) -> list[str]:
        """Terms of `fname` for the nominatives a declined unknown name may come from
        ("Ордабаевым" -> "Ордабаев", whose stem the stemmer cuts differently): exact matches, not
        typos. Only for a word with no postings of its own (a name the archive knows as typed needs none)."""
        language = self.languages.get(lang)
        if not self._fuzzy or language is None or not language.name_cases or not is_cyrillic(word):
            return []
        out = []
        for form in nominatives(word, language)[1:]:
            for tok in _tokens(self.reader, fname, form, self.plan.languages):
                if tok not in toks and tok not in out and self.reader.doc_frequency(fname, tok):
                    out.append(tok)
        return out

    def _near_terms(self, fname: str, tok: str, word: str, weight: float) -> list[Q.Query]:
        """Index terms one or two edits from `tok` (the word has no postings anywhere), weighed
        below an exact match; at most max_expansions per field."""
        if not self._fuzzy:
            return []
        out = []
        for term, dist, _df in self.typos.near(fname, tok, max_typos(word), self.max_expansions):
            out.append(Q.Term(fname, term, boost=weight * self.boost * TYPO_WEIGHT[dist]))
        return out

    def _nominative_names(self, word: str, lang: str, tok: str) -> list[str]:
        """Entity-name terms of the nominatives `word` may come from in `lang`."""
        language = self.languages.get(lang)
        if language is None or not language.name_cases:
            return []
        return [t for form in nominatives(word, language)[1:]
                for t in _tokens(self.reader, "entity_names", form, self.plan.languages)
                if t != tok and self.reader.doc_frequency("entity_names", t)]

    def _near_names(self, tok: str, word: str) -> list[tuple[str, int]]:
        """Entity-name terms near `tok`: names are indexed in their base form, so a Cyrillic case
        ending is taken off first ("Вольфовчем" -> "вольфовч" -> "вольфович")."""
        forms = [tok] + [tok[: -len(e)] for e in _CASE_ENDINGS if tok.endswith(e) and len(tok) - len(e) >= 4]
        found: dict[str, int] = {}
        for form in forms:
            for t, d, _df in self.typos.near("entity_names", form, max_typos(word), self.max_expansions):
                found[t] = min(d, found.get(t, d))
        return sorted(found.items(), key=lambda td: td[1])[: self.max_expansions]

    def _unknown(self, word: str, query_lang: str) -> bool:
        """True when no field any route of `word` reads has a posting for it (typo candidate)."""
        if self.typos is None or max_typos(word) == 0 or routing.latin_code(word):
            return False
        langs = [lang for lang, _w in _translated_langs(query_lang, self.languages)]
        if not is_cyrillic(word):
            langs.append(self.source)
        fields = [text_field(part, lang) for lang in langs for part in TEXT_PARTS] + ["entity_names"]
        for fname in fields:
            if not self.reader.has_field(fname):
                continue
            for tok in _tokens(self.reader, fname, word, self.plan.languages):
                if self.reader.doc_frequency(fname, tok):
                    return False
        return True

    def _route(self, routes: list, via: str, terms: list[Q.Query]) -> None:
        """One route of a word: its fields' scores add up (BM25F-like); registered for matched_via."""
        if terms:
            routes.append(self.plan.add(self.via(via), Q.Or(terms) if len(terms) > 1 else terms[0]))

    def word_routes(self, word: str, query_lang: str, glossary: dict[str, list[str]]) -> Q.Query | None:
        """Every route for one word, as a DisjunctionMax: its best route counts most."""
        return self.unit_routes((word,), query_lang, glossary.get(word, ()))

    def _own_routes(self, word: str, query_lang: str, glossed: bool = False) -> list[Q.Query]:
        """A word's routes other than the glossary: source, translation, entity names, name key."""
        routes: list[Q.Query] = []
        self._fuzzy = not glossed and self._unknown(word, query_lang)
        if self._fuzzy:
            self.plan.corrected.append(word)
        try:
            self._word_routes(routes, word, query_lang, glossed)
        finally:
            self._fuzzy = False
        return routes

    def _evidence_keys(self, word: str, key: str, glossed: bool) -> list[str]:
        """The name keys of `word` that are evidence: long skeletons of a word nothing else reads (a
        topic word has the glossary, a registry name its entity, a short skeleton matches too many
        names). The name's other shapes count on their own length: a short town's adjective is a long
        skeleton ("Rechitsa" r*C*t is no evidence, its adjective "Рэчыцкае" r*C*tk is)."""
        if glossed or routing.lookup_entities(self.registry, word):
            return []
        return [k for k in (key, *routing.related_keys(word)) if _consonants(k) >= MIN_KEY_CONSONANTS]

    def _word_routes(self, routes: list, word: str, query_lang: str, glossed: bool = False) -> None:
        if not is_cyrillic(word):  # the source text is English: a Cyrillic word is not in it
            self._route(routes, "source", self._field_terms(self.source, word))
        elif code := routing.latin_code(word):  # М1 typed in Cyrillic is the road M1
            self._route(routes, "source", self._field_terms(self.source, code))
        translated = []
        for lang, weight in _translated_langs(query_lang, self.languages):
            translated += self._field_terms(lang, word, weight=weight)
        self._route(routes, "translation", translated)
        names = []
        for tok in _tokens(self.reader, "entity_names", word, self.plan.languages):
            names.append(Q.ConstantScore(Q.Term("entity_names", tok), NAME_SCORE * self.boost))
            # names are indexed in their base form: a declined name ("Бялянскай") is its nominative
            for lang in {query_lang, self.languages.spelling_language(word).code} if is_cyrillic(word) \
                    and not self.reader.doc_frequency("entity_names", tok) else ():
                names += [Q.ConstantScore(Q.Term("entity_names", t), NAME_SCORE * self.boost)
                          for t in self._nominative_names(word, lang, tok)]
            if self._fuzzy:
                names += [Q.ConstantScore(Q.Term("entity_names", t), NAME_SCORE * self.boost * TYPO_WEIGHT[d])
                          for t, d in self._near_names(tok, word)]
        self._route(routes, "entity", names)
        key = routing.name_key(word) if len(word) >= 4 else None
        if key and (keys := self._evidence_keys(word, key, glossed)):
            # the name's other shapes (a place's adjective, -ić as -ич) count once with it, a little lower
            self.plan.name_keys.update(keys)
            terms = [Q.Term(NAME_KEYS_FIELD, k, boost=NAME_KEY_WEIGHT * self.boost * (1.0 if k == key else RELATED_KEY_WEIGHT))
                     for k in keys]
            if len(terms) > 1:
                routes.append(self.plan.add(self.via("transliteration"), Q.DisjunctionMax(terms, tiebreak=0.1)))
            else:
                self._route(routes, "transliteration", terms)
        # an unknown Cyrillic name's spellings in the English text: a route of their own, so a word
        # found both ways counts about once (DisjunctionMax), below the word typed in English
        spelled = []
        for term, dist in (self.latin_names.terms(word, query_lang) if not glossed else ()):
            weight = SPELLED_NAME_WEIGHT * self.boost * (TYPO_WEIGHT[dist] if dist else 1.0)
            self.plan.stems[self.source].add(term)
            spelled += [Q.Term(text_field(part, self.source), term, boost=weight) for part in TEXT_PARTS]
        # a name typed in Latin letters, spelled in Cyrillic, in the Russian/Belarusian text
        for lang, term, dist in (self.cyrillic_names.terms(word, near=self._fuzzy) if not glossed else ()):
            weight = SPELLED_NAME_WEIGHT * self.boost * (TYPO_WEIGHT[dist] if dist else 1.0)
            self.plan.stems[lang].add(term)
            spelled += [Q.Term(text_field(part, lang), term, boost=weight) for part in TEXT_PARTS]
        self._route(routes, "transliteration", spelled)

    def _glossary_route(self, terms) -> Q.Query | None:
        """English terms of a word or phrase. One term counts, not the sum of all: a word glossed
        as "CEC, election commission, Central Election Commission" must not weigh three words (and
        "election" twice). A multi-word term matches when all its words do, scaled so that they
        weigh about one word."""
        glossed = []
        for term in terms:
            words = routing.WORD.findall(term)
            weight = GLOSSARY_WEIGHT / max(1, len(words)) ** 0.5
            per_word = [Q.Or(f) if len(f) > 1 else f[0] for w in words if (f := self._field_terms(self.source, w, weight=weight))]
            if per_word:
                # every word of a multi-word term: "Minsk Oblast" is not any article saying "oblast"
                glossed.append(Q.And(per_word) if len(per_word) > 1 else per_word[0])
        if not glossed:
            return None
        return self.plan.add(self.via("glossary"), Q.DisjunctionMax(glossed, tiebreak=0.1) if len(glossed) > 1 else glossed[0])

    def unit_routes(self, words: tuple[str, ...], query_lang: str, terms) -> Q.Query | None:
        """One query unit (a word, or the words of a glossary phrase): each word's own routes as a
        DisjunctionMax (its best route counts most), the words of a phrase summed, and the
        phrase's English terms as one more route."""
        per_word = []
        for word in words:
            # a word the glossary knows is a word, not a typo
            routes = self._own_routes(word, query_lang, glossed=bool(terms))
            if routes:
                per_word.append(Q.DisjunctionMax(routes, tiebreak=0.2) if len(routes) > 1 else routes[0])
        glossed = self._glossary_route(terms)
        if len(words) == 1:
            routes = per_word[0].subqueries if per_word and isinstance(per_word[0], Q.DisjunctionMax) else per_word
            routes = list(routes) + ([glossed] if glossed is not None else [])
        else:
            # a phrase is one concept: a story with every word of it counts it whole, a story with some
            # of its words ("завод" of "комбикормовый завод", a dairy's title) half
            own = (Q.Or([Q.Or(per_word, boost=0.5), Q.And(per_word, boost=0.5)]) if len(per_word) > 1
                   else per_word[0])
            routes = ([own] if per_word else []) + ([glossed] if glossed is not None else [])
        if not routes:
            return None
        return Q.DisjunctionMax(routes, tiebreak=0.2) if len(routes) > 1 else routes[0]

    def entity_terms(self, text: str, with_forms: bool = False) -> list:
        """Constant-score terms for the registry entities `text` names, of every type that has a
        facet ([(term, matched form)] with `with_forms`)."""
        out = []
        for eid, form in routing.lookup_entities(self.registry, text):
            entity = self.registry.get(eid)
            etype = entity.type if entity is not None else None
            if etype not in self.entity_fields or eid in self.plan.entities:
                continue
            self.plan.entities.append(eid)
            fname = self.entity_fields[etype]
            q = self.plan.add(self.via("entity"), Q.ConstantScore(Q.Term(fname, eid), ENTITY_SCORE * self.boost))
            out.append((q, form) if with_forms else q)
        return out

    def place_terms(self, units: list[tuple[str, ...]]) -> list[tuple[int, Q.Query]]:
        """[(index of the unit naming it, constant-score term)] for each place the query's units name
        (a town also means the district of its name, and back: "Petrikov", "Петриковский район")."""
        fname = self.entity_fields.get("place")
        places = getattr(self.registry, "places", None)
        if fname is None or places is None:
            return []
        named = PlaceNames(places, self.languages, self.reader,
                           analyze=lambda f, text: _tokens(self.reader, f, text, self.languages))
        out, seen = [], set()
        for i, unit in enumerate(units):
            for pid in named.find(unit):
                kind, _, slug = pid.rpartition(":")
                ids = [pid] + [other for k in ("place:by-town", "place:by-district")
                               if (other := f"{k}:{slug}") != pid and kind in ("place:by-town", "place:by-district")
                               and places.get(other) is not None]
                for place_id in ids:
                    if place_id in seen:
                        continue
                    seen.add(place_id)
                    q = Q.ConstantScore(Q.Term(fname, place_id), PLACE_SCORE * self.boost)
                    out.append((i, self.plan.add(self.via("entity"), q)))
        return out

    def _stopword(self, word: str, query_lang: str) -> bool:
        """A function word of the query's language or of the one its letters spell ("з", "в", "of"):
        no unit of its own (the registry still reads it inside a name: "Bank of America"); a word
        in capitals is an acronym ("US")."""
        if word.isupper() and len(word) > 1:
            return False
        low = word.lower()
        langs = {self.languages.get(query_lang), self.languages.spelling_language(word)}
        return any(lang is not None and low in lang.stopwords for lang in langs)

    def words_query(self, text: str, query_lang: str) -> Q.Query | None:
        words = list(dict.fromkeys(routing.WORD.findall(text)))[:MAX_WORDS]
        self.plan.words += words  # did-you-mean rewrites the query as typed
        words = [w for w in words if not self._stopword(w, query_lang)]
        units = [(unit, r) for unit, terms in routing.glossary_units(words, query_lang, self.languages)
                 if (r := self.unit_routes(unit, query_lang, terms)) is not None]
        # An entity the query names joins the unit of its first word, so that ranking counts
        # "Карпенко" once whether it matched as a name, a key or the annotated person.
        extra = []
        grouped: dict[int, list[Q.Query]] = {}
        acronyms: set[int] = set()
        for q, form in self.entity_terms(text, with_forms=True):
            form_words = {w.lower() for w in routing.WORD.findall(form)}
            at = next((i for i, (unit, _) in enumerate(units) if any(w.lower() in form_words for w in unit)), None)
            (grouped.setdefault(at, []) if at is not None else extra).append(q)
            if at is not None and _is_acronym(form) and len(units[at][0]) == 1:
                acronyms.add(at)
        for at, q in self.place_terms([unit for unit, _ in units]):
            grouped.setdefault(at, []).append(q)
        parts = [Q.Or([Q.ConstantScore(r, ACRONYM_TEXT_SCORE * self.boost) if i in acronyms else r, *grouped[i]])
                 if i in grouped else r for i, (_, r) in enumerate(units)] + extra
        if not parts:
            return None
        # scale: a document matching more of the query's units ranks above one matching a single
        # unit often
        return Q.Or(parts, scale=0.9) if len(parts) > 1 else parts[0]


def _consonants(key: str) -> int:
    return len(key) - key.count("*")


def _is_acronym(form: str) -> bool:
    """An entity name form that is letters in capitals: ЕАЭС, EAEU, CSTO (not "Minsk")."""
    return 2 <= len(form) <= 6 and form.isalpha() and form.isupper()


def _foreign_letters(text: str, languages: LanguageRegistry) -> bool:
    """Letters no registered language spells with (Ukrainian є in a ru/be/en index)."""
    known = set().union(*(lang.alphabet for lang in languages))
    return any(ch.isalpha() and ch not in known for ch in text.lower())


def normalise(text: str, max_chars: int) -> str:
    return " ".join(str(text or "")[:max_chars].split())


def plain_plan(text: str, reader, registry, max_chars: int = 512,
               languages: LanguageRegistry | None = None, typos=None, max_expansions: int = 64,
               facets: FacetRegistry | None = None) -> QueryPlan:
    """Plain mode: any string; never raises. `languages`: those of the index (default_languages());
    `typos`: the reader's TypoIndex for typo tolerance (None: words match as typed);
    `facets`: whose entity fields the entities a query names are looked up in (default_facets())."""
    text = normalise(text, max_chars)
    languages = resolve(languages)
    plan = QueryPlan(None, routing.detect_query_language(text, languages) if text else languages.source.code,
                     languages)
    if not text:
        return plan
    parts = []
    if typos is not None and _foreign_letters(text, languages):
        typos = None  # a query in a language the index does not know is foreign, not mistyped
    q = PlanBuilder(reader, registry, plan, typos=typos, max_expansions=max_expansions,
                    facets=facets).words_query(text, plan.query_lang)
    if q is not None:
        parts.append(q)
    repaired = routing.repair_layout(text, languages, registry)
    if repaired:
        plan.repaired = repaired
        lang = routing.detect_query_language(repaired, languages)
        q2 = PlanBuilder(reader, registry, plan, via_prefix=("layout",), boost=0.9,
                         facets=facets).words_query(repaired, lang)
        if q2 is not None:
            parts.append(q2)
    if parts:
        plan.query = Q.Or(parts) if len(parts) > 1 else parts[0]
    else:
        plan.query = Q.NOTHING  # only punctuation / stopwords: nothing matches
    return plan


# -- advanced mode ---------------------------------------------------------------------------

_LEX = re.compile(r'(?P<ws>\s+)|(?P<lp>\()|(?P<rp>\))|(?P<phrase>"[^"]*")|(?P<quote>")|(?P<neg>-(?=[^\s)-]))'
                  r'|(?P<field>[A-Za-z_]+):(?=\S)|(?P<word>[^\s()"]+)')
_FUZZY = re.compile(r"^(?P<word>.+?)~(?P<dist>\d*)$")
OPERATORS = {"AND", "OR", "NOT"}
# Parentheses nest by recursion (4 frames a level) and the evaluator walks the tree recursively too:
# ~245 levels hit Python's recursion limit. No real query nests deeper than a few levels.
MAX_NESTING = 32


def facet_fields(facets: FacetRegistry) -> dict[str, ValuesFacet]:
    """Field names a user types for a facet: its name and its CLI flag (person:, org:, site:)."""
    out = {f.name: f for f in facets.filters()}
    for facet in facets.filters():
        out.setdefault(facet.flag, facet)
    return out


def advanced_fields(languages: LanguageRegistry | None = None, facets: FacetRegistry | None = None) -> dict[str, str]:
    """field name a user types -> what it means."""
    names = {"title": "title (any language)", "body": "body text (any language)"}
    for name, facet in facet_fields(facets if facets is not None else default_facets()).items():
        names[name] = (f"{facet.description}: a name in any script, or the id" if isinstance(facet, EntityFacet)
                       else f"{facet.description} (exact)")
    for lang in resolve(languages).codes:
        for part in TEXT_PARTS:
            names[text_field(part, lang)] = f"{part} in {lang}"
    return names


@dataclass
class _Tok:
    kind: str
    text: str
    pos: int


def _lex(text: str) -> list[_Tok]:
    toks = []
    for m in _LEX.finditer(text):
        kind = m.lastgroup
        if kind == "ws":
            continue
        if kind == "quote":
            raise QueryError(f"unterminated quote at position {m.start() + 1}: add the closing \"")
        if kind == "word" and m.group() in OPERATORS:
            kind = m.group()
        toks.append(_Tok(kind, m.group(), m.start() + 1))
    return toks


class AdvancedParser:
    def __init__(self, text: str, reader, registry, plan: QueryPlan, max_expansions: int = 64,
                 max_clauses: int = 64, facets: FacetRegistry | None = None, vocabulary=None,
                 max_expansion_postings: int = MAX_EXPANSION_POSTINGS):
        """`vocabulary`: the reader's TypoIndex (search/typos.py) for fuzzy~ terms' near terms;
        None: the engine's own terms_within (slow: ~1 s per fuzzy~2 word on 20k articles).
        `max_expansions`, `max_expansion_postings`: what one prefix* or fuzzy~ term may expand
        to, in terms and in their postings (_expanded)."""
        self.text, self.reader, self.registry = text, reader, registry
        self.vocabulary = vocabulary
        self.plan, self.max_expansions, self.max_clauses = plan, max_expansions, max_clauses
        self.max_expansion_postings = max_expansion_postings
        self.toks = _lex(text)
        self.i = 0
        self.clauses = 0
        self.depth = 0
        facets = facets if facets is not None else default_facets()
        self.builder = PlanBuilder(reader, registry, plan, facets=facets)
        self.fields = advanced_fields(plan.languages, facets)
        self.facet_fields = facet_fields(facets)

    # token helpers
    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self) -> Q.Query:
        if not self.toks:
            raise QueryError("empty query")
        q = self.parse_or()
        tok = self.peek()
        if tok is not None:
            raise QueryError(f"unexpected {tok.text!r} at position {tok.pos}" +
                             (": no '(' to close" if tok.kind == "rp" else ""))
        return q

    def parse_or(self) -> Q.Query:
        items = [self.parse_and()]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in ("OR", "AND", "rp"):
                raise QueryError(f"OR at position {tok.pos} needs a term on its right")
            items.append(self.parse_and())
        return items[0] if len(items) == 1 else Q.Or(items)

    def parse_and(self) -> Q.Query:
        tok = self.peek()
        if tok is not None and tok.kind in ("AND", "OR"):
            raise QueryError(f"{tok.kind} at position {tok.pos} needs a term on its left")
        pos, neg = [], []
        while (tok := self.peek()) is not None and tok.kind not in ("OR", "rp"):
            if tok.kind == "AND":
                self.take()
                nxt = self.peek()
                if nxt is None or nxt.kind in ("OR", "AND", "rp"):
                    raise QueryError(f"AND at position {tok.pos} needs a term on its right")
                continue
            negated, q = self.parse_unary()
            (neg if negated else pos).append(q)
        if not pos and not neg:
            tok = self.peek()
            raise QueryError(f"expected a term at position {tok.pos if tok else len(self.text) + 1}")
        positive = (pos[0] if len(pos) == 1 else Q.And(pos)) if pos else Q.Every()
        if neg:
            return Q.AndNot(positive, neg[0] if len(neg) == 1 else Q.Or(neg))
        return positive

    def parse_unary(self) -> tuple[bool, Q.Query]:
        tok = self.peek()
        if tok.kind in ("NOT", "neg"):
            self.take()
            if self.peek() is None or self.peek().kind in ("OR", "AND", "rp", "NOT", "neg"):
                raise QueryError(f"{'NOT' if tok.kind == 'NOT' else '-'} at position {tok.pos} needs a term to exclude")
            return True, self.parse_primary(negated=True)
        return False, self.parse_primary()

    def parse_primary(self, fieldname: str | None = None, negated: bool = False) -> Q.Query:
        tok = self.peek()
        if tok is None:
            raise QueryError(f"query ends where a term was expected (position {len(self.text) + 1})")
        if tok.kind == "lp":
            self.take()
            if self.peek() is not None and self.peek().kind == "rp":
                raise QueryError(f"empty parentheses at position {tok.pos}")
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise QueryError(f"parentheses nested too deep at position {tok.pos}: "
                                 f"more than {MAX_NESTING} levels")
            saved = getattr(self, "_field", None)
            self._field = fieldname or saved
            q = self.parse_or()
            self._field = saved
            self.depth -= 1
            if self.peek() is None or self.peek().kind != "rp":
                raise QueryError(f"missing ')' for the '(' at position {tok.pos}")
            self.take()
            return q
        if tok.kind == "rp":
            raise QueryError(f"unexpected ')' at position {tok.pos}")
        if tok.kind == "field":
            self.take()
            name = tok.text[:-1]
            if name not in self.fields:
                raise QueryError(f"unknown field {name!r} at position {tok.pos}; known fields: "
                                 + ", ".join(sorted(self.fields)) + " (put text with ':' in quotes)")
            if fieldname is not None:
                raise QueryError(f"field {name!r} at position {tok.pos} inside another field")
            return self.parse_primary(fieldname=name, negated=negated)
        if tok.kind in OPERATORS:
            raise QueryError(f"{tok.kind} at position {tok.pos} where a term was expected")
        self.take()
        fieldname = fieldname or getattr(self, "_field", None)
        if tok.kind == "phrase":
            return self.phrase(tok, fieldname, negated)
        return self.word(tok, fieldname, negated)

    def _count(self, tok: _Tok, n: int = 1) -> None:
        self.clauses += n
        if self.clauses > self.max_clauses:
            raise QueryError(f"query too complex at position {tok.pos}: more than {self.max_clauses} terms")

    def _text_fields(self, fieldname: str | None) -> list[tuple[str, float]]:
        """Index fields (and weights) a term in `fieldname` searches."""
        languages = self.plan.languages
        langs = [(languages.source.code, 1.0)] + _translated_langs(self.plan.query_lang, languages)
        if fieldname in (None, "title", "body"):
            parts = TEXT_PARTS if fieldname is None else (fieldname,)
            return [(text_field(p, lang), w) for lang, w in langs for p in parts]
        return [(fieldname, 1.0)]

    def _via_for(self, fname: str) -> tuple[str, ...]:
        if fname == "entity_names":
            return ("entity",)
        return ("source",) if fname.endswith("_" + self.plan.languages.source.code) else ("translation",)

    def _note_stem(self, fname: str, term: str) -> None:
        lang = fname.rsplit("_", 1)[-1]
        if lang in self.plan.stems:
            self.plan.stems[lang].add(term)

    def entity_filter(self, tok: _Tok, facet: EntityFacet, value: str, negated: bool) -> Q.Query:
        etype = facet.name
        ids = []
        if self.registry.get(value) is not None:
            ids = [value]
        else:
            for eid, _ in routing.lookup_entities(self.registry, value):
                entity = self.registry.get(eid)
                if entity is not None and entity.type == etype and eid not in ids:
                    ids.append(eid)
        if not ids:
            # a valid query that names nobody we know: no matches, and say why
            self.plan.warnings.append(f"no {etype} matches {value!r}")
            return Q.Term(facet.field, value)
        qs = []
        for eid in ids:
            q = Q.ConstantScore(Q.Term(facet.field, eid), ENTITY_SCORE)
            if not negated:
                self.plan.entities.append(eid)
                self.plan.add(("entity",), q)
            qs.append(q)
        return qs[0] if len(qs) == 1 else Q.Or(qs)

    def phrase(self, tok: _Tok, fieldname: str | None, negated: bool) -> Q.Query:
        text = tok.text[1:-1].strip()
        if not text:
            raise QueryError(f"empty phrase at position {tok.pos}")
        self._count(tok)
        facet = self.facet_fields.get(fieldname)
        if isinstance(facet, EntityFacet):
            return self.entity_filter(tok, facet, text, negated)
        if facet is not None:
            return Q.Term(facet.field, text.replace(",", " "))
        alts = []
        for fname, weight in self._text_fields(fieldname):
            words = _tokens(self.reader, fname, text, self.plan.languages)
            if not words:
                continue
            q = Q.Phrase(fname, words, boost=weight) if len(words) > 1 else Q.Term(fname, words[0], boost=weight)
            if not negated:
                self.plan.stems[fname.rsplit("_", 1)[1]].update(words)
                self.plan.add(self._via_for(fname), q)
            alts.append(q)
        if fieldname is None and not negated:
            alts += self.builder.entity_terms(text)
        if not alts:
            return Q.NOTHING
        return Q.Or(alts) if len(alts) > 1 else alts[0]

    def word(self, tok: _Tok, fieldname: str | None, negated: bool) -> Q.Query:
        text = tok.text
        facet = self.facet_fields.get(fieldname)
        if isinstance(facet, EntityFacet):
            self._count(tok)
            return self.entity_filter(tok, facet, text, negated)
        if facet is not None:
            self._count(tok)
            return Q.Term(facet.field, text)
        if text.endswith("*"):
            return self.prefix(tok, fieldname, negated)
        if "*" in text or "?" in text:
            raise QueryError(f"wildcard in {text!r} at position {tok.pos}: only a trailing * (prefix) is supported")
        m = _FUZZY.match(text)
        if m:
            return self.fuzzy(tok, m.group("word"), m.group("dist"), fieldname, negated)
        if "~" in text:
            raise QueryError(f"bad fuzzy term {text!r} at position {tok.pos}: use word~ or word~2")
        self._count(tok)
        if fieldname is None:
            plan_before = self.plan.components
            if negated:  # excluded words must not count as routes for matched_via / highlights
                self.plan.components = {}
                saved_stems = {k: set(v) for k, v in self.plan.stems.items()}
            words = routing.WORD.findall(text)
            glossary = routing.english_terms([w.lower() for w in words], self.plan.query_lang, self.plan.languages)
            glossary = {w: glossary[w.lower()] for w in words if w.lower() in glossary}
            qs = [r for w in words if (r := self.builder.word_routes(w, self.plan.query_lang, glossary))]
            if negated:
                self.plan.components = plan_before
                self.plan.stems = saved_stems
            else:
                self.plan.words += words
            if not qs:
                return Q.NOTHING
            return qs[0] if len(qs) == 1 else Q.And(qs)
        alts = []
        for fname, weight in self._text_fields(fieldname):
            for t in _tokens(self.reader, fname, text, self.plan.languages):
                q = Q.Term(fname, t, boost=weight)
                if not negated:
                    self.plan.stems[fname.rsplit("_", 1)[1]].add(t)
                    self.plan.add(self._via_for(fname), q)
                alts.append(q)
        if not alts:
            return Q.NOTHING
        return Q.Or(alts) if len(alts) > 1 else alts[0]

    def _expanded(self, tok: _Tok, per_field: dict[str, list[tuple[str, int]]], negated: bool) -> Q.Query:
        """Capped expansion: the candidate terms over all fields, most frequent first, at most
        max_expansions of them and at most max_expansion_postings postings in all (a term that
        would pass that budget is left out, a smaller one after it may still fit; the most frequent
        is always searched). A query's cost is the postings it reads, and a 2-letter prefix's
        terms have more of them the bigger the archive: the budget bounds it whatever the size.
        What was left out is said in the plan's warnings (the answer's `warnings`)."""
        ranked = sorted(((df, fname, t) for fname, cands in per_field.items() for t, df in cands), reverse=True)
        if not ranked:
            return Q.NOTHING
        kept, postings = [], 0
        for df, fname, t in ranked[: self.max_expansions]:
            if kept and postings + df > self.max_expansion_postings:
                continue
            kept.append((fname, t))
            postings += df
        if len(kept) < len(ranked):
            self.plan.warnings.append(
                f"{tok.text}: {len(kept)} of the {len(ranked)} terms it matches searched, the most frequent first "
                f"(at most {self.max_expansions} terms and {self.max_expansion_postings:,} postings)")
        self._count(tok, max(1, len(kept) // 8))
        qs = []
        for fname, t in kept:
            q = Q.Term(fname, t)
            if not negated:
                self._note_stem(fname, t)
                self.plan.add(self._via_for(fname), q)
            qs.append(q)
        return Q.Or(qs) if len(qs) > 1 else qs[0]

    def prefix(self, tok: _Tok, fieldname: str | None, negated: bool) -> Q.Query:
        stem = tok.text[:-1].lower()
        if "*" in stem or "?" in stem or "~" in stem:
            raise QueryError(f"bad prefix {tok.text!r} at position {tok.pos}: only one trailing * is supported")
        if len(stem) < 2:
            raise QueryError(f"prefix {tok.text!r} at position {tok.pos} is too short: give at least 2 letters")
        reader = self.reader
        per_field = {}
        scan = self.max_expansions * 8  # bound the lexicon walk, not just the result
        # a bare prefix also completes the articles' entity names, in every script ("Лукаш*")
        names = [("entity_names", 1.0)] if fieldname is None else []
        for fname, _w in self._text_fields(fieldname) + names:
            per_field[fname] = reader.prefix_frequencies(fname, stem, scan)
        return self._expanded(tok, per_field, negated)

    def fuzzy(self, tok: _Tok, word: str, dist: str, fieldname: str | None, negated: bool) -> Q.Query:
        if dist and dist not in ("1", "2"):
            raise QueryError(f"fuzzy distance in {tok.text!r} at position {tok.pos} must be 1 or 2")
        maxdist = int(dist or 1)
        if len(word) < 3:
            raise QueryError(f"fuzzy term {tok.text!r} at position {tok.pos} is too short: give at least 3 letters")
        reader = self.reader
        cap = self.max_expansions * 8
        if self.vocabulary is not None:
            within = self.vocabulary.terms_within
        else:
            def within(fname, text, maxdist, limit):
                return terms_within(reader, fname, text, maxdist, limit=limit)
        # near words from the unstemmed title vocabulary, and near stems in each field: a typo
        # often changes the stem ("secruity" -> "secruiti" is 3 edits from the stem "secur")
        near_words = within(TITLE_WORDS_FIELD, word.lower(), maxdist, limit=cap)
        per_field = {}
        for fname, _w in self._text_fields(fieldname):
            toks = _tokens(self.reader, fname, word, self.plan.languages)
            cands = {}
            if toks:
                for t in within(fname, toks[0], maxdist, limit=cap):
                    cands[t] = reader.doc_frequency(fname, t)
            for w in near_words:
                for t in _tokens(self.reader, fname, w, self.plan.languages):
                    if t not in cands and (df := reader.doc_frequency(fname, t)):
                        cands[t] = df
            per_field[fname] = list(cands.items())
        return self._expanded(tok, per_field, negated)


def advanced_plan(text: str, reader, registry, max_chars: int = 512, max_expansions: int = 64,
                  languages: LanguageRegistry | None = None, facets: FacetRegistry | None = None,
                  vocabulary=None, max_expansion_postings: int = MAX_EXPANSION_POSTINGS) -> QueryPlan:
    """`vocabulary`: the reader's TypoIndex, for fuzzy~ terms (None: the engine's look-up)."""
    if len(text or "") > max_chars:
        raise QueryError(f"query is {len(text)} characters long; the limit is {max_chars}")
    text = " ".join((text or "").split())
    languages = resolve(languages)
    plan = QueryPlan(None, routing.detect_query_language(text, languages) if text else languages.source.code,
                     languages)
    if not text:
        return plan
    plan.query = AdvancedParser(text, reader, registry, plan, max_expansions=max_expansions,
                                facets=facets, vocabulary=vocabulary,
                                max_expansion_postings=max_expansion_postings).parse()
    return plan
