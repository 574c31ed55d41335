"""Chinese and Arabic numerals to integers, without surprises.

``'①'.isdigit()`` is True yet ``int('①')`` raises, and ``int()`` refuses more than
4,300 digits: every conversion here is explicit and bounded.

>>> [han_to_int(s) for s in ("一", "十", "十五", "二十一", "九十九", "一百零八", "两", "〇")]
[1, 10, 15, 21, 99, 108, 2, 0]
>>> han_to_int("第一") is None, arabic_to_int("１９"), circled_to_int("⑳")
(True, 19, 20)

:func:`read_numeral` reads the numerals of quantities, with groups and colloquial
endings, and refuses whatever it cannot read with certainty:

>>> [read_numeral(s) for s in ("十四亿一千一百七十八万", "一万三", "两千四百五", "一千零十二", "5万4千6百")]
[1411780000, 13000, 2450, 1012, 54600]
>>> [read_numeral(s) for s in ("二三十", "一百一千", "万", "三千两百两", "二〇二三")]
[None, None, None, None, None]
"""
from __future__ import annotations

__all__ = ["HAN_DIGITS", "CIRCLED", "han_to_int", "arabic_to_int", "circled_to_int", "read_numeral", "MAX_NUMERAL"]

#: the circled numbers, for a regex class: ① … ⑳, and the forms fonts and sites print for them (⓫ … ⓴ and ⓵ … ⓾,
#: ❶ … ❿, ➀ … ➉, ➊ … ➓: a question's or a point's number on a Q&A or WeChat page)
CIRCLED = "\u2460-\u2473\u24eb-\u24fe\u2776-\u2793"
#: (first character, value of the first) of each run of circled numbers
_CIRCLED_RUNS = (("\u2460", 1, 20), ("\u24eb", 11, 10), ("\u24f5", 1, 10), ("\u2776", 1, 10), ("\u2780", 1, 10),
                 ("\u278a", 1, 10))

HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def han_to_int(s: str) -> int | None:
    """Value of a Chinese numeral below 10000, or None if ``s`` is not one."""
    if not s or len(s) > 12:
        return None
    if all(c in HAN_DIGITS for c in s) and len(s) > 1:  # 二〇二三 read digit by digit
        return int("".join(str(HAN_DIGITS[c]) for c in s))
    total, digit = 0, None
    for c in s:
        if c in HAN_DIGITS:
            if digit is not None and HAN_DIGITS[c] != 0 and digit != 0:
                return None  # 二三 inside a unit numeral
            digit = HAN_DIGITS[c]
        elif c in _UNITS:
            unit = _UNITS[c]
            total += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    if digit is not None:
        total += digit
    return total


def arabic_to_int(s: str) -> int | None:
    """Value of a short run of ASCII or full-width digits."""
    t = s.translate(_FULLWIDTH)
    if not t or len(t) > 18 or not t.isascii() or not t.isdigit():
        return None
    return int(t)


def circled_to_int(c: str) -> int | None:
    """① … ⑳ → 1 … 20, and the other circled forms (:data:`CIRCLED`): ⓫ → 11, ❶ ➀ ➊ ⓵ → 1.

    >>> [circled_to_int(c) for c in "③⓬❷➉➌⓶⓪"]
    [3, 12, 2, 10, 3, 2, None]
    """
    if len(c) == 1:
        for first, value, count in _CIRCLED_RUNS:
            k = ord(c) - ord(first)
            if 0 <= k < count:
                return value + k
    return None


def enclosed_to_int(c: str) -> int | None:
    """A numbering written as one character: ⑴ … ⒇ and ⒈ … ⒛ → 1 … 20, ㈠ … ㈩ → 1 … 10."""
    if len(c) == 1:
        if "\u2474" <= c <= "\u2487":
            return ord(c) - 0x2474 + 1
        if "\u2488" <= c <= "\u249b":
            return ord(c) - 0x2488 + 1
        if "\u3220" <= c <= "\u3229":
            return ord(c) - 0x3220 + 1
    return None


#: digits of a quantity numeral: everyday, financial (壹贰…) and colloquial (俩)
_Q_DIGITS = {**HAN_DIGITS, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
             "俩": 2, "倆": 2, "貳": 2, "陸": 6}
_Q_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_Q_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000, "兆": 10 ** 12}  # (兆: Taiwan's 万亿, 4兆8530亿)
_ZEROS = frozenset("零〇另")  # (另 for 零 inside a numeral, in older print: 一千另六十三; only the scanner's tokens hold it)
#: longest numeral :func:`read_numeral` accepts (characters); a longer run is no statistic
MAX_NUMERAL = 24


def _tokens(s: str) -> list[tuple[str, int]] | None:
    """('d', digit) ('z', 0) ('s', 10/100/1000) ('b', 10**4/10**8); Arabic runs are one digit token."""
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isascii() and c.isdigit() or "０" <= c <= "９":
            j = i
            while j < len(s) and (s[j].isascii() and s[j].isdigit() or "０" <= s[j] <= "９"):
                j += 1
            if j - i > 4:
                return None
            out.append(("d", int(s[i:j].translate(_FULLWIDTH))))
            i = j
            continue
        if c in _ZEROS:
            out.append(("z", 0))
        elif c in _Q_DIGITS:
            out.append(("d", _Q_DIGITS[c]))
        elif c in _Q_SMALL:
            out.append(("s", _Q_SMALL[c]))
        elif c in _Q_BIG:
            out.append(("b", _Q_BIG[c]))
        else:
            return None
        i += 1
    return out


def _integer(s: str) -> int | None:
    toks = _tokens(s)
    if not toks:
        return None
    if all(k == "z" for k, _ in toks):
        return 0 if len(toks) == 1 else None
    total = section = 0
    digit: int | None = None
    zero = False  # a 零 since the last unit: the next digit is literal (一千零五)
    last_unit = 0  # the unit just applied (colloquial 一万三 = 13000)
    last_small = 10_000  # small units must fall inside a group (一千一百, never 一百一千)
    big_last = 0
    prev = ""
    for k, v in toks:
        if k == "z":
            if digit is not None or prev == "z":
                return None  # 一〇, 零零: digit by digit is a code or a year
            zero = True
        elif k == "d":
            if digit is not None:
                return None  # 二三十, 五六个: an approximation, not a number
            digit = v
        elif k == "s":
            if digit is None:
                if prev in ("", "z") or prev == "b" and v == 10 and zero or prev == "s" and v == 10 and last_small == 100:
                    d = 1  # 十五, 百三, 一千零十二, 一百十八
                else:
                    return None
            else:
                d = digit
            if d >= 10 or v >= last_small:
                return None
            section += d * v
            last_small, last_unit, digit, zero = v, v, None, False
        else:  # big unit
            if digit is not None:
                section += digit
                digit = None
            if section >= 10_000:
                return None
            if section == 0:
                if prev != "b" or v < big_last:
                    return None  # 万 alone, 亿万
                total *= v  # 四万万, 一万亿
            elif v >= big_last:  # 六万一千八百万: a second 万 scales the whole number before it (6.18亿)
                total = (total + section) * v
            else:
                total += section * v
            section, big_last, last_unit, last_small, zero = 0, v, v, 10_000, False
        prev = k
    if digit is not None:
        if zero or last_unit == 0 or last_unit == 10 or digit >= 10:
            section += digit  # (3万3883, 1万378: Arabic digits after a unit are the rest as written, not 一万三)
        elif s[-1] in "两兩":
            return None  # 两万两, 三千两百两: 两 may be the unit of weight
        else:
            section += digit * last_unit // 10  # 一万三, 两千四百五
    return total + section


def read_numeral(s: str) -> int | float | None:
    """The value of a quantity numeral (Chinese, financial or mixed with Arabic), or None.

    Reads groups (``十四亿一千一百七十八万``), colloquial endings (``一万三`` = 13000,
    ``两千四百五`` = 2450), ``零`` gaps, Arabic digits inside Chinese units
    (``5万4千6百``) and decimals after ``点``. Refuses adjacent digits (``二三十``, an
    approximation), units out of order, digit-by-digit strings (years, codes) and
    anything longer than :data:`MAX_NUMERAL` characters.
    """
    if not s or len(s) > MAX_NUMERAL:
        return None
    whole, dot, frac = s.replace("點", "点").partition("点")
    n = _integer(whole)
    if n is None:
        return None
    if not dot:
        return n
    if not frac or len(frac) > 8:
        return None
    digits = []
    for c in frac:
        if c in _Q_DIGITS or c in _ZEROS:
            digits.append(str(_Q_DIGITS.get(c, 0)))
        elif c.isascii() and c.isdigit():
            digits.append(c)
        else:
            return None
    return float(f"{n}.{''.join(digits)}")
