"""Progress on standard error for batch commands, drawn by tqdm.

Shown only when standard error is a terminal (or when asked with ``force``), so logs
and pipes stay clean; it never writes to standard output. Lines printed with
:func:`echo` while a bar is drawn go above it, so an error never breaks the bar.
Asked for where the stream is not a terminal, progress is whole ``[k/n]`` lines (at
most one a second, and the last), with no carriage return or escape code.

>>> import io
>>> err = io.StringIO()
>>> for name in progress(["a.txt", "b.txt"], stream=err, force=True):
...     pass
>>> err.getvalue()  # not a terminal: whole lines
'[1/2] 0 errors a.txt\\n[2/2] 0 errors b.txt\\n'
>>> with Bar(3, stream=err, force=True) as bar:
...     bar.update(chars=1200)
...     bar.update(error=True)
...     bar.echo("speechdoc: b.txt: error: no such file: b.txt")
>>> err.getvalue().count("speechdoc: b.txt: error: no such file: b.txt")
1
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO, TypeVar

__all__ = ["progress", "Bar", "echo"]

T = TypeVar("T")

_FORMAT = "[{n_fmt}/{total_fmt}] {percentage:3.0f}%|{bar:20}| {rate_fmt} ETA {remaining}{postfix}"
_active: list[Any] = []  # the bars drawn now, so echo() can print above them


def _tqdm(total: int | None, stream: TextIO, show: bool, unit: str) -> Any:
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: workers are forked from this process
    import shutil

    # a terminal that reports 0×0 (some emulators, `script`) gets the usual 80×24, not an empty bar
    size = shutil.get_terminal_size()
    return tqdm(total=total, file=stream, disable=not show, unit=unit, bar_format=_FORMAT,
                ncols=size.columns, nrows=size.lines, mininterval=0.1, leave=False)


class Bar:
    """A bar of files with chars/s and the error count; a context manager."""

    def __init__(self, total: int | None, *, stream: TextIO | None = None, force: bool = False,
                 min_items: int = 2, unit: str = "file") -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.show = force or ((total or 0) >= min_items and _isatty(self.stream))
        # asked for on a log or a pipe: whole lines, no carriage return or escape code (tqdm would redraw)
        self.plain = self.show and not _isatty(self.stream)
        self.bar = _tqdm(total, self.stream, self.show and not self.plain, unit)
        self.total = total
        self.done = 0
        self.said = 0.0
        self.chars = 0
        self.errors = 0
        self.started = time.monotonic()
        _active.append(self)

    def update(self, n: int = 1, *, chars: int = 0, error: bool = False, label: str | None = None) -> None:
        self.chars += chars
        self.errors += error
        self.done += n
        if self.plain:
            now = time.monotonic()
            if now - self.said >= 1.0 or self.done == self.total:
                self.said = now
                print(f"[{self.done}/{self.total or '?'}] {self.errors} error{'s' if self.errors != 1 else ''}"
                      + (f" {label}" if label else ""), file=self.stream, flush=True)
            return
        if self.show:
            rate = self.chars / max(time.monotonic() - self.started, 1e-6)
            post = f" {_si(rate)} chars/s, {self.errors} error{'s' if self.errors != 1 else ''}"
            self.bar.set_postfix_str(post + (f" {label[-40:]}" if label else ""), refresh=False)
        self.bar.update(n)

    def set_total(self, total: int) -> None:
        self.total = total
        self.bar.total = total
        self.bar.refresh()

    def echo(self, line: str) -> None:
        """Print ``line`` on the stream above the bar."""
        if self.show and not self.plain:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def close(self) -> None:
        if self in _active:
            _active.remove(self)
        if self.show and not self.plain:
            self.bar.refresh()  # the last count is drawn even when the batch beat the refresh interval
        self.bar.close()

    def __enter__(self) -> Bar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def echo(line: str, stream: TextIO | None = None) -> None:
    """Print a line on stderr, above the progress bar when one is drawn."""
    if _active and (stream is None or stream is _active[-1].stream):
        _active[-1].echo(line)
    else:
        print(line, file=stream if stream is not None else sys.stderr, flush=True)


def progress(items: Iterable[T], *, total: int | None = None, stream: TextIO | None = None,
             force: bool = False, label: Callable[[T], str] = str, min_items: int = 2) -> Iterator[T]:
    """Yield ``items``, drawing a bar ``[k/n]`` with the current item's label on ``stream`` (stderr)."""
    n = total if total is not None else len(items)  # type: ignore[arg-type]
    with Bar(n, stream=stream, force=force, min_items=min_items) as bar:
        for item in items:
            yield item
            bar.update(label=label(item) if bar.show else None)


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _si(x: float) -> str:
    for unit in ("", "k", "M", "G"):
        if x < 1000:
            return f"{x:.0f}{unit}" if unit == "" else f"{x:.1f}{unit}"
        x /= 1000
    return f"{x:.1f}T"
