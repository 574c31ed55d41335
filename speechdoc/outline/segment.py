"""Speeches in a file, their titles and salutations, and sentence boundaries.

A file may hold several speeches (``…讲话稿合编``). A speech begins at a title line
(``在…会议上的讲话``, ``…工作报告``) that comes after body text; the same title
repeated at the top of a page (page title, heading) is one speech.

>>> text = "在全市工作会议上的讲话\\n同志们:\\n" + "今天开会。" * 80 + "\\n在全县大会上的讲话\\n同志们:\\n好。"
>>> [(s.title, s.salutation) for s in find_speeches(text, [])]
[('在全市工作会议上的讲话', '同志们:'), ('在全县大会上的讲话', '同志们:')]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from ..lazy import lazy
from ..text import survey

__all__ = ["SpeechCut", "find_speeches", "sentence_bounds"]

_TITLE = lazy(
    # (a line a bullet opens is an item of a list, an infobox field: • 中文名:1980年政府工作报告)
    r"(?![ \t\u3000]*[•·▪●◆■◇▶►])(?:"
    r"[^\n。！？!?；;《“]{0,24}?在[^\n。！？!?；;“”《》]{2,60}?(?:会议?|会|式|典礼|论坛|班)[上中]?的?"
    r"(?:讲话|讲话稿|报告|致辞|发言|主持词|动员讲话|总结讲话|讲话提纲)[^\n。！？!?；;，,]{0,12}"
    r"|[^\n。！？!?；;，,、]{0,40}(?:政府工作报告|代表大会上的报告)(?:[（(][^\n()（）]{1,12}[）)])?)"
)
_CJK_GAP = lazy(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")  # read only for a line with a space in it
_HEADLINE = lazy(r"[^\n。！？!?；;：:，,、]{4,40}")
_SALUTE = lazy(r"(?:同志们|各位代表|各位委员|各位领导|女士们、先生们|同志们、朋友们)[：:，,!！]")
# a line that only numbers the sample speeches of a page (一, 篇二, 【范文三】, 第四篇), right before a
# salutation: each sample is a speech of its own, without a title
_SAMPLE = lazy(r"[【\[（(]?(?:篇|范文|材料|例文)?[一二三四五六七八九十]{1,3}篇?[】\]）)]?"
                     r"|第[一二三四五六七八九十]{1,3}篇")
_SAMPLE_ENDS = frozenset("一二三四五六七八九十篇】]）)")  # the last character of every match of _SAMPLE
# a sample's title with its number on a collection page (市长安全生产讲话 篇2, …的讲话（篇二）): each sample
# is a speech of its own, salutation or not
_NUMBERED_SAMPLE = lazy(r"[^\n。！？!?；;：:，,]{2,40}?[ \t\u3000]{0,2}[【\[（(]?篇[ \t\u3000]?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[】\]）)]?")


def _numbered_sample(unit: str) -> bool:
    """Does ``unit`` match _NUMBERED_SAMPLE? (the cheap test first: most units hold no 篇)"""
    return "篇" in unit and _NUMBERED_SAMPLE.fullmatch(unit) is not None
#: a unit that opens with a heading's numbering (一、 （一） 1. 第一，) is a title only when a salutation
#: follows within this many characters (a compilation numbering its speeches); else it is a heading
_HEADED = lazy(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[、.．](?![0-9０-９])"
               r"|第[一二三四五六七八九十]{1,3}[，,、])")
_SALUTE_REACH = 200
_MIN_BODY = 300  # characters of body text that separate two speeches with the same title
_MIN_BODY_NEW_TITLE = 40  # ... or two speeches with different titles


_KEY_DROP = lazy(r"[\s\d年（）()]")


def _key(title: str) -> str:
    return _KEY_DROP.sub("", title)


class SpeechCut(NamedTuple):
    """Where a speech begins, its title line and its salutation (a tuple: made for ~700 instructions where
    a frozen dataclass's five fields cost ~5 k; this module makes it with :data:`_new`)."""

    start: int  # view offset where the speech begins (its first title line)
    title: str | None
    title_span: tuple[int, int] | None
    salutation: str | None
    salutation_span: tuple[int, int] | None


# every title line holds one of these words (a stray space from a PDF inside it is read as absent); they
# share no character with the salutations, and no match of either can start inside another
_TITLE_WORD = r"讲 ?话|报 ?告|致 ?辞|发 ?言|主 ?持 ?词"
_UNIT_MAX = 90  # a unit longer than this is no title and no headline
_BLANKS = " \t\u3000"


def _unit_at(fold: str, j: int, flats: Sequence[tuple[int, int]], flat_starts: Sequence[int]) -> tuple[int, int]:
    """The span of the unit that holds the inked character at ``j``: its physical line without the
    edge blanks (space, tab, ideographic space), or, in a flattened line, its space-separated piece."""
    k = bisect_right(flat_starts, j) - 1 if flats else -1  # (most texts have no flattened line: no bisect)
    if k >= 0 and j < flats[k][1]:
        ls, le = flats[k]
        a = fold.rfind(" ", ls, j)
        a = ls if a < 0 else a + 1
        b = fold.find(" ", j, le)
        b = le if b < 0 else b
    else:
        a = fold.rfind("\n", 0, j) + 1
        b = fold.find("\n", j)
        b = len(fold) if b < 0 else b
    while fold[a] in _BLANKS:
        a += 1
    while fold[b - 1] in _BLANKS:
        b -= 1
    return a, b


def _opens_unit(fold: str, s: int, flats: Sequence[tuple[int, int]], flat_starts: Sequence[int]) -> bool:
    """Does the inked character at ``s`` open its unit? (read back over the blanks before it only:
    a salutation inside a long line costs no scan of the line)"""
    k = bisect_right(flat_starts, s) - 1
    flat = k >= 0 and s < flats[k][1]
    skip = "\t\u3000" if flat else _BLANKS
    i = s - 1
    while i >= 0 and fold[i] in skip:
        i -= 1
    return i < 0 or fold[i] == "\n" or (flat and fold[i] == " ")


_INK_GAPS = " \t\u3000\n"  # what _ink_before reads past


def _ink_before(fold: str, pos: int) -> int:
    """The last character before ``pos`` that is not blank or a line end, or -1 (a window at a time)."""
    step = 64
    while pos > 0:
        lo = max(0, pos - step)
        kept = len(fold[lo:pos].rstrip(_INK_GAPS))
        if kept:
            return lo + kept - 1
        pos, step = lo, 2 * step
    return -1


# the marks that open a name or a quotation, and the mark that closes each
_SPLIT_CLOSE = {"《": "》", "“": "”", "「": "」", "『": "』", "〈": "〉"}


def _linked(fold: str, s: int, e: int) -> bool:
    """Is the line ``fold[s:e]`` a piece of a sentence that a wiki link (or a site's markup) put on a line of its
    own: the line before ends with an opening mark (《 “) and the line after opens with its closing one (》 ”)?
    (Wikisource copies print every linked name so: …毛主席发表了《⏎关于正确处理人民内部矛盾的问题⏎》这部…)"""
    if s < 2 or fold[s - 1] != "\n":
        return False
    close = _SPLIT_CLOSE.get(fold[s - 2])
    return close is not None and fold.startswith(close, e + 1) and fold[e:e + 1] == "\n"


def _is_title(unit: str) -> bool:
    # a PDF may leave a stray space inside a title (学习会讲 话稿): match as if it were not there
    squeezed = _CJK_GAP.sub("", unit) if " " in unit else unit
    return ("在" in squeezed or "报告" in squeezed) and _TITLE.fullmatch(squeezed) is not None


class _Salutes:
    """The salutations of a text (found once), asked for the first in a span."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in spans] if spans else []
        self.ends = [b for _, b in spans] if spans else []

    def first(self, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The span of the first salutation that lies in ``[start, end)``: what
        ``_SALUTE.search(fold, start, end)`` finds."""
        k = bisect_left(self.starts, start)
        if k < len(self.starts) and (end is None or self.ends[k] <= end):
            return self.starts[k], self.ends[k]
        return None


_NO_SALUTES = _Salutes([])  # (read only: the salutations of every text that has none)

#: Every title word ends in one of these characters and every salutation has one second (同志们, 各位…,
#: 女士们): characters rare in running text, which ``str.find`` finds at memory speed (a scan for the
#: marks' first characters, common ones, tests every character of the text at ~60 instructions each).
#: A title word is its characters before its last (each of which a stray space may follow: _TITLE_WORD),
#: read back from there without a pattern; a salutation is read by _SALUTE from its first character.
_WORD_ENDS = {"话": "讲", "告": "报", "辞": "致", "言": "发", "词": "主持"}
_SALUTE_SECONDS = {"志": "同", "位": "各", "士": "女"}
#: the word ends whose offsets cleaning's survey lists (where the fold is the input: ``listed`` of find_speeches),
#: not found by str.find: 言's low byte is 0 (its search has no memchr, ~4x slower), and memchr stops at every
#: character that shares 辞's or 词's low byte (one in ~120-150 of the dev corpus); each is rare in speeches, so
#: the survey stops at few (话 告 and the salutations' seconds are found faster by str.find than listed)
_LISTED_ENDS = "言辞词"
survey.list_offsets(_LISTED_ENDS)


def _marks(fold: str, listed: Sequence[int] | None = None) -> tuple[list[int], _Salutes]:
    """Where the title words start (every match of _TITLE_WORD), and the salutations (of _SALUTE). ``listed``:
    the offsets of _LISTED_ENDS's characters in the text ``fold`` was made from (cleaning's survey), where the
    fold holds either the same character or none of them (None: not known, each is searched for)."""
    words: list[int] = []
    for last, before in _WORD_ENDS.items():
        if listed is not None and last in _LISTED_ENDS:
            continue
        i = fold.find(last, 1)
        while i >= 0:
            if (p := _word_start(fold, i, before)) >= 0:
                words.append(p)
            i = fold.find(last, i + 1)
    for i in listed or ():
        last = fold[i]
        if i and last in _LISTED_ENDS and (p := _word_start(fold, i, _WORD_ENDS[last])) >= 0:  # (a mask took none)
            words.append(p)
    salutes: list[tuple[int, int]] = []
    for second, first in _SALUTE_SECONDS.items():
        i = fold.find(second, 1)
        while i >= 0:
            if fold[i - 1] == first and (m := _SALUTE.match(fold, i - 1)) is not None:
                salutes.append(m.span())
            i = fold.find(second, i + 1)
    words.sort()
    if not salutes:
        return words, _NO_SALUTES  # (most texts: no instance made)
    salutes.sort()
    return words, _Salutes(salutes)


def _word_start(fold: str, i: int, before: str) -> int:
    """Where the title word whose last character is ``fold[i]`` starts, its characters ``before`` that
    one (each perhaps followed by a space), or -1: no word ends there."""
    for ch in reversed(before):
        i -= 1
        if i > 0 and fold[i] == " ":
            i -= 1
        if i < 0 or fold[i] != ch:
            return -1
    return i


def _title_lines(fold: str, flat_lines: Sequence[tuple[int, int]], words: list[int],
                 salutes: _Salutes) -> list[tuple[int, int, str]]:
    """The title lines of ``fold`` in order, as (start, end, text).

    A unit (a line, or a piece of a flattened line: see _unit_at) is a title when it matches
    _TITLE; a subtitle (——在…大会上的报告) takes the headline-like units just above it (up to 3)
    as the title; a unit that numbers a sample speech (篇二) is a title when a salutation opens the
    next unit. Only the units that hold a title word or open with a salutation are read, found by
    a scan of the whole text: a text of a million short lines costs no step per line.
    """
    flats = sorted(flat_lines) if flat_lines else []
    flat_starts = [a for a, _ in flats] if flats else []
    found: list[tuple[int, int, tuple[int, int, str]]] = []  # (where it was decided, order, title)
    pos = 0
    for w in words:
        if w < pos:
            continue  # in the unit read last
        s, e = _unit_at(fold, w, flats, flat_starts)
        pos = e
        if e - s > _UNIT_MAX:
            continue  # (not cut out: a paragraph's line may be long)
        stripped = fold[s:e]
        if not (_is_title(stripped) or _numbered_sample(stripped)):
            continue
        if _linked(fold, s, e):
            continue  # 发表了《⏎在…会议上的报告⏎》之后: a name a wiki link put on its own line, inside its sentence
        if _HEADED.match(stripped) and not salutes.first(e, e + _SALUTE_REACH):
            continue  # 一、…座谈会上的讲话⏎1.…: a numbered heading that names a speech, not a title
        if stripped.startswith("——"):
            # a subtitle (——在…大会上的报告): the headline lines above it are the title
            recent: list[tuple[int, int]] = []
            at = s
            while len(recent) < 3 and (j := _ink_before(fold, at)) >= 0:
                a, b = _unit_at(fold, j, flats, flat_starts)
                unit = fold[a:b]
                if (b - a > _UNIT_MAX or not _HEADLINE.fullmatch(unit) or unit.startswith("——")
                        or _is_title(unit)):
                    break
                recent.insert(0, (a, b))
                at = a
            if recent:
                found.append((s, 1, (recent[0][0], recent[-1][1], fold[recent[0][0]:recent[-1][1]])))
                continue
        found.append((s, 1, (s, e, stripped)))
    for s in salutes.starts:
        if flats:
            if not _opens_unit(fold, s, flats, flat_starts) or (j := _ink_before(fold, s)) < 0:
                continue  # the salutation does not open its unit, or nothing comes before it
        else:  # (the same, inline, where no line is flattened: most texts)
            i = s - 1
            while i >= 0 and fold[i] in _BLANKS:
                i -= 1
            if i <= 0 or fold[i] != "\n":
                continue  # the salutation does not open its line, or nothing comes before it
            j = i - 1 if fold[i - 1] not in _INK_GAPS else _ink_before(fold, i)
            if j < 0:
                continue
        if fold[j] not in _SAMPLE_ENDS:
            continue  # (the unit before ends at j: most end otherwise, and are not read)
        a, b = _unit_at(fold, j, flats, flat_starts)
        if b - a <= 6 and _SAMPLE.fullmatch(fold, a, b):
            found.append((s, 0, (a, b, fold[a:b])))
    if len(found) < 2:
        return [found[0][2]] if found else []
    found.sort()
    return [title for _, _, title in found]


def find_speeches(fold: str, flat_lines: Sequence[tuple[int, int]],
                  listed: Sequence[int] | None = None, heard: list[tuple[int, int]] | None = None) -> list[SpeechCut]:
    """The speeches of ``fold`` (see the module's text); ``listed``: the offsets cleaning's survey listed of the
    characters of _LISTED_ENDS, if known (:attr:`speechdoc.text.clean.Marks.listed`). Given a list as ``heard``,
    the spans of every salutation of the text are added to it (the marker scan reads the ones that open a
    paragraph: :func:`speechdoc.outline.markers.scan`'s ``salutes``)."""
    words, salutes = _marks(fold, listed)
    if heard is not None and salutes.starts:
        heard.extend(zip(salutes.starts, salutes.ends))
    titles = _title_lines(fold, flat_lines, words, salutes) if words or salutes.starts else []
    if not titles:
        return _untitled(fold, salutes)
    cuts: list[tuple[int, int, int]] = []  # (first title start, chosen title start, end)
    last_end = 0
    prev_title = None
    # (each title's key made once; the keys and their counts are read only from the second title on)
    keys = {title: _key(title) for _, _, title in titles} if len(titles) > 1 else {}
    counts: dict[str, int] = {}
    if keys:
        for _, _, title in titles:
            counts[keys[title]] = counts.get(keys[title], 0) + 1
    families: dict[str, int] = {}
    first_ts = titles[0][0]
    head = _ink(fold, 0, first_ts)  # the ink above the first title (the first body; read again below)
    for ts, te, title in titles:
        body = _ink(fold, last_end, ts) if last_end else head  # (no title before: last_end is 0 only at the first)
        if body >= _MIN_BODY and (_running_header(fold, ts, te, title, prev_title, last_end, counts, families,
                                                  salutes, keys) if prev_title is not None
                                  else _header_in_sentence(fold, ts, te, salutes)):
            continue  # the title printed again at a page's top (a PDF's running header): one speech goes on
        if cuts and body >= _MIN_BODY_NEW_TITLE and _TITLE_LABEL.match(fold, ts, te) is not None:
            continue  # 本文标题:…的讲话 after the text: the page's footer names the page, it opens no speech
        # (a shorter title inside the one before is the page naming itself again: an infobox's
        # 中文名⏎政府工作报告 under 国务院政府工作报告, a table's 标题 line above 政 府 工 作 报 告)
        # (a new title opens a speech where text or a salutation came after the one before; read only where that
        # decides: the first title opens one, as does one a page of text after the one before)
        if not cuts or body >= _MIN_BODY or ((keys[title] not in keys[prev_title] or (  # (cuts: prev_title is set)
                title != prev_title and _numbered_sample(title)))  # (篇1 → 篇2: digits count)
                and (body >= _MIN_BODY_NEW_TITLE or salutes.first(last_end, ts) is not None)):
            cuts.append((ts, ts, te))
        elif body < 120:  # a repeat of the title just below the first: the nearer one names it
            cuts[-1] = (cuts[-1][0], ts, te)
        last_end = te
        prev_title = title
    # a title with no speech after it (a "related articles" list at the foot) starts nothing
    kept = []
    for i, cut in enumerate(cuts):
        nxt = cuts[i + 1][0] if i + 1 < len(cuts) else len(fold)
        # the page's own title, above the speech (cuts[0] opens at the first title); else the ink after the
        # title, read only as far as that decides
        if (i == 0 and head < _MIN_BODY) or _ink(fold, cut[2], nxt, _MIN_BODY_NEW_TITLE) >= _MIN_BODY_NEW_TITLE \
                or salutes.first(cut[2], min(nxt, cut[2] + 200)):
            kept.append(cut)
    cuts = kept
    out: list[SpeechCut] = []
    if cuts and (head if cuts[0][0] == first_ts else _ink(fold, 0, cuts[0][0])) >= _MIN_BODY \
            and _has_sentence(fold, cuts[0][0]):
        # a speech before the first title line: it has no title of its own, but it is not front matter
        # (text with no sentence in it, a page's menus and headline links, is front matter)
        out.append(_new(SpeechCut, (0, None, None, None, None)))
    if not cuts:
        return _untitled(fold, salutes)
    for i, (first, ts, te) in enumerate(cuts):
        limit = cuts[i + 1][0] if i + 1 < len(cuts) else len(fold)
        sal_span = salutes.first(te, min(limit, te + 200))
        # a sample's number is no title (the cheap test first: its last character)
        sample = fold[te - 1] in _SAMPLE_ENDS and _SAMPLE.fullmatch(fold, ts, te) is not None
        # 文章标题:在…会议上的讲话: a site's label is no part of it (the cheap test first: its first character)
        label = _TITLE_LABEL.match(fold, ts, te) if fold[ts] in _TITLE_LABEL.first else None
        if label is not None and label.end() < te:
            ts = label.end()
        out.append(_new(SpeechCut, (first, None if sample else fold[ts:te], None if sample else (ts, te),
                                    fold[sal_span[0]:sal_span[1]] if sal_span else None, sal_span)))
    return out


_new = tuple.__new__  # a SpeechCut from its fields without NamedTuple's Python-level __new__


def _untitled(fold: str, salutes: _Salutes) -> list[SpeechCut]:
    """The one speech of a text without a title line: it opens with the text (and its first salutation, if
    that opens a line)."""
    sal = salutes.first()
    sal_span = sal if sal and _at_line_start(fold, sal[0]) else None
    return [_new(SpeechCut, (0, None, None, fold[sal_span[0]:sal_span[1]] if sal_span else None, sal_span))]


#: marks that end a sentence (or a heading's line) before a title that starts a new speech
_ENDS_SENTENCE = frozenset("。！？!?；;：:…”’」』）)】]》")


def _running_header(fold: str, ts: int, te: int, title: str, prev_title: str, prev_end: int,
                    counts: dict[str, int], families: dict[str, int], salutes: _Salutes, keys: dict[str, str]) -> bool:
    """Is the title line at ``[ts, te)``, a page of text after the speech's title, a PDF's running header:
    that title (or one that holds it, or that it holds: 县委书记在…的讲话 over 在…的讲话) printed again at
    a page's top, with no salutation after it, and either inside a sentence that the page break cut (the
    text before it ends mid-sentence), or under a speech that opened with its salutation
    (a salutation within _SALUTE_REACH after ``prev_end``, where that title ended: a second speech would open
    so too), or printed three times or more in all?
    ``counts`` holds how often each title key occurs; ``families`` caches, for a speech's title key, how
    often it or a related one does; ``keys`` each title's key."""
    key, before = keys[title], keys[prev_title]
    if not key or not before or (key not in before and before not in key) or _numbered_sample(title):
        return False  # (a collection's next sample, 篇2, is no header: its number makes it another text)
    if salutes.first(te, te + _SALUTE_REACH) is not None:
        return False  # a speech of the same title (a compilation's second sample) opens with its salutation
    if salutes.first(prev_end, prev_end + _SALUTE_REACH) is not None:
        return True
    j = _ink_before(fold, ts)
    if j >= 0 and fold[j] not in _ENDS_SENTENCE:
        return True
    printed = families.get(before)
    if printed is None:  # (once a speech title: the keys related to it, in all)
        printed = families[before] = sum(n for k, n in counts.items() if k in before or before in k)
    return printed >= 3


def _header_in_sentence(fold: str, ts: int, te: int, salutes: _Salutes) -> bool:
    """Is the first title line at ``[ts, te)``, a page of the speech's text below the page's start, a PDF's running
    header printed inside a sentence of that text (…必须增强忧患意识，⏎在全县经济工作会议上的讲话⏎坚持底线思维。),
    where the page lost the speech's own title line above it? The text above holds sentences and breaks off
    mid-sentence: after a comma, or at a Han character that ends a long printed line; and no salutation follows (a
    speech that opens after an untitled one starts with its own)."""
    j = _ink_before(fold, ts)
    if j < 0:
        return False
    c = fold[j]
    if c not in "，,、" and not ("\u3400" <= c <= "\u9fff" and j - fold.rfind("\n", 0, j) > _WRAP_LINE):
        return False
    return salutes.first(te, te + _SALUTE_REACH) is None and _has_sentence(fold, ts)


_WRAP_LINE = 20  # a printed line at least this long that ends at a Han character was broken inside a sentence


_TITLE_LABEL = lazy(r"(?:文章|本文)?(?:标题|题目)[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}")
_INK_CHUNK = 1 << 16  # counted a slice at a time: a copy of the whole text would be 2-4 bytes a character


def _ink(text: str, start: int, end: int, enough: int = _MIN_BODY) -> int:
    """Characters other than white space in ``text[start:end]``, counted until there are ``enough``
    (every caller compares the count with _MIN_BODY or less): a slice at a time, growing."""
    ink = 0
    step = 256
    while start < end and ink < enough:
        stop = min(end, start + step)
        ink += sum(map(len, text[start:stop].split()))  # (str.split's white space is re's \s)
        start = stop
        step = min(2 * step, _INK_CHUNK)
    return ink


def _has_sentence(fold: str, end: int) -> bool:
    """Does ``fold[:end]`` end a sentence anywhere (。！？)? A speech does; a page's chrome (menus,
    headline links, 首页>>国情公报) need not."""
    return any(fold.find(mark, 0, end) >= 0 for mark in "。！？")


def _at_line_start(fold: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and fold[i] in " \t\u3000":
        i -= 1
    return i < 0 or fold[i] == "\n"


# a sentence ends after 。！？； (closing quotes stay with it) or a line end; blanks after it stay too
# (written to begin with one character class, which the re engine scans for ~3x faster than
# trying an alternation at every position: the same matches as ``(?:[。！？!?；;]{1,8}[”’」』）)]{0,4}|\n)``)
_SENT_END = lazy(r"[。！？!?；;\n](?:(?<=\n)|[。！？!?；;]{0,7}[”’」』）)]{0,4})[ \t\u3000\n\r]*")


def sentence_bounds(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``(start, end)`` where a new sentence begins (quotes stay whole)."""
    # matches are never empty and do not overlap: their ends rise, and only the last can reach ``end``
    out = [m.end() for m in _SENT_END.finditer(text, start, end)]
    if out and out[-1] >= end:
        out.pop()
    return out
