"""A progress line on standard error for batch commands, without a dependency.

Shown only when standard error is a terminal (or when asked), so logs and pipes stay
clean; it never writes to standard output.

>>> import io
>>> err = io.StringIO()
>>> for name in progress(["a.txt", "b.txt"], stream=err, force=True):
...     pass
>>> err.getvalue().split("\\r")[-2:]
['[2/2] b.txt', '\\x1b[2K']
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO, TypeVar

__all__ = ["progress"]

T = TypeVar("T")


def progress(items: Iterable[T], *, total: int | None = None, stream: TextIO | None = None,
             force: bool = False, label: Callable[[T], str] = str, min_items: int = 2) -> Iterator[T]:
    """Yield ``items``, drawing ``[k/n] label`` on one line of ``stream`` (stderr)."""
    out = stream if stream is not None else sys.stderr
    n = total if total is not None else len(items)  # type: ignore[arg-type]
    show = force or (n >= min_items and getattr(out, "isatty", lambda: False)())
    last = 0.0
    for k, item in enumerate(items, 1):
        now = time.monotonic()
        if show and (force or now - last > 0.1 or k == n):
            out.write(f"\r[{k}/{n}] {label(item)}"[:200])
            out.flush()
            last = now
        yield item
    if show:
        out.write("\r\x1b[2K")
        out.flush()
