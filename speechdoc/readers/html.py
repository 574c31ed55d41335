"""Web pages: the visible text, one line per block, with the element each line came from.

Parsed with lexbor (through selectolax), the HTML5 parsing algorithm browsers use, so
broken markup ends up where a browser puts it. The text is what a reader sees:
block elements (``<p>``, ``<div>``, ``<h1>``…, ``<li>``, table rows) and ``<br>`` end
lines, table cells are separated by a tab, runs of white space collapse (``<pre>``
excepted), entities are decoded. Scripts, styles, forms controls and navigation
(``<nav>``, page ``<header>``/``<footer>``, ARIA navigation roles, hidden elements,
and elements whose class or id names them a menu, breadcrumb or footer) are not part
of it. Chrome that is plain text on the page (``您的位置:``, ``发布时间:``,
``版权所有``) stays in the text, where the cleaning stage sets it aside as noise.

>>> ex = read_html("<html><head><title>讲话_某市政府</title></head><body><nav>首页 | 要闻</nav>"
...                "<h1>在全市工作会议上的讲话</h1><p><strong>一、总体要求</strong></p><p>稳中求进。<br>狠抓落实。</p></body></html>")
>>> print(ex.text, end="")
在全市工作会议上的讲话
一、总体要求
稳中求进。
狠抓落实。
>>> ex.title, [(b.path, b.heading, b.style) for b in ex.blocks][:2]
('讲话_某市政府', [('html/body/h1', 1, 'h1'), ('html/body/p[1]', None, 'strong')])
"""
from __future__ import annotations

import re

from ..text.load import load
from ..outline.meta import parse_date
from ..document.model import SourceBlock
from . import Extracted, UnreadableDocumentError, is_mhtml, require

__all__ = ["read_html"]

_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody "
    "tfoot thead tr ul legend option".split())
_CELL = frozenset(("td", "th"))
_SKIP = frozenset(
    "head script style noscript template nav iframe object embed svg canvas select button input textarea "
    "map area audio video datalist aside".split())
_STRONG = frozenset(("strong", "b"))
_NAV_WORDS = frozenset(
    "nav navbar navigation menu menubar submenu breadcrumb breadcrumbs crumb crumbs bread footer foot topbar "
    "sidebar share sharing toolbar pagination pager skiplink related recommend comment comments".split())
_NAV_ROLES = frozenset(("navigation", "banner", "contentinfo", "search", "menu", "menubar"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WORD_SPLIT = re.compile(r"[\s_\-]+")
_WS = re.compile(r"[ \t\n\r\f]+")
#: a line break (and the blanks around it) in the source between two wide characters (Han, kana, full-width forms):
#: removed, not made a space (CSS Text 3, segment break transformation: 健康发⏎展 renders 健康发展)
_WIDE_BREAK = re.compile(r"(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])[ \t\f]*[\n\r][ \t\n\r\f]*"
                         r"(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])")
_WIDE_END = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]$")
_WIDE_START = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]{2,20})", re.I)
_DATE_META = ("pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime", "article:published_time",
              "dc.date", "dc.date.issued", "date", "og:release_date", "releasedate", "created")
_ENCODING_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}


def read_html(data: str | bytes, *, encoding: str | None = None) -> Extracted:
    """The visible text of a page (str, or bytes in the page's declared or detected encoding)."""
    lexbor = require("selectolax.lexbor", "html")
    if not isinstance(data, str) and is_mhtml(bytes(data[:4096])):
        data, encoding = _from_mhtml(bytes(data), encoding)
    if isinstance(data, str):
        loaded = load(data)
    else:
        if encoding is None:
            m = _CHARSET.search(bytes(data[:4096]))
            if m:
                declared = m.group(1).decode("ascii").lower()
                declared = _ENCODING_ALIASES.get(declared, declared)
                try:
                    bytes(data).decode(declared)
                    encoding = declared
                except (UnicodeDecodeError, LookupError):
                    pass  # a page saved in another encoding than it declares: detect instead
        loaded = load(data, encoding=encoding)
    tree = lexbor.LexborHTMLParser(loaded.text)
    root = tree.root
    walker = _Walker(len(root.text(deep=True)) if root is not None else 0)
    if root is not None:
        walker.walk(root)
    text, blocks = walker.finish()
    return Extracted(text=text, format="html", blocks=blocks, title=_title(tree), date=_date(tree),
                     encoding=loaded.encoding, diagnostics=list(loaded.diagnostics))


def _from_mhtml(data: bytes, encoding: str | None) -> tuple[bytes, str | None]:
    """The page inside a saved ``.mht``/``.mhtml`` archive (its first ``text/html`` part) and its charset."""
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in message.walk():
            if part.get_content_type() == "text/html":
                body = part.get_payload(decode=True)
                if isinstance(body, bytes):
                    charset = part.get_content_charset()
                    return body, encoding or (_ENCODING_ALIASES.get(charset, charset) if charset else None)
    except Exception:  # a damaged archive: said below, once
        pass
    raise UnreadableDocumentError("cannot read the saved web page: the .mht archive holds no HTML page")


def _title(tree) -> str | None:
    node = tree.css_first("title")
    title = _WS.sub(" ", node.text()).strip() if node is not None else ""
    return title or None


def _date(tree) -> str | None:
    for meta in tree.css("meta"):
        attrs = meta.attributes
        name = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        if name in _DATE_META and attrs.get("content"):
            found = parse_date(attrs["content"])
            if found:
                return found[0]
    return None


def _is_chrome(node, tag: str, most: list[int]) -> bool:
    """Hidden, or navigation by its tag, role, class or id — unless it holds ``most[0]`` of the page's text.

    ``most[1]`` counts down the text measurements allowed, so nested menus cannot make a page quadratic.
    """
    attrs = node.attributes
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(attrs.get("style") or ""):
        return True
    if (attrs.get("role") or "").lower() in _NAV_ROLES:
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    words = set(_WORD_SPLIT.split(names)) | {w.replace("-", "").replace("_", "") for w in names.split()}
    if words & _NAV_WORDS:
        return _small(node, most)  # a wrapper named "nav-wrap" round the whole page is not a menu
    if tag in ("header", "footer"):  # a page's own header/footer; an article's header holds its title
        parent = node.parent
        for _ in range(64):
            if parent is None:
                break
            if parent.tag in ("article", "main"):
                return False
            parent = parent.parent
        return _small(node, most)
    return False


def _small(node, most: list[int]) -> bool:
    if most[1] <= 0:
        return False  # measured enough: keep the rest as text rather than risk dropping the speech
    most[1] -= 1
    return len(node.text(deep=True)) < most[0]


def _path_text(path: tuple | None, limit: int = 64) -> str | None:
    """``html/body/div[2]/p[3]`` from a linked path; past ``limit`` levels the top is shown as ``…``."""
    parts = []
    while path is not None and len(parts) < limit:
        path, segment = path
        parts.append(segment)
    if path is not None:
        parts.append("…")
    return "/".join(reversed(parts)) or None


class _Walker:
    """Depth-first over the tree without recursion (pages nest thousands deep), building lines."""

    def __init__(self, page_chars: int) -> None:
        self.most = [max(2000, page_chars // 2), 200]  # navigation never holds half of a page's text
        self.lines: list[str] = []
        self.blocks: list[SourceBlock] = []
        self.pos = 0  # length of the text so far, newlines included
        self.line: list[str] = []
        self.line_info: tuple[tuple | None, int | None] | None = None  # (path, heading) of the line's first text
        self.strong_chars = 0
        self.wide_gap = False  # the line ends in a source line break after a wide character (see _across_tags)

    def walk(self, root) -> None:
        # ("enter", node, path, block path, heading level, strong depth, in <pre>) or ("leave", tag)
        top = (None, root.tag)
        stack: list[tuple] = [("enter", root, top, top, None, 0, False)]
        while stack:
            item = stack.pop()
            if len(item) == 2:  # ("leave", tag)
                self._leave(item[1])
                continue
            _, node, path, bpath, heading, strong, pre = item
            tag = node.tag
            if tag == "-text":
                self._text(node.text_content or "", bpath, heading, strong > 0, pre)
                continue
            if tag is None or tag.startswith("-") or tag in _SKIP or (tag != "html" and tag != "body"
                                                                       and _is_chrome(node, tag, self.most)):
                continue
            if tag == "br":
                self._break()
                continue
            if tag in _BLOCK:
                self._break()
            elif tag in _CELL and self.line:
                self.line.append("\t")
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                heading = int(tag[1])
            stack.append(("leave", tag))
            counts: dict[str, int] = {}
            children = []
            for child in node.iter(include_text=True):
                ctag = child.tag
                if ctag == "-text":
                    children.append(("enter", child, path, bpath, heading, strong + (tag in _STRONG),
                                     pre or tag == "pre"))
                    continue
                counts[ctag] = counts.get(ctag, 0) + 1
                children.append((child, ctag, counts[ctag]))
            for entry in reversed(children):
                if len(entry) != 3:  # a text node's entry (comparing a node to a str would serialise its subtree)
                    stack.append(entry)
                    continue
                child, ctag, k = entry
                total = counts[ctag]
                cpath = (path, ctag + (f"[{k}]" if total > 1 else ""))  # a linked path: no copying per level
                stack.append(("enter", child, cpath, cpath if ctag in _BLOCK or ctag in _CELL else bpath, heading,
                              strong + (tag in _STRONG), pre or tag == "pre"))

    def _leave(self, tag: str) -> None:
        if tag in _BLOCK:
            self._break()

    def _text(self, text: str, path: tuple, heading: int | None, strong: bool, pre: bool) -> None:
        if pre:
            parts = text.replace("\r\n", "\n").split("\n")
        else:
            broken = "\n" in text or "\r" in text
            if broken:
                text = _WIDE_BREAK.sub("", text)
            if self.wide_gap or broken:
                text = self._across_tags(text)
            parts = [_WS.sub(" ", text.replace("\xa0", " "))]
        for i, part in enumerate(parts):
            if i:
                self._break()
            if not self.line:
                part = part.lstrip(" ")
            if not part:
                continue
            if self.line_info is None:
                self.line_info = (path, heading)
            self.line.append(part)
            if strong:
                self.strong_chars += len(part.strip(" "))

    def _across_tags(self, text: str) -> str:
        """A source line break between two wide characters that an element boundary parts (健康发</span>⏎<span>展,
        健康发⏎</span>展): removed, as inside one text node (_WIDE_BREAK). ``wide_gap``: the line ends in a blank
        that stands for such a break after a wide character (the text before ended in it, or was only it)."""
        ink = text.lstrip(" \t\n\r\f")
        lead = text[:len(text) - len(ink)]
        if ink and (self.wide_gap or ("\n" in lead or "\r" in lead) and _WIDE_END.search(self._last())) \
                and _WIDE_START.match(ink):
            if self.wide_gap and self.line and self.line[-1].endswith(" "):
                self.line[-1] = self.line[-1].rstrip(" ")
            text = ink
            lead = ""
        body = text.rstrip(" \t\n\r\f")
        tail = text[len(body):]
        if body:
            self.wide_gap = ("\n" in tail or "\r" in tail) and _WIDE_END.search(body) is not None
        elif "\n" in lead or "\r" in lead or self.wide_gap:  # only blanks with a line break: the gap goes on
            self.wide_gap = self.wide_gap or _WIDE_END.search(self._last()) is not None
        return text

    def _last(self) -> str:
        """The line's last inked character ('' at a line's start)."""
        for part in reversed(self.line):
            part = part.rstrip(" ")
            if part:
                return part[-1]
        return ""

    def _break(self) -> None:
        self.wide_gap = False
        line = "".join(self.line).rstrip(" \t")
        if line:
            path, heading = self.line_info or (None, None)
            style = f"h{heading}" if heading else None
            if style is None and self.strong_chars and self.strong_chars >= len(line.replace(" ", "")):
                style = "strong"
            self.blocks.append(SourceBlock(span=(self.pos, self.pos + len(line)), path=_path_text(path),
                                           heading=heading, style=style))
            self.lines.append(line)
            self.pos += len(line) + 1
        self.line = []
        self.line_info = None
        self.strong_chars = 0

    def finish(self) -> tuple[str, list[SourceBlock]]:
        self._break()
        text = "\n".join(self.lines)
        if self.lines:
            text += "\n"
        return text, self.blocks
