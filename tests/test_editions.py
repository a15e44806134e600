"""Russian and Belarusian pages as first-class articles, and a site's editions of one story linked
across languages (issue 18): what the batch job reports and what a reader's search shows."""

from __future__ import annotations

import pytest

from conftest import test_settings
from ingest_pages import BE_BODY, CSTO_BODY, RU_BODY, WIDGET_RU, text_page, write
from searchsvc.pipeline import reindex
from searchsvc.search import SearchService

SITE_EN = "Osipovichi District Executive Committee"
SITE_RU = "Осиповичский районный исполнительный комитет"
SITE_BE = "Асіповіцкі раённы выканаўчы камітэт"
WIDGET_BE = ["Версія для слабавідушчых", "Памер шрыфту"]

# Another story of the same site on the same day: the town, the region and the year in common.
OTHER_RU = [
    "В Осиповичах на улице Сумченко открылась новая детская библиотека на 12 тысяч книг.",
    "Библиотеку построили за восемь месяцев, в ней есть читальный зал на 40 мест и компьютерный класс.",
    "На открытии директор централизованной библиотечной системы Ольга Мельникова вручила первым читателям "
    "билеты.",
]


def csto_pages(root, be_day="12 студзеня 2023"):
    write(root / "a_csto_en.txt", text_page(site=SITE_EN, crumbs="Main / News", date="11 January 2023",
                                            title="New CSTO secretary general may visit Belarus in February",
                                            body=CSTO_BODY))
    write(root / "b_csto_ru.txt", text_page(widget=WIDGET_RU, site=SITE_RU, crumbs="Главная / Новости",
                                            date="11 января 2023",
                                            title="Новый генсек ОДКБ может посетить Беларусь в феврале",
                                            body=RU_BODY))
    write(root / "c_library_ru.txt", text_page(widget=WIDGET_RU, site=SITE_RU, crumbs="Главная / Новости",
                                               date="11 января 2023",
                                               title="В Осиповичах открылась новая детская библиотека",
                                               body=OTHER_RU))
    if be_day:
        write(root / "d_csto_be.txt", text_page(widget=WIDGET_BE, site=SITE_BE, crumbs="Галоўная / Навіны",
                                                date=be_day,
                                                title="Новы генсакратар АДКБ можа наведаць Беларусь у лютым",
                                                body=BE_BODY))


@pytest.fixture()
def settings(tmp_path):
    return test_settings(index_dir=str(tmp_path / "index"))


def sources_of(hit) -> set[str]:
    return {s.get("lang") for s in hit.sources}


def test_editions_join_one_story_and_a_same_day_story_stays_apart(tmp_path, settings):
    pages = tmp_path / "pages"
    csto_pages(pages)
    report = reindex([str(pages)], settings)
    assert report.exit_code == 0, report.errors
    assert (report.inputs, report.new, report.editions_linked) == (4, 2, 2)
    assert report.stories == 2 and report.editions == {"en": 1, "ru": 2, "be": 1} and report.edition_links == 2
    service = SearchService(settings.index_dir)
    hits = service.search("Вольфович", lang="ru").hits
    assert len(hits) == 1
    hit = hits[0]
    assert hit.title == "Новый генсек ОДКБ может посетить Беларусь в феврале" and hit.lang == "ru"
    assert hit.title_en == "New CSTO secretary general may visit Belarus in February"
    assert hit.translation_source == {"en": "site", "ru": "site", "be": "site"}
    assert sorted(hit.editions) == ["be", "en", "ru"]
    shown = service.get_article(hit.id)  # what GET /articles/{id} answers
    assert shown["translation_source"] == {"en": "site", "ru": "site", "be": "site"}
    assert {s.get("lang") for s in shown["sources"]} == {None, "ru", "be"} and "source_path" not in shown["sources"][0]
    be = service.search("Вальфовіч", lang="be").hits[0]
    assert be.id == hit.id and be.title.startswith("Новы генсакратар АДКБ") and "Вальфовіч" in be.snippet_text
    # the library story of the same site and day is its own story, found in Russian by its own words
    library = service.search("детская библиотека", lang="ru").hits
    assert [h.title for h in library] == ["В Осиповичах открылась новая детская библиотека"]
    assert library[0].id != hit.id and library[0].editions == ["ru"]


def test_a_russian_only_story_is_searched_in_russian_fields_and_found_from_english(tmp_path, settings):
    pages = tmp_path / "pages"
    write(pages / "library.txt", text_page(widget=WIDGET_RU, site=SITE_RU, crumbs="Главная / Новости",
                                           date="11 января 2023",
                                           title="В Осиповичах открылась новая детская библиотека", body=OTHER_RU))
    report = reindex([str(pages)], settings)
    assert report.editions == {"ru": 1} and report.translation["gaps"] == {"en": 1, "be": 1}
    service = SearchService(settings.index_dir)
    # Cyrillic words reach the page's own text (not the English fields), stemmed as Russian
    for q in ("библиотеки", "читальный зал"):
        hits = service.search(q, lang="ru").hits
        assert [h.title for h in hits] == ["В Осиповичах открылась новая детская библиотека"], q
        assert "<mark>" in hits[0].snippet
    # an English reader finds it through the name in any script, and sees the site's own text
    hit = service.search("Osipovichi library", lang="en").hits[0]
    assert hit.lang == "ru" and hit.site == SITE_EN and hit.translation_source == {"ru": "site"}


def test_an_edition_a_day_later_joins_its_story_and_leaves_it_when_removed(tmp_path, settings):
    pages = tmp_path / "pages"
    csto_pages(pages, be_day=None)
    first = reindex([str(pages)], settings)
    assert first.editions == {"en": 1, "ru": 2}
    write(pages / "d_csto_be.txt", text_page(widget=WIDGET_BE, site=SITE_BE, crumbs="Галоўная / Навіны",
                                             date="12 студзеня 2023",
                                             title="Новы генсакратар АДКБ можа наведаць Беларусь у лютым",
                                             body=BE_BODY))
    second = reindex([str(pages)], settings)
    assert second.mode == "incremental" and second.editions_linked == 1 and second.new == 0
    assert second.documents == 2
    service = SearchService(settings.index_dir)
    hit = service.search("Вальфовіч", lang="be").hits[0]
    assert hit.lang == "be" and hit.translation_source["be"] == "site" and "be" in sources_of(hit)
    (pages / "a_csto_en.txt").unlink()
    third = reindex([str(pages)], settings)
    assert third.exit_code == 0 and third.documents == 2, third.errors
    service = SearchService(settings.index_dir)
    hit = service.search("Вольфович", lang="en").hits[0]
    assert sorted(hit.editions) == ["be", "ru"] and "en" not in hit.translation_source
    assert hit.title == "Новый генсек ОДКБ может посетить Беларусь в феврале"  # no English left: the story's own text


def test_a_page_that_is_an_edition_of_two_stories_joins_them_into_one_led_by_english():
    """A Belarusian and an English page that did not find each other, then a Russian page that is
    an edition of both (EditionLinker.match names both stories): one story, English in the lead."""
    from searchsvc.article import Article, Source
    from searchsvc.ingest.reprints import Stories

    class Linker:  # answers what the real linker found: the Russian page matches both stories
        max_days = 3

        def __init__(self):
            self.renamed = []

        def add(self, story):
            pass

        def link(self, story, page):
            pass

        def rename(self, old, new):
            self.renamed.append((old, new))

        def match(self, page):
            return ["be1", "en1"] if page.lang == "ru" else []

        def joining(self, story_id):
            return []

    def page(pid, lang, title):
        return Article(id=pid, title=title, body=f"{title}. " * 20, site=SITE_EN, published="2023-01-11",
                       lang=lang, sources=[Source(SITE_EN, source_path=f"{pid}.txt")], persons=[f"p-{lang}"])

    stories = Stories(linker=Linker())
    be, en, ru = page("be1", "be", "Навіна"), page("en1", "en", "News"), page("ru1", "ru", "Новость")
    assert stories.add(be) is None and stories.add(en) is None
    story = stories.add(ru)
    assert story is en and stories.story_for(be) is en and stories.story_for(ru) is en
    assert [stories.role(p) for p in (be, en, ru)] == ["edition", "story", "edition"]
    assert {lang: tr.route for lang, tr in en.translations.items()} == {"be": "site", "ru": "site"}
    assert en.translations["be"].title == "Навіна" and en.translations["ru"].title == "Новость"
    assert [(s.source_path, s.lang) for s in en.sources] == [("en1.txt", None), ("be1.txt", "be"), ("ru1.txt", "ru")]
    assert set(en.persons) == {"p-en", "p-be", "p-ru"} and list(stories.new) == ["en1"]
    assert stories.linker.renamed == [("be1", "en1")]


def test_searchsvc_ingest_says_which_pages_are_editions_of_which_story(tmp_path):
    from searchsvc.entities import EntityExtractor, EntityRegistry
    from searchsvc.ingest import ingest_paths

    pages = tmp_path / "pages"
    csto_pages(pages)
    report = ingest_paths([str(pages)], extractor=EntityExtractor(EntityRegistry.load(), learn=False))
    assert report.check() == {"inputs": 4, "articles": 2, "editions_linked": 2, "reprints_merged": 0, "rejected": 0}
    lines = {r.source_path.rsplit("/", 1)[-1]: r.to_json() for r in report.results}
    story = lines["a_csto_en.txt"]
    assert story["edition_of"] is None and story["duplicate_of"] is None and story["lang"] == "en"
    for name, lang in (("b_csto_ru.txt", "ru"), ("d_csto_be.txt", "be")):
        assert lines[name]["edition_of"] == story["id"] and lines[name]["lang"] == lang
    assert lines["c_library_ru.txt"]["edition_of"] is None and lines["c_library_ru.txt"]["duplicate_of"] is None
    assert [(s["source_path"].rsplit("/", 1)[-1], s.get("lang")) for s in story["sources"]] == [
        ("a_csto_en.txt", None), ("b_csto_ru.txt", "ru"), ("d_csto_be.txt", "be")]
