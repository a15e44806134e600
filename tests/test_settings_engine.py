"""The settings name the index engine; the services build searches and the batch job on it."""

from __future__ import annotations

import dataclasses

import pytest

from conftest import test_settings
from searchsvc.config import SAMPLES_DIR, Settings
from searchsvc.engines import ENGINES, EngineError
from searchsvc.pipeline import reindex
from searchsvc.services import Services


def test_the_engine_setting_is_read_from_the_environment():
    assert Settings.load(env={}).engine == "whoosh"
    assert Settings.load(env={"SEARCHSVC_ENGINE": "whoosh"}).engine in ENGINES


def test_an_unknown_engine_is_refused_with_the_known_ones_named(tmp_path):
    settings = dataclasses.replace(test_settings(), index_dir=str(tmp_path / "index"), engine="lucene")
    with pytest.raises(EngineError, match="unknown index engine 'lucene'; known: whoosh"):
        reindex([str(SAMPLES_DIR)], settings, services=Services.from_settings(settings))


def test_the_batch_job_and_the_search_use_the_engine_of_the_settings(tmp_path):
    settings = dataclasses.replace(test_settings(), index_dir=str(tmp_path / "index"), engine="whoosh")
    services = Services.from_settings(settings)
    reindex([str(SAMPLES_DIR)], settings, services=services)
    assert services.search.store.engine is services.engine
    assert services.search.search("CSTO").hits[0].published == "2023-01-11"
