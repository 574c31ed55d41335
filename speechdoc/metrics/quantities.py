"""Read a quantity phrase on its own: ``speechdoc.parse_quantity("十四亿一千一百七十八万人")``.

The same scanner and grammar the metrics stage uses (:mod:`speechdoc.metrics.scan`,
``grammars/quantity.lark``), without the context rules that decide whether a
quantity is a metric. A number is read right or not at all: what the reader cannot
read with certainty (``二三十``, a date, an ordinal, a numeral longer than any
statistic) gives ``None``.

>>> q = parse_quantity("十四亿一千一百七十八万人")
>>> (q.value, q.unit, q.scale, q.base_value, q.span, q.value_span)
(141178, '万人', 10000.0, 1411780000.0, (0, 12), (0, 10))
>>> q = parse_quantity("全年增长5%左右")
>>> (q.value, q.unit, q.qualifier, q.text, q.span)
(5, '%', '左右', '5%左右', (4, 8))
>>> [(q.value, q.unit) for q in find_quantities("增长12.5%,8.3%,6.1%")]
[(12.5, '%'), (8.3, '%'), (6.1, '%')]
>>> parse_quantity("第三") is None, parse_quantity("2024年") is None
(True, True)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.clean import fold_script
from ..errors import InputError
from .quantity import Quantity, _times, split_qualifier
from .quantity import parse_quantity as _read_phrase
from .scan import marks_read, phrases

__all__ = ["ParsedQuantity", "parse_quantity", "find_quantities", "NotTextError"]

_NUMERAL_GAP = re.compile(r"(?<=[0-9０-９零〇一二两三四五六七八九十百千万亿点分之])[ \u3000]+"
                          r"(?=[0-9０-９零〇一二两三四五六七八九十百千万亿点分之])")


class NotTextError(InputError, TypeError):
    """The reader was given something other than a ``str``: a speechdoc ``InputError`` and a ``TypeError``."""


def _gap(m: re.Match[str]) -> str:
    """Blanks inside a Chinese numeral go (一百 五 十 二); blanks between two Arabic numbers stay (2019 2020)."""
    s = m.string
    a, z = s[m.start() - 1], s[m.end()]
    return m.group() if _ARABIC_DIGIT.match(a) and _ARABIC_DIGIT.match(z) else ""


_ARABIC_DIGIT = re.compile(r"[0-9０-９]")


@dataclass(frozen=True, slots=True)
class ParsedQuantity:
    """One quantity as written, read into typed parts.

    ``value``/``value_high`` are the numbers as written (a range fills both);
    ``unit`` is written with its scale (``万人``, ``亿元``, ``%``, ``个百分点``) and
    ``scale`` is the magnitude of that scale word, so ``base_value`` is the value in
    base units. ``qualifier`` is one of the four bounds (``左右``, ``以上``, ``以下``, ``不低于``)
    and ``hedge`` the word that makes the figure approximate or open-ended (``约``, ``近``,
    ``多``, ``超过``, ``突破``, ``力争``), each canonical or None.
    ``span`` is ``[start, end)`` of the phrase in the input and ``value_span`` that of
    the number itself.
    """

    text: str
    span: tuple[int, int]
    value_span: tuple[int, int]
    value: int | float | None
    value_high: int | float | None
    unit: str | None
    scale: float | None
    qualifier: str | None
    placeholder: bool
    hedge: str | None = None

    @property
    def base_value(self) -> float | None:
        """``value`` times ``scale`` (亿元 → 元), or None when the unit has no scale."""
        return _times(self.value, self.scale)

    @property
    def base_value_high(self) -> float | None:
        return _times(self.value_high, self.scale)


def _reading(text: str, a: int, z: int, va: int, vz: int, q: Quantity) -> ParsedQuantity:
    qualifier, hedge = split_qualifier(q.qualifier)
    return ParsedQuantity(text[a:z], (a, z), (va, vz), q.value, q.value_high, q.unit, q.scale, qualifier,
                          q.placeholder, hedge)


def find_quantities(text: str) -> list[ParsedQuantity]:
    """Every quantity with a unit in ``text`` (or a ``百分之…``), in order.

    Dates, durations, page metadata and ordinals (``第3位``) are left out, and so is
    a bare number: without a unit only the context says what it counts.
    """
    if not isinstance(text, str):
        raise NotTextError(f"find_quantities() takes a str, not {type(text).__name__}")
    fold = marks_read(fold_script(text))  # (一○八, 270·4: read as the metrics stage reads them)
    out: list[ParsedQuantity] = []
    for p in phrases(fold):
        if not p.has_unit and p.kind != "pct":
            continue
        if fold[max(0, p.start - 1):p.start] == "第":
            continue  # an ordinal
        q = _read_phrase(p.phrase)
        if q is None or q.unit is None:
            continue
        if p.sign < 0 and q.value is not None and q.value_high is None:
            q = q._replace(value=-q.value)
        start = p.start - 1 if p.sign < 0 else p.start
        out.append(_reading(text, start, p.end, p.vstart, p.vend, q))
    return out


def parse_quantity(text: str) -> ParsedQuantity | None:
    """Read ``text`` as one quantity, or the first quantity with a unit inside it.

    The whole text is tried first, so a bare number reads too (``两千四百五`` → 2450,
    unit None); blanks between numeral characters are ignored there
    (``一百 五 十 二``). Otherwise the first phrase :func:`find_quantities` finds is
    returned. ``None`` when there is no quantity the reader is sure of.
    """
    if not isinstance(text, str):
        raise NotTextError(f"parse_quantity() takes a str, not {type(text).__name__}")
    stripped = text.strip()
    if not stripped or len(stripped) > 200:
        return None
    a = text.index(stripped[0])
    z = a + len(stripped)
    fold = marks_read(fold_script(stripped))
    whole = _NUMERAL_GAP.sub(_gap, fold)
    q = _read_phrase(whole)
    if q is not None and whole[:1] != "第" and q.unit != "天":  # 5天 is a duration unless 天数 says otherwise
        va, vz = a, z
        if whole == fold:  # the number inside the phrase, where the scanner sees it whole
            p = next(iter(phrases(fold)), None)
            if p is not None and p.start == 0 and p.end == len(fold):
                va, vz = a + p.vstart, a + p.vend
        return _reading(text, a, z, va, vz, q)
    found = find_quantities(text)
    return found[0] if found else None
