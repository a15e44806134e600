"""Editions that write one story's figures and words each their own way still join (issue 18):
"1.5 million" / "1,5 млн", "12,000" / "12 тыс.", and a Belarusian edition in the classical
orthography (tarashkevitsa: "верасьня", "сьнежня", "сыстэмай", "пляна") beside the Russian and
English ones; another story of the site on the same day stays apart."""

from __future__ import annotations

from conftest import test_settings
from edition_sets import stories_of
from ingest_pages import WIDGET_RU, text_page, write
from searchsvc.lang.belarusian import official_spelling
from searchsvc.pipeline import reindex
from searchsvc.search import SearchService

WIDGET_BE = ["Версія для слабавідушчых", "Памер шрыфту"]
EN = text_page(site="Slutsk District Executive Committee", crumbs="Main / News", date="14 September 2026",
               title="Sugar refinery to build a warehouse for 12,000 tonnes", body=[
                   "The sugar refinery will invest 1.5 million roubles in a new warehouse for 12,000 tonnes of "
                   "sugar. Construction is to be completed by 1 December, the company's press service said.",
                   "The warehouse will have a ventilation system and a loading ramp for trucks. The old storage "
                   "built in 1976 will be dismantled."])
RU = text_page(widget=WIDGET_RU, site="Слуцкий районный исполнительный комитет", crumbs="Главная / Новости",
               date="14 сентября 2026 г.", title="Сахарный комбинат построит склад на 12 тыс. тонн", body=[
                   "Сахарорафинадный комбинат вложит 1,5 млн рублей в новый склад на 12 тыс. тонн сахара. "
                   "Строительство планируется завершить к 1 декабря, сообщили в пресс-службе предприятия.",
                   "Склад оснастят системой вентиляции и пандусом для погрузки грузовиков. Старое хранилище "
                   "1976 года постройки разберут."])
# the classical orthography, a day later
BE = text_page(widget=WIDGET_BE, site="Слуцкі раённы выканаўчы камітэт", crumbs="Галоўная / Навіны",
               date="15 верасьня 2026", title="Цукровы камбінат пабудуе склад на 12 тыс. тон", body=[
                   "Цукрова-рафінадны камбінат укладзе 1,5 млн рублёў у новы склад на 12 тыс. тон цукру. "
                   "Будаўніцтва плянавана скончыць да 1 сьнежня, паведамілі ў прэс-службе прадпрыемства.",
                   "Склад абсталююць сыстэмай вэнтыляцыі і пандусам для пагрузкі грузавікоў. Старое сховішча "
                   "1976 году будаўніцтва разьбяруць."])
OPEN_DAY = text_page(widget=WIDGET_RU, site="Слуцкий районный исполнительный комитет", crumbs="Главная / Новости",
                     date="14 сентября 2026 г.", title="На сахарном комбинате прошел день открытых дверей", body=[
                         "В день открытых дверей сахарорафинадный комбинат посетили школьники и студенты. Им "
                         "показали цеха, лабораторию и склад готовой продукции.",
                         "Выпускникам колледжа предложили работу на предприятии, в этом году комбинат примет "
                         "40 молодых специалистов."])


def test_figures_written_differently_and_a_classical_orthography_edition_join_one_story(tmp_path):
    pages = tmp_path / "pages"
    for name, text in (("a_en.txt", EN), ("b_ru.txt", RU), ("c_be.txt", BE), ("d_open_day_ru.txt", OPEN_DAY)):
        write(pages / name, text)
    settings = test_settings(index_dir=str(tmp_path / "index"))
    report = reindex([str(pages)], settings)
    assert report.exit_code == 0 and report.rejected == [], report.errors
    assert (report.stories, report.editions, report.edition_links) == (2, {"en": 1, "ru": 2, "be": 1}, 2)
    service = SearchService(settings.index_dir)
    assert sorted(map(sorted, stories_of(service).values())) == [["a_en.txt", "b_ru.txt", "c_be.txt"],
                                                                 ["d_open_day_ru.txt"]]
    hit = service.search("цукровы камбінат склад", lang="be").hits[0]
    assert hit.lang == "be" and hit.title == "Цукровы камбінат пабудуе склад на 12 тыс. тон"
    assert hit.title_en == "Sugar refinery to build a warehouse for 12,000 tonnes"
    assert hit.translation_source == {"en": "site", "ru": "site", "be": "site"}
    assert service.get_article(hit.id)["published"] == "2026-09-14"  # the English edition's date leads


def test_the_classical_orthography_reads_the_official_way():
    assert official_spelling("Будаўніцтва плянавана скончыць да 1 сьнежня") == "Будаўніцтва планавана скончыць да 1 снежня"
    assert official_spelling("сыстэмай вэнтыляцыі") == "сістэмай вэнтыляцыі"
    # official text is left as it is
    text = "Восьмы з'езд адбыўся ў Мінску 15 верасня, паведамілі ў прэс-службе"
    assert official_spelling(text) == text
