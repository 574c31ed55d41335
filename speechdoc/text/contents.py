"""A site's table of contents: the ``目录/提纲:`` block that lists the headings before the body.

Pages on speech sites often open with the outline of the text (``目錄/提綱:……`` and one
line per heading) and then the text itself, which repeats those headings. The listed
lines are page chrome: read as headings they would put every section in twice and
push the body's own series out of place. The block becomes one noise record of kind
``toc``.

A label alone is no evidence (``提纲:`` may open a document that *is* an outline), so
a block is a table of contents only when

* its lines *recur* later as lines of the body (the body repeats the headings), or
* it is a run of short marker lines directly after the label and the body starts the
  same list again (its first marker, ``一、``, opens a later line), or
* the site framed it with its own ellipsis (``目录/提纲:……`` … ``……``) around marker lines, or
* it is printed: most listed lines end in a page number (after a dot leader or blanks), and the
  numbers grow (the body may lie beyond the excerpt), or
* it is a run of marker lines that the speech's salutation (``各位代表：``) follows within a few
  lines: the speech opens after the list, so the list is not its body (the body may lie beyond the excerpt).

A listed line is short (at most :data:`MAX_ENTRY` characters), holds no sentence end
(。！？；) and does not end in a colon (``各位代表:`` opens the body). Lines after the
last line with evidence (a recurring line, a marker line, the closing ellipsis) stay
text: a short body title right after the block is not swallowed.

>>> fold = "目录:\\n一、认清形势\\n二、突出重点\\n各位代表:\\n一、认清形势\\n今年经济平稳。\\n二、突出重点\\n"
>>> [(fold[s:e]) for s, e in find(fold)]
['目录:\\n一、认清形势\\n二、突出重点']
>>> find("提纲:\\n一、认清形势\\n二、突出重点\\n")   # the outline is the whole text: no body repeats it
[]
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from ..lazy import lazy
from .boilerplate import LINE_TRIM

__all__ = ["find", "MAX_ENTRY", "MAX_ENTRIES", "MAX_LABELS"]

#: a listed heading is short; a longer line is body text
MAX_ENTRY = 60
#: a table of contents longer than this is not looked at further (bounds the work per label)
MAX_ENTRIES = 200
#: labels looked at in one text (a page has one table of contents, a compilation a few): bounds the work
MAX_LABELS = 16

# 目录 / 提纲 / 目录/提纲 / 【目录】 / 文章目录：… (on the folded, simplified view); compiled at the
# first text with a label word near a line start (~4 ms, most texts have none)
_LABEL = (
    r"[【\[〔(（]?[ \t\u3000]{0,2}(?:文章|本文|内容)?(?:目[ \t\u3000]{0,2}录|目次|提[ \t\u3000]{0,2}纲)"
    r"(?:[ \t\u3000]{0,2}[/／、与和及][ \t\u3000]{0,2}(?:目[ \t\u3000]{0,2}录|提[ \t\u3000]{0,2}纲))?"
    r"[ \t\u3000]{0,2}[】\]〕)）]?[ \t\u3000]{0,2}[:：]?[ \t\u3000]{0,2}(?P<rest>.*)"
)
_FILLER = lazy(r"[.。…·．\- \t\u3000]{2,40}")
_MARKER = lazy(
    r"(?:第[一二三四五六七八九十]{1,3}[，,、部章节]?"
    r"|[一二三四五六七八九十]{1,3}[，,]?[、.．]"
    r"|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)][、.．]?"
    r"|[0-9０-９]{1,3}(?:[.．、](?![0-9０-９])|[）)])"
    r"|[\u2460-\u2473])"
)
_SENTENCE_END = lazy(r"[。！？!?；;]")
# a salutation line (各位代表： 同志们： 尊敬的各位领导、同志们：) on the folded view
_SALUTATION = lazy(r"[^。！？!?；;：:]{0,20}(?:同志们|代表|委员|领导|来宾|朋友们|先生们)[：:，,！!]")
#: lines (a title, a byline) that may stand between the listed headings and the salutation
SALUTATION_REACH = 3
_SPACES = lazy(r"[\s\u3000\xa0]+")
# a page number after a dot leader: 一、工作回顾……3, 一、工作回顾 .... 12
_LEADER = lazy(r"(?:[.…·．]{2,}[ \t\u3000]{0,4}|[ \t\u3000]{1,4})(?P<page>[0-9０-９]{1,4})$")


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    return re.compile(_LABEL)


_PLAIN = lazy(r"[^\s\u3000\xa0.…·．]*")  # a line with nothing _key would remove


def _key(line: str) -> str:
    """The comparable text of a line: no page number after a leader, no blanks."""
    if _PLAIN.fullmatch(line):
        return line
    return _SPACES.sub("", _LEADER.sub("", line))


def _marker(line: str) -> str | None:
    m = _MARKER.match(line)
    return None if m is None else _SPACES.sub("", m.group()).replace("(", "（").replace(")", "）")


class _Later:
    """Where each short line and each line-start marker last occurs (built once, on demand), and each short line's
    key and marker (the block's lines read them again)."""

    def __init__(self, fold: str, lines: list[tuple[int, int]]) -> None:
        self.line_last: dict[str, int] = {}
        self.marker_last: dict[str, int] = {}
        self.keys: list[str] = [""] * len(lines)  # ("": a long line, never read)
        self.markers: list[str | None] = [None] * len(lines)
        for i, (s, e) in enumerate(lines):
            if e - s > MAX_ENTRY + 20:  # neither a heading nor a listed line
                continue
            line = fold[s:e]
            key = self.keys[i] = _key(line)
            self.line_last[key] = i
            mk = self.markers[i] = _marker(line)
            if mk:
                self.marker_last[mk] = i


def _entry(line: str) -> bool:
    return (len(line) <= MAX_ENTRY and not _SENTENCE_END.search(line)
            and line[-1] not in ":：" and _label().fullmatch(line) is None)


def _words(fold: str) -> list[int]:
    """Where 录, 纲 and 目次 stand (a label holds one): found by ``str.find``, at memory speed (目次 by its
    rarer 次)."""
    out = []
    for word in ("录", "纲", "次"):
        i = fold.find(word)
        while i >= 0:
            if word != "次":
                out.append(i)
            elif i and fold[i - 1] == "目":
                out.append(i - 1)
            i = fold.find(word, i + 1)
    return out


def _near_a_line_start(fold: str, i: int) -> bool:
    """Does ``fold[i]`` stand within a label's reach of a line start? (a window: a long line costs no rescans)"""
    return i <= 12 or fold.rfind("\n", i - 13, i) >= 0


def find(fold: str, lines: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """View spans of the tables of contents in ``fold``; ``lines`` are its trimmed non-blank lines."""
    words = _words(fold)
    if not words:
        return []
    if not any(_near_a_line_start(fold, i) for i in words):  # (a cheap test before the line scan)
        return _flattened(fold, words) if lines is None else []
    if lines is None:
        if not any(_label_line_at(fold, i) for i in words):
            return _flattened(fold, words)  # no line that holds a label word is a label: no line is
        lines = _lines(fold)
    return _find_in(fold, list(lines))


#: a label word after this many blanks on a long line may open a table of contents that lost its line breaks
_FLAT_GAP = lazy(r"[ \t\u3000]{1,8}")
_FLAT_PIECE = lazy(r"[^ \t\u3000\n]+")


def _flattened(fold: str, words: list[int]) -> list[tuple[int, int]]:
    """The tables of contents on the long lines of a page that lost its line breaks (a PDF dump
    flattened onto one line, a page whose paragraphs were joined by a blank): the label stands after
    a blank (``…12:22:00 目录/提纲:…… 一、工作回顾 二、…… 各位代表:``), each blank-separated piece is
    read as a line, and the evidence is the lines' (:func:`_block`)."""
    out: list[tuple[int, int]] = []
    done = -1
    for i in words[:MAX_LABELS]:
        if i < done:
            continue
        a = fold.rfind("\n", 0, i) + 1
        b = fold.find("\n", i)
        b = len(fold) if b < 0 else b
        done = b
        if b - a <= MAX_ENTRY:
            continue  # a short line is read as a line
        # (the label opens a piece: the blank before it is looked for near the word)
        k = max(a, i - 13)
        if _FLAT_GAP.search(fold, k, i) is None:
            continue
        pieces = [m.span() for m in _FLAT_PIECE.finditer(fold, a, b)]
        out.extend(_find_in(fold, pieces))
    return out


def _find_in(fold: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tables of contents among ``lines`` (trimmed, non-blank)."""
    later: _Later | None = None
    out: list[tuple[int, int]] = []
    labels = 0
    i = 0
    while i < len(lines) and labels < MAX_LABELS:
        s, e = lines[i]
        label = _is_label(fold, s, e)
        if label is None:
            i += 1
            continue
        labels += 1
        if later is None:
            later = _Later(fold, lines)
        end = _block(fold, lines, i, label.group("rest"), later)
        if end is None:
            i += 1
            continue
        out.append((s, lines[end][1]))
        i = end + 1
    return out


def _is_label(fold: str, s: int, e: int) -> re.Match[str] | None:
    """The label that the line ``fold[s:e]`` is, if it is one."""
    return _label().fullmatch(fold, s, e) if e - s <= MAX_ENTRY else None


_clean_lines: Callable[[str], Iterator[tuple[int, int]]] | None = None


def _lines(fold: str) -> Iterator[tuple[int, int]]:
    """The trimmed non-blank lines of ``fold``, as cleaning reads chrome from them (clean._lines, found
    at the first call: clean imports this module. An import statement at each call cost ~10 µs: it asks
    clean for ``__path__``, which clean's module ``__getattr__`` refuses by raising.)"""
    global _clean_lines
    if _clean_lines is None:
        from .clean import _lines as _clean_lines
    return _clean_lines(fold)


def _label_line_at(fold: str, i: int) -> bool:
    """Is the line that holds ``fold[i]``, trimmed as cleaning reads lines, a label?"""
    ahead = fold[i:i + MAX_ENTRY + 1]  # (fold[i], a label word's character, is ink: the trimmed line holds it)
    if len(ahead.rstrip(LINE_TRIM)) > MAX_ENTRY and "\n" not in ahead:
        return False  # ink MAX_ENTRY characters on in its line: too long for a label (纲 of 纲要 mid-paragraph), not
        # looked for to the paragraph's ends (a line break's memchr stops at every 上, U+4E0A: its low byte)
    a = fold.rfind("\n", 0, i) + 1
    b = fold.find("\n", i)
    line = fold[a:len(fold) if b < 0 else b]
    if len(line.strip(LINE_TRIM)) > MAX_ENTRY:
        return False  # trimmed as cleaning trims its lines (LINE_TRIM), too long for a label: not read line by line
    return any(_is_label(fold, a + s, a + e) for s, e in _lines(line))


def _block(fold: str, lines: list[tuple[int, int]], i: int, rest: str, later: _Later) -> int | None:
    """Index of the last line of the table of contents labelled at line ``i``, or None."""
    framed = bool(rest) and _FILLER.fullmatch(rest) is not None
    if rest and not framed:
        return None  # 目录 followed by running text on its line is not a label
    seen: set[str] = set()
    last_evidence = None
    recurring = markers = entries = listed = 0  # listed: entries up to the last with evidence
    first_marker = None
    closed = False
    pages: list[int] = []  # the page numbers printed after listed lines (一、工作回顾……3), in order
    j = i + 1
    while j < len(lines) and j - i <= MAX_ENTRIES:
        s, e = lines[j]
        line = fold[s:e]
        if _FILLER.fullmatch(line):  # the site's closing ellipsis ends the block
            closed = entries > 0
            if closed:
                last_evidence = j
            break
        if not _entry(line):
            break
        key = later.keys[j]  # (a listed line is short: its key and marker are read once, by _Later)
        if key in seen:
            break  # the body has started: it repeats a listed heading
        seen.add(key)
        entries += 1
        mk = later.markers[j]
        recurs = later.line_last.get(key, -1) > j
        if mk and first_marker is None:
            first_marker = mk
        page = _LEADER.search(line.rstrip("*_"))  # 一、工作回顾 3 in a Markdown bold line
        if page is not None:
            pages.append(int(page.group("page")))
        if recurs or mk or page is not None:
            last_evidence, listed = j, entries
            recurring += recurs
            markers += bool(mk)
        j += 1
    if last_evidence is None:
        return None
    body_restarts = first_marker is not None and later.marker_last.get(first_marker, -1) > last_evidence
    marker_run = markers >= 2 and markers == listed
    if recurring >= 1 and listed >= 2:
        return last_evidence
    if marker_run and (body_restarts or (framed and closed)):
        return last_evidence
    if marker_run and j < len(lines) and j - last_evidence <= SALUTATION_REACH \
            and _SALUTATION.fullmatch(fold, *lines[j]):
        return last_evidence
    # a printed table of contents: most listed lines end in a page number, and the numbers grow
    # (the body may lie beyond the excerpt, so nothing need recur)
    if len(pages) >= 3 and 2 * len(pages) >= listed and all(a <= b for a, b in zip(pages, pages[1:])):
        return last_evidence
    return None
