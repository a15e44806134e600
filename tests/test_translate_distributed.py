"""Translating an indexed archive on Dask workers (a LocalCluster of two processes here).

The packages are the tiny test models (searchsvc.translation.testmodel), which transliterate
letter by letter, so every cached sentence can be checked against what it must be. The corpus
uses words whose transliterations differ, so no two sentences share a translation and every
count below is exact.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest
from conftest import run_cli

pytest.importorskip("distributed", reason="dask distributed is a dependency: pip install -e .")

from searchsvc.config import Settings  # noqa: E402
from searchsvc.pipeline import reindex  # noqa: E402
from searchsvc.translation.backlog import ArticleReads, Backlog, _Entry, order  # noqa: E402
from searchsvc.translation.cache import TranslationCache  # noqa: E402
from searchsvc.translation.distributed import ArchiveTranslation, translation_cluster  # noqa: E402
from searchsvc.translation.engine import model_identity  # noqa: E402
from searchsvc.translation.models import ModelCatalog, install_file  # noqa: E402
from searchsvc.translation.sentences import split_text  # noqa: E402
from searchsvc.translation.testmodel import EN_RU, EN_RU_V2, RU_BE, build_test_package  # noqa: E402

# no h/x, c/k/q or v/w: letters the test model maps onto one Cyrillic letter
WORDS = "minsk region budget tractor potato dairy flat road bridge forest rain spring grain mill plant dam " \
        "port farm barn oil gas steel iron pipe tube lamp bus tram train ferry".split()
ARTICLES = 14


def corpus_records(n: int = ARTICLES) -> list[dict]:
    r = random.Random(7)
    records = []
    for i in range(n):
        body = " ".join(" ".join(r.choice(WORDS) for _ in range(r.randint(3, 5))).capitalize() + "."
                        for _ in range(3))
        records.append({"url": f"https://minsk.example.by/news/{i}", "site": "Minsk City Executive Committee",
                        "title": f"Report {i} on the {r.choice(WORDS)}", "published": f"2023-03-{1 + i:02d}",
                        "body": body})
    return records


def translit(text: str, table: dict) -> str:
    return "".join(table.get(c, c) for c in text)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """An index of untranslated articles (built before any model was installed), then the models."""
    root = tmp_path_factory.mktemp("archive")
    settings = Settings(models_dir=str(root / "models"), cache_dir=str(root / "unused-cache"),
                        index_dir=str(root / "index"), entities_file=str(root / "entities.jsonl"))
    pages = root / "pages"
    pages.mkdir()
    records = corpus_records()
    (pages / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = reindex([str(pages)], settings)
    assert report.documents == ARTICLES and report.translation["gaps"] == {"ru": ARTICLES, "be": ARTICLES}
    for pair in (("en", "ru"), ("ru", "be")):
        path = root / f"{pair[0]}_{pair[1]}.argosmodel"
        build_test_package(path, *pair)
        install_file(settings.models_dir, path)
    sentences = sorted({s for r in records for text in (r["title"], r["body"]) for s, _ in split_text(text)})
    shutil.copytree(settings.index_dir, root / "untranslated-index")  # for tests that need it as it was
    return settings, pages, sentences


@pytest.fixture(scope="module")
def client(archive):
    settings, _, _ = archive
    with translation_cluster(settings, workers=2) as client:
        client.wait_for_workers(2, timeout=60)
        yield client


def fresh(settings: Settings, tmp_path: Path, **changes) -> Settings:
    """The archive as it was built (untranslated), a copy of its own, and an empty cache."""
    index = shutil.copytree(Path(settings.index_dir).parent / "untranslated-index", tmp_path / "index")
    return dataclasses.replace(settings, index_dir=str(index), cache_dir=str(tmp_path / "cache"), **changes)


def identities(settings: Settings) -> tuple[str, str]:
    catalog, cache = ModelCatalog.load(settings.models_dir), TranslationCache(settings.translation_cache_dir)
    return tuple(model_identity(catalog.find(a, b), cache, settings.translate_beam) for a, b in (("en", "ru"), ("ru", "be")))


def assert_cache_holds_exactly(settings: Settings, sentences: list[str]) -> None:
    """Every sentence once per leg, each the translation the model makes, and nothing else."""
    en_ru, ru_be = identities(settings)
    cache = TranslationCache(settings.translation_cache_dir)
    russian = {s: translit(s, EN_RU) for s in sentences}
    assert cache.get_many(en_ru, sentences) == russian
    assert cache.get_many(ru_be, list(russian.values())) == {t: translit(t, RU_BE) for t in russian.values()}
    assert cache.count(en_ru) == cache.count(ru_be) == len(sentences) and cache.count() == 2 * len(sentences)


def test_a_worker_killed_mid_run_loses_nothing_and_the_cache_stays_exact(archive, client, tmp_path):
    settings, _, sentences = archive
    settings = fresh(settings, tmp_path)
    killed = []

    def kill_a_busy_worker(report):
        if killed:
            return
        busy = [address for address, keys in client.processing().items() if keys]
        if busy:
            pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    backlog = Backlog.load(settings, ["ru", "be"])
    assert backlog.total == ARTICLES
    run = ArchiveTranslation(settings, client, task_sentences=3, on_progress=kill_a_busy_worker)
    report = run.run(backlog.articles(), total=backlog.total)

    assert killed, "no worker was busy to kill"
    assert not report.stopped and report.errors == [] and report.tasks_failed == 0
    assert report.articles_done == ARTICLES
    assert report.sentences_written == report.sentences_sent == 2 * len(sentences)
    assert_cache_holds_exactly(settings, sentences)
    assert killed[0] not in client.run(os.getpid).values()  # the nanny started a new process


def test_a_stopped_run_resumes_where_it_stopped_and_reindex_indexes_from_the_cache(archive, client, tmp_path):
    settings, pages, sentences = archive
    settings = fresh(settings, tmp_path)
    finished = []
    first = ArchiveTranslation(settings, client, task_sentences=2, on_progress=lambda r: finished.append(1),
                               should_stop=lambda: len(finished) >= 3)
    backlog = Backlog.load(settings, ["ru", "be"])
    stopped = first.run(backlog.articles(), total=backlog.total)
    assert stopped.stopped
    cached_after_stop = TranslationCache(settings.translation_cache_dir).count()
    assert 0 < cached_after_stop == stopped.sentences_written < 2 * len(sentences)

    resumed = ArchiveTranslation(settings, client, task_sentences=2).run(Backlog.load(settings, ["ru", "be"]).articles())
    assert not resumed.stopped and resumed.errors == []
    # only what the first run did not finish went to the workers
    assert resumed.sentences_sent == 2 * len(sentences) - cached_after_stop
    assert_cache_holds_exactly(settings, sentences)

    # the batch job's gap filling writes them into the index, every sentence from the cache
    report = reindex([str(pages)], settings)
    assert report.gaps_filled == ARTICLES
    assert report.translation["sentences_translated"] == 0 and report.translation["sentences_cached"] > 0
    assert Backlog.load(settings, ["ru", "be"]).total == 0


def test_workers_with_other_model_files_refuse_the_batches_and_nothing_is_cached(archive, client, tmp_path):
    # the client has another en->ru package under the same folder name than the workers have
    settings = fresh(archive[0], tmp_path, models_dir=str(tmp_path / "models"))
    build_test_package(tmp_path / "other.argosmodel", "en", "ru", EN_RU_V2)
    install_file(settings.models_dir, tmp_path / "other.argosmodel")
    backlog = Backlog.load(settings, ["ru"])
    report = ArchiveTranslation(settings, client, langs=["ru"], task_sentences=4).run(backlog.articles(),
                                                                                       total=backlog.total)
    assert report.tasks_failed > 0 and report.stopped  # every batch fails: the run gives up
    assert "install the same package file on every worker" in report.errors[0]
    assert report.articles_done == 0 and TranslationCache(settings.translation_cache_dir).count() == 0


def test_translate_command_reports_progress_and_a_second_run_has_nothing_to_do(archive, tmp_path):
    # --device cuda: the same code path; on this machine without a GPU the workers say so and use the CPU
    settings, _, sentences = archive
    index = shutil.copytree(Path(settings.index_dir).parent / "untranslated-index", tmp_path / "index")
    env = {"SEARCHSVC_MODELS_DIR": settings.models_dir, "SEARCHSVC_CACHE_DIR": str(tmp_path / "cache")}
    args = ("translate", "--index", str(index), "--workers", "1", "--lang", "ru", "--device", "cuda", "--json")
    proc = run_cli(*args, env=env, timeout=120)
    report = json.loads(proc.stdout)
    assert report["articles_done"] == report["articles"] == ARTICLES and report["languages"] == {"ru": "direct"}
    assert report["sentences_written"] == len(sentences) and report["workers_by_device"] == {"cpu (cuda requested, none visible)": 1}
    events = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{") and '"progress"' in line]
    assert events and events[-1]["articles_done"] == ARTICLES and events[-1]["eta_s"] == 0
    # the one log format (searchsvc/logs.py), as every other stderr line
    assert all(e["logger"] == "searchsvc.translate" and {"time", "level", "pid", "msg"} <= e.keys() for e in events)
    again = json.loads(run_cli(*args, env=env, timeout=120).stdout)
    assert again["sentences_sent"] == 0 and again["sentences_cached"] == len(sentences)


def test_translate_command_without_a_model_says_what_to_install(tmp_path):
    proc = run_cli("translate", "--index", str(tmp_path / "index"), "--models-dir", str(tmp_path / "none"),
                   check=False)
    assert proc.returncode == 3 and "searchsvc models install" in proc.stderr


def test_order_is_newest_then_most_read_then_the_rest(tmp_path):
    reads = ArticleReads(tmp_path)
    for article_id, opens in (("old-popular", 5), ("old-read-once", 1), ("recent-b", 2)):
        for _ in range(opens):
            reads.record(article_id)
    entries = [_Entry("old-plain", "2022-05-01"), _Entry("old-read-once", "2021-01-01"),
               _Entry("recent-a", "2023-03-01"), _Entry("undated", ""), _Entry("old-popular", "2020-01-01"),
               _Entry("recent-b", "2023-02-20"), _Entry("old-plain-2", "2022-06-01")]
    ordered = [e.id for e in order(entries, reads.counts(), recent_days=30)]
    assert ordered == ["recent-a", "recent-b", "old-popular", "old-read-once", "old-plain-2", "old-plain", "undated"]
    assert reads.counts() == {"old-popular": 5, "old-read-once": 1, "recent-b": 2}


def test_opening_an_article_moves_it_up_the_translation_order(archive, tmp_path):
    from starlette.testclient import TestClient

    from searchsvc.web.app import create_app

    settings = fresh(archive[0], tmp_path)
    index = settings.index_dir
    oldest = Backlog.load(settings, ["ru"]).entries[-1].id
    with TestClient(create_app(settings)) as http:
        for _ in range(3):
            assert http.get(f"/articles/{oldest}").status_code == 200
        assert http.get("/articles/no-such-article").status_code == 404
    assert ArticleReads(index).counts() == {oldest: 3}
    ordered = [e.id for e in Backlog.load(settings, ["ru"], recent_days=1).entries]
    assert ordered[1] == oldest and len(ordered) == ARTICLES  # after the newest day, before the rest


# --- on demand: GET /articles/{id}?translate=ru -----------------------------------------------


def article_page(archive, tmp_path, **overrides):
    from starlette.testclient import TestClient

    from searchsvc.web.app import create_app

    settings = fresh(archive[0], tmp_path, **overrides)
    newest = Backlog.load(settings, ["ru"]).entries[0].id
    return settings, TestClient(create_app(settings)), newest


def test_an_article_is_translated_on_demand_into_the_language_asked_and_cached(archive, tmp_path):
    settings, http, article_id = article_page(archive, tmp_path)
    with http:
        plain = http.get(f"/articles/{article_id}").json()
        assert plain["translations"] == {} and "translation_request" not in plain
        answer = http.get(f"/articles/{article_id}?translate=ru")
        assert answer.status_code == 200
        body = answer.json()
        request = body["translation_request"]
        assert request["status"] == "translated" and request["sentences_to_translate"] == 4  # title + 3
        assert body["translations"]["ru"] == {"title": translit(plain["title"], EN_RU),
                                              "body": translit(plain["body"], EN_RU), "route": "direct"}
        assert "be" not in body["translations"]  # only what was asked
        again = http.get(f"/articles/{article_id}?translate=ru").json()
        assert again["translation_request"]["sentences_to_translate"] == 0
        assert again["translations"]["ru"] == body["translations"]["ru"]
        be = http.get(f"/articles/{article_id}?translate=be").json()
        assert be["translations"]["be"]["title"] == translit(translit(plain["title"], EN_RU), RU_BE)
        assert be["translations"]["be"]["route"] == "pivot:ru"
        assert http.get(f"/articles/{article_id}?translate=fr").status_code == 400
        assert http.get(f"/articles/{article_id}?lang=ru").status_code == 400
    en_ru, ru_be = identities(settings)
    cache = TranslationCache(settings.translation_cache_dir)
    assert cache.count(en_ru) == cache.count(ru_be) == 4


def test_on_demand_translation_is_bounded_and_says_why(archive, tmp_path):
    _, http, article_id = article_page(archive, tmp_path / "none", models_dir=str(tmp_path / "no-models"))
    with http:
        body = http.get(f"/articles/{article_id}?translate=ru").json()
    assert body["translation_request"]["status"] == "no_model" and "models install ru" in body["translation_request"]["detail"]
    assert body["translations"] == {}

    _, http, article_id = article_page(archive, tmp_path / "long", translate_on_demand_sentences=3)
    with http:
        answer = http.get(f"/articles/{article_id}?translate=ru")
    assert answer.status_code == 200 and answer.json()["translations"] == {}
    assert answer.json()["translation_request"]["status"] == "too_long"
    assert answer.json()["translation_request"]["sentences_to_translate"] == 4

    settings, http, article_id = article_page(archive, tmp_path / "slow", translate_on_demand_wait_s=0)
    with http:
        answer = http.get(f"/articles/{article_id}?translate=ru")
        assert answer.status_code == 202 and answer.headers["Retry-After"] == "5"
        assert answer.json()["translation_request"]["status"] == "pending" and answer.json()["translations"] == {}
        for _ in range(300):  # the translation goes on after the answer, into the cache
            answer = http.get(f"/articles/{article_id}?translate=ru")
            if answer.status_code == 200:
                break
            time.sleep(0.1)
    assert answer.json()["translation_request"] == {"lang": "ru", "status": "translated", "detail": "",
                                                    "sentences_to_translate": 0}
    assert answer.json()["translations"]["ru"]["title"].startswith("Репорт")


def test_time_left_extrapolates_from_the_planned_articles_at_the_rate_so_far():
    from searchsvc.translation.distributed import ArchiveReport

    report = ArchiveReport(articles=100, articles_planned=10, sentences_expected=200, sentences_written=100)
    assert report.seconds_left(elapsed=10.0) == 190.0  # 2,000 sentences in all, 1,900 left, 10 a second
    assert ArchiveReport(articles=100, articles_planned=10, sentences_expected=200).seconds_left(5.0) is None
    all_cached = ArchiveReport(articles=10, articles_planned=10, articles_done=10)
    assert all_cached.seconds_left(1.0) == 0.0
