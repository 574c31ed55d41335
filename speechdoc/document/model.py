"""The Document model: a frozen pydantic tree with a versioned JSON Schema.

Document → Speech → OutlineNode (sections and points, nested) → Paragraph → Sentence,
with Metric records on the node or speech whose own text holds them. Every object
carries a ``span``: ``[start, end)`` character offsets into the decoded input, which
the Document keeps in ``text``, so ``doc.text[start:end]`` is always the source.

>>> from speechdoc import parse
>>> doc = parse("一、总体要求\\n今年生产总值增长6%左右。\\n二、重点任务\\n一是扩大内需;二是稳定就业。")
>>> [(n.depth, n.marker, n.title) for n in doc.walk()]
[(1, '一、', '总体要求'), (1, '二、', '重点任务'), (2, '一是', '扩大内需'), (2, '二是', '稳定就业')]
>>> node = doc.speeches[0].children[0]
>>> doc.text[node.span[0]:node.span[1]]
'一、总体要求\\n今年生产总值增长6%左右。\\n'

Reprs are one line; ``str()`` (or ``outline()``) is the indented outline; iterating a
Document, Speech or node gives its outline nodes one level down and ``len()`` counts them:

>>> doc
Document(title=None, speeches=1, nodes=4, metrics=1, diagnostics=0)
>>> node, len(node), list(node)
(OutlineNode(depth=1, marker='一、', title='总体要求', children=0), 0, [])
>>> print(doc.speeches[0].children[1])
二、 重点任务
  一是 扩大内需
  二是 稳定就业
>>> [n.marker for n in doc.speeches[0].children[1]], len(doc)
(['一是', '二是'], 2)

The pydantic fields are attributes (``node.title``), ``model_dump()`` gives them as a
dict and ``type(node).model_fields`` lists them; a node's own metrics are
``own_metrics`` (``"metrics"`` in JSON) and ``node.metrics()`` adds its subsections'.

**The model imports none of the modules that read it.** :mod:`.query`, :mod:`.select`,
:mod:`.records`, :mod:`.chunks` and :mod:`.render` import this module; it imports them
only for type checking (``if TYPE_CHECKING:``). The convenience methods here (``find``,
``parent``, ``select``, ``chunks``, ``to_records``, ``outline`` …) delegate to them with
an import inside the method body, which runs at the first call and is a dictionary
lookup after it. So the model loads alone, ``import speechdoc`` loads none of them, and
no import circle forms (what a Document notes for the navigation, :mod:`.registry`, imports nothing
of the model: the model imports it when it loads); ``tests/test_model_imports.py`` checks both in fresh
interpreters and walks the module-level imports of the whole package.

The classes build their pydantic schema at first validation or serialisation
(``defer_build``), not at import: a parse makes its objects without validation
(:mod:`.fastmodel`), so a program that never validates or dumps one never pays for it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from copy import deepcopy
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializationInfo, field_serializer

from .pending import (SharedOwners, made_of, own, own_node, paragraphs_of, sentences_of, serialize_made,
                      serialize_paragraphs, serialize_sentences)
from .registry import register

if TYPE_CHECKING:
    from .chunks import Chunk
    from .query import TitleMatch
    from .select import Selected

__all__ = [
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "Span",
    "Diagnostic",
    "Sentence",
    "Paragraph",
    "Metric",
    "OutlineNode",
    "Speech",
    "NoiseRecord",
    "SourceBlock",
    "SourceInfo",
    "DocumentMeta",
    "Document",
]

SCHEMA_NAME = "speechdoc.document"
#: Bumped on every change of the JSON shape: major for removals/renames, minor for additions.
SCHEMA_VERSION = "1.5.0"  # 1.5.0: Metric.hedge (约 近 多 超过 突破 力争), qualifier only the four bounds

Span = tuple[int, int]
Severity = Literal["info", "warning", "error"]
NodeKind = Literal["section", "point"]
Style = Literal[
    "han_dun",  # 一、
    "han_paren",  # （一） (一)
    "arabic_dot",  # 1. 1．
    "arabic_dun",  # 1、
    "arabic_paren",  # （1） (1)
    "circled",  # ①
    "ordinal",  # 第一， 第一、 第一是
    "clause_shi",  # 一是
    "clause_yao",  # 一要
]


class _Model(BaseModel):
    # ``own_metrics`` is ``"metrics"`` in JSON: the by-name/by-alias switches keep both spellings readable
    model_config = ConfigDict(extra="forbid", frozen=True, serialize_by_alias=True, validate_by_name=True,
                              validate_by_alias=True, defer_build=True)


def _short(text: str | None, limit: int = 30) -> str | None:
    """``text`` cut to ``limit`` characters with an ellipsis, for reprs."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


class Diagnostic(_Model):
    """Something irregular in the text: reported, never raised."""

    severity: Severity
    code: str
    message: str
    span: Span | None = None


class Sentence(_Model):
    """A sentence (or clause-final fragment) of a paragraph; ``text`` is the cleaned reading."""

    kind: Literal["sentence"] = "sentence"
    text: str
    span: Span

    def __repr__(self) -> str:
        return f"Sentence(span={self.span}, text={_short(self.text)!r})"


class Paragraph(_Model):
    """A run of body text owned by exactly one speech or node; sentences tile its span."""

    # (the docstring is the schema's description.) A parsed paragraph makes its Sentence objects
    # when they are first read (``sentences``, a dump, ``==``, a copy): see .pending. The JSON
    # and the JSON Schema are a plain list's.

    kind: Literal["paragraph"] = "paragraph"
    text: str
    span: Span
    # serialised through .pending, which makes a parse's pending sentences (the JSON is a list's)
    sentences: list[Sentence] = Field(default_factory=list)

    @field_serializer("sentences", mode="wrap")
    def _dump_sentences(self, value: Any, handler: Any, info: SerializationInfo) -> Any:
        return serialize_sentences(value, handler, info, self.__dict__)

    def __repr__(self) -> str:
        return f"Paragraph(span={self.span}, text={_short(self.text)!r}, sentences={len(self.sentences)})"

    # a parse's paragraphs may share one stand-in for their pending sentences (.pending.SharedSentences):
    # comparing, copying and pickling read each paragraph's own
    def __eq__(self, other: object) -> bool:
        if type(other) is type(self):
            return own(self.__dict__) == own(other.__dict__)  # type: ignore[union-attr]
        return super().__eq__(other)

    def __copy__(self) -> Paragraph:
        new = super().__copy__()
        if own(self.__dict__) is not self.__dict__:
            new.__dict__["sentences"] = own(self.__dict__)["sentences"]
        return new

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Paragraph:
        new = super().__deepcopy__(memo)
        if own(self.__dict__) is not self.__dict__:
            new.__dict__["sentences"] = deepcopy(own(self.__dict__)["sentences"], memo)
        return new

    def __getstate__(self) -> dict[Any, Any]:
        state = super().__getstate__()
        return {**state, "__dict__": own(self.__dict__)}

    def __iter__(self) -> Any:  # (name, value) pairs read the fields' dict: make the sentences first
        sentences_of(self.__dict__)
        return super().__iter__()

    def __repr_args__(self) -> Any:
        sentences_of(self.__dict__)
        return super().__repr_args__()


# read through a property, which makes a parse's pending sentences once and keeps them (.pending);
# set after the class is built, so pydantic sees a plain field with a default factory
Paragraph.sentences = property(lambda self: sentences_of(self.__dict__),  # type: ignore[assignment]
                               doc="The paragraph's sentences, in order; they tile its span.")


class Metric(_Model):
    """One quantity of an indicator, e.g. 生产总值增长6.5%左右.

    ``span`` is the quantity phrase (``6.5%左右``), ``value_span`` the number itself and
    ``text_span`` the clause around it, which ``text`` copies: ``doc.text_at(m.text_span) == m.text``.
    """

    text: str
    text_span: Span
    span: Span
    value_span: Span
    indicator: str | None = None
    value: int | float | None = None
    value_high: int | float | None = None
    placeholder: bool = False
    unit: str | None = None
    scale: float | None = None
    base_value: float | None = None
    base_value_high: float | None = None
    direction: Literal["increase", "decrease", "level"] | None = None
    qualifier: str | None = None
    hedge: str | None = None
    basis: str | None = None
    kind: Literal["actual", "target", "forecast"] | None = None
    period: str | None = None
    section_path: list[str] = Field(default_factory=list)

    def __repr__(self) -> str:
        shown = {"indicator": self.indicator, "value": self.value, "value_high": self.value_high, "unit": self.unit,
                 "qualifier": self.qualifier, "hedge": self.hedge, "kind": self.kind}
        fields = ", ".join(f"{k}={v!r}" for k, v in shown.items() if v is not None)
        return f"Metric(text={_short(self.text)!r}" + (f", {fields})" if fields else ")")


def _gather(owners: list[Any], kind: str | None, unit: str | None, indicator: str | None,
            section: str | None) -> list[Metric]:
    """The ``own_metrics`` of each owner, in document order, then filtered."""
    out = [m for o in owners for m in o.own_metrics]
    out.sort(key=lambda m: m.value_span)
    if kind is None and unit is None and indicator is None and section is None:
        return out
    from ..metrics.select import filter_metrics  # the metrics package imports this module

    return filter_metrics(out, kind=kind, unit=unit, indicator=indicator, section=section)


class _Outline:
    """What Document, Speech and OutlineNode share: the outline API and how they print.

    Iterating one yields its outline nodes one level down (``children``; for a Document
    the top-level nodes of every speech) and ``len()`` counts them; it is always true.
    The pydantic fields are reached by name (``node.title``), as a dict with
    ``model_dump()``, and listed by ``type(node).model_fields``.
    Every collection method returns a list.
    """

    def _top(self) -> list[OutlineNode]:
        raise NotImplementedError

    def _owners(self) -> list[Any]:
        raise NotImplementedError

    def walk(self) -> list[OutlineNode]:
        raise NotImplementedError

    def __iter__(self) -> Iterator[OutlineNode]:  # type: ignore[override]
        return iter(self._top())

    def __len__(self) -> int:
        return len(self._top())

    def __bool__(self) -> bool:
        return True

    def find_all(self, *, kind: str | None = None, style: str | None = None, depth: int | None = None,
                 title: TitleMatch | None = None,
                 where: Callable[[OutlineNode], bool] | None = None) -> list[OutlineNode]:
        """Outline nodes below (never this one) matching every criterion given, in document order.

        ``kind`` is section or point, ``style`` a marker style, ``depth`` a level from 1,
        ``title`` a substring or a compiled pattern, ``where`` any predicate. A criterion
        that no node could match (``depth="1"``) raises :class:`~speechdoc.UsageError`.

        >>> from speechdoc import parse
        >>> doc = parse("一、发展经济\\n一是扩大消费;二是稳定投资。\\n二、保障民生")
        >>> [n.title for n in doc.find_all(kind="point")]
        ['扩大消费', '稳定投资']
        >>> doc.find(depth=1, where=lambda n: n.ordinal == 2).title
        '保障民生'
        """
        from . import query
        return query.find_all(self._below(), kind=kind, style=style, depth=depth, title=title, where=where)

    def find(self, *, kind: str | None = None, style: str | None = None, depth: int | None = None,
             title: TitleMatch | None = None,
             where: Callable[[OutlineNode], bool] | None = None) -> OutlineNode | None:
        """The first node below matching the criteria of :meth:`find_all`, or None."""
        from . import query
        return query.first(self._below(), kind=kind, style=style, depth=depth, title=title, where=where)

    def _below(self) -> Iterable[OutlineNode]:
        return self.walk()

    def select(self, selector: str) -> list[Selected]:
        """Objects below matched by a selector (see :mod:`speechdoc.document.select`).

        >>> from speechdoc import parse
        >>> doc = parse("一、发展经济\\n（一）扩大消费。\\n（二）招商引资。\\n二、保障民生")
        >>> [n.title for n in doc.select("section[depth=1] > section[title~='招商']")]
        ['招商引资']
        """
        from .select import select
        return select(self, selector)  # type: ignore[arg-type]

    def metrics(self, *, kind: str | None = None, unit: str | None = None,
                indicator: str | None = None, section: str | None = None) -> list[Metric]:
        """Every metric in this object and all its subsections, in document order.

        A node's or speech's own metrics alone are the field ``own_metrics`` (``"metrics"``
        in JSON). Filters narrow the list (see :func:`speechdoc.metrics.select.filter_metrics`):
        ``kind`` (actual / target / forecast), ``unit`` (``"%"``, ``"亿元"``), ``indicator``
        and ``section`` (substrings, either script). ``doc.metrics(kind="target")`` is
        every target of a report.
        """
        return _gather(self._owners(), kind, unit, indicator, section)

    def outline(self) -> str:
        """The outline as indented text, as ``speechdoc parse --format tree`` prints it; also ``str()``."""
        from .render import to_tree
        return to_tree(self)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return self.outline()

    def _repr_markdown_(self) -> str:
        from .render import to_markdown
        return to_markdown(self)  # type: ignore[arg-type]

    def _repr_html_(self) -> str:
        from .render import to_html
        return to_html(self)  # type: ignore[arg-type]


def _preorder(tops: list[OutlineNode]) -> list[OutlineNode]:
    """``tops`` and their descendants in document order: one walk of them all (no list a node)."""
    out: list[OutlineNode] = []
    stack = tops[::-1]
    pop, add, push = stack.pop, out.append, stack.extend
    while stack:
        node = pop()
        add(node)
        children = node.children
        if children:
            push(children[::-1])
    return out


_SHARED_FIELDS = ("blocks", "own_metrics")  # the fields a parse's speech and nodes hold .pending.SharedOwners in


class _Branch(_Outline):
    """Speech and OutlineNode: both hold ``blocks``, ``own_metrics`` and ``children``."""

    def _top(self) -> list[OutlineNode]:
        return self.children  # type: ignore[attr-defined, no-any-return]

    def _owners(self) -> list[Any]:
        return [self, *self._below()]

    # a parse's speech and its nodes share one stand-in for their pending paragraphs and metrics
    # (.pending.SharedOwners): comparing, copying and pickling read each one's own (.pending.own_node)
    def __eq__(self, other: object) -> bool:
        if type(other) is type(self):
            mine, theirs = own_node(self.__dict__), own_node(other.__dict__)
            if mine is not self.__dict__ or theirs is not other.__dict__:
                return mine == theirs
        return super().__eq__(other)  # type: ignore[no-any-return]

    def __copy__(self) -> Any:  # a shallow copy shares the paragraph list: make it first (see .pending)
        paragraphs_of(self.__dict__, "blocks")
        new = super().__copy__()  # type: ignore[misc]
        if type(self.__dict__["own_metrics"]) is SharedOwners:
            new.__dict__["own_metrics"] = own_node(self.__dict__)["own_metrics"]
        return new

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Any:
        new = super().__deepcopy__(memo)  # type: ignore[misc]
        fields = own_node(self.__dict__)
        if fields is not self.__dict__:
            for key in _SHARED_FIELDS:
                if type(self.__dict__[key]) is SharedOwners:
                    new.__dict__[key] = deepcopy(fields[key], memo)
        return new

    def __getstate__(self) -> dict[Any, Any]:
        state = super().__getstate__()  # type: ignore[misc]
        return {**state, "__dict__": own_node(self.__dict__)}

    def __repr_args__(self) -> Any:
        fields = own_node(self.__dict__)
        return [(k, fields[k] if k in _SHARED_FIELDS else v) for k, v in super().__repr_args__()]  # type: ignore[misc]

    @property
    def text(self) -> str:
        """Own text only: the paragraphs this object holds (a node's marker line included), not its children's."""
        from . import query
        return query.own_text(self.blocks)  # type: ignore[attr-defined]

    @property
    def full_text(self) -> str:
        """Own text and every descendant's, in reading order."""
        from . import query
        return query.full_text(self)  # type: ignore[arg-type]


class OutlineNode(_Branch, _Model):
    """A numbered section (一、 （一） 1. ① 第一，) or an enumerated point (一是 一要).

    ``span`` runs from the marker to the end of the node's last descendant;
    ``blocks`` are the node's own paragraphs (the first starts with the marker).
    """

    kind: NodeKind
    marker: str
    style: Style
    ordinal: int
    depth: int
    title: str
    span: Span
    marker_span: Span
    title_span: Span
    blocks: list[Paragraph] = Field(default_factory=list)
    own_metrics: list[Metric] = Field(default_factory=list, alias="metrics")
    children: list[OutlineNode] = Field(default_factory=list)

    # a parse's paragraphs are made when first read (.pending.PendingParagraphs: one for the speech's nodes,
    # .pending.SharedOwners, read through the node's fields); a plain dump makes their rows only
    @field_serializer("blocks", mode="wrap")
    def _dump_blocks(self, value: Any, handler: Any, info: SerializationInfo) -> Any:
        return serialize_paragraphs(value, handler, info, self.__dict__)

    # a parse's metrics are extracted when one is first read (.pending.PendingMetrics, .pending.SharedOwners)
    @field_serializer("own_metrics", mode="wrap")
    def _dump_metrics(self, value: Any, handler: Any, info: SerializationInfo):  # type: ignore[no-untyped-def]
        # (no return annotation: the serialization schema stays the field's, a list of Metric)
        return serialize_made(value, handler, info, self.__dict__)

    def __repr__(self) -> str:
        return (f"OutlineNode(depth={self.depth}, marker={self.marker!r}, title={_short(self.title)!r}, "
                f"children={len(self.children)})")

    def walk(self) -> list[OutlineNode]:
        """This node and its descendants in document order."""
        return _preorder([self])

    def _below(self) -> Iterable[OutlineNode]:
        return self.walk()[1:]

    # -- navigation (see speechdoc.document.query; nothing here is serialised) --------------

    @property
    def parent(self) -> OutlineNode | Speech:
        """The enclosing node, or the Speech for a top-level node."""
        from . import query
        return query.parent(self)

    @property
    def speech(self) -> Speech:
        """The Speech this node belongs to."""
        from . import query
        return query.speech_of(self)

    @property
    def path(self) -> list[str]:
        """Breadcrumbs from the speech root, ``marker + title`` each, ending with this node."""
        from . import query
        return query.path(self)

    @property
    def next_sibling(self) -> OutlineNode | None:
        from . import query
        kids, i = query.siblings(self)
        return kids[i + 1] if i + 1 < len(kids) else None

    @property
    def prev_sibling(self) -> OutlineNode | None:
        from . import query
        kids, i = query.siblings(self)
        return kids[i - 1] if i > 0 else None

    def ancestors(self) -> list[OutlineNode]:
        """Enclosing outline nodes, nearest first."""
        from . import query
        return list(query.ancestors(self))

    def find_ancestor(self, *, kind: str | None = None, style: str | None = None, depth: int | None = None,
                      title: TitleMatch | None = None,
                      where: Callable[[OutlineNode], bool] | None = None) -> OutlineNode | None:
        """The nearest ancestor matching the criteria of :meth:`find_all`, or None."""
        from . import query
        return query.first(query.ancestors(self), kind=kind, style=style, depth=depth, title=title, where=where)


class Speech(_Branch, _Model):
    """One speech of a file; a 合编 file holds several, each with its own outline."""

    kind: Literal["speech"] = "speech"
    index: int
    title: str | None = None
    title_span: Span | None = None
    occasion: str | None = None
    speaker: str | None = None
    date: str | None = None
    salutation: str | None = None
    salutation_span: Span | None = None
    span: Span
    blocks: list[Paragraph] = Field(default_factory=list)
    own_metrics: list[Metric] = Field(default_factory=list, alias="metrics")
    children: list[OutlineNode] = Field(default_factory=list)

    # a parse's paragraphs are made when first read (.pending.SharedOwners); a plain dump makes their rows only
    @field_serializer("blocks", mode="wrap")
    def _dump_blocks(self, value: Any, handler: Any, info: SerializationInfo) -> Any:
        return serialize_paragraphs(value, handler, info, self.__dict__)

    # a parse's metrics are extracted when one is first read (.pending.SharedOwners)
    @field_serializer("own_metrics", mode="wrap")
    def _dump_metrics(self, value: Any, handler: Any, info: SerializationInfo):  # type: ignore[no-untyped-def]
        # (no return annotation: the serialization schema stays the field's, a list of Metric)
        return serialize_made(value, handler, info, self.__dict__)

    # a parse's nodes are made when first read (.pending.PendingNodes)
    @field_serializer("children", mode="wrap")
    def _dump_children(self, value: Any, handler: Any, info: SerializationInfo):  # type: ignore[no-untyped-def]
        # (no return annotation: the serialization schema stays the field's, a list of OutlineNode)
        return serialize_made(value, handler, info)

    def __repr__(self) -> str:
        return (f"Speech(index={self.index}, title={_short(self.title)!r}, children={len(self.children)}, "
                f"nodes={len(self.walk())})")

    def walk(self) -> list[OutlineNode]:
        """The speech's outline nodes in document order."""
        return _preorder(self.children)


class NoiseRecord(_Model):
    """Text set aside as page chrome, metadata, truncation notice, endnotes or mojibake."""

    kind: str = Field(description=(
        "what was set aside: breadcrumb, dateline, source, file_header, promo, page_meta, footer, truncation, "
        "site, licence, notes, toc (a site's table of contents), page_break (a printed page number, a form "
        "feed, a sharing site's page label); a reader may add kinds of its own"))
    text: str
    span: Span


class SourceBlock(_Model):
    """Where one block of ``Document.text`` came from in a web page, Word file or PDF.

    ``span`` indexes ``Document.text`` (the extracted text); the other fields say where
    that text sits in the original: the HTML element ``path``, the DOCX ``paragraph``
    index (body order, table cells included), the PDF ``page`` (1-based) and ``bbox``
    (points, ``x0, top, x1, bottom`` from the page's top left). ``heading`` is the level a
    ``<h1>``…``<h6>`` or a Word heading style gives the block; ``numbering`` the list marker
    Word generated for the paragraph (``一、``), which is in the text but not typed.
    """

    span: Span
    path: str | None = None
    paragraph: int | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    style: str | None = None
    heading: int | None = None
    numbering: str | None = None


class SourceInfo(_Model):
    """The input: how it was read (``format``: which reader ran), decoded, and where each block came from."""

    format: Literal["text", "html", "docx", "pdf"] = "text"
    encoding: str | None = None
    bom: bool = False
    length: int
    path: str | None = None
    blocks: list[SourceBlock] = Field(default_factory=list)


class DocumentMeta(_Model):
    """What the page says about itself: from its chrome and its speech titles.

    ``date``/``time`` come from the page's date line (ISO ``2024-06-12`` / ``13:11:05``);
    ``source`` is its 来源 label; the counts are those a truncation notice states.
    """

    title: str | None = None
    date: str | None = None
    time: str | None = None
    site: str | None = None
    source: str | None = None
    truncated: bool = False
    omitted_chars: int | None = None
    total_chars: int | None = None
    shown_chars: int | None = None


class Document(_Outline, _Model):
    """The parse of one input: speeches, set-aside noise, and diagnostics."""

    schema_name: Literal["speechdoc.document"] = SCHEMA_NAME
    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    meta: DocumentMeta = Field(default_factory=DocumentMeta)
    text: str
    front: list[Paragraph] = Field(default_factory=list)
    speeches: list[Speech] = Field(default_factory=list)
    noise: list[NoiseRecord] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    # a parse's paragraphs are made when first read (.pending.PendingParagraphs); a plain dump makes their rows only
    @field_serializer("front", mode="wrap")
    def _dump_front(self, value: Any, handler: Any, info: SerializationInfo) -> Any:
        return serialize_paragraphs(value, handler, info)

    # the metric-cap warning waits with the metrics (.pending.PendingDiagnostics)
    @field_serializer("diagnostics", mode="wrap")
    def _dump_diagnostics(self, value: Any, handler: Any, info: SerializationInfo):  # type: ignore[no-untyped-def]
        # (no return annotation: the serialization schema stays the field's, a list of Diagnostic)
        return serialize_made(value, handler, info)

    def __repr__(self) -> str:
        title = self.meta.title or next((sp.title for sp in self.speeches if sp.title), None)
        return (f"Document(title={_short(title)!r}, speeches={len(self.speeches)}, nodes={len(self.walk())}, "
                f"metrics={len(self.metrics())}, diagnostics={len(self.diagnostics)})")

    def _top(self) -> list[OutlineNode]:
        speeches = self.speeches
        if len(speeches) == 1:  # (most documents) the speech's own list: its readers here change no list they get
            return speeches[0].children  # type: ignore[no-any-return]
        return [node for sp in speeches for node in sp.children]

    def _owners(self) -> list[Any]:
        return [owner for sp in self.speeches for owner in sp._owners()]

    def walk(self) -> list[OutlineNode]:
        """Every outline node of every speech, in document order."""
        return _preorder(self._top())

    def _below(self) -> Iterable[OutlineNode]:
        register(self)
        return self.walk()

    def model_post_init(self, context: Any, /) -> None:
        register(self)  # lets nodes find their parents later (.registry, .query); stores nothing on self

    # copies and unpickled documents skip model_post_init; register them too
    def __copy__(self) -> Document:
        paragraphs_of(self.__dict__, "front")  # a shallow copy shares the list: make it first
        new = super().__copy__()
        register(new)
        return new

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Document:
        new = super().__deepcopy__(memo)
        register(new)
        return new

    def __setstate__(self, state: dict[Any, Any]) -> None:
        super().__setstate__(state)
        register(self)

    def to_records(self, kind: str = "nodes") -> list[dict[str, Any]]:
        """Flat rows of scalars (``nodes``, ``metrics``, ``paragraphs``, ``speeches``) for tables."""
        from .records import to_records
        return to_records(self, kind)

    def to_pandas(self, kind: str = "nodes") -> Any:
        """:meth:`to_records` as a pandas DataFrame (needs pandas installed)."""
        from .records import to_pandas
        return to_pandas(self, kind)

    def chunks(self, max_chars: int = 800, overlap: int = 0) -> list[Chunk]:
        """Retrieval chunks that follow the outline and never cut a sentence or metric."""
        from .chunks import chunks
        return chunks(self, max_chars=max_chars, overlap=overlap)

    def text_at(self, span: Span) -> str:
        """The source text of a span (glosses, spaces and all)."""
        start, end = span
        return self.text[start:end]


# read through properties, which make a parse's pending paragraphs once and keep them (.pending); set
# after the classes are built, so pydantic sees plain fields with a default factory
OutlineNode.blocks = property(lambda self: paragraphs_of(self.__dict__, "blocks"),  # type: ignore[assignment]
                              doc="The node's own paragraphs, in order (the first starts with the marker).")
Speech.blocks = property(lambda self: paragraphs_of(self.__dict__, "blocks"),  # type: ignore[assignment]
                         doc="The speech's own paragraphs (before its first node, or all of them without one).")
# the same for the metrics: extracted, every one of the document's, when one is first read (.pending.MetricStore)
OutlineNode.own_metrics = property(lambda self: made_of(self.__dict__, "own_metrics"),  # type: ignore[assignment]
                                   doc="The node's own metrics (``\"metrics\"`` in JSON), not its subsections'.")
# a parse's speech makes its outline nodes when they are first read (.pending.PendingNodes)
Speech.children = property(lambda self: made_of(self.__dict__, "children"),  # type: ignore[assignment]
                           doc="The speech's top-level outline nodes, in order.")
Speech.own_metrics = property(lambda self: made_of(self.__dict__, "own_metrics"),  # type: ignore[assignment]
                              doc="The speech's own metrics (``\"metrics\"`` in JSON): those of its own paragraphs, in no node.")
Document.diagnostics = property(lambda self: made_of(self.__dict__, "diagnostics"),  # type: ignore[assignment]
                                doc="What was irregular in the text, in order (reported, never raised).")
Document.front = property(lambda self: paragraphs_of(self.__dict__, "front"),  # type: ignore[assignment]
                          doc="Paragraphs before the first speech (front matter that is not noise).")
