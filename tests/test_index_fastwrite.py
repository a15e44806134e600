"""Index build speedups must not change what is indexed or how text is analysed.

- searchsvc.engines.whoosh.fastwrite (Whoosh's per-posting write steps, patched) with the language
  analyzers: an index holds the same terms, term statistics, postings, field lengths and stored
  fields as one written by Whoosh's own code with the old analyzer chain
  (RegexTokenizer | LowercaseFilter | StopFilter | StemFilter).
- searchsvc.engines.whoosh.analysis.LanguageAnalyzer: token for token what the old chain gave, for
  indexing and query modes, and the same term positions from its indexing fast path.
"""

from __future__ import annotations

import pickle
import random

import pytest
from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter, StopFilter

from searchsvc.article import Article, Source, Translation
from searchsvc.entities import EntityRegistry
from searchsvc.entities.registry import Entity
from searchsvc.engines.whoosh import engine as whoosh_engine
from searchsvc.engines.whoosh import fastwrite
from searchsvc.engines.whoosh.analysis import whoosh_analyzer
from searchsvc.index import IndexStore, write_generation
from searchsvc.lang import analysis
from searchsvc.languages import default_languages

WORDS = {
    "en": "the minister of health opened a new hospital in Minsk and said that the region will build schools "
          "roads bridges Volfovich Lukashenko district committee harvest grain farmers the of and".split(),
    "ru": "министр здравоохранения открыл новую больницу в Минске и сказал что область построит школы дороги "
          "мосты Вольфовичем Лукашенко районный исполком урожай зерна аграрии и в на".split(),
    "be": "міністр аховы здароўя адкрыў новую бальніцу ў Мінску і сказаў што вобласць пабудуе школы дарогі "
          "масты Вальфовіч Лукашэнка раённы выканкам ураджай збожжа аграрыі аб'ява сям’я і ў на".split(),
}


def _text(rng, lang, n):
    return " ".join(rng.choice(WORDS[lang]) for _ in range(n)).capitalize() + "."


def _articles(n=320):
    # >128 documents share the common words, so posting lists span several blocks
    rng = random.Random(7)
    out = []
    for i in range(n):
        site = f"Site {i % 9}"
        out.append(Article(
            id=f"a{i}", title=_text(rng, "en", 6), body=_text(rng, "en", 40), site=site,
            published=f"2024-0{1 + i % 9}-1{i % 10}", published_time=f"{i % 24:02d}:{i % 60:02d}",
            sources=[Source(site=site)], persons=["volfovich"] if i % 3 else [],
            organizations=["minzdrav"] if i % 4 == 0 else [],
            translations={} if i % 5 == 0 else {
                "ru": Translation(_text(rng, "ru", 6), _text(rng, "ru", 40), "premade"),
                "be": Translation(_text(rng, "be", 6), _text(rng, "be", 40), "premade")}))
    return out


def _registry():
    return EntityRegistry([
        Entity(id="volfovich", type="person", labels={"en": "Alexander Volfovich", "ru": "Александр Вольфович"}),
        Entity(id="minzdrav", type="organization", labels={"en": "Ministry of Health", "ru": "Минздрав"}),
    ])


def _contents(index_dir):
    """Everything a search can read from the index, in a comparable form."""
    _name, engine_index = IndexStore(index_dir).open_live()
    ix = engine_index.whoosh
    with ix.reader() as reader:
        stored = list(reader.all_stored_fields())
        terms = {}
        for fieldname, text in reader.all_terms():
            info = reader.term_info(fieldname, text)
            m = reader.postings(fieldname, text)
            postings = []
            while m.is_active():
                postings.append((m.id(), m.weight(), m.value()))
                m.next()
            terms[(fieldname, text)] = (info.weight(), info.doc_frequency(), info.min_length(),
                                        info.max_length(), info.max_weight(), postings)
        names = [n for n in ix.schema.names() if ix.schema[n].scorable]
        lengths = {(n, d): reader.doc_field_length(d, n) for n in names for d in range(reader.doc_count_all())}
        totals = {n: reader.field_length(n) for n in names}
    ix.close()
    return stored, terms, lengths, totals


@pytest.mark.parametrize("limit_mb", [256, 1], ids=["in-memory", "spilled-runs"])
def test_fast_build_writes_the_same_index(tmp_path, monkeypatch, limit_mb):
    # 1 MB: the writer's posting pool spills ~20 sorted run files and merges them at commit
    monkeypatch.setattr(whoosh_engine, "WRITER_LIMIT_MB", limit_mb)
    articles, registry = _articles(), _registry()
    assert fastwrite.install(), "fastwrite is written against the installed Whoosh version"
    write_generation(IndexStore(tmp_path / "fast"), articles, registry, procs=1)
    fastwrite.uninstall()
    try:
        with monkeypatch.context() as m:
            m.setattr(whoosh_engine, "whoosh_analyzer",
                      lambda a: _old_chain_of(a) if a.kind == "stemmed" else whoosh_analyzer(a))
            write_generation(IndexStore(tmp_path / "whoosh"), articles, registry, procs=1)
    finally:
        fastwrite.install()
    fast, plain = _contents(tmp_path / "fast"), _contents(tmp_path / "whoosh")
    assert len(fast[0]) == len(articles)
    assert any(len(v[5]) > 128 for v in fast[1].values())  # multi-block posting lists were written
    assert fast == plain


def _old_chain(lang):
    language = default_languages()[lang]
    chain = RegexTokenizer(analysis.TOKEN_PATTERN) | LowercaseFilter()
    chain = chain | StopFilter(stoplist=language.stopwords, minsize=1)
    return chain | StemFilter(stemfn=language.stem, cachesize=None)


def _old_chain_of(text_analysis):
    lang = next(lang.code for lang in default_languages() if lang.stem is text_analysis.stem)
    return _old_chain(lang)


KWARGS = [{}, {"mode": "query"}, {"positions": True, "chars": True, "mode": "index"},
          {"removestops": False, "positions": True, "chars": True}, {"tokenize": False},
          {"tokenize": False, "removestops": False}, {"positions": True, "start_pos": 5, "start_char": 3}]


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_composed_filter_analyses_like_the_old_chain(lang):
    rng = random.Random(lang)
    texts = [_text(rng, lang, 30) for _ in range(20)] + ["", "   ", "The", "И В", "Ў", "аб'ява СЯМ’Я Ўрад"]
    texts += [t.upper() for t in texts]
    new = pickle.loads(pickle.dumps(whoosh_analyzer(analysis.analysis(default_languages()[lang]))))  # as unpickled from an index's schema
    old = _old_chain(lang)

    def seen(tokens):
        return [(t.text, t.stopped, getattr(t, "pos", None), getattr(t, "startchar", None),
                 getattr(t, "endchar", None)) for t in tokens]

    for text in texts:
        for kwargs in KWARGS:
            assert seen(new(text, **kwargs)) == seen(old(text, **kwargs)), (text, kwargs)
        positions = {}
        for t in old(text, positions=True, mode="index"):
            positions.setdefault(t.text, []).append(t.pos)
        assert new.term_positions(text) == positions, text
        assert list(new.term_positions(text)) == list(positions)  # order of first occurrence
