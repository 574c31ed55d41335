"""Flat rows for tables: every value a scalar, every row linked by ids.

Researchers put reports side by side in pandas, polars or Arrow; those want a list
of dicts of ``str | int | float | bool | None``, not a tree. Each row has an ``id``
that is stable for a given parse, a ``parent_id``, the ``depth``, the breadcrumb
``path`` (joined with `` > ``) and the span as ``start``/``end``.

Ids read as positions: speech ``"1"``, its second top-level node ``"1.2"``, that
node's first child ``"1.2.1"``; a metric is its owner's id plus ``"/m1"``, ``"/m2"``…;
a paragraph plus ``"/p1"``…. Add a column of your own (the file name) to join rows
from many documents.

>>> from speechdoc import parse
>>> doc = parse("一、发展经济\\n（一）扩大消费。\\n（二）招商引资。\\n二、保障民生")
>>> [(r["id"], r["parent_id"], r["depth"], r["path"]) for r in doc.to_records("nodes")]
[('1.1', None, 1, '一、发展经济'), ('1.1.1', '1.1', 2, '一、发展经济 > （一）扩大消费'), ('1.1.2', '1.1', 2, '一、发展经济 > （二）招商引资'), ('1.2', None, 1, '二、保障民生')]
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..errors import MissingDependencyError, UsageError

if TYPE_CHECKING:
    from .model import Document, Metric, OutlineNode, Paragraph, Speech

__all__ = ["to_records", "to_pandas", "metric_records", "RECORD_KINDS", "PATH_SEP", "METRIC_COLUMNS"]

RECORD_KINDS = ("nodes", "metrics", "paragraphs", "speeches")
PATH_SEP = " > "

_METRIC_FIELDS = ("text", "indicator", "value", "value_high", "placeholder", "unit", "scale", "base_value",
                  "base_value_high", "direction", "qualifier", "hedge", "basis", "kind", "period")
#: The one shape of a metric row: ``to_records("metrics")``, ``speechdoc metrics`` (CSV, JSON Lines),
#: ``speechdoc query 'metric'`` and the batch ``metrics`` table. Names are the Metric model's, flattened:
#: ``section_path`` joined with `` > ``, ``span`` as ``start``/``end``, ``value_span`` as
#: ``value_start``/``value_end``, ``text_span`` as ``text_start``/``text_end``; ``id``/``node_id``
#: link the row to its node's row, ``depth`` is the owner's (0 for the speech itself).
METRIC_COLUMNS = ("file", "id", "node_id", "speech", "speech_title", "depth", "section_path", "start", "end",
                  "value_start", "value_end", "text_start", "text_end", *_METRIC_FIELDS)


def _tree(doc: Document) -> Iterator[tuple[Speech, OutlineNode | None, str, str | None, list[str]]]:
    """(speech, node or None for the speech itself, id, parent id, path) in document order."""
    for sp in doc.speeches:
        sid = str(sp.index)
        yield sp, None, sid, None, []
        stack: list[tuple[OutlineNode, str, str | None, list[str]]] = [
            (n, f"{sid}.{i}", None, []) for i, n in enumerate(sp.children, 1)]
        stack.reverse()
        while stack:
            node, nid, pid, above = stack.pop()
            path = [*above, node.marker + node.title]
            yield sp, node, nid, pid, path
            stack.extend(reversed([(c, f"{nid}.{i}", nid, path) for i, c in enumerate(node.children, 1)]))


def _node_row(sp: Speech, node: OutlineNode, nid: str, pid: str | None, path: list[str],
              file: str | None) -> dict[str, Any]:
    return {
        "file": file, "id": nid, "parent_id": pid, "speech": sp.index, "speech_title": sp.title,
        "kind": node.kind, "marker": node.marker, "style": node.style, "ordinal": node.ordinal,
        "depth": node.depth, "title": node.title, "path": PATH_SEP.join(path),
        "start": node.span[0], "end": node.span[1],
        "marker_start": node.marker_span[0], "marker_end": node.marker_span[1],
        "title_start": node.title_span[0], "title_end": node.title_span[1],
        "n_children": len(node.children), "n_paragraphs": len(node.blocks), "n_metrics": len(node.own_metrics),
        "text": node.text,
    }


def _metric_row(m: Metric, owner: str, k: int, sp: Speech, node: OutlineNode | None, path: list[str],
                file: str | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "file": file, "id": f"{owner}/m{k}", "node_id": owner if node is not None else None,
        "speech": sp.index, "speech_title": sp.title, "depth": node.depth if node is not None else 0,
        "section_path": PATH_SEP.join(m.section_path), "start": m.span[0], "end": m.span[1],
        "value_start": m.value_span[0], "value_end": m.value_span[1],
        "text_start": m.text_span[0], "text_end": m.text_span[1],
    }
    for f in _METRIC_FIELDS:
        row[f] = getattr(m, f)
    return row


def _para_row(p: Paragraph, owner: str, k: int, sp: Speech, node: OutlineNode | None, path: list[str],
              file: str | None) -> dict[str, Any]:
    return {"file": file, "id": f"{owner}/p{k}", "node_id": owner if node is not None else None,
            "speech": sp.index, "depth": node.depth if node is not None else 0, "path": PATH_SEP.join(path),
            "start": p.span[0], "end": p.span[1], "n_sentences": len(p.sentences), "text": p.text}


def _speech_row(sp: Speech, file: str | None) -> dict[str, Any]:
    return {"file": file, "id": str(sp.index), "speech": sp.index, "title": sp.title, "occasion": sp.occasion,
            "speaker": sp.speaker, "date": sp.date, "salutation": sp.salutation,
            "start": sp.span[0], "end": sp.span[1], "n_sections": len(sp.children),
            "n_nodes": sum(1 for _ in sp.walk()), "n_metrics": len(sp.metrics())}


def to_records(doc: Document, kind: str = "nodes") -> list[dict[str, Any]]:
    """Rows of one kind (``nodes``, ``metrics``, ``paragraphs``, ``speeches``) in document order.

    ``file`` is ``doc.source.path`` (None for parsed strings). Metric rows carry the
    owner's ``node_id`` (None when the speech itself holds the metric) and path.
    """
    if kind not in RECORD_KINDS:
        raise UsageError(f"records kind must be one of {', '.join(RECORD_KINDS)}, not {kind!r}")
    file = doc.source.path
    rows: list[dict[str, Any]] = []
    for sp, node, nid, pid, path in _tree(doc):
        owner = node if node is not None else sp
        if kind == "speeches":
            if node is None:
                rows.append(_speech_row(sp, file))
        elif kind == "nodes":
            if node is not None:
                rows.append(_node_row(sp, node, nid, pid, path, file))
        elif kind == "metrics":
            rows.extend(_metric_row(m, nid, k, sp, node, path, file) for k, m in enumerate(owner.own_metrics, 1))
        else:
            rows.extend(_para_row(p, nid, k, sp, node, path, file) for k, p in enumerate(owner.blocks, 1))
    if kind in ("metrics", "paragraphs"):
        rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def metric_records(doc: Document, metrics: list[Metric] | None = None, file: str | None = None
                   ) -> list[dict[str, Any]]:
    """The rows of ``metrics`` (default: all of ``doc.metrics()``), in their order, shaped as
    :data:`METRIC_COLUMNS`; ``file`` overrides ``doc.source.path`` (a name given on the command line).

    >>> from speechdoc import parse
    >>> doc = parse("一、发展经济\\n生产总值增长5%左右。")
    >>> row = metric_records(doc, doc.metrics(unit="%"), file="a.txt")[0]
    >>> {k: row[k] for k in ("file", "id", "section_path", "indicator", "value", "placeholder", "kind", "start")}
    {'file': 'a.txt', 'id': '1.1/m1', 'section_path': '一、发展经济', 'indicator': '生产总值', 'value': 5, 'placeholder': False, 'kind': 'actual', 'start': 13}
    """
    rows = {(r["start"], r["end"], r["text_start"]): r for r in to_records(doc, "metrics")}
    chosen = doc.metrics() if metrics is None else metrics
    out = [rows[(m.span[0], m.span[1], m.text_span[0])] for m in chosen]
    if file is not None:
        out = [{**r, "file": file} for r in out]
    return out


def to_pandas(doc: Document, kind: str = "nodes") -> Any:
    """:func:`to_records` as a ``pandas.DataFrame``; pandas is optional, so ask for it here."""
    try:
        import pandas as pd
    except ImportError:
        raise MissingDependencyError(
            "to_pandas() needs pandas, which speechdoc does not install: run `pip install pandas`, "
            "or pass doc.to_records(...) to the table library you use") from None
    return pd.DataFrame.from_records(to_records(doc, kind))
