"""Renderings of a Document: JSON, JSON Lines, JSON Schema, an indented tree, Markdown.

JSON is the model's own (``model_dump_json``), so ``Document.model_validate_json``
reads it back to an equal Document; JSON Lines holds one Document per line for
corpora; the tree and Markdown outlines are for people.

>>> from speechdoc import parse
>>> doc = parse("一、认清形势\\n（一）成绩。\\n二、明确任务")
>>> print(to_tree(doc))
speech 1
  一、 认清形势
    （一） 成绩
  二、 明确任务
>>> print(to_markdown(doc))
# speech 1
## 一、认清形势
### （一）成绩
## 二、明确任务
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from html import escape
from typing import Any, Union

from ..errors import InputError, UsageError
from .model import SCHEMA_VERSION, Document, OutlineNode, Speech  # noqa: F401 (the doctests name it)

__all__ = ["to_json", "to_jsonl", "read_jsonl", "json_schema", "schema_json", "to_tree", "to_markdown", "to_html",
           "render", "FORMATS"]

#: what :func:`render` (and ``speechdoc parse --format``) writes
FORMATS = ("json", "jsonl", "tree", "markdown")


def to_json(doc: Document, *, pretty: bool = False) -> str:
    """The Document as JSON: compact by default, indented by two with ``pretty``.

    >>> from speechdoc import parse
    >>> doc = parse("一、总体要求")
    >>> Document.model_validate_json(to_json(doc)) == doc
    True
    """
    return doc.model_dump_json(indent=2 if pretty else None)


def to_jsonl(docs: Iterable[Document]) -> Iterator[str]:
    """One compact JSON line per Document (newline-terminated), for corpora and streams.

    >>> from speechdoc import parse
    >>> lines = list(to_jsonl([parse("一、甲"), parse("一、乙")]))
    >>> [d.speeches[0].children[0].title for d in read_jsonl(lines)]
    ['甲', '乙']
    """
    for doc in docs:
        yield doc.model_dump_json() + "\n"


def read_jsonl(lines: Iterable[str | bytes]) -> Iterator[Document]:
    """Documents back from JSON Lines (blank lines skipped); a bad line raises InputError."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield Document.model_validate_json(line)
        except ValueError as e:
            raise InputError(f"line {number} is not a speechdoc Document: {str(e).splitlines()[0]}") from None


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a Document (draft 2020-12), as published in ``docs/schema.json``.

    >>> s = json_schema()
    >>> s["title"], s["properties"]["schema_version"]["default"] == SCHEMA_VERSION
    ('Document', True)
    """
    schema = Document.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_json() -> str:
    """:func:`json_schema` as the exact text committed in ``docs/schema.json``."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


Outline = Union[Document, Speech, OutlineNode]


def _speech_head(sp: Speech) -> str:
    return f"speech {sp.index}" + (f": {sp.title}" if sp.title else "")


def _speeches(obj: Outline) -> list[Speech]:
    return obj.speeches if isinstance(obj, Document) else [obj] if isinstance(obj, Speech) else []


def to_tree(obj: Outline) -> str:
    """A plain-text outline: one line per speech, then nodes indented two spaces a level.

    A node alone prints its subtree, indented from its own depth.
    """
    if isinstance(obj, OutlineNode):
        return "\n".join("  " * (n.depth - obj.depth) + f"{n.marker} {n.title}".rstrip() for n in obj.walk())
    lines: list[str] = []
    for sp in _speeches(obj):
        lines.append(_speech_head(sp))
        for node in sp.walk():
            lines.append("  " * node.depth + f"{node.marker} {node.title}".rstrip())
    return "\n".join(lines)


def _md_lines(tops: list[OutlineNode], level: int) -> list[str]:
    """Sections as headings one level below ``level`` (to level 6), points and deeper sections as list items.

    A list item is indented two spaces for each list item above it, so the nesting
    Markdown shows is the outline's.
    """
    out: list[str] = []
    stack: list[tuple[OutlineNode, int, int]] = [(n, level + 1, 0) for n in reversed(tops)]
    while stack:
        node, heading, indent = stack.pop()
        if node.kind == "section" and indent == 0 and heading <= 6:
            out.append("#" * heading + f" {node.marker}{node.title}")
            below = [(c, heading + 1, 0) for c in node.children]
        else:
            out.append("  " * indent + f"- **{node.marker}** {node.title}".rstrip())
            below = [(c, heading, indent + 1) for c in node.children]
        stack.extend(reversed(below))
    return out


def to_markdown(obj: Outline) -> str:
    """A Markdown outline: each speech's title as a heading, its sections as headings below it
    (marker kept at every level), points as list items."""
    if isinstance(obj, OutlineNode):
        return "\n".join(_md_lines([obj], 0))
    out: list[str] = []
    for sp in _speeches(obj):
        out.append(f"# {sp.title or f'speech {sp.index}'}")
        out.extend(_md_lines(sp.children, 1))
    return "\n".join(out)


def _html_nodes(nodes: list[OutlineNode]) -> str:
    if not nodes:
        return ""
    items = "".join(f"<li><b>{escape(n.marker)}</b> {escape(n.title)}{_html_nodes(n.children)}</li>" for n in nodes)
    return f"<ul>{items}</ul>"


def to_html(obj: Outline) -> str:
    """The outline as nested HTML lists (what a Jupyter notebook shows for a Document)."""
    if isinstance(obj, OutlineNode):
        return f"<div class=\"speechdoc\">{_html_nodes([obj])}</div>"
    parts = [f"<p><b>{escape(_speech_head(sp))}</b></p>{_html_nodes(sp.children)}" for sp in _speeches(obj)]
    return f"<div class=\"speechdoc\">{''.join(parts)}</div>"


def render(doc: Document, fmt: str, *, pretty: bool = False) -> str:
    """The Document in one of :data:`FORMATS`: ``json`` (indented with ``pretty``), ``jsonl`` (one
    line), ``tree`` or ``markdown``; without a final newline."""
    if fmt in ("json", "jsonl"):
        return doc.model_dump_json(indent=2 if pretty and fmt == "json" else None)
    if fmt == "tree":
        return to_tree(doc)
    if fmt == "markdown":
        return to_markdown(doc)
    raise UsageError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
