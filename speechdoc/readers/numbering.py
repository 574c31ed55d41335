"""Word's automatic list numbering, rendered as the marker a reader sees.

``numbering.xml`` defines abstract lists (``w:abstractNum``) with up to nine levels,
each with a number format (``w:numFmt``: ``chineseCounting`` 一二三, ``decimal``,
``decimalEnclosedCircle`` ①…), a template (``w:lvlText``: ``%1、``, ``（%1）``, ``第%1条``,
``%1.%2``), a start value and a restart rule; list instances (``w:num``) point at one and
may override a level's start or definition. :class:`ListCounter` keeps the counters as
Word does — per abstract list, a deeper level restarting when a shallower one moves on,
a ``w:startOverride`` restarting the level the first time its instance is used — and
renders each numbered paragraph's marker.

>>> format_number(12, "chineseCounting"), format_number(3, "decimalEnclosedCircle"), format_number(2, "ideographTraditional")
('十二', '③', '乙')
>>> format_number(105, "chineseCountingThousand"), format_number(4, "upperRoman"), format_number(28, "lowerLetter")
('一百零五', 'IV', 'bb')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["Level", "Marker", "ListDefinitions", "ListCounter", "format_number", "W"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_DIGITS = "〇一二三四五六七八九"
_LEGAL_S = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_T = "零壹貳參肆伍陸柒捌玖"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _chinese(n: int, digits: str = _DIGITS, units: str = "十百千") -> str:
    """Chinese counting: 十, 十一, 二十, 一百零五, 一千二百 (below 10 000; above, digit by digit)."""
    if n <= 0 or n >= 10000:
        return "".join(digits[int(d)] for d in str(n))
    parts = []
    s = str(n)
    zero = False
    for i, ch in enumerate(s):
        d = int(ch)
        place = len(s) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and parts:
            parts.append("零" if digits is _DIGITS else digits[0])
        zero = False
        unit = units[place - 1] if place else ""
        if not (d == 1 and place == 1 and i == 0 and digits is _DIGITS):  # 十一, not 一十一
            parts.append(digits[d])
        parts.append(unit)
    return "".join(parts)


def _letters(n: int) -> str:
    """Word's letter lists repeat the letter: a … z, aa … zz, aaa …"""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _circled(n: int) -> str | None:
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if 21 <= n <= 35:
        return chr(0x3251 + n - 21)
    if 36 <= n <= 50:
        return chr(0x32B1 + n - 36)
    return None


def format_number(n: int, fmt: str) -> str:
    """``n`` in the ``w:numFmt`` format ``fmt``; formats not known here fall back to decimal."""
    if fmt == "none" or fmt == "bullet":
        return ""
    if fmt in ("decimal", "decimalHalfWidth", "ordinal", "cardinalText", "ordinalText") or n <= 0:
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
               "japaneseCounting", "koreanCounting", "ideographLegalTraditional", "chineseLegalSimplified"):
        if fmt == "chineseLegalSimplified":
            return _chinese(n, _LEGAL_S, "拾佰仟")
        if fmt == "ideographLegalTraditional":
            return _chinese(n, _LEGAL_T, "拾佰仟")
        return _chinese(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional" and n <= 10:
        return _HEAVENLY[n - 1]
    if fmt == "ideographZodiac" and n <= 12:
        return _EARTHLY[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _circled(n) or str(n)
    if fmt == "decimalEnclosedParen" and n <= 20:
        return chr(0x2474 + n - 1)
    if fmt == "decimalEnclosedFullstop" and n <= 20:
        return chr(0x2488 + n - 1)
    if fmt in ("upperRoman", "lowerRoman") and n < 4000:
        out = []
        for value, sym in _ROMAN:
            while n >= value:
                out.append(sym)
                n -= value
        roman = "".join(out)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    return str(n)


class Marker(NamedTuple):
    """A rendered list marker: its text, the level's ``w:numFmt`` and ``w:suff`` (tab, space, nothing)."""

    text: str
    fmt: str
    suffix: str = "tab"


@dataclass(slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 never; None after any
    legal: bool = False  # w:isLgl: every %n in decimal
    suffix: str = "tab"


def _level(el) -> Level:
    def val(tag: str) -> str | None:
        child = el.find(W + tag)
        return None if child is None else child.get(W + "val")

    start = val("start")
    restart = val("lvlRestart")
    return Level(start=_int(start, 1), fmt=val("numFmt") or "decimal", text=val("lvlText") or "",
                 restart=None if restart is None else _int(restart, 0), legal=el.find(W + "isLgl") is not None,
                 suffix=val("suff") or "tab")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass(slots=True)
class ListDefinitions:
    """The parsed ``numbering.xml``: abstract lists and the instances that use them."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    style_link: dict[str, str] = field(default_factory=dict)  # abstract id → numStyleLink style id
    instances: dict[str, str] = field(default_factory=dict)  # num id → abstract id
    overrides: dict[str, dict[int, tuple[int | None, Level | None]]] = field(default_factory=dict)

    @classmethod
    def parse(cls, root) -> ListDefinitions:
        out = cls()
        if root is None:
            return out
        for ab in root.iter(W + "abstractNum"):
            aid = ab.get(W + "abstractNumId")
            if aid is None:
                continue
            out.abstract[aid] = {_int(lvl.get(W + "ilvl"), 0): _level(lvl) for lvl in ab.iter(W + "lvl")}
            link = ab.find(W + "numStyleLink")
            if link is not None and link.get(W + "val"):
                out.style_link[aid] = link.get(W + "val")
        for num in root.iter(W + "num"):
            nid, ab = num.get(W + "numId"), num.find(W + "abstractNumId")
            if nid is None or ab is None:
                continue
            out.instances[nid] = ab.get(W + "val") or ""
            over: dict[int, tuple[int | None, Level | None]] = {}
            for o in num.iter(W + "lvlOverride"):
                so = o.find(W + "startOverride")
                lvl = o.find(W + "lvl")
                over[_int(o.get(W + "ilvl"), 0)] = (None if so is None else _int(so.get(W + "val"), 1),
                                                    None if lvl is None else _level(lvl))
            if over:
                out.overrides[nid] = over
        return out


class ListCounter:
    """Counters of every list as the paragraphs go by; :meth:`next` renders one paragraph's marker."""

    def __init__(self, lists: ListDefinitions, style_num: dict[str, str] | None = None) -> None:
        self.lists = lists
        self.style_num = style_num or {}  # style id → num id, for numStyleLink
        self.counts: dict[str, dict[int, int]] = {}
        self.used: set[tuple[str, int]] = set()

    def _abstract(self, num_id: str) -> str | None:
        aid = self.lists.instances.get(num_id)
        for _ in range(3):  # a style link points at another instance's list
            link = self.lists.style_link.get(aid or "")
            if link is None or link not in self.style_num:
                break
            aid = self.lists.instances.get(self.style_num[link], aid)
        return aid if aid in self.lists.abstract else None

    def _definition(self, num_id: str, aid: str, ilvl: int) -> Level | None:
        over = self.lists.overrides.get(num_id, {}).get(ilvl)
        if over is not None and over[1] is not None:
            return over[1]
        return self.lists.abstract[aid].get(ilvl)

    def next(self, num_id: str, ilvl: int) -> Marker | None:
        """The marker of the next paragraph of list ``num_id`` at level ``ilvl``; None if not numbered."""
        if num_id in ("", "0"):
            return None
        aid = self._abstract(num_id)
        if aid is None:
            return None
        level = self._definition(num_id, aid, ilvl)
        if level is None:
            return None
        counts = self.counts.setdefault(aid, {})
        over = self.lists.overrides.get(num_id, {}).get(ilvl)
        if over is not None and over[0] is not None and (num_id, ilvl) not in self.used:
            counts[ilvl] = over[0]
        elif ilvl in counts:
            counts[ilvl] += 1
        else:
            counts[ilvl] = level.start
        self.used.add((num_id, ilvl))
        for deeper in [k for k in counts if k > ilvl]:
            d = self._definition(num_id, aid, deeper)
            restart = d.restart if d is not None else None
            if restart is None or (restart != 0 and ilvl + 1 <= restart):
                del counts[deeper]
        if level.fmt == "bullet":
            return Marker("", "bullet", level.suffix)
        text = level.text
        for k in range(9, 0, -1):
            token = f"%{k}"
            if token in text:
                d = self._definition(num_id, aid, k - 1) or Level()
                n = counts.get(k - 1, d.start)
                text = text.replace(token, format_number(n, "decimal" if level.legal else d.fmt))
        return Marker(text, level.fmt, level.suffix)
