"""Filters behind :meth:`speechdoc.Document.metrics` (kind, unit, indicator, section).

Text filters fold both sides to simplified script, so ``indicator="規模以上"`` finds
规模以上工业增加值 in a traditional-script report, and the reverse.

>>> from speechdoc import parse
>>> doc = parse("一、回顾\\n全市生产总值增长6.2%，城镇新增就业6.8万人。\\n"
...             "二、目标\\n今年预期目标是：生产总值增长5%左右；城镇新增就业6万人以上。")
>>> [(m.value, m.kind) for m in doc.metrics(kind="target")]
[(5, 'target'), (6, 'target')]
>>> [m.value for m in doc.metrics(unit="%", section="回顾")]
[6.2]
>>> [m.value for m in doc.metrics(indicator="就業")]
[6.8, 6]
"""
from __future__ import annotations

from collections.abc import Iterable

from ..text.clean import fold_script
from ..errors import UsageError
from ..document.model import Metric

__all__ = ["filter_metrics", "KINDS"]

KINDS = ("actual", "target", "forecast")


def _norm(s: str) -> str:
    return fold_script("".join(s.split()))


def filter_metrics(metrics: Iterable[Metric], *, kind: str | None = None, unit: str | None = None,
                   indicator: str | None = None, section: str | None = None) -> list[Metric]:
    """Metrics that pass every given filter, order kept.

    ``kind`` and ``unit`` match exactly (``%`` and ``％`` are one unit); ``indicator``
    is a substring of the indicator (or, where none was read, of the metric's text);
    ``section`` is a substring of any breadcrumb of the section path.
    """
    if kind is not None and kind not in KINDS:
        raise UsageError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    want_unit = unit.replace("％", "%") if unit is not None else None
    want_ind = _norm(indicator) if indicator else None
    want_sec = _norm(section) if section else None
    out = []
    for m in metrics:
        if kind is not None and m.kind != kind:
            continue
        if want_unit is not None and (m.unit or "") != want_unit:
            continue
        if want_ind is not None and want_ind not in _norm(m.indicator or m.text):
            continue
        if want_sec is not None and not any(want_sec in _norm(p) for p in m.section_path):
            continue
        out.append(m)
    return out
