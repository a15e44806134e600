"""Accessibility (axe-core in headless Chromium), the embed on another site, and the feed link, in a real browser.

axe-core comes from npm at install time (the README's test command and .ci/run:
`npm install --prefix .cache/axe axe-core@4`), never at run time; without it the axe test is
skipped with the reason. Every page a reader meets — home, results, an article, no results, a search
error, an unknown article — in en, ru and be must have no violation of impact serious or critical.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from pathlib import Path

import httpx
import chromium
import pytest
from conftest import ROOT, free_port

chromium.require()

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
LANGS = ("en", "ru", "be")
SERIOUS = ("serious", "critical")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = chromium.start(tmp_path_factory.mktemp("chromium-profile"), size=(1280, 900), script_timeout=60)
    yield driver
    driver.quit()


wait = chromium.wait


def search_page_settled(driver) -> bool:
    """The search page has drawn its answer (or its error): the status says something other than '…'."""
    text = driver.execute_script("const s = document.querySelector('#status'); return s ? s.textContent.trim() : ''")
    return bool(text) and text != "…"


def axe_violations(driver) -> list[dict]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + (n.failureSummary || ''))}))))
          .catch(e => done({error: String(e)}));""")
    assert not isinstance(result, dict), result
    return result


@pytest.fixture(scope="module")
def article_id(server) -> str:
    return server.get("/search", params={"q": "Belarus", "size": 1}).json()["hits"][0]["id"]


PAGES = {  # name -> (path, is the search page)
    "home": ("/?lang={lang}", True),
    "results": ("/?q=Belarus&lang={lang}", True),
    "article": ("/article/{article}?lang={lang}", False),
    "empty": ("/?q=qqzzxxjjvv&lang={lang}", True),
    "error": ("/?q=%28%28&mode=advanced&lang={lang}", True),  # a query that does not parse: the error state
    "not_found": ("/article/no-such-article?lang={lang}", False),
    "results_phone": ("/?q=Belarus&lang={lang}", True),  # at 390x844, the filters panel open
}
PHONE, DESK = (390, 844), (1280, 900)


@pytest.mark.skipif(not AXE.exists(), reason="no axe-core: npm install --prefix .cache/axe axe-core@4 "
                                             "(the README's test command does)")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", list(PAGES))
def test_no_serious_or_critical_accessibility_violations(server, browser, article_id, page, lang):
    path, is_search_page = PAGES[page]
    browser.set_window_size(*(PHONE if page.endswith("_phone") else DESK))
    browser.get(server.url + path.format(lang=lang, article=article_id))
    if is_search_page:
        wait(browser, lambda: search_page_settled(browser))
    if page.endswith("_phone"):
        browser.find_element(By.ID, "filters-toggle").click()
        wait(browser, lambda: browser.find_element(By.ID, "facets").is_displayed())
    # the page is the one named, in the reader's language, before axe looks at it
    ui = {entry["code"]: entry["ui"] for entry in server.get("/languages").json()["languages"]}[lang]
    status = browser.execute_script("const s = document.querySelector('#status'); return s && s.textContent.trim()")
    heading = browser.execute_script("const h = document.querySelector('h1'); return h && h.textContent.trim()")
    expected = {"home": lambda: re.search(r"\d", status), "results": lambda: re.search(r"\d", status),
                "results_phone": lambda: re.search(r"\d", status),
                "empty": lambda: status == ui["none"], "error": lambda: status == ui["error_bad_request"],
                "article": lambda: heading and heading != ui["article"]["not_found"],
                "not_found": lambda: heading == ui["article"]["not_found"]}[page]
    assert expected(), (page, lang, status, heading)
    assert browser.execute_script("return document.documentElement.lang") == lang
    found = [v for v in axe_violations(browser) if v["impact"] in SERIOUS]
    assert not found, f"{page} ({lang}): " + json.dumps(found, ensure_ascii=False, indent=1)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def other_site(tmp_path, server):
    """A district site on another origin (another port) that embeds the box with one script tag."""
    (tmp_path / "index.html").write_text(f"""<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Горадская газета</title></head><body><main><h1>Навіны раёна</h1>
<div id="news-search"></div>
<script src="{server.url}/embed.js" data-target="#news-search" data-size="5" async></script>
</main></body></html>""", encoding="utf-8")
    port = free_port()
    site = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_QuietHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    yield f"http://localhost:{port}"
    site.shutdown()


def test_the_embedded_box_searches_from_another_site(server, browser, other_site):
    browser.get(other_site + "/")
    box = wait(browser, lambda: browser.find_elements(By.CSS_SELECTOR, "#news-search input[type=search]"))[0]
    # the page's language (ru) picks the service's Russian words
    wait(browser, lambda: box.get_attribute("placeholder") != "Search the news")
    assert box.get_attribute("aria-label") == box.get_attribute("placeholder")
    box.send_keys("Вольфович", Keys.ENTER)
    wait(browser, lambda: browser.find_elements(By.CSS_SELECTOR, "#news-search li.searchsvc-hit"))
    answer = server.get("/search", params={"q": "Вольфович", "lang": "ru", "size": 5}).json()
    hits = browser.find_elements(By.CSS_SELECTOR, "#news-search li.searchsvc-hit")
    assert [h.find_element(By.CSS_SELECTOR, "a").text for h in hits] == [h["title"] for h in answer["hits"]]
    link = hits[0].find_element(By.CSS_SELECTOR, "a").get_attribute("href")
    assert link == f"{server.url}/article/{answer['hits'][0]['id']}?lang=ru"
    assert hits[0].find_elements(By.CSS_SELECTOR, "mark"), "the query's words are marked in the snippet"
    status = browser.find_element(By.CSS_SELECTOR, "#news-search .searchsvc-status").text
    assert str(answer["total"]) in status
    # what a hostile query shows is text
    box.clear()
    box.send_keys("<img src=x onerror=window.pwned=1>", Keys.ENTER)
    wait(browser, lambda: browser.find_element(By.CSS_SELECTOR, "#news-search .searchsvc-status").text != status)
    assert browser.execute_script("return window.pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "#news-search img")


def test_the_search_page_links_the_current_searchs_feed_and_exports(server, browser):
    browser.get(server.url + "/?q=Belarus&lang=be")
    wait(browser, lambda: search_page_settled(browser))
    href = browser.execute_script(
        "const l = document.querySelector('link[rel=alternate][type=\"application/atom+xml\"]'); return l && l.href")
    assert href and href.startswith(server.url + "/search.atom?") and "q=Belarus" in href and "lang=be" in href
    feed = httpx.get(href, timeout=30)
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    # and in words a journalist sees under the results: follow it, or take every match away
    take_away = browser.find_element(By.ID, "take-away")
    assert take_away.is_displayed() and "Стужка Atom" in take_away.text and "Табліца CSV" in take_away.text
    links = {a.text: a.get_attribute("href") for a in take_away.find_elements(By.TAG_NAME, "a")}
    assert links["Стужка Atom"] == href
    csv_rows = httpx.get(links["Табліца CSV"], timeout=30).text.lstrip("\ufeff").splitlines()
    total = server.get("/search", params={"q": "Belarus", "lang": "be"}).json()["total"]
    assert len(csv_rows) == 1 + total
    assert len(httpx.get(links["JSON Lines"], timeout=30).text.splitlines()) == total
    browser.get(server.url + "/?q=qqzzxxjjvv&lang=be")
    wait(browser, lambda: search_page_settled(browser))
    assert not browser.find_element(By.ID, "take-away").is_displayed(), "nothing to follow or take away"
