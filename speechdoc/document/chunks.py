"""Chunks for retrieval (RAG) that follow the outline and never cut a sentence.

A retriever wants pieces of a few hundred characters that make sense alone. Cutting
a speech every N characters splits sentences, numbers (``增长6.`` | ``5%``) and
sections. Here the outline decides instead:

1. A section (or a whole speech) whose text fits in ``max_chars`` is one chunk.
2. A longer one is opened: its own paragraphs and its children are packed in order,
   consecutive small pieces sharing a chunk; a child that is itself too long is
   opened the same way and starts and ends its own chunks.
3. A paragraph longer than ``max_chars`` is split at sentence ends. Sentences are
   never cut, and a metric that straddles a sentence end glues the two together; a
   single sentence longer than ``max_chars`` becomes a chunk of its own.
4. ``overlap`` repeats up to that many characters of whole trailing sentences of
   the previous chunk when both come from the same section (a long section split in
   pieces), within ``max_chars``; ``chunk.overlap`` says how many characters.

Each chunk carries the speech title, the heading breadcrumbs of the deepest node that
holds all of its text, its spans into ``doc.text`` and the metrics inside it.

>>> from speechdoc import parse
>>> doc = parse("一、发展经济\\n扩大消费。稳定投资。\\n二、保障民生\\n稳定就业。增加收入。办好教育。")
>>> for c in doc.chunks(max_chars=20):
...     print(c.headings, repr(c.text))
['一、发展经济'] '一、发展经济\\n扩大消费。稳定投资。'
['二、保障民生'] '二、保障民生\\n稳定就业。增加收入。'
['二、保障民生'] '办好教育。'
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import MissingDependencyError, UsageError
from .model import Metric, Span

if TYPE_CHECKING:
    from .model import Document, OutlineNode, Paragraph, Speech

__all__ = ["Chunk", "chunks", "to_langchain", "to_llama_index"]


class Chunk(BaseModel):
    """One retrieval unit: whole sentences of one speech, with where they came from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    index: int
    speech: int | None  # None for text before the first speech
    speech_title: str | None = None
    headings: list[str] = Field(default_factory=list)
    text: str
    span: Span
    spans: list[Span] = Field(default_factory=list)
    overlap: int = 0  # leading characters of ``text`` repeated from the previous chunk
    metrics: list[Metric] = Field(default_factory=list)
    file: str | None = None

    def metadata(self) -> dict[str, Any]:
        """Scalar metadata that vector stores accept (no nested lists)."""
        return {"file": self.file, "chunk": self.index, "speech": self.speech, "speech_title": self.speech_title,
                "headings": " > ".join(self.headings), "start": self.span[0], "end": self.span[1],
                "n_metrics": len(self.metrics)}

    def to_langchain(self) -> Any:
        """A ``langchain_core.documents.Document`` (needs ``langchain-core``)."""
        try:
            from langchain_core.documents import Document as LCDocument
        except ImportError:
            raise MissingDependencyError("Chunk.to_langchain() needs langchain-core: pip install langchain-core") from None
        return LCDocument(page_content=self.text, metadata=self.metadata())

    def to_llama_index(self) -> Any:
        """A ``llama_index.core.schema.TextNode`` (needs ``llama-index-core``)."""
        try:
            from llama_index.core.schema import TextNode
        except ImportError:
            raise MissingDependencyError("Chunk.to_llama_index() needs llama-index-core: pip install llama-index-core") from None
        return TextNode(text=self.text, metadata=self.metadata(), id_=f"{self.file or 'doc'}#{self.index}")


def to_langchain(chunks: Iterable[Chunk]) -> list[Any]:
    """LangChain Documents for a list of chunks."""
    return [c.to_langchain() for c in chunks]


def to_llama_index(chunks: Iterable[Chunk]) -> list[Any]:
    """LlamaIndex TextNodes for a list of chunks."""
    return [c.to_llama_index() for c in chunks]


@dataclass(slots=True)
class _Unit:
    text: str
    start: int
    end: int
    para: int  # paragraph number within the speech: units of one paragraph join without "\n"
    path: list[str]


_FLUSH = None


class _Para(list):  # type: ignore[type-arg]
    """The units of one paragraph: may be split at sentence ends to fill a chunk."""


def _units(paras: list[tuple[Paragraph, list[str]]], metric_spans: list[Span], first_para: int) -> list[_Unit]:
    """Sentence units of paragraphs in order, glued where a metric crosses a sentence end."""
    out: list[_Unit] = []
    starts = [s for s, _ in metric_spans]
    for k, (p, path) in enumerate(paras, first_para):
        for s in p.sentences:
            if not s.text:
                continue
            u = _Unit(s.text, s.span[0], s.span[1], k, path)
            if out and _straddles(metric_spans, starts, out[-1].end):
                prev = out[-1]
                sep = "" if prev.para == k else "\n"
                prev.text += sep + u.text
                prev.end = u.end
                continue
            out.append(u)
    return out


def _straddles(spans: list[Span], starts: list[int], pos: int) -> bool:
    i = bisect_left(starts, pos)  # metrics starting before pos; the nearest few are enough
    for j in range(i - 1, max(-1, i - 8), -1):
        if spans[j][0] < pos < spans[j][1]:
            return True
    return False


def _size(units: list[_Unit]) -> int:
    if not units:
        return 0
    return sum(len(u.text) for u in units) + sum(1 for a, b in zip(units, units[1:]) if a.para != b.para)


def _speech_units(sp: Speech | None, paras_in: list[Paragraph], metric_spans: list[Span],
                  counter: list[int]) -> tuple[list[_Unit], dict[int, list[int]]]:
    """All units of a speech in reading order, and the unit numbers each owner holds.

    Owners are keyed by ``id(node)``, and 0 for the speech's own paragraphs.
    """
    owned: list[tuple[Paragraph, list[str], int]] = [(p, [], 0) for p in paras_in]
    if sp is not None:
        stack: list[tuple[OutlineNode, list[str]]] = [(n, []) for n in reversed(sp.children)]
        while stack:
            node, above = stack.pop()
            path = [*above, node.marker + node.title]
            owned.extend((p, path, id(node)) for p in node.blocks)
            stack.extend((c, path) for c in reversed(node.children))
    owned.sort(key=lambda t: t[0].span)
    units: list[_Unit] = []
    own: dict[int, list[int]] = {}
    for p, path, owner in owned:
        before = len(units)
        units.extend(_units([(p, path)], metric_spans, counter[0]))
        counter[0] += 1
        own.setdefault(owner, []).extend(range(before, len(units)))
    return units, own


def _subtree_range(node: OutlineNode, own: dict[int, list[int]]) -> tuple[int, int] | None:
    lo, hi = None, None
    for n in node.walk():
        r = own.get(id(n))
        if r:
            lo = r[0] if lo is None else min(lo, r[0])
            hi = r[-1] + 1 if hi is None else max(hi, r[-1] + 1)
    return None if lo is None else (lo, hi)


def _events(sp: Speech, units: list[_Unit], own: dict[int, list[int]], max_chars: int) -> list[list[_Unit] | None]:
    """Groups to keep together, in order, with ``None`` where a chunk must end."""
    events: list[list[_Unit] | None] = []
    whole = (0, len(units))
    # each work item: ("open", node-or-speech, unit range) | ("para", range) | ("flush",)
    work: list[tuple[str, Any, tuple[int, int]]] = [("open", sp, whole)]
    while work:
        what, obj, (lo, hi) = work.pop()
        if what == "flush":
            events.append(_FLUSH)
            continue
        if what == "para":
            events.append(_Para(units[lo:hi]))
            continue
        piece = units[lo:hi]
        if _size(piece) <= max_chars:
            events.append(piece)
            continue
        items: list[tuple[int, tuple[str, Any, tuple[int, int]]]] = []
        mine = own.get(id(obj) if obj is not sp else 0, [])
        k = 0
        while k < len(mine):  # one item per paragraph (its units are consecutive)
            j = k
            while j < len(mine) and units[mine[j]].para == units[mine[k]].para:
                j += 1
            items.append((units[mine[k]].start, ("para", None, (mine[k], mine[j - 1] + 1))))
            k = j
        for child in obj.children:
            r = _subtree_range(child, own)
            if r is not None:
                items.append((units[r[0]].start, ("open", child, r)))
        items.sort(key=lambda t: t[0])
        work.append(("flush", None, (0, 0)))
        work.extend(item for _, item in reversed(items))
        work.append(("flush", None, (0, 0)))
    return events


def _pack(events: list[list[_Unit] | None], max_chars: int) -> list[list[_Unit]]:
    """Greedy packing in one pass; a paragraph may top up a chunk that is less than half full."""
    out: list[list[_Unit]] = []
    cur: list[_Unit] = []
    size = 0

    def cost(u: _Unit) -> int:  # characters that appending u adds, "\n" between paragraphs
        return len(u.text) + (1 if cur and cur[-1].para != u.para else 0)

    for group in events:
        if group is None or cur and size + cost(group[0]) + _size(group) - len(group[0].text) > max_chars:
            if group is not None and isinstance(group, _Para) and size < max_chars // 2:
                i = 0
                while i < len(group) and size + cost(group[i]) <= max_chars:
                    size += cost(group[i])
                    cur.append(group[i])
                    i += 1
                group = _Para(group[i:])
            if cur:
                out.append(cur)
            cur, size = [], 0
            if not group:
                continue
        if not isinstance(group, _Para):
            cur.extend(group)  # a whole subtree that fits: never split
            size = _size(cur)
        else:
            for u in group:  # sentence by sentence
                c = cost(u)
                if cur and size + c > max_chars:
                    out.append(cur)
                    cur, size, c = [], 0, len(u.text)
                cur.append(u)
                size += c
        if size > max_chars:  # one over-long sentence (or a pair glued by a metric)
            out.append(cur)
            cur, size = [], 0
    if cur:
        out.append(cur)
    return out


def _common(paths: list[list[str]]) -> list[str]:
    first = paths[0]
    n = len(first)
    for p in paths[1:]:
        n = min(n, len(p))
        for i in range(n):
            if p[i] != first[i]:
                n = i
                break
    return first[:n]


def _join(units: list[_Unit]) -> str:
    parts: list[str] = []
    for i, u in enumerate(units):
        if i and units[i - 1].para != u.para:
            parts.append("\n")
        parts.append(u.text)
    return "".join(parts)


def chunks(doc: Document, max_chars: int = 800, overlap: int = 0) -> list[Chunk]:
    """Retrieval chunks of a Document, in reading order (see the module docstring)."""
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise UsageError(f"max_chars must be a positive int, not {max_chars!r}")
    if isinstance(overlap, bool) or not isinstance(overlap, int) or not 0 <= overlap < max_chars:
        raise UsageError(f"overlap must be an int from 0 to max_chars - 1 ({max_chars - 1}), not {overlap!r}")
    all_metrics = sorted(doc.metrics(), key=lambda m: m.span)
    metric_spans = [m.span for m in all_metrics]
    metric_starts = [s for s, _ in metric_spans]
    counter = [0]
    packed: list[tuple[Speech | None, list[_Unit], list[_Unit]]] = []  # speech, overlap units, units
    if doc.front:
        units, _ = _speech_units(None, list(doc.front), metric_spans, counter)
        for g in _pack([[u] for u in units], max_chars):
            packed.append((None, [], g))
    for sp in doc.speeches:
        units, own = _speech_units(sp, list(sp.blocks), metric_spans, counter)
        prev: list[_Unit] | None = None
        for g in _pack(_events(sp, units, own, max_chars), max_chars):
            lead: list[_Unit] = []
            if overlap and prev and _common([u.path for u in prev]) == _common([u.path for u in g]):
                budget = min(overlap, max_chars - _size(g) - 1)
                for u in reversed(prev):
                    if _size([u, *lead]) > budget:
                        break
                    lead.insert(0, u)
            packed.append((sp, lead, g))
            prev = g
    out: list[Chunk] = []
    for i, (sp, lead, g) in enumerate(packed):
        body = _join(g)
        text = _join(lead + g) if lead else body
        spans: list[list[int]] = []
        for u in lead + g:
            if spans and spans[-1][1] >= u.start:
                spans[-1][1] = max(spans[-1][1], u.end)
            else:
                spans.append([u.start, u.end])
        lo = bisect_left(metric_starts, (lead or g)[0].start)
        inside = []
        for m in all_metrics[lo:]:
            if m.span[0] >= g[-1].end:
                break
            if any(s <= m.span[0] and m.span[1] <= e for s, e in spans):
                inside.append(m)
        out.append(Chunk.model_construct(
            index=i, speech=sp.index if sp is not None else None, speech_title=sp.title if sp is not None else None,
            headings=_common([u.path for u in g]), text=text, span=((lead or g)[0].start, g[-1].end),
            spans=[(a, b) for a, b in spans], overlap=len(_join(lead)), metrics=inside, file=doc.source.path))
    return out
