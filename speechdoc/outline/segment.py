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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..lazy import lazy

__all__ = ["SpeechCut", "find_speeches", "sentence_bounds"]

_TITLE = re.compile(
    r"[^\n。！？!?；;《“]{0,24}?在[^\n。！？!?；;“”《》]{2,60}?(?:会议?|会|式|典礼|论坛|班)[上中]?的?"
    r"(?:讲话|讲话稿|报告|致辞|发言|主持词|动员讲话|总结讲话|讲话提纲)[^\n。！？!?；;，,]{0,12}"
    r"|[^\n。！？!?；;，,、]{0,40}(?:政府工作报告|代表大会上的报告)(?:[（(][^\n()（）]{1,12}[）)])?"
)
_CJK_GAP = lazy(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")  # read only for a line with a space in it
_HEADLINE = re.compile(r"[^\n。！？!?；;：:，,、]{4,40}")
_SALUTE = re.compile(r"(?:同志们|各位代表|各位委员|各位领导|女士们、先生们|同志们、朋友们)[：:，,!！]")
# a line that only numbers the sample speeches of a page (一, 篇二, 【范文三】, 第四篇), right before a
# salutation: each sample is a speech of its own, without a title
_SAMPLE = lazy(r"[【\[（(]?(?:篇|范文|材料|例文)?[一二三四五六七八九十]{1,3}篇?[】\]）)]?"
                     r"|第[一二三四五六七八九十]{1,3}篇")
_MIN_BODY = 300  # characters of body text that separate two speeches with the same title
_MIN_BODY_NEW_TITLE = 40  # ... or two speeches with different titles


_KEY_DROP = re.compile(r"[\s\d年（）()]")


def _key(title: str) -> str:
    return _KEY_DROP.sub("", title)


@dataclass(frozen=True, slots=True)
class SpeechCut:
    start: int  # view offset where the speech begins (its first title line)
    title: str | None
    title_span: tuple[int, int] | None
    salutation: str | None
    salutation_span: tuple[int, int] | None


_INKED_LINE = re.compile(r"[^ \t\u3000\n](?:[^\n]*[^ \t\u3000\n])?")  # a line without its edge blanks
_INKED_PIECE = re.compile(r"[^ \t\u3000\n](?:[^ \n]*[^ \t\u3000\n])?")  # ... a space-separated piece


def _units(fold: str, flat_lines: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the physical lines, and of the space-separated pieces of flattened lines, without
    their edge blanks (space, tab, ideographic space); blank ones are left out. One at a time,
    found by a regex: a list would cost ~100 bytes a line, and a text of blank lines is mostly lines."""
    flats = sorted(flat_lines)
    k = 0
    for m in _INKED_LINE.finditer(fold):
        s = m.start()
        while k < len(flats) and flats[k][1] <= s:
            k += 1
        if k < len(flats) and flats[k][0] <= s:  # a flattened line: its pieces
            for piece in _INKED_PIECE.finditer(fold, s, flats[k][1]):
                yield piece.span()
            k += 1
        else:
            yield s, m.end()


def find_speeches(fold: str, flat_lines: Sequence[tuple[int, int]]) -> list[SpeechCut]:
    titles: list[tuple[int, int, str]] = []
    recent: list[tuple[int, int]] = []  # short headline-like lines just seen
    sample: tuple[int, int] | None = None  # the line before, if it numbers a sample speech
    for s, e in _units(fold, flat_lines):
        if sample is not None and _SALUTE.match(fold, s, e):
            titles.append((*sample, fold[sample[0]:sample[1]]))
        sample = (s, e) if e - s <= 6 and _SAMPLE.fullmatch(fold, s, e) else None
        if e - s > 90:  # too long for a title or a headline
            recent = []
            continue
        stripped = fold[s:e]
        # a PDF may leave a stray space inside a title (学习会讲 话稿): match as if it were not there
        squeezed = _CJK_GAP.sub("", stripped) if " " in stripped else stripped
        if ("在" in squeezed or "报告" in squeezed) and _TITLE.fullmatch(squeezed):
            if stripped.startswith("——") and recent:
                # a subtitle (——在…大会上的报告): the headline lines above it are the title
                titles.append((recent[0][0], recent[-1][1], fold[recent[0][0]:recent[-1][1]]))
            else:
                titles.append((s, e, stripped))
            recent = []
            continue
        if _HEADLINE.fullmatch(stripped) and not stripped.startswith("——"):
            recent = (recent + [(s, e)])[-3:]
        else:
            recent = []
    cuts: list[tuple[int, int, int]] = []  # (first title start, chosen title start, end)
    last_end = 0
    prev_title = None
    for ts, te, title in titles:
        body = _ink(fold, last_end, ts)
        new_title = prev_title is not None and _key(title) != _key(prev_title)
        spoken = body >= _MIN_BODY_NEW_TITLE or _SALUTE.search(fold, last_end, ts) is not None
        if not cuts or body >= _MIN_BODY or (new_title and spoken):
            cuts.append((ts, ts, te))
        elif body < 120:  # a repeat of the title just below the first: the nearer one names it
            cuts[-1] = (cuts[-1][0], ts, te)
        last_end = te
        prev_title = title
    # a title with no speech after it (a "related articles" list at the foot) starts nothing
    kept = []
    for i, cut in enumerate(cuts):
        nxt = cuts[i + 1][0] if i + 1 < len(cuts) else len(fold)
        after = _ink(fold, cut[2], nxt)
        top = i == 0 and _ink(fold, 0, cut[0]) < _MIN_BODY  # the page's own title, above the speech
        if top or after >= _MIN_BODY_NEW_TITLE or _SALUTE.search(fold, cut[2], min(nxt, cut[2] + 200)):
            kept.append(cut)
    cuts = kept
    out: list[SpeechCut] = []
    if cuts and _ink(fold, 0, cuts[0][0]) >= _MIN_BODY:
        # a speech before the first title line: it has no title of its own, but it is not front matter
        out.append(SpeechCut(0, None, None, None, None))
    if not cuts:
        sal = _SALUTE.search(fold)
        sal_span = (sal.start(), sal.end()) if sal and _at_line_start(fold, sal.start()) else None
        return [SpeechCut(0, None, None, fold[sal_span[0]:sal_span[1]] if sal_span else None, sal_span)]
    for i, (first, ts, te) in enumerate(cuts):
        limit = cuts[i + 1][0] if i + 1 < len(cuts) else len(fold)
        sal = _SALUTE.search(fold, te, min(limit, te + 200))
        sal_span = (sal.start(), sal.end()) if sal else None
        sample = _SAMPLE.fullmatch(fold, ts, te) is not None  # a sample's number is no title
        out.append(SpeechCut(first, None if sample else fold[ts:te], None if sample else (ts, te),
                             fold[sal.start():sal.end()] if sal else None, sal_span))
    return out


_BLANK = re.compile(r"\s+")
_INK_CHUNK = 1 << 16  # counted a slice at a time: a copy of the whole text would be 2-4 bytes a character


def _ink(text: str, start: int, end: int, enough: int = _MIN_BODY) -> int:
    """Characters other than white space in ``text[start:end]``, counted until there are ``enough``
    (every caller compares the count with _MIN_BODY or less): a slice at a time, growing."""
    ink = 0
    step = 256
    while start < end and ink < enough:
        stop = min(end, start + step)
        ink += stop - start - sum(map(len, _BLANK.findall(text, start, stop)))
        start = stop
        step = min(2 * step, _INK_CHUNK)
    return ink


def _at_line_start(fold: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and fold[i] in " \t\u3000":
        i -= 1
    return i < 0 or fold[i] == "\n"


# a sentence ends after 。！？； (closing quotes stay with it) or a line end; blanks after it stay too
# (written to begin with one character class, which the re engine scans for ~3x faster than
# trying an alternation at every position: the same matches as ``(?:[。！？!?；;]{1,8}[”’」』）)]{0,4}|\n)``)
_SENT_END = re.compile(r"[。！？!?；;\n](?:(?<=\n)|[。！？!?；;]{0,7}[”’」』）)]{0,4})[ \t\u3000\n\r]*")


def sentence_bounds(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``(start, end)`` where a new sentence begins (quotes stay whole)."""
    # matches are never empty and do not overlap: their ends rise, and only the last can reach ``end``
    out = [m.end() for m in _SENT_END.finditer(text, start, end)]
    if out and out[-1] >= end:
        out.pop()
    return out
