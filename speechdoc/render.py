"""Human-readable renderings of a Document: an indented tree and a Markdown outline.

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

from .model import Document, OutlineNode

__all__ = ["to_tree", "to_markdown"]


def to_tree(doc: Document) -> str:
    lines: list[str] = []
    for sp in doc.speeches:
        head = f"speech {sp.index}" + (f": {sp.title}" if sp.title else "")
        lines.append(head)
        for node in sp.walk():
            lines.append("  " * node.depth + f"{node.marker} {node.title}".rstrip())
    return "\n".join(lines)


def _md(node: OutlineNode, out: list[str]) -> None:
    if node.kind == "section" and node.depth <= 6:
        shown = node.title if node.depth == 1 else f"{node.marker}{node.title}"
        out.append("#" * node.depth + " " + shown)
    else:
        out.append("  " * max(0, node.depth - 2) + f"- **{node.marker}** {node.title}")
    for child in node.children:
        _md(child, out)


def to_markdown(doc: Document) -> str:
    out: list[str] = []
    many = len(doc.speeches) > 1
    for sp in doc.speeches:
        if many or sp.title:
            out.append(f"<!-- speech {sp.index}{': ' + sp.title if sp.title else ''} -->")
        for node in sp.children:
            _md(node, out)
    return "\n".join(out)
