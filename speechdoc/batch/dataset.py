"""The tables of a batch: one Arrow schema each, rows from :func:`speechdoc.document.records.to_records`.

A batch writes six tables, each a folder of parts (``documents/part-00000.parquet``…):

- ``documents``: one row for every input file, parsed or not (``error`` says why not);
- ``speeches``, ``nodes``, ``metrics``, ``paragraphs``: the rows of ``to_records``;
- ``diagnostics``: one row for each diagnostic of a document.

Every row carries the input's ``file`` and its ``content_hash`` (SHA-256 of the bytes),
so the tables join on them. Column names and types are fixed here (:data:`SCHEMAS`)
and documented in ``docs/batch.md``.

>>> from speechdoc import parse
>>> doc = parse("一、发展经济\\n（一）扩大消费。增长5%。\\n二、保障民生", path="a.txt")
>>> rows = document_rows(doc, b"...", "a.txt")
>>> [(t, len(r)) for t, r in rows.items()]
[('documents', 1), ('speeches', 1), ('nodes', 3), ('metrics', 1), ('paragraphs', 3), ('diagnostics', 0)]
>>> rows["metrics"][0]["value"], rows["documents"][0]["n_nodes"]
(5.0, 3)
"""
from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from ..errors import MissingDependencyError

if TYPE_CHECKING:
    import pyarrow as pa

    from ..document.model import Document

__all__ = ["TABLES", "COLUMNS", "SCHEMAS", "Columns", "content_hash", "file_label", "document_rows", "error_rows", "to_columns",
           "to_arrow", "require_pyarrow"]

TABLES = ("documents", "speeches", "nodes", "metrics", "paragraphs", "diagnostics")

S, I, F, B = "string", "int64", "float64", "bool_"
_KEY = [("file", S), ("content_hash", S)]

#: column name → Arrow type name, per table; the order is the column order
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": [*_KEY, ("bytes", I), ("encoding", S), ("bom", B), ("chars", I), ("title", S), ("date", S),
                  ("n_speeches", I), ("n_nodes", I), ("n_metrics", I), ("n_paragraphs", I),
                  ("n_diagnostics", I), ("error", S)],
    "speeches": [*_KEY, ("id", S), ("speech", I), ("title", S), ("occasion", S), ("speaker", S), ("date", S),
                 ("salutation", S), ("start", I), ("end", I), ("n_sections", I), ("n_nodes", I), ("n_metrics", I)],
    "nodes": [*_KEY, ("id", S), ("parent_id", S), ("speech", I), ("speech_title", S), ("kind", S), ("marker", S),
              ("style", S), ("ordinal", I), ("depth", I), ("title", S), ("path", S), ("start", I), ("end", I),
              ("marker_start", I), ("marker_end", I), ("title_start", I), ("title_end", I), ("n_children", I),
              ("n_paragraphs", I), ("n_metrics", I), ("text", S)],
    "metrics": [*_KEY, ("id", S), ("node_id", S), ("speech", I), ("speech_title", S), ("depth", I), ("section_path", S),
                ("start", I), ("end", I), ("value_start", I), ("value_end", I), ("text_start", I), ("text_end", I),
                ("text", S), ("indicator", S), ("value", F), ("value_high", F), ("placeholder", B), ("unit", S),
                ("scale", F), ("base_value", F), ("base_value_high", F), ("direction", S), ("qualifier", S),
                ("hedge", S), ("basis", S), ("kind", S), ("period", S)],
    "paragraphs": [*_KEY, ("id", S), ("node_id", S), ("speech", I), ("depth", I), ("path", S), ("start", I),
                   ("end", I), ("n_sentences", I), ("text", S)],
    "diagnostics": [*_KEY, ("severity", S), ("code", S), ("message", S), ("start", I), ("end", I)],
}

_RECORD_KINDS = ("speeches", "nodes", "metrics", "paragraphs")

#: table → column → values: what a worker sends back for one file (plain Python pickles
#: ten times faster than six small Arrow tables; the parent builds one table per part)
Columns = dict[str, dict[str, list[Any]]]


def require_pyarrow() -> Any:
    """``pyarrow``, or a :class:`MissingDependencyError` naming the install command."""
    try:
        import pyarrow
    except ImportError:
        raise MissingDependencyError(
            "Parquet output needs pyarrow: run `pip install 'speechdoc[parquet]'` (or use --format jsonl)") from None
    return pyarrow


def schema(table: str) -> pa.Schema:
    """The Arrow schema of one table."""
    pa = require_pyarrow()
    return pa.schema([pa.field(name, getattr(pa, kind)()) for name, kind in COLUMNS[table]])


class _Schemas(dict):  # type: ignore[type-arg]
    def __missing__(self, table: str) -> pa.Schema:
        self[table] = s = schema(table)
        return s


#: table name → ``pyarrow.Schema`` (built on first use, so importing needs no pyarrow)
SCHEMAS: dict[str, pa.Schema] = _Schemas()


def file_label(path: str) -> str:
    """``path`` as a table can hold it: undecodable bytes of a file name (lone surrogates
    from the file system) are written as ``\\xff`` escapes instead of failing the part."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def content_hash(data: bytes) -> str:
    """SHA-256 of the input bytes, in hex: the key ``--resume`` skips by."""
    return hashlib.sha256(data).hexdigest()


def _fit(row: dict[str, Any], table: str) -> dict[str, Any]:
    out = {name: row.get(name) for name, _ in COLUMNS[table]}
    for name, kind in COLUMNS[table]:
        if kind == F and isinstance(out[name], int) and not isinstance(out[name], bool):
            out[name] = float(out[name])
    return out


def document_rows(doc: Document, data: bytes, file: str, digest: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one parsed file, in document order."""
    key = {"file": file_label(file), "content_hash": digest or content_hash(data)}
    rows: dict[str, list[dict[str, Any]]] = {}
    for kind in _RECORD_KINDS:
        rows[kind] = [_fit({**r, **key}, kind) for r in doc.to_records(kind)]
    rows["diagnostics"] = [_fit({**key, "severity": d.severity, "code": d.code, "message": d.message,
                                 "start": d.span[0] if d.span else None, "end": d.span[1] if d.span else None},
                                "diagnostics") for d in doc.diagnostics]
    first = doc.speeches[0] if doc.speeches else None
    rows = {"documents": [_fit({
        **key, "bytes": len(data), "encoding": doc.source.encoding, "bom": doc.source.bom, "chars": len(doc.text),
        "title": doc.meta.title or (first.title if first else None),
        "date": doc.meta.date or (first.date if first else None),
        "n_speeches": len(rows["speeches"]), "n_nodes": len(rows["nodes"]), "n_metrics": len(rows["metrics"]),
        "n_paragraphs": len(rows["paragraphs"]), "n_diagnostics": len(rows["diagnostics"]), "error": None,
    }, "documents")], **rows}
    return rows


def error_rows(file: str, error: str, data: bytes | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows of a file that could not be parsed: one ``documents`` row with its error."""
    doc = {"file": file_label(file), "content_hash": content_hash(data) if data is not None else None,
           "bytes": len(data) if data is not None else None, "error": error}
    return {t: [_fit(doc, t)] if t == "documents" else [] for t in TABLES}


def to_columns(rows: dict[str, list[dict[str, Any]]]) -> Columns:
    """Rows of every table as columns (lists of values in the fixed column order)."""
    return {t: {name: [r[name] for r in rows.get(t, [])] for name, _ in COLUMNS[t]} for t in TABLES}


def to_arrow(parts: list[Columns]) -> dict[str, pa.Table]:
    """The columns of several files as one Arrow table each, with the fixed schemas."""
    pa = require_pyarrow()
    return {t: pa.Table.from_pydict({name: [v for p in parts for v in p[t][name]] for name, _ in COLUMNS[t]},
                                    schema=SCHEMAS[t]) for t in TABLES}
