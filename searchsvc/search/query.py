"""Query text -> Whoosh query objects, with bounded cost."""

from __future__ import annotations

from whoosh import qparser
from whoosh.query import Query

from ..index.schema import TEXT_PARTS, text_field
from ..languages import LANGUAGES


def searched_fields() -> list[str]:
    return [text_field(p, l) for l in LANGUAGES for p in TEXT_PARTS] + ["entity_names"]


def plain_parser(schema) -> qparser.QueryParser:
    """Plain mode: words only. No wildcard, fuzzy, regex, range or field syntax from the public."""
    parser = qparser.MultifieldParser(searched_fields(), schema, group=qparser.OrGroup.factory(0.9))
    for plugin in (qparser.WildcardPlugin, qparser.FuzzyTermPlugin, qparser.RegexPlugin,
                   qparser.RangePlugin, qparser.FieldsPlugin, qparser.BoostPlugin,
                   qparser.PhrasePlugin, qparser.OperatorsPlugin, qparser.GroupPlugin):
        parser.remove_plugin_class(plugin)
    return parser


def parse_plain(text: str, schema, max_chars: int = 512) -> Query:
    text = " ".join(text[:max_chars].split())
    return plain_parser(schema).parse(text)
