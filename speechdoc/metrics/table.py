"""``speechdoc metrics FILE...``: one row a metric, as CSV, JSON Lines or a table.

Columns: file, section (breadcrumbs joined with `` > ``), indicator, value,
value_high, unit, scale, direction, qualifier, basis, kind, period, text, start,
end — ``start``/``end`` are the character offsets of the quantity phrase in the
decoded file (``Metric.span``). CSV is UTF-8 with ``\\r\\n`` rows; ``--bom`` adds a
byte-order mark so spreadsheet programs read the Chinese correctly.

>>> import io
>>> from speechdoc import parse
>>> buf = io.StringIO()
>>> write_rows(rows("a.txt", parse("生产总值增长5%左右。")), "csv", buf)
>>> print(buf.getvalue().splitlines()[1])
a.txt,,生产总值,5,,%,,increase,左右,,actual,,生产总值增长5%左右,6,10
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..model import Document

__all__ = ["COLUMNS", "rows", "write_rows", "add_command"]

COLUMNS = ("file", "section", "indicator", "value", "value_high", "unit", "scale", "direction", "qualifier",
           "basis", "kind", "period", "text", "start", "end")


def _num(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


def rows(path: str, doc: Document, **filters: Any) -> Iterator[dict[str, Any]]:
    """One plain dict a metric of ``doc``, in document order."""
    for m in doc.metrics(**filters):
        yield {
            "file": path, "section": " > ".join(m.section_path), "indicator": m.indicator,
            "value": _num(m.value), "value_high": _num(m.value_high), "unit": m.unit, "scale": _num(m.scale),
            "direction": m.direction, "qualifier": m.qualifier, "basis": m.basis, "kind": m.kind,
            "period": m.period, "text": m.text, "start": m.span[0], "end": m.span[1],
        }


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell(v: Any) -> str:
    return "" if v is None else " ".join(str(v).split())


def _span(r: dict[str, Any]) -> Any:
    return r["value"] if r["value_high"] is None else f"{r['value']}–{r['value_high']}"


def write_rows(items: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    if fmt == "jsonl":
        for r in items:
            out.write(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
        w.writeheader()
        for r in items:
            w.writerow({k: _cell(v) if k == "text" else ("" if v is None else v) for k, v in r.items()})
    else:
        cols = ("section", "indicator", "value", "unit", "direction", "qualifier", "basis", "kind", "period", "text")
        table = [[_cell(_span(r) if c == "value" else r[c])[:40] for c in cols] for r in items]
        widths = [max([_width(c)] + [_width(row[i]) for row in table]) for i, c in enumerate(cols)]
        for row in [list(cols)] + table:
            out.write("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)).rstrip() + "\n")


def _run(a: argparse.Namespace) -> int:
    from ..errors import SpeechdocError
    from ..pipeline import parse, parse_file
    from ..progress import progress

    status = 0
    out = sys.stdout
    if a.format == "csv" and hasattr(out, "buffer"):
        out = open(out.fileno(), "w", encoding="utf-8", newline="", closefd=False)  # noqa: SIM115
    if a.bom and a.format == "csv":
        out.write("\ufeff")
    filters = {k: v for k, v in (("kind", a.kind), ("unit", a.unit), ("indicator", a.indicator),
                                 ("section", a.section)) if v}

    def gen() -> Iterator[dict[str, Any]]:
        nonlocal status
        for path in progress(a.files, force=getattr(a, "progress", False)):
            try:
                if path == "-":
                    doc = parse(sys.stdin.buffer.read(), encoding=a.encoding)
                else:
                    doc = parse_file(path, encoding=a.encoding)
            except (SpeechdocError, OSError) as e:
                print(f"speechdoc: error: {path}: {e}", file=sys.stderr)
                status = 1
                continue
            yield from rows(path, doc, **filters)

    write_rows(gen(), a.format, out)
    out.flush()
    return status


def add_command(sub: Any) -> None:
    """Register the ``metrics`` subcommand on the CLI's subparsers."""
    p = sub.add_parser("metrics", help="list the metrics of files, one row a metric",
                       description="One row a metric: file, section path, indicator, value, unit, qualifiers.")
    p.add_argument("files", nargs="+", metavar="FILE", help="speech files, or - for standard input")
    p.add_argument("--format", choices=["csv", "jsonl", "table"], default="table")
    p.add_argument("--bom", action="store_true", help="start CSV with a UTF-8 byte-order mark (for spreadsheets)")
    p.add_argument("--progress", action="store_true", help="show progress on stderr even when it is not a terminal")
    p.add_argument("--kind", choices=["actual", "target", "forecast"])
    p.add_argument("--unit")
    p.add_argument("--indicator", help="substring of the indicator, either script")
    p.add_argument("--section", help="substring of a breadcrumb of the section path")
    p.add_argument("--encoding", help="decode with this encoding instead of detecting it")
    p.set_defaults(func=_run)
