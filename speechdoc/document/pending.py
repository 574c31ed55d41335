"""A paragraph's sentences before anyone reads them: its bounds, not its objects.

A parse cuts every paragraph into sentences, yet most programs read outlines, metrics
or paragraphs and never a sentence; a Sentence object with its dict and text costs
~400 bytes, about 20 bytes per input character of a speech. So a parsed Paragraph holds
a :class:`PendingSentences` (the paragraph's view span and the function that cuts it)
where its ``sentences`` list would be, and the list is made the first time it is read:

- ``paragraph.sentences`` (a property of :class:`~speechdoc.document.model.Paragraph`)
  makes the list once, under a lock, and keeps it in the paragraph: the same list after,
  in every thread;
- every dump (``model_dump``, ``model_dump_json``, a TypeAdapter, of any model above the
  paragraph) goes through the field's serializer, which hands the made list to pydantic
  (pydantic-core reads a list's storage directly, so nothing list-like but unfilled may
  reach it); a dump keeps nothing, so dumping a large document does not hold its sentences;
- ``==``, pickling, ``copy.deepcopy`` and ``model_copy(deep=True)`` see the made list.

A parse whose view deleted nothing gives every paragraph read as it stands (most: no leading blank,
nothing to repair) one :class:`SharedSentences` for the whole parse instead of one object each: the
paragraph's text and span are all its cutting needs, so the paragraph's own stand-in is made from its
fields whenever one is read, dumped (the field serializer is a method: it has the paragraph),
compared, copied or pickled (:func:`own`).

The JSON, the JSON Schema and the public API are those of a plain ``list[Sentence]``.

The paragraphs themselves wait the same way (:class:`PendingParagraphs`): a parsed node's or
speech's ``blocks`` (and a document's ``front``) hold its place in its speech's table of blocks
(:class:`ParagraphTable`: their view spans and owners, 4 or 8 bytes an offset, one table a speech),
where the Paragraph objects, their dicts, texts and span tuples cost ~500 bytes each (~10 bytes per
input character on a document of many short paragraphs); the list is made the first time it is read
and kept, and every dump, ``==``, copy and pickle sees the made list.

A parsed speech's outline nodes wait too (:class:`PendingNodes`): its ``children`` hold a stand-in that
makes the speech's nodes (their titles, spans and paragraph places, assembled by the pipeline) at the
first read, once, under a lock, and keeps the one list, which ``children`` then holds; every dump, ``==``,
copy and pickle sees that list.

The metrics wait too (:class:`PendingMetrics`): reading quantities is most of a parse's time, and
many programs read outlines or paragraphs only. A parsed node's or speech's ``own_metrics`` holds
its owner's place in one :class:`MetricStore` for the whole document, which extracts every metric
of the document the first time any of them is read (under the store's lock: once, in one thread,
the others wait) and keeps them; ``own_metrics`` then holds the owner's list. Every dump, ``==``,
copy and pickle sees that list, and an extraction that fails raises at that first read (and at the
next one again: nothing half made is kept), as a parse that extracted them at once would have
raised. What depends on the extraction and is not a metric, the ``metric-cap`` diagnostic, waits
with them (:class:`PendingDiagnostics`): a document's ``diagnostics`` are completed when first read,
which extracts the metrics only for a text that could reach the cap (see :mod:`speechdoc.pipeline`), and
finds the numerals too long to read (``number-too-long``) then too.

A parsed speech and its outline nodes hold no stand-in each for their paragraphs and metrics: one
:class:`SharedOwners` for the speech stands in both fields of the speech and every node, and finds a node's
place (its index in the speech, what the table and the store know it by) from the node's own marker span when
one is read; comparing, copying and pickling a speech or a node read its own stand-ins (:func:`own_node`), as
for the shared sentences.
"""
from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import SerializationInfo

__all__ = ["MetricStore", "ParagraphTable", "PendingDiagnostics", "PendingMetrics", "PendingNodes", "PendingParagraphs",
           "PendingSentences", "SharedOwners", "SharedSentences", "made_of", "own", "own_node", "paragraphs_of",
           "sentences_of", "serialize_made", "serialize_paragraphs", "serialize_sentences"]

_LOCK = threading.Lock()  # one for all: filling is rare and short, a lock per paragraph would cost memory


class _Pending:
    """A list not made yet: compares, pickles, deep-copies and prints as the list ``made()`` gives."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]  # stands for a list: unhashable like one

    def made(self) -> list[Any]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Pending):
            other = other.made()
        return self.made() == other

    def __reduce__(self) -> tuple[Any, ...]:
        return list, (self.made(),)  # pickles as the list it stands for

    def __deepcopy__(self, memo: dict[int, Any]) -> list[Any]:
        from copy import deepcopy
        return deepcopy(self.made(), memo)

    def __repr__(self) -> str:
        return repr(self.made())


class ParagraphTable:
    """The paragraphs of every owner of one speech (or of the front matter), not made yet: ``make(a, b)``
    makes the Paragraph of view span ``[a, b)``; ``starts``, ``ends`` and ``owners`` are the speech's blocks
    in document order (arrays of machine integers, the ones its metric extraction reads: no copy), or
    ``flat`` one owner's spans (start, end, start, end …). ``make`` is one function for the whole parse,
    which holds what the pending sentences hold (:class:`~.assemble.SentenceSource`) and no view.

    Which blocks are whose is listed at the first read of any owner's (one walk of the speech's blocks),
    not while the parse makes the owners. ``make`` is read after :meth:`spans_of` (a subclass may find its
    blocks and its maker there: a parse's tables do, see :mod:`speechdoc.pipeline`).
    """

    __slots__ = ("make", "starts", "ends", "owners", "_index")

    def __init__(self, make: Callable[[int, int], Any], starts: Any, ends: Any, owners: Any,
                 flat: Any = None) -> None:
        self.make = make
        self.starts = starts
        self.ends = ends
        self.owners = owners
        self._index: dict[int, Any] | None = None if flat is None else {-1: flat}

    def spans_of(self, owner: int) -> Any:
        """The view spans of ``owner``'s paragraphs, flat (start, end, start, end …)."""
        index = self._index
        if index is None:
            index = {}
            for a, b, o in zip(self.starts, self.ends, self.owners):
                mine = index.get(o)
                if mine is None:
                    index[o] = [a, b]
                else:
                    mine.append(a)
                    mine.append(b)
            self._index = index  # (two threads may both list them: the same lists)
        return index.get(owner, ())


class PendingParagraphs(_Pending):
    """The paragraphs of one owner (a node, a speech, the front matter), not made yet: its place in its
    speech's :class:`ParagraphTable`. ``make(a, b)`` makes the Paragraph of view span ``[a, b)`` and
    ``spans`` are the owner's view spans, flat (start, end, start, end …).
    """

    __slots__ = ("table", "owner")

    def __init__(self, table: ParagraphTable, owner: int) -> None:
        self.table = table
        self.owner = owner

    @property
    def make(self) -> Callable[[int, int], Any]:
        self.table.spans_of(self.owner)  # (a table may find its maker at the first read of its spans)
        return self.table.make

    @property
    def spans(self) -> Any:
        return self.table.spans_of(self.owner)

    def made(self) -> list[Any]:
        """A new list of the paragraphs (nothing kept here)."""
        return _paragraphs(self.table, self.owner)


def _paragraphs(table: ParagraphTable, owner: int) -> list[Any]:
    """A new list of ``owner``'s paragraphs in ``table``."""
    spans = table.spans_of(owner)  # (first: a table may find its maker there)
    make = table.make
    return [make(spans[k], spans[k + 1]) for k in range(0, len(spans), 2)]


class PendingSentences(_Pending):
    """The sentences of one paragraph, not made yet: ``cut(self)`` makes them from the paragraph's
    view span ``[a, b)``, where its reading starts (``a + lead``), whether the reading is the plain
    slice (``clean``), and the paragraph's own ``text`` and ``span`` (shared, not copied).

    Slots, not a tuple of arguments: ~90 bytes a paragraph (a tuple beside it would add ~100).
    """

    __slots__ = ("cut", "a", "b", "lead", "clean", "text", "span")

    def __init__(self, cut: Callable[..., list[Any]], a: int, b: int, lead: int, clean: bool,
                 text: str, span: tuple[int, int]) -> None:
        self.cut = cut
        self.a = a
        self.b = b
        self.lead = lead  # mostly 0: a small int Python shares, where the offset would be a new object
        self.clean = clean
        self.text = text
        self.span = span

    def made(self) -> list[Any]:
        """A new list of the sentences (nothing kept here)."""
        return self.cut(self)  # (the serializer passes a second argument: make rows, not objects)


class SharedSentences(PendingSentences):
    """The pending sentences of every paragraph of one parse whose view deleted nothing: one object for
    them all, where each paragraph's own would cost ~90 bytes (~2 bytes per input character of a
    speech). Its view span is its ``span`` then, and ``bind(text, span)`` makes the paragraph's own
    :class:`PendingSentences` from the fields it sits beside whenever one is needed (to read, dump,
    compare, copy or pickle it): never kept, so the paragraph's dict is all it reads.
    """

    __slots__ = ("bind",)

    def __init__(self, bind: Callable[[str, tuple[int, int]], PendingSentences]) -> None:
        self.bind = bind

    def of(self, fields: dict[str, Any]) -> PendingSentences:
        """The pending sentences of the paragraph whose ``__dict__`` is ``fields``."""
        return self.bind(fields["text"], fields["span"])

    def __deepcopy__(self, memo: dict[int, Any]) -> SharedSentences:
        return self  # stands for no paragraph in particular (a copy of a paragraph makes its own list)

    def made(self) -> list[Any]:
        raise TypeError("shared pending sentences are read through their paragraph (SharedSentences.of)")

    def __eq__(self, other: object) -> bool:
        return self is other

    def __reduce__(self) -> tuple[Any, ...]:
        raise TypeError("shared pending sentences are pickled through their paragraph")

    def __repr__(self) -> str:
        return "SharedSentences(...)"


class SharedOwners:
    """The paragraphs and metrics of one parsed speech and every outline node of it, not made yet: one stand-in
    for them all, which the speech and each node hold as their ``blocks`` and ``own_metrics``, where a
    :class:`PendingParagraphs` and a :class:`PendingMetrics` each cost ~3 k instructions (~1 % of the parse and
    outline read of a speech). Whose they are is read from the holder's own fields: a speech has no marker span
    (its own: owner -1); a node's marker's input start, that of no other node of its speech (``starts``: theirs
    in node order, rising; set when the nodes are made: a list of ints, where the nodes' rows would cost ~400
    bytes a node to hold),
    gives its index there, the owner its speech's
    :class:`ParagraphTable` (``table``) and the document's :class:`MetricStore` (``store``, speech ``speech``)
    know it by. A node's reads (:func:`paragraphs_of`, :func:`made_of`) make and keep its list; a dump reads
    through the node; comparing, copying and pickling read the node's own stand-ins (:func:`own_node`).
    It holds no model (the nodes refer to it, never the other way)."""

    __slots__ = ("table", "store", "speech", "starts")
    __hash__ = None  # type: ignore[assignment]  # stands for a list: unhashable like one

    def __init__(self, table: ParagraphTable, store: MetricStore, speech: int, starts: Sequence[int] = ()) -> None:
        self.table = table
        self.store = store
        self.speech = speech
        self.starts = starts

    def owner(self, fields: dict[str, Any]) -> int:
        """The index in its speech of the node whose ``__dict__`` is ``fields``; -1: the speech's own (a speech has
        no marker span)."""
        span = fields.get("marker_span")
        if span is None:
            return -1
        starts, start = self.starts, span[0]
        k = bisect_left(starts, start)
        if k == len(starts) or starts[k] != start:
            raise KeyError(f"no node of this speech has its marker at {start}")
        return k

    def paragraphs(self, fields: dict[str, Any]) -> list[Any]:
        """A new list of the paragraphs of the speech or node whose ``__dict__`` is ``fields``."""
        return _paragraphs(self.table, self.owner(fields))

    def metrics(self, fields: dict[str, Any]) -> list[Any]:
        """The metrics of that node: its one list in the store (extracted now if none were yet)."""
        return self.store.of(self.speech, self.owner(fields))

    def __eq__(self, other: object) -> bool:
        return self is other

    def __deepcopy__(self, memo: dict[int, Any]) -> SharedOwners:
        return self  # stands for no node in particular (a copy of a node holds its own: see own_node)

    def __reduce__(self) -> tuple[Any, ...]:
        raise TypeError("a speech's shared pending paragraphs and metrics are pickled through its nodes")

    def __repr__(self) -> str:
        return "SharedOwners(...)"


def own_node(fields: dict[str, Any]) -> dict[str, Any]:
    """An outline node's (or a speech's) ``__dict__`` with its own stand-ins (a :class:`PendingParagraphs`, a
    :class:`PendingMetrics`) where it holds its speech's :class:`SharedOwners` (a new dict; ``fields`` itself
    otherwise): what comparing, copying and pickling the node read."""
    blocks, metrics = fields["blocks"], fields["own_metrics"]
    if type(blocks) is not SharedOwners and type(metrics) is not SharedOwners:
        return fields
    out = dict(fields)
    if type(blocks) is SharedOwners:
        out["blocks"] = PendingParagraphs(blocks.table, blocks.owner(fields))
    if type(metrics) is SharedOwners:
        out["own_metrics"] = PendingMetrics(metrics.store, metrics.speech, metrics.owner(fields))
    return out


def own(fields: dict[str, Any]) -> dict[str, Any]:
    """A paragraph's ``__dict__`` with its own pending sentences where it holds shared ones (a new dict;
    ``fields`` itself otherwise): what comparing, copying or pickling the paragraph reads."""
    value = fields["sentences"]
    if type(value) is SharedSentences:
        return {**fields, "sentences": value.of(fields)}
    return fields


def sentences_of(fields: dict[str, Any]) -> list[Any]:
    """The ``sentences`` of a paragraph's ``__dict__``, made and kept there on first read."""
    value = fields["sentences"]
    if not isinstance(value, PendingSentences):
        return value  # type: ignore[no-any-return]
    with _LOCK:  # two threads reading at once get the same list
        value = fields["sentences"]
        if type(value) is SharedSentences:
            value = value.of(fields)
        if type(value) is PendingSentences:
            value = fields["sentences"] = value.made()
    return value  # type: ignore[no-any-return]


def serialize_sentences(value: Any, handler: Callable[[Any], Any], info: SerializationInfo,
                        fields: dict[str, Any] | None = None) -> Any:
    """The field serializer: pydantic serializes the made list (a dump keeps nothing); ``fields`` is
    the paragraph's ``__dict__`` (shared pending sentences are read through it).

    A plain dump (no include, exclude or exclude_defaults reaching the sentences) gets the rows
    themselves, ``{"kind": "sentence", "text": …, "span": (start, end)}``, which is what the
    Sentence objects would dump to (key order, tuple and all): no object is made for them.
    """
    if type(value) is SharedSentences:
        if fields is None:
            raise TypeError("shared pending sentences are dumped through their paragraph")
        value = value.of(fields)
    if type(value) is not PendingSentences:
        return handler(value)
    if info.include is None and info.exclude is None and not info.exclude_defaults:
        return value.cut(value, _row)
    return handler(value.made())


def _row(fields: dict[str, Any]) -> dict[str, Any]:
    return fields


def paragraphs_of(fields: dict[str, Any], key: str) -> list[Any]:
    """The paragraphs ``fields[key]`` of a model's ``__dict__`` (``blocks``, ``front``), made and kept
    there on first read."""
    value = fields[key]
    kind = type(value)
    if kind is not PendingParagraphs and kind is not SharedOwners:
        return value  # type: ignore[no-any-return]
    with _LOCK:  # two threads reading at once get the same list
        value = fields[key]
        kind = type(value)
        if kind is PendingParagraphs:
            value = fields[key] = value.made()
        elif kind is SharedOwners:
            value = fields[key] = value.paragraphs(fields)
    return value  # type: ignore[no-any-return]


def serialize_paragraphs(value: Any, handler: Callable[[Any], Any], info: SerializationInfo,
                         fields: dict[str, Any] | None = None) -> Any:
    """The field serializer of ``blocks`` and ``front``: pydantic serializes the made list, which the
    dump does not keep (the pending sentences of its paragraphs stay pending too). ``fields``: the
    ``__dict__`` of the model that holds them (a node's :class:`SharedOwners` is read through it).

    A plain dump (as for the sentences) gets the rows themselves, ``{"kind": "paragraph", "text": …,
    "span": …, "sentences": [rows]}``, what the Paragraph objects would dump to: no object is made.
    """
    if type(value) is SharedOwners:
        value = own_node(fields)["blocks"]  # type: ignore[arg-type]
    if type(value) is not PendingParagraphs:
        return handler(value)
    if info.include is None and info.exclude is None and not info.exclude_defaults:
        table = value.table
        spans = table.spans_of(value.owner)  # (first: a table may find its maker there)
        make = table.make
        rows = [make(spans[k], spans[k + 1], _row) for k in range(0, len(spans), 2)]
        for row in rows:
            pending = row["sentences"]
            if type(pending) is SharedSentences:
                pending = pending.of(row)
            row["sentences"] = pending.cut(pending, _row)
        return rows
    return handler(value.made())


class MetricStore:
    """The metrics of one parsed document, extracted the first time any of them is read.

    ``extract()`` gives, for each speech in order, a dict from owner (a node's index in its speech,
    -1 for the speech itself) to that owner's metrics, and where the metric cap stopped the reading
    (an input span, or None); it is called once, under the store's lock, and dropped after (with it
    the text and spans it reads). ``extract.may_stop()`` says, without extracting, whether the cap
    could be reached at all. An owner with no metrics gets an empty list of its own, the same one at
    every read.
    """

    __slots__ = ("_extract", "_found", "_stopped", "_lock")

    def __init__(self, extract: Any) -> None:
        self._extract = extract
        self._found: list[dict[int, list[Any]]] | None = None
        self._stopped: tuple[int, int] | None = None
        self._lock = threading.Lock()  # one a document: a long extraction does not hold up another document's

    def of(self, speech: int, owner: int) -> list[Any]:
        """The metrics of ``owner`` in speech ``speech`` (0-based): extracted now if none were yet."""
        found = self._found
        if found is None:
            found = self._fill()
        mine = found[speech]
        got = mine.get(owner)
        return mine.setdefault(owner, []) if got is None else got

    def _fill(self) -> list[dict[int, list[Any]]]:
        with self._lock:  # two threads reading at once: one extracts, the other waits and reads the same
            found = self._found
            if found is None:
                found, self._stopped = self._extract()  # raises: nothing kept, the next read tries again
                self._found, self._extract = found, None
        return found

    def stopped(self) -> tuple[int, int] | None:
        """The input span where the metric cap stopped the reading, or None where it was not reached:
        extracted now unless the cap cannot be reached."""
        if self._found is None:
            extract = self._extract
            if extract is not None and not extract.may_stop():
                return None
            self._fill()
        return self._stopped

    @property
    def extracted(self) -> bool:
        """Have the metrics been extracted?"""
        return self._found is not None


class PendingMetrics(_Pending):
    """An owner's metrics before any of its document's was read: its place in the document's
    :class:`MetricStore`. ``made()`` is the owner's one list (extracted with the document's at the
    first read), not a new one."""

    __slots__ = ("store", "speech", "owner")

    def __init__(self, store: MetricStore, speech: int, owner: int) -> None:
        self.store = store
        self.speech = speech
        self.owner = owner

    def made(self) -> list[Any]:
        return self.store.of(self.speech, self.owner)


class PendingDiagnostics(_Pending):
    """A document's diagnostics before anyone reads them: the ones the parse listed, with the outline's among
    them (``outline(listed)``: the markers are found and the outline decoded when first read, see
    :mod:`speechdoc.pipeline`; the positions below count the parse's alone), the ones a later reading
    adds among them (``more()``, the ``number-too-long`` of over-long numerals, at ``more_at``), and, while
    the metrics wait, where the ``metric-cap`` warning goes (``at``, never after ``more_at``) if the
    extraction reaches the cap (``cap`` makes it from the span where it stopped). ``made()`` makes the added
    ones, asks the store (None: the text cannot reach the cap; else it extracts the metrics only when the cap
    could be reached: a text with that many characters that can open a quantity) and gives the one list, the
    same at every read."""

    __slots__ = ("listed", "more_at", "more", "store", "at", "cap", "outline", "done")

    def __init__(self, listed: list[Any], more_at: int, more: Callable[[], list[Any]], store: MetricStore | None = None,
                 at: int = 0, cap: Callable[[tuple[int, int]], Any] | None = None,
                 outline: Callable[[list[Any]], list[Any]] | None = None) -> None:
        self.listed = listed
        self.more_at = more_at
        self.more = more
        self.store = store
        self.at = at
        self.cap = cap
        self.outline = outline
        self.done: list[Any] | None = None

    def made(self) -> list[Any]:
        done = self.done
        if done is None:
            listed, k, at = self.listed, self.more_at, self.at
            if self.outline is not None:  # (inserted at or before more_at and at: those move on past them)
                with_outline = self.outline(listed)
                k += len(with_outline) - len(listed)
                at += len(with_outline) - len(listed)
                listed = with_outline
            more = self.more()
            done = [*listed[:k], *more, *listed[k:]] if more else listed
            stopped = None if self.store is None else self.store.stopped()
            if stopped is not None:
                done = [*done[:at], self.cap(stopped), *done[at:]]  # type: ignore[misc]
            with _LOCK:
                if self.done is None:
                    self.done = done
                done = self.done
        return done


class PendingNodes(_Pending):
    """A parsed speech's top-level outline nodes before anyone reads them: ``build(arg)`` makes the speech's
    nodes (their titles, spans and paragraph places: see :mod:`speechdoc.pipeline`) at the first read,
    once, under :data:`ASSEMBLY_LOCK`, and the one list is kept here: the same list in every thread and every
    copy. (A function and its argument, not a partial of them: ~2 k instructions a speech.)"""

    __slots__ = ("build", "arg", "done")

    def __init__(self, build: Callable[[Any], list[Any]], arg: Any = None) -> None:
        self.build: Callable[[Any], list[Any]] | None = build
        self.arg = arg
        self.done: list[Any] | None = None

    def made(self) -> list[Any]:
        done = self.done
        if done is None:
            with ASSEMBLY_LOCK:
                done = self.done
                if done is None:
                    done = self.done = self.build(self.arg)  # type: ignore[misc]  # raises: nothing kept, the next read tries again
                    self.build = self.arg = None  # (what it read goes with it)
        return done


#: one for all, as _LOCK: taken once a speech where its nodes are made, and by a parse's outline assembly
#: (:mod:`speechdoc.pipeline`: a node's paragraphs, the metrics), inside any other lock: re-entrant, so a parse's
#: node maker, which runs under it, takes no second lock, and a speech's nodes, made after its blocks, may assemble
#: them in the same read
ASSEMBLY_LOCK = threading.RLock()


#: the stand-ins whose made list is kept where they stood (made_of): one list, the same at every read
_KEPT = frozenset({PendingMetrics, PendingDiagnostics, PendingNodes})


def made_of(fields: dict[str, Any], key: str) -> list[Any]:
    """``fields[key]`` of a model's ``__dict__`` (a node's or speech's ``own_metrics``, a speech's ``children``,
    a document's ``diagnostics``), made on the first read if a :class:`PendingMetrics`, :class:`PendingNodes`
    or :class:`PendingDiagnostics` stands there, and kept: the same list in every thread (the one its
    stand-in makes)."""
    value = fields[key]
    if type(value) in _KEPT:
        value = fields[key] = value.made()
    elif type(value) is SharedOwners:
        value = fields[key] = value.metrics(fields)
    return value  # type: ignore[no-any-return]


def serialize_made(value: Any, handler: Callable[[Any], Any], info: SerializationInfo,
                   fields: dict[str, Any] | None = None) -> Any:
    """The field serializer of ``own_metrics``, ``children`` (a speech's) and ``diagnostics``: pydantic
    serializes the made list (the metrics extracted first if none of the document's was read yet); ``fields``:
    the ``__dict__`` of the model that holds them (a node's :class:`SharedOwners` is read through it)."""
    if type(value) is SharedOwners:
        return handler(value.metrics(fields))  # type: ignore[arg-type]
    return handler(value.made() if type(value) in _KEPT else value)
