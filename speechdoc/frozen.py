"""Frozen slotted dataclasses whose ``__init__`` costs less.

``@dataclass(frozen=True, slots=True)`` writes an ``__init__`` that sets each field through
``object.__setattr__`` (its own ``__setattr__`` refuses): ~1,300 instructions a field, where the
slot's own descriptor sets it for ~600. A parse makes about seven such records (the loaded text,
its view, the cleaning, the layout, the speech cuts): on a short text their fields were ~5% of
the parse. :func:`quick_init` gives such a class an ``__init__`` that sets each slot through its
descriptor; everything else (frozen, ``==``, ``hash``, ``repr``, :func:`dataclasses.replace`,
defaults and default factories) is the dataclass's own.

>>> from dataclasses import dataclass, field, replace
>>> @quick_init
... @dataclass(frozen=True, slots=True)
... class Span:
...     start: int
...     end: int = 0
...     tags: list[str] = field(default_factory=list)
>>> s = Span(3); s, replace(s, end=5), Span(1, tags=["a"]) == Span(1, 0, ["a"])
(Span(start=3, end=0, tags=[]), Span(start=3, end=5, tags=[]), True)
>>> s.start = 4
Traceback (most recent call last):
dataclasses.FrozenInstanceError: cannot assign to field 'start'
"""
from __future__ import annotations

import dataclasses
from typing import TypeVar

__all__ = ["quick_init"]

T = TypeVar("T", bound=type)


def quick_init(cls: T) -> T:
    """Give the frozen slotted dataclass ``cls`` an ``__init__`` of the same signature that sets each
    slot through its descriptor (``__post_init__``, init-only and keyword-only fields are not supported)."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)
    if not params.frozen or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__") or any(
            f.kw_only or not f.init for f in fields):
        raise TypeError(f"quick_init takes a frozen slotted dataclass with plain fields, not {cls.__name__}")
    names: dict[str, object] = {"_MISSING": dataclasses.MISSING}
    args, body = [], []
    for f in fields:
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            names[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            args.append(f"{f.name}=_MISSING")
            body.append(f"    if {f.name} is _MISSING:\n        {f.name} = _factory_{f.name}()")
        else:
            args.append(f.name)
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(args)}):\n" + "\n".join(body or ["    pass"])
    exec(source, names)  # noqa: S102 (the source is made of field names only)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls
