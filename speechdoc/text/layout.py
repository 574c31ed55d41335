"""Where lines and paragraphs really end.

Scraped and extracted speeches break lines for three reasons, and only one of them
ends a paragraph:

* a true line end (a heading, the end of a paragraph);
* a web wrap inside a sentence (``很有针\\n对性``): a long line that stops without
  punctuation and is followed by more of the same sentence;
* a PDF dump flattened onto one line, where each former line break became a space
  (``必须打好的 突围战``). There a *short* segment marks a paragraph or heading end:
  the printed line stopped before the column did.

The result is a sorted list of *hard breaks* (view offsets of a ``\\n`` or space that
ends a paragraph), the *virtual line starts* inside flattened lines, and the list of
paragraph starts.

>>> lay = analyse("一、总体要求\\n今年经济运行总体平稳。")
>>> list(lay.hard_breaks), list(lay.para_starts)
([6], [0, 7])
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import partial
from itertools import accumulate, compress, filterfalse, repeat
from operator import add, gt, itemgetter, le, sub
from typing import NamedTuple, TypeVar

from ..lazy import lazy
from .textview import move_to_arrays, offsets

__all__ = ["Layout", "analyse", "next_at", "no_flat_lines", "flat_lines", "paragraphs_at_most", "soft_breaks",
           "FLAT_MIN_CHARS"]

#: a line this long with many CJK–space–CJK gaps is a flattened PDF page run
FLAT_MIN_CHARS = 400
_END_PUNCT = frozenset("。！？!?；;：:…”’」』）)】]》")
# a space between two non-Latin characters: letters and digits keep their word spaces (X 秘书长, 70 周年),
# full-width ones too (７０ 周年); but a numbered point after the space opens a printed line (…发展好。 3．抓好…)
# (the space first, before any lookaround: the re engine then finds each space by a literal's fast scan and
# tries the rest there; the lookbehinds look back over it. Opened by the lookbehind, the pattern was tried at
# every character of a flattened line, ~3x slower)
_WRAP_GAP = lazy(r" (?<! [^ ] )(?![^ ] )(?:(?<=[^\x00-\x7f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a,.;:!?()] )"
                 r"(?=[^\x00-\x7f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a(]|[0-9０-９]{1,2}[．.、](?![0-9０-９]))"
                 r"|(?<=[,.;:!?)] )(?=[^\x00-\x7f]))")
# (a number that goes on after its dot, 25.5%, is a number cut by a wrap, not a marker)
# (a bullet opens an item of its own: ●在速度指标上… ⏎●在质量指标上… are two lines, not one wrapped;
# not □ or ○, which stand for unknown characters and zero)
_MARKERISH = lazy(r"[ \t\u3000]*(?:[（(]?[一二三四五六七八九十0-9０-９]{1,3}[、.．)）是要](?![0-9０-９])"
                  r"|第[一二三四五六七八九十]{1,3}|[\u2460-\u2473●■◆▲◇•▪★☆►▶◎])")
_SENTENCE_END = lazy(r"[。！？!?；;]")
_CONTINUES = frozenset("，,。、；;：:”’）)》」』!！?？")
#: after a Han character or one of these, a line-final "." ends a sentence (not a decimal, a marker, a URL)
_HALF_STOP_AFTER = frozenset("）」』”’》】")
_SOFT_MIN = 60  # a line shorter than this that stops without punctuation is a heading
_BLANKS = " \t\u3000"
_LEAD_BLANKS = lazy(f"[{_BLANKS}]*")


def next_at(offsets: Sequence[int], pos: int) -> int | None:
    """The first of the sorted ``offsets`` at or after ``pos`` (:meth:`Layout.next_hard_break` of its
    ``hard_breaks``), or None."""
    k = bisect_left(offsets, pos)
    return offsets[k] if k < len(offsets) else None


class Layout(NamedTuple):
    """A text's hard breaks, flattened lines and paragraph starts (:func:`analyse`; a tuple, made for ~1.5 k
    instructions where a frozen dataclass's five fields cost ~5 k: every parse makes one)."""

    # offsets: lists, or arrays of machine integers when there are many (a text of short lines has
    # an offset every few characters; see textview.offsets)
    hard_breaks: Sequence[int]
    virtual_starts: Sequence[int]  # line starts inside flattened lines (after a gap space)
    para_starts: Sequence[int]
    flat_lines: list[tuple[int, int]]
    wraps: Sequence[int] = ()  # the line breaks that end no paragraph (see soft_breaks)

    def next_hard_break(self, pos: int) -> int | None:
        return next_at(self.hard_breaks, pos)

    def paragraph_index(self, pos: int) -> int:
        return bisect_left(self.hard_breaks, pos)


def _next_line_continues(text: str, nl: int) -> bool:
    """Does the line after the newline at ``nl`` start with continuing punctuation?"""
    if nl < 0:
        return False
    i = nl + 1
    while i < len(text) and i < nl + 9 and text[i] in " \t\u3000":
        i += 1
    return i < len(text) and text[i] in _CONTINUES


def _width(s: str) -> float:
    """Printed width: half-width (ASCII) characters count half."""
    return len(s) - 0.5 * len(s.encode("ascii", "ignore"))


def _column(text: str, measured: list[tuple[int, int]], inked: int,
            doubled: dict[int, tuple[int, int]] | None = None) -> float | None:
    """The printed line width of a text hard-wrapped at a fixed column (PDF extraction), if any,
    from the widths of its lines that stop without punctuation (among the lines ``measured``) and
    the number of its lines of ink (``doubled``: see _widths).

    Many lines of one width that stop without punctuation mean the line breaks are the
    page's, not the author's.
    """
    if len(measured) < 4 or len(measured) < 0.3 * inked:
        return None  # too few lines to make a column, however many are of one width
    widths = _widths(text, measured, doubled)
    if not widths:
        return None
    # a printed column varies by a character or two (punctuation and digits are narrow): the first
    # width (in the lines' order) with most lines of it and the widths next to it
    get = widths.get
    best, count = 0, -1
    for w, c in widths.items():
        near = get(w - 1, 0) + c + get(w + 1, 0)
        if near > count:
            best, count = w, near
    if count >= 4 and count >= 0.3 * inked and 16 <= best < _SOFT_MIN:
        # a full line may measure two or three less: a typesetter moves a closing mark or a
        # number to the next line, and half-width digits and commas are counted at half
        return best - 2.5
    return None


#: the column is read from the text's first lines only
COLUMN_LINES = 20000


def _widths(text: str, measured: list[tuple[int, int]], doubled: dict[int, tuple[int, int]] | None = None
            ) -> dict[int, int]:
    """How many of the lines ``measured`` (spans) are of each printed width (see _width), in the order
    the widths first come: those of 12 characters or more that stop without punctuation (their trailing
    blanks aside). Each one's start and doubled width (a whole number: see _flattened) go to ``doubled``, if
    given, by its end."""
    # (a plain dict: a Counter's += calls its __missing__ in Python for each new width; _width inline)
    widths: dict[int, int] = {}
    get = widths.get
    for a, b in measured:
        w = text[a:b].rstrip(_BLANKS)
        if len(w) >= 12 and w[-1] not in _END_PUNCT:
            d = 2 * len(w) - len(w.encode("ascii", "ignore"))
            k = round(d / 2)
            widths[k] = get(k, 0) + 1
            if doubled is not None:
                doubled[b] = (a, d)
    return widths


def _measure(text: str, a: int, b: int, measured: list[tuple[int, int]]) -> bool:
    """Does the line ``text[a:b]`` hold ink? A line that may stop without punctuation goes to ``measured``."""
    if b - a >= 12 and text[b - 1] not in _END_PUNCT:
        measured.append((a, b))
    return _INK.search(text, a, b) is not None


def _cls(chars: str) -> str:
    """``chars`` as the inside of a regex character class."""
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


_BL, _END, _CONT = _cls(_BLANKS), _cls("".join(sorted(_END_PUNCT))), _cls("".join(sorted(_CONTINUES)))
_SE = _cls("。！？!?；;")  # _SENTENCE_END (all of them in _CONTINUES: a line that opens with one continues)
# Every line break falls in one of these classes, defined by these patterns (each opens with the
# line break itself):
# - hard, read off the text: the next line does not open with continuing punctuation, or the line
#   before is empty (_HARD);
# - inside a run of empty lines, past the run's first two (masked chrome is a run of \n): the first
#   breaks and the last stand for the run, the rest are in no list (_HARD leaves them out);
# - soft, read off the text: a line that ends in ink before one that opens with continuing
#   punctuation (，。、 or a closing quote: a line cannot start with one) (_CONTINUED);
# - the same with blanks before the break (_BLANK_CONTINUED): soft if the line holds ink, else hard;
# - an open line (it ends without _END_PUNCT) before a line of ink that does not continue it (_OPEN):
#   soft or hard by its lengths, the next line's marker, the page's column and the break before it
#   (_soft_open). Without a page column only a long line, a short next line, or a line that ends in
#   a figure (a site's figure cut out onto its own line: 资金\nXX\n亿元) may be soft: the others are
#   refused by their lengths alone.
# The text is not scanned once per class: _lines reads it gap by gap (see _GAP), and the patterns
# are asked only at the few gaps of another shape.
_HARD = lazy(rf"\n(?:(?![{_BL}]*[{_CONT}])(?!(?<=\n\n\n)\n|(?<=\A\n\n)\n)|(?<![^\n]\n)(?=[{_BL}]*[{_CONT}]))")
_CONTINUED = lazy(rf"\n(?=[{_BL}]*[{_CONT}])(?<=[^\n{_BL}]\n)")
_BLANK_CONTINUED = lazy(rf"\n(?<=[{_BL}]\n)(?=[{_BL}]*[{_CONT}])")
_OPEN = rf"\n(?<=[^\n{_END}]\n)(?=[{_BL}]*[^\n{_BL}{_CONT}])"  # (or blank before: read in Python)
_FIGURE_PH = "XxＸｘ×*＊"
#: a line that holds a figure alone: a site that set each figure (or its placeholder) in a span of its
#: own broke the line before and after it (全年发放资金\nXX\n亿元,超额完成…)
_FIGURE_LINE = lazy(rf"[{_BL}]*(?:[0-9０-９]{{1,12}}(?:[.．][0-9０-９]{{1,6}})?|[XxＸｘ]{{1,4}}|×{{1,4}}|[*＊]{{1,4}})[{_BL}]*")
_OPEN_ALL = lazy(_OPEN)
#: a figure's or table's caption: 图 1, 表2-3, 图一 (a numbered figure, then its title)
_CAPTION = lazy(rf"[图表][{_BL}]*(?:[0-9０-９]{{1,2}}(?:[-－.．][0-9]{{1,2}})?|[一二三四五六七八九十]{{1,3}})[{_BL}]+\S")
#: a line that opens with the unit of the figure on the line before it (亿元, 万元, %, 个, 家, 亩 …)
_UNIT_OPENS = lazy(rf"[{_BL}]*(?:[%％‰]|(?:[万亿千百]{{1,2}})?(?:元|美元|吨|斤|公斤|亩|公顷|平方米|平方公里|公里|千米|米|个|家|项|户|人次|人|名|座|台|辆|套|件|次|场|条|所|倍)"
                     r"|个百分点)")
# A gap: a run of white space that holds a line break, what parts two lines of ink (one scan finds
# them all; re skips to the next \n in C). The classes of its breaks follow from its shape and the
# characters around it (see _lines); its shape is the number of the group that closes last (lastindex),
# so that the commonest read no group's offsets. Nearly every gap is a line break, or a run of them,
# before the next line's leading blanks: two breaks (a blank line: group 1), one (group 2), three or more
# (group 3: the breaks after the first); some have blank lines with blanks on them (group 4); the others
# hold a carriage return (group 5), read break by break with the patterns above (_odd_gap).
_GAP = lazy(rf"\n(?:\n(?!\n)[{_BL}]*+(?![\n\r])()|(?!\n)[{_BL}]*+(?![\n\r])()|(\n\n++)[{_BL}]*+(?![\n\r])"
            rf"|\n*+([{_BL}\n]*+)(?!\r)|\n*+([{_BL}\n\r]*))")
# The same gaps, read without a step of their own where all are of the common shapes (_plain_lines): a gap of two
# line breaks (A), of three or more (B: the group holds the breaks after the first), of one before continuing
# punctuation (C) or before other ink (D), the text's end (Z), or another shape (O: the gap is read by _lines);
# each shape twice, after a line that ends in _END_PUNCT (groups 1-6) or not (7-12). Its shape and the end
# before it are the number of the group that closes last (lastindex).
_PLAIN_SHAPES = (rf"\n(?!\n)[{_BL}]*+(?=[^\n\r])()|(\n\n++)[{_BL}]*+(?=[^\n\r])|(?!\n)[{_BL}]*+(?=[{_CONT}])()"
                 rf"|(?!\n)[{_BL}]*+(?=[^\n\r])()|\n*+[{_BL}]*+\Z()|()")
_PLAIN_GAP = lazy(rf"\n(?:(?<=[{_END}]\n)(?:{_PLAIN_SHAPES})|(?:{_PLAIN_SHAPES}))")
_BREAKS = lazy(r"\n\n*")  # (not \n+: a pattern that opens with a literal is found by a fast scan)
_INK = lazy(rf"[^{_BL}]")
# a line of English prose (three words or more, a Roman numeral's heading first): a Chinese line
# does not wrap onto it, it is the translation that follows on a bilingual page
_ENGLISH_LINE = lazy(r"[ \t\u3000]*(?:[IVX]{1,4}\.[ ]+)?[A-Z][a-z]+(?:[ ,:;'’]{1,2}[A-Za-z][a-z]*){2}")


class _Lines(NamedTuple):
    """What one reading of a text's lines finds (see _lines)."""

    # (offsets: lists, or arrays for a text of many lines: see _PACK)
    hard: list[int] | array  # the hard breaks, taking the open lines for hard
    paras: list[int] | array  # where a paragraph starts after each gap with a hard break (not the text's start or end)
    continued: list[int] | array  # the soft breaks read off the text (_CONTINUED, _BLANK_CONTINUED with ink)
    #: the open lines' breaks, each with the paragraph start its gap adds (-1: none, or in ``held``)
    open_lines: list[tuple[int, int]]
    #: the hard breaks and paragraph start of each gap of another shape with an open line: the start
    #: stands if one of the breaks stays hard
    held: list[tuple[list[int], int]]
    #: the lines (among the first COLUMN_LINES) that may stop without punctuation: 12 characters or more,
    #: the last no _END_PUNCT (what _column measures)
    measured: list[tuple[int, int]]
    inked: int  # lines with ink among the first COLUMN_LINES
    long_lines: list[tuple[int, int]]  # the spans of the lines of FLAT_MIN_CHARS or more


#: a text of many lines keeps its offsets in arrays of machine integers (8 bytes an offset; ~36 in a
#: list), moved there this many line breaks at a time: an append to a list costs ~60 instructions, one
#: to an array ~500 (it parses its argument), so an ordinary text never makes an array
_PACK = 8192


def _lines(text: str) -> tuple:
    """The line breaks of ``text`` by class, read gap by gap (see _GAP), and its lines' measures: the fields of
    _Lines, in a plain tuple (~2 k instructions less a text than a _Lines: analyse unpacks it at once)."""
    got = _plain_lines(text)
    if got is not None:
        return got
    n = len(text)
    hard: list[int] = []
    paras: list[int] = []
    continued: list[int] = []
    packed: tuple[array, array, array] | None = None  # what has been moved to arrays (see _PACK)
    open_lines: list[tuple[int, int]] = []
    held: list[tuple[list[int], int]] = []
    measured: list[tuple[int, int]] = []
    long_lines: list[tuple[int, int]] = []
    # the text's first line, which may be blank, is read here; every other line of ink follows a gap
    first = text.find("\n")
    first = n if first < 0 else first
    inked = int(_measure(text, 0, first, measured))  # the first line's ink (the others' is counted at the end)
    if first >= FLAT_MIN_CHARS:
        long_lines.append((0, first))
    ls = first  # where the line before the gap starts (at the first gap, that gap: the first line is measured above)
    line_no = 0  # line breaks before ls
    pack_at = _PACK
    check = _PACK if _PACK < COLUMN_LINES else COLUMN_LINES  # the next line number at which something is done
    cut = n + 1  # the lines from here on are past the column's (COLUMN_LINES)
    # every gap with ink after it adds one paragraph start or one soft break (a gap of another shape: ``odd``
    # more, its own lines of ink less what it added): the lines of ink are counted from them at the end
    odd = 0
    for m in _GAP.finditer(text):
        s, e = m.span()
        # the line before the gap, text[ls:s] (the column's lines past ``cut`` are dropped at the end)
        width = s - ls
        if width >= 12:
            if width >= FLAT_MIN_CHARS:
                long_lines.append((ls, s))
            if text[s - 1] not in _END_PUNCT:
                measured.append((ls, s))
        # the gap's end starts a paragraph where it has a hard break and ink follows it (e < n)
        shape = m.lastindex
        if shape == 1:  # a blank line: both breaks hard
            hard.append(s)
            hard.append(s + 1)
            if e < n:
                paras.append(e)
            ls = s + 2
            line_no += 2
        elif shape == 2:  # one line break
            if e == n:
                hard.append(s)
            elif text[e] not in _CONTINUES:
                hard.append(s)
                paras.append(e)
                if s and text[s - 1] not in _END_PUNCT:
                    open_lines.append((s, e))  # an open line before a line of ink
            elif s and (text[s - 1] not in _BLANKS or _INK.search(text, ls if ls < s else 0, s) is not None):
                continued.append(s)  # ink before it, continuing punctuation after it: soft
            else:
                hard.append(s)
                paras.append(e)
            ls = s + 1
            line_no += 1
        elif shape == 3:  # a run of line breaks: the first two and the last are hard (the text's first and last)
            ls = m.end(3)
            hard.append(s)
            if s:
                hard.append(s + 1)
            hard.append(ls - 1)
            if e < n:
                paras.append(e)
            line_no += ls - s
        elif shape == 4:  # more line breaks after blanks: only blank lines inside the gap
            ls, k = _blank_lines(text, s, e, hard, long_lines)
            if e < n:
                paras.append(e)
            line_no += k
        else:
            added = len(paras) + len(continued)
            ls, k, ink = _odd_gap(text, s, e, line_no, hard, paras, continued, open_lines, held, measured, long_lines)
            line_no += k
            # (its lines of ink: those inside it, and the one after it, if any, among the column's)
            odd += ink + added - len(paras) - len(continued)
            if line_no < COLUMN_LINES and (e < n or _INK.search(text, ls, n) is not None):
                odd += 1
        if line_no >= check:  # (rare: the arrays' next move, or the column's last line passed)
            if line_no >= pack_at:
                pack_at = line_no + _PACK
                packed = move_to_arrays((hard, paras, continued), packed)
            if line_no >= COLUMN_LINES and cut > n:
                cut = ls  # the line after this gap is past the column's lines: so are those after it
                inked += _count(paras, continued, packed) + odd - (shape != 5 and e < n)
            check = pack_at if cut <= n or pack_at < COLUMN_LINES else COLUMN_LINES
    # the text's last line (its ink is counted with the gap before it)
    if n - ls >= 12 and text[n - 1] not in _END_PUNCT:  # (none without a gap: ls is then n)
        measured.append((ls, n))
    if n - ls >= FLAT_MIN_CHARS:
        long_lines.append((ls, n))
    if packed is None and cut > n:
        inked += len(paras) + len(continued) + odd
    elif cut > n:
        inked += _count(paras, continued, packed) + odd
    else:
        measured = measured[:bisect_left(measured, (cut, -1))]
    if packed is not None:
        hard, paras, continued = move_to_arrays((hard, paras, continued), packed)
    return hard, paras, continued, open_lines, held, measured, inked, long_lines


def _plain_lines(text: str) -> tuple | None:
    """What :func:`_lines` reads of ``text``, read where every gap is of a common shape (see _PLAIN_GAP): each takes
    one test of its shape and no other reading (its breaks' classes, and the end of the line before it, come with
    the match). None where a gap is of another shape, the first line holds blanks alone, or the breaks may reach
    _PACK or COLUMN_LINES: _lines reads the text then."""
    n = len(text)
    first = text.find("\n")
    if first < 0:
        return None
    measured: list[tuple[int, int]] = []
    long_lines: list[tuple[int, int]] = []
    ink = _measure(text, 0, first, measured)
    if first and not ink:
        return None  # (a line of blanks before a break before continuing punctuation: hard, read by _lines)
    if first >= FLAT_MIN_CHARS:
        long_lines.append((0, first))
    hard: list[int] = []
    paras: list[int] = []
    continued: list[int] = []
    open_lines: list[tuple[int, int]] = []
    ls = first  # where the line before the gap starts (the first line is measured above)
    many = 0  # the line breaks of the gaps of shape B and Z (those of A, C, D are two at most each)
    # (every line between two gaps holds ink: each gap but Z and O is followed by ink; a break before
    # continuing punctuation is soft but at the text's start)
    for m in _PLAIN_GAP.finditer(text):
        s, e = m.span()
        g = m.lastindex
        w = s - ls
        if w >= 12 and g > 6:
            measured.append((ls, s))
        if w >= FLAT_MIN_CHARS:
            long_lines.append((ls, s))
        if g == 1 or g == 7:  # A: a blank line, both breaks hard
            hard.append(s)
            hard.append(s + 1)
            paras.append(e)
            ls = s + 2
        elif g == 10 or g == 4:  # D: one break before ink, hard; the line before it open (10)
            hard.append(s)
            paras.append(e)
            if g == 10 and s:
                open_lines.append((s, e))
            ls = s + 1
        elif g == 9 or g == 3:  # C: one break before continuing punctuation, soft after ink
            if s:
                continued.append(s)
            else:
                hard.append(s)
                paras.append(e)
            ls = s + 1
        elif g == 2 or g == 8:  # B: a run of line breaks, the first two and the last hard (the text's first and last)
            ls = m.end(g)
            hard.append(s)
            if s:
                hard.append(s + 1)
            hard.append(ls - 1)
            paras.append(e)
            many += ls - s
        elif g == 5 or g == 11:  # Z: the breaks at the text's end, as A or B but no paragraph after them
            k = text.count("\n", s)
            hard.append(s)
            if k == 2 or (k > 2 and s):
                hard.append(s + 1)
            if k > 2:
                hard.append(s + k - 1)
            ls = s + k
            many += k
        else:
            return None
    if 2 * (len(paras) + len(continued)) + many >= min(_PACK, COLUMN_LINES):
        return None  # (the bound on the text's line breaks)
    if n - ls >= 12 and text[n - 1] not in _END_PUNCT:
        measured.append((ls, n))
    if n - ls >= FLAT_MIN_CHARS:
        long_lines.append((ls, n))
    return hard, paras, continued, open_lines, [], measured, int(ink) + len(paras) + len(continued), long_lines


def _count(paras: list[int], continued: list[int], packed: tuple[array, array, array] | None) -> int:
    """How many paragraph starts and soft breaks there are, with those moved to arrays."""
    return len(paras) + len(continued) + (len(packed[1]) + len(packed[2]) if packed is not None else 0)


def _blank_lines(text: str, s: int, e: int, hard: list[int], long_lines: list[tuple[int, int]]) -> tuple[int, int]:
    """Read the gap ``text[s:e]`` that holds blank lines with blanks on them: each run of line breaks is
    read as the run of a gap (its first two and its last breaks are hard); nothing in it is soft or
    open (the line before each break after the first is blank). Return where the line after the gap
    starts and the gap's line breaks."""
    breaks = 0
    b = s
    for m in _BREAKS.finditer(text, s, e):
        a, b0 = m.span()
        if a - b >= FLAT_MIN_CHARS:  # a blank line
            long_lines.append((b, a))
        hard.append(a)
        if b0 - a > 1 and (a or b0 - a == 2):
            hard.append(a + 1)
        if b0 - a > 2:
            hard.append(b0 - 1)
        breaks += b0 - a
        b = b0
    return b, breaks


def _odd_gap(text: str, s: int, e: int, line_no: int, hard: list[int], paras: list[int], continued: list[int],
             open_lines: list[tuple[int, int]], held: list[tuple[list[int], int]], measured: list[tuple[int, int]],
             long_lines: list[tuple[int, int]]) -> tuple[int, int, int]:
    """Read the gap ``text[s:e]`` of another shape (see _GAP) break by break, as the patterns say, and
    its inner lines; return where the line after it starts, its line breaks and its inner lines with ink."""
    breaks = [s]
    while (q := text.find("\n", breaks[-1] + 1, e)) >= 0:
        breaks.append(q)
    kept: list[int] = []  # the gap's hard breaks
    opened: list[int] = []
    for q in breaks:
        if _HARD.match(text, q):
            kept.append(q)
            if _OPEN_ALL.match(text, q):
                opened.append(q)
        elif _CONTINUED.match(text, q):
            continued.append(q)
        elif _BLANK_CONTINUED.match(text, q):  # soft after ink, hard after blanks alone
            ink = _INK.search(text, text.rfind("\n", 0, q) + 1, q) is not None
            (continued if ink else kept).append(q)
    hard.extend(kept)
    if kept and e < len(text):
        if opened:
            held.append((kept, e))
        else:
            paras.append(e)
    open_lines.extend((q, -1) for q in opened)
    inked = 0
    for k, (a, b) in enumerate(zip(breaks, breaks[1:])):  # the lines inside the gap: text[a + 1:b]
        if line_no + k + 1 < COLUMN_LINES:
            inked += _measure(text, a + 1, b, measured)
        if b - a - 1 >= FLAT_MIN_CHARS:
            long_lines.append((a + 1, b))
    return breaks[-1] + 1, len(breaks), inked


def analyse(text: str, paragraphs: int | None = None, printed: dict[int, list[str]] | None = None) -> Layout:
    """Hard breaks, flattened lines and paragraph starts of ``text`` (see the module's docstring);
    at most ``paragraphs`` paragraph starts (the pipeline's cap reads one more than it keeps). ``printed``: the
    printed lines of every flattened line by its start, if :func:`flat_lines` found them (a line not in it is none).

    The text is read gap by gap (_lines); only the breaks after a line that stops without
    punctuation where a wrap is possible take a further step each (_soft_open).
    """
    n = len(text)
    hard, paras, continued, open_lines, held, measured, inked, long_lines = _lines(text)
    doubled: dict[int, tuple[int, int]] = {}  # (the measured lines' starts and doubled widths by their ends)
    column = _column(text, measured, inked, doubled)
    # the open lines: a web wrap inside a sentence, a PDF page line, a wiki link cut onto its own line
    opened: list[int] = []  # the soft ones, increasing
    joined: list[int] = []  # the paragraph starts they take away
    # (a line as long as a web wrap's or as wide as the page's column, before one that opens with neither a
    # marker nor English, is soft by _soft_open's first rule: read here without a call and the rule's other
    # readings, as most of the lines of a PDF dump that kept its line breaks are; doubled widths: see _flattened)
    full = None if column is None else 2 * column
    for nl, para in open_lines:
        if text[nl - 1] == "." and nl >= 2 and (text[nl - 2] in _HALF_STOP_AFTER or "\u3400" <= text[nl - 2] <= "\u9fff"):
            # …金融发展科）.⏎ …申报表.⏎: a sentence's end typed half-width (a decimal or a marker has a digit before it)
            continue
        if full is not None and para >= 0 and text[para] not in _MARKERISH.first \
                and text[nl + 1] not in _ENGLISH_LINE.first and text[nl - 1] not in _BLANKS:
            got = doubled.get(nl)  # (a line of 12 characters or more among the column's: measured)
            if got is None:
                start = text.rfind("\n", 0, nl) + 1
                width = 2 * (nl - start) - len(text[start:nl].encode("ascii", "ignore"))
            else:
                start, width = got
            if text[start] not in "图表" and (nl - start >= _SOFT_MIN or width >= full):
                opened.append(nl)
                joined.append(para)
                continue
        if _soft_open(text, nl, para, column, opened):
            opened.append(nl)
            if para >= 0:
                joined.append(para)
    if opened:
        hard = _without(hard, opened)
        paras = _without(paras, joined)
        continued = _merged(continued, opened)
    if held:
        soft = set(opened)
        paras = _merged(paras, [e for kept, e in held if not soft.issuperset(kept)])
    # a PDF dump flattened onto long lines: a short printed line ends a paragraph
    flats: list[tuple[int, int]] = []
    virtual: list[int] = []
    gap_breaks: list[int] = []
    indented = False
    for start, end in long_lines:
        half = 2 * (end - start) >= n
        joints = False
        if half and _has_indent(text, _LEAD_BLANKS.match(text, start, end).end(), end):
            # a page that lost its line breaks but kept each paragraph's indent (…的一年。　　一、…): on a line
            # that holds half the text or more (not a long paragraph among many), two ideographic blanks
            # between ink (not the line's own indent) are a paragraph's end and the next one's start
            k = len(gap_breaks)
            gap_breaks.extend(m.start() for m in _INDENT.finditer(text, start, end))
            indented = indented or len(gap_breaks) > k
        elif half:
            joints = True  # (read below unless the line is a flattened PDF page run, whose gaps are its own)
        # (a line without a space is looked at by memchr, ~2x faster than str.count's loop: most long lines)
        if text.find(" ", start, end) < 0:
            continue  # no space: no gap of a flattened line, no joint
        segs = _printed_lines(text, start, end) if printed is None else printed.get(start)
        if segs is not None:
            flats.append((start, end))
            _flattened(text, start, segs, gap_breaks, virtual)
            continue
        if joints:
            # a page that joined its lines with spaces and kept no indent (…的一年。 一、… ⏎ …完成任务。 第一，…):
            # on a line that holds half the text or more, a space after a sentence's end and before Han ink is
            # where a line ended, when the line holds a few of them (one is a stray space)
            found = [m.span() for m in _JOINT.finditer(text, start, end)]
            if len(found) >= _JOINTS_MIN:
                gap_breaks.extend(a for a, _ in found)
                virtual.extend(b for _, b in found)  # (a marker after one opens its line)
                indented = True
    if gap_breaks:
        if indented:
            gap_breaks.sort()  # (a line both indented and flattened added its breaks in two runs)
            virtual.sort()
        hard = _merged(hard, gap_breaks)
        # a paragraph starts at the first character after a hard break and the blank space after it
        more = {_PARA_GAPS_OR_NONE.match(text, g + 1).end() for g in gap_breaks}
        paras = sorted(more.union(paras))
        while paras and paras[-1] >= n:
            paras.pop()
    if paragraphs is not None and len(paras) >= paragraphs:
        paras = paras[:max(0, paragraphs - 1)]
    paras.insert(0, 0)
    return _new(Layout, (offsets(hard), offsets(virtual) if virtual else virtual, offsets(paras), flats,
                         offsets(continued)))


_new = tuple.__new__  # a Layout from its fields without NamedTuple's Python-level __new__


def _has_indent(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold two ideographic blanks in a row? (the one first: a search for one
    character is ~3x faster than for two, and most long lines hold none)"""
    j = text.find("\u3000", start, end)
    return j >= 0 and text.find("\u3000\u3000", j, end) >= 0


#: a flattened line has this many gaps at least (each a space: see _flat_enough)
FLAT_MIN_GAPS = 8


def _printed_lines(text: str, start: int, end: int) -> list[str] | None:
    """The printed lines of ``text[start:end]`` (a line that holds a space) if it is a flattened PDF page run (its
    pieces between the gaps), else None."""
    if not _flat_enough(end - start, text.count(" ", start, end)):
        return None  # too few spaces for the gaps of a flattened line (every gap is a space): no scan for them
    # (a gap's lookarounds see only its line: the line break before it is no letter; re.split makes the printed
    # lines at once, ~30 % faster than a line break put at each gap and a split there)
    segs = _WRAP_GAP.split(text[start:end])
    return segs if _flat_enough(end - start, len(segs) - 1) else None


def flat_lines(text: str, printed: dict[int, list[str]] | None = None) -> list[tuple[int, int]]:
    """The flattened lines :func:`analyse` finds in ``text`` (``Layout.flat_lines``), without the rest of its
    layout: the lines of FLAT_MIN_CHARS characters or more (one split of the text, no step a line) whose gaps make
    one (_printed_lines). What a parse that leaves the layout to the first read of an outline reads of it (the
    speeches' titles are looked for in them). Given ``printed``, each one's printed lines go to it by the line's
    start (what :func:`analyse` would make again)."""
    lens = list(map(len, text.split("\n")))
    if max(lens) < FLAT_MIN_CHARS:
        return []
    after = list(accumulate(map(add, lens, repeat(1))))  # where each line's next starts (after its break)
    out = []
    for k in compress(range(len(lens)), map(le, repeat(FLAT_MIN_CHARS), lens)):
        end = after[k] - 1
        start = end - lens[k]
        if text.find(" ", start, end) >= 0 and (segs := _printed_lines(text, start, end)) is not None:
            out.append((start, end))
            if printed is not None:
                printed[start] = segs
    return out


def _flat_enough(width: int, gaps: int) -> bool:
    """Are ``gaps`` gaps enough to make a line of ``width`` characters a flattened PDF page run? (more
    gaps are enough too)"""
    return gaps >= FLAT_MIN_GAPS and width / (gaps + 1) < 120


#: no_flat_lines looks at this many lines that hold a space at most (past them: it may have a flattened line)
_SPACED_LINES = 16


def no_flat_lines(text: str) -> bool:
    """Does :func:`analyse` find no flattened line in ``text``, as its lengths and spaces show without reading
    its lines? A flattened line holds FLAT_MIN_CHARS characters and FLAT_MIN_GAPS spaces at least (the line is
    measured only from that length, and its spaces are its gaps' only character: _flat_enough), and it lies
    within a line of the text (one between two line breaks): a text shorter than that, with fewer spaces in
    all, or whose lines that hold a space (the first _SPACED_LINES) are each shorter or hold fewer, has none.
    (False: it may have one.)"""
    n = len(text)
    if n < FLAT_MIN_CHARS:
        return True
    i = -1
    for _ in range(FLAT_MIN_GAPS):  # (a few finds, not a count of the whole text)
        i = text.find(" ", i + 1)
        if i < 0:
            return True
    i = text.find(" ")
    for _ in range(_SPACED_LINES):  # each line that holds a space, once
        a = text.rfind("\n", 0, i) + 1
        b = text.find("\n", i)
        if b < 0:
            b = n
        if b - a >= FLAT_MIN_CHARS and text.count(" ", a, b) >= FLAT_MIN_GAPS:
            return False
        i = text.find(" ", b)
        if i < 0:
            return True
    return False


def paragraphs_at_most(text: str, cap: int) -> bool:
    """Does :func:`analyse` find at most ``cap`` paragraph starts in ``text``, where :func:`no_flat_lines` clears it?
    It finds the text's start, one after each gap (each opens with a line break) and one at each indent of a line
    that holds half the text (_INDENT, two ideographic blanks each, none shared). One count of a character, and a
    second only where the characters left could make half as many indents as pass the cap."""
    if max(1, len(text)) <= cap:
        return True  # (each start is an offset of its own, inside the text, and the first is 0)
    breaks = text.count("\n")
    return 1 + breaks + (len(text) - breaks) // 2 <= cap or 1 + breaks + text.count("\u3000") // 2 <= cap


def _soft_open(text: str, nl: int, ink: int, column: float | None, opened: list[int]) -> bool:
    """Is the break ``nl`` after an open line a wrap? ``ink``: where the next line's ink starts (-1: not
    known yet); ``opened``: the soft ones before it."""
    n = len(text)
    start = text.rfind("\n", 0, nl) + 1
    # offsets, not copies: this line without its trailing blanks is text[start:e]
    e = nl
    if text[e - 1] in _BLANKS:
        e = start + len(text[start:nl].rstrip(_BLANKS))
        if e == start or text[e - 1] in _END_PUNCT:
            return False  # a blank line, or one that ends its sentence before blanks
    if text[start] in "图表" and _CAPTION.match(text, start, e) is not None:
        return False  # 图 2 2019--2023 年三次产业…比重: a figure's or table's caption is a line of its own
    i = ink if ink >= 0 else _LEAD_BLANKS.match(text, nl + 1).end()  # the next line is text[nl + 1:nb], its ink from i
    nb = text.find("\n", i)
    if nb < 0:
        nb = n
    # (each reading is made when a rule needs it, in the rules' order: most breaks are decided by the first)
    marker = None  # does the next line open with a marker? (its blanks aside: none opens a marker)
    # a web wrap inside a sentence: a long line that stops without punctuation; a PDF page line that
    # reaches the column
    if e - start >= _SOFT_MIN or column is not None:
        marker = _marker_at(text, i, nb)
        if not marker and (e - start >= _SOFT_MIN or _width(text[start:e]) >= column):
            return not _translated(text, e, nl, nb)
    # (a line as wide as a PDF's column is a printed line, however short the column: not a link cut out)
    short_next = nb - i <= 30 and not _SENTENCE_END.search(text, i, nb) and (
        column is None or _width(text[i:nb].rstrip(_BLANKS)) < column - 1)
    if short_next:
        # a wiki link cut out onto its own line: 制定\n“十四五”规划\n，全面总结
        if _next_line_continues(text, nb if nb < n else -1):
            return not _translated(text, e, nl, nb)
        # a figure cut out onto its own line with its unit on the line after (完成地区生产总值\nXX\n亿元): the
        # sentence goes on through it, whatever the break before this line was
        if nb < n and _FIGURE_LINE.fullmatch(text, i, nb) is not None and _UNIT_OPENS.match(text, nb + 1) is not None:
            return not _translated(text, e, nl, nb)
    # ... or several links in a row (依照\n宪法\n和\n基本法\n有效实施…) inside a wrapped sentence; or a
    # figure cut out onto its own line inside a wrapped sentence (资金\nXX\n亿元): the sentence goes
    # on, with the figure's unit, on the next line (without a column, a figure right at its break)
    elif e - start > 16 or (column is None and e < nl) or text[start:start + 1] not in _FIGURE_LINE.first \
            or _FIGURE_LINE.fullmatch(text, start, e) is None:  # (most lines open with no figure: no match tried)
        return False
    # the break before this line was soft: one of the open lines, or one that the line continues
    in_sentence = start > 0 and (
        (opened and opened[-1] == start - 1)
        or (text[_LEAD_BLANKS.match(text, start).end()] in _CONTINUES
            and _INK.search(text, text.rfind("\n", 0, start - 1) + 1, start - 1) is not None))
    if not in_sentence or (not short_next and not "\u4e00" <= text[i] <= "\u9fff"):  # (a figure's unit)
        return False
    if marker is None:
        marker = _marker_at(text, i, nb)
    return not marker and not _translated(text, e, nl, nb)


def _marker_at(text: str, i: int, end: int) -> bool:
    """Does ``text[i:end]`` open with a marker (_MARKERISH)? (a character no marker opens with is
    refused without the pattern)"""
    return text[i:i + 1] in _MARKERISH.first and _MARKERISH.match(text, i, end) is not None


def _translated(text: str, e: int, nl: int, nb: int) -> bool:
    """Is the line that ends at ``text[e - 1]`` (its line break at ``nl``) a Chinese one followed by its
    English translation (``text[nl + 1:nb]``)? A bilingual page: …工作情况⏎Distinguished Delegates: …"""
    return (text[e - 1] > "\x7f" and text[nl + 1:nl + 2] in _ENGLISH_LINE.first
            and _ENGLISH_LINE.match(text, nl + 1, nb) is not None)


_PARA_GAPS_OR_NONE = lazy(r"[ \t\u3000\n\r]*")
# (the blanks first: re finds them by a literal's scan and looks back from there; two characters of ink
# before them: not a letter-spaced title, 政　　府　　工　　作)
_INDENT = lazy(r"\u3000\u3000(?<=[^ \t\u3000\n\r]{2}\u3000\u3000)(?=\u3000*[^ \t\u3000\n\r])")
# a space (or three) after a sentence's end and before Han ink or an opening bracket or quote: a joined line end
# (the space first: re finds it by a literal's scan and looks back from there)
_JOINT = lazy(r" (?:(?<=[。！？；：!?;:] ) {0,2}(?=[\u3400-\u9fff（(“「])"
              # (or before a heading's marker, after any ink: 三、…问题 （一）关于…, the heading's line end)
              r"|(?<=[^ ] ) {0,2}(?=[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[，,、]))")
#: joints a line needs before they are read as line ends
_JOINTS_MIN = 3


# (offsets: lists, or arrays for a text of many lines: see _PACK; what is made is of the kind of ``values``)
_Offsets = TypeVar("_Offsets", list[int], array)


def _without(values: _Offsets, drop: Sequence[int]) -> _Offsets:
    """``values`` less ``drop`` (both increasing; ``drop`` a subset)."""
    return _spliced(values, drop, insert=False)


def _merged(a: Sequence[int], b: Sequence[int]) -> Sequence[int]:
    """The increasing union of two increasing offset lists with no value in common."""
    return _spliced(a, b, insert=True) if len(a) >= len(b) else _spliced(b, a, insert=True)


def _spliced(values: _Offsets, items: Sequence[int], insert: bool) -> _Offsets:
    """``values`` with ``items`` put in or taken out: a slice copied and a step per item, or where the items are
    many (most lines of a PDF dump that kept its line breaks are wraps) one C pass over a list's values."""
    if not items:
        return values
    if 8 * len(items) >= len(values):
        if insert:  # (a sort of two sorted runs merges them)
            out = [*values, *items]
            out.sort()
        else:
            out = list(filterfalse(set(items).__contains__, values))
        return out if type(values) is list else array(values.typecode, out)  # type: ignore[return-value]
    out = values[:0]
    k = 0
    for x in items:
        j = bisect_left(values, x, k)
        out.extend(values[k:j])
        if insert:
            out.append(x)
        k = j if insert else j + 1
    out.extend(values[k:])
    return out


def _flattened(text: str, s: int, segs: list[str], hard: list[int], virtual: list[int]) -> None:
    """The printed lines' ends in the flattened line that starts at ``text[s]`` that end a paragraph, to
    ``hard`` (and the line starts after them to ``virtual``). ``segs`` are its printed lines: the pieces
    between its gaps (each a space in the text).

    The lines are measured all at once, by maps over them; only those that open with a marker's first
    character (a few) are read one by one.
    """
    lined = "\n".join(segs)  # the line with a line break at each gap
    lens = list(map(len, segs))
    # printed widths (see _width), doubled: a half-width (ASCII) character counts 1, any other 2 (small ints,
    # not floats: ~2x faster to make, count and compare)
    widths = list(map(sub, map(add, lens, lens), map(len, lined.encode("ascii", "ignore").split(b"\n"))))
    # the column: the commonest printed width of the lines of 10 or more (the first of them on a tie);
    # the widths are few, each rounded once
    counts: dict[int, int] = {}
    for w, c in Counter(widths).items():
        if w >= 20:
            k = round(w / 2)
            counts[k] = counts.get(k, 0) + c
    if not counts:
        return
    full = max(counts.items(), key=itemgetter(1))[0]
    short, narrow = 2 * full - 6, 2 * full - 1  # (doubled: full - 3 and full - 0.5)
    gaps = len(segs) - 1  # the gap after printed line i is at s + ends[i] + i
    # a short printed line ends a paragraph; so does a sentence end followed by a marker, and a
    # heading line (a marker, no sentence end) that stops short of the column
    out = set(compress(range(gaps), map(gt, repeat(short), widths)))
    if segs[0][:1] in _MARKERISH.first:
        _heading_line(segs, 0, widths, narrow, out)
    marker = _MARKERISH.match
    i, last = 0, 0  # the gap at ``last`` of ``lined`` is the i-th
    for m in (_LINE_OPENS or _line_opens()).finditer(lined):
        p = m.start()
        i += lined.count("\n", last, p)
        last = p
        if segs[i][-1:] in _CLOSES and marker(text, s + p + 1, len(text)) is not None:
            out.add(i)
        if i + 1 < gaps:
            _heading_line(segs, i + 1, widths, narrow, out)
    if out:
        ends = list(accumulate(lens))
        for i in sorted(out):
            gap = s + ends[i] + i
            hard.append(gap)
            virtual.append(gap + 1)


def _heading_line(segs: list[str], i: int, widths: list[int], narrow: int, out: set[int]) -> None:
    """Does the printed line ``segs[i]`` (one that has a gap after it and opens with a character a marker may
    open with: _MARKERISH.first) open with a marker, hold no sentence end and stop short of the column
    (``narrow``; ``widths`` doubled as it is)? Then ``i`` goes to ``out`` (a line there already, a short
    one, is not read again)."""
    if widths[i] < narrow and i not in out and _MARKERISH.match(segs[i]) is not None \
            and _SENTENCE_END.search(segs[i]) is None:
        out.add(i)


_CLOSES = frozenset("。！？!?：:")  # (a sentence end or a colon, then a marker: a new paragraph)
#: a line break followed by a character a marker can open with (_MARKERISH.first): made at first use
_LINE_OPENS: re.Pattern[str] | None = None


def _line_opens() -> re.Pattern[str]:
    global _LINE_OPENS
    _LINE_OPENS = re.compile("\n[" + _cls("".join(sorted(_MARKERISH.first))) + "]")
    return _LINE_OPENS


# a break after a sentence end parts no phrase: joining it changes nothing a reader reads
_STOPS = frozenset("。！？!?；;")
#: a text that breaks its lines more often than every this many characters on average is no
#: printed page (a PDF's narrowest column holds more): its breaks are not joined
SOFT_LINE_MIN = 16


def soft_breaks(text: str, layout: Layout) -> array:
    """Spans of the line breaks that do not end a paragraph (``layout.wraps``: a PDF's or a
    site's wrap), with the blanks around them, flat (``[start, end, start, end, …]``, 16 bytes
    a break): what a reader joins (``完成工业总产\\n值47.1亿元``). A break between two Latin
    letters or digits is left alone (it may part two words), and so is one right after a
    sentence end; a text of lines shorter than SOFT_LINE_MIN on average has none.

    >>> t = ("今年以来，全县上下团结一心，克难攻坚，经济运\\n行总体平稳。截止6月底，完成农业总产值4.29亿\\n"
    ...      "元，增长3.3%；完成工业总产值47.1亿元，增长\\n25.5%；完成第三产业增加值7.4亿元，增长9%。下\\n"
    ...      "一步，我们要抓好项目建设，确保全年目标完成。\\n二、下步打算")
    >>> soft = soft_breaks(t, analyse(t))
    >>> [t[a - 1:b + 1] for a, b in zip(soft[0::2], soft[1::2])]
    ['运\\n行', '亿\\n元', '长\\n2', '下\\n一']
    """
    out = array("q")
    wraps = layout.wraps
    if not wraps or len(text) < SOFT_LINE_MIN * len(layout.hard_breaks):  # hard breaks alone are too many
        return out
    limit = len(text) // SOFT_LINE_MIN
    for pos in wraps:  # a wrap has ink on both its lines
        a = pos
        while text[a - 1] in _BLANKS:
            a -= 1
        if text[a - 1] in _STOPS:  # (the blank after a sentence end, if any, is joined, not the end)
            if a == pos:
                continue
            a += 1
        b = _LEAD_BLANKS.match(text, pos + 1).end()
        if text[a - 1].isascii() and text[a - 1].isalnum() and text[b].isascii() and text[b].isalnum():
            continue
        if len(out) >= 2 * limit:  # lines this short are no page's: nothing is joined
            return array("q")
        out.append(a)
        out.append(b)
    return out
