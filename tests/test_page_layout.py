"""The search page as a person sees it, in real headless Chromium at a desk (1280x900) and on a phone
(390x844): where things are on screen, what is visible, what the keyboard does, what the page says.

Screenshots go under pytest's tmp_path, and into $SEARCHSVC_SCREENSHOTS when it names a folder.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import chromium
import pytest

chromium.require()

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

DESK, PHONE = (1280, 900), (390, 844)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = chromium.start(tmp_path_factory.mktemp("chromium-profile"), size=(1280, 900))
    yield driver
    driver.quit()


@pytest.fixture
def screenshot(browser, tmp_path):
    def save(name: str) -> Path:
        path = tmp_path / f"{name}.png"
        browser.save_screenshot(str(path))
        if os.environ.get("SEARCHSVC_SCREENSHOTS"):
            folder = Path(os.environ["SEARCHSVC_SCREENSHOTS"])
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, folder / path.name)
        return path
    return save


wait = chromium.wait


def open_page(browser, url: str, size=DESK):
    browser.set_window_size(*size)
    browser.get(url)
    wait(browser, lambda: browser.execute_script("return document.getElementById('status').textContent")
         not in ("", "…"))


def rect(driver, selector: str) -> dict:
    """Where an element is on screen, in CSS pixels; all zeros when it is not displayed."""
    return driver.execute_script(
        "const e = document.querySelector(arguments[0]); if (!e) return null;"
        "const r = e.getBoundingClientRect(); return {top: r.top, left: r.left, width: r.width, height: r.height,"
        "right: r.right, bottom: r.bottom}", selector)


def shown_values(driver, facet: str) -> list[str]:
    """The labels of a facet's values a person can see."""
    return driver.execute_script(
        "return [...document.querySelectorAll(`.facet[data-facet='${arguments[0]}'] li .label`)]"
        ".filter(e => e.getClientRects().length).map(e => e.textContent)", facet)


def status_total(driver) -> int:
    match = re.search(r"\d+", driver.find_element(By.ID, "status").text)
    return int(match.group()) if match else -1


def test_on_a_phone_the_results_come_first_and_the_filters_open_from_a_button(server, browser, screenshot):
    open_page(browser, server.url + "/?q=Belarus&lang=en", PHONE)
    wait(browser, lambda: browser.find_elements(By.CSS_SELECTOR, "#hits li.hit"))
    width = browser.execute_script("return window.innerWidth")
    screen_height = browser.execute_script("return window.innerHeight")
    assert rect(browser, "#q")["width"] >= 0.9 * width, "the search box spans the phone's width"
    first = rect(browser, "#hits li.hit")
    assert 0 < first["top"] < screen_height / 2, "the first result is on the first screen, near the top"
    # the filters wait behind their button: hidden, and after the results in reading order
    facets = browser.find_element(By.ID, "facets")
    assert not facets.is_displayed()
    assert browser.execute_script("return !!(document.querySelector('#hits li.hit')"
                                  ".compareDocumentPosition(document.getElementById('facets')) & 4)")
    toggle = browser.find_element(By.ID, "filters-toggle")
    assert toggle.is_displayed() and toggle.get_attribute("aria-expanded") == "false"
    assert rect(browser, "#filters-toggle")["bottom"] <= first["top"], "the button is above the results"
    screenshot("phone-results-390")

    # the keyboard opens the panel: it covers the screen, the values are there to choose
    toggle.send_keys(Keys.ENTER)
    wait(browser, facets.is_displayed)
    assert toggle.get_attribute("aria-expanded") == "true"
    assert browser.execute_script("return document.getElementById('results').inert"), "nothing under it takes focus"
    panel = rect(browser, "#facets")
    assert panel["width"] >= 0.9 * width and panel["top"] <= 1
    person = browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="person"] li .label')
    assert person.is_displayed() and rect(browser, '.facet[data-facet="person"] li')["bottom"] < screen_height
    screenshot("phone-filters-390")
    # choosing a value narrows the results behind the panel; "Show results" brings them back
    count = int(browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="person"] li .count').text)
    browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="person"] li input').click()
    wait(browser, lambda: status_total(browser) == count)
    assert facets.is_displayed(), "the panel stays open while the reader chooses"
    browser.find_element(By.ID, "facets-close").click()
    wait(browser, lambda: not facets.is_displayed())
    assert browser.switch_to.active_element == toggle, "focus goes back to the button"
    assert not browser.execute_script("return document.getElementById('results').inert")
    assert rect(browser, "#hits li.hit")["top"] < screen_height
    # Escape closes it too
    toggle.send_keys(Keys.ENTER)
    wait(browser, facets.is_displayed)
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    wait(browser, lambda: not facets.is_displayed())
    assert toggle.get_attribute("aria-expanded") == "false"


def test_at_a_desk_the_filters_stand_beside_the_results(server, browser, screenshot):
    open_page(browser, server.url + "/?q=Belarus&lang=en", DESK)
    wait(browser, lambda: browser.find_elements(By.CSS_SELECTOR, "#hits li.hit"))
    assert browser.find_element(By.ID, "facets").is_displayed()
    assert not browser.find_element(By.ID, "filters-toggle").is_displayed()
    results, facets = rect(browser, "#results"), rect(browser, "#facets")
    assert facets["left"] >= results["right"], "the filters are a column beside the results"
    assert abs(facets["top"] - results["top"]) < 5
    assert rect(browser, "#hits li.hit")["top"] < 300
    screenshot("desk-results-1280")


def test_the_timeline_draws_every_month_with_empty_ones_and_a_bar_filters_by_keyboard(server, browser, screenshot):
    open_page(browser, server.url + "/?lang=ru", DESK)
    bars = browser.execute_script(
        "return [...document.querySelectorAll('#histogram .bar')].map(b => [b.dataset.value, b.tagName, "
        "b.getBoundingClientRect().width])")
    months = [value for value, _, _ in bars]
    # continuous: each month follows the one before it, from the first article's to the last's
    for before, after in zip(months, months[1:]):
        y, m = map(int, before.split("-"))
        assert after == f"{y + m // 12:04d}-{m % 12 + 1:02d}", (before, after)
    kinds = dict((value, tag) for value, tag, _ in bars)
    # the samples have June 2019, then nothing until April 2021: 2020 is drawn, empty
    assert kinds["2019-06"] == "BUTTON" and kinds["2021-04"] == "BUTTON"
    assert all(kinds[f"2020-{m:02d}"] == "SPAN" for m in range(1, 13)), "empty months are drawn, not buttons"
    assert all(width > 0 for _, _, width in bars)
    gap = rect(browser, '#histogram .bar[data-value="2020-06"]')
    assert rect(browser, '#histogram .bar[data-value="2019-06"]')["right"] < gap["left"] < \
        rect(browser, '#histogram .bar[data-value="2021-04"]')["left"]
    # each year boundary is labelled, the empty year too
    labels = browser.execute_script("return [...document.querySelectorAll('#histogram .year-label')]"
                                    ".filter(e => e.getBoundingClientRect().width > 0).map(e => e.textContent)")
    assert {"2020", "2021", "2022", "2023", "2024"} <= set(labels)
    screenshot("timeline-1280")

    # one tab stop; arrows move along the months that have articles; Enter filters to that month
    first = browser.find_element(By.CSS_SELECTOR, '#histogram .bar[data-value="2019-06"]')
    assert first.get_attribute("tabindex") == "0"
    first.send_keys(Keys.ARROW_RIGHT)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("data-value") == "2021-04"
    count = int(focused.get_attribute("aria-label").rsplit(": ", 1)[1])
    assert focused.get_attribute("aria-label").startswith("апрель 2021")
    focused.send_keys(Keys.ENTER)
    wait(browser, lambda: "date_from=2021-04-01" in browser.current_url and status_total(browser) == count)
    assert "date_to=2021-04-30" in browser.current_url
    assert all(t.text.startswith("2021-04") for t in browser.find_elements(By.CSS_SELECTOR, "#hits time"))


def test_more_shows_every_value_and_a_facet_search_box_narrows_them(server, browser):
    open_page(browser, server.url + "/?lang=ru", DESK)
    first_six = shown_values(browser, "site")
    assert len(first_six) == 6
    more = browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="site"] .more')
    assert more.text == "Ещё" and more.get_attribute("aria-expanded") == "false"
    more.click()
    wait(browser, lambda: len(shown_values(browser, "site")) > 20)
    every = shown_values(browser, "site")
    answer = browser.execute_script("return lastAnswer.facets.site.map(v => v.label)")
    assert len(answer) == 20 and set(every) > set(answer), "more reaches values the search answer left out"
    assert "Сайт не указан" in every and "unknown" not in every
    assert more.text == "Свернуть" and more.get_attribute("aria-expanded") == "true"
    more.click()
    wait(browser, lambda: shown_values(browser, "site") == first_six)

    # the search box inside a facet finds a value by any of its names (here the Belarusian one)
    find = browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="person"] .facet-find')
    assert find.get_attribute("aria-label") == "Найти: Персоны"
    find.send_keys("Вальф")
    wait(browser, lambda: shown_values(browser, "person") == ["Александр Вольфович"])
    browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="person"] li input').click()
    wait(browser, lambda: "person=aleksandr-volfovich" in browser.current_url and status_total(browser) > 0)
    find = browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="person"] .facet-find')
    find.send_keys("zzz")
    wait(browser, lambda: browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="person"] .no-values').text
         == "Нет подходящих значений.")


def test_suggestions_are_a_combobox_that_completes_the_word_being_typed(server, browser):
    open_page(browser, server.url + "/?lang=en", DESK)
    box = browser.find_element(By.ID, "q")
    assert box.get_attribute("role") == "combobox" and box.get_attribute("aria-controls") == "suggestions"
    box.send_keys("Belarus harv")
    listbox = browser.find_element(By.ID, "suggestions")
    wait(browser, listbox.is_displayed)
    assert box.get_attribute("aria-expanded") == "true" and listbox.get_attribute("role") == "listbox"
    options = browser.find_elements(By.CSS_SELECTOR, "#suggestions [role=option]")
    assert options and options[0].get_attribute("data-text") == "harvest"
    box.send_keys(Keys.ARROW_DOWN)
    assert box.get_attribute("aria-activedescendant") == options[0].get_attribute("id")
    assert options[0].get_attribute("aria-selected") == "true"
    box.send_keys(Keys.ARROW_UP)  # round to the last, and down again to the first
    box.send_keys(Keys.ARROW_DOWN)
    assert box.get_attribute("aria-activedescendant") == options[0].get_attribute("id")
    box.send_keys(Keys.ENTER)
    # the typed word is completed; the words before it stay
    wait(browser, lambda: "q=Belarus+harvest" in browser.current_url and status_total(browser) > 0)
    assert box.get_attribute("value") == "Belarus harvest"
    assert not listbox.is_displayed() and box.get_attribute("aria-expanded") == "false"
    # Escape closes the list and leaves the text as typed
    box.send_keys(" gen")
    wait(browser, listbox.is_displayed)
    box.send_keys(Keys.ESCAPE)
    wait(browser, lambda: not listbox.is_displayed())
    assert box.get_attribute("value") == "Belarus harvest gen" and box.get_attribute("aria-expanded") == "false"


def test_an_error_keeps_the_query_and_speaks_the_readers_language(server, browser, screenshot):
    open_page(browser, server.url + "/?q=%22unclosed+Belarus&mode=advanced&lang=ru", PHONE)
    status = browser.find_element(By.ID, "status")
    wait(browser, lambda: "error" in status.get_attribute("class"))
    assert status.text == "Такой поиск выполнить нельзя: измените запрос или фильтры."
    assert browser.find_element(By.ID, "q").get_attribute("value") == '"unclosed Belarus'
    assert not browser.find_elements(By.CSS_SELECTOR, "#hits li")
    assert not browser.find_element(By.ID, "pagination").is_displayed()
    assert not [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#facets h3") if h.is_displayed()]
    details = browser.find_element(By.ID, "error-details")
    assert details.find_element(By.TAG_NAME, "summary").text == "Подробности"
    assert details.find_element(By.TAG_NAME, "p").get_attribute("textContent").startswith("unterminated quote")
    screenshot("error-ru-390")
    # nothing found: no empty headings, no dead page buttons
    open_page(browser, server.url + "/?q=qwxzvbnmasdf&lang=be", DESK)
    assert browser.find_element(By.ID, "status").text == "Нічога не знойдзена."
    assert browser.find_element(By.ID, "q").get_attribute("value") == "qwxzvbnmasdf"
    assert not [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#facets h3") if h.is_displayed()]
    assert not browser.find_element(By.ID, "pagination").is_displayed()


def test_english_results_on_a_russian_page_say_why_and_a_date_read_from_the_query_is_a_chip(server, browser):
    open_page(browser, server.url + "/?q=harvest+2023&lang=ru", DESK)
    wait(browser, lambda: browser.find_elements(By.CSS_SELECTOR, "#hits li.hit"))
    notice = browser.find_element(By.ID, "translation-notice")
    assert notice.is_displayed() and "модель перевода" in notice.text and "не установлена" in notice.text
    assert browser.find_element(By.CSS_SELECTOR, "#hits li.hit h3").get_attribute("lang") == "en"
    chip = browser.find_element(By.CSS_SELECTOR, "#understood .chip")
    assert chip.is_displayed() and "2023" in chip.text
    total = status_total(browser)
    remove = chip.find_element(By.TAG_NAME, "button")
    assert remove.get_attribute("aria-label") == "Убрать дату «2023»"
    remove.send_keys(Keys.ENTER)
    wait(browser, lambda: "dates=off" in browser.current_url and not browser.find_elements(By.CSS_SELECTOR, "#understood .chip"))
    assert browser.find_element(By.ID, "q").get_attribute("value") == "harvest 2023"
    as_words = server.get("/search", params={"q": "harvest 2023", "lang": "ru", "dates": "off"}).json()["total"]
    assert total == server.get("/search", params={"q": "harvest 2023", "lang": "ru"}).json()["total"] != as_words
    wait(browser, lambda: status_total(browser) == as_words)


def test_the_page_follows_the_readers_font_size_and_contrast_settings(server, browser, screenshot):
    try:
        open_page(browser, server.url + "/?q=Belarus&lang=en", DESK)
        browser.execute_cdp_cmd("Page.setFontSizes", {"fontSizes": {"standard": 24}})  # the browser's setting
        sizes = browser.execute_script(
            "const px = (s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);"
            "return [px('html'), px('#q'), px('#hits .hit h3')]")
        assert sizes == [24, pytest.approx(1.1 * 24, abs=0.1), pytest.approx(1.05 * 24, abs=0.1)]
        # the breakpoints are in rem too: with large text 1280 px is a narrow screen, filters behind the button
        assert browser.find_element(By.ID, "filters-toggle").is_displayed()
        assert not browser.find_element(By.ID, "facets").is_displayed()
        screenshot("desk-large-text-1280")
    finally:
        browser.execute_cdp_cmd("Page.setFontSizes", {"fontSizes": {"standard": 16}})
    try:
        link = "getComputedStyle(document.querySelector('#hits .hit a')).color"
        open_page(browser, server.url + "/?q=Belarus&lang=en", DESK)
        normal = browser.execute_script(f"return {link}")
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-contrast", "value": "more"}]})
        assert browser.execute_script(f"return {link}") == "rgb(0, 58, 122)" != normal
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "forced-colors", "value": "active"}]})
        fill = browser.execute_script("return getComputedStyle(document.querySelector('#histogram button.bar .fill'))"
                                      ".backgroundColor")
        canvas_text = browser.execute_script("const e = document.createElement('i'); e.style.color = 'CanvasText';"
                                             "document.body.append(e); const c = getComputedStyle(e).color; e.remove();"
                                             "return c")
        assert fill == canvas_text, "bars keep a system colour where the system forces its colours"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    # the keyboard's focus is visible: an outline on the focused control
    browser.find_element(By.ID, "q").send_keys(Keys.TAB)
    outline = browser.execute_script("const s = getComputedStyle(document.activeElement);"
                                     "return [document.activeElement.id, s.outlineStyle, parseFloat(s.outlineWidth)]")
    assert outline[0] == "sort" and outline[1] != "none" and outline[2] >= 3, outline


AXE = Path(__file__).resolve().parent.parent / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.mark.skipif(not AXE.exists(), reason="no axe-core: npm install --prefix .cache/axe axe-core@4 "
                                             "(the README's test command does)")
def test_the_interactive_states_have_no_accessibility_violations(server, browser):
    """axe-core over what tests/test_accessibility.py's page loads do not reach: the phone's open filters
    panel with a facet search and its values expanded, the open combobox with an active option, a date chip."""
    def violations() -> list:
        browser.execute_script(AXE.read_text(encoding="utf-8"))
        return browser.execute_async_script(
            "const done = arguments[arguments.length - 1]; axe.run(document, {resultTypes: ['violations']})"
            ".then(r => done(r.violations.map(v => [v.impact, v.id, v.nodes.map(n => n.target.join(' '))])))")

    browser.set_script_timeout(60)
    open_page(browser, server.url + "/?q=Belarus&lang=be", PHONE)
    browser.find_element(By.ID, "filters-toggle").click()
    browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="site"] .more').click()
    wait(browser, lambda: len(shown_values(browser, "site")) > 6)
    browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="person"] .facet-find').send_keys("zzz")
    wait(browser, lambda: browser.find_element(By.CSS_SELECTOR, '.facet[data-facet="person"] .no-values').is_displayed())
    assert violations() == []
    open_page(browser, server.url + "/?q=harvest+2023&lang=ru", DESK)
    assert browser.find_element(By.CSS_SELECTOR, "#understood .chip").is_displayed()
    box = browser.find_element(By.ID, "q")
    box.send_keys(" pres")
    wait(browser, browser.find_element(By.ID, "suggestions").is_displayed)
    box.send_keys(Keys.ARROW_DOWN)
    assert box.get_attribute("aria-activedescendant")
    assert violations() == []
