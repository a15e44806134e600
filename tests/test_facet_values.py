"""Facet value search (GET /facets/{facet}/values, as Meilisearch's facet search) over the bundled
samples: the values a reader can narrow by under the current search, found by the start of a word of
their name in any language, with the same counts and toggles as /search."""

from __future__ import annotations

from urllib.parse import parse_qs


def values(server, facet: str, **params) -> dict:
    r = server.get(f"/facets/{facet}/values", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_a_person_is_found_by_any_language_label_case_and_diacritics_ignored(server):
    # en "Aleksandr Volfovich", ru "Александр Вольфович", be "Аляксандр Вальфовіч"
    for typed in ("volf", "VOLF", "вольф", "Вальф", "вальфовіч", "ВАЛЬФОВИЧ"[:5]):
        found = values(server, "person", facet_q=typed, lang="ru")
        assert [v["value"] for v in found["values"]] == ["aleksandr-volfovich"], typed
        assert found["values"][0]["label"] == "Александр Вольфович" and found["total"] == 1
    # the start of any word, not of the whole label; several words narrow together
    first_names = values(server, "person", facet_q="алекс", lang="en")
    assert len(first_names["values"]) >= 3 and all(v["label"].startswith("Aleksandr") for v in first_names["values"])
    assert [v["value"] for v in values(server, "person", facet_q="алекс вольф")["values"]] == ["aleksandr-volfovich"]
    assert values(server, "person", facet_q="olfovich")["values"] == [], "a word's middle is no prefix"


def test_counts_and_toggles_are_those_of_the_search_under_its_filters(server):
    search = server.get("/search", params={"q": "Belarus", "lang": "en"}).json()
    shown = {v["value"]: v["count"] for v in search["facets"]["organization"]}
    found = values(server, "organization", q="Belarus", lang="en", limit=1000)
    counts = {v["value"]: v["count"] for v in found["values"]}
    assert found["total"] == len(counts) >= len(shown)
    assert all(counts[value] == count for value, count in shown.items())
    # under a person filter the organizations narrow as /search's do, and a value's toggle keeps the filter
    person = next(v["value"] for v in search["facets"]["person"] if v["count"] >= 2)
    narrowed = server.get("/search", params={"q": "Belarus", "person": person}).json()
    found = values(server, "organization", q="Belarus", person=person, limit=1000)
    counts = {v["value"]: v["count"] for v in found["values"]}
    assert all(counts[v["value"]] == v["count"] for v in narrowed["facets"]["organization"])
    assert sum(counts.values()) < sum(v["count"] for v in values(server, "organization", q="Belarus",
                                                                     limit=1000)["values"])
    value = found["values"][0]
    chosen = parse_qs(value["toggle"])
    assert chosen["person"] == [person] and chosen["organization"] == [value["value"]] and chosen["q"] == ["Belarus"]
    assert server.get("/search?" + value["toggle"]).json()["total"] == value["count"]


def test_more_reaches_the_sites_the_search_answer_leaves_out(server):
    search = server.get("/search", params={"q": "", "lang": "ru"}).json()
    listed = {v["value"] for v in search["facets"]["site"]}
    every = values(server, "site", lang="ru", limit=100)
    assert every["total"] == len(every["values"]) > len(listed)
    left_out = [v for v in every["values"] if v["value"] not in listed]
    assert left_out, "the sample has more sites than /search lists"
    for v in left_out:
        assert server.get("/search?" + v["toggle"]).json()["total"] == v["count"] >= 1
    # a committee is found by its Russian or Belarusian name too, and labelled in the reader's language
    minsk = values(server, "site", facet_q="мінск", lang="ru")["values"]
    assert [v["label"] for v in minsk] == ["Минский областной исполнительный комитет"]
    assert minsk[0]["value"] == "Minsk Oblast Executive Committee"


def test_a_missing_site_is_named_in_the_readers_language_never_unknown(server):
    expected = {"en": "Site not named", "ru": "Сайт не указан", "be": "Сайт не пазначаны"}
    for lang, label in expected.items():
        sites = server.get("/search", params={"q": "", "lang": lang}).json()["facets"]["site"]
        labels = {v["label"] for v in sites}
        assert label in labels and "unknown" not in labels, (lang, labels)
    hits = server.get("/search", params={"q": "", "size": 50}).json()["hits"]
    assert any(h["site"] is None for h in hits), "the sample has a page that names no site"
    assert all(h["site"] != "unknown" and all(s["site"] != "unknown" for s in h["sources"]) for h in hits)


def test_bad_input_is_a_4xx_with_the_reason(server):
    r = server.get("/facets/date/values")
    assert r.status_code == 404 and "person" in r.json()["error"] and "site" in r.json()["error"]
    assert server.get("/facets/nope/values").status_code == 404
    for params, words in (({"limit": "0"}, ("limit",)), ({"facet_q": "x" * 101}, ("facet_q", "100")),
                          ({"page": "2"}, ("page",)), ({"person": "a", "region": "<b>"}, ("region",)),
                          ({"date_from": "2023-13"}, ("date_from",))):
        r = server.get("/facets/person/values", params=params)
        assert r.status_code == 400 and all(w in r.json()["error"] for w in words), (params, r.text)


def test_openapi_documents_the_value_search(server):
    spec = server.get("/openapi.json").json()
    op = spec["paths"]["/facets/{facet}/values"]["get"]
    names = [p["name"] for p in op["parameters"]]
    assert {"facet", "q", "lang", "person", "facet_q", "limit", "dates"} <= set(names)
    assert "page" not in names and "size" not in names
    path = next(p for p in op["parameters"] if p["name"] == "facet")
    assert "date" not in path["schema"]["enum"] and "site" in path["schema"]["enum"]
    assert {"200", "400", "404"} <= set(op["responses"])


def test_languages_give_month_names_and_whether_a_translation_model_is_installed(server):
    langs = {l["code"]: l for l in server.get("/languages").json()["languages"]}
    assert langs["ru"]["month_names"][0] == "январь" and langs["be"]["month_names"][11] == "снежань"
    assert "translation" not in langs["en"]
    assert isinstance(langs["ru"]["translation"], bool) and isinstance(langs["be"]["translation"], bool)
