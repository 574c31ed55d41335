"""PDFs: the text layer, page by page, one printed line a line, running chrome set aside.

pdfminer.six reads the text layer, CID fonts (宋体, 仿宋 as ``STSong-Light``, Adobe-GB1
CMaps) included, and its layout analysis gives each printed line with its bounding box,
in reading order. Each printed line becomes one line of text, so the layout stage
decides, as for any PDF dump, which line ends are wraps and which end a paragraph.

Lines in a page's top or bottom margin that are page numbers (``- 3 -``, ``第3页 共5页``,
``3/5``) or that repeat on other pages (a running header or footer, digits aside) are
kept in the text where they are and reported as noise records (``page_number``,
``page_header``, ``page_footer``), so they never reach a title or a metric.

Kangxi radicals that some fonts map their ideographs to (``⼀`` U+2F00 for ``一``) are
read as the ideographs (:func:`unified`).

A PDF without a text layer (a scan) raises :class:`~speechdoc.readers.UnreadableDocumentError`
saying "no text layer; run OCR first"; a damaged or encrypted one says so too.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

from ..document.model import SourceBlock
from . import Extracted, UnreadableDocumentError, require

__all__ = ["read_pdf", "unified", "MARGIN"]

#: share of the page height at the top and at the bottom where running headers and footers sit
MARGIN = 0.12
_N = r"[0-9０-９]{1,4}"
_PAGE_NUMBER = re.compile(  # - 3 -  — 3 —  －3－  第3页  第3页 共5页  3/5  Page 3 of 5
    r"[-—–－_·\s]{0,4}(?:第\s{0,2})?" + _N + r"(?:\s{0,2}页)?(?:\s{0,2}[/,，／]?\s{0,2}共\s{0,2}" + _N
    + r"\s{0,2}页)?[-—–－_·\s]{0,4}|" + _N + r"\s{0,2}[/／]\s{0,2}" + _N
    + r"|(?i:page)\s{0,2}" + _N + r"(?:\s{0,2}(?i:of)\s{0,2}" + _N + ")?")
_DIGITS = re.compile(r"[0-9０-９]+")
_CID = re.compile(r"\(cid:\d+\)")
_RADICAL = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]")
_SENTENCE_END = frozenset("。！？!?；;：:…”’」』）)】]》")
_MARKERISH = re.compile(r"[（(]?[一二三四五六七八九十0-9]{1,3}[、.．)）]|第[一二三四五六七八九十]{1,3}[，、条章节]|[\u2460-\u2473]")


@dataclass(slots=True)
class _Line:
    text: str
    page: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom (points from the top left)
    kind: str | None = None
    font: str | None = None  # the font most of the line is set in: 黑体 / 楷体 headings tell their level


@contextmanager
def _quiet():
    """pdfminer logs a warning per oddity of a file; a damaged file is reported by us, once."""
    log = logging.getLogger("pdfminer")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


def read_pdf(data: bytes) -> Extracted:
    """The text layer of a PDF, with a :class:`SourceBlock` (page, bbox) per printed line."""
    require("pdfminer", "pdf")
    pages = _pages(data)
    if not pages:
        raise UnreadableDocumentError("the PDF has no pages")
    lines = [ln for _, page in pages for ln in page]
    chars = sum(len(ln.text.strip()) for ln in lines)
    cid = sum(len(m.group()) for ln in lines for m in _CID.finditer(ln.text))
    if chars == 0 or cid * 2 > chars:
        raise UnreadableDocumentError("no text layer; run OCR first"
                                      + ("" if chars == 0 else " (its fonts map to no characters)"))
    _mark_chrome(pages)
    lines = _in_order(pages)
    wraps = _wraps(lines, pages)
    lines = _chrome_out_of_sentences(lines, wraps)
    text_parts: list[str] = []
    blocks: list[SourceBlock] = []
    noise: list[tuple[str, int, int]] = []
    pos = 0
    for k, ln in enumerate(lines):
        end = pos + len(ln.text)
        blocks.append(SourceBlock(span=(pos, end), page=ln.page, bbox=ln.bbox, style=ln.font))
        # (a wrapped line that chrome moved out of its sentence now follows ends its line: the chrome stands on
        # lines of its own, not glued to the words before it, …牵头每年招— 1 —)
        sep = "\n" if k + 1 < len(lines) and lines[k + 1].kind else wraps.get(id(ln), "\n")
        text_parts.append(ln.text + sep)
        if ln.kind:
            noise.append((ln.kind, pos, end + len(sep)))
        pos = end + len(sep)
    diags = []
    if cid:
        diags.append(("warning", "pdf-unmapped-glyphs",
                      f"{cid // 8 or 1} glyph(s) of the PDF map to no character and are shown as (cid:N)", None, None))
    return Extracted(text="".join(text_parts), format="pdf", blocks=blocks, noise=noise, diagnostics=diags)


def _in_order(pages: list[tuple[float, list[_Line]]]) -> list[_Line]:
    """Each page's header chrome, its body in pdfminer's reading order, its footer chrome."""
    out: list[_Line] = []
    for height, page in pages:
        head = [ln for ln in page if ln.kind and ln.bbox[1] < height / 2]
        foot = [ln for ln in page if ln.kind and ln.bbox[1] >= height / 2]
        out.extend(sorted(head, key=lambda ln: (round(ln.bbox[1]), ln.bbox[0])))
        out.extend(ln for ln in page if not ln.kind)
        out.extend(sorted(foot, key=lambda ln: (round(ln.bbox[1]), ln.bbox[0])))
    return out


def _wraps(lines: list[_Line], pages: list[tuple[float, list[_Line]]]) -> dict[int, str]:
    """Body lines the printer broke, not the author: ``id(line)`` → what joins it to the next body line.

    A line that runs to the right edge of the text column, ends without a sentence end,
    and is followed by a line starting flush at the left edge (no paragraph indent, no
    marker) goes on in that line: on the same page or across a page break.
    """
    def column(body: list[_Line], em: float) -> tuple[float, float, float] | None:
        long = [ln.bbox[2] for ln in body if _width(ln.text) >= 8]
        if not long:
            return None
        left, right = min(ln.bbox[0] for ln in body), max(long)
        if sum(x >= right - 1.2 * em for x in long) < 3 or right - left < 12 * em:
            return None  # no column to speak of: a few lines (a cover, a signature) are never joined
        return left, right, em

    def em_of(body: list[_Line]) -> float:
        return sorted((ln.bbox[2] - ln.bbox[0]) / max(1.0, _width(ln.text)) for ln in body)[len(body) // 2]

    every = [ln for _, page in pages for ln in page if not ln.kind and len(ln.text) >= 2]
    shared = column(every, em_of(every)) if every else None  # pages of one document share their column
    edges: dict[int, tuple[float, float, float]] = {}
    for number, (_, page) in enumerate(pages, start=1):
        body = [ln for ln in page if not ln.kind and len(ln.text) >= 2]
        if not body:
            continue
        own = column(body, em_of(body))
        if own is None and shared is not None and all(
                shared[0] - shared[2] <= ln.bbox[0] and ln.bbox[2] <= shared[1] + shared[2] for ln in body):
            own = shared
        if own is not None:
            edges[number] = own
    body = [ln for ln in lines if not ln.kind]
    out: dict[int, str] = {}
    for a, b in zip(body, body[1:]):
        if a.page not in edges or b.page not in edges or a.text[-1] in _SENTENCE_END and not _ratio_cut(a.text, b.text):
            continue
        _, right, em = edges[a.page]
        left, _, em_b = edges[b.page]
        if a.bbox[2] >= right - 1.2 * em and b.bbox[0] <= left + 0.5 * em_b and not _MARKERISH.match(b.text):
            out[id(a)] = " " if a.text[-1].isascii() and a.text[-1].isalnum() and b.text[0].isascii() \
                and b.text[0].isalnum() else ""
    return out


def _ratio_cut(text: str, after: str) -> bool:
    """Does a line that ends in a colon right after a digit go on in a line that opens with a digit: a ratio or a time
    the column's edge cut (…按照4：3：⏎3的比例分担)? (a list's first item after an intro's colon, 如下：⏎1．…, is a marker:
    the caller tells it apart)"""
    return text[-1] in "：:" and len(text) > 1 and text[-2].isdigit() and after[:1].isdigit()


def _width(text: str) -> float:
    """Printed width in em: half-width (ASCII) characters count half."""
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))


def unified(text: str) -> str:
    """Kangxi radicals and compatibility ideographs as the ideographs they stand for (⼀、 → 一、).

    Fonts embedded by many word processors map their glyphs to these code points, so a
    PDF's 一、二、 come out as radicals that no marker rule or reader search matches.

    >>> unified("⼀、⼯作⽬标") == "一、工作目标"
    True
    """
    if not _RADICAL.search(text):
        return text
    return _RADICAL.sub(lambda m: n if len(n := unicodedata.normalize("NFKC", m.group())) == 1 else m.group(), text)


def _line_text(line, char_type) -> str:
    """A printed line's text without the spaces pdfminer guesses into letter-spaced lines.

    pdfminer adds a space wherever two glyphs stand further apart than a tenth of a
    character; a justified or letter-spaced Chinese line then reads ``增 长 6 . 5 %``.
    A guessed space is kept only where the gap is clearly wider than the line's usual
    gap between glyphs; spaces that are glyphs in the PDF are always kept.
    """
    items = list(line)
    chars = [(i, c) for i, c in enumerate(items) if isinstance(c, char_type)]
    gaps = sorted(b.x0 - a.x1 for (_, a), (_, b) in zip(chars, chars[1:]))
    usual = gaps[len(gaps) // 2] if gaps else 0.0
    out: list[str] = []
    prev = None
    for i, item in enumerate(items):
        if isinstance(item, char_type):
            out.append(item.get_text())
            prev = item
            continue
        text = item.get_text()
        if text != " " or prev is None:
            continue
        nxt = next((c for c in items[i + 1:] if isinstance(c, char_type)), None)
        if nxt is None or nxt.x0 - prev.x1 > usual + 0.25 * max(prev.size, 1.0):
            out.append(" ")
    return "".join(out).replace("\r", "").replace("\n", " ").strip()


def _font(line, char_type) -> str | None:
    """The font name most glyphs of the line use, without a subset tag (``ABCDEF+SimHei`` → ``SimHei``)."""
    names = Counter(c.fontname for c in line if isinstance(c, char_type) and not c.get_text().isspace())
    if not names:
        return None
    name = names.most_common(1)[0][0]
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    return str(name).split("+", 1)[-1] or None


def _pages(data: bytes) -> list[tuple[float, list[_Line]]]:
    require("pdfminer.high_level", "pdf")
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextBox, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    out: list[tuple[float, list[_Line]]] = []
    try:
        with _quiet():
            for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()), start=1):
                height = page.height or 1.0
                lines: list[_Line] = []
                for box in page:
                    if not isinstance(box, LTTextBox):
                        continue
                    for line in box:
                        if not isinstance(line, LTTextLine):
                            continue
                        text = unified(_line_text(line, LTChar))
                        if not text:
                            continue
                        x0, y0, x1, y1 = line.bbox
                        lines.append(_Line(text, number, (round(x0, 1), round(height - y1, 1),
                                                          round(x1, 1), round(height - y0, 1)),
                                           font=_font(line, LTChar)))
                out.append((height, lines))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise UnreadableDocumentError("the PDF is encrypted; decrypt it first (a password is needed)") from None
    except UnreadableDocumentError:
        raise
    except Exception as e:  # pdfminer raises many types on damaged files; none should reach the user raw
        raise UnreadableDocumentError(f"cannot read the PDF: the file is damaged ({type(e).__name__}: {e})"[:300]) \
            from None
    return out


def _chrome_out_of_sentences(lines: list[_Line], wraps: dict[int, str]) -> list[_Line]:
    """A page's footer and the next page's header that fall inside a sentence go before its last line.

    The sentence then reads on across the page break; every line keeps its page and box.
    """
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        if lines[i].kind is None:
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind is not None:
            j += 1
        run = lines[i:j]
        if out and out[-1].kind is None and j < len(lines) and (
                id(out[-1]) in wraps or out[-1].text[-1] not in _SENTENCE_END):
            out[-1:-1] = run
        else:
            out.extend(run)
        i = j
    return out


def _mark_chrome(pages: list[tuple[float, list[_Line]]]) -> None:
    """Page numbers and running headers/footers: short lines in the margins, by form or by repetition."""
    candidates: list[tuple[_Line, str]] = []
    for page_height, page in pages:
        rows: list[list[_Line]] = []
        for ln in sorted(page, key=lambda ln: ln.bbox[1]):
            if rows and ln.bbox[1] - rows[-1][0].bbox[1] < 3:
                rows[-1].append(ln)
            else:
                rows.append([ln])
        gaps = sorted(max(0.0, b[0].bbox[1] - max(x.bbox[3] for x in a)) for a, b in zip(rows, rows[1:]))
        # chrome stands apart from the body: further than body lines stand from each other
        apart = max(6.0, 1.8 * gaps[len(gaps) // 4]) if len(gaps) >= 3 else 18.0
        first, last = -1, len(rows)  # rows[:first + 1] are the header, rows[last:] the footer
        for r in range(min(2, len(rows) - 1)):
            bottom = max(x.bbox[3] for x in rows[r])
            if bottom < page_height * MARGIN and rows[r + 1][0].bbox[1] - bottom >= apart:
                first = r
        for r in range(len(rows) - 1, max(first, len(rows) - 3), -1):
            top = min(x.bbox[1] for x in rows[r])
            if r > first + 1 and top > page_height * (1 - MARGIN) and \
                    top - max(x.bbox[3] for x in rows[r - 1]) >= apart:
                last = r
        for r, row in enumerate(rows):
            if first < r < last:
                continue
            where = "page_header" if r <= first else "page_footer"
            for ln in row:
                if len(ln.text) > 60:
                    continue
                if _PAGE_NUMBER.fullmatch(ln.text):
                    ln.kind = "page_number"
                else:
                    candidates.append((ln, where))
    if len(pages) < 2:
        return
    seen = Counter({(where, _DIGITS.sub("#", ln.text)): 0 for ln, where in candidates})
    for key in {(where, ln.page, _DIGITS.sub("#", ln.text)) for ln, where in candidates}:
        seen[(key[0], key[2])] += 1
    for ln, where in candidates:
        if seen[(where, _DIGITS.sub("#", ln.text))] >= 2:
            ln.kind = where
