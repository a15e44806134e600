"""A river on its embankment and a place inside a thing's name (issue 14): "the Pina embankment" is on the river (the
river is a place of the story, a town's embankment none); a stamp's or envelope's design, a foreign firm's Latin name
after its kind, an event named after its town ("the Kobrin Honey Festival") name that thing, no place of the page."""

from __future__ import annotations

import pytest

from searchsvc.entities.places import PlaceRegistry


def _labels(places: PlaceRegistry, text: str) -> list[str]:
    return [p.label("en") for p in places.named(text)]


@pytest.mark.parametrize("text, label", [
    ("The guests walked along the Sozh embankment after the talks.", "Sozh River"),
    ("The delegation saw the old town and the Dnieper embankment near the bridge.", "Dnieper"),
    ("Экскурсію па беразе Росі правёў мясцовы краязнаўца.", "Ros River"),
    ("Экскурсию по берегу Роси провёл местный краевед.", "Ros River"),
])
def test_a_river_on_its_bank_is_a_place(places, text, label):
    assert label in _labels(places, text)


@pytest.mark.parametrize("text, absent", [
    ("The minister presented the stamp Mir Castle Towers and the envelope Augustow Canal.", "Augustow Canal"),
    ("The plant will ship glass to the Kazakh agroholding Green Valley Shymkent in May.", "Shymkent"),
    ("Buyers from Poland came for the Kobrin Honey Festival on Saturday.", "Kobrin"),
    ("The Pinsk embankment was repaired after the flood.", "Pinsk"),
])
def test_a_place_inside_a_things_name_is_no_place(places, text, absent):
    assert absent not in _labels(places, text)


@pytest.mark.parametrize("text, label", [
    # the same names where the story is about the place itself
    ("The tourists sailed along the Augustow Canal to the border.", "Augustow Canal"),
    ("The company signed a contract with farms of Shymkent in May.", "Shymkent"),
])
def test_the_same_place_named_plainly_is_a_place(places, text, label):
    assert label in _labels(places, text)
