"""Tree navigation for the frozen Document: parents, siblings, paths, find.

The models are frozen pydantic objects that serialise exactly as they are, so they
cannot hold a back-pointer to their parent (it would be dumped, compared and
walked by every tool that reads the JSON). Instead a Document registers itself
when it is built (``Document.model_post_init``, :mod:`.registry`), and the first navigation request
indexes the registered documents: ``id(node) → (parent, speech, siblings,
position)``. The index lives here, outside the models, and an entry is dropped when
its Document is garbage-collected. JSON output and ``==`` are untouched.

>>> from speechdoc import parse
>>> doc = parse("一、认清形势\\n（一）成绩。\\n（二）问题。\\n二、明确任务")
>>> node = doc.find(title="问题")
>>> node.path
['一、认清形势', '（二）问题']
>>> node.parent.title, node.prev_sibling.title, node.next_sibling
('认清形势', '成绩', None)
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Union, get_args

from ..errors import UsageError
from .model import Document, OutlineNode, Speech, Style
from .registry import _owned, _pending, _where, register

__all__ = ["register", "parent", "speech_of", "siblings", "path", "ancestors",
           "check_criteria", "find_all", "first", "own_text", "full_text", "TitleMatch"]

#: what ``title=`` accepts: a substring, or a compiled pattern searched in the title
TitleMatch = Union[str, "re.Pattern[str]"]
Parent = Union["OutlineNode", "Speech"]


@dataclass(slots=True)
class _Loc:
    node: OutlineNode  # held so that id() cannot be reused while the entry lives
    parent: Parent
    speech: Speech
    position: int
    doc_id: int


def _index(doc: Document) -> None:
    key = id(doc)
    ids: list[int] = []
    for sp in doc.speeches:
        stack: list[tuple[Parent, list[OutlineNode]]] = [(sp, sp.children)]
        while stack:
            owner, kids = stack.pop()
            for i, child in enumerate(kids):
                _where[id(child)] = _Loc(child, owner, sp, i, key)
                ids.append(id(child))
                if child.children:
                    stack.append((child, child.children))
    _owned[key] = ids


def _locate(node: OutlineNode) -> _Loc:
    loc = _where.get(id(node))
    if loc is None or loc.node is not node:
        for key in list(_pending):
            ref = _pending.pop(key, None)
            doc = ref() if ref is not None else None
            if doc is not None:
                _index(doc)
        loc = _where.get(id(node))
    if loc is None or loc.node is not node:
        raise UsageError(
            "this node belongs to no live Document, so it has no parent or path; "
            "keep the Document it came from in a variable while you navigate")
    return loc


def parent(node: OutlineNode) -> Parent:
    """The node's parent: an OutlineNode, or the Speech for a top-level node."""
    return _locate(node).parent


def speech_of(node: OutlineNode) -> Speech:
    """The Speech that holds the node."""
    return _locate(node).speech


def siblings(node: OutlineNode) -> tuple[list[OutlineNode], int]:
    """The parent's children and the node's position among them."""
    loc = _locate(node)
    return loc.parent.children, loc.position


def ancestors(node: OutlineNode) -> Iterator[OutlineNode]:
    """Outline ancestors, nearest first (the Speech is not included)."""
    loc = _locate(node)
    while loc.parent is not loc.speech:
        up = loc.parent
        yield up  # type: ignore[misc]
        loc = _locate(up)  # type: ignore[arg-type]


def path(node: OutlineNode) -> list[str]:
    """Breadcrumbs from the top of the speech: marker + title of each ancestor and the node."""
    chain = [node, *ancestors(node)]
    return [n.marker + n.title for n in reversed(chain)]


def _matches(node: OutlineNode, kind: str | None, style: str | None, depth: int | None,
             title: TitleMatch | None, where: Callable[[OutlineNode], bool] | None) -> bool:
    if kind is not None and node.kind != kind:
        return False
    if style is not None and node.style != style:
        return False
    if depth is not None and node.depth != depth:
        return False
    if title is not None:
        if isinstance(title, str):
            if title not in node.title:
                return False
        elif title.search(node.title) is None:
            return False
    return where is None or bool(where(node))


_KINDS = ("section", "point")


def check_criteria(kind: str | None = None, style: str | None = None, depth: int | None = None,
                   title: TitleMatch | None = None, where: Callable[[OutlineNode], bool] | None = None) -> None:
    """Raise UsageError for a criterion no node could ever match (``depth="1"``, ``kind="sections"``)."""
    if kind is not None and kind not in _KINDS:
        raise UsageError(f"kind must be one of {', '.join(_KINDS)}, not {kind!r}")
    styles = get_args(Style)
    if style is not None and style not in styles:
        raise UsageError(f"style must be one of {', '.join(styles)}, not {style!r}")
    if depth is not None and (not isinstance(depth, int) or isinstance(depth, bool) or depth < 1):
        raise UsageError(f"depth must be a whole number from 1 (the top sections), not {depth!r}")
    if title is not None and not isinstance(title, (str, re.Pattern)):
        raise UsageError(f"title must be a str or a compiled re.Pattern, not {type(title).__name__}")
    if where is not None and not callable(where):
        raise UsageError("where must be a callable taking an OutlineNode and returning a bool")


def find_all(nodes: Iterable[OutlineNode], *, kind: str | None = None, style: str | None = None,
             depth: int | None = None, title: TitleMatch | None = None,
             where: Callable[[OutlineNode], bool] | None = None) -> list[OutlineNode]:
    """The nodes (in the order given) that meet every criterion that is not None."""
    check_criteria(kind, style, depth, title, where)
    return [n for n in nodes if _matches(n, kind, style, depth, title, where)]


def first(nodes: Iterable[OutlineNode], *, kind: str | None = None, style: str | None = None,
          depth: int | None = None, title: TitleMatch | None = None,
          where: Callable[[OutlineNode], bool] | None = None) -> OutlineNode | None:
    """The first node of :func:`find_all`, or None; stops at the first match."""
    check_criteria(kind, style, depth, title, where)
    return next((n for n in nodes if _matches(n, kind, style, depth, title, where)), None)


def own_text(blocks: Iterable) -> str:
    """Paragraph texts joined by newlines."""
    return "\n".join(p.text for p in blocks)


def full_text(node: OutlineNode | Speech) -> str:
    """The node's own paragraphs and all its descendants', in reading (span) order."""
    blocks = []
    stack: list[OutlineNode | Speech] = [node]
    while stack:
        n = stack.pop()
        blocks.extend(n.blocks)
        stack.extend(n.children)
    blocks.sort(key=lambda p: p.span)
    return "\n".join(p.text for p in blocks)
