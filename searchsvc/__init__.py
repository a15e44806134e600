"""searchsvc: multilingual (English, Russian, Belarusian) search over Belarusian regional news.

Data flow, one package per stage:

    ingest/       raw page (text, HTML, JSON Lines) -> Article
    entities/     Article -> canonical persons / organizations (en/ru/be labels)
    translation/  Article -> Russian and Belarusian title + body (Argos, cached)
    lang/         per-language analysis, stemmers, transliteration, detection
    index/        Article -> documents in atomic generations under indexes/ (through engines/)
    engines/      the index engine interface; engines/whoosh/ is the only Whoosh user
    search/       query -> hits, facets, snippets, suggestions
    web/          Starlette application (JSON API and search page)
    cli.py        the `searchsvc` command
"""

__version__ = "0.1.0"
