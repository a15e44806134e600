"""Hostile input: each file accepted (sanitised) or rejected with its own reason; the batch survives."""

import os
import struct

from ingest_pages import CSTO_BODY, text_page, wordpress_page, write

from searchsvc.ingest import ingest_paths
from searchsvc.ingest.sanitise import MAX_BODY_CHARS, MAX_INPUT_BYTES, MAX_TITLE_CHARS

TITLE = "CSTO Secretary General Tasmagambetov invited to Belarus in February"
SITE = "Osipovichi Regional Executive Committee"


def page(title=TITLE, date="11 January 2023", body=CSTO_BODY):
    return text_page(site=SITE, crumbs="Main / News", date=date, title=title, body=body)


def test_a_batch_of_hostile_files_reconciles_and_every_file_has_an_answer(tmp_path):
    files = {
        "01_empty.txt": b"",
        "02_whitespace.txt": b" \n\t\r\n   \n",
        "03_png.txt": b"\x89PNG\r\n\x1a\n" + os.urandom(300),
        "04_nul.txt": b"abc\x00\x00\x01\x02" * 50,
        "05_good.txt": page().encode(),
        "06_pdf.html": b"%PDF-1.7\n" + os.urandom(100),
        "07_only_title.txt": (TITLE + "\n").encode(),
        "07_chrome_only.txt": "Font settings\nFont size\nOsipovichi Regional Executive Committee\nMain / News\n".encode(),
        "08_markup_only.html": b"<html><body><script>alert(1)</script></body></html>",
        "09_missing.txt": None,
    }
    paths = []
    for name, content in files.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        paths.append(path)
    report = ingest_paths(paths, extract_entities=False)
    assert report.check() == {"inputs": 10, "articles": 1, "editions_linked": 0, "reprints_merged": 0, "rejected": 9}
    reasons = {r.source_path.rsplit("/", 1)[-1]: r.reason for r in report.results}
    assert reasons["01_empty.txt"] == "empty file (0 bytes)"
    assert reasons["02_whitespace.txt"] == "empty page"
    assert reasons["03_png.txt"] == "binary content (PNG image), not a text or HTML page"
    assert reasons["04_nul.txt"] == "binary content (NUL bytes), not a text or HTML page"
    assert reasons["05_good.txt"] is None
    assert reasons["06_pdf.html"] == "binary content (PDF document), not a text or HTML page"
    assert reasons["07_only_title.txt"] == "no body text found"
    assert reasons["07_chrome_only.txt"] == "page has only site chrome (widget, site name, breadcrumbs, date): no article"
    assert reasons["08_markup_only.html"] == "HTML page has no article text and no headline"
    assert reasons["09_missing.txt"] == "no such file"


def test_script_and_markup_in_a_text_page_become_plain_text(tmp_path):
    body = ['<script>alert("xss")</script>' + CSTO_BODY[0], CSTO_BODY[1] + ' <a href="javascript:alert(1)">more</a>']
    (result,) = ingest_paths([write(tmp_path / "x.txt", page(title=f"<b>{TITLE}</b><script>steal()</script>",
                                                              body=body))], extract_entities=False).results
    a = result.article
    assert a.title == TITLE
    assert a.paragraphs == [CSTO_BODY[0], CSTO_BODY[1] + " more"]
    assert "markup removed from page text" in result.warnings


def test_entity_escaped_script_is_not_smuggled_back_as_a_tag(tmp_path):
    (a,) = ingest_paths([write(tmp_path / "x.txt", page(title="&lt;script&gt;alert(1)&lt;/script&gt;" + TITLE))],
                        extract_entities=False).articles
    assert a.title == TITLE


def test_invisible_and_bidi_control_characters_are_removed(tmp_path):
    (a,) = ingest_paths([write(tmp_path / "x.txt", page(title="CSTO\u202e Secre\u00adtary\u200b General\u0007 visit"))],
                        extract_entities=False).articles
    assert a.title == "CSTO Secretary General visit"


def test_truncated_html_keeps_what_arrived_with_a_warning(tmp_path):
    html = wordpress_page(TITLE, SITE, "2023-01-11", CSTO_BODY, canonical="https://osipovichi.gov.by/news/5")
    cut = html[: html.index(CSTO_BODY[2][:40])]
    (result,) = ingest_paths([write(tmp_path / "cut.html", cut)], extract_entities=False).results
    assert result.article.title == TITLE
    assert result.article.paragraphs[:2] == CSTO_BODY[:2]
    assert any("truncated" in w for w in result.warnings)


def test_page_over_the_size_limit_is_refused_without_being_parsed(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.write(page().encode())
        fh.seek(MAX_INPUT_BYTES + 10)
        fh.write(b"x")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert result.rejected and "MB limit" in result.reason


def test_multi_megabyte_body_is_cut_at_a_paragraph_end(tmp_path):
    paragraph = CSTO_BODY[1]
    body = [f"{i}. {paragraph}" for i in range(3 * MAX_BODY_CHARS // len(paragraph))]
    (result,) = ingest_paths([write(tmp_path / "long.txt", page(body=body))], extract_entities=False).results
    a = result.article
    assert len(a.body) <= MAX_BODY_CHARS and a.body.endswith(paragraph)
    assert any("cut to" in w for w in result.warnings)


def test_five_thousand_character_title_is_cut_with_a_warning(tmp_path):
    long_title = ("Belarus " * 625)[:-1] + "!"
    assert len(long_title) == 5000
    (result,) = ingest_paths([write(tmp_path / "t.txt", page(title=long_title))], extract_entities=False).results
    assert len(result.article.title) <= MAX_TITLE_CHARS + 1 and result.article.title.endswith("…")
    assert any("title was 5000 characters" in w for w in result.warnings)


def test_dates_far_in_the_future_or_before_1990_are_dropped_not_the_article(tmp_path):
    # Three different stories (the same one would be merged as reprints and share a date).
    future = write(tmp_path / "future.txt", page(date="11 January 2099", body=CSTO_BODY[:1]))
    ancient = write(tmp_path / "ancient.txt", page(date="11.01.1975", body=CSTO_BODY[1:2]))
    tomorrowish = write(tmp_path / "ok.txt", page(date="11 January 2023", body=CSTO_BODY[2:]))
    report = ingest_paths([future, ancient, tomorrowish], extract_entities=False)
    report.check()
    f, a, ok = report.results
    assert f.article.published is None and "date 2099-01-11 is in the future: publication date dropped" in f.warnings
    assert a.article.published is None and any("before 1990" in w for w in a.warnings)
    assert ok.article.published == "2023-01-11"


def test_invalid_utf8_bytes_are_replaced_with_a_warning(tmp_path):
    raw = page().encode().replace(b"Tasmagambetov invited", b"Tasmagambetov \xff\xfe invited", 1)
    raw = raw.replace(b"may come", "may come — «soon»".encode(), 1)
    (result,) = ingest_paths([write(tmp_path / "bad.txt", raw)], extract_entities=False).results
    assert not result.rejected
    assert "\ufffd" in result.article.title
    assert any("invalid UTF-8" in w for w in result.warnings)


def test_windows_1251_text_page_is_decoded(tmp_path):
    text = text_page(widget=None, site="Горецкий районный исполнительный комитет", crumbs="Главная / Новости",
                     date="11 января 2023", title="Вольфович встретился с генсеком ОДКБ",
                     body=["Государственный секретарь Совета безопасности Беларуси Александр Вольфович провел в Москве "
                           "встречу с новым генеральным секретарем ОДКБ, сообщили в Совете безопасности."])
    (a,) = ingest_paths([write(tmp_path / "cp.txt", text, encoding="cp1251")], extract_entities=False).articles
    assert a.title == "Вольфович встретился с генсеком ОДКБ" and a.published == "2023-01-11"


def test_random_binary_with_a_text_suffix_never_crashes(tmp_path):
    paths = []
    for i in range(20):
        rnd = bytes((i * 37 + j * 101) % 256 for j in range(2000)) + struct.pack("<I", i)
        paths.append(write(tmp_path / f"r{i}.txt", rnd))
    report = ingest_paths(paths, extract_entities=False)
    report.check()
    assert all(r.rejected and r.reason for r in report.results)


def test_multi_megabyte_html_page_is_extracted_quickly_and_cut(tmp_path):
    body = [f"Paragraph {i} of an endless page about the forum of regions in Minsk and Grodno." for i in range(40000)]
    html = wordpress_page(TITLE, SITE, "2023-01-11", body, canonical="https://osipovichi.gov.by/news/huge")
    assert len(html) > 3_000_000
    (result,) = ingest_paths([write(tmp_path / "huge.html", html)], extract_entities=False).results
    a = result.article
    assert a.title == TITLE and a.paragraphs[0] == body[0]
    assert len(a.body) <= MAX_BODY_CHARS
    assert any("only its first paragraphs" in w for w in result.warnings)


def test_one_line_megabyte_text_is_cut_at_a_sentence_end(tmp_path):
    text = TITLE + "\n\n" + "Minsk hosts the forum. " * 100_000
    (result,) = ingest_paths([write(tmp_path / "line.txt", text)], extract_entities=False).results
    assert result.article.body.endswith("forum.") and len(result.article.body) <= MAX_BODY_CHARS
    assert any("at a sentence end" in w for w in result.warnings)


def test_json_that_is_not_an_article_in_every_shape(tmp_path):
    from ingest_pages import jsonl

    path = jsonl(tmp_path / "odd.jsonl", [b"[" * 100_000 + b"]" * 100_000, {"title": 42, "body": "text"}, "null",
                                          "12", {"title": "T", "body": "   "}])
    report = ingest_paths([path], extract_entities=False)
    report.check()
    assert [r.reason for r in report.results] == [
        "invalid JSON: nested too deeply", "article title must be text, not int", "JSON NoneType is not an article object",
        "JSON int is not an article object", "article is missing body"]


def test_a_headline_that_is_only_a_script_is_rejected_not_replaced_by_the_first_paragraph(tmp_path):
    only_script = write(tmp_path / "a.txt", page(title='<script>alert("xss")</script>'))
    script_line_then_title = write(tmp_path / "b.txt", text_page(
        site=SITE, crumbs="Main / News", date="11 January 2023",
        title='<script>\nwindow.dataLayer = [];\n</script>\n' + TITLE, body=CSTO_BODY))
    report = ingest_paths([only_script, script_line_then_title], extract_entities=False)
    report.check()
    first, second = report.results
    assert first.reason == "the headline is only markup (script or tags): nothing left after removing it"
    assert second.article.title == TITLE and second.article.paragraphs == CSTO_BODY


def test_empty_folder_and_empty_json_file_are_reported_in_argument_order(tmp_path):
    good = write(tmp_path / "good.txt", page())
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    empty_json = write(tmp_path / "empty.json", b"")
    report = ingest_paths([good, empty_dir, empty_json], extract_entities=False)
    report.check()
    assert [(r.source_path, r.reason) for r in report.results] == [
        (str(good), None), (str(empty_dir), "folder holds no files"), (str(empty_json), "empty file (0 bytes)")]
