"""Readers for web pages, Word files and PDFs: each turns a file into the text the pipeline parses.

A reader returns an :class:`Extracted`: the text (what ``Document.text`` will hold, so
every span indexes it), one :class:`~speechdoc.document.model.SourceBlock` per block saying where
it came from, the spans the reader already knows are page chrome (a PDF's running
headers, footers and page numbers), and what the file says about itself (an HTML
``<title>``, a publication date).

The format is found from the content (:func:`sniff`): ``%PDF-`` is a PDF, a ZIP
archive a Word file (its reader says so when it is some other archive), markup an HTML
page; a ``.html`` name only decides for a fragment with few tags.
This module imports nothing heavy; each reader's library is imported when that reader
runs, and a missing one raises :class:`~speechdoc.errors.MissingDependencyError` naming
the extra to install.

>>> sniff(b"%PDF-1.7 ..."), sniff("<!DOCTYPE html><html><body><p>讲话</p></body></html>")
('pdf', 'html')
>>> sniff("一、总体要求\\n今年经济运行总体平稳。"), sniff(b"PK\\x03\\x04...")
('text', 'docx')
"""
from __future__ import annotations

import functools
import importlib
import os
import re
from dataclasses import dataclass, field
from typing import Literal

from ..errors import InputError, MissingDependencyError, UsageError
from ..document.model import SourceBlock
from ..text.load import Loaded, load  # (at import, not at each call: an import statement in a function cost
                                      # ~16,000 instructions a parse; readers are imported at the first parse)

__all__ = ["Format", "Reader", "Extracted", "sniff", "read", "require", "open_input", "with_noise", "heading_diagnostics",
           "UnreadableDocumentError", "html_available"]

Format = Literal["text", "html", "docx", "pdf"]
FORMATS: tuple[str, ...] = ("text", "html", "docx", "pdf")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt before 2007

_EXTENSIONS = {".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
               ".docx": "docx", ".pdf": "pdf", ".txt": "text"}


@functools.cache
def _patterns() -> tuple[re.Pattern[bytes], re.Pattern[str]]:
    """A document start and a block tag; compiled at first use, not at import (matched on a few kB only)."""
    start = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
    tag = re.compile(r"</?(?:p|div|br|span|h[1-6]|li|ul|ol|td|tr|table|strong|b|a|font|body|html|head|meta|script"
                     r"|style|section|article|center)(?:\s[^<>]*)?/?>", re.I)
    return start, tag


class UnreadableDocumentError(InputError, ValueError):
    """A PDF or Word file that cannot be read: damaged, encrypted, or a scan with no text layer."""


@dataclass(slots=True)
class Extracted:
    """What a reader got out of a file."""

    text: str
    format: Format
    blocks: list[SourceBlock] = field(default_factory=list)
    noise: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, start, end) in text
    title: str | None = None
    date: str | None = None
    encoding: str | None = None
    diagnostics: list[tuple[str, str, str, int | None, int | None]] = field(default_factory=list)


def sniff(data: str | bytes, path: str | os.PathLike[str] | None = None) -> Format:
    """The format of ``data`` by its content; the extension of ``path`` decides only what content cannot."""
    ext = _EXTENSIONS.get(os.path.splitext(os.fspath(path))[1].lower()) if path is not None else None
    if isinstance(data, str):
        return "html" if looks_like_html(data) else "text"
    if not isinstance(data, (bytes, bytearray, memoryview)):
        return "text"  # the text loader says what it takes
    head = bytes(data[:4096])
    if head.lstrip(b"\x00\t\n\r ").startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"  # the reader says so when the archive is not a Word document
    if is_mhtml(head):
        return "html"  # a web page saved as one file (.mht, .mhtml)
    text_head = head.decode("utf-8", "ignore") if not head.startswith((b"\xff\xfe", b"\xfe\xff")) else \
        bytes(data[:8192]).decode("utf-16", "ignore")
    if looks_like_html(text_head.encode("utf-8")) or looks_like_html(text_head):
        return "html"
    return "html" if ext == "html" and _patterns()[1].search(text_head) else "text"


def is_mhtml(head: bytes) -> bool:
    """A MIME archive of a web page: headers then a ``multipart/related`` body."""
    top = head[:4096].lower()
    return b"mime-version:" in top[:2048] and b"multipart/related" in top


def looks_like_html(data: str | bytes) -> bool:
    """A document start (``<!DOCTYPE html>``, ``<html>``…) or several block tags near the top."""
    start, tag = _patterns()
    if isinstance(data, bytes):
        return bool(start.match(data[:4096].lstrip(b"\xef\xbb\xbf")))
    head = data[:16384].lstrip("\ufeff")
    if "<" not in head:  # both tests below need one: a plain text is told by one memchr, not an encoding
        return False
    if start.match(head[:4096].encode("utf-8", "ignore")):
        return True
    tags = tag.findall(head)
    return len(tags) >= 3 and any(t.startswith("</") or t.lower().startswith("<br") for t in tags)


def require(module: str, extra: str):
    """Import an optional library, or raise an error that says which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(
            f"reading {extra.upper() if extra != 'html' else 'HTML'} needs the optional package {module.split('.')[0]!r}: "
            f"pip install 'speechdoc[{extra}]'") from None


def html_available() -> bool:
    """Is the HTML reader's library installed?"""
    try:
        require("selectolax.lexbor", "html")
    except MissingDependencyError:
        return False
    return True


def read(data: str | bytes, fmt: Format, *, encoding: str | None = None) -> Extracted:
    """Run the reader of ``fmt`` on ``data``."""
    if fmt == "html":
        from .html import read_html

        return read_html(data, encoding=encoding)
    if isinstance(data, str):
        raise InputError(f"a {fmt.upper()} file must be given as bytes; use speechdoc.parse_file(path)")
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(bytes(data))
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(bytes(data))
    raise InputError(f"no reader for {fmt!r}; one of {', '.join(FORMATS)}")


Reader = Literal["auto", "text", "html", "docx", "pdf"]
_READERS = ("auto", *FORMATS)


def open_input(data: str | bytes, *, encoding: str | None = None, path: str | os.PathLike[str] | None = None,
               reader: Reader = "auto"):
    """``(Loaded, Extracted or None)`` for the pipeline: plain text is loaded, other formats read.

    Markup given as text while the HTML reader is not installed is parsed as text with a
    warning (``html-markup``) instead of silently; ``reader="html"`` then raises.
    """
    if reader == "auto" and path is None and type(data) is str and data.find("<", 0, 16384) < 0:
        return load(data, encoding=encoding), None  # plain text given as str (most calls): no markup to sniff for
    if reader not in _READERS:
        raise UsageError(f"reader must be one of auto, {', '.join(FORMATS)}; not {reader!r}")
    fmt = sniff(data, path) if reader == "auto" else reader
    if fmt == "text" and reader == "auto" and isinstance(data, (bytes, bytearray)):
        if data[:8] == _OLE2:
            raise UnreadableDocumentError("a Word 97-2003 .doc (or another OLE2 compound file) is not read: "
                                          "save it as .docx, or extract its text first")
        if data.lstrip()[:5] == b"{\\rtf":
            raise UnreadableDocumentError("an RTF file is not read (its control words would be parsed as text): "
                                          "save it as .docx, or extract its text first")
    if fmt == "text":
        return load(data, encoding=encoding), None
    if fmt == "html" and reader == "auto" and not html_available():
        loaded = load(data, encoding=encoding)
        loaded.diagnostics.append((
            "warning", "html-markup",
            "the input is HTML markup, parsed here as plain text (tags and all); "
            "install the HTML reader with: pip install 'speechdoc[html]'", None, None))
        return loaded, None
    ex = read(data, fmt, encoding=encoding)
    return Loaded(ex.text, ex.encoding, False, ex.diagnostics), ex


def with_noise(cleaned, noise: list[tuple[str, int, int]]):
    """``cleaned`` with the reader's own noise spans (raw offsets) set aside too; cleaning's records win overlaps."""
    from ..text.clean import Cleaned, Noise

    known = [(n.start, n.end) for n in cleaned.noise]
    extra = [Noise(k, s, e) for k, s, e in noise if e > s and not any(a < e and s < b for a, b in known)]
    if not extra:
        return cleaned
    view = cleaned.view.masked([(n.start, n.end) for n in extra])
    merged = sorted([*cleaned.noise, *extra], key=lambda n: (n.start, n.end))
    return Cleaned(view, merged, cleaned.garbled, inline=cleaned.inline)


def heading_diagnostics(blocks: list[SourceBlock], speeches) -> list[tuple[str, str, str, int, int]]:
    """What heading markup says about the outline, where the two disagree (info diagnostics).

    A heading level (``<h2>``, ``Heading 2``) that most of its nodes share but one node
    does not is ``heading-depth``; a heading inside a speech's body that starts no node
    (no number, typed or Word's) is ``heading-without-marker``.
    """
    headed = [b for b in blocks if b.heading is not None]
    if not headed:
        return []
    starts = {}
    titles = set()
    for sp in speeches:
        if sp.title_span is not None:
            titles.add(sp.title_span[0])
        for node in sp.walk():
            starts[node.marker_span[0]] = node
    by_level: dict[int, list[tuple[SourceBlock, object]]] = {}
    out = []
    for b in headed:
        node = next((starts[s] for s in starts if b.span[0] <= s < b.span[1]), None)
        if node is not None:
            by_level.setdefault(b.heading, []).append((b, node))
        elif not any(b.span[0] <= t < b.span[1] for t in titles) and any(
                sp.span[0] <= b.span[0] < sp.span[1] for sp in speeches):
            out.append(("info", "heading-without-marker",
                        f"a level-{b.heading} heading with no number starts no outline node", b.span[0], b.span[1]))
    for level, pairs in by_level.items():
        depths = [node.depth for _, node in pairs]
        usual = max(set(depths), key=depths.count)
        for b, node in pairs:
            if node.depth != usual:
                out.append(("info", "heading-depth",
                            f"{node.marker}{node.title!s:.20} is a level-{level} heading at depth {node.depth}; "
                            f"the other level-{level} headings are at depth {usual}", b.span[0], b.span[1]))
    return sorted(out, key=lambda d: d[3])
