"""Read one quantity phrase into typed parts with the lark grammar ``quantity.lark``.

The scanner (:mod:`speechdoc.metrics.scan`) cuts a candidate phrase out of the folded
text; this module parses it. The parser is built once per process (LALR, cached on
disk by lark) and the reading of a phrase is memoised: a report repeats the same few
phrases (``X%``, ``×个百分点``) many times.

>>> q = parse_quantity("6%—6.5%")
>>> (q.value, q.value_high, q.unit, q.qualifier)
(6, 6.5, '%', None)
>>> q = parse_quantity("百分之三十六点九")
>>> (q.value, q.unit)
(36.9, '%')
>>> q = parse_quantity("八千一百九十九万吨")
>>> (q.value, q.unit, q.scale, q.base_value)
(8199, '万吨', 10000.0, 81990000.0)
>>> q = parse_quantity("不低于3倍")
>>> (q.value, q.unit, q.qualifier)
(3, '倍', '不低于')
>>> parse_quantity("三万九千八百元").value, parse_quantity("二万八千亿元").base_value
(39800, 2800000000000.0)
>>> parse_quantity("X个亿").placeholder, parse_quantity("X个亿").scale
(True, 100000000.0)
>>> parse_quantity("第三") is None
True
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from typing import TYPE_CHECKING

from ..text.numerals import HAN_DIGITS, read_numeral

if TYPE_CHECKING:
    from lark import Lark

__all__ = ["Quantity", "parse_quantity", "quantity_parser", "unit_pattern", "SCALES", "QUALIFIERS", "BOUNDS",
           "split_qualifier"]

#: magnitude of each scale word; 个亿 is written as a unit but carries 亿
SCALES = {"万亿": 1e12, "万万": 1e8, "千万": 1e7, "千亿": 1e11, "兆": 1e12, "百万": 1e6, "十万": 1e5, "亿": 1e8, "万": 1e4, "千": 1e3}
_UNIT_SCALE = {"个亿": 1e8}
#: qualifier or hedge as written → canonical. Four are bounds, the record's ``qualifier`` (rule M9:
#: 左右 以上 以下 不低于; 至少/不能低于 mean 不低于, 以内/不超过/少于 mean 以下); the rest only make the
#: figure approximate or open-ended (约 近 多 超过 突破 力争; 余 means 多, 逾 means 超过) and are the
#: record's ``hedge``: the annotation rules give them no qualifier (近2000万元, 4000余亩, 突破15亿元)
QUALIFIERS = {
    "左右": "左右", "上下": "左右", "约": "约", "大约": "约", "近": "近", "将近": "近", "接近": "近",
    "以上": "以上", "及以上": "以上", "或以上": "以上", "及以下": "以下", "或以下": "以下", "多": "多", "余": "多", "以下": "以下", "以内": "以下", "不超过": "以下", "少于": "以下", "≤": "以下", "≥": "不低于",
    "不低于": "不低于", "不少于": "不低于", "不小于": "不低于", "不能低于": "不低于", "不得低于": "不低于", "至少": "不低于",
    "超过": "超过", "超": "超过", "逾": "超过", "突破": "突破", "力争": "力争",
}
#: the canonical qualifiers that bound a figure (rule M9); every other canonical word is a hedge
BOUNDS = frozenset({"左右", "以上", "以下", "不低于"})


def split_qualifier(canonical: str | None) -> tuple[str | None, str | None]:
    """``(qualifier, hedge)`` of a canonical word: a bound is the qualifier, anything else the hedge.

    >>> split_qualifier("以上"), split_qualifier("近"), split_qualifier(None)
    (('以上', None), (None, '近'), (None, None))
    """
    if canonical is None or canonical in BOUNDS:
        return canonical, None
    return None, canonical


_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


class Quantity(NamedTuple):
    value: int | float | None
    value_high: int | float | None
    placeholder: bool
    unit: str | None  # as written, scale included: 亿元, 个亿, 万吨, %
    scale: float | None
    qualifier: str | None  # canonical (QUALIFIERS): a bound (BOUNDS) or a hedge, split by split_qualifier

    @property
    def base_value(self) -> float | None:
        """The value in base units (亿元 → 元) where the unit has a magnitude."""
        return _times(self.value, self.scale)

    @property
    def base_value_high(self) -> float | None:
        return _times(self.value_high, self.scale)


def _times(v: int | float | None, scale: float | None) -> float | None:
    if v is None or scale is None:
        return None
    out = float(v) * scale
    return out if math.isfinite(out) else None


def _arabic(s: str) -> int | float | None:
    t = s.translate(_FULLWIDTH).replace(",", "").replace("，", "").replace(" ", "")  # (13 444户: a space between thousands)
    if len(t) > 26:
        return None
    try:
        f = float(t)
    except ValueError:
        return None
    if "." not in t:
        return int(t)
    return f if math.isfinite(f) else None


def _plain(v: float) -> int | float:
    """141178.0 → 141178: a whole value reads as an int."""
    return int(v) if float(v).is_integer() and abs(v) < 1e15 else v


class _Num(NamedTuple):
    value: int | float | None
    placeholder: bool
    unit: str | None  # 百分之… → %, 千分之… → ‰
    numeral: str | None  # a Chinese numeral with groups, re-read with its scale (十四亿…万人)


class _Val(NamedTuple):
    num: _Num
    more: bool
    sign: int


_DIGIT_BY_DIGIT = {c: str(v) for c, v in HAN_DIGITS.items() if c not in "两兩"}  # (两 is no digit of a written figure)


def _digit_by_digit(body: str) -> float | int | None:
    """A percentage written digit by digit, as reports of the 1950s did: 百分之一〇八点二 (108.2),
    百分之九一点三 (91.3), 百分之四〇 (40), 百分之七七 (77). Only where it cannot be a range (百分之五六
    is 5 to 6 %, 百分之三五 3 to 5 %): two or three digits followed by 点, or holding a zero, or two
    digits that are no such pair (the same digit twice, or a lower digit after a higher one)."""
    whole, dot, frac = body.partition("点")
    if not 2 <= len(whole) <= 3 or whole[0] in "零〇":
        return None
    if not (dot or "〇" in whole or "零" in whole) and not (len(whole) == 2 and _no_range(whole)):
        return None
    if any(c not in _DIGIT_BY_DIGIT for c in whole) or any(c not in _DIGIT_BY_DIGIT for c in frac) or dot and not frac:
        return None
    digits = "".join(_DIGIT_BY_DIGIT[c] for c in whole)
    return float(digits + "." + "".join(_DIGIT_BY_DIGIT[c] for c in frac)) if dot else int(digits)


def _no_range(pair: str) -> bool:
    """Two digits that cannot stand for a range: a range names the lower figure first and the next one
    (五六, 七八) or, by custom, 三五; 七七, 九四, 八二 are figures."""
    a, b = HAN_DIGITS.get(pair[0]), HAN_DIGITS.get(pair[1])
    return a is not None and b is not None and b <= a


class _Read:
    """Rule methods build the parts; ``start`` returns a Quantity (or None). A lark
    ``Transformer`` with these methods (:func:`_transformer`) walks the parse tree; the plain
    path calls ``pct`` directly (lark is imported only when the grammar is first needed)."""

    def arabic(self, c):
        return _Num(_arabic(c[0]), False, None, None)

    def han(self, c):
        text = str(c[0]).replace(",", "")  # (a MIXED part may set its thousands apart: 95亿2,401万2千)
        return _Num(read_numeral(text), False, None, text if any(g in text for g in "万萬亿億兆") else None)

    def pct(self, c):
        text = str(c[0])
        unit = "%" if text[0] == "百" else "‰"
        body = text[3:]
        sign = 1
        if body[:1] in ("负", "負"):
            sign, body = -1, body[1:]
        v = _arabic(body) if body[:1].isdigit() else read_numeral(body)
        if v is None and body[:1] in _DIGIT_BY_DIGIT:
            v = _digit_by_digit(body)
        return _Num(None if v is None else sign * v, False, unit, None)

    def placeholder(self, c):
        return _Num(None, True, None, None)

    def value(self, c):
        from lark import Token

        sign = next((t for t in c if isinstance(t, Token) and t.type == "SIGN"), None)
        num = next(x for x in c if isinstance(x, _Num))
        if sign is not None and num.value is not None:
            num = num._replace(value=-num.value)
        return _Val(num, any(isinstance(t, Token) and t.type == "MORE" for t in c), -1 if sign is not None else 1)

    def unit(self, c):
        scale_word, unit_word, more, half = "", "", False, False
        for t in c:
            if t.type == "SCALE":
                scale_word = str(t)
            elif t.type == "UNIT":
                unit_word = str(t)
            elif t.type == "MORE":
                more = True
            elif t.type == "HALF":
                half = True
        scale = SCALES.get(scale_word) or _UNIT_SCALE.get(unit_word)
        written = (scale_word + unit_word).replace("％", "%")
        if written == "百分点":
            written = "个百分点"
        return (written, scale, more, half, scale_word)

    def _amount(self, c, is_range: bool):
        from lark import Token

        vals = [x for x in c if isinstance(x, _Val)]
        units = [x for x in c if isinstance(x, tuple) and not isinstance(x, _Val) and len(x) == 5]
        suffix = next((str(x) for x in c if isinstance(x, Token) and x.type == "SUFFIX"), None)
        if is_range and len(vals) != 2 or not vals:
            return None
        unit = units[-1] if units else None
        pct_units = {v.num.unit for v in vals if v.num.unit}
        if len(pct_units) > 1 or pct_units and unit is not None:
            return None  # 百分之五十千分之三, 百分之五亿元
        unit_word = unit[0] if unit else (pct_units.pop() if pct_units else None)
        scale = unit[1] if unit else None
        if is_range and len(units) == 2 and units[0][0] != units[1][0] \
                and not (units[0][0] == units[0][4] == units[1][4]):
            return None  # 3亿元-5万人 is not a range; 1万-5万元 is
        if any(u[3] for u in units) and (is_range or scale or len(units) != 1):
            return None  # 半 only after a plain unit: 三成半, 十五斤半
        nums = []
        for k, v in enumerate(vals):
            n = v.num.value
            own = (units[0] if len(units) == 2 and k == 0 else unit) if units else None
            if n is not None and v.num.numeral and own is not None and own[4]:
                whole = read_numeral(v.num.numeral + own[4])  # 十四亿一千一百七十八 + 万
                n = None if whole is None else _plain(v.sign * whole / SCALES[own[4]])
                if n is None:
                    return None
            nums.append(n)
        placeholder = any(v.num.placeholder for v in vals)
        if not placeholder and any(n is None for n in nums):
            return None
        if units and units[-1][3] and not placeholder:
            if not isinstance(nums[0], int):
                return None
            nums[0] = nums[0] + 0.5
        if is_range and not placeholder:
            low, high = nums
            if low > high and len(units) == 1 and scale and isinstance(low, int):
                low = _plain(low / scale)  # 从8500到3万: the low end is written out in full
            if low > high:
                return None
            nums = [low, high]
        more = any(v.more for v in vals) or any(u[2] for u in units)
        qual = QUALIFIERS.get(suffix) if suffix else ("多" if more else None)
        low = nums[0]
        high = nums[1] if is_range else None
        return low, high, placeholder, unit_word, scale, qual

    def single(self, c):
        return self._amount(c, False)

    def range(self, c):
        return self._amount(c, True)

    def start(self, c):
        from lark import Token

        prefix = next((str(x) for x in c if isinstance(x, Token) and x.type == "PREFIX"), None)
        amount = c[-1]
        if amount is None:
            return None
        low, high, placeholder, unit, scale, qual = amount
        if prefix and not qual:
            qual = QUALIFIERS.get(prefix)
        elif prefix and QUALIFIERS.get(prefix) == "不低于":
            qual = "不低于"
        if placeholder:
            low = high = None
        return Quantity(low, high, placeholder, unit, scale, qual)


@lru_cache(maxsize=1)
def quantity_parser() -> Lark:
    """The quantity grammar, built once per process (and cached on disk by lark)."""
    from lark import Lark

    return Lark.open_from_package("speechdoc", "grammars/quantity.lark", parser="lalr", cache=True)


@lru_cache(maxsize=1)
def unit_pattern() -> str:
    """The UNIT terminal's regex, so the scanner proposes exactly the units the grammar reads."""
    for t in quantity_parser().terminals:
        if t.name == "UNIT":
            return t.pattern.to_regexp()
    raise RuntimeError("quantity.lark defines no UNIT terminal")  # pragma: no cover


@lru_cache(maxsize=1)
def _plain_shape() -> re.Pattern[str]:
    """``NUMBER (UNIT | SCALE UNIT?)? SUFFIX?``, written with the grammar's own terminals.

    Most phrases of a report have this shape (``5%``, ``412亿元``, ``一千二百万人以上``,
    ``百分之三十六点九``); they are read without the LALR machinery, exactly as the grammar
    reads them (UNIT is tried before SCALE, as the grammar's priorities do; a test holds the
    two readings equal). Everything else goes to the parser.
    """
    t = {x.name: x.pattern.to_regexp() for x in quantity_parser().terminals}
    blank = r"[ \u3000\n]*"
    t = {k: f"(?>{v})" for k, v in t.items()}  # atomic: a token, once lexed, is never shortened (the lexer's way)
    return re.compile(rf"(?:(?P<pct>{t['PCT']})|(?P<ph>{t['PLACEHOLDER']})|(?P<arabic>{t['ARABIC']})|(?P<han>{t['HAN']}))"
                      rf"{blank}(?:(?P<unit>{t['UNIT']})|(?P<scale>{t['SCALE']}){blank}(?P<unit2>{t['UNIT']})?)?{blank}"
                      rf"(?P<suffix>{t['SUFFIX']})?")


def _read_plain(phrase: str) -> Quantity | None | bool:
    """The reading of a plain phrase, or False when the phrase is not plain."""
    m = _plain_shape().fullmatch(phrase)
    if m is None or m["arabic"] and _mixed_numeral().match(phrase):
        return False  # 5万4千6百元 is one MIXED numeral for the grammar
    unit_word = m["unit"] or m["unit2"] or ""
    scale_word = m["scale"] or ""
    suffix = m["suffix"]
    qual = QUALIFIERS.get(suffix) if suffix else None
    if m["pct"]:
        if unit_word or scale_word:
            return None
        num = _Read().pct([m["pct"]])
        return None if num.value is None else Quantity(num.value, None, False, num.unit, None, qual)
    written = (scale_word + unit_word).replace("％", "%")
    if written == "百分点":
        written = "个百分点"
    scale = (SCALES.get(scale_word) or _UNIT_SCALE.get(unit_word)) if written else None
    if m["ph"]:
        return Quantity(None, None, True, written or None, scale, qual)
    if m["arabic"]:
        value = _arabic(m["arabic"])
    else:
        han = m["han"]
        if scale_word and any(g in han for g in "万萬亿億"):
            whole = read_numeral(han + scale_word)
            value = None if whole is None else _plain(whole / SCALES[scale_word])
        else:
            value = read_numeral(han)
    if value is None:
        return None
    return Quantity(value, None, False, written or None, scale, qual)


@lru_cache(maxsize=1)
def _mixed_numeral() -> re.Pattern[str]:
    return re.compile(next(x.pattern.to_regexp() for x in quantity_parser().terminals if x.name == "MIXED"))


@lru_cache(maxsize=8192)
def parse_quantity(phrase: str) -> Quantity | None:
    """The typed reading of a quantity phrase, or None if the grammar rejects it."""
    if not phrase or len(phrase) > 80:
        return None
    plain = _read_plain(phrase)
    if plain is not False:
        return plain  # type: ignore[return-value]
    return read_with_grammar(phrase)


@lru_cache(maxsize=1)
def _transformer() -> type:
    from lark import Transformer

    return type("_ReadTree", (_Read, Transformer), {})


def _lark_error() -> type[Exception]:
    from lark.exceptions import LarkError

    return LarkError


def read_with_grammar(phrase: str) -> Quantity | None:
    """:func:`parse_quantity` through the LALR parser only (the reference for the plain shape)."""
    try:
        tree = quantity_parser().parse(phrase)
        return _transformer()().transform(tree)
    except (_lark_error(), ValueError, KeyError, TypeError):
        return None
