"""Word files (.docx): the paragraphs in order, with Word's list numbering written out.

A .docx is a ZIP of XML parts; this reads ``word/document.xml`` (found through the
package relationships), ``styles.xml`` and ``numbering.xml`` with lxml, entities and
network access off. Each paragraph of the body — table cells and text boxes included,
in document order — is one line of text. A paragraph numbered by Word (its own
``w:numPr`` or its style's) starts with the marker Word shows, rendered by
:mod:`speechdoc.readers.numbering`, so an auto-numbered ``一、`` heading parses exactly
like a typed one. Deleted revisions, field codes and hidden runs are not text.

Paragraphs of a table of contents (``TOC 1``… styles, or Word's contents control) are
noise records of kind ``toc``: their ``一、总体要求……3`` lines are not headings.

Each line gets a :class:`~speechdoc.document.model.SourceBlock` with the paragraph's index
(body order), its style name, the heading level its style gives (``Heading 1``…,
``标题 1``…, or an outline level) and the generated marker, if any.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile

from ..document.model import SourceBlock
from . import Extracted, UnreadableDocumentError, require
from .numbering import W, ListCounter, ListDefinitions

__all__ = ["read_docx", "MAX_PART_BYTES"]

#: an XML part larger than this (uncompressed) is refused: a ZIP bomb, not a speech
MAX_PART_BYTES = 64 * 1024 * 1024
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "/officeDocument"
_STRICT = b"http://purl.oclc.org/ooxml/wordprocessingml/main"  # "Strict Open XML" saves: the same vocabulary
_TRANSITIONAL = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TOC_STYLE = re.compile(r"(?i:toc|目录)\s*[1-9]")
_HEADING_NAME = re.compile(r"(?:heading|标题)\s*([1-9])", re.I)
_SKIP = frozenset(W + t for t in ("del", "moveFrom", "instrText", "delText", "fldData", "pPr", "rPr",
                                  "footnoteReference", "endnoteReference", "commentReference"))


def read_docx(data: bytes) -> Extracted:
    """The text of a Word document's body with its list numbering rendered."""
    etree = require("lxml.etree", "docx")
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = set(z.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise UnreadableDocumentError(f"cannot read the Word file: it is damaged (not a valid ZIP archive: {e})") \
            from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, recover=False)

    def part(name: str, required: bool = False):
        if name not in names:
            if required:
                raise UnreadableDocumentError(f"cannot read the Word file: {name} is missing")
            return None
        try:
            if z.getinfo(name).file_size > MAX_PART_BYTES:
                raise UnreadableDocumentError(f"cannot read the Word file: {name} unpacks to more than "
                                              f"{MAX_PART_BYTES} bytes")
            return etree.fromstring(z.read(name).replace(_STRICT, _TRANSITIONAL), parser)
        except UnreadableDocumentError:
            raise
        except Exception as e:  # zlib, CRC or XML errors of a damaged file
            raise UnreadableDocumentError(f"cannot read the Word file: {name} is damaged ({type(e).__name__})") \
                from None

    main = _main_part(names, part)
    rels = _relationships(part, main)
    styles = _Styles(part(rels.get("styles", "word/styles.xml")))
    lists = ListDefinitions.parse(part(rels.get("numbering", "word/numbering.xml")))
    counter = ListCounter(lists, styles.num_of_style)
    body = part(main, required=True).find(W + "body")
    if body is None:
        raise UnreadableDocumentError("cannot read the Word file: the document has no body")
    for fallback in list(body.iter(_MC_FALLBACK)):  # a shape's text is there twice: keep the Choice
        fallback.getparent().remove(fallback)
    lines: list[str] = []
    blocks: list[SourceBlock] = []
    noise: list[tuple[str, int, int]] = []
    pos = 0
    for index, p in enumerate(body.iter(W + "p")):
        style_id = _val(p.find(f"{W}pPr/{W}pStyle"))
        num_id, ilvl = _numbering(p, styles, style_id)
        marker = None
        suffix = "tab"
        if num_id is not None:
            got = counter.next(num_id, ilvl)
            if got is not None and got.text:
                marker, suffix = got.text, got.suffix
        text = _text(p).rstrip(" \t")
        if not text.strip() and not marker:
            continue
        shown = text.lstrip(" \t\u3000") if marker else text
        if marker:
            last = marker[-1]  # 第一条 总体要求, 1 总体要求; but 一、总体, （一）总体, ①总体
            sep = " " if shown and suffix != "nothing" and (
                (last.isascii() and last.isalnum()) or "\u4e00" <= last <= "\u9fff") else ""
            shown = marker + sep + shown
        lines.append(shown)
        name = styles.name(style_id)
        blocks.append(SourceBlock(span=(pos, pos + len(shown)), paragraph=index, style=name,
                                  heading=styles.heading(style_id, p), numbering=marker))
        if _TOC_STYLE.fullmatch(name or "") or _in_toc(p):  # a table of contents entry: 一、总体要求……3
            noise.append(("toc", pos, pos + len(shown) + 1))
        pos += len(shown) + 1
    text = "\n".join(lines) + ("\n" if lines else "")
    return Extracted(text=text, format="docx", blocks=blocks, noise=noise, title=_title(part))


def _in_toc(p) -> bool:
    """Is the paragraph inside a content control Word made for a table of contents?"""
    parent = p.getparent()
    while parent is not None:
        if parent.tag == W + "sdt":
            gallery = parent.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
            if gallery is not None and "contents" in (gallery.get(W + "val") or "").lower():
                return True
        parent = parent.getparent()
    return False


def _main_part(names: set[str], part) -> str:
    rels = part("_rels/.rels")
    if rels is not None:
        for rel in rels.iter(_REL + "Relationship"):
            if (rel.get("Type") or "").endswith(_OFFICE_DOCUMENT):
                target = (rel.get("Target") or "").lstrip("/")
                if target in names:
                    return target
    if "word/document.xml" in names:
        return "word/document.xml"
    kind = ("an Excel workbook" if "xl/workbook.xml" in names else
            "a PowerPoint presentation" if "ppt/presentation.xml" in names else
            "an OpenDocument file" if "content.xml" in names else "a ZIP archive")
    raise UnreadableDocumentError(f"{kind}, not a Word document (.docx)")


def _relationships(part, main: str) -> dict[str, str]:
    """Relationship type (last path segment) → part name, for the main document."""
    folder, base = posixpath.split(main)
    rels = part(posixpath.join(folder, "_rels", base + ".rels"))
    out: dict[str, str] = {}
    if rels is None:
        return out
    for rel in rels.iter(_REL + "Relationship"):
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        out.setdefault(kind, posixpath.normpath(target.lstrip("/") if target.startswith("/")
                                                else posixpath.join(folder, target)))
    return out


def _val(el) -> str | None:
    return None if el is None else el.get(W + "val")


class _Styles:
    """Paragraph styles: names, ``basedOn`` chains, numbering and outline levels."""

    def __init__(self, root) -> None:
        self.names: dict[str, str] = {}
        self.based_on: dict[str, str] = {}
        self.numpr: dict[str, tuple[str | None, int | None]] = {}
        self.outline: dict[str, int] = {}
        self.default: str | None = None
        if root is None:
            return
        for st in root.iter(W + "style"):
            if st.get(W + "type") not in (None, "paragraph", "numbering"):
                continue
            sid = st.get(W + "styleId")
            if sid is None:
                continue
            if st.get(W + "default") in ("1", "true") and st.get(W + "type") == "paragraph":
                self.default = sid
            name = _val(st.find(W + "name"))
            if name:  # built-in styles are stored lower case ("heading 1"); Word shows "Heading 1"
                self.names[sid] = name[0].upper() + name[1:] if name.isascii() and name.islower() else name
            base = _val(st.find(W + "basedOn"))
            if base:
                self.based_on[sid] = base
            numpr = st.find(f"{W}pPr/{W}numPr")
            if numpr is not None:
                ilvl = _val(numpr.find(W + "ilvl"))
                self.numpr[sid] = (_val(numpr.find(W + "numId")), int(ilvl) if ilvl and ilvl.isdigit() else None)
            lvl = _val(st.find(f"{W}pPr/{W}outlineLvl"))
            if lvl and lvl.isdigit():
                self.outline[sid] = int(lvl)

    @property
    def num_of_style(self) -> dict[str, str]:
        return {sid: n for sid, (n, _) in self.numpr.items() if n}

    def chain(self, sid: str | None):
        seen = set()
        sid = sid or self.default
        while sid is not None and sid not in seen:
            seen.add(sid)
            yield sid
            sid = self.based_on.get(sid)

    def name(self, sid: str | None) -> str | None:
        sid = sid or self.default
        return self.names.get(sid or "", sid)

    def heading(self, sid: str | None, p) -> int | None:
        own = _val(p.find(f"{W}pPr/{W}outlineLvl"))
        if own and own.isdigit():
            return int(own) + 1 if int(own) < 9 else None
        for s in self.chain(sid):
            m = _HEADING_NAME.fullmatch(self.names.get(s, "").strip())
            if m:
                return int(m.group(1))
            if s in self.outline:
                return self.outline[s] + 1 if self.outline[s] < 9 else None
        return None


def _numbering(p, styles: _Styles, style_id: str | None) -> tuple[str | None, int]:
    """The list instance and level of a paragraph: its own ``w:numPr``, else its style's."""
    numpr = p.find(f"{W}pPr/{W}numPr")
    num_id = ilvl = None
    if numpr is not None:
        num_id = _val(numpr.find(W + "numId"))
        lv = _val(numpr.find(W + "ilvl"))
        ilvl = int(lv) if lv and lv.isdigit() else None
    if num_id is None:
        for s in styles.chain(style_id):
            if s in styles.numpr:
                num_id, style_lvl = styles.numpr[s]
                ilvl = ilvl if ilvl is not None else style_lvl
                break
    return num_id, min(ilvl or 0, 8)


def _text(p) -> str:
    """The visible text of one paragraph, without the paragraphs nested in it (text boxes)."""
    out: list[str] = []
    stack = list(reversed(p))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP or tag == W + "p":
            continue
        if tag == W + "t":
            out.append(el.text or "")
        elif tag == W + "tab" or tag == W + "ptab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "r" and el.find(f"{W}rPr/{W}vanish") is not None:
            continue  # hidden text
        else:
            stack.extend(reversed(el))
    return "".join(out)


def _title(part) -> str | None:
    core = part("docProps/core.xml")
    if core is None:
        return None
    el = core.find("{http://purl.org/dc/elements/1.1/}title")
    title = (el.text or "").strip() if el is not None else ""
    return title or None
