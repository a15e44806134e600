"""A site name no list holds (issue 14, fifteenth session): never a Cyrillic facet value, one site whatever the
header's spelling. A body's Russian or Belarusian name is the registry's body where the registry knows that name, a
kind of a territory where the kind tables hold it, else it is named by its parts (place, status, level, kind words,
"No. 3", the territory after it) and the rest romanized; a brand's header tail ("Production Association", "Holding
Company") gives way to the form its own story prints; a polyclinic whose header says "clinic" is the polyclinic.
A plain-text scrape's accessibility options are head chrome by their shape, whatever their wording. Names, towns
and companies differ from the blind sets'."""

from __future__ import annotations

import re

import pytest

from searchsvc.entities.companies import CompanyNames
from searchsvc.ingest.text import is_widget, parse_text_page


@pytest.mark.parametrize("written, english", [
    # the state's status before the level, a number after the kind
    ("Гомельский государственный областной лицей № 2", "Gomel State Regional Lyceum No. 2"),
    ("Гродзенскі дзяржаўны абласны ліцэй", "Grodno State Regional Lyceum"),
    ("Брестская областная гимназия № 4", "Brest Regional Gymnasium No. 4"),
    # a kind before the district or town it serves
    ("Центр коррекционно-развивающего обучения и реабилитации Кобринского района",
     "Centre for Correctional and Developmental Education and Rehabilitation of Kobrin District"),
    ("Цэнтр карэкцыйна-развіццёвага навучання і рэабілітацыі Лідскага раёна",
     "Centre for Correctional and Developmental Education and Rehabilitation of Lida District"),
    # the registry's body by its Russian or Belarusian name
    ("Нацыянальны мастацкі музей Рэспублікі Беларусь", "National Art Museum of Belarus"),
    ("Национальный исторический музей Республики Беларусь", "National Historical Museum of Belarus"),
])
def test_a_cyrillic_site_name_is_named_in_english(sites, written, english):
    assert sites.resolve(written, None) == english


@pytest.mark.parametrize("written, english", [
    ("Пинский государственный аграрный колледж", "Pinsk State Agrarian College"),
    ("Дзіцячая школа мастацтваў № 2 г. Ліды", "Children's School of Arts No. 2 of Lida"),
    ("Свято-Никольский Гомельский монастырь", "St. Nicholas Gomel Monastery"),
    ("Свята-Троіцкі Мазырскі манастыр", "Holy Trinity Mozyr Monastery"),
    ("Оршанская специализированная детско-юношеская школа олимпийского резерва",
     "Orsha Specialized Children's and Youth School of Olympic Reserve"),
    ("Лунінецкі раённы цэнтр творчасці дзяцей і моладзі", "Luninets District Centre of Creativity of Children and Youth"),
])
def test_an_institution_name_is_translated_by_its_parts(written, english):
    assert CompanyNames().described(written) == english


@pytest.mark.parametrize("written", ["Горадоцкі раённы фестываль «Сунічнае свята»", "Ветлечебница «Друг»",
                                     "Кооператив «Рассвет-Нова» деревни Заречье"])
def test_a_site_name_never_comes_out_in_cyrillic(sites, written):
    site = sites.resolve(written, None)
    assert site and not re.search(r"[А-Яа-яЁёІіЎў]", site), site


@pytest.mark.parametrize("header, story, site", [
    # a brand's descriptive tail gives way to the form its story prints, the longest
    ("Vitebskoblgaz Production Association", "Vitebskoblgaz laid 40 km of pipes this year.", "Vitebskoblgaz"),
    ("Mozyrdrev Holding Company", "Sofas of the Mozyrdrev Holding go to Serbia; Mozyrdrev said.", "Mozyrdrev Holding"),
    ("Gomeloblgaz Group of Companies", "The guests visited Gomeloblgaz on Monday.", "Gomeloblgaz"),
    # another company of the brand's first word, a place alone, or a story that never names it: the header's
    ("Zarechstal Holding Company", "OJSC Zarechstal Trade opened a shop.", "Zarechstal Holding Company"),
    ("Kobrin Regional TV and Radio Company", "The Kobrin TV crew filmed the fair.", "Kobrin Regional TV and Radio Company"),
    ("Lidaoblgaz Production Association", "Gas came to three villages.", "Lidaoblgaz Production Association"),
])
def test_a_brands_header_tail_gives_way_to_its_story(sites, header, story, site):
    assert sites.as_story_names(header, story, header) == site


@pytest.mark.parametrize("written, canonical", [
    ("Grodno Regional Dental Clinic", "Grodno Regional Dental Polyclinic"),
    ("Mozyr Children's Clinic", "Mozyr Children's Polyclinic"),
    ("Polotsk City Clinic No. 2", "Polotsk City Polyclinic No. 2"),
    ("Grodno Regional Clinical Hospital", "Grodno Regional Clinical Hospital"),
    ("Lida-Arena Ice Palace", "Lida-Arena Sports Complex"),
    ("Orsha-Arena Palace of Sports", "Orsha-Arena Sports Complex"),
])
def test_kind_synonyms_are_one_site(sites, written, canonical):
    assert sites.english_name(written) == canonical


@pytest.mark.parametrize("line", ["Версия сайта для слабовидящих", "Вэрсія для слабавідушчых", "Версія для слабабачных",
                                  "Version for people with low vision", "Белым по чёрному", "чорным па жоўтым",
                                  "Blue on light blue"])
def test_accessibility_options_are_widgets_by_their_shape(line):
    assert is_widget(line)


@pytest.mark.parametrize("line", ["Беларусь на белом свете", "Черный хлеб", "Belarus on the map", "Зялёны гай"])
def test_lines_of_a_story_are_no_widgets(line):
    assert not is_widget(line)


def test_a_short_line_no_widget_list_knows_above_the_site_and_crumbs_is_head_chrome():
    page = ("Кантрастная схема\nГлыбоцкі раённы выканаўчы камітэт\nГалоўная / Навіны\n\n"
            "Механізатары ўбралі лён\n\n"
            "Механізатары сельгаскааператыва ўбралі лён на палях каля вёскі Псуя. Старшыня кааператыва Іван "
            "Пятровіч Драздоў расказаў, што ўраджай будзе добры.\n\n"
            "Другі абзац з больш тэкстам пра падзею, каб ён выглядаў як абзац артыкула, а не загаловак.\n\n"
            "12 жніўня 2026\n")
    fields = parse_text_page(page)
    assert fields.site == "Глыбоцкі раённы выканаўчы камітэт"
    assert fields.title == "Механізатары ўбралі лён"


@pytest.mark.parametrize("written, english", [
    # a legal form spelled out before the quoted name is no part of it, like its initials
    ("Производственное республиканское унитарное предприятие «Гроднооблгаз»", "Grodnooblgaz"),
    # (a company's form of legal_forms.tsv, spelled out as in initials, is the press's: КУП «Жилкомхоз» = UE Zhilkomkhoz)
    ("Коммунальное унитарное предприятие «Жилкомхоз»", "UE Zhilkomkhoz"),
    ("Дзяржаўная ўстанова «Лідскі раённы архіў»", "Lida District Archive"),
])
def test_a_legal_form_spelled_out_before_the_name(sites, written, english):
    assert sites.resolve(written, None) == english
