"""The learned span tagger (entities/span_model.py) beside the rules: it learns persons and organizations from
annotated pages, the shipped model tags names it never saw, and the extractor adds its spans only behind the
setting (settings.entity_span_model), never removing what a rule found."""

from __future__ import annotations

from conftest import test_settings
from entity_sets import facets

from searchsvc.article import Article
from searchsvc.config import Settings
from searchsvc.entities import EntityExtractor
from searchsvc.entities.span_model import SpanTagger, align, english, train
from searchsvc.services import Services

# invented pages: firms, people and towns that no table or set names
_PAGES = [
    ("Director of Tarvolin Brick Works Pavel Orekhin met partners from Dravia. Orekhin said Tarvolin Brick Works "
     "would ship bricks.", {"persons": ["Pavel Orekhin"], "organizations": ["Tarvolin Brick Works"], "places": ["Dravia"]}),
    ("Kelmar Dairy Plant signed a deal with Ostrelo Foods Group, chairwoman Irina Belsova said in Dravia.",
     {"persons": ["Irina Belsova"], "organizations": ["Kelmar Dairy Plant", "Ostrelo Foods Group"], "places": ["Dravia"]}),
    ("The Vesmar Glass Factory hosted engineer Oleg Zarnitsky. Zarnitsky praised Vesmar Glass Factory staff.",
     {"persons": ["Oleg Zarnitsky"], "organizations": ["Vesmar Glass Factory"], "places": []}),
    ("Minister of Trade of Dravia Anton Kelbrin visited Brenholt Machine Works on Monday.",
     {"persons": ["Anton Kelbrin"], "organizations": ["Brenholt Machine Works"], "places": ["Dravia"]}),
] * 3


def test_alignment_finds_full_names_and_a_lone_surname():
    text, annotation = _PAGES[0]
    a = align(text, annotation)
    tagged = [(t.text, tag) for t, tag in zip(a.tokens, a.tags) if tag != "O"]
    assert ("Pavel", "B-PER") in tagged and ("Orekhin", "I-PER") in tagged
    assert tagged.count(("Orekhin", "B-PER")) == 1  # "Orekhin said": the surname alone is the person too
    assert ("Tarvolin", "B-ORG") in tagged and ("Works", "I-ORG") in tagged
    assert a.aligned == a.entities == 3


def test_a_model_trained_on_invented_pages_tags_new_names(tmp_path):
    model = tmp_path / "tiny.crfsuite"
    counts = train(_PAGES, model, {"max_iterations": 60})
    assert counts["pages"] == len(_PAGES) and counts["aligned"] == counts["entities"]
    spans = {(s.label, s.text) for s in SpanTagger(model).spans(
        "Chairwoman Marta Velkova said Dorsen Brick Works would ship bricks.")}
    assert ("ORG", "Dorsen Brick Works") in spans
    assert ("PER", "Marta Velkova") in spans


def test_the_shipped_model_tags_invented_companies_and_ministers():
    tagger = SpanTagger.load()
    spans = {(s.label, s.text) for s in tagger.spans(
        "Grodno Azot signed a contract with Qorvex Lighting Group. Foreign Minister of Laos Orun Pallemar "
        "arrived for talks.")}
    assert ("ORG", "Qorvex Lighting Group") in spans
    assert ("PER", "Orun Pallemar") in spans
    spans = {(s.label, s.text) for s in tagger.spans("The plant will supply tractors to Hendrel Agro Holding, "
                                                     "its director Kasimir Doplov said.")}
    assert ("ORG", "Hendrel Agro Holding") in spans and ("PER", "Kasimir Doplov") in spans


def test_russian_and_belarusian_pages_are_not_english():
    assert english("Qorvex Lighting Group signed a contract")
    assert not english("Директор ОАО «Гродно Азот» Игорь Ляшенко сообщил")


def test_the_setting_is_off_by_default_and_read_from_the_environment():
    assert Settings.load(env={}).entity_span_model is False
    assert Settings.load(env={"SEARCHSVC_ENTITY_SPAN_MODEL": "1"}).entity_span_model is True
    assert Services(test_settings()).extractor.span_tagger is None
    assert isinstance(Services(test_settings(entity_span_model=True)).extractor.span_tagger, SpanTagger)


_STORY = ("Grodno, 3 March (BelTA) - The Lida District Executive Committee and Qorvex Lighting Group signed a "
          "contract on new street lamps. Chairman of the Lida District Executive Committee Ivan Petrovsky said "
          "Vorsten Cable Company would supply wire, and Foreign Minister of Laos Orun Pallemar welcomed it.")


def test_switch_off_gives_the_rules_output_exactly(registry):
    rules = facets(EntityExtractor(registry), _STORY)
    assert facets(EntityExtractor(registry, span_tagger=None), _STORY) == rules


def test_the_model_adds_names_and_never_removes_a_rule_entity(registry, tmp_path):
    from searchsvc.entities import EntityRegistry

    rules = facets(EntityExtractor(EntityRegistry.load(overlay=tmp_path / "a.jsonl")), _STORY)
    both = facets(EntityExtractor(registry, span_tagger=SpanTagger.load()), _STORY)
    for key in ("persons", "organizations"):
        assert set(rules[key]) <= set(both[key])
    assert "Orun Pallemar" in both["persons"]


def test_the_model_adds_nothing_that_is_a_thing_a_place_a_post_or_a_namesake(registry):
    article = Article(id="t", title="", site="Test", published="2024-01-01",
                      body="Athletes from Kelvardia won medals at the Dravia Open Cup in the city of Minsk. "
                           "Visitors tasted Lidskoye kvass and heard a concert at the Dorvan Summer Amphitheatre. "
                           "Minister of Coastal Fisheries of Laos Orun Pallemar visited the Pelsk Museum named after "
                           "Ivar Tromsky; General Ivar Tromsky had his headquarters in Pelsk, a stadium named after "
                           "Marek Solvan was shown to him. Exports of Timber, Peat and Flax grew. Guests saw the "
                           "Kaunas Winter Lights and Ice Festival, the Trelvo Suspension Bridge, the robot Zorbo-Bot 7 "
                           "and tasted \"Velmar Gold\" cheese.")
    EntityExtractor(registry, span_tagger=SpanTagger.load(threshold=0.0)).annotate(article)
    labels = [registry.label(i, "en") for i in article.persons + article.organizations]
    assert not any(word in label for label in labels for word in ("Cup", "Amphitheatre", "Tromsky", "Solvan",
                                                                   "Coastal Fisheries", "Timber", "Lights", "Bridge",
                                                                   "Zorbo", "Velmar")), labels
    assert "Minsk" not in labels


def test_shows_bridges_and_amphitheatres_are_things_for_the_rules_too(registry):
    """non_entities.tsv heads (read by the rules and the model alike): an event or a venue, never a body."""
    got = facets(EntityExtractor(registry), "Tractors were shown at the Velbor Motor Show and the Dranmouth Farm Show. "
                                            "The Kelsk Suspension Bridge and the Marevo Summer Amphitheatre were reopened.")
    labels = got["persons"] + got["organizations"]
    assert not any(w in label for label in labels for w in ("Show", "Bridge", "Amphitheatre")), labels
