"""What the API writes for a search answer, byte for byte as before the rendering got cheaper:
facet toggles (prebuilt query-string parts), hits (Hit.to_json without asdict) and JSON (orjson)."""

from __future__ import annotations

import dataclasses
import json
from urllib.parse import parse_qs

import pytest

from searchsvc.facets import default_facets
from searchsvc.languages import default_languages
from searchsvc.search.results import EntityLabel, Hit
from searchsvc.web.responses import dump_bytes, dumps
from searchsvc.web.search_api import SearchParams, _quoted

PARAMS = SearchParams.of(default_facets(), default_languages())


def state(**chosen) -> dict:
    out = {p.name: ([] if p.repeatable else p.default) for p in PARAMS.search}
    out.update(chosen)
    return out


STATES = [
    state(q="CSTO"),
    state(q="Лукашэнка & co", lang="be", page=3, size=20, sort="date", mode="advanced"),
    state(q="harvest", person=["aleksandr-volfovich", "a b", "c&d=e"], organization=["csto"],
          date_from="2021-01-01", date_to="2021-12-31", date_granularity="day", dates="off"),
    state(q="", place=["мінск"]),
]


@pytest.mark.parametrize("search", STATES)
def test_each_toggle_is_the_query_string_of_the_state_it_makes(search):
    facets = {
        "person": [{"value": v, "toggle": {"person": [*search["person"], v]}} for v in ("x-y", "ў і", "a+b")]
                  + [{"value": v, "toggle": {"person": [p for p in search["person"] if p != v]}}
                     for v in search["person"]],
        "organization": [{"value": "csto", "toggle": {"organization": []}}],
        "date": [{"value": "2021-03", "toggle": {"date_from": "2021-03-01", "date_to": "2021-03-31"}},
                 {"value": "2021", "toggle": {"date_to": None, "date_from": None}}],  # changes in another order
        "odd": [{"value": "n", "toggle": {"not_a_parameter": "1"}}, {"value": "m", "toggle": None}],
    }
    rendered = PARAMS.facet_toggles(search, facets)
    for name, values in facets.items():
        for given, out in zip(values, rendered[name]):
            changes = given["toggle"]
            assert {k: v for k, v in out.items() if k != "toggle"} == {k: v for k, v in given.items() if k != "toggle"}
            if not isinstance(changes, dict) or "not_a_parameter" in changes:
                assert out["toggle"] is None
                continue
            expected = PARAMS.query_string({**search, **changes, "page": 1})
            assert out["toggle"] == expected
            assert "page=" not in out["toggle"]
            for param, value in changes.items():  # what a browser reads back
                assert parse_qs(out["toggle"]).get(param, []) == ([value] if isinstance(value, str) else value or [])


def test_quoting_is_quote_plus():
    from urllib.parse import quote_plus

    for text in ["aleksandr-volfovich", "2021-01-01", "a b", "c&d=e", "ў і", "a+b", "~x_y.z", "", "%", "/?#"]:
        assert _quoted(text) == quote_plus(text)


def a_hit() -> Hit:
    return Hit(id="a1", url="https://x.by/1", title="T <b>", title_html="T &lt;b&gt;", title_en="T", lang="en",
               published="2021-01-01", published_time=None, site="x.by", site_label="X", sources=[{"site": "x.by",
               "url": "https://x.by/1"}], score=1.5, snippet="<mark>a</mark>", snippet_text="a",
               snippet_spans=[[0, 1]], matched_via=["source"], translations=["ru"],
               entities={"persons": [EntityLabel("p1", "P One")], "places": []},
               translation_source={"ru": "machine"})


def test_hit_json_is_every_field_in_order_then_each_entity_field_and_shares_nothing():
    hit = a_hit()
    out = hit.to_json()
    expected = dataclasses.asdict(hit)
    expected.update(expected.pop("entities"))
    assert out == expected and list(out) == list(expected)
    assert out["persons"] == [{"id": "p1", "label": "P One"}]
    out["sources"][0]["url"] = "changed"
    out["snippet_spans"][0].append(9)
    out["persons"].clear()
    assert hit.sources[0]["url"] == "https://x.by/1" and hit.snippet_spans == [[0, 1]] and hit.persons


def test_json_bytes_escape_markup_and_keep_what_json_dumps_accepted():
    body = {"snippet": "<mark>Мінск</mark> & co", "n": 2**70, 2021: [1.5, True, None], "t": ("a", 1)}
    data = dump_bytes(body)
    assert b"<" not in data and b">" not in data and b"&" not in data
    assert "Мінск".encode() in data  # UTF-8, not \\u escapes
    assert json.loads(data) == {"snippet": "<mark>Мінск</mark> & co", "n": 2**70, "2021": [1.5, True, None],
                                "t": ["a", 1]}
    assert dumps({"a": "<"}) == '{"a":"\\u003c"}'
