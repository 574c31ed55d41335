"""PDFs: the text layer, page by page, one printed line a line, running chrome set aside.

pdfminer.six reads the text layer, CID fonts (宋体, 仿宋 as ``STSong-Light``, Adobe-GB1
CMaps) included, and its layout analysis gives each printed line with its bounding box,
in reading order. Each printed line becomes one line of text, so the layout stage
decides, as for any PDF dump, which line ends are wraps and which end a paragraph.

Lines in a page's top or bottom margin that are page numbers (``- 3 -``, ``第3页 共5页``,
``3/5``) or that repeat on other pages (a running header or footer, digits aside) are
kept in the text where they are and reported as noise records (``page_number``,
``page_header``, ``page_footer``), so they never reach a title or a metric.

A PDF without a text layer (a scan) raises :class:`~speechdoc.readers.UnreadableDocumentError`
saying "no text layer; run OCR first"; a damaged or encrypted one says so too.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

from ..model import SourceBlock
from . import Extracted, UnreadableDocumentError, require

__all__ = ["read_pdf", "MARGIN"]

#: share of the page height at the top and at the bottom where running headers and footers sit
MARGIN = 0.12
_PAGE_NUMBER = re.compile(
    r"[-—–_·\s]{0,4}(?:第\s{0,2})?[0-9]{1,4}(?:\s{0,2}页)?(?:\s{0,2}[/,，／]?\s{0,2}共\s{0,2}[0-9]{1,4}\s{0,2}页)?[-—–_·\s]{0,4}"
    r"|[0-9]{1,4}\s{0,2}[/／]\s{0,2}[0-9]{1,4}|(?i:page)\s{0,2}[0-9]{1,4}(?:\s{0,2}(?i:of)\s{0,2}[0-9]{1,4})?")
_DIGITS = re.compile(r"[0-9０-９]+")
_CID = re.compile(r"\(cid:\d+\)")


@dataclass(slots=True)
class _Line:
    text: str
    page: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom (points from the top left)
    kind: str | None = None


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
    """The text layer of a PDF, with a :class:`SourceBlock` (page, bbox) per line."""
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
    text_parts: list[str] = []
    blocks: list[SourceBlock] = []
    noise: list[tuple[str, int, int]] = []
    pos = 0
    for ln in lines:
        text_parts.append(ln.text + "\n")
        end = pos + len(ln.text)
        blocks.append(SourceBlock(span=(pos, end), page=ln.page, bbox=ln.bbox))
        if ln.kind:
            noise.append((ln.kind, pos, end + 1))
        pos = end + 1
    diags = []
    if cid:
        diags.append(("warning", "pdf-unmapped-glyphs",
                      f"{cid // 8 or 1} glyph(s) of the PDF map to no character and are shown as (cid:N)", None, None))
    return Extracted(text="".join(text_parts), format="pdf", blocks=blocks, noise=noise, diagnostics=diags)


def _pages(data: bytes) -> list[tuple[float, list[_Line]]]:
    require("pdfminer.high_level", "pdf")
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine
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
                        text = line.get_text().replace("\r", "").replace("\n", " ").strip()
                        if not text:
                            continue
                        x0, y0, x1, y1 = line.bbox
                        lines.append(_Line(text, number, (round(x0, 1), round(height - y1, 1),
                                                          round(x1, 1), round(height - y0, 1))))
                out.append((height, lines))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise UnreadableDocumentError("the PDF is encrypted; decrypt it first (a password is needed)") from None
    except UnreadableDocumentError:
        raise
    except Exception as e:  # pdfminer raises many types on damaged files; none should reach the user raw
        raise UnreadableDocumentError(f"cannot read the PDF: the file is damaged ({type(e).__name__}: {e})"[:300]) \
            from None
    return out


def _mark_chrome(pages: list[tuple[float, list[_Line]]]) -> None:
    """Page numbers and running headers/footers: short lines in the margins, by form or by repetition."""
    candidates: list[tuple[_Line, str]] = []
    for page_height, page in pages:
        by_top = sorted(page, key=lambda ln: ln.bbox[1])
        gaps = sorted(max(0.0, b.bbox[1] - a.bbox[3]) for a, b in zip(by_top, by_top[1:]))
        apart = max(6.0, 2 * gaps[len(gaps) // 2]) if gaps else 0.0  # chrome stands apart from the body
        for i, ln in enumerate(by_top):
            if 1 < i < len(by_top) - 2:
                continue
            top, bottom = ln.bbox[1], ln.bbox[3]
            if top < page_height * MARGIN and (i + 1 == len(by_top) or by_top[i + 1].bbox[1] - bottom >= apart):
                where = "page_header"
            elif bottom > page_height * (1 - MARGIN) and (i == 0 or top - by_top[i - 1].bbox[3] >= apart):
                where = "page_footer"
            else:
                continue
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
