"""Regular expressions compiled at their first use, so importing the metrics package is cheap.

The metrics rules are some hundred patterns; compiling them all took ~40 ms of every
``import speechdoc``, also for a program that never reads a metric. A :class:`LazyPattern`
keeps its source and compiles on the first call; it then stores the compiled pattern's
bound methods on itself, so later calls cost what calls on a compiled pattern cost.

>>> p = lazy(r"(?P<n>\\d+)%")
>>> p.pattern, p.compiled
('(?P<n>\\\\d+)%', False)
>>> p.search("增长5%").group("n"), p.compiled
('5', True)
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["LazyPattern", "lazy"]

#: what is copied from the compiled pattern onto the lazy one at the first use
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
           "flags", "groups", "groupindex")


class LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles when first used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    @property
    def compiled(self) -> bool:
        return "search" in self.__dict__

    def __getattr__(self, name: str) -> Any:  # only called for what is not stored yet
        if name.startswith("__") or name in self.__dict__:
            raise AttributeError(name)
        real = re.compile(self.pattern, self._flags)
        for attr in _COPIED:
            setattr(self, attr, getattr(real, attr))
        return getattr(real, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile`` deferred to the first search, match, sub, split … on the pattern."""
    return LazyPattern(pattern, flags)
