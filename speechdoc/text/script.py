"""The script fold: a simplified-script copy of a text, character for character, to match on.

OpenCC's ``t2s`` converts by dictionary, so a line changes only where it holds a key that
converts to something else. Every such key holds a *trigger*: a key of one character that
converts (a few thousand, 們 國 …), or one character of the few longer keys that hold none of
those (沈 of 深沈 → 深沉, read as a trigger only inside such a key: 沈阳 stays). The table is in
:mod:`speechdoc.text.t2s_triggers`, made from the dictionaries by ``tools/t2s_triggers.py``.
Most texts are in simplified script and hold none: they are their own fold, found by one scan
in C. A traditional text is converted a run of lines at a time, the lines with a trigger and
the short ones between them; the rest is copied (~2.5x less work on the dev corpus).

The result is OpenCC's on the whole text, line by line (no dictionary key holds a line end).
The table is used only while the installed dictionaries are the ones it was made from
(:func:`fingerprint`); otherwise every text is converted whole, as OpenCC would.

>>> fold_script("我們的目標\\n我们的目标")
'我们的目标\\n我们的目标'
"""
from __future__ import annotations

import os
import re
import sys
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Callable

from ..lazy import lazy

__all__ = ["fold_script", "fold_at", "trigger_class", "astral_triggers", "trigger_search", "convert_lines",
           "opencc_lines", "may_hold_astral",
           "dictionary_files", "fingerprint", "FOLDED_NUMERALS"]

#: the numerals of the marker scan that the fold changes (traditional forms, 兩 → 两): triggers of the fold, which
#: cleaning's survey finds itself, so its copy of the scan leaves them out (:func:`speechdoc.outline.markers.scan_source`)
FOLDED_NUMERALS = "兩貳參叄陸"

#: A run of lines converted in one call is cut after this many characters: OpenCC takes ~9 bytes
#: per character of what it is given (on a large document that was the peak of the whole parse)
RUN_MAX = 1 << 16
#: A trigger this close after a run's end takes its line into the run: a call costs about what
#: converting ~70 characters does, so a traditional text is read in a few calls, not one a line
NEAR = 256

#: After this many lines in a row each with a trigger near, a run takes as much again as it holds (up to
#: RUN_MAX) without a step a line: a line without a trigger converts to itself, so the result is the same,
#: and a traditional text is read in a few steps, not one a line (a step costs what converting ~10
#: characters does; the lines taken unread cost at most what the run before them did)
DENSE = 8

_SURROGATE = lazy("[\ud800-\udfff]")


@lru_cache(maxsize=1)
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


def _convert(text: str) -> str:
    return _opencc().convert(text)


def convert_lines(text: str) -> str:
    """OpenCC's conversion of ``text``, the same length (see :func:`opencc_lines`). The lines of a text of the BMP
    that hold no key of :data:`.t2s_triggers.DIVERGENT` (nor a character the normalization changes) are converted
    a character at a time as OpenCC would, by ``str.translate`` (:func:`_by_character`), the others by OpenCC (no
    key holds a line end: OpenCC converts a text as it converts each of its lines). In a parse OpenCC's call costs
    ~2x its time in a loop (its dictionaries fall out of the caches between two texts), the table's ~1x."""
    chars = _by_character()
    if chars is None or may_hold_astral(text):
        return opencc_lines(text)
    table, keys, at_key = chars
    m = keys(text)
    if m is None:  # (most traditional texts: none of the keys' characters)
        return text.translate(table)
    parts = []
    done = 0  # (text[:done] is converted, in parts)
    while m is not None:
        i = m.end()
        around = at_key.get(text[i - 1])
        if around is None or _around(around)(text, i) is not None:  # (a character of the normalization, a key)
            a = text.rfind("\n", done, i) + 1 or done
            b = text.find("\n", i) + 1 or len(text)
            parts.append(text[done:a].translate(table))
            parts.append(opencc_lines(text[a:b]))
            done = i = b
        m = keys(text, i)
    if not parts:
        return text.translate(table)
    parts.append(text[done:].translate(table))
    return "".join(parts)


def opencc_lines(text: str) -> str:
    """OpenCC's conversion of ``text``, the same length: a line it would make longer or shorter
    is converted a character at a time, and a lone surrogate (which OpenCC refuses) reads as ``?``."""
    try:
        out = _convert(text)
        safe = text
    except UnicodeEncodeError:  # (the text must be read as UTF-8 to be converted)
        safe = _SURROGATE.sub("?", text)
        out = _convert(safe)
    if len(out) == len(text):
        return out
    parts = []
    for line in safe.splitlines(keepends=True):
        conv = _convert(line)
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := _convert(c)) == 1 else c for c in line)
        parts.append(conv)
    out = "".join(parts)
    return out if len(out) == len(text) else safe


#: the size of a str of 4 bytes a character, less those bytes (see may_hold_astral)
_WIDE_HEADER = sys.getsizeof("\U00010000") - 8
_CPYTHON = sys.implementation.name == "cpython"


def may_hold_astral(text: str) -> bool:
    """May ``text`` hold a character outside the BMP? CPython keeps a str in 1, 2 or 4 bytes a character, the
    fewest its widest character needs (PEP 393): its size says so without a scan. A class scan costs ~1 ns a
    character more for a range of astral characters (re tests it apart from the BMP's table): ~2 % of a parse.
    (Elsewhere, or for a subclass of str: yes.)"""
    if type(text) is not str or not _CPYTHON:
        return True
    return sys.getsizeof(text) >= _WIDE_HEADER + 4 * (len(text) + 1)


#: the normalization's keys in the BMP (CJK compatibility ideographs, 﨑 → 崎) are of this range: a text that holds one is
#: converted by OpenCC, where a key of DIVERGENT may stand once they are normalized
_COMPATIBILITY = "\uf900-\ufaff"


@lru_cache(maxsize=1)
def _by_character() -> tuple[list[int], Callable[..., "re.Match[str] | None"], dict[str, str]] | None:
    """The table by which ``str.translate`` converts a text of the BMP a character at a time as OpenCC does (each
    trigger to what OpenCC gives for it alone, a lone surrogate to ``?`` as :func:`opencc_lines` reads it, every
    other character to itself), and the search for what a text must not hold to be converted so: a key of
    :data:`.t2s_triggers.DIVERGENT` (a key whose value is not its characters' one by one: 憑藉 → 凭借), a character of
    the normalization. None where the table is not trusted (:func:`_tables`).

    A text without those is converted by OpenCC as its characters are one at a time: a key OpenCC takes whole at a
    place converts as its characters do. Each key is looked for by one of its characters, the rarest in official
    prose (of a name, 乾 of 乾隆, not 隆; 陵 of 於陵子, not 於): the search stops at few places of a traditional text."""
    tables = _tables()
    if tables is None:
        return None
    from .load import _COMMON_SIMPLIFIED, _COMMON_TRADITIONAL
    from .t2s_triggers import DIVERGENT, TRIGGERS

    values = _convert("\n".join(TRIGGERS)).split("\n")  # (no key holds a line end)
    if len(values) != len(TRIGGERS) or any(len(v) != 1 for v in values):
        return None
    # (a list of ints, an object each, ~2.3 MB: a str of the 65,536 characters (256 KB) makes a str object a character
    # it converts, +1.9 M instructions a seeds pass (+7 %) and ~40 us in it; the list's memory is a constant, like
    # OpenCC's dictionaries: bench_hostile's random bytes 24.1 -> 27.6 B/char at 1 M characters, 28.4 -> 32.9 at 500 k)
    table = list(range(0x10000))
    for ch, value in zip(TRIGGERS, values):
        table[ord(ch)] = ord(value)
    table[0xD800:0xE000] = [ord("?")] * 0x800
    alone = dict(zip(TRIGGERS, values))

    def common(ch: str) -> int:  # (how common in official prose: 0 for a character outside the list)
        if ch not in _COMMON_SIMPLIFIED and ch in _COMMON_TRADITIONAL:
            ch = alone.get(ch, ch)
        at = _COMMON_SIMPLIFIED.find(ch)
        return 0 if at < 0 else len(_COMMON_SIMPLIFIED) - at

    phrase_values = _convert("\n".join(DIVERGENT)).split("\n")
    if len(phrase_values) != len(DIVERGENT) or any(len(v) != len(k) for k, v in zip(DIVERGENT, phrase_values)):
        return None  # (OpenCC would change a text's length: every text goes to it, which reads it a line at a time)
    by_key: dict[str, list[str]] = {}
    for phrase, value in zip(DIVERGENT, phrase_values):
        # (of the rarest, one where the phrase converts otherwise than its character alone: 沈 of 擊沈, not 擊)
        k = min(range(len(phrase)), key=lambda k: (common(phrase[k]), value[k] == alone.get(phrase[k], phrase[k])))
        before, key, after = phrase[:k + 1], phrase[k], phrase[k + 1:]
        by_key.setdefault(key, []).append((f"(?<={re.escape(before)})" if k else "") + (f"(?={re.escape(after)})"
                                                                                         if after else ""))
    at_key = {key: "|".join(sorted(set(rest))) for key, rest in by_key.items()}
    return table, re.compile(f"[{re.escape(''.join(at_key))}{_COMPATIBILITY}]").search, at_key


@lru_cache(maxsize=None)
def _around(pattern: str) -> Callable[..., "re.Match[str] | None"]:
    """The match of the keys around one character (:func:`_by_character`), compiled where a text first holds it (a
    compile of all ~60 costs ~6 ms)."""
    return re.compile(pattern).match


def dictionary_files() -> list[Path] | None:
    """The t2s configuration OpenCC reads and the dictionary files it names, or None where they
    are not files beside it (an OpenCC that keeps them elsewhere: no table is trusted then)."""
    config = getattr(_opencc(), "config", None)
    if not isinstance(config, str) or not os.path.isfile(config):
        return None
    path = Path(config)
    try:
        import json

        names = sorted(set(_files_named(json.loads(path.read_text(encoding="utf-8")))))
    except (OSError, ValueError):
        return None
    files = [path, *(path.parent / name for name in names)]
    return files if all(f.is_file() for f in files) else None


def _files_named(node) -> list[str]:
    """Every ``"file"`` value in an OpenCC configuration."""
    if isinstance(node, dict):
        return [x for k, v in node.items() for x in ([v] if k == "file" and isinstance(v, str) else _files_named(v))]
    if isinstance(node, list):
        return [x for v in node for x in _files_named(v)]
    return []


def fingerprint(files: list[Path]) -> str:
    """sha256 of the files' names and contents, in order."""
    import hashlib

    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode("utf-8") + b"\0")
        h.update(f.read_bytes())
    return h.hexdigest()


_Tables = tuple[Callable[..., "re.Match[str] | None"], frozenset[str], Callable[..., "re.Match[str] | None"], int,
                str, dict[str, tuple[str, str]]]


@lru_cache(maxsize=1)
def _tables() -> _Tables | None:
    """What :func:`_trigger_finder` reads, or None when the table does not describe the installed
    dictionaries (then every text is converted whole)."""
    from .t2s_triggers import FINGERPRINT, PHRASE_TRIGGERS, PHRASES, TRIGGERS

    try:
        files = dictionary_files()
        trusted = files is not None and fingerprint(files) == FINGERPRINT
    except OSError:
        trusted = False
    if not trusted:
        return None
    # one class: re tests the BMP characters against a bitmap, the astral ones as a range (the supplementary
    # ideographs': an emoji, outside it, converts to itself and is no trigger)
    body = f"{re.escape(TRIGGERS + PHRASE_TRIGGERS)}\ud800-\udfff{astral_triggers()}"
    phrases = re.compile("|".join(map(re.escape, sorted(PHRASES, key=len, reverse=True))))
    phrase_only = frozenset(PHRASE_TRIGGERS) - frozenset(TRIGGERS)
    return (re.compile(f"[{body}]").search, phrase_only, phrases.search, max(map(len, PHRASES)) - 1, body,
            _neighbours(PHRASES, phrase_only))


def _neighbours(phrases: Sequence[str], chars: frozenset[str]) -> dict[str, tuple[str, str]]:
    """For each of ``chars``, the characters that stand just before it in one of ``phrases`` and those that stand
    just after it: a phrase holds a character of its own before or after each of them (it has two or more), so where
    neither neighbour in a text is one of those, no phrase holds that place."""
    before: dict[str, set[str]] = {c: set() for c in chars}
    after: dict[str, set[str]] = {c: set() for c in chars}
    for phrase in phrases:
        for k, ch in enumerate(phrase):
            if ch in chars:
                if k:
                    before[ch].add(phrase[k - 1])
                if k + 1 < len(phrase):
                    after[ch].add(phrase[k + 1])
    return {c: ("".join(sorted(before[c])), "".join(sorted(after[c]))) for c in chars}


def trigger_class() -> str | None:
    """The inside of a regex class of every character where the fold may differ from the text (a
    trigger, a lone surrogate, an ideograph outside the BMP), or None when every text is converted
    whole: a stage that scans the text for other characters too finds these in the same scan (see
    :func:`fold_at`)."""
    tables = _tables()
    return None if tables is None else tables[4]


def astral_triggers() -> str:
    """The piece of :func:`trigger_class` that holds its characters outside the BMP (a range of the supplementary
    ideographs), as written there: a scan of a text of BMP characters alone leaves it out."""
    from .t2s_triggers import ASTRAL

    return f"{ASTRAL[0]}-{ASTRAL[1]}"


def trigger_search() -> Callable[..., "re.Match[str] | None"] | None:
    """The search of the class :func:`trigger_class` gives (``search(text)`` finds a character where the fold of
    ``text`` may differ from it), compiled once for the fold and its readers; None when every text is converted
    whole."""
    tables = _tables()
    return None if tables is None else tables[0]


def _is_trigger(tables: _Tables, text: str, i: int) -> bool:
    """Is ``text[i]`` (a character of the trigger class) a place where the fold may differ? A character
    of the table's phrases alone (沈 of 深沈, 坏 of 打坏: 沈阳 and 破坏 stay as they are) is one only
    inside one of them: where neither of its neighbours is one that stands beside it in a phrase (破 of 破坏, 盖 of
    覆盖: most places in a simplified text) no phrase holds it, and the phrases are not searched for (~0.5 us)."""
    ch = text[i]
    if ch not in tables[1]:
        return True
    before, after = tables[5][ch]
    if not (i and text[i - 1] in before or i + 1 < len(text) and text[i + 1] in after):
        return False
    return tables[2](text, max(0, i - tables[3]), i + tables[3] + 1) is not None


def _trigger_finder(tables: _Tables, text: str) -> Callable[[int, int], int]:
    """``next_trigger(pos, end)``: the offset of the first character in ``text[pos:end]`` where the fold may differ,
    or -1. The fold calls it once a line of a traditional text: the search and the test of a phrase's character are
    made in its own frame (through two more calls, the steps of the dev corpus's traditional texts cost ~40 us more
    a pass)."""
    chars, phrase_only = tables[0], tables[1]

    def next_trigger(pos: int, end: int) -> int:
        while (m := chars(text, pos, end)) is not None:
            i = m.start()
            if text[i] not in phrase_only or _is_trigger(tables, text, i):
                return i
            pos = i + 1
        return -1

    return next_trigger


def fold_script(text: str) -> str:
    """Simplified-script copy of ``text`` with the same length (offsets unchanged): what
    :func:`convert_lines` gives, converting only the lines where the fold may differ."""
    if not text:
        return text
    tables = _tables()
    if tables is None:
        return convert_lines(text)
    if len(text) <= NEAR:  # (a chrome record, a title: its runs would take every line from the first trigger's
        # to the last one's, and their steps cost ~2.5 us, more than converting the lines around them does)
        return text if _trigger_finder(tables, text)(0, len(text)) < 0 else convert_lines(text)
    return _fold(text, _trigger_finder(tables, text))


def fold_at(text: str, candidates: Sequence[int]) -> str:
    """:func:`fold_script` of a text whose characters of :func:`trigger_class` are at the increasing
    offsets ``candidates`` (found by a caller's scan): the text is not scanned again."""
    tables = _tables()
    if tables is None:
        return convert_lines(text) if text else text
    phrase_only = tables[1]
    found = [i for i in candidates if text[i] not in phrase_only or _is_trigger(tables, text, i)]

    def next_found(pos: int, end: int) -> int:
        k = bisect_left(found, pos)
        return found[k] if k < len(found) and found[k] < end else -1

    return _fold(text, next_found)


def _fold(text: str, next_trigger: Callable[[int, int], int]) -> str:
    """The fold of ``text``, converting a run of lines at a time around each place ``next_trigger(pos,
    end)`` finds (the first in ``text[pos:end]``, or -1)."""
    n = len(text)
    i = next_trigger(0, n)
    if i < 0:
        return text
    parts = []
    done = 0  # text[:done] is in parts
    find = text.find
    while i >= 0:
        a = text.rfind("\n", 0, i) + 1
        b = find("\n", i) + 1 or n  # (after the line end that closes i's line, or the text's end: read without a
        # call, a traditional text steps a line at a time)
        steps = 0
        while b < n and b - a < RUN_MAX and (i := next_trigger(b, b + NEAR)) >= 0:
            b = find("\n", i) + 1 or n
            steps += 1
            if steps % DENSE == 0 and b < n:  # (a traditional text: a trigger every line)
                j = 2 * b - a
                if j > a + RUN_MAX:
                    j = a + RUN_MAX
                b = find("\n", j if j < n - 1 else n - 1) + 1 or n
        parts.append(text[done:a])
        parts.append(convert_lines(text[a:b]))
        done = b
        i = next_trigger(b, n) if b < n else -1
    parts.append(text[done:])
    return "".join(parts)
