"""The published JSON Schema and the JSON round trip.

``docs/schema.json`` is a snapshot of :func:`speechdoc.json_schema`. When the model
changes, regenerate it with ``SPEECHDOC_REGEN=1 python -m pytest tests/test_schema.py``
(that run fails on purpose, so the flag cannot stay on) and bump ``SCHEMA_VERSION``
as docs/schema.md says: major for a removal or rename, minor for an addition.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from query_support import CORPUS, QUERY, report_with_metrics

import speechdoc
from speechdoc import SCHEMA_VERSION, Document, InputError, cli, json_schema, read_jsonl, to_jsonl
from speechdoc.document.model import OutlineNode, Speech
from speechdoc.document.render import schema_json, to_json

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "schema.json"
REGEN = os.environ.get("SPEECHDOC_REGEN") == "1"


def documents() -> list[Document]:
    docs = [speechdoc.parse_file(p) for p in sorted(QUERY.glob("*.txt"))]
    docs.append(report_with_metrics())
    if CORPUS.is_dir():
        docs.extend(speechdoc.parse_file(p) for p in sorted(CORPUS.glob("*/*.txt")))
    return docs


def _shape(schema: dict) -> dict:
    """The schema without the version number, to tell a shape change from a version bump."""
    s = json.loads(json.dumps(schema))
    s["properties"]["schema_version"].pop("default", None)
    return s


def test_regen_flag_is_off():
    if REGEN:
        committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) if SCHEMA_FILE.exists() else None
        if committed and _shape(committed) != _shape(json_schema()):
            assert committed["properties"]["schema_version"]["default"] != SCHEMA_VERSION, (
                "the Document's JSON shape changed: bump SCHEMA_VERSION in speechdoc/document/model.py "
                "(major for removals/renames, minor for additions) before regenerating")
        SCHEMA_FILE.write_text(schema_json(), encoding="utf-8")
        pytest.fail("docs/schema.json regenerated; unset SPEECHDOC_REGEN and run the tests again")


@pytest.mark.skipif(REGEN, reason="regenerating")
def test_committed_schema_matches_the_model():
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == schema_json(), (
        "docs/schema.json is stale: bump SCHEMA_VERSION if the JSON shape changed, then run "
        "SPEECHDOC_REGEN=1 python -m pytest tests/test_schema.py")
    assert json.loads(committed)["properties"]["schema_version"]["default"] == SCHEMA_VERSION


def test_cli_schema_prints_the_committed_file(capsys):
    assert cli.main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema()


def test_schema_root_names_the_document():
    s = json_schema()
    assert s["$schema"].startswith("https://json-schema.org/draft/2020-12")
    assert s["properties"]["schema_name"]["const"] == "speechdoc.document"
    assert s["additionalProperties"] is False  # extra="forbid" reaches the schema


def test_field_order_is_stable():
    """JSON consumers (and the outline scorer) read these keys; tree helpers must not add any.

    In Python a node's own metrics are ``own_metrics`` (``metrics()`` adds its subsections'); in JSON
    the key stays ``metrics``.
    """
    defs = json_schema()["$defs"]
    assert list(defs["OutlineNode"]["properties"]) == [
        "kind", "marker", "style", "ordinal", "depth", "title", "span", "marker_span", "title_span", "blocks",
        "metrics", "children"]
    assert list(defs["Speech"]["properties"])[-3:] == ["blocks", "metrics", "children"]
    node = speechdoc.parse("一、甲\n增长6%。").speeches[0].children[0]
    assert list(node.model_dump())[-2:] == ["metrics", "children"] and node.model_dump()["metrics"]
    assert type(node).model_validate(node.model_dump()) == node  # the JSON key reads back


def test_json_round_trip():
    for doc in documents():
        for text in (doc.model_dump_json(), to_json(doc), to_json(doc, pretty=True)):
            again = Document.model_validate_json(text)
            assert again == doc
            assert again.model_dump_json() == doc.model_dump_json()
        assert to_json(doc, pretty=True).startswith('{\n  "schema_name": "speechdoc.document"')


def test_outline_objects_in_json_are_exactly_the_nodes():
    """The scorer takes any dict with "marker" and "children" for a node: there must be no extras."""
    for doc in documents():
        found = 0
        stack = [json.loads(doc.model_dump_json())]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                found += "marker" in x and isinstance(x.get("children"), list)
                stack.extend(x.values())
            elif isinstance(x, list):
                stack.extend(x)
        assert found == sum(1 for _ in doc.walk())


def test_jsonl_round_trip(tmp_path):
    docs = documents()
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        f.writelines(to_jsonl(docs))
    lines = path.read_text(encoding="utf-8").split("\n")
    assert len(lines) == len(docs) + 1 and lines[-1] == ""
    with path.open(encoding="utf-8") as f:
        assert list(read_jsonl(f)) == docs


def test_jsonl_bad_line_names_it():
    good = next(to_jsonl([speechdoc.parse("一、甲")]))
    with pytest.raises(InputError, match="line 3 is not a speechdoc Document"):
        list(read_jsonl([good, "\n", '{"schema_name": "speechdoc.document"}\n']))


def test_documents_validate_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json_schema())
    for doc in documents():
        validator.validate(json.loads(doc.model_dump_json()))
    with pytest.raises(jsonschema.ValidationError):
        bad = json.loads(speechdoc.parse("一、甲").model_dump_json())
        bad["speeches"][0]["children"][0]["parent"] = None
        validator.validate(bad)
