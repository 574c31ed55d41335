"""Shared by the query/select/records/chunks tests: fixture paths and hand-annotated metrics.

Metric extraction is another stage's job; these tests need metrics whose values they
know, so ``with_metrics`` attaches the annotations in ``fixtures/query/*.metrics.json``
to the node that owns each metric's text, as the pipeline does.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from pathlib import Path

from shared_corpus import CORPUS  # noqa: F401 (the tests import it from here)

import speechdoc
from speechdoc import Document

QUERY = Path(__file__).resolve().parent.parent / "fixtures" / "query"


def load(name: str) -> Document:
    return speechdoc.parse_file(QUERY / name)


def with_metrics(doc: Document, annotations: list[dict]) -> Document:
    data = doc.model_dump()
    owners = []  # (block start, block end, owner dict, path)
    for sp in data["speeches"]:
        owners.extend((b["span"][0], b["span"][1], sp, []) for b in sp["blocks"])
        stack = [(n, []) for n in sp["children"]]
        while stack:
            n, above = stack.pop()
            path = above + [n["marker"] + n["title"]]
            owners.extend((b["span"][0], b["span"][1], n, path) for b in n["blocks"])
            stack.extend((c, path) for c in n["children"])
    for o in owners:
        o[2]["metrics"] = []  # replace whatever the extractor found with the annotations
    owners.sort(key=lambda o: o[0])
    starts = [o[0] for o in owners]
    for ann in annotations:
        ann = dict(ann)
        text = ann.pop("text")
        start = doc.text.index(text)
        raw_value = ann.pop("value")
        vs = doc.text.index(raw_value, start)
        owner = owners[bisect_right(starts, start) - 1]
        assert owner[0] <= start < owner[1]
        metric = {"text": text, "text_span": (start, start + len(text)), "span": (start, start + len(text)),
                  "value_span": (vs, vs + len(raw_value)),
                  "value": float(raw_value) if "." in raw_value else int(raw_value),
                  "section_path": owner[3], **ann}
        owner[2]["metrics"].append(metric)
    for o in {id(o[2]): o[2] for o in owners}.values():
        o["metrics"].sort(key=lambda m: m["span"])
    return Document.model_validate(data)


def report_with_metrics() -> Document:
    doc = load("work_report.txt")
    ann = json.loads((QUERY / "work_report.metrics.json").read_text(encoding="utf-8"))
    return with_metrics(doc, ann)


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """Spans of every non-empty sentence of the document, in order (front matter included)."""
    paras = list(doc.front)
    for sp in doc.speeches:
        paras.extend(sp.blocks)
        for n in sp.walk():
            paras.extend(n.blocks)
    return sorted(s.span for p in paras for s in p.sentences if s.text)
