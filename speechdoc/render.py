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
# 认清形势
## （一）成绩
# 明确任务
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import InputError
from .model import SCHEMA_VERSION, Document, OutlineNode  # noqa: F401 (the doctests name it)

__all__ = ["to_json", "to_jsonl", "read_jsonl", "json_schema", "schema_json", "to_tree", "to_markdown"]


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


def to_tree(doc: Document) -> str:
    """A plain-text outline: one line per speech, then nodes indented two spaces a level."""
    lines: list[str] = []
    for sp in doc.speeches:
        head = f"speech {sp.index}" + (f": {sp.title}" if sp.title else "")
        lines.append(head)
        for node in sp.walk():
            lines.append("  " * node.depth + f"{node.marker} {node.title}".rstrip())
    return "\n".join(lines)


def _md(node: OutlineNode) -> str:
    if node.kind == "section" and node.depth <= 6:
        shown = node.title if node.depth == 1 else f"{node.marker}{node.title}"
        return "#" * node.depth + " " + shown
    return "  " * max(0, node.depth - 2) + f"- **{node.marker}** {node.title}"


def to_markdown(doc: Document) -> str:
    """A Markdown outline: sections as headings (to level 6), points as list items."""
    out: list[str] = []
    many = len(doc.speeches) > 1
    for sp in doc.speeches:
        if many or sp.title:
            out.append(f"<!-- speech {sp.index}{': ' + sp.title if sp.title else ''} -->")
        out.extend(_md(node) for node in sp.walk())
    return "\n".join(out)
