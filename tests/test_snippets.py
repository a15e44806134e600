"""Which words a snippet marks: whole words whose stem the query has, in any letter case, and
capitalised names whose key it has; never a piece of a longer word."""

from __future__ import annotations

from searchsvc.search import routing
from searchsvc.search.snippets import Marker, Snippet, highlight_all


def marked(text: str, marker: Marker) -> list[str]:
    return [text[s:e] for s, e, _ in marker.matches(text)]


def test_words_are_marked_by_stem_in_any_case_and_only_from_their_start():
    marker = Marker({"harvest"}, "en")
    text = "HARVEST news: the Harvest ended, harvests grew; preharvest work and a harvester."
    assert marked(text, marker) == ["HARVEST", "Harvest", "harvests", "harvester"]  # not "preharvest"
    ru = Marker({"уборк"}, "ru")
    assert marked("Уборка идёт; УБОРКУ начали, переуборка нет.", ru) == ["Уборка", "УБОРКУ"]


def test_a_text_whose_lower_case_is_longer_is_marked_at_the_right_places():
    """'İ'.lower() is two characters: the positions must still be the text's own."""
    marker = Marker({"harvest"}, "en")
    text = "İstanbul İzmir: the harvest, HARVEST."
    assert marked(text, marker) == ["harvest", "HARVEST"]
    assert Snippet.build(text, marker).html.count("<mark>harvest</mark>") == 1


def test_names_are_marked_by_key_whatever_the_script():
    key = routing.name_key("Volfovich")
    marker = Marker(set(), "en", name_keys={key})
    text = "Aleksandr Volfovich met Вольфович; volfovich in lower case is no name; AVolfovich neither."
    assert marked(text, marker) == ["Volfovich"] + (["Вольфович"] if routing.name_key("Вольфович") == key else [])
    assert highlight_all("Volfovich visits Brest", marker).spans == [[0, 9]]
