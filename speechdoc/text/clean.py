"""Set page chrome aside, drop pinyin glosses, find mojibake, fold script — keeping the way back.

Nothing is removed from the input. Cleaning returns a :class:`~speechdoc.text.textview.TextView`
(glosses deleted, boilerplate masked with newlines, a simplified-script fold), one
:class:`Noise` record per set-aside span with its kind (the rules live in
:mod:`speechdoc.text.boilerplate`), and the raw spans of garbled text
(:mod:`speechdoc.text.mojibake`), which later stages report but never read markers from.

>>> raw = "您的位置:首页>>正文\\n目標(biāo)任務(wù)"
>>> c = clean(raw)
>>> c.view.text == "\\n" * 12 + "目標任務"
True
>>> c.view.fold[-4:], [(n.kind, raw[n.start:n.end]) for n in c.noise]
('目标任务', [('breadcrumb', '您的位置:首页>>正文\\n')])
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache, partial
from heapq import merge
from itertools import accumulate, compress
from operator import add, methodcaller, sub
from typing import NamedTuple

from . import contents, mojibake, pages, survey
from .load import _COMMON_SIMPLIFIED  # (in order of frequency)
from .boilerplate import INLINE_REACH, LINE_KINDS, LINE_TRIM, MAX_LINE, SITE_RULES, chrome_lines, form_feed, inline_rules
from .script import FOLDED_NUMERALS, astral_triggers, fold_at, fold_script, trigger_class
from .script import may_hold_astral as _astral
from .survey import Source
from .textview import TextView, fold_by_lines, offsets
from ..lazy import lazy
from ..frozen import quick_init

__all__ = ["Noise", "Cleaned", "clean", "fold_script", "has_line_ends", "line_ends_as_newlines", "GLOSS", "INVISIBLE",
           "NOISE_CAP", "LICENCE_REACH", "NOTES_REACH"]

#: More pieces of page chrome than any page has (the corpus's most: 93 in one text). Past this
#: many noise records the rest of the chrome stays text (in paragraphs), and one ``noise-cap``
#: diagnostic says where: a storm of form feeds or breadcrumb lines cannot cost a record each.
NOISE_CAP = 5_000

#: a pinyin gloss after a Han character: 發(fā), 標(biāo); needs a tone mark, so (ai) or (2021) stay.
#: ``GLOSS`` is the compiled pattern, built at its first use (module ``__getattr__``)
#: (the bracket first, then a look behind it: re skips to the next bracket in C, where a lookahead
#: first was tried at every character)
_GLOSS = (
    r"[(（](?<=[\u3400-\u9fff\uf900-\ufaff\ue000-\uf8ffA-Z][(（])(?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]"
)
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"  # every gloss has one

#: characters that show nothing (NUL, soft hyphen, zero-width space/joiners, bidi marks and
#: isolates, word joiner, BOM): deleted from the view like glosses, so one before a heading never
#: hides its marker; the paragraph's span still covers them
_INVISIBLE_CHARS = ("\x00\xad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
INVISIBLE = lazy(f"[{_INVISIBLE_CHARS}]+")
# line ends that are not \n (vertical tab, file/group/record separators, NEL, LS, PS, a lone CR)
# read as \n in the fold, where the later stages look for line starts; the shown text keeps them
_LINE_END_CHARS = "\x0b\x1c\x1d\x1e\x85\u2028\u2029\r"
# (one class first, so re skips plain text in C; the same matches as [\x0b…\u2029]|\r(?!\n))
_LINE_ENDS = lazy("[\x0b\x1c\x1d\x1e\x85\u2028\u2029\r](?!(?<=\r)\n)")

# spaces other than the plain one (no-break space, the fixed-width spaces, narrow no-break and
# medium mathematical space) read as " " in the fold: a web page's &nbsp; indent is an indent,
# before a heading as before anything else; the shown text keeps them
_SPACE_CHARS = "\xa0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
# ... and ℅, typed for % by an input method's look-alike (增长15℅), reads as %; the small and half-width
# forms of the CJK marks (一﹑ of a Big5 page, ､ ﹐ ﹔ ﹕ ﹖ ﹗ ｡) read as the marks themselves
_MARK_FORMS = {"\ufe51": "、", "\uff64": "、", "\ufe50": "，", "\ufe54": "；", "\ufe55": "：",
               "\ufe56": "？", "\ufe57": "！", "\uff61": "。"}
_LOOK_ALIKES = _SPACE_CHARS + "\u2105" + "".join(_MARK_FORMS)
_SPACES = str.maketrans({**dict.fromkeys(_SPACE_CHARS, " "), "\u2105": "%", **_MARK_FORMS})
# the entities of spaces that a page's text kept as written (&nbsp;&nbsp;一、…) are deleted from the
# view like the invisible characters: an indent of them is no indent, as a web page shows it
_SPACE_ENTITIES = lazy(r"&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#x00a0|#12288|#x3000);", re.IGNORECASE)
_ONLY_ENTITIES = lazy(rf"(?:{_SPACE_ENTITIES.pattern}|\s)*", re.IGNORECASE)

# the special characters but the tone marks (a glossed text holds one a gloss), which the view deletes (invisible
# characters, the ampersand of an entity) or the fold rewrites (look-alikes, line ends)
_REWRITTEN = lazy(f"[{_INVISIBLE_CHARS}{_LOOK_ALIKES}{_LINE_END_CHARS}&]")
# anything the view or the fold must change besides the script: most texts hold none, and one scan
# for all of them costs less than looking for each kind apart
_SPECIAL = lazy(f"[{_TONE_MARKS}{_INVISIBLE_CHARS}{_LINE_END_CHARS}{_LOOK_ALIKES}&\ud800-\udfff]")

# a licence tail and an endnote list close a text: looked for in its last 40 % (50 %) and at most this
# far from its end (the corpus's longest: 601 and 338 characters), so in a compilation of texts the
# licence of one in the middle does not take every text after it
LICENCE_REACH = 3_000
NOTES_REACH = 20_000
_LICENCE = lazy(r"(?m)^[ \t\u3000]{0,8}(?:这部作品在|本?作品来自\d{4}年|本作品在全世界都属于公有领域)")
# ... and in a PDF dump flattened onto one line: 注： after a sentence's end and a blank, then ① and, further
# on, ② after a blank (…属于我们的！ 　　注： 　　① 列宁：《…》，第269页。 　　② 马克思：…)
# (the notes start at 注: group 1)
_FLAT_NOTES = lazy(r"[。！？!?”’」』）)][ \t\u3000]{1,8}(注)[ \t\u3000]{0,2}[:：][ \t\u3000]{1,8}"
                   r"(?=\u2460[^\n]{1,400}?[ \t\u3000]\u2461)")
_NOTES = lazy(r"(?m)^[ \t\u3000]{0,8}注[ \t\u3000]{0,4}[:：]?[ \t\u3000]{0,4}\n(?=[ \t\u3000\n]{0,8}[\u2460-\u2473\[［(（])")


@quick_init  # (~1 k instructions a record less: a page has a few of them, a PDF one a page)
@dataclass(frozen=True, slots=True)
class Noise:
    kind: str
    start: int  # raw offsets
    end: int


class Marks(NamedTuple):
    """The marker scan's matches over the input, and the spans where the cleaned fold differs from it
    (markers.scan's ``found``); whether the fold may hold a corner quote 「 (False: it holds none, and the scan's
    quotation test need not look for one)."""

    spans: list[tuple[int, int]]
    changed: list[tuple[int, int]]
    corner: bool
    #: the offsets of the characters the survey lists (:func:`speechdoc.text.survey.list_offsets`) in the fold, where
    #: a mask has not taken them (the survey's in the input, read again in the lines the fold converted)
    listed: list[int] | None = None


@quick_init  # (its fields set through their slots: see speechdoc.frozen)
@dataclass(frozen=True, slots=True)
class Cleaned:
    view: TextView
    noise: list[Noise] = field(default_factory=list)
    garbled: list[tuple[int, int]] = field(default_factory=list)  # raw spans of mojibake
    #: (severity, code, message, raw start, raw end): ``noise-cap`` when chrome stayed text past NOISE_CAP
    diagnostics: list[tuple[str, str, str, int, int]] = field(default_factory=list)
    #: with ``clean(raw, marks=True)``: the marker scan's matches collected over the input, where the view
    #: holds the input's characters (nothing deleted); else None
    marks: Marks | None = None
    #: raw spans of the page numbers blanked inside their line (a flattened PDF dump's: spaces, not line breaks,
    #: so the line stays one line); a title stops at each
    inline: list[tuple[int, int]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _gloss() -> re.Pattern[str]:
    return re.compile(_GLOSS)


@lru_cache(maxsize=2)
def _gloss_after(bracket: str) -> re.Pattern[str]:
    """:data:`GLOSS` opened by ``bracket`` alone: a pattern that opens with one character is looked for with
    a literal scan, ~30 times cheaper than the class of both brackets."""
    return re.compile(re.escape(bracket) + _GLOSS[_GLOSS.index("]") + 1:])


def _glosses(raw: str):
    """The spans of GLOSS's matches in ``raw``, in order: those after each kind of bracket (no gloss holds a
    bracket that opens one, so none overlaps another)."""
    return _merged(*(map(_span, _gloss_after(b).finditer(raw)) for b in "(（" if b in raw))


_span = re.Match.span

#: brackets a text may hold, at most, for its glosses to be cut by one split of the text (a list of its pieces,
#: ~60 bytes each): past as many the spans are handed to TextView.build one at a time (which keeps a low peak)
_SPLIT_GLOSSES = 4096


@lru_cache(maxsize=3)
def _gloss_split(brackets: str) -> re.Pattern[str]:
    """:data:`GLOSS` opened by one of ``brackets`` as one group: a split by it lists the kept pieces and the
    glosses in turn."""
    return re.compile(f"({_GLOSS if len(brackets) > 1 else _gloss_after(brackets).pattern})")


def _gloss_pieces(raw: str) -> tuple[list[str], str]:
    """``raw`` split by its glosses (the kept pieces and the glosses in turn), and the kept pieces joined: the
    view's text where nothing else is deleted."""
    parts = _gloss_split("".join(b for b in "(（" if b in raw)).split(raw)
    return parts, "".join(parts[0::2])


def _cut_glosses(raw: str, fold: Callable[[str], str] | None = None,
                 pieces: tuple[list[str], str] | None = None) -> TextView:
    """``TextView.build(raw, deletions=_glosses(raw), fold=_fold)``, from one split of ``raw`` by the glosses: the
    view's text and offsets are sums and joins of the pieces, in C (a deleted span read one at a time costs
    ~3.5 k instructions, its match object and the steps of TextView's loop). ``pieces``: :func:`_gloss_pieces`
    of ``raw``, where made already."""
    parts, text = _gloss_pieces(raw) if pieces is None else pieces
    kept = parts[0::2]
    # (each kept piece's start in the view, in the input: sums of the lengths before it, the last sum left out)
    view_starts = list(accumulate(map(len, kept), initial=0))
    view_starts.pop()
    view_starts = offsets(view_starts)
    raw_starts = offsets(list(accumulate(map(len, parts), initial=0))[0::2])
    return TextView(raw, text, text, view_starts, raw_starts).with_fold(fold_by_lines(fold or _fold, text))


#: characters of the input read by one call of _REWRITTEN.findall, at most: a list of its matches (a str object each,
#: ~76 bytes: a storm of zero-width spaces) stays short
_HELD_CHUNK = 4096


def _held_special(raw: str) -> frozenset[str]:
    """The characters of :data:`_REWRITTEN` that ``raw`` holds, by one class scan of it (a chunk at a time)."""
    if len(raw) <= _HELD_CHUNK:
        return frozenset(_REWRITTEN.findall(raw))
    held: set[str] = set()
    for a in range(0, len(raw), _HELD_CHUNK):
        held.update(_REWRITTEN.findall(raw, a, a + _HELD_CHUNK))
    return frozenset(held)


def _fold_listed(raw: str, triggers: list[int], held: frozenset[str], text: str) -> str:
    """``_fold(text, held)`` for the view of ``raw`` whose survey listed every trigger of the fold (``triggers``) and met
    no character _fold rewrites (only a tone mark or an ampersand that the view may keep): where the view deleted
    nothing, :func:`.script.fold_at` of the triggers, not a scan of the text for them again (~6 ns a character)."""
    return fold_at(raw, triggers) if len(text) == len(raw) else _fold(text, held)


def _merged(*streams):
    """The items of the sorted ``streams`` in order: a stream alone as it is (heapq.merge steps in Python,
    ~1.5 k instructions an item: a text with a gloss every few characters had two of them)."""
    return streams[0] if len(streams) == 1 else merge(*streams)


def __getattr__(name: str) -> re.Pattern[str]:
    if name == "GLOSS":  # compiled at the first use, not at import
        return _gloss()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def has_line_ends(text: str) -> bool:
    """``text`` holds a line end other than ``\n`` (which the fold reads as ``\n``)."""
    # a scan per character is ~10x cheaper than the regex on text that has none of them
    return any(ch in text for ch in _LINE_END_CHARS)


def line_ends_as_newlines(text: str) -> str:
    """``text`` with every kind of line end read as ``\n``, as in the fold (same length; a ``\r``
    before ``\n`` stays: a slice that ends with ``\r`` is read as if nothing followed it)."""
    return _LINE_ENDS.sub("\n", text)


def _fold(text: str, held: Collection[str] | None = None) -> str:
    """The script fold, with every kind of line end read as ``\n`` and every kind of space as " " (same length);
    ``held``: the characters of :data:`_REWRITTEN` ``text`` may hold, where its input was scanned for them (else
    looked for here)."""
    out = fold_script(text)
    # a scan per character is ~10x cheaper than the regex or a translation on text that has none of them,
    # and a str.replace of each one a text holds ~50x cheaper than a translation of the text
    if held is None:
        for ch in _LOOK_ALIKES:
            if ch in out:
                out = out.replace(ch, _SPACES[ord(ch)])
        if not has_line_ends(out):
            return out
    else:
        for ch in held:
            if ch in _LOOK_ALIKES:
                out = out.replace(ch, _SPACES[ord(ch)])
        if held.isdisjoint(_LINE_END_CHARS):
            return out
    out = line_ends_as_newlines(out)
    # the \r of a \r\n (a Windows file) is a blank before the line end: a title or a sentence
    # read on the fold never holds it, and a line that ends \r\n ends like one that ends \n
    return out.replace("\r", " ") if "\r" in out else out


@lru_cache(maxsize=1)
def _special_or_signal() -> re.Pattern[str]:
    """_SPECIAL and the characters of a garbled run (:func:`mojibake.signal_chars`) in one class: most
    texts hold none of either, and one scan of the input says so for both."""
    return re.compile(f"[{_SPECIAL.pattern[1:-1]}{mojibake.signal_chars()}]")


#: trigger characters listed by the scan for the first special character, at most: past as many the
#: fold looks for them itself (a run of 坏 costs no offset a character)
_TRIGGERS_LISTED = 4096
#: mojibake signals listed by the same scan, at most: past as many (a traditional or a garbled text) the
#: garbled runs are looked for by mojibake.find's own scans
_SIGNALS_LISTED = 32
#: signals that are triggers too (traditional-only characters the fold converts) met by the same scan, at
#: most: past as many the text is traditional or quotes traditional script at length, its fold is made by the
#: fold's own scan and its garbled runs looked for by mojibake.find's, and listing the rest one by one (a
#: Python step each, a traditional text's every few characters) would cost more than it saves them. Where the
#: scan met as many only in the text's second half (a simplified text that ends in traditional script: a site's
#: licence, 以匿名或別名發表…), it goes on listing them, up to _SIGNALS_LISTED signals: what it lists is a few more
#: steps, where a stop would have the fold, the chrome words, the marker scan and mojibake.find read the whole
#: text again (cpc/1, a licence of 21 such characters after 2,170 simplified ones: parse ~20 us less)
_TRADITIONAL_LISTED = 8


#: triggers met by a survey that collects the marker scan's matches, at most: past as many (a traditional
#: text, whose fold is not its input) the rest is surveyed without them
_TRIGGERS_SHARED = 64

#: special characters the view and the fold keep where they stand alone: a tone mark outside a gloss (a scan's
#: stray ｘī＠), an ampersand that opens no space entity. A survey that collects the marker scan's matches goes on
#: past them (at most _QUIET_LISTED of them), where it stops at any other special character.
_QUIET = _TONE_MARKS + "&"
_QUIET_LISTED = 16


def _quiet_at(raw: str, i: int) -> bool:
    """Does the view keep ``raw[i]`` (of _QUIET) as it is, and its fold too? An ampersand that opens no space
    entity, a tone mark with no bracket among the seven characters before it (a gloss's is one of them)."""
    if raw[i] == "&":
        return _SPACE_ENTITIES.match(raw, i) is None
    return raw.rfind("(", max(0, i - 7), i) < 0 and raw.rfind("（", max(0, i - 7), i) < 0


@lru_cache(maxsize=4)
def _survey_pattern(shared: Source | None = None, astral: bool = True, listed: str = "") -> re.Pattern[str]:
    """One class of every character cleaning acts on (:data:`_SPECIAL`, a mojibake signal, a trigger of
    the script fold), then what the character is, by the group that matches: ``s`` special, ``g`` a signal,
    ``gt`` a signal that is a trigger too, ``t`` a trigger (a lookbehind on one character costs a class test,
    a second match of the character a regex call).

    With ``shared``, a later stage's pattern too (:mod:`speechdoc.text.survey`: the marker scan's, without
    the characters cleaning acts on), whose matches set no group, and the inline chrome words (``wI``: the
    I-th of :func:`_keyed_words`, :func:`_word_keys`), form feeds (``f``) and corner quotes 「 (``o``), which
    the chrome stage and the marker scan read where the fold is the input (a test for either character costs a
    pass of memchr that stops at every ，, U+FF0C: the low byte of both). One scan of the input then serves all three (a class scan costs ~50 instructions a character,
    whatever the class holds; a scan of the words alone cost ~3 ns a character, ~5 % of a parse). Without
    ``astral``, for a text of BMP characters alone: no character outside the BMP is looked for. With
    ``shared``, the characters ``listed`` too (``l``: :func:`speechdoc.text.survey.list_offsets`)."""
    special = _SPECIAL.pattern[1:-1]
    signal = mojibake.signal_chars()
    triggers = trigger_class()
    if triggers is not None and not astral:
        # (the fold's triggers outside the BMP, which a text of BMP characters alone, most texts, is scanned without: a
        # range re tests apart from the class's bitmap, ~1 ns a character; see _astral)
        triggers = triggers.replace(astral_triggers(), "")
    if triggers is None:  # (every text is converted whole: no trigger is listed)
        ours, kinds = f"{special}{signal}", f"(?<=[{special}])(?P<s>)|(?P<g>)"
    else:
        ours = f"{special}{signal}{triggers}"
        kinds = f"(?<=[{special}])(?P<s>)|(?<=[{signal}])(?:(?<=[{triggers}])(?P<gt>)|(?P<g>))|(?P<t>)"
    if shared is None:
        return re.compile(f"[{ours}](?:{kinds})")
    # the inline words' keys and a form feed (none of cleaning's characters) apart, behind one test: a key the
    # words refuse (开 of 召开) fails at once, not at each of cleaning's kinds; a special character that may change
    # neither the view nor the fold is told apart (``q``)
    keys, words = _word_keys()
    if listed and (_cleanings_class().search(listed) or re.search(f"[{keys}\f「]", listed)):
        raise ValueError(f"the survey acts on a character of {listed!r} already")
    listed = re.escape(listed)
    kinds = (f"(?<![{keys}\f「{listed}])(?:(?<=[{re.escape(_QUIET)}])(?P<q>)|{kinds})|(?<=\f)(?P<f>)|(?<=「)(?P<o>)"
             + (f"|(?<=[{listed}])(?P<l>)" if listed else "") + f"|{words}")
    # (the scan's other characters are none of cleaning's: tests/test_scan_in_step.py; no match of the scan or of a
    # word holds a listed one: tests/test_clean_scans.py)
    return re.compile(shared(FOLDED_NUMERALS, ours + keys + "\f「" + listed, kinds))


#: the characters the survey finds the inline words by (:func:`_word_keys`), a word by the first of its characters
#: they hold: characters official prose seldom holds, so its scan stops at few of them (a speech holds 展 of
#: 展开全文 in every 发展, 全 in every 全面)
_WORD_KEYS = "省隐未此览读字查开编-—–－─"


@lru_cache(maxsize=1)
def _keyed_words() -> tuple[tuple[str, int], ...]:
    """Each word of :func:`_inline_words` and the offset of its key (its first character of _WORD_KEYS)."""
    return tuple((w, next(k for k, ch in enumerate(w) if ch in _WORD_KEYS)) for w in _inline_words())


@lru_cache(maxsize=2)
def _word_keys(every: bool = False) -> tuple[str, str]:
    """The inside of a class of the keys cleaning's own class does not hold (``every``: of every key, for a scan
    without cleaning's class: :func:`_fold_survey`), and the alternatives that tell
    the word at such a key (the scan stands after it): ``(?P<wI>)`` for the I-th of :func:`_keyed_words`.

    A word's match takes the rest of the word after its key, which opens the alternative (re tests the
    alternative's first character before it enters it) and then looks behind for the whole word: no word
    overlaps another (tests/test_clean_scans.py) and none holds a character the survey stops at after its key,
    so the survey tries every other place as it did. A word that ends with its key (a blank and a dash) is
    looked behind for, after one test that a key of those words stands there. A key cleaning's class holds (─, a
    mojibake signal) is read where the survey lists it (:func:`_survey`)."""
    ours = _cleanings_class()
    keyed = [(i, w, k) for i, (w, k) in enumerate(_keyed_words()) if every or not ours.match(w[k])]
    keys = "".join(dict.fromkeys(w[k] for _, w, k in keyed))
    words = [f"{re.escape(w[k + 1:])}(?<={re.escape(w)})(?P<w{i}>)" for i, w, k in keyed if k + 1 < len(w)]
    last = [(i, w) for i, w, k in keyed if k + 1 == len(w)]
    if last:
        ends = "".join(dict.fromkeys(w[-1] for _, w in last))
        # (and of one of the characters before it, where every such word has one: a dash of prose, ——, fails at
        # that one test, not at each word's look back, ~12 ns each)
        before = "".join(dict.fromkeys(w[-2] for _, w in last)) if all(len(w) > 1 for _, w in last) else ""
        guard = f"(?<=[{re.escape(before)}][{re.escape(ends)}])" if before else f"(?<=[{re.escape(ends)}])"
        words.append(f"{guard}(?:{'|'.join(f'(?<={re.escape(w)})(?P<w{i}>)' for i, w in last)})")
    return re.escape(keys), "|".join(words)


@lru_cache(maxsize=2)
def _fold_survey_pattern(shared: Source, listed: str = "") -> re.Pattern[str]:
    """The pattern of the stage that shares the survey (``shared``, whole: the marker scan's), with the inline
    words (``wI``), form feeds (``f``), corner quotes 「 (``o``) and the characters ``listed`` (``l``) as
    :func:`_survey_pattern` adds them, but not cleaning's class: :func:`_fold_survey`'s."""
    keys, words = _word_keys(True)
    listed = re.escape(listed)
    kinds = "(?<=\f)(?P<f>)|(?<=「)(?P<o>)" + (f"|(?<=[{listed}])(?P<l>)" if listed else "") + f"|{words}"
    return re.compile(shared("", keys + "\f「" + listed, kinds))


def _fold_survey(fold: str, shared: Source) -> tuple[list[tuple[int, int]], frozenset[str], list[int] | None]:
    """What the survey collects where the fold is its input (:func:`_survey` with ``marks``), read off ``fold``
    itself by one scan: the matches of ``shared``'s pattern (the marker scan's), the inline words, form feed and
    「 ``fold`` holds (as :func:`_held_of` names them), and the offsets of the listed characters
    (:func:`speechdoc.text.survey.listed`; None: none is listed). For a text whose survey stopped (a traditional or a
    glossed text, whose fold is not its input): the chrome stage, the marker scan and the speeches' cut then read
    this one scan, where each scanned the fold (the words, the marks, 「 and each listed character apart)."""
    chars = survey.listed()
    found: list[tuple[int, int]] = []
    words: set[str] = set()
    listed_at: list[int] = []
    for m in _fold_survey_pattern(shared, chars).finditer(fold):
        kind = m.lastgroup
        if kind is None:  # a marker scan's match
            found.append(m.span())
        elif kind == "l":
            listed_at.append(m.start())
        else:
            words.add(kind)
    return found, frozenset(map(_held_of().__getitem__, words)), listed_at if chars else None


@lru_cache(maxsize=1)
def _held_of() -> dict[str, str]:
    """What each group the survey notes for the later stages stands for: ``wI`` the I-th word of
    :func:`_keyed_words`, ``f`` a form feed, ``o`` a corner quote 「."""
    return {**{f"w{i}": w for i, (w, _) in enumerate(_keyed_words())}, "f": "\f", "o": "「"}


@lru_cache(maxsize=1)
def _cleanings_class() -> re.Pattern[str]:
    """One character cleaning's survey acts on (:data:`_SPECIAL`, a mojibake signal, a trigger of the fold)."""
    return re.compile(f"[{_SPECIAL.pattern[1:-1]}{mojibake.signal_chars()}{trigger_class() or ''}]")


def _listed_words(raw: str, signals: list[int], triggers: list[int]) -> list[str]:
    """The inline words whose key (one of cleaning's characters) stands at one of the offsets the survey listed."""
    at = _keys_in_class()
    listed = signals + triggers if _key_triggers() else signals  # (─, a key, is a mojibake signal, no trigger)
    return [w for i in listed if raw[i] in at for w, k in at[raw[i]] if raw.startswith(w, i - k)]


@lru_cache(maxsize=1)
def _keys_in_class() -> dict[str, list[tuple[str, int]]]:
    """The words whose key cleaning's class holds (and the key's offset), by their key."""
    ours = _cleanings_class()
    out: dict[str, list[tuple[str, int]]] = {}
    for w, k in _keyed_words():
        if ours.match(w[k]):
            out.setdefault(w[k], []).append((w, k))
    return out


@lru_cache(maxsize=1)
def _key_triggers() -> bool:
    """Is a key of :func:`_keys_in_class` a trigger of the fold (listed with the triggers, not the signals)?"""
    triggers = trigger_class()
    return triggers is not None and any(re.match(f"[{triggers}]", ch) for ch in _keys_in_class())


class _Survey(NamedTuple):
    hit: re.Match[str] | None  # the first special character or mojibake signal
    special: bool | None  # the text holds a special character (None: not looked for past ``hit``)
    triggers: list[int] | None  # offsets of every trigger of the fold (None: not all listed)
    signals: list[int] | None  # offsets of every mojibake signal (None: not all listed)
    marks: list[tuple[int, int]] | None = None  # the marker scan's matches, where the fold is the input
    words: frozenset[str] | None = None  # the inline words (and \f, 「) the input holds, where the marks are
    listed: list[int] | None = None  # the offsets of survey.listed()'s characters in the input, where the marks are


def _survey(raw: str, marks: bool = False) -> _Survey:
    """What cleaning must act on in ``raw``, in one scan: the first special character or signal, and
    the offsets of the fold's triggers and of the signals while they are few (most texts hold none of
    either; a traditional text is left to the scans of the fold and of mojibake.find). With ``marks``,
    the matches of the scan registered to share it too (:mod:`speechdoc.text.survey`: the marker scan's)
    and the inline words the input holds, while the triggers are few: past as many the fold is not the input (it
    then goes on past a special character the view and the fold may keep: :data:`_QUIET`)."""
    hit = None
    triggers: list[int] | None = None if trigger_class() is None else []
    signals: list[int] = []
    traditional = 0
    shared = survey.shared() if marks else None
    found: list[tuple[int, int]] | None = None if shared is None else []
    words: set[str] = set()  # (the group names of the inline words met)
    listed_at: list[int] = []  # (the offsets of the listed characters met)
    quiet = 0  # (special characters the view and the fold keep, met)
    astral = _astral(raw)
    chars = survey.listed() if shared is not None else ""  # (the characters whose offsets are listed)
    scan = _survey_pattern(shared, astral, chars).finditer(raw)
    while True:
        for m in scan:
            kind = m.lastgroup
            if kind is None:  # a marker scan's match
                found.append(m.span())  # type: ignore[union-attr]
                continue
            if kind[0] == "w" or kind == "f" or kind == "o":  # an inline word's key, a form feed, 「
                words.add(kind)
                continue
            if kind == "l":  # a listed character
                listed_at.append(m.start())
                continue
            if kind == "q":
                if quiet == _QUIET_LISTED or not _quiet_at(raw, m.start()):
                    return _Survey(hit or m, True, None, None)
                quiet += 1
                hit = hit or m
                continue
            if kind == "s":
                return _Survey(hit or m, True, None, None)
            if found is not None and kind in ("t", "gt") and len(triggers) == _TRIGGERS_SHARED:  # type: ignore[arg-type]
                found = None  # (the rest without the marks, from this trigger on: the next scan finds it first)
                scan = _survey_pattern(None, astral).finditer(raw, m.start())
                break
            if kind != "t":
                hit = hit or m
                if len(signals) == _SIGNALS_LISTED:
                    return _Survey(hit, None, None, None)
                if kind == "gt":
                    traditional += 1
                    if traditional == _TRADITIONAL_LISTED and 2 * m.start() < len(raw):
                        return _Survey(hit, None, None, None)
                signals.append(m.start())
            if kind != "g" and triggers is not None:
                if len(triggers) == _TRIGGERS_LISTED:
                    return _Survey(hit or _special_or_signal().search(raw, m.start()), None, None, None)
                triggers.append(m.start())
        else:
            held = None
            if found is not None:
                held = frozenset(map(_held_of().__getitem__, words)) if words else frozenset()
                if signals or triggers:  # (a key that is one of cleaning's characters: ─)
                    listed = _listed_words(raw, signals, triggers or [])
                    if listed:
                        held = held.union(listed)
            # (no Python __new__: ~1.5 k)
            return tuple.__new__(_Survey, (hit, quiet > 0, triggers, signals, found, held,
                                           listed_at if found is not None and chars else None))


def _first_special(raw: str) -> tuple[re.Match[str] | None, list[int] | None]:
    """``_special_or_signal().search(raw)``, and the offsets of every trigger of the fold (None when
    the scan did not list them all)."""
    found = _survey(raw)
    return found.hit, found.triggers


def clean(raw: str, marks: bool = False) -> Cleaned:
    """``raw`` cleaned (see the module's text); with ``marks``, the matches of the scan registered to share
    cleaning's (:mod:`speechdoc.text.survey`: the marker scan's) collected by the same scan of the input,
    where it can (:attr:`Cleaned.marks`)."""
    # the view holds only characters of the input (and the \n of masks): where the input holds none
    # of the mojibake signals, the view holds none either
    hit, special, triggers, signals, found, held, listed = _survey(raw, marks)
    if special is None:  # (the scan stopped early: the rest is looked at here)
        special = hit is not None and _SPECIAL.search(raw, hit.start()) is not None
    # (nothing deleted: the view's offsets are the input's; else asked of the view.) A survey that listed every signal
    # went on past every special character it met: a tone mark outside a gloss, an ampersand that opens no entity, which
    # the view and the fold keep as they are (_quiet_at): nothing is deleted, and it listed the fold's triggers too
    plain = not special or signals is not None
    if plain:
        # no gloss, invisible character, other line end or surrogate: the view's offsets are the input's
        if triggers is None:
            first = TextView.build(raw, fold=fold_script)
        else:  # (the text is the view: its triggers are where the scan above found them)
            first = TextView(raw, raw, raw, [0], [0])  # (what TextView.build(raw) makes: nothing deleted)
            if triggers:
                first = first.with_fold(fold_at(raw, triggers))
    else:
        # spans to delete, handed over lazily: a zero-width character every few characters
        # would otherwise be a list of tuples as large as the view's own map
        glossed = any(ch in raw for ch in _TONE_MARKS)
        pieces = _gloss_pieces(raw) if glossed and raw.count("(") + raw.count("（") <= _SPLIT_GLOSSES else None
        # (the view's and the fold's other special characters that the input holds, by one class scan, where a test
        # of each in turn scanned it ~60 times; a mask or a deletion takes none of them, so the view holds them too.
        # No gloss holds one: where the glosses are cut by a split, the input less its glosses is scanned, a glossed
        # page's text less a sixth to a third)
        held_special = _held_special(raw if pieces is None else pieces[1])
        deletions = []
        one = INVISIBLE.search(raw) if not held_special.isdisjoint(_INVISIBLE_CHARS) else None
        if one is not None and one.span() != (0, len(raw)):  # a text of nothing else keeps them: some paragraph
            deletions.append(map(_span, INVISIBLE.finditer(raw, one.start())))  # must hold it
        if "&" in held_special and _ONLY_ENTITIES.fullmatch(raw) is None:  # (a text of nothing else keeps them)
            deletions.append(map(_span, _SPACE_ENTITIES.finditer(raw)))
        # (where the survey went on past every special character, a tone mark outside a gloss or an ampersand
        # that opens no entity, it listed the fold's triggers and met no character _fold rewrites)
        folding = partial(_fold, held=held_special) if triggers is None else \
            partial(_fold_listed, raw, triggers, held_special)
        if pieces is not None and not deletions:
            first = _cut_glosses(raw, folding, pieces)
        else:
            if glossed:
                deletions.insert(0, _glosses(raw))
            first = TextView.build(raw, deletions=_merged(*deletions), fold=folding)  # in order: never listed
        plain = first.plain
    fold = first.fold
    if found is not None and not plain:  # (a special character the survey went on past was deleted after all)
        found = held = None
    # (where the view is the input but for the lines the fold converted: those lines, the only ones where the survey of
    # the input may have read otherwise, are read again; most triggers convert nothing: 坏 of 破坏, 覆 of 覆盖)
    converted = _converted_lines(raw, fold, triggers) if found is not None and fold is not raw and triggers else []
    if held is not None and fold is not raw:  # (the survey's words are the input's: the lines it converted are read)
        held = None if triggers is None else _held_with_lines(fold, held, converted)
    # where the survey stopped (a glossed or a traditional text: the fold is not the input), the fold is surveyed
    # itself: one scan for the marks, the words and the listed characters, where each stage scanned it for its own
    refound = found is None and marks and survey.shared() is not None
    if refound:
        found, held, listed = _fold_survey(fold, survey.shared())  # type: ignore[arg-type]
    spans = _chrome(fold, held)
    n = len(fold)
    # each pattern holds its word (作品, 注) near its line's start: tried only at the lines where it stands so
    # (a search of a (?m)^ pattern tries every character)
    at = int(n * 0.6)  # (the later of two offsets by a test: the builtin max of two costs ~1.5 k instructions)
    if at < n - LICENCE_REACH:
        at = n - LICENCE_REACH
    tail = _line_search(fold, _LICENCE, at, "作品", 10)
    if tail:
        spans.append(("licence", tail.start(), n))
    reach = (tail.start() if tail else n) - NOTES_REACH
    at = int(n * 0.5)
    if at < reach:
        at = reach
    notes = _line_search(fold, _NOTES, at, "注", 8)
    start = notes.start() if notes else -1
    if notes is None and "\u2461" in fold:  # (a ②: no endnote list without one)
        flat = _flat_notes(fold, at)
        start = flat.start(1) if flat else -1
    if start >= 0 and not (tail and start > tail.start()):
        spans.append(("notes", start, tail.start() if tail else n))
    merged = _join_page_breaks(_swallow_blanks(_merge(spans), fold)) if spans else []
    said = []
    if len(merged) > NOISE_CAP:
        kind, s, e = merged[NOISE_CAP]
        merged = merged[:NOISE_CAP]
        said.append(("warning", "noise-cap", f"more than {NOISE_CAP:,} pieces of page chrome: from here on "
                     f"they stay in the text ({kind} not set aside)", first.boundary(s), first.boundary(e)))
    # (a view that deleted nothing: its offsets, all within the text, are the input's boundaries)
    noise = [] if not merged else [Noise(k, s, e) for k, s, e in merged] if plain else \
        [Noise(k, first.boundary(s), first.boundary(e)) for k, s, e in merged]
    spaced = _double_spacing(fold, merged)
    if noise:
        # a page number inside a flattened line is blanked with spaces: its line stays one line
        # (this rule's matches: a blank first, no line break or form feed in it)
        inline = [k == "page_break" and 0 < s and e < n and fold[s] in " \t\u3000" and fold[s - 1] != "\n"
                  and fold[e] != "\n" and fold.find("\n", s, e) < 0 and fold.find("\f", s, e) < 0
                  for k, s, e in merged]
        blanked = [(x.start, x.end) for x, i in zip(noise, inline) if i]
        # (the view spans as found, in order and apart: masked() would map the records' input spans back to them)
        masks = [(s, e, " " if i else "\n") for (_, s, e), i in zip(merged, inline)]
        view = first.masked_view(sorted(masks + spaced) if spaced else masks)
    else:
        view, blanked = first.masked_view(spaced), []
    if spaced and found is not None:
        noise_spans = noise + [Noise("", *(first.boundary(x) for x in (s, e))) for s, e, _ in spaced]
    else:
        noise_spans = noise
    # (where nothing was deleted, the signals listed in the input are where the view's are)
    garbled = [view.span_to_raw(s, e) for s, e in mojibake.find(view.text, candidates=signals if plain else None)] \
        if hit is not None else []
    if refound:  # (the marks are the fold's own: where the view's fold differs from it, the masks, view spans)
        masked = sorted([(s, e) for _, s, e in merged] + [(s, e) for s, e, _ in spaced]) if spaced else \
            [(s, e) for _, s, e in merged]
        surveyed = tuple.__new__(Marks, (found, masked, "「" in held, listed))  # type: ignore[operator]
    else:
        surveyed = None if found is None else _marks(raw, first.fold, found, noise_spans, triggers, held, listed,
                                                     converted)
    return Cleaned(view, noise, garbled, said, surveyed, blanked)


_SPACED_MIN = 12  # ink lines a double-spaced dump holds at least
_LINE_ENDS_SENTENCE = frozenset("。！？；：!?;:”’」』）)…")
_SPACING = " \t\u3000\r\f"  # what a blank line may hold (_double_spacing)
#: the blank lines at a text's start
_LEADING_BLANK_LINES = lazy(rf"(?:[{_SPACING}]*+\n)*+")
#: the line break after a line of ink and the blank lines after it: the blank line, in the group, where it is one
#: before a line of ink (the line before the next break has ink: the blank lines after this one are in the match)
_AFTER_INK_LINE = lazy(rf"\n(?:([{_SPACING}]*+\n)(?=[{_SPACING}]*+[^{_SPACING}\n])|(?:[{_SPACING}]*+\n)*+)")


def _spaced_lines(fold: str) -> tuple[int, int]:
    """How many lines of ``fold`` hold ink, and how many of them have one blank line, then a line of ink, after
    them (what _double_spacing counts first): one scan and a match a line of ink, no copy of a line."""
    after = _AFTER_INK_LINE.findall(fold, _LEADING_BLANK_LINES.match(fold).end())
    return len(after) + (fold[fold.rfind("\n") + 1:].strip(_SPACING) != ""), len(after) - after.count("")


def _double_spacing(fold: str, chrome: list[tuple[str, int, int]]) -> list[tuple[int, int, str]]:
    """The blank lines of a text dump that puts a blank line between every two lines of a page (a PDF's text
    copied so, or a site that sets its lines apart), where its lines are printed lines: most as wide as the
    column and stopping mid-sentence. Each blank line between two lines of ink (outside the ``chrome``
    records) is then no paragraph's end, only the line break before it is: as ``(start, end, " ")`` view
    spans to blank (the blank line and its break), so the text reads as the dump it is (wraps and page
    lines decided by width, as a PDF's are). A text that sets only its paragraphs apart keeps them: its
    lines end sentences or vary in width. Empty when it is no such text (most: :func:`_spaced_lines` tells).
    (The blanks go before the break that stays: a blank at a line's start would read as a paragraph's indent.)"""
    # (each test only refuses, so the cheapest go first: the lines of ink and those one blank line parts from the
    # next, counted by one scan that copies no line, refuse every dev text; only a text they pass is split, its
    # lines read in C, and their widths measured)
    inked, single = _spaced_lines(fold)
    if inked < _SPACED_MIN or 10 * single < 9 * (inked - 1) or fold.count("\n\n") * 3 < fold.count("\n"):
        return []
    lines = fold.split("\n")
    bare = list(map(methodcaller("strip", _SPACING), lines))
    ink = list(compress(range(len(lines)), bare))  # the ink lines, by number (as many as _spaced_lines counted)
    one = list(compress(ink, map((2).__eq__, map(sub, ink[1:], ink))))  # ink lines a single blank line follows
    breaks = list(map(add, accumulate(map(len, lines)), range(len(lines))))  # each line's end (its break)
    gaps = [(breaks[k], breaks[k + 1]) for k in one]  # (the break after the ink and the blank line's blanks:
    #                                                    its own break stays)
    ink_lines = [bare[k] for k in ink]
    widths = [2 * len(line) - len(line.encode("ascii", "ignore")) for line in ink_lines]
    lasts = [line[-1] for line in ink_lines]
    full = max(widths)
    counts: dict[int, int] = {}
    for w in widths:
        if w >= 24:
            counts[w // 2] = counts.get(w // 2, 0) + 1
    if not counts:
        return []
    column = 2 * max(counts, key=lambda k: (counts[k], k))  # the commonest width of a long line (doubled)
    cut = sum(1 for w, c in zip(widths, lasts) if w >= column - 2 and c not in _LINE_ENDS_SENTENCE)
    if 4 * cut < len(ink) or column < full - 8:
        return []
    spans = [(a, c, " ") for a, c in gaps]
    if chrome:
        starts = [s for _, s, _ in chrome]
        kept = []
        for a, c, fill in spans:
            k = bisect_right(starts, c) - 1
            if k >= 0 and chrome[k][2] > a:
                continue  # (a chrome record's own blank space: it is masked as it is)
            kept.append((a, c, fill))
        spans = kept
    return spans


def _marks(raw: str, fold: str, found: list[tuple[int, int]], noise: list[Noise], triggers: list[int] | None,
           held: Collection[str] | None = None, listed: list[int] | None = None,
           converted: list[tuple[int, int]] | None = None) -> Marks | None:
    """The marker scan's matches ``found`` over ``raw`` (no character deleted from the view), and the spans
    where the view's fold may differ from ``raw`` or the survey's copy of the scan read otherwise: the masks,
    and the lines of the fold's ``triggers`` (a line holds every key OpenCC converts) where the fold differs,
    of the numerals the copy leaves out (:data:`.script.FOLDED_NUMERALS`) anyway; None where the fold was not
    made from the triggers. The fold may hold 「 where ``held`` (what the survey noted in ``raw``) does, or
    one of those lines (a mask only takes characters away). ``listed``: the offsets the survey listed of its
    listed characters (:func:`speechdoc.text.survey.list_offsets`), read again in the lines the fold converted
    (the view's fold then holds such a character at a listed offset or none: a mask only takes one away).
    ``converted``: the lines of the triggers where the fold differs from ``raw`` (:func:`_converted_lines`)."""
    changed = [(x.start, x.end) for x in noise] if noise else []
    differs = fold is not raw and fold != raw
    if differs and triggers is None:
        return None
    lines: list[tuple[int, int]] = list(converted) if differs and converted else []
    if triggers:
        numerals = [i for i in triggers if raw[i] in FOLDED_NUMERALS]
        if numerals:
            lines = sorted(set(lines).union(_converted_lines(raw, None, numerals)))
    corner = held is None or "「" in held or differs and any(fold.find("「", a, b) >= 0 for a, b in lines)
    if differs and listed is not None and converted:
        listed = _listed_in(fold, listed, converted)
    return tuple.__new__(Marks, (found, sorted(changed + lines) if lines else changed, corner,
                                 listed))  # (no Python __new__)


def _listed_in(fold: str, listed: list[int], lines: list[tuple[int, int]]) -> list[int]:
    """The offsets in ``fold`` of the characters the survey lists, from those it listed in the input (``listed``):
    those outside the ``lines`` where the fold differs from the input (it is the input there), and the fold's own
    in those lines (found by str.find: a few lines)."""
    starts = [a for a, _ in lines]
    out = []
    for i in listed:
        k = bisect_right(starts, i) - 1
        if k < 0 or i >= lines[k][1]:  # (outside the lines converted)
            out.append(i)
    for a, b in lines:
        for ch in survey.listed():
            j = fold.find(ch, a, b)
            while j >= 0:
                out.append(j)
                j = fold.find(ch, j + 1, b)
    out.sort()
    return out


def _line_search(fold: str, pattern, pos: int, anchor: str, reach: int):
    """``pattern.search(fold, pos)`` for a pattern that matches at a line start (``(?m)^``) and holds
    ``anchor`` at most ``reach`` characters into its line: tried only at the starts of the lines where
    ``anchor`` comes that early (:func:`_occurrences` skips to each), not at every character from ``pos``."""
    k = _key_at(anchor)
    if fold.find(anchor[k], pos + k) < 0:  # (most texts: one memchr in C, not the steps of a generator: a
        return None  # search for 作品 whole cost ~0.75 ns a character, for its 品 ~0.1)
    tried = -1
    for i in _occurrences(fold, anchor, pos):
        nl = fold.rfind("\n", max(0, i - reach - 1), i)  # (a bounded look back: long lines cost no more)
        start = nl + 1 if nl >= 0 else (0 if i <= reach else -1)
        if start >= pos and start != tried:
            tried = start
            m = pattern.match(fold, start)
            if m is not None:
                return m
    return None


_NOTE_BLANKS = " \t\u3000"  # (the blanks of _FLAT_NOTES between an end mark and its 注)


def _flat_notes(fold: str, pos: int) -> re.Match[str] | None:
    """``_FLAT_NOTES.search(fold, pos)``, tried only where a 注 stands: a match opens at the end mark before the one
    to eight blanks before its 注, the first character before 注 that is no blank. A search of the pattern tried its
    opening class at every character of the text's second half (~2.7 ns a character: ~90 us a dev-corpus pass, for
    its three texts with a ②); str.find skips to each 注 (its low byte is no Han character's high byte)."""
    i = fold.find("注", pos + 2)  # (an end mark and a blank before it)
    while i >= 0:
        j = i - 1
        while j >= pos and j > i - 10 and fold[j] in _NOTE_BLANKS:
            j -= 1
        if j >= pos and 1 <= i - 1 - j <= 8:
            m = _FLAT_NOTES.match(fold, j)
            if m is not None:
                return m
        i = fold.find("注", i + 1)
    return None


def _occurrences(text: str, word: str, pos: int = 0):
    """The offsets of ``word`` in ``text`` from ``pos``, in order. Found by its rarest character
    (:func:`_key_at`): str.find of one character is a memchr (~0.3–2 instructions a character on the dev
    corpus), of a word of two or more a search that costs ~4; the word is then checked where its character stands."""
    i = _find_word(text, word, pos)
    while i >= 0:
        yield i
        i = _find_word(text, word, i + 1)


def _find_word(text: str, word: str, pos: int = 0) -> int:
    """``text.find(word, pos)``, by the word's key character (:func:`_key_at`), tried where it stands (a search for a
    word of two Chinese characters whole costs ~0.75 ns a character: ~40 µs on a long report)."""
    k = _key_at(word)
    key = word[k]
    i = text.find(key, pos + k)
    while i >= 0 and not text.startswith(word, i - k):
        i = text.find(key, i + 1)
    return i - k if i >= 0 else -1


@lru_cache(maxsize=64)
def _key_at(word: str) -> int:
    """The offset in ``word`` of the character :func:`_occurrences` looks for: one that str.find skips to fast,
    the rarest of those. On a text of Chinese, str.find looks for a character's low byte with memchr, which
    also stops at every character whose *high* byte is that byte: a low byte of 0x4e–0x9f (the high byte of
    most Han characters), 0x00, 0x20, 0x30 or 0xff (of ASCII and of the common punctuation) stops it every
    few characters. Rarest: latest in the list of the commonest characters of official prose (which is in
    order of frequency), or not in it at all."""
    def cost(k: int) -> tuple[bool, int]:
        low = ord(word[k]) & 0xFF
        at = _COMMON_SIMPLIFIED.find(word[k])
        return (0x4E <= low <= 0x9F or low in (0x00, 0x20, 0x30, 0xFF)), -(len(_COMMON_SIMPLIFIED) if at < 0 else at)

    return min(range(len(word)), key=cost)


_TRIM = LINE_TRIM
_TRIM_NL = LINE_TRIM + "\n"  # (a line's edge blanks and the breaks between lines)
_BLANKS = lazy(r"[ \t\u3000\xa0\r\n]+")


def _swallow_blanks(spans: list[tuple[str, int, int]], fold: str) -> list[tuple[str, int, int]]:
    """Each record takes the blank space after it, so no empty paragraph is left between records."""
    out = []
    for i, (kind, s, e) in enumerate(spans):
        limit = spans[i + 1][1] if i + 1 < len(spans) else len(fold)
        m = _BLANKS.match(fold, e, limit)
        out.append((kind, s, m.end() if m else e))
    return out


def _join_page_breaks(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A page-number line and the form feed right after it are one page break."""
    out: list[tuple[str, int, int]] = []
    for kind, s, e in spans:
        if out and kind == "page_break" == out[-1][0] and out[-1][2] == s:
            out[-1] = (kind, out[-1][1], e)
        else:
            out.append((kind, s, e))
    return out


def _lines(fold: str, pos: int = 0, one: bool = False):
    """(start, end) of each physical line from the line that starts at ``pos`` (only that one with ``one``),
    edges trimmed; blank lines skipped."""
    n = len(fold)
    while pos <= n:
        nl = fold.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        if e - s <= MAX_LINE + 40:
            while s < e and fold[s] in _TRIM:
                s += 1
            while e > s and fold[e - 1] in _TRIM:
                e -= 1
            if e > s:
                yield s, e
        if nl < 0 or one:
            break
        pos = nl + 1


def _chrome(fold: str, held: Collection[str] | None = None) -> list[tuple[str, int, int]]:
    """Boilerplate spans (view offsets) by the rules of :mod:`speechdoc.text.boilerplate`; ``held``: the inline
    words ``fold`` holds and a form feed if it holds one (as cleaning's survey notes them), when known (else
    found here).

    Lines are never stored: a text of a million short lines holds no tuple per line.
    """
    spans: list[tuple[str, int, int]] = []
    related: list[tuple[int, int]] | None = None  # the chrome lines that label a list of other articles
    for m in chrome_lines(fold):  # the lines that are chrome, in one scan (not a step a line)
        rule = m.lastgroup
        s, e = m.span(rule)
        if e - s <= MAX_LINE:
            spans.append((LINE_KINDS[int(rule[1:])], s, e))  # type: ignore[index]
            if e - s < _RELATED_MAX and fold.startswith(_RELATED, s):  # (a label alone is short: no string is made)
                if related is None:
                    related = []
                related.append((s, e))
    notices = [(s, e) for kind, s, e in spans if kind == "file_header" and _NOTICE_ITEM.match(fold, s, e)]
    if notices:  # (a numbered notice item of a document site: the rare text)
        spans.extend(("file_header", s, e) for s, e in _notice_items(fold, notices, {s for _, s, _ in spans}))
    abstract = _ABSTRACT.match(fold)  # (one match at the text's start)
    if abstract and fold.find(abstract.group(3), abstract.end()) >= 0:
        spans.append(("file_header", abstract.start(2), abstract.end(2)))
    elif abstract is None and (abstract := _WHOLE_ABSTRACT.match(fold)) and \
            fold.find(abstract.group(2)[:_ABSTRACT_COPY], abstract.end()) >= 0:
        spans.append(("file_header", abstract.start(2), abstract.end(2)))
    if len(spans) >= _HEADER_PAGES:
        spans.extend(_running_heads(fold, [(s, e) for kind, s, e in spans if kind == "page_break"]))
    # a match of an inline rule holds one of its words, and most texts hold none: those a text holds are found
    # before any rule is looked at
    if held is None:
        held = _held_words(fold)
        feeds = "\f" in fold
    else:
        feeds = "\f" in held
    if held:
        for kind, rule, needs in inline_rules()[1]:
            if not held.isdisjoint(needs):
                spans.extend((kind, s, e) for s, e in _inline_matches(fold, rule, tuple(w for w in needs if w in held)))
    if feeds:
        spans.extend(("page_break", m.start(), m.end()) for m in form_feed().finditer(fold))
    # (an x first, found by memchr: the dev texts' test costs 9 us a round, the word's own search alone 70 us)
    if "x" in fold and "x0dx0a" in fold:
        spans.extend(("line_end", m.start(), m.end()) for m in _ESCAPED_LINE_ENDS.finditer(fold))
    # (most texts have no contents, page labels or chrome: no generator is made for none, ~2 k instructions each)
    toc = contents.find(fold)
    if toc:
        spans.extend(("toc", s, e) for s, e in toc)
    labels = pages.chunk_labels(fold)
    if labels:
        spans.extend(("page_break", s, e) for s, e in labels)
    if not spans:
        return spans
    if related:
        spans.extend(("footer", s, e) for s, e in _related_lists(fold, related, spans))
    # a line that only names the site the chrome names is chrome too
    # (every name ends in 网, 站 or 文库: a span without one of those characters is not read by the five rules)
    names = {m.group(1) for kind, s, e in spans if kind not in ("page_break", "toc")
             and (fold.find("网", s, e) >= 0 or fold.find("站", s, e) >= 0 or fold.find("库", s, e) >= 0)
             for rule in SITE_RULES for m in rule.finditer(fold, s, e)}
    if names:
        spans.extend(("site", s, e) for s, e in _site_lines(fold, names))
    return spans


#: line ends a page wrote out as the letters of their codes (\x0d\x0a with the backslashes lost: a content farm's copy of
#: a text, 公文的特征 x0dx0ax0dx0a一、有鲜明的政治性。 x0dx0ax0dx0a二、…): each run is a line end, masked with line
#: breaks like chrome, so a heading after one opens its line
_ESCAPED_LINE_ENDS = lazy(r"(?:x0dx0a)+")


#: a numbered item of a document site's notice (4、本站资源下载后…, - 1、本文档由用户上传…); group 1 its number
_NOTICE_ITEM = lazy(r"(?:[-•·][ \t\u3000]{0,2})?([0-9]{1,2})[、.．]")


def _notice_items(fold: str, notices: list[tuple[int, int]], seen: set[int]) -> list[tuple[int, int]]:
    """The lines next to a notice item the chrome rules know (``notices``: trimmed line spans) that number the same
    notice on, one less above it or one more below it, line after line (no blank line between): a site's notice
    (友情提示⏎2、PDF文件下载后…⏎3、本站不支持迅雷下载…⏎4、本站资源…⏎5、试题试卷类文档…) is the site's whole, though the
    rules know only some of its items. A narrow column may wrap an item (1. 1、下载文档前请自行甄别文档内容的完整⏎性,平台…
    ⏎案等附加服务。⏎2. 2、…): up to _NOTICE_WRAPS lines between two items, each going on from the line above it (which
    ends no sentence), are the first item's, and set aside with the next one. ``seen``: the starts of spans found
    already."""
    found: list[tuple[int, int]] = []
    for s, e in notices:
        n = int(_NOTICE_ITEM.match(fold, s, e).group(1))
        for step in (-1, 1):
            at, k = (s, e), n
            while k + step >= 1:
                wraps: list[tuple[int, int]] = []  # the lines between this item and the next one, wrapped
                while True:
                    line = _next_line(fold, at, step)
                    if line is None:
                        break
                    lo, end = line
                    m = _NOTICE_ITEM.match(fold, lo, end) if end - lo <= MAX_LINE else None
                    if m is not None or len(wraps) == _NOTICE_WRAPS or end == lo or end - lo > MAX_LINE:
                        break  # (an item's number, or no line of an item)
                    above = at if step > 0 else _next_line(fold, line, -1)  # the line this one would go on from
                    if above is None or above[0] == above[1] or _ends_sentence(fold, *above):
                        break
                    wraps.append(line)
                    at = line
                if line is None or m is None or int(m.group(1)) != k + step:
                    break
                k += step
                for lo, end in (*wraps, line):
                    if lo not in seen:
                        seen.add(lo)
                        found.append((lo, end))
                at = line
    return found


#: lines of one notice item a narrow column may wrap it into, past its first (:func:`_notice_items`)
_NOTICE_WRAPS = 3


def _next_line(fold: str, at: tuple[int, int], step: int) -> tuple[int, int] | None:
    """The trimmed span of the line right below (``step`` 1) or right above (-1) the line ``at``, or None at the text's
    edge."""
    if step < 0:
        hi = fold.rfind("\n", 0, at[0])  # the line above ends at the break before this one
        if hi <= 0:
            return None
        lo = fold.rfind("\n", 0, hi) + 1
    else:
        lo = fold.find("\n", at[1])
        if lo < 0:
            return None
        lo += 1
        hi = fold.find("\n", lo)
        hi = len(fold) if hi < 0 else hi
    while lo < hi and fold[lo] in _TRIM:
        lo += 1
    end = hi
    while end > lo and fold[end - 1] in _TRIM:
        end -= 1
    return lo, end


def _ends_sentence(fold: str, lo: int, end: int) -> bool:
    """Does the trimmed line ``fold[lo:end]`` end a sentence (closing brackets and quotes aside)?"""
    while end > lo and fold[end - 1] in "”’」』)）":
        end -= 1
    return end > lo and fold[end - 1] in "。！？!?；;"


#: a document site's abstract: the line under the title line opens with the title again and runs on into the text, cut
#: without a sentence end (2023年…工作报告(20230224)⏎2023年…工作报告各位代表:现在,…一、2022年工作回顾2022年是…也是西安发),
#: or at the end of a clause (…主要有两项内容:一是对全市双拥工作进行总结表彰;); it is chrome when the text after it repeats
#: its last characters (the body it was cut from). Its markers are the body's, copied: read as text they would stand
#: for the body's own.
#: (possessive: a first line longer than a title, or a second line that does not open with it, fails at once)
_ABSTRACT_HEAD = r"[ \t\u3000\n]{0,8}+(?=[^\n]{6,72}+\n)([^\n]{6})[^\n]*+\n[ \t\u3000\n]{0,8}+"
_ABSTRACT = lazy(_ABSTRACT_HEAD + r"(\1[^\n]{30,360}([^\n \t\u3000。！？!?；;…”’」』)）]{4})[；;]?)[ \t\u3000]{0,4}(?=\n)")

#: ... and one that ends a sentence (会议记录格式及范文⏎会议记录格式及范文 一、…构成。 标题有两种情况,一是…。二是…。⏎会议记录
#: 格式及范文 一、…构成。 标题有两种情况,一是…纪 要》。…): chrome when the text after it opens the same way, its first
#: _ABSTRACT_COPY characters repeated (the body it copies; a short first paragraph that opens with the title is no copy)
_WHOLE_ABSTRACT = lazy(_ABSTRACT_HEAD + r"(\1[^\n]{30,360}[。！？!?][”’」』)）]?)[ \t\u3000]{0,4}(?=\n)")
_ABSTRACT_COPY = 30

#: labels of a site's list of other articles (相关文章：⏎一、…的主持词⏎二、…), on the folded view
_RELATED = ("相关文章", "相关推荐", "相关阅读", "推荐阅读", "延伸阅读", "热门文章", "热门推荐", "最新文章", "猜你喜欢",
            "热点文章阅读", "更多相关")
#: the lines a list of articles ends in when it is not the last thing on the page: the kinds of text a speech site
#: lists (…的讲话, …主持词, 2篇, 范文)
_RELATED_MAX = max(map(len, _RELATED)) + 4  # (a label, a colon and blanks: the longest line it is alone on)
_BLANK_RUN = lazy(r"[ \t\u3000\n]*")
_ARTICLE_END = lazy(r"(?:讲话|讲话稿|发言|发言稿|主持词|致辞|报告|总结|范文|心得体会|心得|方案|汇报|材料|提纲|大全|模板|精选"
                    r"|[0-9０-９一二三四五六七八九十]{1,3}篇)[ \t\u3000]{0,2}[)）】\]]?$")
_LISTED_END = frozenset("。！？!?；;：:")
_SENTENCE = lazy(r"[。！？!?；;]")


def _related_lists(fold: str, labels: list[tuple[int, int]], spans: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """The lines of a site's list of other articles under a label alone on its line (``相关文章：`` then one title a
    line, often numbered ``一、`` ``1、``: read as text they are a list of headings). A listed line is short and holds
    no sentence end; the list is chrome when it runs to the end of the text (chrome and blank lines aside) or every
    line of it names a kind of article (…的讲话, …主持词): a short line before a speech's body (``一、认清形势``
    followed by its paragraph) is not taken."""
    chrome = {s for _, s, _ in spans}  # (few: the lines that are chrome)
    out: list[tuple[int, int]] = []
    n = len(fold)
    for ls, le in labels:
        rest = fold[ls:le]
        rest = rest[next(len(w) for w in _RELATED if rest.startswith(w)):].strip(" \t\u3000:：>»›…。.!！")
        if rest:  # the label's line holds the list itself, or text
            continue
        listed: list[tuple[int, int]] = []
        pos, to_end = le, True
        while pos < n:
            pos = _BLANK_RUN.match(fold, pos).end()  # (in C: a footer is often followed by many blank lines)
            if pos >= n:
                break
            nl = fold.find("\n", pos)
            end = n if nl < 0 else nl
            s, e = pos, pos + len(fold[pos:end].rstrip(_TRIM))
            pos = end + 1
            if s in chrome:
                if not listed:
                    break  # (the label's list is empty: chrome follows it, as a page that lost the list)
                continue
            if e - s > contents.MAX_ENTRY or fold[e - 1] in _LISTED_END or _SENTENCE.search(fold, s, e):
                to_end = False
                break
            listed.append((s, e))
        if listed and (to_end or all(_ARTICLE_END.search(fold, s, e) for s, e in listed)):
            out.extend(listed)
    return out


#: a line printed next to this many page numbers at least (and to half of them) is a running header or footer
_HEADER_PAGES = 3
_HEADER_MAX = 40  # a running header is a short line
_DIGITS = str.maketrans("", "", "0123456789０１２３４５６７８９")


def _running_heads(fold: str, numbers: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The lines right above or below the page-number lines ``numbers`` (view spans) that say the same
    (digits aside) at most of them: a running header or footer that a PDF's text dump keeps in the text
    (政府工作报告 ⏎ - 3 - ⏎ 政府工作报告 …). Cut off mid-heading it would take the heading's title
    (五、⏎- 25 -⏎政府工作报告⏎使用新式步犁…)."""
    if len(numbers) < _HEADER_PAGES:
        return []
    found: dict[str, list[tuple[int, int]]] = {}
    for s, e in numbers:
        for a, b in (_line_before(fold, s), _line_after(fold, e)):
            if 0 < b - a <= _HEADER_MAX:
                found.setdefault(fold[a:b].translate(_DIGITS), []).append((a, b))
    out = []
    for key, lines in found.items():
        if key and len(lines) >= _HEADER_PAGES and 2 * len(lines) >= len(numbers):
            out.extend(("page_break", a, b) for a, b in lines)
    return out


def _line_before(fold: str, s: int) -> tuple[int, int]:
    """The trimmed non-blank line that ends before ``s`` (the start of a line), or (0, 0)."""
    e = s
    while e > 0 and fold[e - 1] in _TRIM_NL:
        e -= 1
    a = fold.rfind("\n", 0, e) + 1
    while a < e and fold[a] in _TRIM:
        a += 1
    return (a, e) if e > a else (0, 0)


def _line_after(fold: str, e: int) -> tuple[int, int]:
    """The trimmed non-blank line that starts after ``e`` (the end of a line), or (0, 0)."""
    n = len(fold)
    a = e
    while a < n and fold[a] in _TRIM_NL:
        a += 1
    b = fold.find("\n", a)
    b = n if b < 0 else b
    while b > a and fold[b - 1] in _TRIM:
        b -= 1
    return (a, b) if b > a else (0, 0)


@lru_cache(maxsize=1)
def _inline_words() -> tuple[str, ...]:
    """Every word of the inline rules (:func:`.boilerplate.inline_rules`)."""
    return tuple(w for _, _, words in inline_rules()[1] for w in words)


@lru_cache(maxsize=1)
def _inline_scan() -> re.Pattern[str]:
    """One pattern for every word of :func:`_inline_words`, the longest first. No word is a prefix of another,
    lies inside another, or ends in how another begins (tests/test_clean_scans.py), so the leftmost matches
    of one scan are every word a text holds."""
    return re.compile("|".join(map(re.escape, sorted(_inline_words(), key=len, reverse=True))))


def _held_with_lines(fold: str, held: frozenset[str], converted: list[tuple[int, int]]) -> Collection[str]:
    """The inline words ``fold`` holds, or some more: ``held`` (those its input holds) and those of each line
    the fold ``converted`` (the fold is its input elsewhere). A word ``fold`` does not hold costs a search and
    finds no line (:func:`_chrome`)."""
    out = set(held)
    scan = _inline_scan().findall
    for a, b in converted:
        out.update(scan(fold, a, b))
    return out


def _converted_lines(raw: str, fold: str | None, triggers: list[int]) -> list[tuple[int, int]]:
    """The spans of the lines of ``raw`` that hold one of the increasing offsets ``triggers``, each once, those where
    ``fold`` (the fold of ``raw``, of its length) differs from ``raw`` (every line where ``fold`` is None)."""
    lines: list[tuple[int, int]] = []
    end = -1
    for i in triggers:
        if i >= end:  # (a line once)
            a = raw.rfind("\n", 0, i) + 1
            end = raw.find("\n", i)
            end = len(raw) if end < 0 else end
            if fold is None or raw[a:end] != fold[a:end]:
                lines.append((a, end))
    return lines


def _held_words(fold: str) -> Collection[str]:
    """The words of :func:`_inline_words` that ``fold`` holds, by one scan in C. A test of each word costs
    a whole search a word (~1.8 ns a character for two Chinese characters in CPython 3.11: its skip table
    fails on Chinese) and a test by a key character first still searched whole wherever a common character
    was the key (文 省 处 未): ~12 % of a parse of the dev corpus, against ~5 % for the one scan."""
    return frozenset(_inline_scan().findall(fold))


def _site_lines(fold: str, names: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``fold`` (trimmed, as :func:`_lines` gives them) that only names a site of
    ``names``: at most 60 characters, and the part before a "site - section" separator is the name.

    Such a line starts with its name: only the lines that start where a name stands are read (a str.find a
    name), not every line of the text (a Python step a line: most of the chrome stage on a long page)."""
    out = []
    for a in sorted(_line_starts_holding(fold, names)):
        for s, e in _lines(fold, a, True):
            if e - s <= 60 and _SITE_HEAD.match(fold, s, e).group().rstrip(" \t") in names:
                out.append((s, e))
    return out


def _inline_matches(fold: str, rule: re.Pattern[str], words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of ``rule.finditer(fold)``, an inline rule's matches (each holds one of ``words`` and no line
    break, opening at most INLINE_REACH characters before its word), searched only from INLINE_REACH characters
    before each word to the end of the word's line (its break included: a lookahead reads it there as it does
    on the whole text).

    No match starts before the first word at or after where the last one ended less the reach, so a search
    from there finds the next match the whole scan finds (its lookbehinds read the text before it), and none
    is left once no word is; none that holds a later line's word starts in this one. A scan of the whole line
    was ~3-4 ns a character where a rule opens with a common class (a digit, a blank) or a word of no common
    first character: a flattened PDF dump is one line of thousands of characters, holding a site's word at its
    head or its end; and a search on to the text's end where a word stands in prose without its rule (a
    report's 隐藏, 未完) read the rest of a long text. Each word is found by str.find, at most once at each of
    its places."""
    out: list[tuple[int, int]] = []
    after = {w: _find_word(fold, w) for w in words}  # each word's first place at or after pos (-1: none)
    pos = 0
    while True:
        q = -1
        for w, i in after.items():
            if 0 <= i < pos:
                i = after[w] = _find_word(fold, w, pos)
            if i >= 0 and (q < 0 or i < q):
                q = i
        if q < 0:
            return out
        end = fold.find("\n", q) + 1 or len(fold)  # (the word's line, its break included)
        m = rule.search(fold, max(pos, q - INLINE_REACH), end)
        if m is None:
            pos = end  # (no match in the word's line: the next is after it)
            continue
        s, e = m.span()
        out.append((s, e))
        pos = e if e > s else e + 1


def _line_starts_holding(fold: str, words) -> set[int]:
    """The start of each line of ``fold`` that holds one of ``words`` (each found whole by str.find)."""
    starts = set()
    for w in words:
        i = fold.find(w)
        while i >= 0:
            starts.add(fold.rfind("\n", 0, i) + 1)
            end = fold.find("\n", i)
            i = fold.find(w, end) if end >= 0 else -1  # (the rest of this line is in already)
    return starts


_SITE_HEAD = lazy(r"[^-|_–—·]{0,30}")  # the part of a line before a "site - section" separator


def _merge(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for kind, s, e in sorted(spans, key=lambda t: (t[1], -t[2])):
        if out and s < out[-1][2]:
            if e > out[-1][2]:
                out[-1] = (out[-1][0], out[-1][1], e)
            continue
        out.append((kind, s, e))
    return out
