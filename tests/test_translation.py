"""Translation as a user sees it: packages installed through argostranslate, Russian and
Belarusian text on the articles, the sentence cache, routes and gaps.

Every package here is a tiny but real Argos package built by searchsvc.translation.testmodel:
a CTranslate2 Transformer that transliterates letter by letter ("Hello world." -> "Хелло ворлд.").
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import json
import shutil
import threading
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from searchsvc.article import Article, Translation
from searchsvc.config import Settings
from searchsvc.translation import ArticleTranslator, translate_articles
from searchsvc.translation.cache import TranslationCache
from searchsvc.translation.models import ModelCatalog, argos, install_file
from searchsvc.translation.packaging import PackageError, check_package
from searchsvc.translation.testmodel import EN_BE, EN_RU_V2, build_model_dir, build_test_package, train_sentencepiece


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("packages")
    paths = {
        "en_ru": out / "en_ru.argosmodel",
        "ru_be": out / "ru_be.argosmodel",
        "en_be": out / "en_be.argosmodel",
        "en_ru_v2": out / "en_ru-1.1.argosmodel",
    }
    build_test_package(paths["en_ru"], "en", "ru")
    build_test_package(paths["ru_be"], "ru", "be")
    build_test_package(paths["en_be"], "en", "be", source_prefix=">>bel<<")
    build_test_package(paths["en_ru_v2"], "en", "ru", EN_RU_V2, version="1.1")
    return paths


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(models_dir=str(tmp_path / "models"), cache_dir=str(tmp_path / "cache"),
                    index_dir=str(tmp_path / "index"))


def install(settings: Settings, *paths: Path) -> None:
    for path in paths:
        install_file(settings.models_dir, path)


def article(id="a1", title="Minsk is big", body="Hello world. Mr. Smith came.\n\nSecond paragraph here.") -> Article:
    return Article(id=id, title=title, body=body, site="Minsk City Executive Committee", published="2023-01-11")


# --- the package itself -------------------------------------------------------------------


def test_test_package_is_a_valid_argos_package_that_argos_lists(packages, settings):
    with zipfile.ZipFile(packages["en_ru"]) as z:
        names = z.namelist()
    assert {n.split("/")[0] for n in names} == {"translate-en_ru-1_0"}
    assert {"translate-en_ru-1_0/metadata.json", "translate-en_ru-1_0/sentencepiece.model",
            "translate-en_ru-1_0/model/model.bin"} <= set(names)
    install(settings, packages["en_ru"])
    installed = argos(settings.models_dir).package.get_installed_packages()
    assert [(p.from_code, p.to_code, p.package_version) for p in installed] == [("en", "ru", "1.0")]


def test_building_the_test_package_is_deterministic(tmp_path, packages):
    again = build_test_package(tmp_path / "again.argosmodel", "en", "ru")
    assert again.folder == "translate-en_ru-1_0"
    assert (tmp_path / "again.argosmodel").read_bytes() == packages["en_ru"].read_bytes()


# --- translating articles -----------------------------------------------------------------


def test_articles_get_russian_text_from_the_installed_package(packages, settings):
    install(settings, packages["en_ru"])
    a = article()
    report = translate_articles([a], ArticleTranslator(settings))
    ru = a.translations["ru"]
    assert ru.title == "Минск ис биг"
    assert ru.body == "Хелло ворлд. Мр. Смитх каме.\n\nСеконд параграпх хере."
    assert ru.route == "direct"
    assert report.routes["ru"] == "direct" and report.sentences_translated == 4
    # No Belarusian route: reported as a gap, not an error.
    assert "be" not in a.translations
    assert report.gaps == {"be": 1} and report.routes["be"] == "none" and report.errors == []


def test_underscores_and_unknown_characters_survive(packages, settings):
    install(settings, packages["en_ru"])
    a = article(title="file_name is ok", body="Plain text.")
    translate_articles([a], ArticleTranslator(settings))
    assert a.translations["ru"].title == "филе_наме ис ок"  # argos's own decoder would give "филе наме"


def test_unchanged_reindex_translates_nothing_and_an_edit_translates_only_that_sentence(packages, settings):
    install(settings, packages["en_ru"])
    first = translate_articles([article("a1"), article("a2", title="Other title")], ArticleTranslator(settings))
    assert first.sentences_translated == 5  # 4 + the second title; shared sentences once
    again = [article("a1"), article("a2", title="Other title")]
    report = translate_articles(again, ArticleTranslator(settings))
    assert report.sentences_translated == 0 and report.sentences_cached == 5
    assert again[0].translations["ru"].body.startswith("Хелло ворлд.")
    edited = article("a1", body="Hello world. Mr. Smith left.\n\nSecond paragraph here.")
    report = translate_articles([edited], ArticleTranslator(settings))
    assert report.sentences_translated == 1
    assert edited.translations["ru"].body == "Хелло ворлд. Мр. Смитх лефт.\n\nСеконд параграпх хере."


def test_the_cache_survives_the_process_and_is_shared_by_a_new_translator(packages, settings):
    install(settings, packages["en_ru"])
    ArticleTranslator(settings).translate([article()])
    report = ArticleTranslator(settings).translate([article()])  # fresh translator: only the disk cache
    assert (report.sentences_translated, report.sentences_cached) == (0, 4)


def test_a_model_upgrade_invalidates_its_cached_sentences(packages, settings):
    install(settings, packages["en_ru"])
    translate_articles([article()], ArticleTranslator(settings))
    out = run_cli("models", "install", "--file", str(packages["en_ru_v2"]),
                  env={"SEARCHSVC_MODELS_DIR": settings.models_dir, "SEARCHSVC_CACHE_DIR": settings.cache_dir}).stdout
    assert "replaced translate-en_ru-1_0" in out
    assert "dropped 4 cached sentences" in out  # the old version's entries leave the cache
    a = article()
    report = translate_articles([a], ArticleTranslator(settings))
    assert report.sentences_translated == 4 and report.sentences_cached == 0
    assert a.translations["ru"].body.startswith("Гелло ворлд.")
    assert report.models["ru"] == ["translate-en_ru-1_1"]


def test_belarusian_by_pivot_through_russian(packages, settings):
    install(settings, packages["en_ru"], packages["ru_be"])
    a = article()
    report = translate_articles([a], ArticleTranslator(settings))
    be = a.translations["be"]
    assert be.title == "Мінск іс біг"  # en->ru "Минск ис биг", then ru->be и -> і
    assert be.body.startswith("Хелло ўорлд.")
    assert be.route == "pivot:ru" and report.routes == {"ru": "direct", "be": "pivot:ru"}
    assert report.models["be"] == ["translate-en_ru-1_0", "translate-ru_be-1_0"]
    assert report.gaps == {}


def test_direct_belarusian_package_gets_its_bel_source_token_from_its_config(packages, settings):
    install(settings, packages["en_ru"], packages["ru_be"], packages["en_be"])
    config = json.loads((Path(settings.models_dir) / "translate-en_be-1_0" / "model" / "config.json").read_text())
    assert config["add_source_bos"] is True and config["bos_token"] == ">>bel<<"
    a = article(title="Why we wait", body="Minsk is big.")
    translate_articles([a], ArticleTranslator(settings))
    # The model reads source token t+1: without >>bel<< in front every letter would shift.
    assert a.translations["be"].title == "Ўхы ўе ўаіт"
    assert a.translations["be"].body == "Мінск іс біг."
    assert a.translations["be"].route == "direct"


def test_missing_models_leave_gaps_and_keep_premade_translations(settings):
    premade = article("p1")
    premade.translations["be"] = Translation(title="Мінск вялікі", body="Прывітанне.", route="premade")
    plain = article("p2")
    report = translate_articles([premade, plain], ArticleTranslator(settings))
    assert report.gaps == {"ru": 2, "be": 1}
    assert report.routes["ru"] == "none" and report.errors == []
    assert premade.translations["be"].title == "Мінск вялікі" and "ru" not in plain.translations


def test_a_later_run_fills_the_gaps(packages, settings):
    articles = [article("g1"), article("g2", title="Second story")]
    assert translate_articles(articles, ArticleTranslator(settings)).gaps == {"ru": 2, "be": 2}
    install(settings, packages["en_ru"], packages["ru_be"])
    report = translate_articles(articles, ArticleTranslator(settings))
    assert report.gaps == {} and all({"ru", "be"} <= a.translations.keys() for a in articles)


def test_a_broken_package_is_reported_and_indexing_goes_on(packages, settings):
    install(settings, packages["en_ru"])
    (Path(settings.models_dir) / "translate-en_ru-1_0" / "model" / "model.bin").write_bytes(b"not a model")
    a = article()
    report = translate_articles([a], ArticleTranslator(settings))
    assert report.gaps == {"ru": 1, "be": 1}
    assert report.errors and "translate-en_ru-1_0" in report.errors[0]
    assert "ru" not in a.translations


def test_cache_is_safe_across_threads(tmp_path):
    cache = TranslationCache(tmp_path)
    errors = []

    def work(n):
        try:
            local = TranslationCache(tmp_path)
            for i in range(20):
                local.put_many("m", {f"s{n}-{i}": f"t{n}-{i}"})
                assert local.get_many("m", [f"s{n}-{i}"]) == {f"s{n}-{i}": f"t{n}-{i}"}
        except Exception as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and cache.count("m") == 80


def test_reindex_translates_new_pages_once(packages, settings, tmp_path):
    from searchsvc.config import SAMPLES_DIR

    pages = tmp_path / "pages"
    pages.mkdir()
    for page in sorted(SAMPLES_DIR.glob("*.txt"))[:1]:
        shutil.copy(page, pages / page.name)
    install(settings, packages["en_ru"], packages["ru_be"])
    env = {"SEARCHSVC_MODELS_DIR": settings.models_dir, "SEARCHSVC_CACHE_DIR": settings.cache_dir}
    args = ("reindex", "--source", str(pages), "--index", settings.index_dir, "--json", "--quiet")
    first = json.loads(run_cli(*args, env=env).stdout)["translation"]
    assert first["routes"] == {"ru": "direct", "be": "pivot:ru"} and not first["gaps"]
    assert first["sentences_translated"] > 10 and first["sentences_cached"] == 0
    again = json.loads(run_cli(*args, "--full", env=env).stdout)["translation"]
    assert again["sentences_translated"] == 0 and again["sentences_cached"] == first["sentences_translated"]


# --- the `searchsvc models` command ---------------------------------------------------------


def test_models_command_installs_from_a_file_and_lists_routes(packages, settings):
    env = {"SEARCHSVC_MODELS_DIR": settings.models_dir, "SEARCHSVC_CACHE_DIR": settings.cache_dir}
    out = run_cli("models", "list", env=env).stdout
    assert "en->ru: not available" in out and "en->be: not available" in out
    out = run_cli("models", "install", "--file", str(packages["en_ru"]), "--file", str(packages["ru_be"]),
                  env=env).stdout
    assert "installed translate-en_ru-1_0: en->ru version 1.0" in out
    out = run_cli("models", "list", env=env).stdout
    assert "en->ru    translate-en_ru-1_0" in out
    assert "en->ru: direct via translate-en_ru-1_0 (1.0)" in out
    assert "en->be: pivot:ru via translate-en_ru-1_0 (1.0) + translate-ru_be-1_0 (1.0)" in out
    listed = json.loads(run_cli("models", "list", "--json", env=env).stdout)
    assert listed["routes"]["be"] == {"route": "pivot:ru", "packages": ["translate-en_ru-1_0", "translate-ru_be-1_0"]}
    out = run_cli("models", "remove", "ru-be", env=env).stdout
    assert "removed translate-ru_be-1_0" in out
    assert ModelCatalog.load(settings.models_dir).route("be").kind == "none"


def test_a_stray_folder_in_the_models_directory_does_not_break_installing(packages, settings):
    (Path(settings.models_dir) / "notes").mkdir(parents=True)
    install(settings, packages["en_ru"], packages["en_ru_v2"])
    assert [m.name for m in ModelCatalog.load(settings.models_dir).models] == ["translate-en_ru-1_1"]


def test_models_command_refuses_bad_files_and_offline_index_with_a_reason(tmp_path, settings):
    env = {"SEARCHSVC_MODELS_DIR": settings.models_dir, "SEARCHSVC_CACHE_DIR": settings.cache_dir,
           # no network in tests: a proxy that cannot exist stands in for an air-gapped newsroom
           "HTTPS_PROXY": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
    flat = tmp_path / "flat.argosmodel"
    with zipfile.ZipFile(flat, "w") as z:  # no top-level folder: argos would scatter it
        z.writestr("metadata.json", "{}")
    proc = run_cli("models", "install", "--file", str(flat), env=env, check=False)
    assert proc.returncode == 2 and "exactly one top-level folder" in proc.stderr
    assert not any(Path(settings.models_dir).glob("*")), "nothing may be extracted"
    proc = run_cli("models", "install", "ru", env=env, check=False)
    assert proc.returncode == 2 and "cannot reach the Argos package index" in proc.stderr
    assert "--file" in proc.stderr
    proc = run_cli("models", "remove", "translate-xx_yy-1_0", env=env, check=False)
    assert proc.returncode == 2 and "no installed package" in proc.stderr


def test_models_install_be_says_no_upstream_package_exists_and_names_the_build_script(settings):
    env = {"SEARCHSVC_MODELS_DIR": settings.models_dir, "SEARCHSVC_CACHE_DIR": settings.cache_dir,
           "HTTPS_PROXY": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}  # offline, as above
    for langs in (["be"], ["ru-be"]):
        proc = run_cli("models", "install", *langs, env=env, check=False)
        assert proc.returncode == 2, proc.stderr
        assert "no Argos Belarusian package exists upstream" in proc.stderr
        assert "scripts/build_argos_package.py" in proc.stderr and "--file" in proc.stderr
        # not the generic offline hint: the network is not why there is none
        assert "cannot reach" not in proc.stderr and "offline" not in proc.stderr, proc.stderr
    listed = run_cli("models", "list", env=env).stdout
    assert "searchsvc models install ru" in listed and "scripts/build_argos_package.py" in listed
    assert "models install ru be" not in listed


@pytest.fixture
def package_index(packages, tmp_path):
    """A local stand-in for the Argos package index: index.json + package files over HTTP."""
    root = tmp_path / "index"
    root.mkdir()
    shutil.copy(packages["en_ru"], root / "translate-en_ru-1_0.argosmodel")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    (root / "index.json").write_text(json.dumps([
        {"package_version": "1.0", "argos_version": "1.9.0", "from_code": "en", "from_name": "English",
         "to_code": "ru", "to_name": "Russian", "type": "translate",
         "links": [base + "translate-en_ru-1_0.argosmodel"]},
    ]))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_models_command_installs_from_the_package_index(package_index, settings):
    env = {"SEARCHSVC_MODELS_DIR": settings.models_dir, "SEARCHSVC_CACHE_DIR": settings.cache_dir,
           "ARGOS_PACKAGE_INDEX": package_index, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
    out = run_cli("models", "install", "ru", env=env).stdout
    assert "installed translate-en_ru-1_0: en->ru version 1.0" in out
    a = article()
    translate_articles([a], ArticleTranslator(settings))
    assert a.translations["ru"].title == "Минск ис биг"
    proc = run_cli("models", "install", "be", env=env, check=False)
    assert proc.returncode == 2 and "no en->be package" in proc.stderr
    assert "scripts/build_argos_package.py" in proc.stderr and "ru->be" in proc.stderr


# --- scripts/build_argos_package.py: the packaging step -------------------------------------


def _build_script():
    spec = importlib.util.spec_from_file_location("build_argos_package", ROOT / "scripts" / "build_argos_package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_script_packages_a_converted_model_with_the_bel_token(tmp_path, settings):
    sp_model = train_sentencepiece()
    (tmp_path / "source.spm").write_bytes(sp_model)
    ct2 = build_model_dir(tmp_path / "ct2", pieces_of(sp_model), EN_BE, offset=1)  # a model that needs >>bel<< first
    out = tmp_path / "translate-en_be.argosmodel"
    assert _build_script().main(["--ct2-model", str(ct2), "--spm", str(tmp_path / "source.spm"), out.as_posix()]) == 0
    info = check_package(out)
    assert (info.from_code, info.to_code, info.metadata["license"]) == ("en", "be", "CC-BY-4.0")
    assert not json.loads((ct2 / "config.json").read_text()).get("add_source_bos"), "input left unchanged"
    install(settings, out)
    a = article(title="Minsk is big", body="Why we wait.")
    translate_articles([a], ArticleTranslator(settings))
    assert (a.translations["be"].title, a.translations["be"].body) == ("Мінск іс біг", "Ўхы ўе ўаіт.")


def write_marian_release(out: Path, d: int = 16, heads: int = 2, ffn: int = 32) -> Path:
    """An OPUS-MT-shaped Marian release (decoder.yml, model.npz, vocab.yml, source.spm) with
    random weights: the files OpusMTConverter reads, small enough to build in a test."""
    import numpy as np
    import yaml

    out.mkdir(parents=True)
    sp_model = train_sentencepiece()
    vocab = ["</s>", "<unk>", ">>bel<<", ">>rus<<", ">>ukr<<"]
    vocab += [p for p in pieces_of(sp_model) if p not in ("<unk>", "<s>", "</s>")]
    (out / "vocab.yml").write_text("".join(f"{json.dumps(t, ensure_ascii=False)}: {i}\n" for i, t in enumerate(vocab)),
                                   encoding="utf-8")
    (out / "source.spm").write_bytes(sp_model)
    (out / "target.spm").write_bytes(sp_model)
    rng = np.random.default_rng(0)
    weights = {"Wemb": (rng.standard_normal((len(vocab), d)) * 0.1).astype(np.float32),
               "decoder_ff_logit_out_b": np.zeros((1, len(vocab)), np.float32)}

    def linear(name, n_in, n_out, suffix):
        weights[f"{name}_W{suffix}"] = (rng.standard_normal((n_in, n_out)) / n_in ** 0.5).astype(np.float32)
        weights[f"{name}_b{suffix}"] = np.zeros((1, n_out), np.float32)

    for scope, attentions in (("encoder_l1", ("self",)), ("decoder_l1", ("self", "context"))):
        for attention in attentions:
            for part in "qkvo":
                linear(f"{scope}_{attention}", d, d, part)
            weights[f"{scope}_{attention}_Wo_ln_scale"] = np.ones((1, d), np.float32)
            weights[f"{scope}_{attention}_Wo_ln_bias"] = np.zeros((1, d), np.float32)
        linear(f"{scope}_ffn", d, ffn, "1")
        linear(f"{scope}_ffn", ffn, d, "2")
        weights[f"{scope}_ffn_ffn_ln_scale"] = np.ones((1, d), np.float32)
        weights[f"{scope}_ffn_ffn_ln_bias"] = np.zeros((1, d), np.float32)
    config = {"type": "transformer", "enc-depth": 1, "dec-depth": 1, "transformer-heads": heads,
              "transformer-ffn-activation": "relu", "transformer-preprocess": "", "transformer-postprocess": "dan",
              "transformer-postprocess-emb": "d", "transformer-decoder-autoreg": "self-attention",
              "transformer-no-projection": False, "transformer-guided-alignment-layer": "last"}
    weights["special:model.yml"] = np.frombuffer(yaml.safe_dump(config).encode() + b"\0", dtype=np.int8)
    np.savez(out / "model.npz", **weights)
    (out / "decoder.yml").write_text(yaml.safe_dump({"models": ["model.npz"], "vocabs": ["vocab.yml", "vocab.yml"]}))
    return out


def test_build_script_converts_an_opus_mt_release_zip_into_an_installable_package(tmp_path, settings):
    release = write_marian_release(tmp_path / "opus-mt-tc-big-en-zle")
    with zipfile.ZipFile(tmp_path / "release.zip", "w") as z:  # as downloaded
        for path in release.iterdir():
            z.write(path, f"opus-mt-tc-big-en-zle/{path.name}")
    out = tmp_path / "translate-en_be.argosmodel"
    assert _build_script().main([str(tmp_path / "release.zip"), str(out)]) == 0
    install(settings, out)
    config = json.loads((Path(settings.models_dir) / "translate-en_be-1_0" / "model" / "config.json").read_text())
    assert (config["add_source_bos"], config["bos_token"], config["add_source_eos"]) == (True, ">>bel<<", True)
    # Random weights: the text is noise, but it comes through the real converted model.
    a = article(title="Minsk is big", body="Hello world.")
    report = ArticleTranslator(settings, length_limits=lambda n: (n, n)).translate([a])
    assert report.routes["be"] == "direct" and report.errors == []
    assert a.translations["be"].title and a.translations["be"].title != "Minsk is big"


def test_build_script_refuses_a_prefix_the_model_does_not_know(tmp_path):
    sp_model = train_sentencepiece()
    (tmp_path / "source.spm").write_bytes(sp_model)
    ct2 = build_model_dir(tmp_path / "ct2", pieces_of(sp_model), {}, offset=0)
    with pytest.raises(PackageError, match="not in the source vocabulary"):
        _build_script().package_converted_model(ct2, tmp_path / "source.spm", tmp_path / "x.argosmodel",
                                                source_prefix=">>xyz<<")


def pieces_of(sp_model: bytes) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def test_check_package_names_what_is_missing(tmp_path):
    bad = tmp_path / "bad.argosmodel"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("translate-en_ru-1_0/metadata.json", json.dumps({"from_code": "en", "to_code": "ru"}))
    with pytest.raises(PackageError, match="no CTranslate2 model"):
        check_package(bad)
