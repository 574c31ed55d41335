"""Make frozen models from values we built ourselves, without validation.

``model_construct`` walks every field to apply defaults and costs ~6 µs an object;
a parse makes one object per sentence, so this does the same in well under 1 µs. Only
for values speechdoc computed (never user input), with every field given.

Every object of a class made here shares one ``__pydantic_fields_set__`` (all its
fields, as every field is given): a set per object would cost 216 bytes for a
Sentence and ~600 for a Metric. That is safe because the models are frozen and
pydantic copies the set before it adds to it (``model_copy``). A class of many fields
(Metric, OutlineNode, Speech: see COMPACT_FROM) also shares its dict's keys: each object's dict
is the one Python makes on the class's shared instance keys, which holds its values alone.

>>> from speechdoc.document.model import Sentence
>>> s = make(Sentence, kind="sentence", text="好。", span=(0, 2))
>>> s == Sentence(text="好。", span=(0, 2)), s.model_dump_json()
(True, '{"kind":"sentence","text":"好。","span":[0,2]}')
>>> t = s.model_copy(update={"text": "坏。"})
>>> s.model_fields_set == {"kind", "text", "span"}, t.text, s.text, t.model_fields_set is s.model_fields_set
(True, '坏。', '好。', False)
"""
from __future__ import annotations

import sys
from keyword import iskeyword
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["COMPACT_FROM", "builder", "make", "maker"]

M = TypeVar("M", bound=BaseModel)
_new = object.__new__
_SLOTS = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
_MAKERS: dict[type, Callable[[dict[str, Any]], Any]] = {}
_BUILDERS: dict[type, Callable[..., Any]] = {}
_COMPACT: dict[type, bool] = {}  # does the maker of a class make objects whose dicts share its keys?


def maker(cls: type[M], compact: bool = True) -> Callable[[dict[str, Any]], M]:
    """A constructor of ``cls`` from a dict of every field, which the object keeps as its ``__dict__``
    (the checks are done once a class: fast for what a parse makes by the thousand). ``compact=False``: the
    objects keep that dict even where their dicts could share the class's keys (see COMPACT_FROM), for a
    record made a few times a document (the document, its meta, a speech), where the copy into a dict on
    the shared keys costs ~3 k instructions and saving ~200 bytes is worth nothing."""
    key = cls if compact else (cls, False)
    try:
        return _MAKERS[key]
    except KeyError:
        pass
    plain = (not cls.__private_attributes__ and cls.model_config.get("extra") != "allow"
             and cls.model_config.get("frozen"))
    post_init = cls.__pydantic_post_init__ is not None  # (Document registers itself there)
    every = set(cls.model_fields)
    size = len(every)
    # the setters of the four slots, found once (object.__setattr__ looks each up in the MRO every time)
    set_dict, set_fields, set_extra, set_private = (_setter(cls, name) for name in _SLOTS)
    # (an interpreter without split dicts: the plain dict is as small)
    if compact:
        compact = plain and size >= COMPACT_FROM and _is_split(_shared_keys(cls))
        _COMPACT[cls] = compact
    first = next(iter(cls.model_fields), None)

    def build(fields: dict[str, Any]) -> M:
        if not plain or len(fields) != size:
            return cls.model_construct(**fields)  # missing fields or private state: the careful path
        obj = _new(cls)
        if compact:  # the object's own dict, made on the shared keys, holds its values alone; one key first:
            values = obj.__dict__  # an update into an empty dict would take a copy of the other's own keys
            values[first] = None
            values.update(fields)
        else:
            set_dict(obj, fields)
        set_fields(obj, every)
        set_extra(obj, None)
        set_private(obj, None)
        if post_init:
            obj.model_post_init(None)  # as model_construct does
        return obj

    _MAKERS[key] = build
    return build


#: From this many fields on, an object's dict shares its keys with every other of its class (CPython's
#: split dict): a Metric's 18 keys in a dict of its own cost ~460 bytes, its values alone ~150. A
#: Metric or an OutlineNode is made so by the thousand on a large document (~2-3 bytes per input
#: character at the caps); a Sentence or a Paragraph, with 3 or 4 fields, gains little and is made
#: in large numbers when read, so it keeps the faster plain dict.
COMPACT_FROM = 8


def _shared_keys(cls: type) -> dict[str, Any]:
    """A dict of every field of ``cls`` (values None) whose keys are the class's shared instance keys:
    its copies are split dicts too, which hold their values and share the keys."""
    obj = _new(cls)
    values = obj.__dict__  # an instance's own dict: made on the class's shared keys
    for name in cls.model_fields:
        values[name] = None
    return values


def _is_split(d: dict[str, Any]) -> bool:
    """Does ``d`` hold its values apart from shared keys (smaller than a dict of its own)?"""
    return sys.getsizeof(d) < sys.getsizeof(dict(d))


def _setter(cls: type, name: str) -> Callable[[object, object], None]:
    """The ``__set__`` of the descriptor that ``object.__setattr__(obj, name, value)`` would use."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name].__set__
    raise AttributeError(name)


def make(cls: type[M], **fields: Any) -> M:
    return maker(cls)(fields)


def builder(cls: type[M]) -> Callable[..., M]:
    """A constructor of ``cls`` from every field as an argument (by keyword, or by position in the class's field
    order: ~0.8 k instructions less an OutlineNode), for a record made in a loop (an outline node): the values go
    straight into the object's own dict on the class's shared keys, in field order, where :func:`maker` takes a
    dict of them and copies it in (~4 k instructions more an OutlineNode).
    Its code is written once a class, for the class's fields; a class :func:`maker` would not make compact
    gets a function that hands its fields to the maker.

    >>> from speechdoc.document.model import Speech
    >>> s = builder(Speech)(kind="speech", index=1, title=None, title_span=None, occasion=None, speaker=None,
    ...                     date=None, salutation=None, salutation_span=None, span=(0, 2), blocks=[],
    ...                     own_metrics=[], children=[])
    >>> s == Speech(index=1, span=(0, 2)), list(s.__dict__) == list(Speech.model_fields)
    (True, True)
    """
    try:
        return _BUILDERS[cls]
    except KeyError:
        pass
    make_ = maker(cls)  # (first: it finds whether the class's objects can share their keys)
    names = list(cls.model_fields)
    if not _COMPACT.get(cls) or not all(n.isidentifier() and not iskeyword(n) for n in names):
        def build(**fields: Any) -> M:
            return make_(fields)
    else:
        lines = [f"def build({', '.join(names)}):", "    obj = _new(cls)", "    values = obj.__dict__"]
        lines += [f"    values[{n!r}] = {n}" for n in names]
        lines += ["    set_fields(obj, every)", "    set_extra(obj, None)", "    set_private(obj, None)"]
        if cls.__pydantic_post_init__ is not None:
            lines.append("    obj.model_post_init(None)")
        lines.append("    return obj")
        scope = {"_new": _new, "cls": cls, "every": set(names),
                 **{f"set_{part}": _setter(cls, slot) for part, slot in zip(("fields", "extra", "private"), _SLOTS[1:])}}
        exec("\n".join(lines), scope)  # (field names only: identifiers of the class, checked above)
        build = scope["build"]
    _BUILDERS[cls] = build
    return build
