"""The bodies besides the executive committees that publish regional news (issue 14): customs houses,
statistical departments, hygiene centres, nature committees, the Emergencies Ministry's departments, one
facet value in English whatever language names them; and a page's publisher read where a page prints it:
a static site's front matter, a saved mail message's headers, a channel's name above its handle, a
bulletin's heading above its number, a text browser's numbered link, a JSON Lines site object, a
microformats card. Pages and names here are invented."""

from __future__ import annotations

import base64
import json

import pytest


from searchsvc.ingest import ingest_paths


@pytest.mark.parametrize("written, canonical", [
    ("Гродненская региональная таможня", "Grodno Regional Customs"),
    ("Магілёўская мытня", "Mogilev Customs"),
    ("Галоўнае статыстычнае ўпраўленне Магілёўскай вобласці", "Main Statistical Department of Mogilev Oblast"),
    ("Главное статистическое управление Витебской области", "Main Statistical Department of Vitebsk Oblast"),
    ("Витебский областной центр гигиены, эпидемиологии и общественного здоровья",
     "Vitebsk Regional Centre for Hygiene, Epidemiology and Public Health"),
    ("Brest Regional Center for Hygiene, Epidemiology and Public Health",
     "Brest Regional Centre for Hygiene, Epidemiology and Public Health"),
    ("Гомельскі абласны камітэт прыродных рэсурсаў і аховы навакольнага асяроддзя",
     "Gomel Oblast Committee of Natural Resources and Environmental Protection"),
    ("Grodno Regional Committee of Natural Resources and Environmental Protection",
     "Grodno Oblast Committee of Natural Resources and Environmental Protection"),
    ("Могилевское областное управление МЧС", "Mogilev Oblast Department of the Ministry of Emergency Situations"),
    ("Официальный сайт Минского городского комитета природных ресурсов и охраны окружающей среды",
     "Minsk City Committee of Natural Resources and Environmental Protection"),
])
def test_a_regional_body_of_a_republican_service_is_one_english_site(sites, written, canonical):
    assert sites.canonical(written) == canonical


STORY_RU = ("Сотрудники проверили сорок два предприятия района и выдали рекомендации по устранению нарушений. "
            "Повторная проверка пройдет в конце месяца, сообщили в ведомстве.")
STORY_EN = ("Inspectors checked forty-two companies of the district and issued recommendations. A second check "
            "will take place at the end of the month, the department said.")


def _ingest(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert not result.rejected, result.reason
    return result.article


@pytest.mark.parametrize("front, site", [
    ('publisher: "Main Department of Health, Mogilev Oblast Executive Committee"',
     "Main Department of Health of the Mogilev Oblast Executive Committee"),
    ('author: "Пресс-служба"\nparams: {source: "Комитет по сельскому хозяйству и продовольствию Брестского облисполкома"}',
     "Committee on Agriculture and Food of the Brest Oblast Executive Committee"),
])
def test_a_static_sites_front_matter_is_metadata_not_the_page(tmp_path, front, site):
    article = _ingest(tmp_path, "page.md.txt",
                      f'---\ntitle: "Inspections finished"\ndate: 2026-04-14T10:30:00+03:00\ndraft: false\n{front}\n'
                      f'tags: ["inspection"]\n---\n\n# Inspections finished\n\n{STORY_EN}\n')
    assert (article.site, article.title, article.published) == (site, "Inspections finished", "2026-04-14")
    assert "draft" not in article.body and "---" not in article.body


def test_a_saved_mail_messages_headers_name_its_sender_and_date(tmp_path):
    sender = base64.b64encode("Главное статистическое управление Гомельской области".encode()).decode()
    article = _ingest(tmp_path, "message.txt",
                      f"Return-Path: <news@example.by>\nFrom: \"=?utf-8?B?{sender}?=\" <news@example.by>\n"
                      f"To: list@example.by\nDate: Mon, 13 Apr 2026 09:15:00 +0300\nSubject: =?utf-8?B?0J4=?=\n"
                      f"MIME-Version: 1.0\n\nПроверки завершены\n\n{STORY_RU}\n")
    assert (article.site, article.title, article.published) == \
        ("Main Statistical Department of Gomel Oblast", "Проверки завершены", "2026-04-13")


@pytest.mark.parametrize("head, site", [
    # a channel's name above its handle and subscribers
    ("Витебская таможня\n@vitcustoms_news · 1,2 тыс. подписчиков\n[14.04.2026 10:05]",
     "Vitebsk Customs"),
    # a bulletin's heading above its number
    ("ГАЛОЎНАЕ ЎПРАЎЛЕННЕ АДУКАЦЫІ МАГІЛЁЎСКАГА АБЛВЫКАНКАМА\nІнфармацыйны бюлетэнь № 7\n14.04.2026",
     "Main Department of Education of the Mogilev Oblast Executive Committee"),
    # a text browser's numbered link
    ("   [2]Main Department of Sports and Tourism of the Vitebsk Oblast Executive Committee\n   Home > News\n"
     "   Published 14.04.2026", "Main Department of Sports and Tourism of the Vitebsk Oblast Executive Committee"),
])
def test_a_text_pages_publisher_above_the_lines_that_name_no_one(tmp_path, head, site):
    article = _ingest(tmp_path, "page.txt", f"{head}\n\nПроверки завершены\n\n{STORY_RU}\n")
    assert (article.site, article.published) == (site, "2026-04-14")


def test_a_json_lines_site_object_gives_its_name_and_a_unix_time_key_the_date(tmp_path):
    record = {"крыніца": {"назва": "Брэсцкі абласны камітэт прыродных рэсурсаў і аховы навакольнага асяроддзя",
                          "сайт": "https://example.by"},
              "час_unix": 1776150000, "загаловак": "Праверкі завершаны", "тэкст": STORY_RU}
    article = _ingest(tmp_path, "export.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    assert (article.site, article.published) == \
        ("Brest Oblast Committee of Natural Resources and Environmental Protection", "2026-04-14")


def test_a_microformats_card_of_the_publisher_outside_the_story(tmp_path):
    article = _ingest(tmp_path, "page.html",
                      '<html><head><title>Праверкі завершаны</title></head><body><header><a class="h-card p-org" '
                      'href="https://example.by/">Гомельская мытня</a></header><article class="h-entry">'
                      '<h1 class="p-name">Праверкі завершаны</h1><time class="dt-published" datetime="2026-04-14">'
                      f'14.04.2026</time><div class="e-content"><p>{STORY_RU}</p></div>'
                      '<a class="p-author h-card" href="/staff/1">Иван Петров</a></article></body></html>')
    assert article.site == "Gomel Customs"
