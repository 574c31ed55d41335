"""The development corpus in ../shared/corpus, scored by the reference scorer.

A user's fresh clone does not have it: these tests skip cleanly when it is absent.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("SPEECHDOC_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus"
SCORER = SHARED / "tools" / "score_outline.py"

pytestmark = pytest.mark.skipif(
    not (CORPUS / "outline_gold.jsonl").exists() or not SCORER.exists(),
    reason="the development corpus (../shared/corpus) is not here",
)


def test_outline_score_on_the_dev_corpus():
    cmd = [sys.executable, "-m", "speechdoc.cli", "parse", "{path}", "--format", "json", "--quiet"]
    out = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(CORPUS / "outline_gold.jsonl"), "--root", str(CORPUS),
         "--cmd", " ".join(cmd), "--json"],
        capture_output=True, text=True, check=True, timeout=600,
    )
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    assert summary["failed"] == 0
    assert summary["node_f1"] >= 0.95, out.stdout
    assert summary["depth_acc"] >= 0.95, out.stdout


def _load_scorer():
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_outline", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# (set, gold file, node F1 and depth accuracy it must hold): the web excerpts and the
# 1955–1964 reports are scored in this process with the reference scorer's own alignment
DEV_SETS = [
    ("seeds+cpc", "outline_gold.jsonl", 0.99, 0.99),
    ("web", "web/outline_gold.jsonl", 0.98, 0.98),
    ("reports", "reports/outline_gold.jsonl", 0.98, 0.98),
]


@pytest.mark.parametrize("name, gold, min_f1, min_depth", DEV_SETS, ids=[d[0] for d in DEV_SETS])
def test_outline_score_on_every_dev_set(name, gold, min_f1, min_depth):
    import speechdoc

    if not (CORPUS / gold).exists():
        pytest.skip(f"{gold} is not in this copy of the corpus")
    so = _load_scorer()
    match = npred = ngold = depth_ok = 0
    report = []
    for line in (CORPUS / gold).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        doc = json.loads(speechdoc.parse_file(CORPUS / g["file"]).model_dump_json())
        gnodes, pnodes = so.gold_with_parents(g["nodes"]), so.pred_nodes(doc)
        pairs = so.lcs_align(gnodes, pnodes, so.node_eq)
        ok = sum(int(gnodes[a]["depth"]) == pnodes[b]["depth"] for a, b in pairs)
        match, npred, ngold, depth_ok = match + len(pairs), npred + len(pnodes), ngold + len(gnodes), depth_ok + ok
        if len(pairs) != len(gnodes) or len(pairs) != len(pnodes) or ok != len(pairs):
            report.append(f"{g['file']}: gold {len(gnodes)} pred {len(pnodes)} matched {len(pairs)} depth {ok}")
    _, _, f1 = so.prf(match, npred, ngold)
    assert f1 >= min_f1, "\n".join(report)
    assert depth_ok / max(1, match) >= min_depth, "\n".join(report)


@pytest.mark.parametrize("name", ["seeds/000_50170776473fe16b.txt", "seeds/002_590090a74b10852c.txt", "cpc/12.txt"])
def test_corpus_files_tile(name):
    import speechdoc
    from test_invariants import check_document

    doc = speechdoc.parse_file(CORPUS / name)
    check_document(doc, doc.text)


def test_two_speeches_in_the_compilation():
    import speechdoc

    doc = speechdoc.parse_file(CORPUS / "seeds/002_590090a74b10852c.txt")
    assert len(doc.speeches) == 2
    assert [sp.children[0].marker for sp in doc.speeches] == ["第一,", "一、"]
    assert all(n.depth == 1 for sp in doc.speeches for n in sp.children)


# (gold file, the metric scores it must hold): the metric gold of the seeds and of the web excerpts,
# with each field of the matched metrics (benchmarks/score_metric_fields.py, in this process)
METRIC_SETS = [
    ("metric_gold.jsonl", {"metric_p": 1.0, "metric_r": 1.0, "indicator_acc": 0.85, "kind_acc": 1.0,
                           "direction_acc": 1.0, "basis_acc": 1.0, "period_acc": 1.0, "qualifier_acc": 1.0}),
    ("web/metric_gold.jsonl", {"metric_p": 0.99, "metric_r": 0.955, "indicator_acc": 0.85, "kind_acc": 0.99,
                               "direction_acc": 0.99, "basis_acc": 0.99, "period_acc": 0.99, "qualifier_acc": 0.95}),
]


@pytest.mark.parametrize("gold, floors", METRIC_SETS, ids=[m[0] for m in METRIC_SETS])
def test_metric_fields_on_the_dev_corpus(gold, floors):
    if not (CORPUS / gold).exists():
        pytest.skip(f"{gold} is not in this copy of the corpus")
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "score_metric_fields.py"
    spec = importlib.util.spec_from_file_location("score_metric_fields", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    got = mod.score(CORPUS / gold, CORPUS)
    low = {k: (got[k], v) for k, v in floors.items() if got[k] < v}
    assert not low, f"below the floor (got, floor): {low}"
