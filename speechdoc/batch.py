"""Parse many files in one process or a pool of them, never one process per document.

Each worker process imports speechdoc once and parses a stream of files; what crosses
the process boundary is text (the rendered output), not pydantic trees, so a pool
scales with the cores. Order is kept.

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> for name, text in [("a.txt", "一、甲\\n二、乙"), ("b.txt", "（一）丙")]:
...     with open(os.path.join(d, name), "w", encoding="utf-8") as f:
...         _ = f.write(text)
>>> for r in render_many([os.path.join(d, n) for n in ("a.txt", "b.txt", "c.txt")], "tree"):  # doctest: +ELLIPSIS
...     print(os.path.basename(r.name), r.error or r.output.splitlines()[1:])
a.txt ['  一、 甲', '  二、 乙']
b.txt ['  （一） 丙']
c.txt no such file: ...c.txt
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from .errors import SpeechdocError, UsageError

__all__ = ["Rendered", "render_many", "FORMATS"]

FORMATS = ("json", "jsonl", "tree", "markdown")


@dataclass(frozen=True, slots=True)
class Rendered:
    name: str
    output: str | None  # the Document rendered in the asked format; None on error
    error: str | None = None
    diagnostics: list[str] = field(default_factory=list)


def _render_one(args: tuple[str, str, str | None, bool, bool]) -> Rendered:
    name, fmt, encoding, simplified, pretty = args
    from .load import read_path
    from .pipeline import parse
    from .render import to_markdown, to_tree

    try:
        data = read_path(name)
        doc = parse(data, encoding=encoding, script="simplified" if simplified else "source", path=name)
    except SpeechdocError as e:
        return Rendered(name, None, str(e))
    if fmt in ("json", "jsonl"):
        out = doc.model_dump_json(indent=2 if pretty and fmt == "json" else None)
    elif fmt == "tree":
        out = to_tree(doc)
    else:
        out = to_markdown(doc)
    diags = [f"{d.severity}: {d.code}" + (f" at {d.span[0]}-{d.span[1]}" if d.span else "") + f": {d.message}"
             for d in doc.diagnostics]
    return Rendered(name, out, None, diags)


def render_many(names: Sequence[str] | Iterable[str], fmt: str, *, jobs: int = 1, encoding: str | None = None,
                simplified: bool = False, pretty: bool = False) -> Iterator[Rendered]:
    """Parse and render each file, in order; ``jobs`` > 1 spreads the files over processes."""
    if fmt not in FORMATS:
        raise UsageError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if jobs < 1:
        raise UsageError(f"jobs must be at least 1, not {jobs}")
    tasks = [(n, fmt, encoding, simplified, pretty) for n in names]
    if jobs == 1 or len(tasks) < 2:
        yield from map(_render_one, tasks)
        return
    jobs = min(jobs, os.cpu_count() or 1, len(tasks))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_render_one, tasks, chunksize=max(1, min(64, len(tasks) // (jobs * 4))))
