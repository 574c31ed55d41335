"""Parse many files in a pool of processes that never loses a file; write them as tables.

Each worker imports speechdoc once and parses a stream of files; what crosses the
process boundary is text or Arrow tables, never pydantic trees. Results come in input
order whatever the number of workers. A file that cannot be read or parsed, a worker
that dies, a document over its time budget: each is one error for that file, and the
batch goes on (:mod:`speechdoc.batch.workers`).

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> for name, text in [("a.txt", "一、甲\\n二、乙"), ("b.txt", "（一）丙")]:
...     with open(os.path.join(d, name), "w", encoding="utf-8") as f:
...         _ = f.write(text)
>>> for r in render_many([os.path.join(d, n) for n in ("a.txt", "b.txt", "c.txt")], "tree"):  # doctest: +ELLIPSIS
...     print(os.path.basename(r.name), r.error or r.output.splitlines()[1:])
a.txt ['  一、 甲', '  二、 乙']
b.txt ['  （一） 丙']
c.txt no such file
>>> [(os.path.basename(p.path), p.error or len(p.document.speeches)) for p in parse_many(expand_inputs([d]))]
[('a.txt', 1), ('b.txt', 1)]
"""
from __future__ import annotations

import errno
import fnmatch
import functools
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError, SpeechdocError, UsageError
from .workers import DEFAULT_TIMEOUT, default_workers, describe_exception, run_pool

if TYPE_CHECKING:
    from ..document.model import Document

__all__ = ["Rendered", "Parsed", "render_many", "parse_many", "to_parquet", "expand_inputs", "read_input",
           "FORMATS", "ENGINES", "DEFAULT_TIMEOUT"]

FORMATS = ("json", "jsonl", "tree", "markdown")
ENGINES = ("local", "dask")


@dataclass(frozen=True, slots=True)
class Rendered:
    name: str
    output: str | None  # the Document rendered in the asked format; None on error
    error: str | None = None
    diagnostics: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Parsed:
    """One input of :func:`parse_many`: its Document, or why there is none."""

    path: str
    json: str | None  # the Document as JSON, as it crossed the process boundary
    error: str | None = None

    @property
    def document(self) -> Document | None:
        from ..document.model import Document

        return Document.model_validate_json(self.json) if self.json is not None else None


# -- inputs ------------------------------------------------------------------------------------------

def expand_inputs(inputs: Iterable[str | os.PathLike[str]], glob: str = "*") -> list[str]:
    """Files, folders (walked, files matching ``glob``, sorted) and ``@list.txt`` (one path a line;
    ``@-``: the list on standard input).

    Symbolic links to folders are not followed (no loops); every file found is kept,
    readable or not, so the batch can account for it.
    """
    out: list[str] = []
    for item in inputs:
        arg = os.fspath(item)
        if arg == "@-":  # the list on standard input: find … | speechdoc batch @- --out DIR
            out.extend(_listed(sys.stdin))
        elif arg.startswith("@") and not os.path.exists(arg):
            try:
                with open(arg[1:], encoding="utf-8") as f:
                    out.extend(_listed(f))
            except (OSError, UnicodeDecodeError) as e:
                raise UsageError(f"cannot read the list {arg[1:]}: {getattr(e, 'strerror', None) or e}") from None
        elif os.path.isdir(arg) and not os.path.islink(arg):
            found: list[str] = []

            def unlisted(e: OSError) -> None:  # a folder that cannot be listed is reported, not skipped
                found.append(e.filename)

            for root, dirs, files in os.walk(arg, onerror=unlisted):
                dirs.sort()
                found.extend(os.path.join(root, n) for n in sorted(files) if fnmatch.fnmatch(n, glob))
            out.extend(found)
        else:
            out.append(arg)
    return list(dict.fromkeys(out))


def _listed(lines: Iterable[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


_KINDS = [(stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]


def read_input(path: str) -> bytes:
    """The bytes of a regular file, or an :class:`InputError` saying why not (never blocks)."""
    from ..text import load

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        raise InputError(_os_reason(path, e)) from None
    try:
        st = os.fstat(fd)
        for test, kind in _KINDS:
            if test(st.st_mode):
                hint = " (for standard input, give -)" if test in (stat.S_ISFIFO, stat.S_ISCHR) else ""
                raise InputError(f"{kind}, not a file{hint}")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return load.read_stream(f, load.MAX_BYTES, name="the file")
    except OSError as e:
        raise InputError(_os_reason(path, e)) from None
    finally:
        os.close(fd)


def _os_reason(path: str, e: OSError) -> str:
    """Why a file cannot be read, without its name (the error line and the table row carry it)."""
    reasons = {errno.ENOENT: "no such file", errno.ELOOP: "too many levels of symbolic links (a loop?)",
               errno.EACCES: "permission denied", errno.EPERM: "permission denied",
               errno.EISDIR: "a directory, not a file", errno.ENAMETOOLONG: "file name too long",
               errno.ENOTDIR: "a part of the path is not a folder"}
    return reasons.get(e.errno, f"cannot read: {e.strerror or e}")  # type: ignore[arg-type]


# -- work done in a worker ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Options:
    encoding: str | None = None
    simplified: bool = False
    fmt: str = "tables"  # "tables", "document", or a render format
    pretty: bool = False


def _parse(path: str, opts: _Options, data: bytes | None = None) -> tuple[bytes, Document]:
    from ..pipeline import parse

    data = read_input(path) if data is None else data
    return data, parse(data, encoding=opts.encoding, script="simplified" if opts.simplified else "source", path=path)


def _tables_task(task: tuple[str, _Options]) -> Any:
    """The table columns of one file; a file that fails is a ``documents`` row with its error."""
    from .dataset import document_rows, error_rows, to_columns

    path, opts = task
    data: bytes | None = None
    try:
        data = read_input(path)
        rows = document_rows(_parse(path, opts, data)[1], data, path)
    except SpeechdocError as e:
        rows = error_rows(path, str(e), data)
    return to_columns(rows)


def _render_task(task: tuple[str, _Options]) -> Rendered:
    name, opts = task
    from ..document.render import to_markdown, to_tree

    try:
        _, doc = _parse(name, opts)
    except SpeechdocError as e:
        return Rendered(name, None, str(e))
    if opts.fmt in ("json", "jsonl"):
        out = doc.model_dump_json(indent=2 if opts.pretty and opts.fmt == "json" else None)
    elif opts.fmt == "tree":
        out = to_tree(doc)
    else:
        out = to_markdown(doc)
    diags = [f"{d.severity}: {d.code}" + (f" at {d.span[0]}-{d.span[1]}" if d.span else "") + f": {d.message}"
             for d in doc.diagnostics]
    return Rendered(name, out, None, diags)


def _document_task(task: tuple[str, _Options]) -> Parsed:
    path, opts = task
    try:
        return Parsed(path, _parse(path, opts)[1].model_dump_json())
    except SpeechdocError as e:
        return Parsed(path, None, str(e))


def _in_process(fn: Any, task: tuple[str, _Options]) -> Any:
    try:
        return fn(task)
    except Exception as e:  # noqa: BLE001 - one file never ends a batch
        return describe_exception(e)


def run_guarded(fn: Any, tasks: list[tuple[str, _Options]], timeout: float | None, failed: Any,
                memory_limit: int | None = None) -> list[Any]:
    """``fn`` over a chunk of tasks inside a Dask worker: in a child from a fork server where
    this process may have children (a crash or a time-out is one file's error), else here."""
    from .workers import can_start_workers, safe_start_method

    if can_start_workers():
        return [o.value if o.error is None else failed(tasks[o.index][0], o.error)
                for o in run_pool(fn, tasks, workers=1, timeout=timeout, start_method=safe_start_method(),
                                  memory_limit=memory_limit)]
    return [failed(t[0], r) if isinstance(r := _in_process(fn, t), str) else r for t in tasks]


def _run(fn: Any, tasks: list[tuple[str, _Options]], workers: int, timeout: float | None,
         failed: Any, memory_limit: int | None = None) -> Iterator[Any]:
    """``fn`` over ``tasks`` in order; ``failed(name, error)`` stands in for a file whose worker failed."""
    if len(tasks) == 1 and workers == 1 and timeout is None and memory_limit is None:
        r = _in_process(fn, tasks[0])
        yield failed(tasks[0][0], r) if isinstance(r, str) else r
        return
    _warm_up()
    for o in run_pool(fn, tasks, workers=workers, timeout=timeout, memory_limit=memory_limit):
        yield o.value if o.error is None else failed(tasks[o.index][0], o.error)


@functools.cache
def _warm_up() -> None:
    """Parse a line here once, so forked workers inherit the grammars and tables built lazily
    (each would build them again, on its first document's time budget)."""
    from ..pipeline import parse

    try:
        parse("一、发展经济\n（一）扩大消费，增长5%。")
    except Exception:  # noqa: BLE001 - only a head start; each document is guarded in its worker
        pass


def _check(workers: int | None, timeout: float | None) -> int:
    if workers is not None and workers < 1:
        raise UsageError(f"jobs must be at least 1, not {workers}")
    if timeout is not None and not timeout > 0:
        raise UsageError(f"the time budget must be a positive number of seconds, not {timeout}")
    return workers or default_workers()


# -- the API -----------------------------------------------------------------------------------------

def render_many(names: Sequence[str] | Iterable[str], fmt: str, *, jobs: int = 1, encoding: str | None = None,
                simplified: bool = False, pretty: bool = False,
                timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[Rendered]:
    """Parse and render each file, in order; ``jobs`` processes, ``timeout`` seconds per file."""
    if fmt not in FORMATS:
        raise UsageError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    jobs = _check(jobs, timeout)
    opts = _Options(encoding, simplified, fmt, pretty)
    tasks = [(os.fspath(n), opts) for n in names]
    if len(tasks) == 1 and jobs == 1:  # one file: no process to start, and no budget to enforce
        timeout = None
    return _run(_render_task, tasks, jobs, timeout, lambda n, e: Rendered(n, None, e))


def parse_many(paths: Iterable[str | os.PathLike[str]], *, engine: str = "local", workers: int | None = None,
               encoding: str | None = None, simplified: bool = False, timeout: float | None = DEFAULT_TIMEOUT,
               memory_limit: int | None = None, scheduler: str | None = None) -> Iterator[Parsed]:
    """Parse files in input order, yielding a :class:`Parsed` (its ``document`` or ``error``) for each.

    ``engine="local"`` uses ``workers`` processes (default: the cores); ``engine="dask"``
    sends chunks of files to a Dask cluster (``scheduler`` address, or a LocalCluster).
    ``timeout`` (seconds) and ``memory_limit`` (bytes a worker may grow by) bound each
    document: past them it is an error, and the batch goes on.
    """
    if engine not in ENGINES:
        raise UsageError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    n = _check(workers, timeout)
    opts = _Options(encoding, simplified, "document")
    tasks = [(os.fspath(p), opts) for p in paths]
    if engine == "dask":
        from .dask_engine import map_chunks

        for chunk in map_chunks(_document_chunk, tasks, timeout, memory_limit, workers=n, scheduler=scheduler):
            yield from chunk
        return
    yield from _run(_document_task, tasks, n, timeout, lambda p, e: Parsed(p, None, e), memory_limit)


def _document_chunk(tasks: list[tuple[str, _Options]], timeout: float | None,
                    memory_limit: int | None) -> list[Parsed]:
    return run_guarded(_document_task, tasks, timeout, lambda p, e: Parsed(p, None, e), memory_limit)


def to_parquet(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str], **options: Any) -> Any:
    """Parse files into the six tables under ``out_dir``; see :func:`speechdoc.batch.writer.write_dataset`."""
    from .writer import write_dataset

    return write_dataset(paths, out_dir, **options)
