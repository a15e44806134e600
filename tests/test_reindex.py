"""The batch job as an operator sees it: what gets processed, what the report says, what searches find."""

from __future__ import annotations

import json
import os
import random
import threading
from pathlib import Path

import pytest

from conftest import run_cli
from searchsvc.article import Article, Source
from searchsvc.config import SAMPLES_DIR, Settings
from searchsvc.entities import EntityExtractor, EntityRegistry
from searchsvc.index import IndexStore, write_generation
from searchsvc.index.locks import LockHeld
from searchsvc.index.manifest import Manifest
from searchsvc.index.updates import IndexBusy, apply_changes
from searchsvc.ingest import ingest_paths
from searchsvc.pipeline import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, reindex


# -- a corpus the tests write themselves ---------------------------------------------------------

CHROME = "Font settings\nTimes New Roman\nFont size\nLetter spacing\nColor scheme\non white\non blue\n"
TOWNS = ["Grodno", "Brest", "Pinsk", "Lida", "Orsha", "Slonim", "Mozyr", "Zhlobin", "Baranovichi", "Polotsk"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WORDS = ("tractor bridge school harvest dairy forest library stadium railway clinic factory bakery orchard "
         "museum theatre river canal road market festival concert exhibition tournament cinema hospital "
         "kindergarten college laboratory workshop greenhouse warehouse airport station pipeline turbine "
         "reservoir vineyard apiary sawmill quarry brewery tannery foundry shipyard hangar depot").split()


def code(i: int) -> str:
    """A word only story i has: 0 -> 'qua', 1 -> 'qub', ... (searchable, stems to itself)."""
    letters = ""
    n = i
    for _ in range(3):
        letters = chr(ord("a") + n % 26) + letters
        n //= 26
    return "qx" + letters


def story_text(i: int, version: int = 0) -> tuple[str, str, str, str]:
    """(site, date line, title, body) of story i; another `version` edits the text."""
    rng = random.Random(i * 1000 + version)
    town = TOWNS[i % len(TOWNS)]
    site = f"{town} District Executive Committee"
    day = f"{1 + i % 28} {MONTHS[(i // 28) % 12]} {2020 + i // 336}"
    title = f"{town} opens a new {rng.choice(WORDS)} {code(i)}"
    paragraphs = []
    for _ in range(3):
        paragraphs.append(" ".join(rng.choice(WORDS) for _ in range(40)).capitalize() + ".")
    if version:
        paragraphs.append(f"Updated text, version {version}.")
    return site, day, title, "\n\n".join(paragraphs)


def page(site: str, day: str, title: str, body: str) -> str:
    return f"{CHROME}{site}\nMain / News\n{day}\n\n{title}\n\n\n{body}\n"


def write_story(folder: Path, i: int, version: int = 0, reprint_site: str | None = None, name: str = "") -> Path:
    site, day, title, body = story_text(i, version)
    name = name or f"{i:05d}.txt"
    if reprint_site:  # same story, another site, a lightly edited first sentence
        site = reprint_site
        body = "As reported by the regional press, " + body[0].lower() + body[1:]
        name = name if name != f"{i:05d}.txt" else f"{i:05d}_reprint_{reprint_site.split()[0].lower()}.txt"
    path = folder / name
    path.write_text(page(site, day, title, body), encoding="utf-8")
    return path


def write_corpus(folder: Path, n: int, reprints: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        write_story(folder, i)
    for i in range(reprints):
        write_story(folder, i * 3, reprint_site="Vitebsk City Executive Committee")


def settings_for(tmp_path: Path) -> Settings:
    return Settings(index_dir=str(tmp_path / "index"), models_dir=str(tmp_path / "models"),
                    cache_dir=str(tmp_path / "cache"), entities_file=str(tmp_path / "entities-learned.jsonl"))


def hits_for(index_dir, words: str) -> list[str]:
    """Ids of the articles whose English title or body has any of `words` in the live generation
    (the engine's own ranking, best 50 per field)."""
    store = IndexStore(index_dir)
    _, index = store.open_live()
    with index, index.reader() as r:
        docs = dict.fromkeys(d for field in ("title_en", "body_en") for d in r.best_matches(field, words, 50))
        return [r.stored_fields(d)["id"] for d in docs]


def live_articles(index_dir) -> dict[str, dict]:
    _, index = IndexStore(index_dir).open_live()
    with index, index.reader() as r:
        return {d["id"]: json.loads(d["article"]) for d in r.all_stored_fields()}


# -- full and incremental -------------------------------------------------------------------------

def test_first_run_builds_a_validated_generation_and_reports_reconciled_counts(tmp_path):
    write_corpus(tmp_path / "pages", 12, reprints=2)
    report = reindex([tmp_path / "pages"], settings_for(tmp_path))
    assert report.exit_code == EXIT_OK and report.mode == "full"
    assert (report.files, report.new, report.reprints_merged, report.documents) == (14, 12, 2, 12)
    assert report.validation["problems"] == []
    assert all(c["found"] for c in report.validation["checks"]["canaries"])
    assert IndexStore(tmp_path / "index").live_generation() == report.generation
    assert hits_for(tmp_path / "index", code(5)) and len(hits_for(tmp_path / "index", code(3))) == 1
    reprinted = live_articles(tmp_path / "index")[hits_for(tmp_path / "index", code(3))[0]]
    assert {s["site"] for s in reprinted["sources"]} == {"Lida District Executive Committee",
                                                         "Vitebsk City Executive Committee"}
    assert set(report.seconds) >= {"scan", "ingest", "translate", "index", "validate", "publish", "total"}


def test_unchanged_inputs_are_neither_parsed_nor_translated(tmp_path, monkeypatch):
    write_corpus(tmp_path / "pages", 10, reprints=1)
    settings = settings_for(tmp_path)
    first = reindex([tmp_path / "pages"], settings)
    import searchsvc.pipeline.stories as ingest_stage
    import searchsvc.pipeline.translate as translate_stage

    parsed, translated = [], []
    real_ingest, real_translate = ingest_stage.ingest_paths, translate_stage.translate_articles
    monkeypatch.setattr(ingest_stage, "ingest_paths",
                        lambda paths, **kw: parsed.extend(paths) or real_ingest(paths, **kw))
    monkeypatch.setattr(translate_stage, "translate_articles",
                        lambda arts, s: translated.extend(arts) or real_translate(arts, s))
    os.utime(tmp_path / "pages" / "00004.txt")  # touched, same bytes: the hash says unchanged
    report = reindex([tmp_path / "pages"], settings)
    assert report.mode == "incremental" and report.exit_code == EXIT_OK
    assert parsed == [] and translated == []
    assert (report.inputs, report.unchanged, report.files_skipped) == (11, 11, 11)
    assert report.generation == first.generation and report.documents == 10


def test_new_changed_and_deleted_pages_are_the_only_work_and_show_in_search(tmp_path, monkeypatch):
    pages = tmp_path / "pages"
    write_corpus(pages, 10)
    settings = settings_for(tmp_path)
    reindex([pages], settings)
    write_story(pages, 10)  # new
    write_story(pages, 2, version=1)  # changed text
    (pages / "00007.txt").unlink()  # deleted
    import searchsvc.pipeline.stories as ingest_stage

    parsed = []
    real_ingest = ingest_stage.ingest_paths
    monkeypatch.setattr(ingest_stage, "ingest_paths",
                        lambda paths, **kw: parsed.extend(paths) or real_ingest(paths, **kw))
    report = reindex([pages], settings)
    assert report.exit_code == EXIT_OK, report.summary()
    assert sorted(Path(p).name for p in parsed) == ["00002.txt", "00010.txt"]
    assert (report.new, report.changed, report.unchanged, report.articles_deleted) == (1, 1, 8, 1)
    assert (report.files_deleted, report.documents) == (1, 10)
    assert hits_for(settings.index_dir, code(10))
    assert hits_for(settings.index_dir, code(7)) == []
    changed = live_articles(settings.index_dir)[hits_for(settings.index_dir, code(2))[0]]
    assert "Updated text, version 1." in changed["body"]
    assert len(hits_for(settings.index_dir, code(2))) == 1  # the old version is gone, not a second hit


def test_a_later_reprint_of_an_indexed_story_adds_a_source_not_a_hit(tmp_path):
    pages = tmp_path / "pages"
    write_corpus(pages, 6)
    settings = settings_for(tmp_path)
    reindex([pages], settings)
    write_story(pages, 4, reprint_site="Vitebsk City Executive Committee")
    report = reindex([pages], settings)
    assert (report.reprints_merged, report.new, report.documents) == (1, 0, 6)
    (hit,) = hits_for(settings.index_dir, code(4))
    sites = [s["site"] for s in live_articles(settings.index_dir)[hit]["sources"]]
    assert sites == ["Orsha District Executive Committee", "Vitebsk City Executive Committee"]

    # the first copy goes: the reprint becomes the story, still one hit
    (pages / "00004.txt").unlink()
    report = reindex([pages], settings)
    assert report.exit_code == EXIT_OK and report.documents == 6 and report.files_reread == 1
    (hit,) = hits_for(settings.index_dir, code(4))
    assert [s["site"] for s in live_articles(settings.index_dir)[hit]["sources"]] == [
        "Vitebsk City Executive Committee"]

    # a copy that comes first in input order becomes the story, as a full run would make it
    write_story(pages, 4, reprint_site="Brest City Executive Committee", name="00003a-brest.txt")
    report = reindex([pages], settings)
    assert report.exit_code == EXIT_OK and report.documents == 6
    (hit,) = hits_for(settings.index_dir, code(4))
    story = live_articles(settings.index_dir)[hit]
    assert story["site"] == "Brest City Executive Committee"
    assert [s["site"] for s in story["sources"]] == ["Brest City Executive Committee", "Vitebsk City Executive Committee"]
    incremental = live_articles(settings.index_dir)
    reindex([pages], settings, full=True)
    assert live_articles(settings.index_dir).keys() == incremental.keys()


def test_hostile_inputs_are_rejected_with_reasons_and_counts_reconcile(tmp_path):
    pages = tmp_path / "pages"
    write_corpus(pages, 5)
    (pages / "empty.txt").write_text("  \n\n")
    (pages / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (pages / "latin1.txt").write_bytes(page("Lida District", "1 May 2023", "Caf\xe9", "Text").encode("latin-1"))
    (pages / "chrome-only.txt").write_text(CHROME)
    (pages / "huge-line.txt").write_text(page("Lida District", "1 May 2023", "Long " + "x" * 200_000, "y " * 50_000))
    (pages / "markup.txt").write_text(page("Lida District", "2 May 2023", "<script>alert(1)</script> qxzzz",
                                           "<img src=x onerror=alert(1)> body text"))
    report = reindex([pages], settings_for(tmp_path))
    assert report.exit_code == EXIT_OK
    reasons = {Path(r["source_path"]).name: r["reason"] for r in report.rejected}
    assert {"empty.txt", "binary.txt", "latin1.txt", "chrome-only.txt"} <= set(reasons)
    assert all(reason for reason in reasons.values())
    assert report.inputs == 11 == report.new + report.changed + report.unchanged + report.reprints_merged \
        + len(report.rejected) + report.failed
    # rejected pages are tried again next run (they are not remembered), and still rejected
    again = reindex([pages], settings_for(tmp_path))
    assert {Path(r["source_path"]).name for r in again.rejected} == set(reasons)
    assert again.unchanged == 11 - len(reasons)


def test_a_stage_error_for_one_article_is_a_partial_failure(tmp_path, monkeypatch):
    write_corpus(tmp_path / "pages", 6)
    import searchsvc.pipeline.translate as translate_stage

    real = translate_stage.translate_articles

    def flaky(articles, settings):
        if any(code(3) in a.title for a in articles):
            raise RuntimeError("translator crashed")
        return real(articles, settings)

    monkeypatch.setattr(translate_stage, "translate_articles", flaky)
    report = reindex([tmp_path / "pages"], settings_for(tmp_path))
    assert report.exit_code == EXIT_PARTIAL
    assert [(Path(e["source_path"]).name, e["stage"]) for e in report.errors] == [("00003.txt", "translate")]
    assert "translator crashed" in report.errors[0]["error"]
    assert report.documents == 6 and hits_for(settings_for(tmp_path).index_dir, code(3))


def test_validation_failure_leaves_the_live_generation_serving(tmp_path):
    pages = tmp_path / "pages"
    write_corpus(pages, 10)
    settings = settings_for(tmp_path)
    first = reindex([pages], settings)
    few = tmp_path / "few"
    write_corpus(few, 2)
    report = reindex([few], settings, full=True)  # 10 -> 2 documents: more than max_drop
    assert report.exit_code == EXIT_FAILED and "drop from 10 to 2" in report.error
    store = IndexStore(settings.index_dir)
    assert store.live_generation() == first.generation
    assert sorted(p.name for p in store.generations.iterdir()) == [first.generation]
    assert len(hits_for(settings.index_dir, code(9))) == 1
    # a source that is not there at all (an unmounted disk) is not "everything was deleted"
    gone = reindex([tmp_path / "not-mounted"], settings)
    assert gone.exit_code == EXIT_FAILED and "source not found" in gone.error


def test_full_rebuild_switches_generation_keeps_one_previous_and_prunes_older(tmp_path):
    pages = tmp_path / "pages"
    write_corpus(pages, 5)
    settings = settings_for(tmp_path)
    store = IndexStore(settings.index_dir)
    g1 = reindex([pages], settings).generation
    _, old_index = store.open_live()
    old_reader = old_index.reader()  # a reader of g1 that is still open when g1 is removed
    g2 = reindex([pages], settings, full=True, grace_seconds=0).generation
    g3 = reindex([pages], settings, full=True, grace_seconds=0).generation
    assert len({g1, g2, g3}) == 3 and store.live_generation() == g3
    assert sorted(p.name for p in store.generations.iterdir()) == sorted([g2, g3])  # g1 pruned
    # deletion while open is safe on Linux: the reader keeps its files
    assert old_reader.doc_count() == 5
    assert len(old_reader.docs_with("id", old_reader.stored_fields(0)["id"])) == 1
    old_reader.close()


def test_a_generation_left_by_a_killed_build_is_garbage_collected(tmp_path):
    write_corpus(tmp_path / "pages", 3)
    settings = settings_for(tmp_path)
    live = reindex([tmp_path / "pages"], settings).generation
    store = IndexStore(settings.index_dir)
    name, index = store.create_generation()  # what a build killed before its switch leaves
    index.close()
    report = reindex([tmp_path / "pages"], settings)
    assert name in report.removed_generations and not store.path(name).exists()
    assert store.live_generation() == live


def test_a_generation_written_from_articles_is_intact_and_the_next_reindex_replaces_it(tmp_path, caplog):
    """write_generation (benches, tests) writes a generation from a list of articles: it has a
    manifest like any other (no 'manifest.sqlite is missing' damage, /health not degraded), and as
    none of its documents came from an input file the next reindex is a full one that replaces them."""
    settings = settings_for(tmp_path)
    store = IndexStore(settings.index_dir)
    articles = [Article(id=f"bench-{i}", title=f"Bench article {code(900 + i)}", body="A bench body.",
                        published=f"2024-03-0{1 + i}", site="Bench", sources=[Source(site="Bench")])
                for i in range(3)]
    with caplog.at_level("ERROR", logger="searchsvc.index"):
        name = write_generation(store, articles, EntityRegistry.load(), procs=1)
        serving = store.serving()
    assert store.check(name).intact and store.check(name).problems() == []
    assert serving.name == name and not serving.degraded
    assert not [r for r in caplog.records if "damaged" in r.getMessage()]
    assert hits_for(settings.index_dir, code(901)) == ["bench-1"]

    write_corpus(tmp_path / "pages", 3)
    report = reindex([tmp_path / "pages"], settings)
    assert report.exit_code == EXIT_OK and report.mode == "full"
    assert hits_for(settings.index_dir, code(901)) == [] and len(live_articles(settings.index_dir)) == 3
    assert reindex([tmp_path / "pages"], settings).mode == "incremental"  # now it lists its inputs


def test_parallel_writer_builds_the_same_index(tmp_path):
    registry = EntityRegistry.load()
    articles = ingest_paths([SAMPLES_DIR], extractor=EntityExtractor(registry)).articles
    one = IndexStore(tmp_path / "one")
    two = IndexStore(tmp_path / "two")
    write_generation(one, articles, registry, procs=1)
    write_generation(two, articles, registry, procs=2)  # forked sub-writers unpickle the analyzers
    assert sorted(live_articles(one.root)) == sorted(live_articles(two.root))
    for words in ("Volfovich CSTO", "harvest grain", "railways"):
        assert sorted(hits_for(one.root, words)) == sorted(hits_for(two.root, words))


# -- locks ------------------------------------------------------------------------------------

def test_second_reindex_exits_75_naming_the_holder(tmp_path):
    write_corpus(tmp_path / "pages", 2)
    settings = settings_for(tmp_path)
    lock = IndexStore(settings.index_dir).reindex_lock().acquire()
    try:
        with pytest.raises(LockHeld, match=rf"another reindex \(pid {os.getpid()} on .*, started .*\) holds"):
            reindex([tmp_path / "pages"], settings)
        proc = run_cli("reindex", "--source", str(tmp_path / "pages"), "--index", settings.index_dir, check=False)
        assert proc.returncode == 75
        assert f"another reindex (pid {os.getpid()}" in proc.stderr
    finally:
        lock.release()
    assert reindex([tmp_path / "pages"], settings).exit_code == EXIT_OK


def test_stale_lock_of_a_killed_run_is_taken_over_and_reported(tmp_path):
    write_corpus(tmp_path / "pages", 2)
    settings = settings_for(tmp_path)
    Path(settings.index_dir).mkdir(parents=True)
    # what a kill -9'd holder leaves: its info in the file, but no flock (the kernel released it)
    (Path(settings.index_dir) / "reindex.lock").write_text(json.dumps(
        {"pid": 999999, "host": "gone", "purpose": "reindex", "started": "2026-01-01T03:00:00"}))
    report = reindex([tmp_path / "pages"], settings)
    assert report.exit_code == EXIT_OK and report.stale_lock["pid"] == 999999


def test_cli_exit_codes_and_report_file(tmp_path):
    write_corpus(tmp_path / "pages", 3)
    (tmp_path / "pages" / "empty.txt").write_text("")
    out = tmp_path / "report.json"
    index = str(tmp_path / "index")
    proc = run_cli("reindex", "--source", str(tmp_path / "pages"), "--index", index, "--report", str(out))
    assert proc.returncode == 0 and "1 rejected" in proc.stdout and "empty.txt" in proc.stdout
    data = json.loads(out.read_text())
    assert data["new"] == 3 and data["rejected"][0]["reason"] and data["exit_code"] == 0
    # not a terminal: progress goes to stderr as log lines of the one JSON format (searchsvc/logs.py)
    lines = [json.loads(line) for line in proc.stderr.splitlines()]
    assert all({"time", "level", "logger", "pid", "msg"} <= line.keys() for line in lines), proc.stderr[:500]
    events = [line["event"] for line in lines if line["logger"] == "searchsvc.reindex" and "event" in line]
    assert events[0] == "start" and events[-1] == "done" and "stage" in events
    missing = run_cli("reindex", "--source", str(tmp_path / "nope"), "--index", index, "--json", check=False)
    assert missing.returncode == 3 and "source not found" in json.loads(missing.stdout)["error"]
    assert run_cli("reindex", "--index", index, check=False).returncode == 2  # usage


# -- apply_changes (HTTP writes) ---------------------------------------------------------------

def _api_article(n: int) -> Article:
    return Article(id=f"api{n:04d}", title=f"Posted story {code(500 + n)}", body=f"Posted body number {n}.",
                   site="Minsk City Executive Committee", published="2024-03-01",
                   sources=[Source(site="Minsk City Executive Committee")])


def test_api_writes_from_many_threads_land_once_each_and_survive_a_full_rebuild(tmp_path):
    pages = tmp_path / "pages"
    write_corpus(pages, 4)
    settings = settings_for(tmp_path)
    reindex([pages], settings)
    store = IndexStore(settings.index_dir)
    errors = []

    def post(n):
        try:
            apply_changes(store, [_api_article(n)], [], registry=EntityRegistry.load())
        except Exception as exc:  # pragma: no cover - the assertion below shows it
            errors.append(exc)

    threads = [threading.Thread(target=post, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    file_story = hits_for(settings.index_dir, code(1))[0]
    result = apply_changes(store, [], [file_story, "no-such-id"], registry=EntityRegistry.load())
    assert result.deleted == [file_story] and result.not_found == ["no-such-id"]
    assert len(live_articles(settings.index_dir)) == 4 - 1 + 8

    report = reindex([pages], settings, full=True)
    assert report.exit_code == EXIT_OK and report.api_articles == 8
    arts = live_articles(settings.index_dir)
    assert len(arts) == 11 and file_story not in arts  # API upserts and the API delete both replayed
    assert len(hits_for(settings.index_dir, code(503))) == 1


def test_api_write_waits_for_the_write_lock_then_reports_busy(tmp_path):
    write_corpus(tmp_path / "pages", 2)
    settings = settings_for(tmp_path)
    reindex([tmp_path / "pages"], settings)
    store = IndexStore(settings.index_dir)
    held = store.write_lock().acquire()
    try:
        with pytest.raises(IndexBusy, match="index is busy"):
            apply_changes(store, [_api_article(1)], [], registry=EntityRegistry.load(), timeout=0.3)
    finally:
        held.release()
    assert apply_changes(store, [_api_article(1)], [], registry=EntityRegistry.load()).upserted == ["api0001"]
    manifest = Manifest.open(store.path(store.live_generation()))
    assert "api0001" in manifest.expected_ids()
    manifest.close()


def test_progress_is_a_bar_on_a_terminal_and_the_one_json_log_format_otherwise():
    import io

    from searchsvc.pipeline import Progress

    terminal = io.StringIO()
    bar = Progress(stream=terminal, tty=True)
    bar.stage("index", 10)
    bar.advance(10)
    bar.finish()
    assert "[" + "#" * 30 + "] 10/10" in terminal.getvalue()

    log = io.StringIO()
    lines = Progress(stream=log, tty=False, every_s=0)
    lines.stage("ingest", 4)
    lines.advance(2)
    lines.advance(2)
    lines.finish()
    events = [json.loads(line) for line in log.getvalue().splitlines()]
    assert [e["event"] for e in events] == ["stage", "progress", "progress"]
    assert events[0]["stage"] == "ingest" and events[0]["total"] == 4 and events[-1]["done"] == 4
    assert all(e["logger"] == "searchsvc.reindex" and e["time"] for e in events)
    # the server's format: the same keys as any other log line, the event named in msg too
    assert all(e["level"] == "INFO" and e["msg"] == e["event"] and e["pid"] for e in events)


def test_installing_a_model_later_translates_unchanged_pages_and_the_cache_serves_a_rebuild(tmp_path):
    from searchsvc.translation.models import install_file
    from searchsvc.translation.testmodel import build_test_package

    pages = tmp_path / "pages"
    write_corpus(pages, 3)
    settings = settings_for(tmp_path)
    first = reindex([pages], settings)
    assert first.translation["gaps"] == {"ru": 3, "be": 3}
    # an operator installs a Russian model; no page changed
    build_test_package(tmp_path / "en_ru.argosmodel", "en", "ru")
    install_file(settings.models_dir, tmp_path / "en_ru.argosmodel")
    filled = reindex([pages], settings)
    assert filled.exit_code == EXIT_OK and filled.gaps_filled == 3 and filled.unchanged == 3
    assert filled.translation["sentences_translated"] > 0
    story = live_articles(settings.index_dir)[hits_for(settings.index_dir, code(1))[0]]
    assert story["translations"]["ru"]["title"] and "be" not in story["translations"]
    # nothing left to fill; a full rebuild takes every sentence from the cache
    assert reindex([pages], settings).gaps_filled == 0
    rebuilt = reindex([pages], settings, full=True)
    assert rebuilt.translation["sentences_translated"] == 0 and rebuilt.translation["sentences_cached"] > 0
    assert rebuilt.translation["gaps"] == {"be": 3}


def test_json_lines_export_is_one_input_file_with_many_records(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()

    def export(records):
        lines = []
        for i, version in records:
            _, _, title, body = story_text(i, version)
            lines.append(json.dumps({"url": f"https://brest.example.by/news/{i}", "site": "Brest City Executive Committee",
                                     "title": title, "published": "2024-05-0%d" % (1 + i % 9), "body": body}))
        (pages / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    export([(0, 0), (1, 0), (2, 0)])
    settings = settings_for(tmp_path)
    first = reindex([pages], settings)
    assert (first.files, first.inputs, first.new, first.documents) == (1, 3, 3, 3)
    export([(0, 0), (1, 1), (3, 0)])  # record 1 edited (same URL: same id), record 2 gone, record 3 new
    report = reindex([pages], settings)
    assert report.exit_code == EXIT_OK, report.summary()
    assert (report.inputs, report.new, report.changed, report.unchanged, report.articles_deleted) == (3, 1, 1, 1, 1)
    assert hits_for(settings.index_dir, code(2)) == [] and len(hits_for(settings.index_dir, code(3))) == 1
    (edited,) = hits_for(settings.index_dir, code(1))
    assert "Updated text, version 1." in live_articles(settings.index_dir)[edited]["body"]
    assert reindex([pages], settings).unchanged == 3  # the unchanged file counts the records it held


def test_reprints_merged_across_ingest_chunks_keep_every_story_recorded(tmp_path, monkeypatch):
    # One file per ingest call: every reprint is merged by the run's matcher, not inside ingest.
    # (Found by the batch benchmark: a merged-away page object was freed and its id() reused by the
    # next story, whose manifest rows then went to the wrong story; validation refused the switch.)
    import searchsvc.pipeline.stories as ingest_stage

    monkeypatch.setattr(ingest_stage, "INGEST_CHUNK", 1)
    write_corpus(tmp_path / "pages", 300, reprints=90)
    settings = settings_for(tmp_path)
    report = reindex([tmp_path / "pages"], settings)
    assert report.exit_code == EXIT_OK, report.summary()
    assert (report.documents, report.new, report.reprints_merged) == (300, 300, 90)
    store = IndexStore(settings.index_dir)
    manifest = Manifest.open(store.path(store.live_generation()))
    assert manifest.expected_ids() == set(live_articles(settings.index_dir))
    manifest.close()


def test_reprints_merge_the_same_whatever_the_ingest_chunk_size(tmp_path, monkeypatch):
    # One place merges copies for the whole run (ingest.reprints.Stories): how the files are cut
    # into ingest calls changes neither the stories nor the sources each one lists.
    import searchsvc.pipeline.stories as ingest_stage
    from searchsvc.ingest import ingest_paths

    pages = tmp_path / "pages"
    write_corpus(pages, 30, reprints=10)
    whole = ingest_paths([pages], extract_entities=False)
    expected = {a.id: [s.source_path for s in a.sources] for a in whole.articles}
    assert sum(len(paths) > 1 for paths in expected.values()) == 10
    for chunk in (1, 7, 200):
        monkeypatch.setattr(ingest_stage, "INGEST_CHUNK", chunk)
        settings = settings_for(tmp_path / f"chunk{chunk}")
        report = reindex([pages], settings)
        assert (report.exit_code, report.new, report.reprints_merged) == (EXIT_OK, 30, 10), chunk
        got = {aid: [s["source_path"] for s in a["sources"]] for aid, a in live_articles(settings.index_dir).items()}
        assert got == expected, chunk


def test_a_schema_change_makes_the_next_run_a_full_rebuild(tmp_path, monkeypatch):
    import searchsvc.index.schema as schema
    from searchsvc.engines.base import Field

    write_corpus(tmp_path / "pages", 3)
    settings = settings_for(tmp_path)
    reindex([tmp_path / "pages"], settings)
    original = schema.build_schema

    def with_new_field(languages=None, facets=None):
        return original(languages, facets) + [Field("region", "id", stored=True)]

    monkeypatch.setattr(schema, "build_schema", with_new_field)  # a release adds a field
    monkeypatch.setattr("searchsvc.index.store.build_schema", with_new_field)
    report = reindex([tmp_path / "pages"], settings)
    assert report.mode == "full" and report.exit_code == EXIT_OK and report.documents == 3
    _, index = IndexStore(settings.index_dir).open_live()
    assert "region" in index.field_names()
    index.close()
