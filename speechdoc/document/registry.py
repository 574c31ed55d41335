"""Which Documents exist, for :mod:`.query`'s parent index: noted when a Document is made.

A Document notes itself here when it is built (``Document.model_post_init``, copies and unpickling
too); the first navigation request (:mod:`.query`) indexes the noted documents. An entry goes when
its Document is garbage-collected. This module imports nothing of the model, so the model imports
it when it loads (an import statement in ``model_post_init`` cost every parse ~4,500 instructions).

A document is held by a weak reference whose callback drops its entries: ``weakref.finalize``
did the same for ~12,000 instructions a parse (its own record, a lock, an exit hook), about 2%
of parsing a short text.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Document

__all__ = ["register"]


class _Ref(weakref.ref):  # type: ignore[type-arg]
    """A weak reference to a noted Document that knows its key (the callback gets the reference)."""

    __slots__ = ("key",)


def _dropped(ref: _Ref) -> None:
    _drop(ref.key)


_live: dict[int, _Ref] = {}  # doc id → its reference, until the document goes (the callback needs it alive)
_pending: dict[int, _Ref] = {}  # noted, not indexed yet
_where: dict[int, Any] = {}  # node id → its place (query._Loc)
_owned: dict[int, list[int]] = {}  # doc id → node ids it indexed


def register(doc: Document) -> None:
    """Note a Document so that its nodes can later find their parents (O(1))."""
    key = id(doc)
    if key in _live:
        return
    ref = _Ref(doc, _dropped)
    ref.key = key
    _live[key] = _pending[key] = ref


def _drop(key: int) -> None:
    _live.pop(key, None)
    _pending.pop(key, None)
    for nid in _owned.pop(key, ()):
        loc = _where.get(nid)
        if loc is not None and loc.doc_id == key:
            del _where[nid]
