"""The news agency a story credits as its source is an organization of the article on a Russian or
Belarusian page as it is on an English one ("BelTA reports"): "сообщает БЕЛТА", "(БелТА)",
"паведамілі БелТА ў райвыканкаме" -- but not a bare "БЕЛТА" left from a site's menu (entities/cyrillic.py)."""

from __future__ import annotations

import pytest

from entity_sets import organizations

BELTA = "Belarusian Telegraph Agency"


@pytest.mark.parametrize("body", [
    "Новая линия по розливу молока заработала в Верхнедольске 3 марта, сообщили БЕЛТА в горисполкоме.",
    "Новая линия по розливу молока заработала в Верхнедольске 3 марта, передает БЕЛТА.",
    "(БелТА) Новая линия по розливу молока заработала в Верхнедольске 3 марта.",
    "Новая лінія па разліве малака запрацавала ў Верхнедольску, паведамілі БелТА ў райвыканкаме.",
    "Новая лінія па разліве малака запрацавала ў Верхнедольску, паведамляе БЕЛТА.",
    "A new milk bottling line opened in Verkhnedolsk on 3 March, BelTA reports.",
    "(BelTA) A new milk bottling line opened in Verkhnedolsk on 3 March.",
])
def test_the_credited_agency_is_an_organization_of_the_story(registry, body):
    assert BELTA in organizations(registry, body, title="Новости")


def test_a_menu_item_in_capitals_is_no_credit(registry):
    body = "Главная\nБЕЛТА\nНовая линия по розливу молока заработала в Верхнедольске 3 марта."
    assert BELTA not in organizations(registry, body, title="Новости")


def test_a_makers_acronym_before_a_model_number_is_the_model(registry):
    body = "Бригада на самосвале БелАЗ-75710 перевезла рекордный объем руды, а завод МАЗ показал автобус МАЗ-303."
    found = organizations(registry, body, title="Новости")
    assert "Belarusian Autoworks" not in found and "Minsk Automobile Plant" in found


def test_other_agencies_credited_the_same_way(registry):
    found = organizations(registry, "Об этом сообщает ТАСС. Как передает РИА Новости, переговоры прошли в Верхнедольске.",
                          title="Новости")
    assert {"TASS", "RIA Novosti"} <= set(found)
    assert "Xinhua" in organizations(registry, "The talks were held in Verkhnedolsk, Xinhua reports.", title="News")
