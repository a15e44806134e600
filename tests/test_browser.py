"""The search page in real headless Chromium: type, see results, narrow by a facet, read it in Russian."""

from __future__ import annotations

import re
import shutil

import httpx
import chromium
import pytest
from conftest import Server

chromium.require()

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

ORSHA_RU = "Оршанский районный исполнительный комитет"  # the site's Russian name (entities/sites.py)
CYRILLIC = re.compile(r"[А-Яа-яЁёІіЎў]")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = chromium.start(tmp_path_factory.mktemp("chromium-profile"), size=(1280, 1000))
    yield driver
    driver.quit()


wait = chromium.wait


def status_total(driver) -> int:
    text = driver.find_element(By.ID, "status").text
    match = re.search(r"\d+", text)
    return int(match.group()) if match else -1


def facet_counts(driver, facet: str) -> dict[str, int]:
    # one script call: the page re-renders between WebDriver calls, never inside one
    pairs = driver.execute_script(
        "return [...document.querySelectorAll(`.facet[data-facet='${arguments[0]}'] li`)]"
        ".map(li => [li.querySelector('.label').textContent, li.querySelector('.count').textContent])", facet)
    return {label: int(count) for label, count in pairs}


def test_search_facet_and_russian_labels(server, browser):
    browser.get(server.url + "/")
    box = browser.find_element(By.ID, "q")
    box.send_keys("Belarus", Keys.ENTER)
    # the URL changes in the same step that draws these results (not the empty query's on load)
    wait(browser, lambda: "q=Belarus" in browser.current_url and browser.find_elements(By.CSS_SELECTOR, "#hits li.hit"))
    total = wait(browser, lambda: status_total(browser) if status_total(browser) > 0 else None)
    marks = browser.find_elements(By.CSS_SELECTOR, "#hits .snippet mark")
    assert marks, "snippets show highlighted words"
    assert browser.find_elements(By.CSS_SELECTOR, "#histogram .bar"), "date histogram drawn"

    persons_before = facet_counts(browser, "person")
    orgs_before = facet_counts(browser, "organization")
    label, count = max(persons_before.items(), key=lambda kv: kv[1])
    assert count < total
    position = list(persons_before).index(label) + 1
    browser.find_element(By.CSS_SELECTOR, f'.facet[data-facet="person"] li:nth-child({position}) input').click()
    wait(browser, lambda: status_total(browser) == count)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#hits li.hit")) == min(count, 10)
    assert facet_counts(browser, "organization") != orgs_before, "organization counts follow the person filter"
    assert "person=" in browser.current_url

    browser.find_element(By.CSS_SELECTOR, '#lang-switch button[data-lang="ru"]').click()
    wait(browser, lambda: browser.find_element(By.CSS_SELECTOR, '[data-i18n="facet_person"]').text == "Персоны")
    wait(browser, lambda: all(CYRILLIC.search(name) for name in facet_counts(browser, "person")))
    assert status_total(browser) == count, "the person filter survives the language switch"
    assert browser.find_element(By.ID, "status").text.startswith("Найдено")
    assert browser.find_element(By.CSS_SELECTOR, '[data-i18n="facet_organization"]').text == "Организации"
    assert "lang=ru" in browser.current_url


def test_date_histogram_by_year_and_a_click_on_a_year(server, browser):
    browser.get(server.url + "/?q=Belarus&lang=en")
    wait(browser, lambda: browser.find_elements(By.CSS_SELECTOR, "#histogram .bar"))
    browser.find_element(By.CSS_SELECTOR, '#granularity button[data-granularity="year"]').click()

    def year_bars():
        bars = browser.execute_script(
            "return [...document.querySelectorAll('#histogram .bar')].map(b => [b.dataset.value, b.title])")
        return bars if bars and all(re.fullmatch(r"\d{4}", value) for value, _ in bars) else None

    bars = wait(browser, year_bars)
    value, title = max(bars, key=lambda bar: int(bar[1].rsplit(": ", 1)[1]))
    count = int(title.rsplit(": ", 1)[1])
    browser.find_element(By.CSS_SELECTOR, f'#histogram .bar[data-value="{value}"]').click()
    wait(browser, lambda: status_total(browser) == count)
    assert f"date_from={value}-01-01" in browser.current_url and f"date_to={value}-12-31" in browser.current_url
    assert all(t.text.startswith(value) for t in browser.find_elements(By.CSS_SELECTOR, "#hits time"))
    assert browser.find_element(By.ID, "clear-dates").is_displayed()


def test_hostile_query_is_shown_as_text(server, browser):
    browser.get(server.url + "/?q=" + "%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E%20Belarus")
    wait(browser, lambda: status_total(browser) >= 0 and browser.find_elements(By.CSS_SELECTOR, "#hits li"))
    assert browser.find_element(By.ID, "q").get_attribute("value").startswith("<img src=x")
    assert browser.execute_script("return window.pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "#results img")


def test_query_typed_in_the_wrong_layout_says_what_was_searched(server, browser):
    browser.get(server.url + "/?q=kerfityrj&lang=ru")  # "лукашенко" typed on an English layout
    wait(browser, lambda: browser.find_element(By.ID, "notice").is_displayed())
    assert "«лукашенко»" in browser.find_element(By.ID, "notice").text
    assert status_total(browser) > 0


def test_suggestions_appear_while_typing(server, browser):
    browser.get(server.url + "/?lang=en")
    browser.find_element(By.ID, "q").send_keys("Volf")
    wait(browser, lambda: browser.find_element(By.ID, "suggestions").is_displayed())
    texts = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#suggestions li")]
    assert any("Aleksandr Volfovich" in t for t in texts), texts
    # choosing one searches for it
    next(li for li in browser.find_elements(By.CSS_SELECTOR, "#suggestions li")
         if "Aleksandr Volfovich" in li.text).click()
    wait(browser, lambda: "q=Aleksandr+Volfovich" in browser.current_url and status_total(browser) > 0)
    assert not browser.find_element(By.ID, "suggestions").is_displayed()


HOSTILE_ARTICLE = {
    "url": "https://lida.example.by/news/hostile", "site": "Lida <b>District</b>", "published": "2024-06-01",
    "title": "Quokkaberry fair: 5 < 6 && 7 > 3 <img src=x onerror=window.pwned=1>",
    "body": "Quokkaberry growers met in Lida. <script>window.pwned=2</script> 2 < 3 <svg onload=window.pwned=3> "
            "&lt;img src=x onerror=window.pwned=4&gt; \"><iframe src=javascript:window.pwned=5> end of story.",
}


TRANSLATED_ARTICLE = {
    "url": "https://orsha.example.by/news/flax", "site": "Orsha District Executive Committee", "published": "2024-07-02",
    "title": "Orsha flax mill doubles its linen output",
    "body": "The Orsha flax mill doubled its linen output this year, State Secretary of the Security Council "
            "Aleksandr Volfovich said during a visit to Orsha.\n\nThe mill now exports to twelve countries.",
    "translations": {"ru": {"title": "Оршанский льнокомбинат удвоил выпуск льняных тканей",
                            "body": "Оршанский льнокомбинат в этом году удвоил выпуск льняных тканей, заявил "
                                    "госсекретарь Совета безопасности Александр Вольфович во время визита в Оршу."
                                    "\n\nКомбинат экспортирует продукцию в двенадцать стран."}},
}


@pytest.fixture(scope="module")
def hostile_server(sample_index, tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("browser-writable") / "index"
    shutil.copytree(sample_index, index_dir)
    # an empty models folder: no translation model is installed, whatever this machine holds
    models = tmp_path_factory.mktemp("no-models")
    srv = Server(index_dir, env={"SEARCHSVC_API_TOKEN": "browser-test", "SEARCHSVC_MODELS_DIR": str(models)})
    r = httpx.post(srv.url + "/articles", json=[HOSTILE_ARTICLE, TRANSLATED_ARTICLE],
                   headers={"Authorization": "Bearer browser-test"}, timeout=60)
    assert r.status_code == 200, r.text
    yield srv
    srv.stop()


def test_hostile_article_is_shown_as_text(hostile_server, browser):
    expected = httpx.get(hostile_server.url + "/search", params={"q": "Quokkaberry"}).json()["hits"][0]
    browser.get(hostile_server.url + "/?q=Quokkaberry&lang=en")
    wait(browser, lambda: browser.find_elements(By.CSS_SELECTOR, "#hits li.hit"))
    hit = browser.find_element(By.CSS_SELECTOR, "#hits li.hit")
    assert hit.find_element(By.CSS_SELECTOR, "h3 a").text == expected["title"]
    assert hit.find_element(By.CLASS_NAME, "site").text == expected["site"]
    assert "<" in expected["title"], "the title keeps its literal < for this check to mean something"
    assert browser.execute_script("return window.pwned === undefined")
    tags = browser.execute_script(
        "return [...document.querySelectorAll('#hits *')].map(e => e.tagName.toLowerCase())")
    assert set(tags) <= {"li", "h3", "a", "p", "time", "span", "mark"}, set(tags)
    assert hit.find_elements(By.CSS_SELECTOR, ".snippet mark")


def box(driver, selector: str) -> dict:
    """Where an element is on screen, as a person sees it (CSS pixels)."""
    return driver.execute_script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                                 "return {top: r.top, left: r.left, width: r.width, height: r.height}", selector)


def test_a_result_opens_the_article_page_with_its_translation_beside_it(hostile_server, browser, tmp_path_factory):
    shots = tmp_path_factory.mktemp("screenshots")
    browser.set_window_size(1280, 1000)
    browser.get(hostile_server.url + "/?q=flax+mill&lang=ru")
    wait(browser, lambda: browser.find_elements(By.CSS_SELECTOR, "#hits li.hit"))
    link = browser.find_element(By.CSS_SELECTOR, "#hits li.hit h3 a")
    assert link.text == "Оршанский льнокомбинат удвоил выпуск льняных тканей"
    # the site in the reader's language, as its facet names it (the filter value stays English)
    assert browser.find_element(By.CSS_SELECTOR, "#hits li.hit .site").text == ORSHA_RU
    assert ORSHA_RU in facet_counts(browser, "site")
    link.click()
    wait(browser, lambda: "/article/" in browser.current_url and browser.find_elements(By.ID, "article"))
    assert "lang=ru" in browser.current_url
    assert browser.find_element(By.TAG_NAME, "h1").text == "Оршанский льнокомбинат удвоил выпуск льняных тканей"
    assert "2024-07-02" in browser.find_element(By.CSS_SELECTOR, ".meta").text
    assert ORSHA_RU in browser.find_element(By.CSS_SELECTOR, ".meta").text
    english, russian = browser.find_elements(By.CSS_SELECTOR, ".texts .text")
    assert english.get_attribute("lang") == "en" and russian.get_attribute("lang") == "ru"
    assert "doubled its linen output" in english.text and "удвоил выпуск" in russian.text
    en_box, ru_box = box(browser, '.text[lang="en"]'), box(browser, '.text[lang="ru"]')
    assert abs(en_box["top"] - ru_box["top"]) < 2 and ru_box["left"] > en_box["left"] + en_box["width"] - 1, \
        "at 1280 px the translation stands beside the English"
    assert not browser.find_elements(By.CSS_SELECTOR, ".notice")
    browser.save_screenshot(str(shots / "article-ru-1280.png"))

    browser.set_window_size(390, 844)
    en_box, ru_box = box(browser, '.text[lang="en"]'), box(browser, '.text[lang="ru"]')
    assert ru_box["top"] >= en_box["top"] + en_box["height"] - 1, "at 390 px the translation follows the English"
    assert ru_box["width"] <= 390 and en_box["width"] <= 390
    browser.save_screenshot(str(shots / "article-ru-390.png"))
    browser.set_window_size(1280, 1000)

    # every source is listed; a person is a link to the search filtered by that person, in Russian
    assert ORSHA_RU in browser.find_element(By.CSS_SELECTOR, ".sources").text
    assert "site=Orsha+District+Executive+Committee" in \
        browser.find_element(By.CSS_SELECTOR, ".sources a").get_attribute("href")
    person = next(a for a in browser.find_elements(By.CSS_SELECTOR, '[data-entities="persons"] a')
                  if a.text == "Александр Вольфович")
    assert "Орша" in browser.find_element(By.CSS_SELECTOR, '[data-entities="places"]').text
    person.click()
    wait(browser, lambda: "person=aleksandr-volfovich" in browser.current_url and status_total(browser) > 0)
    assert browser.find_element(By.ID, "status").text.startswith("Найдено")


def test_article_page_says_when_no_translation_model_is_installed(hostile_server, browser):
    hit = httpx.get(hostile_server.url + "/search", params={"q": "Quokkaberry"}).json()["hits"][0]
    browser.get(f"{hostile_server.url}/article/{hit['id']}?lang=be")
    notice = browser.find_element(By.CSS_SELECTOR, ".notice")
    assert notice.is_displayed() and "мадэль перакладу не ўсталявана" in notice.text
    assert browser.find_element(By.ID, "back").text == "Да пошуку"
    # a hostile title and text are shown as text, nothing runs
    stored = httpx.get(f"{hostile_server.url}/articles/{hit['id']}").json()
    assert "<" in stored["title"] and "<" in stored["body"], "the stored text keeps a literal < for this check"
    assert browser.find_element(By.TAG_NAME, "h1").text == stored["title"]
    shown = browser.find_element(By.CSS_SELECTOR, '.text[lang="en"]').text
    assert all(line in shown for line in stored["body"].split("\n\n"))
    assert browser.execute_script("return window.pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "#article img, #article script, #article svg, #article iframe")
    assert [t.get_attribute("lang") for t in browser.find_elements(By.CSS_SELECTOR, ".texts .text")] == ["en"]
