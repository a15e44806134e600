"""Persons on Russian and Belarusian pages under the English press form of their names (issue 14).

BelTA's English edition writes Belarusian officials from the Russian form of their names (Igor
Lyashenko, Aleksandr Kondratenko, Natalya Burak), so the same person on the English, Russian and
Belarusian editions of a story is one facet value; the Belarusian romanization (Ihar Liashenka,
Aliaksandr Kandratsenka) stays an alias that a search still finds, and the Russian and Belarusian
labels are the names as those pages write them.
"""

from __future__ import annotations

import dataclasses

from conftest import test_settings

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor
from searchsvc.languages import default_languages
from searchsvc.services import Services


def persons(extractor: EntityExtractor, body: str, lang: str = "be") -> list[str]:
    article = Article(id=f"t-{hash(body)}", title="", body=body, site="Test", published="2024-01-01", lang=lang)
    extractor.annotate(article)
    return article.persons


def test_a_belarusian_page_names_officials_as_the_english_press_does(registry):
    extractor = EntityExtractor(registry)
    ids = persons(extractor, "Старшыня Мёрскага райвыканкама Аляксандр Мікалаевіч Кандраценка сустрэўся з "
                             "Наталляй Бурак і Ігарам Ляшэнкам.")
    assert [registry.label(i, "en") for i in ids] == ["Aleksandr Kondratenko", "Natalya Burak", "Igor Lyashenko"]
    assert [registry.label(i, "be") for i in ids] == ["Аляксандр Кандраценка", "Наталля Бурак", "Ігар Ляшэнка"]
    assert [registry.label(i, "ru") for i in ids] == ["Александр Кондратенко", "Наталья Бурак", "Игорь Ляшенко"]


def test_one_person_across_the_english_russian_and_belarusian_editions(registry):
    extractor = EntityExtractor(registry)
    english = persons(extractor, "Chairman of the Miory District Executive Committee Igor Lyashenko opened the fair.", "en")
    russian = persons(extractor, "Ярмарку открыл председатель Миорского райисполкома Игорь Ляшенко.", "ru")
    belarusian = persons(extractor, "Кірмаш адкрыў старшыня Мёрскага райвыканкама Ігар Ляшэнка.")
    assert english == russian == belarusian and len(english) == 1


def test_the_belarusian_romanization_still_finds_the_person(registry):
    extractor = EntityExtractor(registry)
    [kondratenko] = persons(extractor, "Аляксандр Кандраценка адкрыў кірмаш.")
    assert [eid for eid, _ in registry.lookup("Aliaksandr Kandratsenka")] == [kondratenko]
    assert [eid for eid, _ in registry.lookup("Кандраценка")] == [kondratenko]


def test_surnames_made_from_first_names_and_belarusian_endings(registry):
    extractor = EntityExtractor(registry)
    ids = persons(extractor, "Выступілі Андрэй Раманенка, Вольга Сідарук, Віктар Мішчанка і Пятро Іваноў.")
    assert [registry.label(i, "en") for i in ids] == ["Andrei Romanenko", "Olga Sidoruk", "Viktor Mishchenko",
                                                      "Pyotr Ivanov"]


def test_a_belarusian_surname_in_ovich_after_a_first_name_is_a_surname(registry):
    """Андрэй Рамановіч is a person (the patronymic of Раман is Раманавіч); Сяргей Пятровіч Xxx has
    a patronymic in the middle."""
    extractor = EntityExtractor(registry)
    ids = persons(extractor, "На адкрыцці выступіў старшыня райвыканкама Андрэй Рамановіч. "
                             "Госцем быў Сяргей Пятровіч Жук.")
    assert [registry.label(i, "en") for i in ids] == ["Andrei Romanovich", "Sergei Zhuk"]


def test_the_services_hand_the_extractor_their_languages(tmp_path):
    """A deployment whose Belarusian has no press respelling labels Belarusian names by their own
    romanization: the extractor reads the languages the Services were built with."""
    languages = default_languages()
    plain = languages.with_language(dataclasses.replace(languages["be"], press_respelling=None))
    for langs, expected in ((languages, "Igor Lyashenko"), (plain, "Ihar Lyashenka")):
        settings = test_settings(index_dir=str(tmp_path / expected / "index"))  # learned entities apart
        services = Services.from_settings(settings, languages=langs)
        ids = persons(services.extractor, "Кірмаш адкрыў Ігар Ляшэнка.")
        assert [services.registry.label(i, "en") for i in ids] == [expected]
