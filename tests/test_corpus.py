"""The development corpus in ../shared/corpus, scored by the reference scorer.

A user's fresh clone does not have it: these tests skip cleanly when it is absent.
"""
from __future__ import annotations

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
