"""Page labels of document-sharing sites: ``1、`` ``2、`` ``3、`` opening each page's text.

Such sites show a converted document as fixed-size chunks of text, one a line, each
opened by its page number and ``、`` — and the chunk boundary falls wherever the page
ended, often inside a word (``…切合双桥\\n2、实际,思路清晰…``). Read as markers the labels
make a ``1、 2、 3、`` list that swallows the speech. They are page breaks.

Evidence, not the digits alone (a real ``1、`` list also opens lines):

* the labels count 1, 2, 3, … on consecutive non-blank lines (a page is one line),
* every labelled line but the last is long (at least :data:`MIN_PAGE` characters),
* and at least half of the labels after the first follow a line cut mid-sentence
  (it ends in a letter, digit or Han character, not in punctuation; or in an English
  comma: ``On behalf of the State Council,\n2、I would…`` on a bilingual page), or open
  their page with the mark that ends the page before (``(CPPCC)\n3、.一、…``).

>>> fold = "1、在全县会议上的讲话 同志们:" + "要" * 200 + "切合\\n2、实际,思路清晰。"
>>> [fold[s:e] for s, e in chunk_labels(fold)]
['1、', '2、']
>>> chunk_labels("1、抓项目。" + "要" * 200 + "。\\n2、抓落实。")   # the page before 2、 ended its sentence
[]
"""
from __future__ import annotations

import re

from ..lazy import lazy

__all__ = ["chunk_labels", "MIN_PAGE"]

#: a site's page chunk is at least this long (a list item on one line rarely is, and never all of them)
MIN_PAGE = 150
# opens with a literal newline, so re skips ahead fast; the text's first line is matched apart
_LABEL = lazy(r"\n([ \t\u3000]{0,4}([0-9]{1,3})、[ \t\u3000]?)")


def _cut(ch: str) -> bool:
    """A line that ends in this character was cut mid-sentence: a letter, digit, _ or Han character
    (the class ``[\\w\\u3400-\\u9fff]``, without the ~1.4 ms its compiling cost at import)."""
    return ch.isalnum() or ch == "_" or "\u3400" <= ch <= "\u9fff"


#: marks that end a sentence or clause: a page that opens with one was cut before it (3、.一、…)
_CLOSING = frozenset(".,;:，。；：、")


def _english_comma(fold: str, i: int) -> bool:
    """Is ``fold[i]`` a Latin comma after a Latin letter (an English sentence cut after its clause)?"""
    return fold[i] == "," and i > 0 and fold[i - 1].isascii() and fold[i - 1].isalpha()


#: the 2s of a text read one at a time, at most, for a 2、: past as many the rest is searched for 2、 whole
_TWOS = 64
#: a text shorter than this is searched for 2、 whole (a Python step a 2 costs what ~200 characters do)
_TWO_WHOLE = 2048


def _holds_two(fold: str) -> bool:
    """``"2、" in fold``, found by its 2: str.find skips to a 2 at memory speed (~0.2 ns a character), where a
    search for the two characters costs ~0.8 (CPython 3.11's skip test seldom skips on Chinese text), and
    official prose holds few 2s (a text of figures is searched whole past _TWOS of them; a short one at once)."""
    if len(fold) < _TWO_WHOLE:
        return "2、" in fold
    i = fold.find("2")
    for _ in range(_TWOS):
        if i < 0:
            return False
        if fold.startswith("、", i + 1):
            return True
        i = fold.find("2", i + 1)
    return i >= 0 and fold.find("2、", i) >= 0


def chunk_labels(fold: str) -> list[tuple[int, int]]:
    """View spans of the page labels of a site's page chunks (empty when the evidence is not there)."""
    if not _holds_two(fold):  # no label 2, no run of pages (the scan tries every line break)
        return []
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, int, int]] = []  # line start, label end, line end, last character before it

    def close() -> None:
        if len(run) >= 2 and all(line_end - start >= MIN_PAGE for start, _, line_end, _ in run[:-1]):
            cuts = sum(1 for _, end, _, last in run[1:] if last >= 0 and (
                _cut(fold[last]) or _english_comma(fold, last) or fold[end:end + 1] in _CLOSING))
            if 2 * cuts >= len(run) - 1:
                out.extend((start, end) for start, end, _, _ in run)
        run.clear()

    first = _LABEL.match("\n" + fold[:12])
    found = ([(0, int(first.group(2)), first.end(1) - 1)] if first else []) + [
        (m.start(1), int(m.group(2)), m.end(1)) for m in _LABEL.finditer(fold)]
    for start, n, label_end in found:
        line_end = fold.find("\n", start)
        line_end = len(fold) if line_end < 0 else line_end
        prev = start - 1
        while prev >= 0 and fold[prev] in " \t\u3000\r\n":
            prev -= 1
        # the page before is the line just above: nothing else between the two labels
        if run and n == len(run) + 1 and prev >= 0 and fold.rfind("\n", 0, prev + 1) + 1 == run[-1][0]:
            run.append((start, label_end, line_end, prev))
            continue
        close()
        if n == 1:
            run.append((start, label_end, line_end, prev))
    close()
    return out
