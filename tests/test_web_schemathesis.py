"""The API against its own /openapi.json, by schemathesis (the well-kept OpenAPI fuzzer).

schemathesis reads the document the server serves and generates requests for every operation:
schema-valid ones (positive) and schema-violating ones (negative), 25 of each per operation,
derandomized, no deadline; writes (POST, DELETE) carry the write token, so accepted ones commit.
Every answer must be: no 5xx, a documented status code and content type, a body that conforms
to the documented schema, and a rejection (4xx) for what the schema forbids. Not checked: that
every schema-valid request succeeds (positive_data_acceptance): some are 400 by design (an
advanced query that does not parse, 2023-02-30, date_from after date_to).
tests/test_web_fuzz.py keeps the hostile input schemathesis would not send.
"""

from __future__ import annotations

import shutil

import pytest

from conftest import test_settings
from searchsvc.config import Settings
from searchsvc.facets import default_facets
from searchsvc.web.app import create_app
from searchsvc.web.openapi import document
from searchsvc.web.search_api import SearchParams

# the test extra installs it (.ci/run); a venv made before it was added skips with this reason
schemathesis = pytest.importorskip("schemathesis", reason="pip install -e '.[test]' (schemathesis)")
from hypothesis import HealthCheck, given, settings  # noqa: E402  (schemathesis brings hypothesis)

TOKEN = "schemathesis-token"

# every documented operation and generation mode (no negative mode for an operation without input)
OPERATIONS = sorted(((path, method, mode) for path, ops in document(Settings(), SearchParams.of(default_facets()))[
    "paths"].items() for method, op in ops.items() for mode in schemathesis.GenerationMode
    if mode == schemathesis.GenerationMode.POSITIVE or op.get("parameters") or op.get("requestBody")),
    key=lambda op: (op[1] in ("post", "delete"), op[0], op[2].value))  # writes last: they change the index
SCHEMATHESIS = schemathesis.Config.from_dict({"checks": {
    "positive_data_acceptance": {"enabled": False},  # see the module docstring
    # 413/414 are this API's rejections too (RequestSizeLimit answers them before routing)
    "negative_data_rejection": {"expected-statuses": ["400", "401", "403", "404", "405", "413", "414", "415", "422"]}}})


@pytest.fixture(scope="module")
def api_schema(sample_index, tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("schemathesis") / "index"
    shutil.copytree(sample_index, index_dir)
    app = create_app(test_settings(index_dir=str(index_dir), api_token=TOKEN, max_request_bytes=20_000))
    return schemathesis.openapi.from_asgi("/openapi.json", app, config=SCHEMATHESIS)


@pytest.mark.parametrize("path,method,mode", OPERATIONS, ids=lambda v: getattr(v, "value", v))
def test_the_api_conforms_to_its_openapi_document(api_schema, path, method, mode):
    operation = api_schema[path][method]
    # the token on every request: writes are validated and committed, as a client's would be
    # (hypothesis reseeds `random` before each example: each commit used to reuse a segment's name)
    auth = {"Authorization": f"Bearer {TOKEN}"}

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=25, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check_one(case):
        case.call_and_validate(headers=auth)

    check_one()


