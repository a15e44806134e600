"""Russian and Belarusian query words reach English articles through the topic glossary."""

import re
from pathlib import Path

import pytest

from searchsvc.config import SAMPLES_DIR
from searchsvc.lang.glossary import Glossary, english_stems, english_terms, load_entries, phrase_terms
from searchsvc.lang.stemmers import stem_en


@pytest.mark.parametrize("word, lang, term", [
    ("урожая", "ru", "harvest"), ("ураджаю", "be", "harvest"),
    ("уборочной", "ru", "harvesting"), ("уборачнай", "be", "harvesting"),
    ("зерна", "ru", "grain"), ("збожжам", "be", "grain"),
    ("выборах", "ru", "election"), ("выбараў", "be", "election"),
    ("здравоохранения", "ru", "healthcare"),
    ("образованию", "ru", "education"), ("адукацыі", "be", "education"),
    ("промышленности", "ru", "industry"), ("прамысловасці", "be", "industry"),
    ("экспорта", "ru", "export"), ("экспарту", "be", "export"),
    ("безопасности", "ru", "security"), ("бяспецы", "be", "security"),
    ("визитом", "ru", "visit"), ("візіце", "be", "visit"),
    ("президентом", "ru", "president"), ("прэзідэнта", "be", "president"),
    ("Могилевской", "ru", "Mogilev"), ("Магілёўшчыне", "be", "Mogilev Oblast"),
    ("железной", "ru", "railway"),  # a word known only from its phrase "железная дорога"
])
def test_inflected_query_words_get_english_terms(word, lang, term):
    assert term in english_terms(word, lang)


def test_phrases_match_as_a_whole():
    assert phrase_terms("сельское хозяйство Брестской области", "ru") == [
        ("сельское хозяйство", ["agriculture"]), ("Брестской области", ["Brest Oblast", "Brest region"])]
    assert ("ахова здароўя", ["healthcare", "health care"]) in phrase_terms("ахова здароўя ў Гомелі", "be")
    assert english_terms("ставка рефинансирования", "ru") == ["refinancing rate"]


def test_belarusian_word_missing_from_its_column_falls_back_to_russian_spelling():
    g = Glossary.load()
    # "візітны" is not listed in Belarusian, but its Russian spelling's stem is the visit entry
    assert g.english_terms("візітам", "be") == g.english_terms("визитам", "ru") == ["visit"]


@pytest.mark.parametrize("word, lang", [("в", "ru"), ("і", "be"), ("стола", "ru"), ("", "ru"), ("harvest", "en"), ("места", "ru")])
def test_no_terms_for_stopwords_unknown_words_or_english(word, lang):
    assert english_terms(word, lang) == []


def test_glossary_has_hundreds_of_concepts_in_both_languages():
    entries = load_entries()
    assert len(entries) >= 400
    assert sum(1 for e in entries if e.forms("ru") and e.forms("be")) >= 400


def test_malformed_glossary_line_is_rejected_with_its_location(tmp_path):
    bad = tmp_path / "glossary.tsv"
    bad.write_text("урожай\tураджай\tharvest\nзерно\tgrain\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"glossary.tsv:2: expected 3"):
        load_entries(bad)


# Journalist queries about bundled sample stories: their English terms must occur in the story.
SAMPLE_QUERIES = [
    ("014_harvest-mogilev.txt", "ru", "урожай зерна на Могилевщине"),
    ("014_harvest-mogilev.txt", "be", "ураджай збожжа на Магілёўшчыне"),
    ("010_brest-shuleiko-sugar-beet.txt", "ru", "уборка картофеля и сахарной свеклы"),
    ("010_brest-shuleiko-sugar-beet.txt", "be", "уборка бульбы і цукровых буракоў"),
    ("002_constitution-referendum-results.txt", "ru", "итоги референдума по конституции"),
    ("002_constitution-referendum-results.txt", "be", "вынікі рэферэндуму па Канстытуцыі"),
    ("020_pinevich-vaccination.txt", "ru", "вакцинация от коронавируса"),
    ("020_pinevich-vaccination.txt", "be", "вакцынацыя ад каранавіруса"),
    ("021_national-bank-refinancing-rate.txt", "ru", "Нацбанк ставка рефинансирования"),
    ("021_national-bank-refinancing-rate.txt", "be", "Нацбанк стаўка рэфінансавання"),
    ("016_railways-summer-trains.txt", "ru", "летние поезда железной дороги"),
    ("016_railways-summer-trains.txt", "be", "летнія цягнікі чыгункі"),
    ("029_presidential-election-preliminary.txt", "ru", "предварительные итоги президентских выборов"),
    ("029_presidential-election-preliminary.txt", "be", "папярэднія вынікі прэзідэнцкіх выбараў"),
    ("008_school-year-ivanets.txt", "ru", "новый учебный год школьники"),
    ("008_school-year-ivanets.txt", "be", "навучальны год школьнікі"),
]


def _text_stems(path: Path) -> set[str]:
    return {stem_en(w) for w in re.findall(r"[a-z]+", path.read_text(encoding="utf-8").lower())}


@pytest.mark.parametrize("page, lang, query", SAMPLE_QUERIES)
def test_most_topic_words_of_a_query_reach_the_story_text(page, lang, query):
    story = _text_stems(Path(SAMPLES_DIR) / page)
    matches = phrase_terms(query, lang)
    assert matches, query
    reaching = [span for span, terms in matches if english_stems(terms) & story]
    assert len(reaching) >= max(1, len(matches) - 1), (query, matches)


# -- wave 2: vocabulary and routing found missing by the held-out journalist queries ---------------

@pytest.mark.parametrize("word, lang, term", [
    ("льна", "ru", "flax"), ("ільну", "be", "flax"),  # fleeting vowel: лён / льна
    ("зимовки", "ru", "wintering"), ("зімоўку", "be", "wintering"),
    ("электромобилей", "ru", "electric vehicles"), ("энергоблока", "ru", "power unit"),
    ("выратавальнікі", "be", "rescuers"), ("заморозков", "ru", "frosts"),
    ("семена", "ru", "seeds"),  # not "family" (семья shares the stem's first letters)
    ("кампании", "ru", "campaign"), ("Островецкой", "ru", "Ostrovets"), ("Астравецкай", "be", "Ostrovets"),
])
def test_wave2_domain_words(word, lang, term):
    assert term in english_terms(word, lang)


def test_generic_word_in_any_form_does_not_stand_for_its_phrase():
    # "великая" of "Великая Отечественная война" is a generic adjective, like "великий"
    assert "Great Patriotic War" not in english_terms("великий", "ru")
    assert "Great Patriotic War" not in english_terms("вялікі", "be")


def test_query_routing_uses_phrases_other_column_and_latin_codes():
    from searchsvc.search import routing

    terms = routing.english_terms(["уборочной", "кампании", "минской", "области"], "ru")
    assert "harvest campaign" in terms["кампании"] and "admission campaign" not in terms["кампании"]
    # Belarusian typed without і/ў is detected as Russian; the Belarusian column still answers
    assert routing.english_terms(["лясны", "пажар"], "ru")["лясны"] == ["forest fire"]
    assert routing.latin_code("М1") == "M1" and routing.latin_code("Р-23") == "P-23"
    assert routing.latin_code("Минск") is None and routing.latin_code("2024") is None


@pytest.mark.parametrize("word, lang, term, not_term", [
    ("семьи", "ru", "family", "seeds"), ("семена", "ru", "seeds", "family"),
    ("сырья", "ru", "raw materials", "cheese"), ("сыра", "ru", "cheese", "raw materials"),
    ("ученые", "ru", "scientists", "drills"), ("учения", "ru", "drills", "scientists"),
    ("парку", "be", "park", "party"),
])
def test_word_forms_win_over_colliding_stems(word, lang, term, not_term):
    # Snowball gives семья/семена, сыр/сырьё, учения/учёные one stem; the listed or generated
    # case form decides
    terms = english_terms(word, lang)
    assert term in terms and not_term not in terms


# -- wave 2, round 3: housing, law and order, finance, army, border, science, media, industries ----

@pytest.mark.parametrize("word, lang, term", [
    ("кібермашэннікі", "be", "cyber fraud"), ("наркоторговцы", "ru", "drug dealers"),
    ("взятки", "ru", "bribery"), ("хабар", "be", "bribery"), ("прысуд", "be", "sentence"),
    ("ускладанне вянкоў", "be", "wreaths"), ("Дзень друку", "be", "Press Day"),
    ("военкомата", "ru", "military commissariat"), ("мытні", "be", "customs"),
    ("падатковыя паступленні", "be", "tax revenues"), ("капрамонт", "be", "capital repairs"),
    ("пчеловоды", "ru", "beekeepers"), ("рыбхоза", "ru", "fish farms"),
    ("лагеры", "be", "camps"), ("абітурыентаў", "be", "applicants"),
])
def test_round3_domain_words(word, lang, term):
    assert term in english_terms(word, lang)


@pytest.mark.parametrize("word, lang, term, not_term", [
    ("дзік", "be", "wild boar", "kindergarten"), ("дзіця", "be", "child", "kindergarten"),
    ("печать", "ru", "press", "stove"), ("мёд", "be", "honey", "medal"), ("медали", "ru", "medal", "honey"),
])
def test_round3_word_forms_win_over_colliding_stems(word, lang, term, not_term):
    terms = english_terms(word, lang)
    assert term in terms and not_term not in terms


@pytest.mark.parametrize("word, lang, term, not_term", [
    ("центр", "ru", "centre", "perinatal centres"), ("управления", "ru", "department", "financial department"),
    ("сезон", "be", "season", "heating season"), ("тепла", "ru", "heat", "thermal modernisation"),
])
def test_plain_word_of_a_phrase_keeps_its_own_meaning(word, lang, term, not_term):
    # a word listed only inside phrases would stand for its shortest phrase ("центр" for
    # "перинатальный центр"); listed alone, it says only what it says
    terms = english_terms(word, lang)
    assert term in terms and not_term not in terms
