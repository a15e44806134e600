"""Pages in the containers crawlers and browsers save them in (searchsvc/ingest/archives.py) and the exports other
tools write (searchsvc/ingest/exports.py): a WARC crawl, an MHTML "save as single file", a Wayback Machine snapshot,
a VK wall as its API returns it, trafilatura's XML. What a user sees: the story with its own title, body, site and
publication date -- never the crawl's, the save's or the archive's capture date -- and one report line per page,
counts reconciling. Every page here is invented (an invented dairy, Lyasnaya Krynitsa, in an invented village)."""

from __future__ import annotations

import gzip
import json
import quopri
import zlib

from searchsvc.ingest import ingest_paths, parse_file

TITLE = "Lyasnaya Krynitsa dairy ships its first cheese to Mongolia"
BODY = ("<p>The Lyasnaya Krynitsa dairy near the village of Dubrovka has shipped its first 20 tonnes of hard cheese "
        "to Ulaanbaatar, the director Nikolai Sapega said.</p><p>The dairy plans four more shipments before the "
        "end of the year and is testing a new line of soft cheese for the Mongolian market.</p>")
TITLE_RU = "Молочный завод «Лясная криница» отправил первый сыр в Монголию"
BODY_RU = ("<p>Молочный завод «Лясная криница» у деревни Дубровка отправил в Улан-Батор первые 20 тонн твёрдого сыра, "
           "сообщил директор Николай Сапега.</p><p>До конца года завод планирует ещё четыре поставки и испытывает "
           "новую линию мягкого сыра для монгольского рынка.</p>")


def page(title=TITLE, body=BODY, date="5 November 2026", site="Dubrovka Village Council", lang="en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} - {site}</title></head>'
            f'<body><header><div class="logo">{site}</div></header><main><article><h1>{title}</h1>'
            f'<div class="date">{date}</div>{body}</article></main>'
            f'<aside><h3>Latest news</h3><ul><li>12 October 2026 Autumn fair</li></ul></aside></body></html>')


def warc_record(kind: str, url: str, block: bytes, date="2027-03-01T04:05:06Z", content_type=None) -> bytes:
    content_type = content_type or ("application/http; msgtype=response" if kind == "response" else "text/html")
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash((kind, url)))}>\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def http(body: bytes, status="200 OK", headers="Content-Type: text/html; charset=utf-8\r\n") -> bytes:
    return f"HTTP/1.1 {status}\r\n{headers}Date: Mon, 01 Mar 2027 04:05:06 GMT\r\n\r\n".encode() + body


def chunked(data: bytes, size=100) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size]) for i in range(0, len(data), size)) \
        + b"0\r\n\r\n"


def test_a_warc_crawl_gives_each_fetched_page_with_its_own_date_and_address(tmp_path):
    """A crawl of two stories (one served chunked and gzipped), the crawler's request and metadata records, a 404
    and an image: the two stories ingest, dated by the page and not by WARC-Date; the 404 and the image are
    rejected with the reason; the bookkeeping records are no inputs; counts reconcile."""
    ru = page(TITLE_RU, BODY_RU, "5 ноября 2026", "Дубровский сельисполком", "ru").encode()
    gz = zlib.compress(ru, 9, wbits=31)
    records = [
        b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 14\r\n\r\nsoftware: test\r\n\r\n",
        warc_record("request", "https://dubrovka.gov.by/news/1", b"GET /news/1 HTTP/1.1\r\n\r\n",
                    content_type="application/http; msgtype=request"),
        warc_record("response", "https://dubrovka.gov.by/news/1", http(page().encode())),
        warc_record("metadata", "https://dubrovka.gov.by/news/1", b"outlinks: 3", content_type="text/plain"),
        warc_record("response", "https://dubrovka.gov.by/ru/news/1",
                    http(chunked(gz), headers="Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                                              "Content-Encoding: gzip\r\n")),
        warc_record("response", "https://dubrovka.gov.by/news/404", http(b"<html>gone</html>", "404 Not Found")),
        warc_record("response", "https://dubrovka.gov.by/logo.png",
                    http(b"\x89PNG\r\n\x1a\n", headers="Content-Type: image/png\r\n")),
    ]
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    gz_path = tmp_path / "crawl.warc.gz"
    gz_path.write_bytes(b"".join(gzip.compress(r) for r in records))  # one gzip member per record
    for source in (path, gz_path):
        report = ingest_paths([source], extract_entities=False, merge_reprints=False)
        out = [r.to_json() for r in report.results]
        assert [o["source_path"] for o in out] == [f"{source}:{n}" for n in (1, 2, 3, 4)]
        assert out[0]["title"] == TITLE and out[0]["published"].startswith("2026-11-05")
        assert out[1]["title"] == TITLE_RU and out[1]["published"].startswith("2026-11-05")
        assert "2027" not in json.dumps(out)  # the crawl's date is nowhere
        assert "HTTP 404" in out[2]["reason"] and "image/png" in out[3]["reason"]
        counts = report.check()
        assert counts["inputs"] == 4 and counts["rejected"] == 2


def test_a_cut_warc_says_where_it_ends(tmp_path):
    record = warc_record("response", "https://dubrovka.gov.by/news/1", http(page().encode()))
    path = tmp_path / "cut.warc"
    path.write_bytes(record[:-400])
    report = ingest_paths([path], extract_entities=False, merge_reprints=False)
    (reason,) = [r.to_json()["reason"] for r in report.results]
    assert reason.startswith("WARC record 1 (https://dubrovka.gov.by/news/1) is cut: ") and reason.endswith(" bytes")


def mhtml(html: bytes, charset="utf-8", saved="Sat, 20 Feb 2027 10:00:00 +0300") -> bytes:
    qp = quopri.encodestring(html)
    return (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://dubrovka.gov.by/ru/news/1\r\n"
            b"Subject: =?utf-8?Q?page?=\r\nDate: " + saved.encode() + b"\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x\"\r\n\r\n"
            b"------MultipartBoundary--x\r\nContent-Type: text/html; charset=" + charset.encode() + b"\r\n"
            b"Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            b"Content-Location: https://dubrovka.gov.by/ru/news/1\r\n\r\n" + qp + b"\r\n"
            b"------MultipartBoundary--x\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            b"Content-Location: https://dubrovka.gov.by/logo.png\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--x--\r\n")


def test_an_mhtml_save_is_read_as_its_page(tmp_path):
    """Chrome's single-file save, quoted-printable, in UTF-8 and in windows-1251: the page's story, its date
    (not the save's), its address."""
    ru = page(TITLE_RU, BODY_RU, "5 ноября 2026", "Дубровский сельисполком", "ru")
    for charset, data in (("utf-8", ru.encode()), ("windows-1251", ru.replace('charset="utf-8"', "").encode("cp1251"))):
        path = tmp_path / f"saved-{charset}.mhtml"
        path.write_bytes(mhtml(data, charset))
        parsed = parse_file(path)
        assert parsed.article.title == TITLE_RU
        assert parsed.article.published == "2026-11-05"
        assert "Улан-Батор" in parsed.article.body


def wayback(html: str, original="https://dubrovka.gov.by/news/1", capture="20270301040506") -> str:
    toolbar = (f'<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp"><span>{capture[:4]}-{capture[4:6]}-'
               f'{capture[6:8]}</span> 12 captures 14 Nov 2026 - 01 Mar 2027<a href="https://web.archive.org/web/'
               f'20261114000000*/{original}">calendar</a></div><!-- END WAYBACK TOOLBAR INSERT -->')
    head = ('<script src="//archive.org/includes/athena.js" type="text/javascript"></script>'
            f'<script type="text/javascript">__wm.wombat("{original}","{capture}","https://web.archive.org/","web",'
            '"https://web-static.archive.org/_static/");</script>'
            '<link rel="stylesheet" href="https://web-static.archive.org/_static/css/banner-styles.css"/>'
            '<!-- End Wayback Rewrite JS Include -->')
    html = html.replace("<head>", "<head>" + head).replace("<body>", "<body>" + toolbar)
    html = html.replace("</aside>", f'<a href="/web/{capture}/https://dubrovka.gov.by/news/2">More</a></aside>')
    return html + (f"<!--\n     FILE ARCHIVED ON 04:05:06 Mar 01, 2027 AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON "
                   "10:00:00 Mar 02, 2027.\n-->")


def test_a_wayback_snapshot_is_the_page_its_site_served(tmp_path):
    """The archive's toolbar, scripts, capture dates and rewritten links are gone: the story's own date, no
    toolbar text in the body, the page's own address."""
    path = tmp_path / "snapshot.html"
    path.write_text(wayback(page()), encoding="utf-8")
    parsed = parse_file(path)
    assert parsed.article.title == TITLE
    assert parsed.article.published == "2026-11-05"
    assert "captures" not in parsed.article.body and "archive" not in parsed.article.body.lower()
    assert parsed.article.url == "https://dubrovka.gov.by/news/1"


def test_a_page_about_the_archive_is_left_as_it_is():
    from searchsvc.ingest.archives import unwrap_wayback

    text = page(body="<p>The museum put its catalogue on web.archive.org for researchers, the director said.</p>" * 3)
    assert unwrap_wayback(text) == (text, None)


def test_a_vk_wall_is_one_record_per_post(tmp_path):
    """VK's wall.get answer (extended=1) saved as JSON: a post's first line is its headline, its Unix time in Minsk
    time is its date, the community is the site, a repost without words of its own is the reposted post, a
    one-line post has no body; counts reconcile."""
    wall = {"response": {"count": 3, "items": [
        {"id": 311, "owner_id": -777, "from_id": -777, "date": 1762329600, "post_type": "post",
         "text": TITLE + "\n\nThe Lyasnaya Krynitsa dairy has shipped its first 20 tonnes of hard cheese to "
                         "Ulaanbaatar, the director Nikolai Sapega said. Four more shipments follow."},
        {"id": 312, "owner_id": -777, "from_id": -777, "date": 1762416000, "post_type": "post", "text": "",
         "copy_history": [{"id": 9, "owner_id": -5, "date": 1762400000, "post_type": "post",
                           "text": "Dubrovka school opens a robotics club\n\nThe Dubrovka secondary school has "
                                   "opened a robotics club for 30 pupils, the head teacher said."}]},
        {"id": 313, "owner_id": -777, "from_id": -777, "date": 1762502400, "post_type": "post",
         "text": "Happy holiday, dear friends!"},
    ], "groups": [{"id": 777, "name": "Dubrovka Village Executive Committee", "screen_name": "dubrovka_ss"}]}}
    path = tmp_path / "wall.json"
    path.write_text(json.dumps(wall, ensure_ascii=False), encoding="utf-8")
    report = ingest_paths([path], extract_entities=False, merge_reprints=False)
    out = [r.to_json() for r in report.results]
    assert out[0]["title"] == TITLE and out[0]["published"].startswith("2025-11-05")  # 08:00 UTC = 11:00 Minsk
    assert out[0]["site"] == "Dubrovka Village Executive Committee"
    assert out[1]["title"] == "Dubrovka school opens a robotics club"
    assert out[2]["reason"] == "article is missing body"
    assert report.check()["rejected"] == 1


def test_trafilatura_xml_gives_the_story_without_readers_comments(tmp_path):
    xml = (f'<doc sitename="Dubrovka Village Executive Committee" title="{TITLE}" author="Press service" date="2026-11-05" '
           'url="https://dubrovka.gov.by/news/1" hostname="dubrovka.gov.by" fingerprint="abc" id="" license="" '
           'language="en"><main><p>The Lyasnaya Krynitsa dairy near the village of Dubrovka has shipped its first '
           '20 tonnes of hard cheese to Ulaanbaatar, the director said.</p><p>Four more shipments follow before the '
           'end of the year.</p></main><comments><p>Great news! 12.12.2026</p></comments></doc>')
    path = tmp_path / "page.xml"
    path.write_text(xml, encoding="utf-8")
    parsed = parse_file(path)
    assert (parsed.article.title, parsed.article.published, parsed.article.site) == (
        TITLE, "2026-11-05", "Dubrovka Village Executive Committee")
    assert "Ulaanbaatar" in parsed.article.body and "Great news" not in parsed.article.body
