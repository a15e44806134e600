"""Edition linking through an installed translation model (issue 18: "titles and first sentences
that match across languages ... and a translation model when one is installed"). Two English
stories of one site and day name the same teacher and school; the Russian edition of one of them
fits both about as well on names and figures, so without a model it stays a story of its own.
With a ru->en package installed (the tiny real Argos package the project builds: it spells
Russian letters in Latin ones, so "робот, сервер, принтер" reads "robot, server, printer"), its
headline and lead are machine-translated and compared with each English story word for word: it
joins the robotics story, and the library story stays apart. An en->ru package does the same the
other way round (each English lead in Russian letters against the Russian page)."""

from __future__ import annotations

import pytest

from conftest import test_settings
from edition_sets import stories_of
from ingest_pages import WIDGET_RU, text_page, write
from searchsvc.pipeline import reindex
from searchsvc.search import SearchService
from searchsvc.translation.models import install_file
from searchsvc.translation.testmodel import EN_RU, build_test_package

SITE_EN, SITE_RU = "Pinsk City Executive Committee", "Пинский городской исполнительный комитет"
RU_LATIN = {**dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "abvgdeezziiklmnoprstufhccss'y'eua")),
            **dict(zip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ", "ABVGDEEZZIIKLMNOPRSTUFHCCSS'Y'EUA"))}
PAGES = {
    "a_lab_en.txt": text_page(site=SITE_EN, crumbs="Main / News", date="19 May 2026",
                              title="School No. 15 opens a robotics lab: robot, server, printer, modem", body=[
                                  "A robotics lab has opened at school No. 15, teacher Olga Melnikova said. It has a "
                                  "robot, a server, a printer, a monitor, a modem, a processor and a sensor.",
                                  "Pupils will build a robot with a motor and a sensor and take it to the final of "
                                  "the city festival in the autumn."]),
    "b_library_en.txt": text_page(site=SITE_EN, crumbs="Main / News", date="19 May 2026",
                                  title="School No. 15 opens a new library", body=[
                                      "A new library has opened at school No. 15, teacher Olga Melnikova said. It "
                                      "has a reading room, shelves for 3,000 books and a corner for younger pupils.",
                                      "Pupils will hold readings there and take part in the city festival of young "
                                      "readers in the autumn."]),
    "c_lab_ru.txt": text_page(widget=WIDGET_RU, site=SITE_RU, crumbs="Главная / Новости", date="19 мая 2026 г.",
                              title="В школе № 15 открыт кабинет робототехники", body=[
                                  "В школе № 15 открыт кабинет, рассказала учитель Ольга Мельникова. В нем есть "
                                  "робот, сервер, принтер, монитор, модем, процессор и сенсор.",
                                  "Ученики соберут робот, у него будет мотор и сенсор, и выйдут в финал "
                                  "городского фестиваля осенью."]),
}


@pytest.fixture()
def pages(tmp_path):
    for name, text in PAGES.items():
        write(tmp_path / "pages" / name, text)
    return tmp_path / "pages"


def test_without_a_model_the_russian_edition_of_one_of_two_alike_stories_stays_apart(tmp_path, pages):
    settings = test_settings(index_dir=str(tmp_path / "index"), models_dir=str(tmp_path / "models"),
                             cache_dir=str(tmp_path / "cache"))
    report = reindex([str(pages)], settings)
    assert report.exit_code == 0 and report.edition_links == 0, report.errors
    assert sorted(map(sorted, stories_of(SearchService(settings.index_dir)).values())) == [
        ["a_lab_en.txt"], ["b_library_en.txt"], ["c_lab_ru.txt"]]


@pytest.mark.parametrize("pair", [("ru", "en", RU_LATIN), ("en", "ru", EN_RU)], ids=["ru-en", "en-ru"])
def test_an_installed_model_links_the_edition_through_its_translated_lead(tmp_path, pages, pair):
    """Either way: the Russian lead in English against the English story, or (a model into
    Russian only) each English lead in Russian against the Russian page."""
    settings = test_settings(index_dir=str(tmp_path / "index"), models_dir=str(tmp_path / "models"),
                             cache_dir=str(tmp_path / "cache"))
    build_test_package(tmp_path / "model.argosmodel", *pair)
    install_file(settings.models_dir, tmp_path / "model.argosmodel")
    report = reindex([str(pages)], settings)
    assert report.exit_code == 0, report.errors
    assert (report.stories, report.editions, report.edition_links) == (2, {"en": 2, "ru": 1}, 1)
    service = SearchService(settings.index_dir)
    assert sorted(map(sorted, stories_of(service).values())) == [["a_lab_en.txt", "c_lab_ru.txt"],
                                                                 ["b_library_en.txt"]]
    hit = service.search("кабинет робототехники", lang="ru").hits[0]
    assert hit.lang == "ru" and hit.title == "В школе № 15 открыт кабинет робототехники"
    assert hit.title_en == "School No. 15 opens a robotics lab: robot, server, printer, modem"
    assert hit.translation_source == {"en": "site", "ru": "site"}  # the site's texts, not the model's
