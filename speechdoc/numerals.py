"""Chinese and Arabic numerals to integers, without surprises.

``'①'.isdigit()`` is True yet ``int('①')`` raises, and ``int()`` refuses more than
4,300 digits: every conversion here is explicit and bounded.

>>> [han_to_int(s) for s in ("一", "十", "十五", "二十一", "九十九", "一百零八", "两", "〇")]
[1, 10, 15, 21, 99, 108, 2, 0]
>>> han_to_int("第一") is None, arabic_to_int("１９"), circled_to_int("⑳")
(True, 19, 20)
"""
from __future__ import annotations

__all__ = ["HAN_DIGITS", "han_to_int", "arabic_to_int", "circled_to_int"]

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
    """① … ⑳ → 1 … 20."""
    if len(c) == 1 and "\u2460" <= c <= "\u2473":
        return ord(c) - 0x2460 + 1
    return None
