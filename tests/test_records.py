"""Flat records: scalars only, ids that link, and pandas only when it is there."""
from __future__ import annotations

import sys

import pytest
from query_support import CORPUS, load, report_with_metrics

import speechdoc
from speechdoc import MissingDependencyError, UsageError
from speechdoc.document.records import PATH_SEP, RECORD_KINDS

SCALARS = (str, int, float, bool, type(None))


@pytest.fixture(scope="module")
def report():
    return report_with_metrics()


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_rows_are_flat_and_uniform(report, kind):
    rows = report.to_records(kind)
    assert rows
    keys = list(rows[0])
    for row in rows:
        assert list(row) == keys  # same columns in the same order: a table, not a bag
        assert all(isinstance(v, SCALARS) for v in row.values()), row
    assert len({r["id"] for r in rows}) == len(rows)


def test_node_rows_link_up(report):
    rows = report.to_records("nodes")
    by_id = {r["id"]: r for r in rows}
    nodes = list(report.walk())
    assert len(rows) == len(nodes)
    for row, node in zip(rows, nodes):
        assert (row["marker"], row["title"], row["depth"]) == (node.marker, node.title, node.depth)
        assert (row["start"], row["end"]) == node.span
        assert row["path"] == PATH_SEP.join(node.path)
        assert report.text[row["title_start"]:row["title_end"]] == node.title
        if row["parent_id"] is None:
            assert row["depth"] == 1
        else:
            parent = by_id[row["parent_id"]]
            assert parent["depth"] == row["depth"] - 1 and row["id"].startswith(parent["id"] + ".")
        assert row["file"].endswith("work_report.txt")
    assert (rows[2]["id"], rows[2]["marker"], rows[3]["id"]) == ("1.1.1.1", "一是", "1.1.1.2")


def test_metric_rows(report):
    rows = report.to_records("metrics")
    assert [r["text"] for r in rows] == [m.text for m in report.metrics()]
    node_ids = {r["id"] for r in report.to_records("nodes")}
    target = next(r for r in rows if r["text"] == "网络零售额增长15%")
    assert target["node_id"] in node_ids and target["id"].startswith(target["node_id"] + "/m")
    assert target["section_path"] == "二、2024年主要目标和重点任务 > （二）千方百计扩大消费 > 2．培育新型消费"
    assert (target["value"], target["unit"], target["kind"], target["depth"]) == (15, "%", "target", 3)
    assert report.text[target["value_start"]:target["value_end"]] == "15"
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)


def test_speech_and_paragraph_rows():
    doc = load("two_speeches.txt")
    speeches = doc.to_records("speeches")
    assert [(s["id"], s["title"], s["n_sections"]) for s in speeches] == [
        ("1", "在全市優化營商環境大會上的講話", 2), ("2", "在全市安全生產工作會議上的講話", 2)]
    paras = doc.to_records("paragraphs")
    assert "".join(doc.text[p["start"]:p["end"]] for p in paras) == doc.text
    assert paras[0]["node_id"] is None and paras[0]["depth"] == 0


def test_unknown_kind():
    with pytest.raises(UsageError, match="records kind must be one of nodes, metrics"):
        speechdoc.parse("一、甲").to_records("sections")


def test_to_pandas_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(MissingDependencyError, match="pip install pandas") as info:
        speechdoc.parse("一、甲").to_pandas()
    assert isinstance(info.value, ImportError)


def test_to_pandas_with_pandas(report):
    pd = pytest.importorskip("pandas")
    frame = report.to_pandas("metrics")
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(report.to_records("metrics")[0])
    assert frame[frame["kind"] == "target"]["value"].tolist() == [6, 8, 7, 2.5, 70, 15, 5000]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_corpus_records_are_scalar():
    for path in sorted(CORPUS.glob("*/*.txt")):
        doc = speechdoc.parse_file(path)
        for kind in RECORD_KINDS:
            for row in doc.to_records(kind):
                assert all(isinstance(v, SCALARS) for v in row.values())
