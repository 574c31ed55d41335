"""Turn compact internal records into the frozen pydantic Document.

Everything before this stage works on view offsets and plain tuples; here spans
are mapped back to the input and models are made once, with ``model_construct``
(the values are built by us, so validation would only cost time).

The body of each speech is cut into *blocks* at paragraph starts and marker
starts, minus noise; the blocks and the noise records tile the input, so every
character has exactly one home.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

from .fastmodel import builder, maker
from .model import Metric, OutlineNode, Paragraph, Sentence, Speech
from .pending import ParagraphTable, PendingParagraphs, PendingSentences, SharedOwners, SharedSentences
from ..outline.decode import Node
from ..outline.segment import SpeechCut, sentence_bounds
from ..outline.markers import POINT_STYLES
from ..lazy import lazy
from ..text.clean import has_line_ends, line_ends_as_newlines
from ..text.textview import ARRAY_FROM, TextView

__all__ = ["Block", "Blocks", "SentenceSource", "cut_blocks", "make_nodes", "make_paragraph",
           "offsets_only", "pending_paragraphs", "sentence_source", "source_of", "source_text", "speech_record",
           "TITLE_CAP"]

TITLE_CAP = 200  # a "title" with no terminator within this many characters is cut here
_BOLD_CLOSE = lazy(r"(?:\*\*|__)[ \t\u3000]{0,4}")
# … or a site's Latin-digit token standing for a lost line break (重点任务C6m   今年…)
# (the token's first character is read before the lookbehind, so the lookaheads start one later: the same
# matches as
# ``(?<=[\u3400-\u9fff])(?=[A-Za-z]{0,3}[0-9])(?=[0-9]{0,3}[A-Za-z])[A-Za-z0-9]{2,5}(?=[ \t\u3000]{2})``)
# (and a token of capitals alone: 工作回顾BNC   全县…, a site's letter stand-in that the outline's
# markers also read as a lost line break when it recurs)
# … or the heading's English translation glued to it on a bilingual page (过去五年工作回顾I. Review of…,
# 工作回顾Review of the work…)
# (the pattern opens with one class, the union of the branches' first characters, which the re engine scans
# for in C; each branch reads on from after that character. An alternation of branches that each open with
# a class gets no such scan: the engine tried every branch at every character of the title)
_TITLE_END = lazy(r"[。！？!?；;A-Za-z0-9](?:(?<=[。！？!?；;])"
                  r"|(?<=[\u3400-\u9fff][A-Za-z])(?=[A-Za-z]{0,2}[0-9])[A-Za-z0-9]{1,4}(?=[ \t\u3000]{2})"
                  r"|(?<=[\u3400-\u9fff][A-Z])[A-Z]{1,4}(?=[ \t\u3000]{2})"
                  r"|(?<=[\u3400-\u9fff][0-9])(?=[0-9]{0,2}[A-Za-z])[A-Za-z0-9]{1,4}(?=[ \t\u3000]{2})"
                  r"|(?<=[\u3400-\u9fff][A-Z])(?:[IVX]{0,3}\.[ ]+[A-Z][a-z]|[a-z]+(?:[ ]+[A-Za-z][a-z]*){2}\b))")
_TRAIL = " \t\u3000\n\r，,、：:¬¶↵↲⏎"  # (and the marks a converter prints for a line end: 1.全面性 ¬)
_BLANKS = " \t\u3000\n\r"
#: styles the outline tells apart that the model names as one: 壹、 is a Chinese numeral and 、
_EXPORTED_STYLE = {"han_cap": "han_dun"}
_CJK_WORD = "\u3400-\u9fff\uf900-\ufaff"  # ideographs: a phrase, no punctuation


@dataclass(slots=True)
class Block:
    start: int  # view offsets
    end: int
    owner: int  # node index in the speech, -1 for the speech itself


def title_span(fold: str, marker_end: int, limit: int, hard_breaks: Sequence[int], para_starts: Sequence[int],
               noise: Sequence[tuple[int, int]] = (), heading: bool = False, flat: bool = False) -> tuple[int, int]:
    """View span of a node's title: after the marker, to 。！？； a line end or the next marker.

    A marker alone on its line takes the next line, unless noise (a masked notice) lies between.
    A ``heading`` on a page that lost its line breaks ends at the blank that stands for its own
    (see _lost_break; ``flat``: its line is a flattened PDF line, whose layout read its gaps).
    ``hard_breaks`` are the layout's hard line breaks (sorted view offsets).
    """
    ts = marker_end
    first = fold[ts] if ts < limit else ""  # (the title's first character, read once for both tests)
    while first and first in " \t\u3000":
        ts += 1
        first = fold[ts] if ts < limit else ""
    if first and first in "*_" and fold.startswith(("**", "__"), ts, limit):
        ts = _BOLD_CLOSE.match(fold, ts, limit).end()  # "**1.** 加强领导", "**一、**加强领导": the marker's closing bold
    k = bisect_left(hard_breaks, ts)  # the next hard line break (None: none after the title's start)
    hard = hard_breaks[k] if k < len(hard_breaks) else None
    if hard == ts:
        k = bisect_right(para_starts, ts)
        if k < len(para_starts) and para_starts[k] < limit:
            nxt = para_starts[k]
            j = bisect_right(noise, (nxt, nxt))
            if j == 0 or noise[j - 1][1] <= ts:  # no noise between the marker and that line
                ts = nxt
                k = bisect_left(hard_breaks, ts)
                hard = hard_breaks[k] if k < len(hard_breaks) else None
    stop = ts + TITLE_CAP
    if stop > limit:
        stop = limit
    if hard is not None and hard < stop:
        stop = hard
    m = _TITLE_END.search(fold, ts, stop)
    te = m.start() if m else stop
    if m is None and te == hard and fold[te] != "\n":  # (a line break stays the end: no blank goes on after it)
        te = _across_stray_space(fold, ts, te, limit)  # (a hard break inside a flattened line: its gap)
    if heading:  # the body glued on with its paragraph's indent: 一、上半年工作回顾　　今年以来，… (the line
        # break before the indent was lost, as on a page that lost all of them): the title ends there. Not a
        # letter-spaced heading (一、前　　言: one character before the blanks), nor one blank (a stray space),
        # nor the indent of the next printed line of a heading wrapped across lines (…的责任⏎　　感和紧迫感)
        title = fold[ts:te]  # (one slice for the cheap tests: most titles are printable and hold no blank, so
        if not title.isprintable() or " " in title:  # hold no ideographic blank and no line break: no test reads them)
            g = fold.find("\u3000\u3000", ts + 2, te)
            if g > 0 and fold[g - 1] not in _BLANKS and fold[g - 2] not in _BLANKS:
                te = g
                title = fold[ts:te]
            if " " in title:
                cut = _lost_break(fold, ts, te, flat)
                if cut != te:
                    te = cut
                    title = fold[ts:te]
            if "\n" in title:
                te = _lost_opening(fold, ts, te)
    last = fold[te - 1] if te > ts else ""  # (the title's last character: read once for the tests below)
    if last and last in _TRAIL:
        te -= 1
        while te > ts and fold[te - 1] in _TRAIL:
            te -= 1
        last = fold[te - 1] if te > ts else ""
    if last >= "\x7f" or te - ts <= 2:  # (most titles end with an ideograph: no bold mark, no ASCII junk)
        return ts, te
    # Markdown's bold around a heading (**一、加强领导**, 一、**加强领导**) is not part of its title
    while te - ts > 2 and fold[te - 1] in "*_" and fold[te - 2] == fold[te - 1]:
        te -= 2
        while te > ts and fold[te - 1] in _TRAIL:
            te -= 1
    if te - ts > 3 and fold[te - 1] < "\x7f":  # a site's anti-copy string after the title: 去年工作回顾 *2m{i:3
        j = _JAMMER_TAIL.search(fold, ts, te)
        if j is None or not _jammer(j.group(1)):
            # a forum's junk string after the title, short tokens glued or spaced, across a line
            # end too: 领导讲话稿的概念& J* D0 x: J2 [* c5 C6 w (a Discuz page's anti-copy noise)
            j = _JAMMER_RUN.search(fold, ts, te)
            if j is not None and sum(map(_jammer_token, j.group(1).split())) < 3:
                j = None
        if j is not None:
            te = j.start()
            while te > ts and fold[te - 1] in _TRAIL:
                te -= 1
    return ts, te


# an ASCII token after a blank at the end of a title
_JAMMER_TAIL = lazy(r"(?<=[^\x00-\x7f])[ \t\u3000]+([!-~]{2,16})$")
_JAMMER_MARKS = frozenset("!\"#$'()*,:;<=>?@[\\]^`{|}~")
# three or more tokens of one to three ASCII characters at the end of a title, after an ideograph
_JAMMER_RUN = lazy(r"(?<=[^\x00-\x7f])[ \t\u3000\n]*((?:[!-~]{1,3}[ \t\u3000\n]+){2,}[!-~]{1,3})$")


def _jammer_token(token: str) -> bool:
    """One short token of a junk run: a mark in it (&, J*, x:) or a letter with a digit (D0, c5)."""
    return any(c in _JAMMER_MARKS or c == "&" for c in token) or (
        any(c.isdigit() for c in token) and any(c.isalpha() for c in token))


def _jammer(token: str) -> bool:
    """Is this the random string a site hides in its page to spoil copying (``*2m{i:3``, ``q9!xZ``,
    ``LsMq&a-j2``)? Brackets, quotes or other marks, or lower-case letters with digits; not a word
    (``GDP``, ``5G``, ``PM2.5``, ``R&D``)."""
    if any(c in _JAMMER_MARKS for c in token):
        return True
    lower = any("a" <= c <= "z" for c in token)
    digit = any("0" <= c <= "9" for c in token)
    upper = any("A" <= c <= "Z" for c in token)
    return lower and (digit or (upper and sum(1 for a, b in zip(token, token[1:]) if a.islower() != b.islower()) >= 3))


# read only for a title cut at a stray space (see _across_stray_space): compiled at its first use
_CLOSES_SOON = lazy(rf"[ \t\u3000]([{_CJK_WORD}]{{1,6}})[。！？!?；;]")


def _across_stray_space(fold: str, ts: int, te: int, limit: int) -> int:
    """A title cut at a flattened PDF line's space inside a phrase (``…的新形 势新要求。``) goes on to
    the sentence end when that comes within a few characters, as the repaired text reads."""
    if te - ts < 4 or fold[te - 1] in _TRAIL or not _is_cjk_word(fold[te - 1]):
        return te
    m = _CLOSES_SOON.match(fold, te, limit)
    return m.end(1) if m else te


#: a title on a line with no line break this far on either side is on a page that lost its breaks
_RUN_ON_REACH = 200
_GAP = lazy(r"[ \t\u3000]+")
_CLOSERS = "”」』）)》"
# what opens the text after a heading whose line break became a blank: a date (20xx 年, 1 月 16 日, **年),
# or an English phrase (the heading's translation on a bilingual page: I. Review of…), not a
# placeholder (XX 县区) or a lone abbreviation (GDP 增长); the date opens a sentence (20xx 年，…, 1-11月，…,
# 1 月 16 日, 2019 年是…, 20xx 年全县…), where a heading's own year goes on with a noun (巩固扩大 2019 年成果)
_DATE_AFTER = lazy(r"[0-9０-９xX*×]{1,4}(?:[-—–~～至到][0-9０-９xX*×]{1,4})?[ \t\u3000]?[年月]"
                   r"(?=[ \t\u3000]?(?:[，,、：:]|[0-9０-９xX*×]|以来|来|是|底|初|末|[上下]半年|前|份|[全我各共在]|累计|完成|实现))")
_ENGLISH_AFTER = lazy(r"(?:[IVX]{1,4}\.|[A-Za-z][a-z]+)[ ,]+[A-Za-z][a-z]*")


def _lost_break(fold: str, ts: int, te: int, flat: bool) -> int:
    """The end of a heading's title ``[ts, te)`` on a run-on line (_RUN_ON_REACH characters or
    more: a page that lost its line breaks, whose breaks became blanks):
    the first blank after an ideograph (or a closing mark) that the body or the heading's
    English translation follows (一、认真学习贯彻…上来 脱贫攻坚是…, 一、过去五年工作回顾 I. Review…,
    一、经济形势 20xx 年，…). Blanks after a digit or a comma are a PDF's stray spaces (2020 年,
    丰硕, 高质量); on a flattened PDF line (``flat``) a blank between two ideographs may be a wrap
    inside the heading, which the layout has read already, so only a translation or a date ends
    the title there. Bounded look-ups: O(_RUN_ON_REACH) a heading."""
    lo = fold.rfind("\n", max(0, ts - _RUN_ON_REACH), ts)  # (-1: the text's start, if that is in reach)
    hi = fold.find("\n", ts, ts + _RUN_ON_REACH)
    if hi < 0 and ts + _RUN_ON_REACH >= len(fold):
        hi = len(fold)
    if (lo >= 0 or ts < _RUN_ON_REACH) and 0 <= hi < lo + _RUN_ON_REACH:
        return te  # a line shorter than _RUN_ON_REACH
    for g in _GAP.finditer(fold, ts + 2, te):
        a, b = g.span()
        left = fold[a - 1]
        if not (_is_cjk_word(left) or left in _CLOSERS) or b >= te:
            continue
        right = fold[b]
        if (_is_cjk_word(right) or right == "—") and not flat:
            return a
        if (_DATE_AFTER.match(fold, b) and left not in "年月日") or _ENGLISH_AFTER.match(fold, b):
            return a  # (a date goes on after its year or month: 2020 年 3 月 6 日)
    return te


def _lost_opening(fold: str, ts: int, te: int) -> int:
    """A heading's title that runs on across a line break to a line opening with a comma ends at
    that break: the site dropped the words before the comma (一、认真总结成绩，…劲头⏎，全县上下…,
    where 20XX年 was lost); a heading is not wrapped before a comma."""
    nl = fold.find("\n", ts, te)
    j = nl + 1
    while j < te and fold[j] in " \t\u3000\r\n":
        j += 1
    return nl if j < te and fold[j] in "，," and nl - ts >= 4 else te


def _is_cjk_word(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


class BlockSpans(NamedTuple):
    """A speech's blocks as the assembly keeps them: three parallel lists (view start, view end, owner: a
    node's index in the speech, -1 for the speech itself), in document order, no object a block."""

    starts: list[int]
    ends: list[int]
    owners: list[int]


def block_spans(start: int, end: int, para_starts: Sequence[int], nodes: Sequence[tuple[int, int, int | None]],
                noise: Sequence[tuple[int, int]], text: str) -> BlockSpans:
    """The blocks tiling ``[start, end)`` minus noise (see :func:`cut_blocks`), as :class:`BlockSpans` (made as a
    tuple is: its class's ``__new__`` is a Python function)."""
    return tuple.__new__(BlockSpans, block_lists(start, end, para_starts, nodes, noise, text))


def block_lists(start: int, end: int, para_starts: Sequence[int], nodes: Sequence[tuple[int, int, int | None]],
                noise: Sequence[tuple[int, int]], text: str, node_starts: list[int] | None = None
                ) -> tuple[list[int], list[int], list[int]]:
    """:func:`block_spans`'s three lists in a plain tuple (what the pipeline unpacks at once: no BlockSpans made).
    ``node_starts``: the nodes' starts, where the caller has them (the pipeline's assembly): no list made of them.

    Each piece between two cuts (paragraph starts, node starts, noise edges) is a block of the deepest
    node that holds it: the pieces and the nodes are both in document order, so one walk finds each
    owner (the last node started, or its nearest ancestor whose text reaches the piece).
    """
    # noise is sorted and disjoint: keep the records that touch [start, end), so a document of many
    # speeches does not walk every record once a speech
    if noise:
        noise = noise[bisect_right(noise, start, key=_second):bisect_left(noise, end, key=_first)]
    # the cuts in order: the paragraph starts inside (sorted) and the few others, merged by one sort (of two sorted
    # runs and the noise edges: timsort merges runs, where a set's order needed a full sort); a cut made twice (a
    # node starts its paragraph) gives an empty piece, skipped below
    if node_starts is None:
        node_starts = [s for s, _, _ in nodes]
    bounds = [*para_starts[bisect_right(para_starts, start):bisect_left(para_starts, end)], start, *node_starts]
    for s, e in noise:
        if s < end and e > start:
            bounds.append(s if s > start else start)
            if e < end:
                bounds.append(e)
    bounds.sort()
    bounds.append(end)
    starts: list[int] = []
    ends: list[int] = []
    owners: list[int] = []
    add_start, add_end, add_owner = starts.append, ends.append, owners.append
    ink = _INK.search
    pending: int | None = None  # start of whitespace waiting for the next block
    last = len(nodes) - 1
    k = -1  # the last node that starts at or before the piece
    next_node = node_starts[0] if nodes else end
    owner = -1  # the piece's: node k or its nearest ancestor whose text reaches the piece (-1: the speech)
    owner_end = end  # where the owner's text ends
    # the first noise record that ends after the piece's start, and its span (a piece starts before ``end``:
    # (end, end) stands for none)
    j = 0
    noise_start, noise_end = noise[0] if noise else (end, end)
    a = bounds[0]
    # (the first place at or after the piece's start where the noise record, the node or the owner may change: a
    # piece before it is read by this one test)
    event = min(noise_start, next_node, owner_end)
    for b in islice(bounds, 1, None):
        if a >= b:
            a = b
            continue
        if a >= event:
            if noise_end <= a:
                j += 1
                while j < len(noise) and noise[j][1] <= a:
                    j += 1
                noise_start, noise_end = noise[j] if j < len(noise) else (end, end)
            if noise_start <= a:
                event = a  # (read again at the next piece)
                a = b
                continue  # a noise record, not a block
            if next_node <= a:
                while next_node <= a:
                    k += 1
                    next_node = node_starts[k + 1] if k < last else end
                owner = k
                owner_end = nodes[k][1]
            # (the pieces come in order: an owner's text, once passed, stays passed, so the climb goes on from here)
            while owner >= 0 and a >= owner_end:  # (every ancestor starts before the piece)
                parent = nodes[owner][2]
                owner = parent if parent is not None else -1
                owner_end = nodes[owner][1] if owner >= 0 else end
            event = noise_start if noise_start < next_node else next_node
            if owner_end < event:
                event = owner_end
        # all white space (no copy of the block); most blocks open with ink (a paragraph starts at it)
        if text[a].isspace() and ink(text, a, b) is None:
            if ends and ends[-1] == a:
                ends[-1] = b  # whitespace joins the block before it
            else:
                pending = a
                add_start(a)
                add_end(b)
                add_owner(owner)
            a = b
            continue
        if pending is not None:
            if starts and starts[-1] == pending and ends[-1] == a:
                starts.pop()
                ends.pop()
                owners.pop()
                a = pending  # leading whitespace joins the block after it
            pending = None
        add_start(a)
        add_end(b)
        add_owner(owner)
        a = b
    return starts, ends, owners


_first = itemgetter(0)  # a span's start and end, for bisect's key (C callables: a Python function cost ~1 k a probe)
_second = itemgetter(1)


def cut_blocks(start: int, end: int, para_starts: Sequence[int], nodes: Sequence[tuple[int, int, int | None]],
               noise: Sequence[tuple[int, int]], text: str) -> Sequence[Block]:
    """Blocks tiling ``[start, end)`` minus noise; ``nodes`` are (start, end, parent) in order (a list, or
    :class:`Blocks` when there are ARRAY_FROM or more). The parse keeps them as :func:`block_spans` gives them."""
    spans = block_spans(start, end, para_starts, nodes, noise, text)
    if len(spans.starts) >= ARRAY_FROM:
        return Blocks.of(spans)
    return [Block(a, b, o) for a, b, o in zip(*spans)]


class Blocks(Sequence[Block]):
    """Many blocks (a storm of paragraphs) kept as three arrays of machine integers, 12 bytes a block where
    a Block and its ints cost ~110; a Block is made for each one read. The blocks of a speech live while
    its metrics are read and its records made, when a parse peaks (control-chars at 1 M: 20 k blocks)."""

    __slots__ = ("starts", "ends", "owners")

    def __init__(self, blocks: list[Block]) -> None:
        wide = "i" if not blocks or blocks[-1].end < 2 ** 31 else "q"
        self.starts = array(wide, [b.start for b in blocks])
        self.ends = array(wide, [b.end for b in blocks])
        self.owners = array("i", [b.owner for b in blocks])

    @classmethod
    def of(cls, spans: BlockSpans) -> Blocks:
        new = cls.__new__(cls)
        wide = "i" if not spans.ends or spans.ends[-1] < 2 ** 31 else "q"
        new.starts, new.ends, new.owners = array(wide, spans.starts), array(wide, spans.ends), array("i", spans.owners)
        return new

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k: int) -> Block:  # type: ignore[override]
        return Block(self.starts[k], self.ends[k], self.owners[k])

    def __iter__(self):  # type: ignore[no-untyped-def]
        return map(Block, self.starts, self.ends, self.owners)


_INK = lazy(r"\S")


# CJK ideographs, CJK punctuation (not the ideographic space), full-width forms
_CJK = "\u2e80-\u2fff\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uffef"
_ALNUM = "0-9A-Za-z%×*"
_WS = "[ \t\u3000\xa0]"
# Each pattern begins with one character class, which the re engine scans for fast; the
# lookbehinds then look back from after that character (the same matches as a lookbehind first).
# These three are read only for a slice with a space or a wrap in it (see display), and the
# CJK classes cost ~4-5 ms to compile: compiled at their first use, not at import.
_GAPS = lazy(  # bounded runs, entered only right after a CJK or alnum character: linear
    rf"{_WS}(?:(?<=[{_CJK}]{_WS}){_WS}{{0,7}}(?=[{_CJK}{_ALNUM}])"
    rf"|(?<=[{_CJK}][,:;!?]{_WS}){_WS}{{0,7}}(?=[{_CJK}])"
    rf"|(?<=[{_ALNUM}]{_WS}){_WS}{{0,7}}(?=[{_CJK}]))"
)
# letter-spaced digits: 1 9 9 8, or  7 0  between spaces (but not 1、1 4月)
_SPACED_DIGITS = lazy(r"[0-9](?:(?<![0-9][0-9])(?<![0-9] [0-9])(?: [0-9]){2,11}(?![0-9])"
                   r"|(?<= [0-9])(?<![0-9] [0-9]) [0-9](?= ))")
_NEEDS_REPAIR = lazy(r"[\s\xa0]")
_LATIN_WRAP = lazy(r"(?<=[A-Za-z])\r?\n(?=[A-Za-z])")


_EDGE = " \t\u3000\xa0\r\n"  # what a reading is trimmed of


def display(s: str) -> str:
    """What a reader sees of a view slice: wraps joined, stray PDF spaces dropped, edges trimmed.

    Spaces between CJK characters (and between CJK and digits or placeholders) are
    extraction artefacts in Chinese text; spaces between Latin words stay.

    >>> display("很有针\\n对性,讲 话稿 1 9 9 8 年,X 秘书长, Powered by it ")
    '很有针对性,讲话稿1998年,X秘书长, Powered by it'
    """
    s = s.strip(_EDGE)
    # most sentences: nothing to join (every white space character but " " is unprintable)
    if (s.isprintable() and " " not in s) or not _NEEDS_REPAIR.search(s):
        return s
    return _repair(s)


def _repair(s: str) -> str:
    """``display`` of a trimmed slice that holds white space."""
    if "\n" in s:
        s = _LATIN_WRAP.sub(" ", s).replace("\n", "")
    if "\r" in s:
        s = s.replace("\r", "")
    s = _SPACED_DIGITS.sub(lambda m: m.group().replace(" ", ""), s)
    return _GAPS.sub("", s).strip(" \t\u3000\xa0")


#: sentences a paragraph is cut into at most; past it the rest is its last sentence (a storm of
#: 。 or of line ends in one paragraph: real paragraphs hold tens); bounds records on such input
SENTENCE_CAP = 1_000

_sentence = maker(Sentence)
_paragraph = maker(Paragraph)
_node = builder(OutlineNode)  # (made in a loop: its fields as arguments, no dict of them; by position in make_nodes)
_speech = builder(Speech)  # (its fields as arguments: no dict of them copied onto the shared keys)


def make_paragraph(view: TextView, shown: str, a: int, b: int, source: SentenceSource | None = None) -> Paragraph:
    """The Paragraph of view span ``[a, b)`` and its sentences (``source``: see :func:`sentence_source`)."""
    return paragraph_maker(view, shown, source)(a, b)


_LEAD = lazy(f"[{_EDGE}]*")


class SentenceSource:
    """What a parse's pending sentences read when they are cut, and nothing more of the view.

    A pending paragraph lives as long as its document, and so does what its cutting refers
    to: holding the view would keep its text and fold (2-4 bytes per input character each)
    alive beside ``doc.text`` whenever chrome was masked or the script folded.

    (A plain class, set once: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, ~1,300 instructions a field, a fifth of this record's cost a parse.)
    """

    __slots__ = ("text", "line_ends", "plain", "to_raw", "cut", "shared", "make")

    def __init__(self, text: str, line_ends: bool, plain: bool, to_raw: Callable[[int], int],
                 cut: Callable[..., list[Sentence]], shared: SharedSentences | None,
                 make: Callable[[int, int], Paragraph]) -> None:
        self.text = text  # the sentences' readings are its slices, at view offsets
        # it may hold line ends other than \n, which the fold (where sentences are cut) reads as \n: whether it
        # does is found at the first cut (a scan of the whole text, which a parse need not pay)
        self.line_ends = line_ends
        self.plain = plain  # view offsets are input offsets
        self.to_raw = to_raw  # a cut's input offset (the view's boundary, without the view)
        self.cut = cut  # the cutting (see _cutter): one function for the whole parse
        self.shared = shared  # when nothing was deleted (plain): what a paragraph read as it stands holds
        self.make = make  # the Paragraph of a view span (see paragraph_maker): one for the parse


def sentence_source(view: TextView, shown: str) -> SentenceSource:
    """The :class:`SentenceSource` of a parse: once a parse, not once a speech (it scans the text).

    In the input's script (``shown`` is the view's text) the readings are slices of the input itself
    when nothing was deleted: a paragraph never holds masked chrome, the only other difference. The
    sentence ends are those of the fold: the script fold changes no sentence mark or blank (tested
    on every character), and other line ends are read as \n one paragraph at a time when cut.
    With the simplified script the readings are the fold's, so the fold is kept.
    """
    return source_of(*source_text(view, shown), view)


def source_text(view: TextView, shown: str) -> tuple[str, bool, bool]:
    """What a parse's sentences are read from (see :func:`sentence_source`): the text, whether it may hold
    line ends the fold reads as \n, and whether the view is plain (view offsets are input offsets)."""
    plain = view.plain
    if shown is not view.text:  # the simplified script: readings and sentence ends from the fold
        return shown, False, plain
    text = view.raw if plain else view.text
    return text, text is not view.fold, plain


def source_of(text: str, line_ends: bool, plain: bool, view: TextView) -> SentenceSource:
    """The :class:`SentenceSource` of :func:`source_text`'s reading; ``view`` is read for its offset maps
    alone (see :func:`offsets_only`)."""
    to_raw = _same if plain else _boundary(view)
    cut = _cutter(text, line_ends, plain, to_raw)
    shared = SharedSentences(_binder(cut)) if plain else None
    return SentenceSource(text, line_ends, plain, to_raw, cut, shared,
                          _paragraph_maker(text, plain, to_raw, cut, shared))


def _binder(cut: Callable[..., list[Sentence]]) -> Callable[[str, tuple[int, int]], PendingSentences]:
    """``bind`` of a plain parse's :class:`~.pending.SharedSentences`: a paragraph's own pending sentences
    from its text and span. Only paragraphs whose reading starts at their first character and needs no
    repair (most) hold the shared stand-in, so that is all there is to know: the span is the view span."""

    def bind(text: str, span: tuple[int, int]) -> PendingSentences:
        return PendingSentences(cut, span[0], span[1], 0, True, text, span)

    return bind


def _same(v: int) -> int:
    """The boundary of a view that deleted nothing: the offset itself (never called: a plain parse maps nothing)."""
    return v


def _boundary(view: TextView) -> Callable[[int], int]:
    """``view.boundary`` that holds the view's offset maps, not its strings."""
    starts, raw_starts = view.view_starts, view.raw_starts
    n, n_raw = len(view.text), len(view.raw)

    def boundary(v: int) -> int:
        if v >= n:
            return n_raw
        if v <= 0:
            return 0
        if len(starts) == 1:
            return v
        k = bisect_right(starts, v) - 1
        return raw_starts[k] + (v - starts[k])

    return boundary


def paragraph_maker(view: TextView, shown: str, source: SentenceSource | None = None) -> Callable[[int, int], Paragraph]:
    """A function that makes the Paragraph of a view span; its sentences are made when first read.

    The paragraph holds a :class:`~.pending.PendingSentences` of its span (a few shared
    references, no objects per sentence) until a reader touches ``sentences``. A sentence's reading is ``display`` of its slice. When the paragraph's trimmed text holds
    no white space (most do), that is the slice clipped to the trimmed span, with no repair to
    try; a paragraph of one sentence shares its text and span with it. Span ends are one int
    object each, shared by the sentence that ends there and the one that starts there. The
    paragraph is read from ``source`` (:func:`sentence_source`, made here when not given), not the
    view: the function lives as long as the document's pending paragraphs (:func:`pending_paragraphs`).
    The readings are those of ``shown``: its slices where nothing was deleted (a paragraph never
    holds masked chrome, the only difference), the view's or the fold's text otherwise.
    """
    return (source or sentence_source(view, shown)).make


def _paragraph_maker(shown: str, plain: bool, boundary: Callable[[int], int], cut: Callable[..., list[Sentence]],
                     shared: SharedSentences | None) -> Callable[[int, int], Paragraph]:
    """``paragraph_maker`` from a :class:`SentenceSource`'s fields (a closure over them alone)."""
    lead = _LEAD.match
    needs_repair = _NEEDS_REPAIR.search
    paragraph = _paragraph

    def make(a: int, b: int, paragraph: Callable[[dict], Paragraph] = paragraph) -> Paragraph:
        """The Paragraph of view span ``[a, b)``; a dump passes a ``paragraph`` that keeps the dict."""
        i = lead(shown, a, b).end()
        body = shown[i:b].rstrip(_EDGE)
        # every white space character but " " is unprintable: one fast C check settles most paragraphs
        clean = (body.isprintable() and " " not in body) or needs_repair(body) is None
        text = body if clean else _repair(body)
        if shared is not None and clean and i == a:  # (most) one stand-in for them all: see SharedSentences
            return paragraph({"kind": "paragraph", "text": text, "span": (a, b), "sentences": shared})
        span = (a, b) if plain else (boundary(a), boundary(b))
        return paragraph({"kind": "paragraph", "text": text, "span": span,
                          "sentences": PendingSentences(cut, a, b, i - a, clean, text, span)})

    return make


def pending_paragraphs(source: SentenceSource, spans: Sequence[int]) -> PendingParagraphs | list[Paragraph]:
    """The paragraphs of the flat view spans ``spans`` (start, end, start, end …) as one owner holds them
    after a parse: made when first read (:class:`~.pending.PendingParagraphs`); none: an empty list."""
    if not spans:
        return []
    return PendingParagraphs(ParagraphTable(source.make, None, None, None,
                                            array("i" if spans[-1] < _INT_MAX else "q", spans)), -1)


_INT_MAX = 2 ** 31


def _cutter(shown: str, line_ends: bool, plain: bool, boundary: Callable[[int], int]) -> Callable[..., list[Sentence]]:
    """The function pending sentences are cut with, from a :class:`SentenceSource`'s fields (it lives as
    long as the document: a closure over them alone)."""
    bounds = _line_end_bounds(shown) if line_ends else None  # (most texts: sentence_bounds on ``shown``)

    def cut(pending: PendingSentences, sentence: Callable[[dict], Sentence] = _sentence) -> list[Sentence]:
        """The sentences of a paragraph ``make`` made: cut when first read (see :mod:`.pending`).

        ``sentence`` makes one from its fields; a dump passes a function that keeps the dict.
        """
        a, b, text, span = pending.a, pending.b, pending.text, pending.span
        cuts = sentence_bounds(shown, a, b) if bounds is None else bounds(a, b)
        if not cuts:
            return [sentence({"kind": "sentence", "text": text, "span": span})]
        if len(cuts) >= SENTENCE_CAP:
            del cuts[SENTENCE_CAP - 1:]
        bounds_ = [a, *cuts, b]
        raw = bounds_ if plain else [span[0], *map(boundary, cuts), span[1]]
        sents = []
        x = a
        rx = raw[0]
        if pending.clean:  # the reading is the paragraph's trimmed slice: ``text``
            i = a + pending.lead
            j = i + len(text)
            for y, ry in zip(bounds_[1:], raw[1:]):
                u = i if x < i else x
                v = j if y > j else y
                sents.append(sentence({"kind": "sentence", "text": shown[u:v] if u < v else "", "span": (rx, ry)}))
                x = y
                rx = ry
        else:
            for y, ry in zip(bounds_[1:], raw[1:]):
                sents.append(sentence({"kind": "sentence", "text": display(shown[x:y]), "span": (rx, ry)}))
                x = y
                rx = ry
        return sents

    return cut


def _line_end_bounds(shown: str) -> Callable[[int, int], list[int]]:
    """``sentence_bounds`` on ``shown``, which may hold line ends other than \n that the fold reads as \n."""
    found: list[bool] = []  # does ``shown`` hold them? (scanned for at the first cut)

    def bounds(a: int, b: int) -> list[int]:
        if not found:
            found.append(has_line_ends(shown))
        if found[0]:
            # one character more: a \r is a line end only when no \n follows it
            piece = line_ends_as_newlines(shown[a:b + 1])
            return [a + k for k in sentence_bounds(piece, 0, b - a)]
        return sentence_bounds(shown, a, b)

    return bounds


def make_nodes(view: TextView, nodes: Sequence[Node], node_ends: Sequence[int], titles: Sequence[tuple[int, int]],
               title_texts: Sequence[str], own_end: dict[int, int], held: SharedOwners | None,
               markers: Sequence[str]) -> list[OutlineNode]:
    """The OutlineNode models of one speech's ``nodes``; its top-level ones in order. ``node_ends`` and
    ``titles`` are their view spans' ends and their titles' view spans, ``title_texts`` the titles as read,
    ``markers`` the markers as written, ``own_end`` maps an owner (a node index) to where its last block ends
    (``dict(zip(owners, ends))`` of the speech's :class:`BlockSpans`). Every node holds ``held`` as its
    ``blocks`` and ``own_metrics`` (a parse's: its speech's :class:`~.pending.SharedOwners`, which finds each
    node's by its marker's input start: told them here); None: each holds empty lists of its own (``own_end`` is
    empty then).
    ``view`` is read for its offset maps alone (its strings may be left out: see :func:`offsets_only`).
    ``nodes`` may be Nodes or the plain tuples of their fields (:func:`~speechdoc.outline.decode.build`'s ``rows``):
    their fields and their candidates' are read by index."""
    plain = view.plain  # view offsets are input offsets (most inputs): no mapping to call
    boundary = view.boundary
    span_to_raw = view.span_to_raw
    count = len(nodes)
    built: list[OutlineNode] = [None] * count  # type: ignore[list-item]
    span_ends = [0] * count  # each built node's span end (the input offset)
    keys = [0] * count  # each node's marker's input start: how ``held`` tells the nodes apart
    tops: list[OutlineNode] = []  # the top-level ones, last first
    for i in range(count - 1, -1, -1):
        # (a Node's fields by index: 0 cand, 1 depth, 2 parent, 5 children; a candidate's: 0 start, 1 end, 3 style,
        # 4 ordinal)
        n = nodes[i]
        c, depth, parent, children = n[0], n[1], n[2], n[5]
        ts, te = title = titles[i]
        mine = own_end.get(i)
        # the node ends with its own text or its last child's: page chrome after it is noise, not the node's
        stop = node_ends[i] if plain else boundary(node_ends[i])
        # (a paragraph's span ends where its view span's end maps; the last of them ends last)
        last = None if mine is None else mine if plain else boundary(mine)
        if children:
            kids = list(map(built.__getitem__, children))
            j = max(map(span_ends.__getitem__, children))  # (the children's span ends, read in C)
            if last is None or j > last:
                last = j
        else:
            kids = []
        span_end = stop if last is None or last > stop else last
        span_ends[i] = span_end
        s, z, _, style, ordinal, _, _, _, _, _, _ = c
        if plain:
            marker_span = (s, z) if z > s else (s, s)
            title_span = title if te > ts else (ts, ts)  # (the assembly's tuple: one less made)
            keys[i] = s
        else:
            marker_span = span_to_raw(s, z)
            keys[i] = marker_span[0]
            s = boundary(s)
            title_span = span_to_raw(ts, te)
        marker = markers[i]
        if "\n" in marker or " " in marker:  # a wrap cut it in two (二⏎是, 二 是 on a flattened PDF line): the
            # printer's line break is no part of the marker
            marker = "".join(marker.split())
        # (OutlineNode's fields by position, in their order: kind, marker, style, ordinal, depth, title, span,
        # marker_span, title_span, blocks, own_metrics, children; ~0.8 k instructions a node less than by keyword)
        built[i] = node = _node("point" if style in POINT_STYLES else "section", marker,
                                _EXPORTED_STYLE.get(style, style), ordinal, depth, title_texts[i], (s, span_end),
                                marker_span, title_span, [] if held is None else held,
                                [] if held is None else held, kids)
        if parent is None:
            tops.append(node)
    tops.reverse()
    if held is not None:
        held.starts = keys
    return tops


def speech_record(index: int, cut: SpeechCut, start: int, end: int, view: TextView, shown: str, children: object,
                  blocks: object, metrics: object, facts: dict[str, object]) -> Speech:
    """The Speech model of view span ``[start, end)`` (its title and salutation from ``cut``, read on
    ``shown``), holding ``children`` (its top-level nodes, or their stand-in), its own paragraphs
    ``blocks`` and metrics ``metrics`` as given."""
    plain = view.plain
    span_to_raw = view.span_to_raw
    tspan = cut.title_span
    sspan = cut.salutation_span
    # (Speech's fields by position, in their order: kind, index, title, title_span, occasion, speaker, date,
    # salutation, salutation_span, span, blocks, own_metrics, children; ~0.8 k instructions less than by keyword)
    return _speech(
        "speech", index,
        display(shown[tspan[0]:tspan[1]]) if tspan else None,
        span_to_raw(*tspan) if tspan else None,
        facts.get("occasion"), facts.get("speaker"), facts.get("date"),
        display(shown[sspan[0]:sspan[1]]) if sspan else None,
        span_to_raw(*sspan) if sspan else None,
        (start, end) if plain else (view.boundary(start), view.boundary(end)),
        blocks, metrics, children,
    )


def offsets_only(view: TextView) -> TextView:
    """``view`` as what is read of it after a parse where the fold is all the stages read: its text left out
    where it is not the fold (the offset maps, the lengths and ``plain`` are the same)."""
    return view if view.text is view.fold else type(view)(view.raw, view.fold, view.fold, view.view_starts,
                                                          view.raw_starts)
