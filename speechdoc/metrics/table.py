"""The rows of ``speechdoc metrics FILE...``: one row a metric, as CSV, JSON Lines or a table.

The columns are :data:`speechdoc.document.records.METRIC_COLUMNS`, the one shape of a metric
row (``to_records("metrics")`` and ``speechdoc query 'metric'`` give the same): the
Metric's own field names, with ``section_path`` joined by `` > `` and each span as
``…start``/``…end`` character offsets in the decoded file. CSV is UTF-8 with ``\\r\\n``
rows; ``--bom`` adds a byte-order mark so spreadsheet programs read the Chinese correctly.

>>> import io
>>> from speechdoc import parse
>>> buf = io.StringIO()
>>> write_rows(rows("a.txt", parse("生产总值增长5%左右。")), "csv", buf)
>>> print(buf.getvalue().splitlines()[0])
file,id,node_id,speech,speech_title,depth,section_path,start,end,value_start,value_end,text_start,text_end,text,indicator,value,value_high,placeholder,unit,scale,base_value,base_value_high,direction,qualifier,hedge,basis,kind,period
>>> print(buf.getvalue().splitlines()[1])
a.txt,1/m1,,1,,0,,6,10,6,7,0,10,生产总值增长5%左右,生产总值,5,,False,%,,,,increase,左右,,,actual,
"""
from __future__ import annotations

import csv
import json
import math
import unicodedata
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..document.model import Document, Metric
from ..document.records import METRIC_COLUMNS, metric_records

__all__ = ["COLUMNS", "rows", "metric_rows", "write_rows"]

COLUMNS = METRIC_COLUMNS
_NUMBERS = ("value", "value_high", "scale", "base_value", "base_value_high")


def _num(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


def metric_rows(doc: Document, metrics: list[Metric], file: str | None) -> list[dict[str, Any]]:
    """The rows of ``metrics`` as the CLI prints them: whole numbers as ints, no NaN or infinity."""
    return [{k: _num(v) if k in _NUMBERS else v for k, v in r.items()}
            for r in metric_records(doc, metrics, file=file)]


def rows(path: str | None, doc: Document, **filters: Any) -> Iterator[dict[str, Any]]:
    """One row a metric of ``doc`` (narrowed by the filters of ``Document.metrics``), in document order."""
    yield from metric_rows(doc, doc.metrics(**filters), path)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell(v: Any) -> str:
    return "" if v is None else " ".join(str(v).split())


def _span(r: dict[str, Any]) -> Any:
    return r["value"] if r["value_high"] is None else f"{r['value']}–{r['value_high']}"


def write_rows(items: Iterable[dict[str, Any]], fmt: str, out: IO[str], *, header: bool = True) -> None:
    """Rows as ``jsonl``, ``csv`` (``header`` off to append to a CSV already begun) or an aligned ``table``."""
    if fmt == "jsonl":
        for r in items:
            out.write(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
        if header:
            w.writeheader()
        for r in items:
            w.writerow({k: _cell(v) if k == "text" else ("" if v is None else v) for k, v in r.items()})
    else:
        cols = ("section_path", "indicator", "value", "unit", "direction", "qualifier", "basis", "kind", "period", "text")
        table = [[_cell(_span(r) if c == "value" else r[c])[:40] for c in cols] for r in items]
        widths = [max([_width(c)] + [_width(row[i]) for row in table]) for i, c in enumerate(cols)]
        for row in [list(cols)] + table:
            out.write("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)).rstrip() + "\n")
