"""Regular-expression helpers: patterns compiled at their first use, and first-character lookaheads.

Shared by the stages (metrics, outline, assemble): the metrics rules alone are some
hundred patterns, and compiling them all took ~40 ms of every ``import speechdoc``, also
for a program that never reads a metric. A :class:`LazyPattern`
keeps its source and compiles on the first call; it then stores the compiled pattern's
bound methods on itself, so later calls cost what calls on a compiled pattern cost.

>>> p = lazy(r"(?P<n>\\d+)%")
>>> p.pattern, p.compiled
('(?P<n>\\\\d+)%', False)
>>> p.search("增长5%").group("n"), p.compiled
('5', True)
>>> "增" in lazy(r"^(?:增长|下降)").first, "降" in lazy(r"^(?:增长|下降)").first, "5" in p.first
(True, False, True)
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["LazyPattern", "lazy", "first_chars", "ahead", "skipping", "ANY"]

#: what is copied from the compiled pattern onto the lazy one at the first use
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
           "flags", "groups", "groupindex")


class LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles when first used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    #: ``first`` (read at first use): the characters a match can start with (:func:`first_chars`),
    #: or :data:`ANY`; ``text[:1] in p.first`` is False only where ``p.match(text)`` must fail

    @property
    def compiled(self) -> bool:
        return "search" in self.__dict__

    def __getattr__(self, name: str) -> Any:  # only called for what is not stored yet
        if name.startswith("__") or name in self.__dict__:
            raise AttributeError(name)
        if name == "first":
            found = first_chars(self.pattern) if not self._flags else None
            self.first = found if found is not None else ANY
            return self.first
        real = re.compile(self.pattern, self._flags)
        for attr in _COPIED:
            setattr(self, attr, getattr(real, attr))
        return getattr(real, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile`` deferred to the first search, match, sub, split … on the pattern."""
    return LazyPattern(pattern, flags)


class _Anything:
    """Holds every character: the ``first`` of a pattern whose first characters are not a short list."""

    def __contains__(self, ch: object) -> bool:
        return True

    def __repr__(self) -> str:
        return "ANY"


ANY = _Anything()


#: the categories a class may hold, as a class writes them
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}

#: an item of a class: ("char", c), ("range", lo, hi) or ("category", "\\d" …)
ClassItem = tuple


def first_class(pattern: str) -> tuple[list[ClassItem], bool] | None:
    """The items of a regex class that holds every character a match of ``pattern`` can start with,
    and whether they are read under ``(?i:…)``; None when that is not known (``.``, a negated class,
    a flag other than i, a match that may be empty, a back-reference).

    >>> first_class("(?:第|[0-9])号")
    ([('char', '第'), ('range', '0', '9')], False)
    """
    from re import _constants as c, _parser  # the stdlib's own parser: the same reading re.compile makes

    def walk(items: Any, ignore_case: bool) -> tuple[list[ClassItem], bool, bool] | None:
        # -> (class items, ignore case, may be empty) or None
        out: list[ClassItem] = []
        for op, av in items:
            if op is c.LITERAL:
                return out + [("char", chr(av))], ignore_case, False
            if op is c.IN:
                for kind, arg in av:
                    if kind is c.LITERAL:
                        out.append(("char", chr(arg)))
                    elif kind is c.RANGE:
                        out.append(("range", chr(arg[0]), chr(arg[1])))
                    elif kind is c.CATEGORY and str(arg) in _CATEGORIES:
                        out.append(("category", _CATEGORIES[str(arg)]))
                    else:
                        return None
                return out, ignore_case, False
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue  # consumes nothing: the next item opens the match
            if op is c.BRANCH:
                alts = [walk(alt, ignore_case) for alt in av[1]]
                if any(a is None or a[1] != ignore_case for a in alts):
                    return None
                out += [x for a in alts if a is not None for x in a[0]]
                if not any(a[2] for a in alts if a is not None):
                    return out, ignore_case, False
            elif op in (c.SUBPATTERN, c.ATOMIC_GROUP):
                add, remove, body = (av[1], av[2], av[3]) if op is c.SUBPATTERN else (0, 0, av)
                if (add | remove) & ~re.IGNORECASE or out and add & re.IGNORECASE:
                    return None
                found = walk(body, ignore_case or bool(add & re.IGNORECASE))
                if found is None:
                    return None
                out += found[0]
                if not found[2]:
                    return out, found[1], False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                found = walk(av[2], ignore_case)
                if found is None or found[1] != ignore_case:
                    return None
                out += found[0]
                if av[0] > 0 and not found[2]:
                    return out, ignore_case, False
            else:
                return None
        return out, ignore_case, True  # everything was optional: the match may be empty

    found = walk(_parser.parse(pattern), False)
    return None if found is None or found[2] or not found[0] else (found[0], found[1])


def class_body(items: list[ClassItem]) -> str:
    """The items of :func:`first_class` written as the inside of a regex class."""
    out = []
    for item in items:
        if item[0] == "char":
            out.append(re.escape(item[1]))
        elif item[0] == "range":
            out.append(f"{re.escape(item[1])}-{re.escape(item[2])}")
        else:
            out.append(item[1])
    return "".join(dict.fromkeys(out))


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None when that is not a short
    list (a class like ``\\w``, a negated class, ``.``, an empty match, a back-reference, a flag).

    >>> sorted(first_chars(r"(?:千瓦时?|平方米|成(?!\\d))"))
    ['千', '平', '成']
    >>> first_chars(r"[^，]{2}") is None
    True
    """
    found = first_class(pattern)
    if found is None or found[1]:
        return None
    out: set[str] = set()
    for item in found[0]:
        if item[0] == "char":
            out.add(item[1])
        elif item[0] == "range" and ord(item[2]) - ord(item[1]) < 256:
            out.update(chr(x) for x in range(ord(item[1]), ord(item[2]) + 1))
        else:
            return None
    return frozenset(out)


def skipping(pattern: str) -> str:
    """``(?=[C])(?:A)`` written as ``[C](?<=(?=(?:A)).)``: a match is found at the same places,
    but a search skips to the class with the regex engine's class scan instead of trying the
    lookahead at every character. The match is that one character: for tests of presence
    (``search(...) is not None``). Any other pattern is returned as it is.

    >>> skipping("(?=[增降])(?:增长|下降)")
    '[增降](?<=(?=(?:增长|下降)).)'
    """
    k = pattern.find("])")
    if not pattern.startswith("(?=[") or k < 0:
        return pattern
    cls = pattern[3:k + 1]
    if "]" in cls[1:-1] or "\\" in cls or re.fullmatch(cls, "\n"):
        return pattern  # a class this simple reading might cut wrongly, or one "." would not match
    return f"{cls}(?<=(?={pattern[k + 2:]}).)"


def ahead(group: str) -> str:
    """``group`` behind a lookahead on its first characters, where they are known: a long
    alternation (the units) is then tried only where one of them stands. Same matches."""
    first = first_chars(group)
    if first is None:
        return group
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])" + group
