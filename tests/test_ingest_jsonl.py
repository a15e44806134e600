"""JSON Lines exports: one article per line, pre-made translations, every bad line its own rejection."""

from ingest_pages import CSTO_BODY, jsonl

from searchsvc.ingest import ingest_paths

TITLE = "CSTO Secretary General Tasmagambetov invited to Belarus in February"
GOOD = {
    "url": "https://osipovichi.gov.by/en/news/csto-visit/",
    "site": "Osipovichi Regional Executive Committee",
    "title": TITLE,
    "published": "2023-01-11T14:35:00+03:00",
    "body": "\n\n".join(CSTO_BODY),
    "translations": {
        "ru": {"title": "Генсек ОДКБ Тасмагамбетов приглашён в Беларусь в феврале",
               "body": "Имангали Тасмагамбетов может посетить Беларусь в феврале."},
        "be": {"title": "Генсакратар АДКБ Тасмагамбетаў запрошаны ў Беларусь у лютым",
               "body": "Імангалі Тасмагамбетаў можа наведаць Беларусь у лютым."},
    },
}
SECOND = {"site": "Pinsk District Executive Committee", "title": "Pinsk hosts regional forum of youth initiatives",
          "published": "12 January 2023",
          "body": "Young people from all districts of Brest Oblast presented their projects in Pinsk on 12 January. "
                  "The best ten projects will receive grants from the regional executive committee."}


def test_each_line_is_one_input_with_its_line_number(tmp_path):
    path = jsonl(tmp_path / "export.jsonl", [
        GOOD,
        "",  # blank lines are not inputs
        SECOND,
        "{not json",
        [1, 2, 3],
        {"foo": 1, "bar": 2},
        {"title": "No body here", "site": "Pinsk"},
        '"just a string"',
    ])
    report = ingest_paths([path], extract_entities=False)
    counts = report.check()
    assert counts == {"inputs": 7, "articles": 2, "editions_linked": 0, "reprints_merged": 0, "rejected": 5}
    out = [r.to_json() for r in report.results]
    assert [o["source_path"] for o in out] == [f"{path}:{n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    assert out[0]["title"] == TITLE and out[0]["published"] == "2023-01-11" and out[0]["published_time"] == "14:35"
    assert out[1]["published"] == "2023-01-12"
    assert out[2]["reason"].startswith("invalid JSON")
    assert out[3]["reason"] == "JSON list is not an article object"
    assert out[4]["reason"].startswith("JSON object is not an article")
    assert out[5]["reason"] == "article is missing body"
    assert out[6]["reason"] == "JSON str is not an article object"


def test_premade_translations_are_kept_with_their_route(tmp_path):
    report = ingest_paths([jsonl(tmp_path / "archive.jsonl", [GOOD])], extract_entities=False)
    (article,) = report.articles
    assert set(article.translations) == {"ru", "be"}
    assert article.translations["ru"].route == "premade"
    assert article.translations["be"].title == GOOD["translations"]["be"]["title"]
    assert article.url == "https://osipovichi.gov.by/en/news/csto-visit"
    assert article.paragraphs == CSTO_BODY


def test_malformed_translation_is_dropped_with_a_warning_not_the_article(tmp_path):
    record = dict(GOOD, translations={"ru": {"title": "Только заголовок"}, "de": {"title": "x", "body": "y"}})
    report = ingest_paths([jsonl(tmp_path / "a.jsonl", [record])], extract_entities=False)
    (result,) = report.results
    assert not result.rejected and result.article.translations == {}
    assert any("'ru'" in w for w in result.warnings) and any("'de'" in w for w in result.warnings)


def test_html_in_a_json_body_is_reduced_to_text(tmp_path):
    record = dict(SECOND, body="<p>" + SECOND["body"] + "</p><script>alert(1)</script><p>Second <b>paragraph</b>.</p>")
    (article,) = ingest_paths([jsonl(tmp_path / "a.jsonl", [record])], extract_entities=False).articles
    assert article.paragraphs == [SECOND["body"], "Second paragraph."]


def test_invalid_utf8_line_is_rejected_and_the_next_line_still_read(tmp_path):
    path = jsonl(tmp_path / "a.jsonl", [b'{"title": "\xff\xfe broken", "body": "x"}', SECOND])
    report = ingest_paths([path], extract_entities=False)
    report.check()
    first, second = report.results
    assert first.rejected and first.reason.startswith("invalid UTF-8")
    assert second.article.title == SECOND["title"]


def test_json_file_with_a_list_of_articles(tmp_path):
    import json

    path = tmp_path / "batch.json"
    path.write_text(json.dumps([GOOD, {"nope": True}]), encoding="utf-8")
    report = ingest_paths([path], extract_entities=False)
    report.check()
    assert [r.source_path for r in report.results] == [f"{path}:1", f"{path}:2"]
    assert report.results[1].rejected


def test_json_content_under_a_text_suffix_is_read_as_json(tmp_path):
    import json

    lines = tmp_path / "export.txt"
    lines.write_text(json.dumps(SECOND) + "\n" + json.dumps({"foo": 1}) + "\n", encoding="utf-8")
    single = tmp_path / "not_article.txt"
    single.write_text('{"foo": "bar", "items": [1, 2]}', encoding="utf-8")
    bracket_title = tmp_path / "page.txt"
    bracket_title.write_text("[Photo] Pinsk hosts regional youth forum\n\n" + SECOND["body"], encoding="utf-8")
    report = ingest_paths([lines, single, bracket_title], extract_entities=False)
    report.check()
    out = [r.to_json() for r in report.results]
    assert [o["source_path"] for o in out] == [f"{lines}:1", f"{lines}:2", str(single), str(bracket_title)]
    assert out[0]["title"] == SECOND["title"] and out[1]["rejected"]
    assert out[2]["reason"] == "JSON object is not an article (keys: foo, items)"
    assert out[3]["title"] == "[Photo] Pinsk hosts regional youth forum"


def test_an_empty_json_lines_file_is_reported_not_skipped(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\n  \n\n")
    report = ingest_paths([empty, blank], extract_entities=False)
    assert report.check()["rejected"] == 2
    assert [r.reason for r in report.results] == ["empty file (0 bytes)", "JSON Lines file has no records"]


def test_common_export_key_names_are_read_as_our_fields(tmp_path):
    """A CMS export with "text", "date", "headline", "link", "source", or "html" as its body."""
    records = [
        {"link": GOOD["url"], "headline": TITLE, "date": "2023-01-11", "text": GOOD["body"]},
        {"url": "https://pinsk.gov.by/en/news/forum", "source": "Pinsk District Executive Committee",
         "title": SECOND["title"], "datePublished": "2023-01-12T10:00:00+03:00",
         "html": "<div><p>" + SECOND["body"] + "</p></div>"},
        {"title": "Only a date", "pubDate": "2023-01-12", "summary": "no body under any name"},
    ]
    report = ingest_paths([jsonl(tmp_path / "cms.jsonl", records)], extract_entities=False)
    assert report.check() == {"inputs": 3, "articles": 2, "editions_linked": 0, "reprints_merged": 0, "rejected": 1}
    first, second, third = (r.to_json() for r in report.results)
    assert first["title"] == TITLE and first["published"] == "2023-01-11"
    assert report.articles[0].url == "https://osipovichi.gov.by/en/news/csto-visit"
    assert report.articles[0].paragraphs == CSTO_BODY
    assert second["published"] == "2023-01-12" and second["published_time"] == "10:00"
    assert report.articles[1].paragraphs == [SECOND["body"]]
    assert third["reason"] == "article is missing body"


def test_other_cms_exports_give_title_body_date_and_site(tmp_path):
    """Exports name fields as their CMS does (heading/pub/lead/text; guid/site_title/date_published/
    date_updated/article_body; nid/portal/name): each is read, not rejected as 'missing title'; the
    publication date wins over a later modification date; a separate lead opens the body; a site named
    by boilerplate or in Belarusian is the committee's English name; without a site, the URL's host."""
    no_site = {"link": "https://pinsk.gov.by/en/news/2025/03/04/118/", "heading": "Pinsk bakery launches a rye line",
               "pub": "Tue, 04 Mar 2025 09:30:00 +0300", "lead": "A new rye bread line has started in Pinsk.",
               "text": "The line bakes 4 tonnes of rye bread a day. It cost Br2.1 million."}
    boilerplate = {"guid": 4411, "site_title": "Official website of the Lida District Executive Committee",
                   "date_published": "2025-05-06T10:00:00+03:00", "date_updated": "2025-05-20T08:00:00+03:00",
                   "headline": "Lida dairy plant expands its cheese shop",
                   "article_body": "The Lida dairy plant has opened a second cheese shop in the town centre."}
    belarusian = {"nid": 77, "portal": "Лідскі райвыканкам", "date": "14.10.2025 08:15", "lang": "be",
                  "name": "У Лідзе адкрылі новую бібліятэку",
                  "body": "Новая бібліятэка адкрылася ў Лідзе 13 кастрычніка. У ёй 20 тысяч кніг."}
    report = ingest_paths([jsonl(tmp_path / "export.jsonl", [no_site, boilerplate, belarusian])], extract_entities=False)
    assert report.check()["rejected"] == 0
    by_title = {a.title: a for a in report.articles}
    bakery = by_title["Pinsk bakery launches a rye line"]
    assert bakery.published == "2025-03-04" and bakery.body.startswith("A new rye bread line has started in Pinsk.")
    assert "4 tonnes" in bakery.body and bakery.site == "Pinsk City Executive Committee"  # pinsk.gov.by
    cheese = by_title["Lida dairy plant expands its cheese shop"]
    assert cheese.published == "2025-05-06" and cheese.site == "Lida District Executive Committee"
    library = by_title["У Лідзе адкрылі новую бібліятэку"]
    assert library.published == "2025-10-14" and library.site == "Lida District Executive Committee"


def test_exports_with_short_transliterated_or_meaningless_keys_are_read(tmp_path):
    """Keys transliterated from Russian, short keys (the title and body under "t"/"x"), "ttl" with epoch
    seconds and a permalink, and keys that say nothing at all: each value's shape gives its role. A
    record of numbers only is still rejected, naming its keys."""
    russian = {"uid": "a-1207", "izdanie": "Оршанский районный исполнительный комитет", "data": "07.05.2026",
               "vremya": "9:05", "yazyk": "ru", "zagolovok": "В Орше открыли новый спортивный комплекс",
               "tekst": "Спорткомплекс на улице Ленина принял первых посетителей. В нём есть бассейн и зал."}
    short = {"record": 88, "channel": "Мазырскі раённы выканаўчы камітэт", "dt": "2026-08-19 09:30:00", "lng": "be",
             "t": "У Мазыры адрамантавалі мост праз Прыпяць",
             "x": "Рамонт моста цягнуўся тры месяцы. Рух па ім адкрыты з панядзелка."}
    epoch = {"permalink": "https://osipovichi.gov.by/en/news/2026/06/11/bridge/", "ttl": "Osipovichi opens a new bridge",
             "ts": 1781172000, "summary": "A new bridge opened in Osipovichi on Thursday.",
             "content": "The bridge crosses the Svisloch. It took two years to build."}
    anonymous = {"f1": 4021, "f2": "Глубокский райисполком", "f3": "10.04.2026 12:00", "f4": "ru",
                 "f5": "Глубокое готовится к фестивалю", "f6": "Фестиваль пройдёт в июле.\nОжидают тысячу гостей.",
                 "f7": "https://glubokoe.vitebsk-region.gov.by/ru/news/fest"}
    numbers = {"n1": 17, "n2": 3.5, "n3": [1, 2]}
    report = ingest_paths([jsonl(tmp_path / "export.jsonl", [russian, short, epoch, anonymous, numbers])],
                          extract_entities=False)
    assert report.check() == {"inputs": 5, "articles": 4, "editions_linked": 0, "reprints_merged": 0, "rejected": 1}
    out = [r.to_json() for r in report.results]
    assert [(o["title"], o["published"], o["published_time"]) for o in out[:4]] == [
        (russian["zagolovok"], "2026-05-07", "09:05"),
        (short["t"], "2026-08-19", "09:30"),
        (epoch["ttl"], "2026-06-11", "13:00"),  # 10:00 UTC is 13:00 in Minsk
        (anonymous["f5"], "2026-04-10", "12:00"),
    ]
    orsha, mozyr, osipovichi, glubokoye = report.articles
    assert orsha.site == "Orsha District Executive Committee" and orsha.lang == "ru"
    assert mozyr.site == "Mozyr District Executive Committee" and mozyr.lang == "be" and mozyr.body.startswith("Рамонт")
    assert osipovichi.site == "Osipovichi District Executive Committee" and osipovichi.lang == "en"
    assert osipovichi.body.startswith("A new bridge opened") and "Svisloch" in osipovichi.body
    assert glubokoye.site == "Glubokoye District Executive Committee" and glubokoye.lang == "ru"
    assert glubokoye.url == anonymous["f7"] and "тысячу гостей" in glubokoye.body
    assert out[4]["reason"] == "JSON object is not an article (keys: n1, n2, n3)"


def test_a_telegram_channel_export_is_one_record_per_post(tmp_path):
    """Telegram Desktop's result.json: each post its own record (headline = its first line, the bold run
    channels open with); one-line posts have no body and are rejected as such; service messages are no
    posts; the channel's name is the site; counts reconcile."""
    import json

    export = {
        "name": "Zhabinka District News", "type": "public_channel", "id": 4242,
        "messages": [
            {"id": 7, "type": "message", "date": "2025-03-02T08:00:00", "text": "Road works on Lenin Street."},
            {"id": 8, "type": "service", "date": "2025-03-02T08:01:00", "action": "pin_message"},
            {"id": 9, "type": "message", "date": "2025-03-04T10:30:00", "text": [
                {"type": "bold", "text": "Zhabinka sugar refinery starts a new packing line"},
                "\n\nThe Zhabinka sugar refinery has started a packing line from Italy, director Pavel Korotkevich"
                " said. The line packs 40 tonnes a day.",
            ]},
        ],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    report = ingest_paths([path], extract_entities=False)
    assert report.check()["rejected"] == 1
    out = [r.to_json() for r in report.results]
    assert [o["source_path"] for o in out] == [f"{path}:1", f"{path}:2"]
    assert out[0]["reason"] == "article is missing body"
    assert out[1]["title"] == "Zhabinka sugar refinery starts a new packing line"
    assert out[1]["published"].startswith("2025-03-04")
    assert out[1]["site"] == "Zhabinka District News"
    assert report.results[1].article.body.startswith("The Zhabinka sugar refinery has started")
