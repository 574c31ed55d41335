"""Find numbering markers: a fast scan proposes, the lark grammar decides.

The scan is one compiled alternation run over the folded view. Every numeral run
is bounded (``{1,3}``) and may not start inside a longer run (a lookbehind), so a
run of 40,000 一 or digits costs linear time. Each proposed string is parsed by
``grammars/marker.lark`` (LALR, built once, cached); the parse of a given string is
memoised, since a speech repeats the same few markers.

A candidate also records its *context*: ``line`` (it opens a line or paragraph),
``term`` (it follows 。！？；：), ``comma`` (it follows ，) — the outline stage uses
this to tell headings from inline points and false friends (统一是, 安全第一、).

>>> [(c.marker, c.style, c.ordinal, c.context) for c in scan("一、总体要求\\n今年,一是稳增长;二是保就业。")]
[('一、', 'han_dun', 1, 'line'), ('一是', 'clause_shi', 1, 'comma'), ('二是', 'clause_shi', 2, 'term')]
>>> scan("天人合一、统一是、第一要务、35.3%、一、二季度")
[]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple
from unicodedata import category

from ..lazy import lazy
from ..text.numerals import CIRCLED, arabic_to_int, circled_to_int, enclosed_to_int, han_to_int
from ..text import survey
from ..text.script import FOLDED_NUMERALS  # (the scan's numerals the fold changes: scan_source, cleaning)

if TYPE_CHECKING:
    from lark import Lark

__all__ = ["Candidate", "scan", "parse_marker", "POINT_STYLES", "marker_parser"]

_HAN = "一二三四五六七八九十〇零两兩"
#: the financial numerals (壹、貳、參、): a heading style of their own (han_cap), read as 一 … 十
_CAP = "壹贰貳叁参參叄肆伍陆陸柒捌玖拾"
_CAP_TO_HAN = str.maketrans("壹贰貳叁参參叄肆伍陆陸柒捌玖拾", "一二二三三三三四五六六七八九十")
#: the numberings written as one character: the circled numbers (① ❶ ➀ …), ⑴ … ⒇, ⒈ … ⒛ and ㈠ … ㈩
_ONE = CIRCLED + "\u2474-\u249b\u3220-\u3229"
# The pattern opens with a class of every character a marker can start with, so the engine
# skips the rest of the text in a C loop (re's charset prefix: a leading lookahead naming them,
# tried at every position, cost twice as much). Every marker but a circled number goes on with at
# most three numerals and then its end mark (一、 十二是 第三， （12） 2. …), so its second character
# is a numeral or an end mark: the two alternatives that follow open by consuming that character (re
# tests an alternative's leading class before it enters it, a leading lookahead only inside), and
# 一个 or 十分 (most of the stops) are refused with no alternative entered. After a second numeral
# one lookahead refuses 2023年 and 十四五规划 (the run taken possessively, since a marker's run ends
# at its mark) before the alternatives of the first character are tried (each one tried costs as
# much as that lookahead). A lookbehind picks the alternative of the first character (they start
# with distinct characters) and, where it must, looks before it. The scan also stops where a
# summing-up phrase may open a paragraph (总之，…: its first two characters, see _SUMMING_UP), so a
# candidate knows whether one came before it without a search of its own (in text order, as the
# markers come; a class costs the same whatever it holds).


def _scan_source(han: str = _HAN, cap: str = _CAP, more: str = "", more_after: str = "") -> str:
    """The scan's pattern, with the numerals ``han`` and ``cap`` (:func:`scan_source`)."""
    num = f"{han}{cap}0-9０-９"
    return (
        rf"[第{num}（({_ONE}总综{more}](?:"
        # a numeral, then at most two more and an end mark: 十二、 12. 第一， 第3是 （一） (12)、
        rf"[{num}](?=[{num}]{{0,2}}+[，,、是要.．）)。])(?:"
        rf"(?<=[{han}]{{2}})(?<![{han}第]..)[{han}]?(?:[，,]?、|[是要]|[，,.．](?![{han}0-9０-９]))"
        r"|(?<=[0-9０-９]{2})(?<![0-9０-９.．第]..)[0-9０-９]?(?:[.．](?![0-9０-９])|[、。]|[）)]|(?<![0-9０-９]{3})[是要])"
        rf"|(?<=第.)(?:(?<=[{han}])[{han}]{{0,2}}|(?<=[0-9０-９])[0-9０-９]?)[，,、是]"
        rf"|(?<=[{cap}]{{2}})(?<![{cap}]..)[{cap}]?[，,]?、"
        rf"|(?<=[（(].)(?:(?<=[{han}])[{han}]{{0,2}}|(?<=[0-9０-９])[0-9０-９]{{0,2}})[）)]、?)"
        # the second character an end mark: 一、 一是 一， 1. 1） 壹、 貳，、
        rf"|[，,、是要.．）)。](?:(?<=[{han}].)(?<![{han}第]..)(?:(?<=[，,])(?:、|(?![{han}0-9０-９]))|(?<=[、是要])|(?<=[.．])(?![{han}0-9０-９]))"
        rf"|(?<=[0-9０-９].)(?<![0-9０-９.．第]..)(?:(?<=[、）)是要。])|(?<=[.．])(?![0-9０-９]))"
        rf"|(?<=[{cap}].)(?<![{cap}]..)(?:(?<=[，,])、|(?<=、)))"
        # (one look back for both: each alternative tried costs as much at every refused character; with
        # ``more``, for its characters too, told by the numerals they are not: a class of them is compiled
        # once, not again in each look back)
        + (rf"|(?<![第{num}（(])(?:(?<=[{_ONE}])|[之而上的起括](?<=总之|总而|综上|总的|总起|总括)"
           rf"|(?<![{_ONE}总综])(?:{more_after})))" if more else
           rf"|(?<=[{_ONE}总综])(?:(?<=[{_ONE}])|[之而上的起括](?<=总之|总而|综上|总的|总起|总括)))")
    )


_SCAN = lazy(_scan_source())
#: an attempt of the scan at ``i`` reads no character before ``i - SCAN_BACK`` nor from ``i + SCAN_AHEAD`` on
#: (its look-behinds, its longest match and the look-ahead after it): where two texts differ only inside
#: some spans, the scan tries every place farther from them the same way in both (:func:`_in_step`)
SCAN_BACK = 3
SCAN_AHEAD = 8


def scan_source(without: str, more: str = "", more_after: str = "") -> str:
    """The scan's pattern without the numerals of ``without`` (a search that finds these characters
    itself): on a text that holds none of them, the same matches as the scan. With ``more`` (a class's
    inside, of characters the scan's matches never hold) and ``more_after`` (a pattern), the matches of
    ``[more](?:more_after)`` too: one class scan for both (each alternative of its own, tried at every
    refused first character, would cost as much again as the look back they share)."""
    if any(ch not in _HAN + _CAP for ch in without):
        raise ValueError(f"only numerals can be left out: {without!r}")
    drop = str.maketrans("", "", without)
    return _scan_source(_HAN.translate(drop), _CAP.translate(drop), more, more_after)


survey.share(scan_source)  # cleaning's survey of the input runs the scan too (speechdoc.text.survey)


TERMINATORS = frozenset("。！？!?；;：:")
COMMAS = frozenset("，,")
_BLANKS = " \t\u3000\xa0"
_BLANKS_NL = " \t\u3000\xa0\n\r"
_HEAD_SKIP = _BLANKS + "\n"
#: styles that enumerate clauses inside running text, not headings
POINT_STYLES = frozenset({"clause_shi", "clause_yao"})
_PAREN_STYLES = frozenset({"han_paren", "arabic_paren"})
_WEAK_STYLES = frozenset({"han_dun", "arabic_paren"})
_WEAK_ENDS = frozenset("，,.．）)。")  # (。 only ends a weak form: 1。, a typist's 。 for ．)
#: after a dot marker: a line break, then the one or two digits of a decimal's fraction and no end mark of a marker
#: (3.⏎4结果输出, 1.⏎2存在问题; not 1.⏎2. nor 1.⏎2023年)
_SPLIT_DECIMAL = lazy(r"\r?\n[0-9０-９]{1,2}(?![0-9０-９.．、）)])")
# which contexts each style is accepted in
_ALL = {"line", "stop", "semi", "colon", "comma"}
#: where a numbering written as one character (⑴ ⒈ ㈠) opens a list: as ① does (after 。 it marks a note)
_ENCLOSED_CONTEXTS = {"line", "semi", "colon"}
_CONTEXTS = {
    "han_dun": {"line", "stop", "semi", "colon"},
    "han_cap": {"line", "stop", "semi", "colon"},
    "han_paren": {"line", "stop", "semi", "colon"},
    "arabic_dot": {"line", "stop", "semi", "colon"},
    "arabic_dun": {"line", "stop", "semi", "colon"},
    "arabic_paren": _ALL,
    "circled": {"line", "semi", "colon"},  # after 。 a circled number is a footnote mark
    "ordinal": _ALL,
    "clause_shi": _ALL,
    "clause_yao": _ALL,
}


class Candidate(NamedTuple):
    """A proposed marker and the evidence about where it sits (a tuple: cheap to make)."""

    start: int  # view offsets of the marker
    end: int
    marker: str  # as written in the view (not folded)
    style: str
    ordinal: int
    context: str  # line | term | comma
    weak: bool = False  # 一， 一. 1) 1。 : a heading form only at a line start, and only in a run
    cut: bool = False  # at a line start, but the line before stops mid-sentence (a wrap, a page label)
    # what lies between the previous candidate and this and may close a list: False nothing; True a summing-up
    # paragraph (总之，…); where more is known, one of the truthy ints SUMS_PROSE (the paragraph closes an item of
    # running text), BARE_HEAD (a heading line without a marker), OPENS_TEXT (title lines only above a first candidate)
    summed_up: bool | int = False
    intro: bool = False  # the text before it ends with a colon (…以下几点：): a list it introduces (INTRO_ITEMS: and
    # its line ends with a semicolon, 一、节约能源，降低消耗；: a list of statements, not of headings)
    head: str = ""  # the first characters of its title (blanks skipped): a preview restates them


def _ordinal(style: str, tok: str) -> tuple[str, int] | None:
    """(style, ordinal) of a marker the grammar accepted as ``style``, or None for a numeral out of range."""
    if style == "circled":
        n = circled_to_int(tok)
    elif len(tok) == 1:
        n = enclosed_to_int(tok)  # ⑴ ⒈ ㈠
    else:
        core = tok.lstrip("第（(").rstrip("、.．，,）)是要。")
        n = han_to_int(core.translate(_CAP_TO_HAN) if style == "han_cap" else core)
        if n is None:
            n = arabic_to_int(core)
    return None if n is None else (style, n)


@lru_cache(maxsize=1)
def marker_parser() -> Lark:
    """The marker grammar, built once per process (and cached on disk by lark: ~1 ms instead of ~300).

    lark itself is imported here, at the first marker, not with speechdoc (~16 ms).
    """
    from lark import Lark

    return Lark.open_from_package(
        "speechdoc", "grammars/marker.lark", parser="lalr", cache=True
    )


@lru_cache(maxsize=4096)
def parse_marker(s: str) -> tuple[str, int] | None:
    """(style, ordinal) of a marker string, or None if the grammar rejects it.

    >>> parse_marker("（十二）"), parse_marker("第三,"), parse_marker("一年")
    (('han_paren', 12), ('ordinal', 3), None)
    """
    parser = marker_parser()
    from lark.exceptions import LarkError  # loaded by marker_parser(); memoised calls never get here

    try:
        tree = parser.parse(s)
    except LarkError:
        return None
    return _ordinal(str(tree.data), str(tree.children[0]))  # the grammar's one rule: style(TOKEN)


_DECOR = frozenset("#*>-•●■◆◇▶►★☆【〔[—")  # Markdown headings, bullets, bold marks, dashes before a marker


#: the context after a full-width mark of a sentence's end or of its parts (the commonest before a marker):
#: what the checks at the end of :func:`_context` give for them
_FULL_WIDTH_CONTEXT = {"：": "colon", "；": "semi", "。": "stop", "！": "stop", "？": "stop", "，": "comma"}


def _opens_line(fold: str, at: int, floor: int) -> bool:
    """Do only blanks stand between ``at`` and the line start before it (read back to ``floor``)?"""
    j = at - 1
    while j >= floor and fold[j] in _BLANKS:
        j -= 1
    return j < 0 or fold[j] == "\n"


def _context(fold: str, start: int, line_starts: Sequence[int]) -> str | None:
    i = start - 1
    floor = start - 64 if start > 64 else 0
    while i >= floor and fold[i] in _BLANKS:
        i -= 1
    if i < 0:
        return "line"
    c = fold[i]  # the character before the marker, blanks skipped
    if c == "\n":
        return "line"
    if 0 < i < start - 2 and fold[start - 1] == "\u3000" == fold[start - 2] and fold[i - 1] not in _BLANKS:
        # …成立工人学校　　①工会学校: a paragraph's indent on a page that lost its line breaks (two characters
        # of ink before it: not a letter-spaced title, 第　　一)
        return "line"
    quick = _FULL_WIDTH_CONTEXT.get(c)
    if quick is not None:  # (none of the rules below before the virtual line starts reads these marks)
        k = bisect_right(line_starts, start) - 1 if line_starts else -1
        return "line" if k >= 0 and line_starts[k] > i else quick
    if i < start - 1 and c.isascii() and c.isalnum() and (  # (both tokens end in a Latin letter or digit)
            _LOST_BREAK.search(fold, max(0, i - 8), i + 1) or _echoed_token(fold, i)):
        return "line"  # 重点任务C6m   一、…: a site's token for a lost line break
    if ("!" <= c <= "~" or "０" <= c <= "９") and _behind_jammer(fold, i, start):
        return "line"  # 8 H) l- y* X6 s b' n+ F) T) D! 一、…: a line start behind a forum's junk string
    note = _CONTINUED_NOTE.search(fold, max(0, i - 8), i + 1) if c in "）)" else None
    if note is not None:
        # (续前)（二）…: a page's note that it continues the page before, then a line-start heading
        if _opens_line(fold, note.start(), floor):
            return "line"
    if c == "】":  # 【Now新聞台】273. …, 【本报讯】一、…: a news page's tag that opens the line, then the text's own numbering
        j = fold.rfind("【", floor, i)
        if j >= 0 and fold.find("\n", j, i) < 0 and _opens_line(fold, j, floor):
            return "line"
    if c in ".．、" and _behind_page_label(fold, i):
        return "line"  # 3、.一、过去五年工作回顾: a document site's page label (and its stray dot) before the heading
    if c in _DECOR:  # "## 一、总体要求", "- （一）…", "**1.**", "——第一，": a line start behind decoration
        j = i
        while j >= floor and (fold[j] in _DECOR or fold[j] in _BLANKS):
            j -= 1
        if j < 0 or fold[j] == "\n":
            return "line"
        if "!" <= fold[j] <= "~" and _behind_jammer(fold, j, j + 1):
            return "line"  # …]- u——第二，…: the decoration stands behind a forum's junk string
        if c == "—" and fold[i - 1] == "—":
            return "colon"  # 今年的目标——一是…，二是…: a dash in mid-sentence introduces the list
    k = bisect_right(line_starts, start) - 1 if line_starts else -1  # virtual line starts of flattened text
    if k >= 0 and line_starts[k] > i:
        return "line"
    if c in "：:":
        return "colon"
    if c in "；;":
        return "semi"
    if c in TERMINATORS:
        return "stop"
    if c in COMMAS:
        return "comma"
    if c in _EMOJI_JOINERS or category(c) == "So":  # 🌟一、工作回顾, ✅（一）…: a line start behind emoji
        j = i
        while j >= floor and (fold[j] in _BLANKS or fold[j] in _EMOJI_JOINERS or category(fold[j]) in ("So", "Sk")):
            j -= 1
        if j < 0 or fold[j] == "\n":
            return "line"
    return None


def _behind_page_label(fold: str, i: int) -> bool:
    """Does ``fold[i]`` end a document site's page label that opens its line: 1 to 3 digits and 、,
    maybe a stray dot after it (``3、.``), or that dot alone where the label was set aside?"""
    j = i
    if fold[j] in ".．" and j > 0:
        j -= 1
        if fold[j] == "\n":
            return True  # the dot alone: the label itself was set aside as chrome
    if fold[j] != "、":
        return False
    k = j
    while k > 0 and j - k < 3 and "0" <= fold[k - 1] <= "9":
        k -= 1
    return k < j and (k == 0 or fold[k - 1] == "\n")


#: a page's note that it continues the page before ((续前), （接上页）), ending where a heading follows
_CONTINUED_NOTE = lazy(r"[（(](?:续前|续上页|接上页|接前页|续上文|接上文|续)[）)]$")
#: what an emoji sequence holds besides its symbols (So) and skin tones (Sk): variation
#: selectors, the zero-width joiner, the keycap mark
_EMOJI_JOINERS = frozenset("\ufe0e\ufe0f\u200d\u20e3")


#: lines this long on average: a text that lost its line breaks (a page scraped onto one line)
RUN_ON_LINE = 400
#: the section heads whose lost line break a glued page shows by a sentence end (or colon) before them
_GLUED_HEADS = frozenset({"han_dun", "han_paren"})


def _glued(fold: str, pos: int, memo: list[int]) -> bool:
    """Is ``pos`` on a glued line: a line of RUN_ON_LINE characters or more that holds at least
    half the text (the page's chrome lines around it), so it has no line breaks left to show its
    headings? ``memo`` holds the last line looked at (start, end, verdict): the scan asks in text
    order, so each line is measured once."""
    if not memo[0] <= pos < memo[1]:
        lo = fold.rfind("\n", 0, pos) + 1
        hi = fold.find("\n", pos)
        if hi < 0:
            hi = len(fold)
        memo[:] = [lo, hi, hi - lo >= RUN_ON_LINE and 2 * (hi - lo) >= len(fold)]
    return bool(memo[2])


#: the end of a speech's title (…会议上的讲话, 政府工作报告, …上的讲话(摘要)): a heading right after it on the
#: same line opens that line
_TITLE_END = lazy(r"(?:上的讲话|上的报告|工作报告|上的致辞|上的发言)(?:[（(](?:摘要|节选|摘登|提纲|全文|讨论稿)[）)])?$")
_TITLE_END_REACH = 9  # characters before a heading that the end of a title (上的讲话（讨论稿）) may take
#: the longest title of a heading glued to the end of the paragraph before it
_GLUED_TITLE = 30
_SENTENCE_MARKS = frozenset("。！？；;!?")


def _after_title_line(fold: str, start: int, end: int) -> bool:
    """Is the text from ``start``'s line start to ``start`` (4 to _GLUED_TITLE characters, no sentence end) the
    whole of a line above it (a page's title printed on its own, then again with the first heading glued on), and
    does a title (an ideograph or a digit) follow the marker, which ends at ``end``?"""
    nxt = fold[end:end + 1]
    if not ("\u3400" <= nxt <= "\u9fff" or nxt.isdigit()):
        return False
    lo = fold.rfind("\n", 0, start) + 1
    title = fold[lo:start]
    if not 4 <= len(title) <= _GLUED_TITLE or lo < len(title) + 1 or any(c in _SENTENCE_MARKS for c in title):
        return False
    return fold.startswith(title + "\n") or fold.find("\n" + title + "\n", 0, lo) >= 0


def _heading_glued_to_paragraph(fold: str, e: int, para_starts: Sequence[int]) -> bool:
    """Is the text from the marker's end ``e`` to its line end a heading's title that ends a
    paragraph (a true break, not a wrap the layout joined): short, and with no sentence end?"""
    hi = fold.find("\n", e, e + _GLUED_TITLE + 2)
    if hi < 0:
        return False
    title = fold[e:hi].strip()
    if len(title) < 2 or any(c in _SENTENCE_MARKS for c in title):
        return False
    nxt = hi + 1
    while nxt < len(fold) and fold[nxt] in " \t\u3000\r\n":
        nxt += 1
    k = bisect_right(para_starts, nxt) - 1
    return k >= 0 and para_starts[k] > e


# a short Latin-digit token glued to CJK text, then blanks: a site's stand-in for a line break
# (read only for a marker after blanks mid-line: compiled at its first use)
_LOST_BREAK = lazy(r"(?<=[\u3400-\u9fff。！？；：，、）”])(?=[A-Za-z]{0,3}[0-9])(?=[0-9]{0,3}[A-Za-z])[A-Za-z0-9]{2,5}$")


_ECHO_REACH = 2000  # how far apart a site's letter token for a lost line break recurs


def _echoed_token(fold: str, i: int) -> bool:
    """Is ``fold[i]`` the end of a token of 2 to 5 Latin letters glued to the text before it (an
    ideograph or a sentence end) that recurs, glued and followed by blanks, at least twice more
    within _ECHO_REACH characters (提出意见。BNC   一、…意见BNC   …: a site's letter stand-in for a
    lost line break; an English word does not recur so)? Bounded look-ups: O(1) a marker."""
    j = i
    while j > i - 5 and fold[j].isascii() and fold[j].isalpha():
        j -= 1
    if not (2 <= i - j <= 5 and ("\u3400" <= fold[j] <= "\u9fff" or fold[j] in "。！？；：，、）”")):
        return False
    token = fold[j + 1:i + 1]
    if not (token.isascii() and token.isalpha()):
        return False
    lo, hi = max(0, i - _ECHO_REACH), min(len(fold), i + _ECHO_REACH)
    seen = 0
    k = fold.find(token, lo, hi)
    while k >= 0 and seen < 3:
        after = k + len(token)
        if after < len(fold) and fold[after] in _BLANKS and k > 0 and (
                "\u3400" <= fold[k - 1] <= "\u9fff" or fold[k - 1] in "。！？；：，、）”"):
            seen += 1
        k = fold.find(token, after, hi)
    return seen >= 3


# a forum's anti-copy junk (a "jammer": tokens of one or two ASCII marks, letters and digits
# between spaces, with at least one mark) that a scraped page keeps at the start of its lines
# (after an indent; a page that writes its digits full-width may have converted the jammer's too), and the line's own
# indent after it (. w. p+ j1 n/ M  二、…: the junk glued before the paragraph's two blanks)
_JAMMER = lazy(r"[ \t\u3000\xa0]{0,4}(?=[^\n]{0,40}[!-/:-@\[-`{-~])(?:[!-~０-９]{1,2} ){3,12}[!-~０-９]{0,2}"
               r"[ \t\u3000\xa0]{0,4}")


def _behind_jammer(fold: str, i: int, start: int) -> bool:
    """Is all of the line before ``start`` (whose last character, ``fold[i]``, is printable ASCII)
    a jammer string? One bounded look back for the line start, and one match."""
    lo = fold.rfind("\n", max(0, start - 46), i) + 1
    if lo == 0 and start > 46:
        return False  # the line is longer than a jammer
    return _JAMMER.fullmatch(fold, lo, start) is not None


_FLAT_TITLE = 40  # characters a heading's title may hold before the gap that ends its lost line


def _after_flat_heading(fold: str, head: Candidate, start: int) -> bool:
    """Does ``start`` follow the gap that ends a flattened heading line: the candidate before it is a
    section head opening its line, and between them stands only its title (no sentence end, at most
    _FLAT_TITLE characters) and then blanks (一、工作回顾 （一）…, （一）加强领导 一是…)?"""
    if head.style not in _GLUED_HEADS and head.style != "ordinal" or head.context == "comma":
        return False
    if start - head.end > _FLAT_TITLE + 4 or fold[start - 1] not in _BLANKS:
        return False
    title = fold[head.end:start].rstrip(_BLANKS)
    return not any(c in _FLAT_STOPS for c in title)


def _glued_to_heading(fold: str, head: Candidate, start: int, styles: frozenset[str] = frozenset({"han_dun"})) -> bool:
    """Does ``start`` follow a heading of ``styles`` (一、 unless told; opening a line, or after a
    sentence end or a colon) with only its title between them (no sentence end or colon, 4 to
    _FLAT_TITLE characters, no blank: the page lost that line break)?"""
    if head.style not in styles or head.context not in ("line", "term") or not 4 <= start - head.end <= _FLAT_TITLE:
        return False
    return not any(c in _FLAT_STOPS or c in _BLANKS for c in fold[head.end:start])


_FLAT_STOPS = frozenset("。！？!?；;：:\n")
#: characters that make a word with the 一 after them (统一是, 唯一要): no point opens there
_ONE_WORDS = frozenset("统唯单同万合之划专归不逐其均整")
_SENTENCE_ENDS = frozenset("。！？!?\n")
_CLAUSE_ENDS = frozenset("。！？!?；;\n")
#: styles written with Chinese numerals: a Latin full stop before one ends a sentence (before 2. it may not)
_HAN_STYLES = frozenset({"han_dun", "han_paren", "ordinal", "clause_shi", "clause_yao"})


def _after_latin_stop(fold: str, start: int) -> bool:
    """Is the text before ``start`` (blanks skipped, at most 4) a Latin full stop ``.`` after a
    letter, an ideograph or a closing bracket (not a digit: 3. , not an ellipsis)?"""
    i = start - 1
    while i > start - 5 and i > 0 and fold[i] in _BLANKS:
        i -= 1
    if fold[i] != "." or i < 1:
        return False
    b = fold[i - 1]
    return b.isalpha() or b in ")）”\"'"

_NEXT_REACH = 80  # characters a list's next member may follow its previous one inside a sentence
_LINE_REACH = 400  # … and on its line, sentences apart (a paragraph of numbered sentences: 1.…。 2.…。 ⒊…)
#: a text this long with none of these marks lost its punctuation (a search engine's copy of a page)
_BARE_MIN = 200
_PUNCT_SEEN = ("。", "，", ",", "；", "：", "、", "！", "？", ".")
_NEXT_POINT = {"一是": "二是", "一要": "二要"}


def _next_point_soon(fold: str, text: str, end: int) -> bool:
    """Does the point after ``text`` (一是 → 二是) follow within _NEXT_REACH characters of ``end``?"""
    nxt = _NEXT_POINT.get(text)
    return nxt is not None and fold.find(nxt, end, end + _NEXT_REACH) >= 0



#: heading styles whose first member may follow the comma that introduces a run of them
_COMMA_OPENED = frozenset({"han_dun", "arabic_dun", "arabic_dot"})
_SECOND = {"一": "二", "1": "2", "１": "２"}


def _next_heading_soon(fold: str, text: str, end: int) -> bool:
    """Does the heading numbered two of ``text``'s form (一、 → 二、) open the next sentence, within
    _NEXT_REACH characters of ``end`` (a sentence end, blanks, then the marker)?"""
    nxt = _SECOND.get(text[0])
    if nxt is None or len(text) != 2:
        return False
    nxt += text[1]
    j = fold.find(nxt, end, end + _NEXT_REACH)
    if j < 0:
        return False
    i = j - 1
    while i > end and fold[i] in _BLANKS:
        i -= 1
    return fold[i] in "。；;" and not any(c in "\n。；;！？!?" for c in fold[end:i])


#: numbered points written with digits: one glued to a heading's title opens its line (二、纸张和字体1. 纸张)
_DIGIT_POINTS = frozenset({"arabic_dot", "arabic_dun"})
_CONTINUES_BACK = 8  # candidates read back for the run a heading continues


def _continues(out: Sequence[Candidate], style: str, n: int) -> bool:
    """Is the last of the latest candidates (_CONTINUES_BACK of them) of ``style`` numbered ``n - 1``, in
    no weak form (a heading's run that the marker numbered ``n`` continues, points of other styles between)?"""
    for c in reversed(out[-_CONTINUES_BACK:]):
        if c.style == style:
            return c.ordinal == n - 1 and not c.weak
    return False


_TYPED_ONE_REACH = 600  # how far above its list's 2 a first member typed as a letter may stand
#: a letter l or I and the mark before ink, looked for by the letter (a class scan: a pattern that opened with the line
#: start or a look back, then blanks, tried its match at every character, ~270 instructions a character); where its
#: line opens (the text's start, a line break, or a sentence end or a colon before blanks) is read back from the letter
_TYPED_ONE = {mark: re.compile(r"[lI]" + re.escape(mark) + r"(?=[ \u3000]?[\u3400-\u9fff])") for mark in "、.．"}
_TYPED_ONE_AFTER = frozenset("\n：:。；;！？!?")  # (what the blanks before the letter follow where its line opens)
_TYPED_ONE_BLANKS = frozenset(" \t\u3000")


def _typed_one(fold: str, start: int, mark: str, floor: int) -> int:
    """Where a line between the last candidate (its end ``floor``) and the line that ``start`` opens begins with a
    letter l or I and ``mark`` (the 、 or dot of the marker at ``start``, its list's 2) before ink (l、召开会议…; the
    nearest such line, within _TYPED_ONE_REACH; on a PDF dump flattened onto one line, after a sentence end or a
    colon and a blank, where that line began): that letter's offset, else -1."""
    line = fold.rfind("\n", floor, start)  # (the marker opens its line after blanks at most)
    if line < 0 or fold[line + 1:start].strip(_BLANKS):
        i = start - 1  # (or a virtual line of a flattened dump: a sentence end or a colon, then blanks)
        while i > floor and fold[i] in _BLANKS:
            i -= 1
        if i == start - 1 or fold[i] not in "：:。；;！？!?":
            return -1
        line = i + 1
    pattern = _TYPED_ONE.get(mark)
    found = -1
    if pattern is not None:
        lo = max(floor, line - _TYPED_ONE_REACH)
        for m in pattern.finditer(fold, lo, line):
            i = j = m.start()
            while i > lo and fold[i - 1] in _TYPED_ONE_BLANKS:  # (the blanks before it, within the window)
                i -= 1
            if i == 0 or fold[i - 1] in _TYPED_ONE_AFTER:  # (a blank before the window's start: not a line's start)
                found = j
    return found


def _on_line(fold: str, a: int, b: int, wraps: Sequence[int]) -> bool:
    """Is every line break in ``fold[a:b]`` a wrap (``wraps``: sorted, a PDF's breaks inside sentences)?"""
    i = fold.find("\n", a, b)
    while i >= 0:
        k = bisect_left(wraps, i)
        if k == len(wraps) or wraps[k] != i:
            return False
        i = fold.find("\n", i + 1, b)
    return True


def _next_on_line(fold: str, one: str, end: int, wraps: Sequence[int] = ()) -> bool:
    """Does the one-character numbering after ``one`` (a list's first: ⑴, ⒈, ㈠) follow on its line (its
    paragraph, across a PDF's wraps) within _LINE_REACH, after a sentence end (⑵ after ⑴), so ``one`` opens
    that list?"""
    nxt = chr(ord(one) + 1)
    j = fold.find(nxt, end, end + _LINE_REACH)
    if j < 0 or not _on_line(fold, end, j, wraps):
        return False
    i = j - 1
    while i > end and fold[i] in _BLANKS_NL:
        i -= 1
    return fold[i] in _SENTENCE_ENDS


def _follows_on_line(fold: str, out: list[Candidate], style: str, n: int, start: int, wraps: Sequence[int]) -> bool:
    """:func:`_follows` within _LINE_REACH, where the line breaks between may be wraps (a PDF's printed lines)."""
    if _follows(fold, out, style, n, start, _LINE_REACH):
        return True
    if not wraps or not out:
        return False
    last = out[-1]
    return last.style == style and last.ordinal == n - 1 and not last.weak and start - last.end <= _LINE_REACH \
        and _on_line(fold, last.end, start, wraps)


def _follows(fold: str, out: list[Candidate], style: str, n: int, start: int, reach: int = _NEXT_REACH) -> bool:
    """Is the marker at ``start`` the next member of the list the last candidate belongs to: that
    candidate is of ``style``, numbered ``n - 1``, in no weak form, at most ``reach`` characters
    before, with no sentence end (for a point) or line end between them?"""
    if not out:
        return False
    last = out[-1]
    if last.style != style or last.ordinal != n - 1 or last.weak or start - last.end > reach:
        return False
    ends = _SENTENCE_ENDS if style in POINT_STYLES else "\n"
    return not any(c in ends for c in fold[last.end:start])


_QUOTE_REACH = 600  # how far a quote (within its paragraph) may open before, or close after, a marker
#: the quotation tests a scan makes before it looks for the quotation marks the text holds (see scan)
_MARKS_AFTER = 8


def _enclosed(fold: str, pos: int, lo: int, hi: int, opens: str, closes: str, split: bool = False) -> bool:
    """Is ``pos`` between an opening mark in ``[lo, pos)`` and its closing one in ``[pos, hi)``?

    A mark left open (scraping loses closing quotes) does not swallow the text after it.
    Each look is a bounded ``str.find``, so the check costs O(1) a marker. ``opens`` and
    ``closes`` need only hold the marks the text has (:func:`_present`): each look costs a
    call, whatever it reads. With ``split``, where ``lo`` and ``hi`` are line starts, an opening mark that ends the
    line before ``lo`` and a closing one that opens the line at ``hi`` count too (马克思曾经这样说过：“⏎在我以前很久……
    （１）…的过渡。⏎”: a quotation a wiki copy or a block quote opens at a line's end holds the next line).
    """
    o = -1
    for ch in opens:
        k = fold.rfind(ch, lo, pos)
        if k > o:
            o = k
    if o < 0:
        if not (split and lo >= 2 and fold[lo - 1] == "\n" and fold[lo - 2] in opens):
            return False
        o = lo - 2
    for ch in closes:
        if fold.find(ch, o, pos) >= 0:
            return False
    for ch in closes:
        if fold.find(ch, pos, hi) >= 0:
            return True
    return split and hi < len(fold) and fold[hi] in closes and fold[hi - 1] == "\n"


def _reach(para_starts: Sequence[int], k: int, n: int, cap: int) -> int:
    """Where the quotation and bracket tests of a marker in the paragraph before the ``k``-th of ``para_starts`` stop
    looking: that paragraph's end (the ``k``-th start, or the text's end ``n``), or ``cap`` if sooner."""
    end = para_starts[k] if k < len(para_starts) else n
    return end if end < cap else cap


def _present(fold: str, marks: str) -> str:
    """The characters of ``marks`` that occur in ``fold`` (one fast C search each, once a text; a loop, where a
    generator and a join cost ~4 k instructions more than the searches of a short text)."""
    out = ""
    for ch in marks:
        if ch in fold:
            out += ch
    return out


def _in_step(fold: str, found: Sequence[tuple[int, int]], changed: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the scan's matches over ``fold``, from ``found``: its matches over a text that equals
    ``fold`` but inside the spans ``changed``, sorted by their starts (the input before chrome was masked).

    Both scans try the same places the same way while their tries read nothing changed (:data:`SCAN_BACK`,
    :data:`SCAN_AHEAD`): the matches found there are the fold's. The fold is scanned itself only where its
    tries read a changed character (a window around each span), the text cut where no try of the window
    reads: the scans are in step again at the fold's next try after the window, unless the other scan never
    tried that place (it lies inside one of its matches), and then at the end of that match or at a match
    of the fold's that ends past it. (The matches between two windows are taken by one slice each, not a step
    each: a span is a pair (start, end), so the first at or after an offset is found by a bisection.)
    """
    windows: list[list[int]] = []  # the places whose tries read a changed character
    for a, b in changed:
        if b > a:
            if windows and a - SCAN_AHEAD <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], b + SCAN_BACK)
            else:
                windows.append([a - SCAN_AHEAD, b + SCAN_BACK])
    out: list[tuple[int, int]] = []
    i, n, pos = 0, len(found), 0  # the fold's scan tries ``pos`` next; found[i] is the other's next match
    for lo, hi in windows:
        j = bisect_left(found, (lo,), i)  # (the first match of the other scan that starts at lo or after)
        if j > i:
            out.extend(found[i:j])
            pos = found[j - 1][1]
            i = j
        if pos < hi:  # the fold's own tries in the window (none of them reads from hi - 1 + SCAN_AHEAD on)
            for m in _SCAN.finditer(fold, pos if pos > lo else lo, hi - 1 + SCAN_AHEAD):
                s, e = m.span()
                if s >= hi:
                    break
                out.append((s, e))
                pos = e
            if pos < hi:
                pos = hi
        while True:
            while i < n and found[i][0] < pos:
                i += 1
            end = found[i - 1][1] if i else 0
            if end <= pos:
                break  # the other scan tried ``pos`` too: in step
            # (inside a match of the other scan: the fold's tries up to its end, read by the fold)
            m = _SCAN.search(fold, pos, end - 1 + SCAN_AHEAD)
            if m is None or m.start() >= end:
                pos = end
                break
            out.append(m.span())
            pos = m.end()
    out.extend(found[i:])
    return out


#: what a line may end with when a wrap cut a marker in two (二⏎是, 第⏎四，, （二⏎）, 1⏎.): the characters
#: a marker opens with or holds before its end mark
_CUT_TAIL = frozenset(f"第{_HAN}{_CAP}（(0123456789０１２３４５６７８９")
#: the end marks of the markers the scan reads (a marker cut before its end mark has it within 4 characters
#: after the break: 十二⏎是, 第⏎四，, （⏎十二）)
_CUT_ENDS = frozenset("是要、，,.．）)")
# (the blank first, the character before it looked back at: a pattern that opens with a literal is looked for
# by a loop over the text's characters, one that opens with a look back tries its match at every character)
_CUT_GAP = lazy(f" (?<=[{''.join(sorted(_CUT_TAIL))}] )(?=[^ \\n]{{0,3}}[{''.join(sorted(_CUT_ENDS))}])")
_CUT_BACK = 6  # characters of the line before a wrap that a marker cut by it may start in (（十二 and its look back)


def _cut_by_wraps(fold: str, wraps: Sequence[int]) -> dict[int, tuple[int, str]]:
    """Markers that a wrap (a line break inside a sentence: a PDF's or a site's, :func:`speechdoc.text.layout.soft_breaks`)
    cuts in two, as the scan reads them with the break taken out: ``{start: (end, marker)}``.

    A printer that breaks a line at its column whatever stands there parts ``…提升;二⏎是在定量角度…``:
    read across the break, the marker is whole (its end is after the break). Only a wrap whose line ends in a
    character a marker holds before its end mark is looked at, so a text costs one test a wrap.

    >>> t = "要有大的提升;二" + chr(10) + "是在定量角度,指标都要达到;"
    >>> _cut_by_wraps(t, [8])
    {7: (10, '二是')}
    """
    out: dict[int, tuple[int, str]] = {}
    for w in wraps:
        a = w
        while a > 0 and fold[a - 1] in _BLANKS:
            a -= 1
        if a == 0 or fold[a - 1] not in _CUT_TAIL:
            continue
        b = w + 1
        while b < len(fold) and fold[b] in _BLANKS:
            b += 1
        if _CUT_ENDS.isdisjoint(fold[b:b + 4]):
            continue  # no end mark comes soon enough after the break to close a marker begun before it
        lo = a - _CUT_BACK - SCAN_BACK if a > _CUT_BACK + SCAN_BACK else 0
        left = fold[lo:a]
        window = left + fold[b:b + SCAN_AHEAD]
        for m in _SCAN.finditer(window):
            if m.start() < len(left) < m.end():
                out[lo + m.start()] = (b + m.end() - len(left), m.group())
    return out


def _flat_gaps(fold: str, flat_lines: Sequence[tuple[int, int]]) -> list[int]:
    """The blanks of the flattened lines ``flat_lines`` that may cut a marker (``二 是``): after a character a
    marker holds before its end mark, with an end mark soon after (one search a line: a text of many
    blanks costs no Python step for each)."""
    gap = _CUT_GAP
    return [m.start() for a, b in flat_lines for m in gap.finditer(fold, a + 1, b)]


#: a blank inside a line-start marker, before its end mark (``1 . 组织…``, ``2 、…``): a PDF's text layer or a
#: converter sets the Latin dot or the 、 apart from its number (the blank first, the number looked back at)
_SPACED_MARK = lazy(r" (?<=[0-9０-９] )(?=[.．、] ?[^\s0-9０-９.．])")


def _spaced_marks(fold: str) -> list[int]:
    """The blanks that part a line-start number from its end mark (``1 . 组织供应…``: a PDF's text layer or a
    converter wrote the dot apart), read as :func:`_cut_by_wraps` reads a wrap that cuts a marker, so the
    marker is whole. Only a number that opens its line (blanks before it at most) counts: ``共 3 . 5亿``
    mid-sentence, or a decimal (``3 . 5``), is none.

    >>> _spaced_marks("一、任务目标" + chr(10) + "1 . 组织供应。" + chr(10) + "合计 3 . 5亿元")
    [8]
    """
    out = []
    for m in _SPACED_MARK.finditer(fold):
        j = m.start()
        while j and fold[j - 1] in "0123456789０１２３４５６７８９":
            j -= 1
        if m.start() - j > 3:
            continue
        while j and fold[j - 1] in _BLANKS:
            j -= 1
        if j == 0 or fold[j - 1] == "\n":
            out.append(m.start())
    return out


def _after_open_bracket(fold: str) -> tuple[list[int], str]:
    """The line breaks right after an open bracket (``（⏎二）``: the layout reads the next line, which opens
    like a marker, as a paragraph's start), and the open brackets the text holds (what the bracket rule
    reads). Each bracket is looked for alone, its few hits read where a line break follows (a search for
    ``（⏎`` costs ~3x one for ``（`` over Chinese text: its skip table rarely skips)."""
    out = []
    held = ""
    for ch in "（(":
        j = fold.find(ch)
        if j >= 0:
            held += ch
            while j >= 0:
                if fold.startswith("\n", j + 1):
                    out.append(j + 1)
                j = fold.find(ch, j + 1)
    return out, held


def _with_cut(spans, cut: dict[int, tuple[int, str]]):
    """``spans`` (the scan's, in order) with the markers a wrap cut (:func:`_cut_by_wraps`) in their places;
    a match of the scan inside one (the 四， of 第⏎四，) is not a marker of its own."""
    pending = sorted((s, e) for s, (e, _) in cut.items())
    k = 0
    for s, e in spans:
        while k < len(pending) and pending[k][0] < s:
            if pending[k][1] <= s:
                yield pending[k]
                k += 1
            else:
                break
        if k < len(pending) and pending[k][0] <= s < pending[k][1]:
            continue  # inside a cut marker
        if k < len(pending) and s < pending[k][0] < e:
            continue  # (a match across a cut marker's start: the cut marker stands)
        yield s, e
    yield from pending[k:]


def scan(fold: str, line_starts: Sequence[int] = (), para_starts: Sequence[int] = (),
         rejected: list[tuple[int, int, str, str, int, str]] | None = None,
         limit: int | None = None,
         found: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]]
         | tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]], bool] | None = None,
         wraps: Sequence[int] = (), flat_lines: Sequence[tuple[int, int]] = (),
         salutes: Sequence[tuple[int, int]] | None = None,
         contents: bool | str | Sequence[tuple[int, int]] = True) -> list[Candidate]:
    """Markers in ``fold`` whose position and shape make them plausible outline markers.

    ``line_starts`` are extra line starts inside flattened lines (PDF dumps);
    ``para_starts`` bound the quote check to one paragraph. Given a list as
    ``rejected``, each marker the grammar read but the scan set aside is added to it as
    ``(start, end, text, style, ordinal, reason)`` (for ``--stage markers``).
    With ``limit``, the scan stops once it holds that many candidates (the node cap).
    Given ``found``: the spans of the pattern's matches over a text that equals ``fold`` but inside the
    sorted spans of its second item (cleaning's survey collects them over the input: :func:`scan_source`);
    the fold is then scanned only near those spans (:func:`_in_step`); a third item False says the fold holds no
    「 (cleaning's ``Marks.corner``: the quotation test then does not look for one). ``wraps`` are the line breaks inside
    sentences (``Layout.wraps``): a marker one of them cuts in two is read whole (:func:`_cut_by_wraps`), and so
    is one a blank of a flattened PDF line (``Layout.flat_lines``) cuts. ``salutes``: the spans of the text's
    salutations, where known (the speech cuts found them: ``find_speeches``'s ``heard``); else the scan looks for
    the ones that close a list (:func:`_addresses`). A line-start marker whose line ends in a dot leader and a page
    number (壹、前言……1) lists a heading in a table of contents: with :data:`MIN_LISTED` such lines or more, their
    numbers never falling, a few lines apart, none is a candidate (a printed report's contents pages, which no label
    heads), nor is a marker between two of them (a heading the contents wrapped onto two lines); fewer are read as
    any marker. A leader of blanks only (一、工作回顾   3) counts too where the body restates the titles
    (:func:`_restated`). ``contents``: True, the first pass, which only counts the line-start markers under a line
    that ends in a digit (most texts have none: the scan is done); "lines", each line-start marker's line read to its end;
    the spans of the tables found, or False (none), read at a last pass.
    """
    out: list[Candidate] = []
    glued = [0, 0, 0]  # the line _glued measured last
    run_on = None  # the text lost its line breaks (_run_on): counted only when a rule asks
    summed = False  # a summing-up paragraph (总之，…) opened since the last candidate
    styles: set[str] = set()  # the styles of the candidates kept so far
    addressed = _addresses(fold, salutes)  # the paragraphs that open by addressing the audience (各位代表！…) close lists
    turned = False  # a transcript's turn (问：…, 答：…) opened a paragraph since the last candidate
    ai = 0
    bare = None  # the text has no punctuation at all (decided at its first point marker mid-sentence)
    noting: tuple[str, int, bool] | None = None  # (style, next number, links) of a list of notes a 注： label opened,
    # or of the links of a download box (附件下载：1.…: its numbers may skip one)

    # the quotation marks the text has (closing ones matter only after an opening one; a text without both has no
    # quotation); 「 not where cleaning's survey found the fold holds none (a test for it is a memchr that stops at
    # every ，, whose low byte is 「's: ~80 us a pass of the dev corpus)
    # (looked for only once the quotation test has read _MARKS_AFTER markers: a text whose markers all open their
    # paragraphs after no opening mark, or that has few others, makes no search of the whole text for them)
    quote_marks = "“「『" if found is None or len(found) < 3 or found[2] else "“『"
    quotes: tuple[str, str] | bool | None = None  # (opens, closes); False: no quotation in the text; None: not known
    # (until then, the first _MARKS_AFTER tests read every mark in their windows: a mark the text lacks is found in
    # none, and a bounded search costs less than the search of the whole text that tells it lacks the mark)
    opens, closes, tests = quote_marks, "”」』", 0
    brackets = None  # (and its closing brackets, looked for once the bracket rule has read _MARKS_AFTER markers, as the
    closing, glossed = "）)", 0  # quotation marks are: the rule reads both until then)

    spans = map(_span, _SCAN.finditer(fold)) if found is None else _in_step(fold, found[0], found[1]) if found[1] \
        else found[0]
    if flat_lines:  # a flattened PDF line: each printed line's end became a blank (…提升; 二 是在定量…)
        wraps = sorted([*wraps, *_flat_gaps(fold, flat_lines)])
    if " " in fold and (spaced := _spaced_marks(fold)):  # a line-start number set apart from its mark (1 . 组织…)
        wraps = sorted({*wraps, *spaced})
    opened, open_brackets = _after_open_bracket(fold)  # (and the open brackets the text holds)
    if opened:  # a line that ends in an open bracket ends no paragraph, whatever the layout read (…；（⏎二）抓…)
        wraps = sorted({*wraps, *opened})
    wrapped = _cut_by_wraps(fold, wraps) if wraps else None  # markers a wrap cut in two
    if wrapped:
        spans = _with_cut(spans, wrapped)
    listed: list[tuple[int, int, int, int]] | None = None  # the lines of a table of contents met (a later pass)
    suspects = 0  # line-start markers under a line that ends in a digit (a table of contents' page number?)
    noted = len(rejected) if rejected is not None else 0  # (a pass read again drops what it set aside)
    if contents is not True and contents:  # (a later pass, for the rare text with a table of contents)
        spans, listed = _set_aside(fold, list(spans), contents, rejected)
    if limit is not None and limit <= 0:
        spans = ()
    for s, e in spans:
        text = fold[s:e] if not wrapped or s not in wrapped else wrapped[s][1]
        if text in _SUMMING_HEADS:
            summed = summed or _sums_up(fold, s, run_on)
            continue
        parsed = parse_marker(text)
        if parsed is None:
            continue
        style, n = parsed
        if text[-1] == "。" and not _opens_line(fold, s, 0):
            # 1。 (a typist's 。 for ．) is read only at a line start (its indent skipped): elsewhere a number ends a
            # sentence (见表1。), which must not end a list of notes nor be taken for one of its members
            if rejected is not None:
                rejected.append((s, e, text, style, n, "a weak arabic_dot marker only opens a line"))
            continue
        if noting is not None:  # the notes a 注： opened go on (…见表1。 2、以上数据…) until another number of their style
            if style == noting[0] and (n == noting[1] or noting[2] and n > noting[1] and _opens_paragraph(fold, s)):
                noting = (style, n + 1, noting[2])
                if rejected is not None:
                    rejected.append((s, e, text, style, n, "a note of the list a 注： label opened" if not noting[2]
                                     else "a link of a download box"))
                continue
            if style == noting[0]:
                noting = None
        if n == 1 and style in _NOTE_STYLES and s and (fold[s - 1] in "：:\n" or fold[s - 1] in _BLANKS) \
                and ((note := _after_note_label(fold, s)) or _after_download_label(fold, s)):
            # 注：1、…统计口径见表1。 2、以上数据…: the notes under a table or at a text's end, not its outline; 附件下载：1.…⏎
            # 2.…: a site's box of download links (a link whose number went with a decimal, 3.2016年…, may be missed)
            noting = (style, 2, not note)
            if rejected is not None:
                rejected.append((s, e, text, style, n, "a note after 注：" if note else "a link of a download box"))
            continue
        if style == "arabic_dot" and _SPLIT_DECIMAL.match(fold, e):
            # 3.⏎4结果输出: a decimal section number (3.4) whose dot a line break follows (a page that breaks its
            # lines after every full stop written the Latin way, or a PDF's line end) is no marker, as 3.4 is none
            if rejected is not None:
                rejected.append((s, e, text, style, n, "a decimal number cut by a line break (3.⏎4)"))
            continue
        # the character before the marker: a line break, an ideograph or a full-width mark (the most) needs
        # none of _context's rules but the virtual line start, read here without a call (the same answers)
        before = fold[s - 1] if s else "\n"
        if before == "\n":
            ctx = "line"
        elif "\u3400" <= before <= "\u9fff" or before in _FULL_WIDTH_CONTEXT:
            k = bisect_right(line_starts, s) if line_starts else 0
            ctx = "line" if k and line_starts[k - 1] == s else _FULL_WIDTH_CONTEXT.get(before)
        elif before in _BLANKS and line_starts and s >= 2 and (q := fold[s - 2]) not in _BLANKS_NL and q != "—" \
                and (k := bisect_right(line_starts, s)) and line_starts[k - 1] == s:
            # a virtual line start after one blank (a flattened line's gap: most markers there): every rule of
            # _context reads "line" there but a dash's (——一是…)
            ctx = "line"
        else:
            ctx = _context(fold, s, line_starts)
        if ctx is None:  # (the rules that may still place a marker mid-sentence; the rest are kept or rejected here)
            if style in _PAREN_STYLES and before != "第":  # (not 第(一)项, 第(2)款)
                if run_on is None:
                    run_on = _run_on(fold)
                if run_on:
                    # a text that lost all its line breaks: a heading's title has no end mark, so the
                    # （一） after it is glued to its last word (…高质量发展(一)坚定不移抓项目…)
                    ctx = "stop"
            if ctx is None and out and _after_flat_heading(fold, out[-1], s) and not fold[e:e + 1].isascii():
                ctx = "line"
            if ctx is None and n == 1 and style in _PAREN_STYLES and out and _glued_to_heading(fold, out[-1], s):
                # 一、周密部署，扎实开展专项整治工作(一)开展专项整治的必要性…: a page that lost its line
                # breaks glued a section's first (一) to its heading's title
                ctx = "line"
            if ctx is None and n == 1 and style in _DIGIT_POINTS and out and "\u3400" <= before <= "\u9fff" \
                    and _glued_to_heading(fold, out[-1], s, _GLUED_HEADS):
                # 二、纸张和字体1. 纸张：…: a section's first numbered point glued to its heading's title (a page
                # that lost that line break)
                ctx = "line"
            if ctx is None and n > 1 and style in _DIGIT_POINTS and before in _BLANKS and _follows(fold, out, style, n, s):
                # 1.总结工作，部署任务 2.宣读表彰决定: a list printed two items to a line (an agenda's columns), the
                # next member after a blank on its previous member's line
                ctx = "line"
            if ctx is None and n > 1 and style == "han_dun" and (before in "）)" or before in _BLANKS and fold[s - 2:s - 1]
                                                                 in ("）", ")")) and _continues(out, style, n):
                if run_on is None:
                    run_on = _run_on(fold)
                if run_on:
                    # …小组人数不得超过3人)三、报告正文。: on a text that lost its line breaks, the next heading of
                    # a run glued to the bracket that closed the section before it (or after a blank: a PDF dump
                    # flattened onto one line, …构成比例) 四、选举…)
                    ctx = "stop"
            if ctx is None and n == 1 and style in POINT_STYLES and out and before not in _ONE_WORDS and \
                    _glued_to_heading(fold, out[-1], s, _GLUED_HEADS):
                # 一、政治思想建设情况一是强化思想教育。…: the section's first point glued to its heading's
                # title (统一是, 唯一是 stay words)
                ctx = "line"
            if ctx is None and not out and n == 1 and style in _GLUED_HEADS \
                    and _TITLE_END.search(fold, max(0, s - _TITLE_END_REACH), s):
                # …经济工作会议上的讲话一、全市经济工作会议的主要精神: the speech's first heading glued to
                # its title (a page that lost its line breaks); only before any other candidate, and only a
                # first one (解读…工作报告(二)努力实现…: a page title's part number, not a heading)
                ctx = "line"
            if ctx is None and not out and n == 1 and style == "han_dun" and _after_title_line(fold, s, e):
                # 行政公文的格式要求⏎行政公文的格式要求一、引言…: the first heading glued to the page's title, which
                # the page printed on a line of its own above (not 讲话(一)：, a title's part number)
                ctx = "line"
            if ctx is None and style in _HAN_STYLES and before in _BLANKS and _after_latin_stop(fold, s):
                # …(CPPCC). 一、2018年工作回顾: a full stop written the Latin way, then a blank (a bilingual
                # page, a site that converted 。)
                ctx = "stop"
            if ctx is None and style in POINT_STYLES and bare is None:
                bare = len(fold) >= _BARE_MIN and not any(p in fold for p in _PUNCT_SEEN)
            if ctx is None and bare and style in POINT_STYLES and before not in _ONE_WORDS and (
                    _follows(fold, out, style, n, s) if n > 1 else _next_point_soon(fold, text, e)):
                # 议程一是区安委会领导作报告二是布置工作三是…: a text that lost all its punctuation (a
                # search engine's copy) shows a list's points only by their run of numbers
                ctx = "comma"
            if ctx is None and style in POINT_STYLES and (before == "、" or before in _BLANKS and fold[s - 2:s - 1] == "、") \
                    and _follows(fold, out, style, n, s):
                # 一是…的中国、二是…: points of one sentence parted by 、 (its next one, soon after); a blank after
                # the 、 is where a PDF's line ended before the point (a dump flattened onto one line: 、 三是…)
                ctx = "comma"
            if ctx is None:
                if rejected is not None:
                    rejected.append((s, e, text, style, n, "mid-sentence"))
                continue
        if ctx == "comma" and style in _COMMA_OPENED:
            if n > 1 and _follows(fold, out, style, n, s) and not any(c in _CLAUSE_ENDS for c in fold[out[-1].end:s]):
                # 报告共分三个部分：一、五年工作的回顾，二、今后五年的目标，三、…: headings listed in one
                # sentence, parted by commas (the next member of the run its first one opened)
                ctx = "semi"
            elif n == 1 and _next_heading_soon(fold, text, e):
                # 提出十项施政方针，一、地景改造与观光旅游。二、城乡风貌…: a run of headings in one
                # paragraph, the first after the comma that introduces it (its next one after a sentence end)
                ctx = "colon"
        if ctx in ("stop", "colon") and style in _GLUED_HEADS and text[-1] not in _WEAK_ENDS and _glued(fold, s, glued):
            # a page that lost its line breaks and its gaps (one glued line holds the speech): a
            # 一、 or （一） after a sentence end or a colon opens its heading's line
            ctx = "line"
        if ctx == "stop" and style in _GLUED_HEADS and text[-1] not in _WEAK_ENDS \
                and _heading_glued_to_paragraph(fold, e, para_starts):
            # …提出意见。一、五年工作的回顾⏎(一)…: a heading whose line break before it was lost
            # (its short title, with no sentence end, ends a paragraph)
            ctx = "line"
        if ctx not in _CONTEXTS[style] or (len(text) == 1 and style != "circled" and ctx not in _ENCLOSED_CONTEXTS
                                           and (ctx != "stop" or not (_follows_on_line(fold, out, style, n, s, wraps)
                                                                      or n == 1 and _next_on_line(fold, text, e, wraps)))):
            # (1.开头。…。 2.主体。…。 ⒊结语。…: after a sentence end such a character marks a note, unless it is
            # the next member of the list on its line, a word processor's number among typed ones; or its first,
            # the next one after a sentence end on its line: 五保工作。⑴严格落实…。⑵规范…。⑶…)
            if rejected is not None:
                rejected.append((s, e, text, style, n, f"{style} does not open a list after {ctx}"))
            continue
        weak = text[-1] in _WEAK_ENDS and (style in _WEAK_STYLES or text[-1] == "。") \
            and not text.startswith(("（", "("))
        if weak and ctx != "line" and text[-1] != "。" and _follows(fold, out, style, n, s):
            weak = False  # …；三、…；四，…；五、…: a slip of the comma in a list of its style, a member of it
        if weak and ctx != "line":
            if rejected is not None:
                rejected.append((s, e, text, style, n, f"a weak {style} marker only opens a line"))
            continue
        raw_ctx = ctx
        if ctx in ("stop", "semi", "colon"):
            ctx = "term"
        # (its numeral lists are parted by 、; the cheap tests first: most titles open with no numeral)
        if fold[e - 1] == "、" and (fold[e:e + 1] in _RANGE_FOLLOW.first or fold[e:e + 1] == "第") \
                and _false_friend(fold, style, e, n):
            if rejected is not None:
                rejected.append((s, e, text, style, n, "a run of numerals (一、二季度), not a list"))
            continue
        glosses = ctx != "line" and style not in _PAREN_STYLES  # (the bracket rule reads it)
        if quotes is not False or glosses:
            k = bisect_right(para_starts, s)  # the quote check stays in the marker's paragraph: from floor to its end,
            floor = para_starts[k - 1] if k else 0  # the k-th start (_reach), read only where a test reads it
        # (a marker that opens its paragraph (most headings) is in a quotation only where the line before ends with
        # an opening mark: _enclosed reads nothing else there; a mark the fold holds is one of those it has)
        if quotes is not False and (floor < s or (s >= 2 and fold[s - 1] == "\n" and fold[s - 2] in quote_marks)):
            if quotes is None:
                if tests < _MARKS_AFTER:
                    tests += 1
                else:
                    opens = _present(fold, quote_marks)
                    closes = _present(fold, "”」』") if opens else ""
                    quotes = (opens, closes) if closes else False
            if quotes is not False and _enclosed(fold, s, floor if floor > s - _QUOTE_REACH else s - _QUOTE_REACH,
                                    _reach(para_starts, k, len(fold), e + _QUOTE_REACH), opens, closes, True):
                if rejected is not None:
                    rejected.append((s, e, text, style, n, "inside a quotation"))
                continue
        # “五势”(一是…；二是…): an enumeration in brackets glosses a name, it is not the text's own list
        if glosses:
            if brackets is None:  # (False: the text lacks an open or a closing bracket, so no marker is in one)
                if open_brackets and glossed < _MARKS_AFTER:
                    glossed += 1
                else:
                    closing = _present(fold, "）)") if open_brackets else ""
                    brackets = (open_brackets, closing) if closing else False
            if brackets is not False and _in_brackets(fold, s, (floor, _reach(para_starts, k, len(fold), e + _QUOTE_REACH))
                                                      if para_starts else None, open_brackets, closing):
                if rejected is not None:
                    rejected.append((s, e, text, style, n, "inside brackets (it glosses a name)"))
                continue
        if ctx == "line":
            # (the line before read at its last character where it ends right before the marker's line: most)
            p = fold[s - 2] if before == "\n" and s >= 2 else ""
            if p in _PAGE_ENDS and contents is True and (p != "\r" or fold[s - 3] in _PAGE_ENDS):
                suspects += 1  # the line above ends in a digit: a table of contents' page number? (the rare text)
            if not p and before in _BLANKS and s >= 2 and (q := fold[s - 2]) not in _HEAD_SKIP:  # (blanks, \n)
                # one blank after ink (a flattened line's gap): no line break before it, so no sentence cut
                # (_cuts_sentence), and a colon before it is that ink (_after_colon strips no \xa0)
                cut = False
                intro = q in "：:" if before != "\xa0" and q not in _COLON_SKIP and q not in "*_" else _after_colon(fold, s)
            else:
                if p and p not in _BLANKS and not "\u3400" <= p <= "\u9fff":
                    cut = False  # it ends with a line break or a mark: no sentence cut (_cuts_sentence)
                else:
                    cut = style not in POINT_STYLES and _cuts_sentence(fold, s, style)
                if p == "\n" and s >= 3:
                    p = fold[s - 3]  # (a blank line between)
                intro = p in "：:" if p and p not in _COLON_SKIP and p not in "*_" else _after_colon(fold, s)
            if intro and style in styles and _ends_in_semicolon(fold, e):  # (a restart of a style met before only)
                intro = INTRO_ITEMS  # …从以下几个方面进行：⏎一、节约能源，降低消耗；: the colon introduces a list of statements
        else:
            cut = False
            intro = raw_ctx == "colon"
        head = fold[e:e + 3].lstrip(_HEAD_SKIP)  # (one slice where no blank follows the marker, the most)
        if len(head) < 3:
            head = fold[e:e + 8].lstrip(_HEAD_SKIP)[:3]
        if addressed:
            while ai < len(addressed) and addressed[ai] < s:
                summed = True  # 各位代表！…⏎…提出了新的更高要求。一是…: the speaker turns to the audience between lists
                ai += 1
        if n == 1 and out and not summed and para_starts and (k := _opened_between(fold, para_starts, out[-1][1], s)):
            # 问：第一，…: a new speaker's list (after the spokesman's 一、…三、); 以上我重点讲了几个问题，…: the speaker
            # sums up what came before, as 总之，… does
            summed = True
            turned = k == _TURN
        if not out and not summed and n > 1 and style in _PARAGRAPH_STYLES and _opens_text(fold, s):
            summed = OPENS_TEXT  # 行政长官…的发言⏎⏎8. 我在本届政府…: the text opens at a numbered paragraph far on
            # (not where a summing-up paragraph stands above it: that is body text, no title line)
        if n == 1 and before == "\n" and not summed and out:  # a new list under a line with no marker (the line
            ls = fold.rfind("\n", out[-1].end, s - 1)  # above first: most are the last candidate's or body text)
            if 0 <= ls >= s - 25:
                if _bare_heading(fold, out[-1].end, s):
                    summed = BARE_HEAD
                elif _parallel_head(fold, out, s):
                    summed = SUMS_PROSE  # 組織依據⏎一、…。⏎二、…。⏎法定職權⏎1、…: a head parallel to the one above
        if summed is True and _after_prose_item(fold, out, turned):
            summed = SUMS_PROSE
        turned = False
        if n == 1 and not summed and out and out[-1][4] > 1 and out[-1][3] != style \
                and (ctx == "line" or style in _TOP_HEADS) and _after_statements(fold, out, s):
            # 议程：1、…；2、…；3、…。现在逐项进行。一、…: a list of statements is no section (a list inside the
            # statements' paragraph stays in its last item unless it is of a section's style: …。有两点说明。第一，…)
            summed = SUMS_PROSE
        if n == 2 and ctx == "line" and style in _DIGIT_POINTS and (not out or out[-1][1] < s - 4) \
                and (j := _typed_one(fold, s, text[-1], out[-1][1] if out else 0)) >= 0:
            # l、召开会议的时间、地点。⏎2、会议的主要任务…: a letter l (or I) typed for the digit 1 (a typist's or a
            # scan's slip) on the line above the list's 2: its first member
            k = j - 1
            while k >= 0 and fold[k] in _BLANKS_NL:
                k -= 1
            out.append(_new(Candidate, (j, j + 2, fold[j:j + 2], style, 1, "line", False, False, summed,
                                        k >= 0 and fold[k] in "：:", fold[j + 2:j + 5])))
            summed = False
        if n == 1 and style in _NOTE_STYLES and before in "：:\n" and _after_attachment_label(fold, s):
            summed = ATTACHED  # 附件：1.…⏎2.…: a 公文's list of its attachments, after the body (at document level)
        out.append(_new(Candidate, (s, e, text, style, n, ctx, weak, cut, summed, intro, head)))
        styles.add(style)
        summed = False
        if limit is not None and len(out) >= limit:  # the cap reached: no more is read (tested here, where ``out``
            break  # grows; ≥: a typed first member adds two candidates at once)
    if suspects >= MIN_LISTED - 1:
        # (a second pass, for the rare text with lines that end in a digit above line-start markers: each
        # line-start marker's line read to its end)
        if rejected is not None:
            del rejected[noted:]
        return scan(fold, line_starts, para_starts, rejected, limit, found, wraps, flat_lines, salutes, "lines")
    if listed is not None:  # (a third pass, for the rarer text with a line that ends in a leader and a number)
        runs = [[listed[0]]]  # the listed lines a few lines apart, each run one table
        for x in listed[1:]:
            a = runs[-1][-1][1]
            if fold.count("\n", a, x[0]) <= LISTED_GAP + 1 and _LISTED_BETWEEN.fullmatch(fold, a, x[0]):
                runs[-1].append(x)
            else:
                runs.append([x])
        tables = [(r[0][0], r[-1][1]) for r in runs if len(r) >= MIN_LISTED
                  and all(a[2] <= b[2] for a, b in zip(r, r[1:]))  # too few, or numbers that fall: no table
                  and _restated(fold, r)]  # blank leaders: the body must head its parts with the titles listed
        if len(tables) < len(runs) or any(a <= c[0] <= b for c in out for a, b in tables):
            # a listed line read as any marker after all, or a wrapped listed heading: read again, knowing the tables
            if rejected is not None:
                del rejected[noted:]
            return scan(fold, line_starts, para_starts, rejected, limit, found, wraps, flat_lines, salutes,
                        tables or False)
        if rejected is not None:
            _note_listed(fold, listed, rejected)
    return out


def _set_aside(fold: str, spans: list[tuple[int, int]], contents: str | Sequence[tuple[int, int]],
               rejected: list | None) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]] | None]:
    """The marker spans a later pass reads, without the lines of a table of contents: with ``contents`` "lines", each
    line-start marker whose line ends in a dot leader and a page number is set aside and listed as (start, end, page);
    with the tables' spans, every line-start marker inside one is dropped (noted in ``rejected``)."""
    kept: list[tuple[int, int]] = []
    listed: list[tuple[int, int, int, int]] | None = None
    regions = None if contents == "lines" else contents
    dropped = []
    for s, e in spans:
        if s and fold[s - 1] != "\n":
            kept.append((s, e))
        elif regions is None:
            le = fold.find("\n", e, e + _LISTED_REACH)
            if le < 0 and len(fold) <= e + _LISTED_REACH:
                le = len(fold)
            page = _listed_page(fold, e, le) if le > e and fold[le - 1] in _LISTED_LAST else None
            if page is None:
                kept.append((s, e))
            else:
                if listed is None:
                    listed = []
                listed.append((s, e, *page))
        elif any(a <= s <= b for a, b in regions):
            dropped.append((s, e, 0, 0))
        else:
            kept.append((s, e))
    if dropped and rejected is not None:
        _note_listed(fold, dropped, rejected)
    return kept, listed


def _note_listed(fold: str, listed: list[tuple[int, int, int, int]], rejected: list) -> None:
    """Note the markers of a table of contents' lines as set aside (for ``--stage markers``)."""
    for s, e, _, _ in listed:
        parsed = parse_marker(fold[s:e])
        if parsed is not None:
            rejected.append((s, e, fold[s:e], parsed[0], parsed[1], _LISTED_REASON))


_LISTED_REASON = "a table of contents' line (a dot leader, a page number)"
#: lines with a dot leader and a page number that make a table of contents without a label
MIN_LISTED = 3
#: lines (a listed heading wrapped onto two lines, a contents page's roman number) between two listed lines of one table
LISTED_GAP = 3


_DIGITS = "0123456789０１２３４５６７８９"
_TRAILING = _BLANKS + "\r"
_PAGE_ENDS = frozenset(_DIGITS + "\r")  # the last character of a line above a listed line (a set: p may be "")
#: a listed line's length at most: a heading (60), a leader, a page number
_LISTED_REACH = 120
_LISTED_LAST = _DIGITS + _TRAILING  # the last character of a listed line
# a listed heading's end: a dot leader, blanks, a page number, the line's end (``endpos``)
_LISTED_END = lazy(r"(?:…{2,}|[.…·．]{3,})[ \t\u3000]{0,4}(?P<page>[0-9０-９]{1,4})[ \t\u3000\xa0\r]*\Z")
_LEADER_DOTS = ".…·．"  # (a dot leader's last character)
_LISTED_HEAD = lazy(r"[^。！？!?；;]{0,60}")  # a listed heading holds no sentence end and is short
# what lies between two listed lines of one table: their page numbers, a wrapped heading, a page's roman number
_LISTED_BETWEEN = lazy(r"[^。！？!?；;]{0,400}")


def _listed_page(fold: str, e: int, le: int) -> tuple[int, int] | None:
    """The page number a table of contents prints at the end of the line ``fold[:le]`` whose marker ends at ``e``
    (一、工作回顾……3), and 0, or where its blank leader starts (一、工作回顾   3); or None."""
    k = le
    while k > e and fold[k - 1] in _TRAILING:  # (blanks after the number: rare)
        k -= 1
    if k == e or fold[k - 1] not in _DIGITS:
        return None
    d = k - 1
    while d > e and fold[d - 1] in _DIGITS:
        d -= 1
    b = e + len(fold[e:d].rstrip(_BLANKS)) if fold[d - 1] in _BLANKS else d
    if e < b < d and fold[b - 1] not in _LEADER_DOTS:
        # a leader of blanks only: two blanks or more, a tab or a full-width blank, before a page number of 1-3 digits
        # (一、工作回顾   3; a heading's own year or count has no blank run before it: 一、2024年, （三）加快建设3)
        if k - d > 3 or (d - b < 2 and fold[b] not in "\t\u3000") or _LISTED_HEAD.fullmatch(fold, e, b) is None:
            return None
        return int(fold[d:k]), b
    m = _LISTED_END.search(fold, e, le)
    if m is None or _LISTED_HEAD.fullmatch(fold, e, m.start()) is None:
        return None
    return int(m.group("page")), 0


def _restated(fold: str, run: list[tuple[int, int, int, int]]) -> bool:
    """Does the body below a table of contents head its parts with the titles it lists? Asked only where a listed
    line's leader is blanks (一、工作回顾   3), which a heading's own blank-separated number could mimic: more than
    half of the titles must open a line again after the table (behind a marker: 一、工作回顾)."""
    if not any(x[3] for x in run):
        return True  # a dot leader is evidence enough
    end = fold.find("\n", run[-1][1])  # (the last listed line's end)
    if end < 0:
        return False
    blank = [x for x in run if x[3]]  # (a line with a dot leader among them needs no restating)
    hits = 0
    for _, e, _, b in blank:
        title = fold[e:b].strip(_BLANKS)
        j = fold.find(title, end) if len(title) >= 2 else -1
        while j >= 0 and j - fold.rfind("\n", 0, j) > _RESTATED_REACH:
            j = fold.find(title, j + 1)
        hits += j >= 0
    return 2 * hits > len(blank)


#: the characters before a restated title on its line at most: a line break and a marker (（十二）)
_RESTATED_REACH = 6


_span = re.Match.span
_new = tuple.__new__  # a Candidate from its fields without NamedTuple's Python-level __new__


def _run_on(fold: str) -> bool:
    """Did the text lose its line breaks: lines of RUN_ON_LINE characters or more on average? (its line breaks counted
    a chunk at a time: a text of ordinary lines holds more than its length allows within its first chunk or two)"""
    n = len(fold)
    if n < RUN_ON_LINE:
        return False
    most, seen = n // RUN_ON_LINE, 0  # (the line breaks a text that lost them holds at most)
    for a in range(0, n, _RUN_ON_CHUNK):
        seen += fold.count("\n", a, a + _RUN_ON_CHUNK)
        if seen > most:
            return False
    return True


_RUN_ON_CHUNK = 4096


# a paragraph that sums up what came before closes the list above it
_SUMMING_UP = lazy(r"(?:总之|总而言之|综上所述|总的来说|总起来说|总括起来说?)[，,：:]")


_SUMMING_HEADS = frozenset({"总之", "总而", "综上", "总的", "总起", "总括"})  # what the scan stops at


#: a paragraph that opens by addressing a congress's deputies or members (各位代表！ 各位委员，), or the comrades with
#: an exclamation (同志们！), turns from one part of a report to the next: like a summing-up one, it closes the list
#: of items above it (a list after it belongs to the section, not to the last item)
_ADDRESSES = {"各位代表": "！!，,", "各位委员": "！!，,", "同志们": "！!"}


#: the numberings a list of notes uses after its 注： label (注：1、… 2、…; 注：（1）…)
_NOTE_STYLES = frozenset({"arabic_dun", "arabic_dot", "arabic_paren"})


def _after_note_label(fold: str, s: int) -> bool:
    """Does the marker at ``s`` follow a note label, 注： (or 备注：, 附注：; half-width colon too), with at most a few
    blanks or one line break between? (not 关注：, 标注：: a Han character other than 备 and 附 before 注 makes a word)"""
    j = _label_end(fold, s)
    if j < 0 or fold[j] != "注":
        return False
    b = fold[j - 1] if j else "\n"
    return not "\u3400" <= b <= "\u9fff" or b in "备附"


def _after_download_label(fold: str, s: int) -> bool:
    """Does the marker at ``s`` follow a label that names a box of download links (附件下载：, 相关下载：, 下载：), the label
    a short line's start (a site's box, not a sentence: …请登录网站下载：1.…)?"""
    j = _label_end(fold, s)
    if j < 1 or fold[j - 1:j + 1] != "下载":
        return False
    k = j - 1
    while k > 0 and j - k < _DOWNLOAD_LABEL and fold[k - 1] not in "\n。！？；：:!?;，,":
        k -= 1
    return (k == 0 or fold[k - 1] == "\n") and j - k < _DOWNLOAD_LABEL


_DOWNLOAD_LABEL = 8  # a download box's label is short: 附件下载, 相关文件下载


def _label_end(fold: str, s: int) -> int:
    """Where the label before the marker at ``s`` ends (its last character before a colon, the colon after at most
    a few blanks or one line break before ``s``, blanks between), or -1 where no colon stands there."""
    j = s - 1
    while j >= 0 and s - j <= 4 and fold[j] in _BLANKS_NL:
        j -= 1
    if j < 1 or fold[j] not in "：:":
        return -1
    j -= 1
    while j >= 0 and fold[j] in _BLANKS:
        j -= 1
    return j


#: ``Candidate.summed_up`` of the first member of a list that an attachment label opens (附件：1.…⏎2.…: a 公文's
#: 附件说明, after its body and before its signature): the document's own list, so it closes every open item (a
#: truthy int)
ATTACHED = 6


def _after_attachment_label(fold: str, s: int) -> bool:
    """Does the marker at ``s`` follow the label 附件： (half-width colon too) that opens its line, with at most a
    few blanks or one line break between (附件：1.…, or 附件： on the line above)?"""
    j = _label_end(fold, s)
    return j >= 1 and fold[j - 1:j + 1] == "附件" and _opens_paragraph(fold, j - 1)


def _opens_paragraph(fold: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and fold[k] in _BLANKS:
        k -= 1
    return k < 0 or fold[k] == "\n"


def _addresses(fold: str, salutes: Sequence[tuple[int, int]] | None = None) -> list[int]:
    """Where the paragraphs of ``fold`` that open with an address (_ADDRESSES) start, in order: read from the
    text's ``salutes`` (the spans of _SALUTE's matches, each ending in its punctuation) where given, else found by
    a ``str.find`` a word."""
    found: list[int] = []
    if salutes is not None:
        for a, b in salutes:
            after = _ADDRESSES.get(fold[a:b - 1])
            if after is not None and fold[b - 1] in after and _opens_paragraph(fold, a):
                found.append(a)
        return found
    for word, after in _ADDRESSES.items():
        i = fold.find(word)
        while i >= 0:
            j = i + len(word)
            if fold[j:j + 1] and fold[j] in after and _opens_paragraph(fold, i):
                found.append(i)
            i = fold.find(word, j)
    if len(found) > 1:
        found.sort()
    return found


_TURNS = frozenset(("问：", "问:", "答：", "答:"))
_TURN, _ABOVE = 1, 2
#: what follows 以上 where a paragraph that opens with it sums up what came before (以上我重点讲了…, 以上几点, 以上讲的,
#: 以上是…; not 以上数据, 以上人员: a note's or a table's subject)
_ABOVE_NEXT = frozenset("我讲是几这所就谈说各，,")


def _opened_between(fold: str, para_starts: Sequence[int], lo: int, s: int) -> int:
    """Does a paragraph that opens a transcript's turn (问：…, 答：…: _TURN) or sums up what came before (以上我重点讲了
    几个问题，…: _ABOVE) start after ``lo`` and at or before ``s`` (the paragraph of a new list's first marker, or one
    between it and the candidate before)? 0 where none does. A new speaker's list is not the item's before it (问：
    第一，…第二，… after the spokesman's announcements 一、…三、), nor is a list after the speaker's summing-up. Read
    only for a new list's first marker, over the few paragraphs since the candidate before (no pass over the text)."""
    for k in range(bisect_right(para_starts, lo), bisect_right(para_starts, s)):
        p = para_starts[k]
        if fold[p] in _BLANKS:
            p = len(fold[p:p + 8]) - len(fold[p:p + 8].lstrip(_BLANKS)) + p
        two = fold[p:p + 2]
        if two in _TURNS:
            return _TURN
        if two == "以上" and fold[p + 2:p + 3] in _ABOVE_NEXT and fold[p + 2:p + 3]:
            return _ABOVE
    return 0


def _sums_up(fold: str, i: int, run_on: bool | None) -> bool:
    """Does a paragraph open at ``i`` by summing up (总之，…)? In a text that lost its line breaks
    (:func:`_run_on`; None: not counted yet) a sentence end stands for the paragraph's start."""
    j = i - 1  # (where it stands is read first: most 总 are words, 总书记, 总体)
    while j >= 0 and fold[j] in _BLANKS:
        j -= 1
    if j >= 0 and fold[j] != "\n":
        if fold[j] not in "。！？!?" or not (_run_on(fold) if run_on is None else run_on):
            return False
    return _SUMMING_UP.match(fold, i) is not None


#: a heading line without a marker (存在的问题和不足): 2-20 characters, no digit, bracket, comma or end mark in it
_BARE_LINE = lazy(r"[^\n0-9０-９。！？；：:!?;，,、（）()《》〈〉【】\[\]<>|*#=\-—_/\\.．@~ \t\u3000]"
                  r"[^\n0-9０-９。！？；：:!?;，,、（）()《》〈〉【】\[\]<>|*#=\-—_/\\.．@~]{1,19}")
_ENDS_PARAGRAPH = ("。", "！", "？", "；", "!", "?", ";")
_CLOSING_QUOTES = "”’」』"


def _bare_heading(fold: str, prev_end: int, start: int) -> bool:
    """Does a heading line that carries no marker stand right above the line the marker at ``start`` opens (the
    character before it a line break), after a paragraph of body text below the line of the candidate that ends at
    ``prev_end`` (…完成改革任务20项。⏎存在的问题和不足⏎一是…)? Like a summing-up paragraph, it closes the list of items
    above it (decision 6 of the corpus README): the list it heads belongs to the enclosing section. Not a line a PDF,
    a wiki link or a bold span cut out of a sentence (the line before it must end one), nor a sub-head right under an
    item's own line (（一）扩大内需⏎着力激发消费⏎1.…: it heads a part of that item)."""
    head = _head_above(fold, prev_end, start)  # (prev_end, a candidate's end, is past the text's start)
    if head is None:
        return False  # the previous candidate's line, a line of body text (the most: one test each), or no heading
    ls = head[0] - 1
    lo = max(prev_end, ls - 64)
    above = fold[lo:ls].rstrip(_BLANKS_NL).rstrip(_CLOSING_QUOTES)
    # the line above ends a sentence, and it is a line of body text below the previous candidate's own line
    return above[-1:] in _ENDS_PARAGRAPH and fold.find("\n", prev_end, lo + len(above)) >= 0


def _head_above(fold: str, floor: int, start: int, label: bool = False) -> tuple[int, str] | None:
    """The line right above the line that ``start`` opens (blank lines skipped, not before ``floor``): its start and
    its text, when it is a heading line that carries no marker (2-24 characters, mostly ideographs, no digit, bracket,
    comma or end mark: :data:`_BARE_LINE`); with ``label``, a label line too, which ends in one colon (会议记录的特点：)."""
    end = start - 1
    ls = fold.rfind("\n", floor, end)
    while ls >= 0 and end - ls <= 2 and not fold[ls + 1:end].strip(_BLANKS):
        end = ls
        ls = fold.rfind("\n", floor, end)
    if end - ls > 24 or (ls < 0 and floor > 0):
        return None
    line = fold[ls + 1:end].strip(_BLANKS)
    if label and line[-1:] in "：:":
        line = line[:-1]
    if len(line) < 2 or _BARE_LINE.fullmatch(line) is None:
        return None
    han = sum(1 for ch in line if "\u3400" <= ch <= "\u9fff")
    return (ls + 1, line) if han * 5 >= 4 * len(line) else None


def _parallel_head(fold: str, out: Sequence[Candidate], start: int) -> bool:
    """Does a heading line without a marker stand right under the last item's own line, that item a statement (its line
    ends a sentence), in a list that itself opened right under such a heading line (組織依據⏎一、…。⏎二、…。⏎
    法定職權⏎1、…)? The two heads are parallel: the list the second one heads is no part of the last item. Either head
    may be a label that ends in a colon (记录头的内容有：⏎1、会议名称。⏎…⏎6、…签名。⏎会议记录的特点：⏎（一）…). (read where
    :func:`_bare_heading` found no body text between: the run holds nothing but its members, so its first one is found
    at once)"""
    last = out[-1]
    n = last[4]
    if n > len(out):
        return False
    first = out[-n]
    if first[3] != last[3] or first[4] != 1:
        return False  # (a member holding a list of its own would stand between: the run's first is not there)
    head = _head_above(fold, last[1], start, True)
    if head is None:
        return False
    own = fold[last[1]:head[0]].rstrip(_BLANKS_NL).rstrip(_CLOSING_QUOTES)
    if own[-1:] not in _ENDS_PARAGRAPH or "\n" in own:
        return False  # the last item's line is no statement, or body text lies between (_bare_heading's case)
    floor = out[-n - 1][1] if n < len(out) else 0
    return _head_above(fold, floor, first[0], True) is not None


_BRACKET_REACH = 160  # how far an open bracket may lie before a marker it holds


def _in_brackets(fold: str, pos: int, para: tuple[int, int] | None = None,
                 opens: str = "（(", closes: str = "）)") -> bool:
    """Is ``pos`` inside a bracket opened shortly before it, in its paragraph (``para``, the span of
    the lines a wrap joins) or else on its line, and closed after it?"""
    if para is not None:
        return _enclosed(fold, pos, max(para[0], pos - _BRACKET_REACH), min(para[1], pos + 4 * _BRACKET_REACH),
                         opens, closes)
    lo = max(0, pos - _BRACKET_REACH, fold.rfind("\n", max(0, pos - _BRACKET_REACH), pos) + 1)
    hi = fold.find("\n", pos, pos + 4 * _BRACKET_REACH)
    return _enclosed(fold, pos, lo, pos + 4 * _BRACKET_REACH if hi < 0 else hi, opens, closes)


_HEADING_LINE = lazy(rf"[ \t\u3000]*(?:[（(]?(?:[{_HAN}]{{1,3}}|[0-9０-９]{{1,3}})[、.．)），,]|第[{_HAN}]{{1,3}}[，,、是]|[{CIRCLED}]"
                     rf"|[{_HAN}]{{1,3}}[是要](?=[^，,、。]))")  # (a point's line, 二是…, that lost its end mark: an item)
_LINE_END = frozenset("。！？!?；;：:…”’」』）)】]》.．")
_WRAP_MIN = 40  # a line at least this long that stops mid-sentence was wrapped


_COLON_SKIP = " \t\u3000\n\r" + "".join(_DECOR)


#: ``Candidate.summed_up`` of a text's first candidate, a numbered paragraph (8. , 12、) with nothing but title or
#: chrome lines above it (:func:`_opens_text`): the page opens at it, far into its numbering (a truthy int; no list is
#: open before a first candidate, so nothing else reads it)
OPENS_TEXT = 5
_PARAGRAPH_STYLES = frozenset({"arabic_dot", "arabic_dun"})
_TEXT_INK = frozenset("。！？；!?;，,")
_OPENING_REACH = 400  # how far before a text's first marker its title and chrome lines may reach


def _opens_text(fold: str, start: int) -> bool:
    """Is the text before ``start`` (a first marker that opens its line) no more than title or chrome lines: no
    sentence end and no comma in it (a site's page label cuts a sentence of body text, which has them)?"""
    if start > _OPENING_REACH:
        return False
    head = fold[:start]
    return not any(ch in _TEXT_INK for ch in head) and head.rstrip(_BLANKS)[-1:] in ("\n", "")

#: ``Candidate.summed_up`` where a heading line without a marker (:func:`_bare_heading`) comes before the candidate: it
#: closes the innermost list of items like a summing-up paragraph, for a list of line-start points too (a truthy int)
BARE_HEAD = 3

#: ``Candidate.summed_up`` where the last line-start heading before the summing-up paragraph numbers a paragraph of
#: running text (三、欺压人是北京常见的事，…。我认为…): an item, not a section, so the paragraph closes it even at
#: depth 1 (a truthy int)
SUMS_PROSE = 2
_SENTENCE_END = lazy(r"[。！？!?]")
_PROSE_LINE = 400  # how far such a heading's line is read for the sentence end inside it


def _after_prose_item(fold: str, out: Sequence[Candidate], statement: bool = False) -> bool:
    """Is the last line-start heading marker of ``out`` (a few candidates back at most) an item of running text: its
    line goes on after the first sentence end? (read only for a candidate a summing-up paragraph comes before) With
    ``statement`` (a transcript's turn came before), a line that holds a sentence end at all: a statement, not a
    section's heading (三、…将于7月13日至18日对中国进行正式访问。 ⏎问：第一，…)."""
    for k in range(len(out) - 1, max(-1, len(out) - 9), -1):
        c = out[k]
        if c.context == "line" and c.style not in POINT_STYLES:
            j = fold.find("\n", c.end, c.end + _PROSE_LINE)
            line = fold[c.end:j if j >= 0 else c.end + _PROSE_LINE]
            m = _SENTENCE_END.search(line)
            return m is not None and (statement or m.end() < len(line.rstrip(_BLANKS)))
    return False


def _after_statements(fold: str, out: Sequence[Candidate], start: int) -> bool:
    """Does the new list at ``start`` follow a list of statements that a sentence of its own closed: a list a colon
    introduces (议程：1、…；2、…；3、…。), each member one clause that ends in a semicolon but the last, which
    ends in a sentence end, and more text after it (现在逐项进行。)? Its last member holds no list (a statement is no
    section): a list after it goes where the statements' list sits. (read for a list's first marker right after a
    member of another style; the run of statements holds nothing but its members, so its first one is found at once)"""
    last = out[-1]
    n = last[4]
    if start - last[1] > 2 * _STATEMENT or n > len(out):
        return False  # (most: the new list comes far after the last member, whose text then is no statement)
    first = out[-n]
    if not first[9] or first[4] != 1 or first[3] != last[3]:
        return False  # no colon introduces the run, or it does not open right there (a member holds a list)
    for k in range(len(out) - n, len(out) - 1):
        a, b = out[k], out[k + 1]
        if b[3] != last[3] or b[4] != a[4] + 1 or b[0] - a[1] > _STATEMENT \
                or _STATEMENT_CLAUSE.fullmatch(fold, a[1], b[0]) is None:
            return False
    return _STATEMENT_CLOSED.fullmatch(fold, last[1], start) is not None


_TOP_HEADS = frozenset({"han_dun", "han_cap"})  # the styles that head a report's sections (一、 壹、)
#: a statement's length at most (a list of statements: 议程：1、审议通过…名单；)
_STATEMENT = 120
# a member of a list of statements up to the next member: one clause that ends in a semicolon
_STATEMENT_CLAUSE = lazy(r"[^。！？!?；;\n]{1,120}[；;][ \t\u3000\xa0\n]*")
# the last member: one sentence, then a sentence of the text's own (the list is closed) before the new list
_STATEMENT_CLOSED = lazy(r"[^。！？!?；;\n]{1,120}[。!！][ \t\u3000\xa0\n]*[^ \t\u3000\xa0\n。！？!?；;][\s\S]*?[。！？!?]"
                         r"[ \t\u3000\xa0\n]*")


#: ``Candidate.intro`` of a line-start marker after a colon whose line ends with a semicolon (a truthy int: the decoding
#: keeps such a list inside the item whose text introduces it, even where the item is of its own style)
INTRO_ITEMS = 2
_ITEM_LINE = 120  # how far the line of such a marker is read for its semicolon


def _ends_in_semicolon(fold: str, e: int) -> bool:
    """Does the line that holds ``fold[e]`` end (within _ITEM_LINE characters) with a semicolon?"""
    j = fold.find("\n", e, e + _ITEM_LINE)
    return j > e and fold[j - 1] in "；;"


def _after_colon(fold: str, start: int) -> bool:
    """Does the text before ``start`` (blank lines skipped, and Markdown's decoration: the marker
    line's ``**``/``##`` and the line before's closing ``**``) end with a colon?"""
    # (stripped off a slice in C: a step of a Python loop for each blank, line end and mark cost ~10 times more)
    before = fold[start - 64 if start > 64 else 0:start].rstrip(_COLON_SKIP).rstrip("*_")
    return before[-1:] in ("：", ":")


_COLUMN_MIN = 16  # a printed line this wide or more, as wide as the lines above it, is a page's column line
_COLUMN_SLACK = 4  # how much lines of one column differ (doubled widths: two characters a typesetter's line
#                    breaking moves, a mark that may not open a line or a number kept whole)


def _printed(fold: str, a: int, b: int) -> int:
    """The printed width of ``fold[a:b]`` without its blanks at both ends, doubled (ASCII 1, any other 2)."""
    t = fold[a:b].strip(_BLANKS + "\r")
    return 2 * len(t) - len(t.encode("ascii", "ignore"))


def _column_line(fold: str, a: int, b: int) -> bool:
    """Is the line ``fold[a:b]`` (its start and the end of its ink) a PDF page's printed line: _COLUMN_MIN wide or
    more, as wide as two of the three lines above it (a paragraph's short last line may stand between) and none of
    them wider, two characters' slack (a column narrower than a web wrap: 28 or 34 characters)?"""
    width = _printed(fold, a, b)
    if width < 2 * _COLUMN_MIN:
        return False
    end = a - 1
    same = 0
    for _ in range(3):
        if end <= 0:
            break
        start = fold.rfind("\n", 0, end) + 1
        w = _printed(fold, start, end)
        if w > width + _COLUMN_SLACK:
            return False
        same += w >= width - _COLUMN_SLACK
        end = start - 1
    return same >= 2


def _cuts_sentence(fold: str, start: int, style: str) -> bool:
    """Does the line break before ``start`` cut a sentence (a long line ending mid-text)?"""
    i = start - 1
    while i >= 0 and fold[i] in _BLANKS:
        i -= 1
    if i < 0 or fold[i] != "\n":
        return False  # a virtual line start of a flattened line, or the text start
    j = i - 1
    while j >= 0 and fold[j] in _BLANKS:
        j -= 1
    if j < 0 or fold[j] == "\n" or fold[j] in _LINE_END or not "\u3400" <= fold[j] <= "\u9fff":
        return False
    line_start = fold.rfind("\n", 0, j) + 1
    if j + 1 - line_start < _WRAP_MIN and not _column_line(fold, line_start, j + 1):
        return False
    # a long heading line (一、…without 。) above a list of another style is a heading, not a
    # cut sentence; a line opening with a label of the same style (1、… 2、…) is a page label
    m = _HEADING_LINE.match(fold, line_start)
    above = parse_marker(m.group().strip(" \t\u3000")) if m else None
    return above is None or above[0] == style


_ORDINAL_FOLLOW = lazy(rf"第([{_HAN}]{{1,3}})")
_RANGE_FOLLOW = lazy(rf"([{_HAN}0-9０-９]{{1,3}})(?:[、，,至到]|[季个届月年日号倍名位天次])")


def _false_friend(fold: str, style: str, end: int, n: int) -> bool:
    """一、二季度, 第二、三季度, 十八、十九届, 第一、第二产业: a numeral list, not a marker.

    The next numeral must be larger: 一、一年来 is a heading that opens with 一年来. Counts and
    spans of years go in pairs of neighbours (二、三个月, 五、六年; 三、五年 too); a heading that
    opens with another number of years is a heading (一、五年工作的回顾). Calendar lists may skip
    (一、三季度, 十八、二十届).
    """
    if style == "ordinal" and fold[end - 1] == "、" and fold[end:end + 1] == "第":
        # 第一、第二、第三产业, 第一、第二批: ordinals that share the noun after the last, not a list of headings
        m = _ORDINAL_FOLLOW.match(fold, end)
        nxt = han_to_int(m.group(1)) if m else None
        return nxt is not None and nxt > n
    if style in ("han_dun", "arabic_dun", "ordinal") and fold[end - 1] == "、" \
            and fold[end:end + 1] in _RANGE_FOLLOW.first:  # (most titles open with no numeral)
        m = _RANGE_FOLLOW.match(fold, end)
        if m is None:
            return False
        nxt = han_to_int(m.group(1))
        if nxt is None:
            nxt = arabic_to_int(m.group(1))
        if nxt is None:
            return True
        if nxt <= n:
            return False
        return nxt == n + 1 or (n, nxt) == (3, 5) or fold[m.end(1):m.end(1) + 1] not in _SPAN_UNITS
    return False


#: units after a pair of numerals that only neighbours share (二、三个月, 五、六年), unlike a calendar list
_SPAN_UNITS = frozenset("年个倍名位天次")
