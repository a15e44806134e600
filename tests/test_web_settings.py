"""HTTP settings: environment over TOML over defaults; the write token never shows in a repr."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from conftest import test_settings
from searchsvc.config import Settings
from searchsvc.web.app import create_app


def test_toml_then_environment(tmp_path):
    toml = tmp_path / "searchsvc.toml"
    toml.write_text('[searchsvc]\napi_token = "from-toml"\ncors_origins = ["https://a.example", "https://b.example"]\n'
                    "max_page_size = 20\nworkers = 3\n", encoding="utf-8")
    settings = Settings.load(env={"SEARCHSVC_CONFIG": str(toml), "SEARCHSVC_MAX_PAGE_SIZE": "30"})
    assert settings.api_token == "from-toml" and settings.writes_enabled
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert settings.max_page_size == 30 and settings.workers == 3
    env_only = Settings.load(env={"SEARCHSVC_CORS_ORIGINS": "https://x.example, https://y.example",
                                  "SEARCHSVC_API_TOKEN": "s3cret"})
    assert env_only.cors_origins == ("https://x.example", "https://y.example")
    assert "s3cret" not in repr(env_only)
    assert not Settings.load(env={}).writes_enabled


def test_a_malformed_number_names_the_setting():
    with pytest.raises(ValueError, match="max_page_size"):
        Settings.load(env={"SEARCHSVC_MAX_PAGE_SIZE": "lots"})


def test_limits_come_from_settings(sample_index):
    settings = test_settings(index_dir=str(sample_index), max_page_size=5, max_query_chars=20, max_query_string_bytes=300)
    with TestClient(create_app(settings)) as client:
        assert client.get("/search", params={"q": "Belarus", "size": 5}).status_code == 200
        too_big = client.get("/search", params={"q": "Belarus", "size": 6})
        assert too_big.status_code == 400 and "between 1 and 5" in too_big.json()["error"]
        # max_query_chars: advanced mode refuses a longer query; plain mode reads its first 20 characters
        assert client.get("/search", params={"q": "x" * 21, "mode": "advanced"}).status_code == 400
        assert client.get("/search", params={"q": "Belarus" + "x" * 30, "size": 5}).status_code == 200
        assert client.get("/search", params={"site": "s" * 400}).status_code == 414
        spec = client.get("/openapi.json").json()
        size = next(p for p in spec["paths"]["/search"]["get"]["parameters"] if p["name"] == "size")
        assert size["schema"]["maximum"] == 5
