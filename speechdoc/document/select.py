"""Selectors: CSS-like queries over speeches, outline nodes, paragraphs and metrics.

The syntax is defined in ``grammars/selector.lark`` (LALR, built once, cached):

====================================  ==============================================
``section``                            every numbered section (``point``: 一是/一要
                                       points, ``node``: either, ``*``: anything)
``section[depth=1]``                   attribute test; ops ``= != ~= ^= $= < <= > >=``
                                       (``~=`` is "contains")
``speech[2]``, ``point[-1]``           position among siblings of that type (1-based,
                                       negative from the end)
``metric[placeholder]``                attribute is set (not null, empty or false)
``section > point``                    child;  ``section metric``: descendant
``speech[1] section, speech[2] point`` either
====================================  ==============================================

Types and their attributes: ``speech`` (index title occasion speaker date salutation
text start end), ``section``/``point``/``node`` (kind marker style ordinal depth title
text start end), ``paragraph`` and ``sentence`` (text start end), ``metric`` (text
indicator value value_high placeholder unit scale base_value base_value_high
direction qualifier basis kind period start end). ``start``/``end`` are the span.

A speech's children are its paragraphs, metrics and top-level nodes; a node's are
its own paragraphs, metrics and subnodes; a paragraph's are its sentences. Results
come once each, in tree order. Matching runs right to left with memoisation, so it
costs O(elements × compounds × depth).

>>> from speechdoc import parse
>>> doc = parse("一、发展经济\\n（一）扩大消费。\\n（二）招商引资。一是招大商;二是招好商。\\n二、保障民生")
>>> [n.title for n in doc.select("section[depth=1] > section[title~='招商'] > point")]
['招大商', '招好商']
>>> [n.marker for n in doc.select("section[2], point[-1]")]
['（二）', '二是', '二、']
>>> doc.select("section[depth=1] >> point")
Traceback (most recent call last):
  ...
speechdoc.errors.UsageError: bad selector: unexpected '>' at column 19; expected a type name or *
  section[depth=1] >> point
                    ^
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Union

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from ..errors import UsageError
from .model import Document, Metric, OutlineNode, Paragraph, Sentence, Speech

__all__ = ["select", "compile_selector", "as_record", "Selector", "Selected", "selector_parser", "MAX_LENGTH",
           "MAX_GROUPS", "MAX_FILTERS", "MAX_DIGITS"]

Selected = Union[Speech, OutlineNode, Paragraph, Sentence, Metric]

_NUM, _STR, _BOOL = "number", "text", "flag"
_SPAN = {"start": _NUM, "end": _NUM}
_NODE = {"kind": _STR, "marker": _STR, "style": _STR, "ordinal": _NUM, "depth": _NUM, "title": _STR,
         "text": _STR, **_SPAN}
_ATTRS: dict[str, dict[str, str]] = {
    "speech": {"index": _NUM, "title": _STR, "occasion": _STR, "speaker": _STR, "date": _STR,
               "salutation": _STR, "text": _STR, **_SPAN},
    "section": _NODE,
    "point": _NODE,
    "node": _NODE,
    "paragraph": {"text": _STR, **_SPAN},
    "sentence": {"text": _STR, **_SPAN},
    "metric": {"text": _STR, "indicator": _STR, "value": _NUM, "value_high": _NUM, "placeholder": _BOOL,
               "unit": _STR, "scale": _NUM, "base_value": _NUM, "base_value_high": _NUM, "direction": _STR,
               "qualifier": _STR, "hedge": _STR, "basis": _STR, "kind": _STR, "period": _STR, **_SPAN},
}
_ANY: dict[str, str] = {k: v for table in _ATTRS.values() for k, v in table.items()}
_TYPES = ", ".join([*_ATTRS, "*"])
#: bounds that no real query comes near; past them a selector is a UsageError, not minutes of work
MAX_LENGTH = 4096  # characters
MAX_GROUPS = 32  # comma-separated alternatives
_MAX_COMPOUNDS = 64  # compounds in one alternative
MAX_FILTERS = 16  # [..] tests on one compound
MAX_DIGITS = 18  # digits of a number or position
_WINDOW = 30  # characters of the selector quoted on each side of an error's column

_EXPECTED = {
    "NAME": "a type or attribute name", "STAR": "*", "INT": "a position", "OP": "an operator (= != ~= ^= $= < <= > >=)",
    "STRING": "a quoted value", "BARE": "a value", "CHILD": ">", "COMMA": ",", "DESCENDANT": "a space",
    "RSQB": "]", "LSQB": "[",
}


@lru_cache(maxsize=1)
def selector_parser() -> Lark:
    """The selector grammar, built once per process (and cached on disk by lark)."""
    return Lark.open_from_package("speechdoc", "grammars/selector.lark", parser="lalr", cache=True)


@dataclass(frozen=True, slots=True)
class _Test:
    name: str  # attribute; "" for a position test
    op: str  # = != ~= ^= $= < <= > >=, "?" (present), "#" (position)
    value: Any


@dataclass(frozen=True, slots=True)
class _Compound:
    type: str  # a key of _ATTRS or "*"
    tests: tuple[_Test, ...]


@dataclass(frozen=True, slots=True)
class Selector:
    """A compiled selector: alternatives, each compounds joined by combinators ('>' or ' ')."""

    source: str
    groups: tuple[tuple[tuple[_Compound, ...], tuple[str, ...]], ...]


def _fail(source: str, column: int, message: str) -> UsageError:
    """A UsageError quoting the selector around ``column`` (at most a window of it) with a caret."""
    line = source.replace("\n", " ").replace("\r", " ")
    left = max(0, column - 1 - _WINDOW)
    right = min(len(line), column - 1 + _WINDOW)
    shown = ("…" if left else "") + line[left:right] + ("…" if right < len(line) else "")
    caret = column - left + (1 if left else 0)
    return UsageError(f"bad selector: {message}\n  {shown}\n  {' ' * (caret - 1)}^")


def _describe(expected: set[str]) -> str:
    names = []
    for t in sorted(expected):
        if t == "_S":
            continue
        word = _EXPECTED.get(t, t.lower())
        if word not in names:
            names.append(word)
    if {"NAME", "STAR"} <= expected and "INT" not in expected and "OP" not in expected:
        return "a type name or *"
    return " or ".join(names) if names else "the end"


@lru_cache(maxsize=256)
def compile_selector(source: str) -> Selector:
    """Parse and check a selector; raises :class:`~speechdoc.UsageError` with a caret.

    >>> compile_selector("point[ordinal>2]").groups[0][0][0].tests
    (_Test(name='ordinal', op='>', value=2),)
    >>> compile_selector("section[colour=red]")
    Traceback (most recent call last):
      ...
    speechdoc.errors.UsageError: bad selector: section has no attribute 'colour' (it has kind, marker, style, ordinal, depth, title, text, start, end)
      section[colour=red]
              ^
    """
    if not isinstance(source, str):
        raise UsageError(f"a selector is a str, not {type(source).__name__}")
    body = source.strip(" \t\u3000")
    lead = len(source) - len(source.lstrip(" \t\u3000"))
    if not body:
        raise _fail(source, 1, "empty selector; try 'section' or 'speech[1] point'")
    if len(source) > MAX_LENGTH:
        raise _fail(source, MAX_LENGTH + 1, f"longer than {MAX_LENGTH} characters")
    try:
        tree = selector_parser().parse(body)
    except UnexpectedInput as e:
        if isinstance(e, UnexpectedEOF) or (isinstance(e, UnexpectedToken) and e.token.type == "$END"):
            col, what = len(body) + 1, "unexpected end"
        elif isinstance(e, UnexpectedCharacters):
            col, what = e.column, f"unexpected {body[e.pos_in_stream]!r}"
        else:
            tok = e.token  # type: ignore[attr-defined]
            col, what = tok.column, f"unexpected {str(tok).strip() or 'space'!r}"
            if tok.type in ("CHILD", "COMMA") and str(tok)[0] in " \t\u3000":
                col += len(str(tok)) - len(str(tok).lstrip(" \t\u3000"))
        expected = getattr(e, "expected", None) or getattr(e, "allowed", None) or set()
        raise _fail(source, lead + col, f"{what} at column {lead + col}; expected {_describe(set(expected))}") from None
    groups = []
    for group in tree.children:
        if not isinstance(group, Tree):
            if len(groups) >= MAX_GROUPS:  # a COMMA token after the last group allowed
                raise _fail(source, lead + group.column, f"more than {MAX_GROUPS} alternatives (comma groups)")
            continue
        compounds: list[_Compound] = []
        combinators: list[str] = []
        for part in group.children:
            if part.data == "compound":
                compounds.append(_compound(part, source, lead))
            else:
                combinators.append(">" if part.data == "child" else " ")
        if len(compounds) > _MAX_COMPOUNDS:
            raise _fail(source, lead + _column(group.children[2 * _MAX_COMPOUNDS]),
                        f"more than {_MAX_COMPOUNDS} compounds in one alternative")
        groups.append((tuple(compounds), tuple(combinators)))
    return Selector(source, tuple(groups))


def _column(item: Tree | Token) -> int:
    """The column where a parse-tree item starts (its first token's)."""
    while isinstance(item, Tree):
        item = item.children[0]
    return item.column


def _compound(tree: Tree, source: str, lead: int) -> _Compound:
    head = tree.children[0]
    assert isinstance(head, Token)
    kind = str(head)
    if kind != "*" and kind not in _ATTRS:
        raise _fail(source, lead + head.column, f"unknown type {kind!r} (expected one of {_TYPES})")
    table = _ANY if kind == "*" else _ATTRS[kind]
    if len(tree.children) - 1 > MAX_FILTERS:
        raise _fail(source, lead + _column(tree.children[1 + MAX_FILTERS]), f"more than {MAX_FILTERS} [..] tests on one {kind}")
    tests = []
    for f in tree.children[1:]:
        toks = [t for t in f.children if isinstance(t, Token) and t.type != "_S"]
        if f.data == "position":
            if len(toks[0].lstrip("-")) > MAX_DIGITS:
                raise _fail(source, lead + toks[0].column, f"a position of more than {MAX_DIGITS} digits")
            n = int(toks[0])
            if n == 0:
                raise _fail(source, lead + toks[0].column, "positions count from 1 (or -1 for the last)")
            tests.append(_Test("", "#", n))
            continue
        name = toks[0]
        if str(name) not in table:
            raise _fail(source, lead + name.column,
                        f"{kind} has no attribute {str(name)!r} (it has {', '.join(table)})")
        if f.data == "present":
            tests.append(_Test(str(name), "?", None))
            continue
        op = str(toks[1])
        vtok = next(c for c in f.children if isinstance(c, Tree)).children[0]  # the `value` subtree
        tests.append(_Test(str(name), op, _value(table[str(name)], op, vtok, source, lead, str(name))))
    return _Compound(kind, tuple(tests))


def _value(typ: str, op: str, tok: Token, source: str, lead: int, name: str) -> Any:
    raw = str(tok)
    text = raw[1:-1] if tok.type == "STRING" else raw
    if tok.type == "BARE" and raw == "null":
        if op not in ("=", "!="):
            raise _fail(source, lead + tok.column, f"null can only be compared with = or !=, not {op}")
        return None
    if typ == _STR:
        if op in ("<", "<=", ">", ">="):
            raise _fail(source, lead + tok.column, f"{name} is text; compare it with = != ~= ^= $=, not {op}")
        return text
    if op in ("~=", "^=", "$="):
        raise _fail(source, lead + tok.column, f"{name} is a {typ}; compare it with = != < <= > >=, not {op}")
    if typ == _BOOL:
        if text not in ("true", "false") or op not in ("=", "!="):
            raise _fail(source, lead + tok.column, f"{name} is a flag: write [{name}], [{name}=true] or [{name}=false]")
        return text == "true"
    if sum(c.isdigit() for c in text) > MAX_DIGITS:
        raise _fail(source, lead + tok.column, f"{name}: a number of more than {MAX_DIGITS} digits")
    try:
        num = float(text)
    except ValueError:
        raise _fail(source, lead + tok.column, f"{name} is a number, and {raw} is not one") from None
    if not math.isfinite(num):
        raise _fail(source, lead + tok.column, f"{name} must be compared with a finite number")
    return int(num) if num.is_integer() and "." not in text else num


# -- the element index ----------------------------------------------------------------


@dataclass(slots=True)
class _El:
    obj: Any
    type: str  # speech section point paragraph sentence metric
    parent: int  # index in the element list, -1 for none
    pos: tuple[int, int]  # (1-based position, count) among siblings of the same type
    npos: tuple[int, int]  # among outline-node siblings (for "node")
    apos: tuple[int, int]  # among all siblings (for "*")


def _children(obj: Any) -> list[tuple[str, Any]]:
    if isinstance(obj, Paragraph):
        return [("sentence", s) for s in obj.sentences]
    out: list[tuple[str, Any]] = [("paragraph", p) for p in obj.blocks]
    out.extend(("metric", m) for m in obj.own_metrics)
    out.extend((n.kind, n) for n in obj.children)
    return out


def _index(root: Document | Speech | OutlineNode) -> list[_El]:
    els: list[_El] = []
    if isinstance(root, Document):
        top: list[tuple[str, Any]] = [("speech", sp) for sp in root.speeches]
    else:
        top = [(root.kind, root)]
    stack = [(-1, t, o, p) for (t, o), p in zip(top, _positions(top))]
    stack.reverse()
    while stack:
        parent, typ, obj, (pos, npos, apos) = stack.pop()
        els.append(_El(obj, typ, parent, pos, npos, apos))
        if typ == "metric" or typ == "sentence":
            continue
        me = len(els) - 1
        kids = _children(obj)
        stack.extend((me, t, o, p) for (t, o), p in reversed(list(zip(kids, _positions(kids)))))
    return els


Pos = tuple[tuple[int, int], tuple[int, int], tuple[int, int]]


def _positions(kids: list[tuple[str, Any]]) -> list[Pos]:
    """(position, count) of each child among its type, among outline nodes, among all."""
    counts: dict[str, int] = {}
    for t, _ in kids:
        counts[t] = counts.get(t, 0) + 1
    nodes = counts.get("section", 0) + counts.get("point", 0)
    seen: dict[str, int] = {}
    n = 0
    out: list[Pos] = []
    for i, (t, _) in enumerate(kids):
        seen[t] = seen.get(t, 0) + 1
        if t in ("section", "point"):
            n += 1
            npos = (n, nodes)
        else:
            npos = (0, 0)
        out.append(((seen[t], counts[t]), npos, (i + 1, len(kids))))
    return out


def _attr(obj: Any, name: str) -> Any:
    if name == "start":
        return obj.span[0]
    if name == "end":
        return obj.span[1]
    return getattr(obj, name, None)


def _test(el: _El, comp: _Compound, t: _Test) -> bool:
    if t.op == "#":
        pos, count = el.apos if comp.type == "*" else el.npos if comp.type == "node" else el.pos
        return pos == (t.value if t.value > 0 else count + 1 + t.value)
    if comp.type == "*" and t.name not in _ATTRS[el.type]:
        return False
    v = _attr(el.obj, t.name)
    if t.op == "?":
        return v is not None and v != "" and v is not False
    if t.op == "=":
        return v == t.value
    if t.op == "!=":
        return v != t.value
    if v is None or t.value is None:
        return False
    if t.op == "~=":
        return t.value in v
    if t.op == "^=":
        return v.startswith(t.value)
    if t.op == "$=":
        return v.endswith(t.value)
    if t.op == "<":
        return v < t.value
    if t.op == "<=":
        return v <= t.value
    if t.op == ">":
        return v > t.value
    return v >= t.value  # ">="


def _type_ok(el: _El, comp: _Compound) -> bool:
    if comp.type == "*":
        return True
    if comp.type == "node":
        return el.type in ("section", "point")
    return el.type == comp.type


def _matches(els: list[_El], e: int, compounds: tuple[_Compound, ...], combinators: tuple[str, ...],
             memo: dict[tuple[int, int], bool]) -> bool:
    # Right to left: compounds[k] at element e, then look for compounds[k-1] above it.
    # The recursion is as deep as the selector (≤ 64 compounds), never as the tree.
    def at(k: int, i: int) -> bool:
        key = (k, i)
        hit = memo.get(key)
        if hit is not None:
            return hit
        el = els[i]
        ok = _type_ok(el, compounds[k]) and all(_test(el, compounds[k], t) for t in compounds[k].tests)
        if ok and k > 0:
            up = el.parent
            if combinators[k - 1] == ">":
                ok = up >= 0 and at(k - 1, up)
            else:
                ok = False
                while up >= 0:
                    if at(k - 1, up):
                        ok = True
                        break
                    up = els[up].parent
        memo[key] = ok
        return ok

    return at(len(compounds) - 1, e)


def select(root: Document | Speech | OutlineNode, selector: str | Selector) -> list[Selected]:
    """Everything under ``root`` that the selector matches, each once, in tree order.

    For a Speech or node root, the selector is matched within its subtree: the root
    itself may match a leading compound but is not returned.
    """
    sel = selector if isinstance(selector, Selector) else compile_selector(selector)
    els = _index(root)
    skip = -1 if isinstance(root, Document) else 0
    memos = [dict() for _ in sel.groups]  # type: list[dict[tuple[int, int], bool]]
    out: list[Selected] = []
    for i in range(len(els)):
        if i == skip:
            continue
        for (compounds, combinators), memo in zip(sel.groups, memos):
            if _matches(els, i, compounds, combinators, memo):
                out.append(els[i].obj)
                break
    return out


def as_record(obj: Selected) -> dict[str, Any]:
    """A JSON-ready summary of a selected object, without its subtree (for ``speechdoc query``).

    >>> from speechdoc import parse
    >>> doc = parse("一、发展经济\\n一是扩大消费。")
    >>> as_record(doc.select("point")[0])
    {'type': 'point', 'span': [7, 14], 'marker': '一是', 'style': 'clause_shi', 'ordinal': 1, 'depth': 2, 'title': '扩大消费', 'path': ['一、发展经济', '一是扩大消费']}
    """
    if isinstance(obj, OutlineNode):
        return {"type": obj.kind, "span": list(obj.span), "marker": obj.marker, "style": obj.style,
                "ordinal": obj.ordinal, "depth": obj.depth, "title": obj.title, "path": obj.path}
    if isinstance(obj, Speech):
        return {"type": "speech", "span": list(obj.span), "index": obj.index, "title": obj.title}
    if isinstance(obj, Metric):
        return {"type": "metric", **obj.model_dump(mode="json")}
    return {"type": obj.kind, "span": list(obj.span), "text": obj.text}
