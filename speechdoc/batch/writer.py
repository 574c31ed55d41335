"""Write a batch as a dataset of parts: local process pool or Dask, resumable.

Files are taken in input order and grouped into parts of ``part_size`` files (fewer
when a part's tables pass ``part_bytes``), so the output is the same whatever the
number of workers. A part is written only when whole; a crash or Ctrl-C loses at most
the part in flight, and ``resume=True`` skips every file whose content hash (or, for a
file that could not be read, whose name) is already in ``documents``.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import ENGINES, _check, _Options, _run, _tables_task, read_input
from .dataset import Columns, content_hash, error_rows, file_label, to_arrow, to_columns
from ..errors import InputError, UsageError
from .store import open_output, write_part
from .workers import DEFAULT_TIMEOUT, describe_exception

__all__ = ["Summary", "write_dataset"]


@dataclass
class Summary:
    """What a batch did, for the line printed at its end."""

    out: str
    files: int = 0  # files parsed or failed in this run
    skipped: int = 0  # files already in the output (resume)
    errors: int = 0
    speeches: int = 0
    nodes: int = 0
    metrics: int = 0
    chars: int = 0
    parts: int = 0
    seconds: float = 0.0

    def add(self, doc: dict[str, Any]) -> None:
        self.files += 1
        self.errors += doc["error"] is not None
        self.speeches += doc["n_speeches"] or 0
        self.nodes += doc["n_nodes"] or 0
        self.metrics += doc["n_metrics"] or 0
        self.chars += doc["chars"] or 0

    def __str__(self) -> str:
        rate = self.files / self.seconds if self.seconds > 0 else 0.0
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return (f"{self.files} files ({self.errors} errors{skipped}): {self.speeches} speeches, {self.nodes} nodes, "
                f"{self.metrics} metrics in {self.seconds:.1f} s ({rate:.1f} files/s) → {self.out}")


def _todo(names: list[str], hashes: set[str], error_files: set[str]) -> tuple[list[str], int]:
    todo: list[str] = []
    for name in names:
        if file_label(name) in error_files:
            continue
        try:
            if content_hash(read_input(name)) in hashes:
                continue
        except InputError:
            pass  # the worker reports it
        todo.append(name)
    return todo, len(names) - len(todo)


def _tables(buffer: list[Columns]) -> dict[str, Any]:
    """The part's Arrow tables; a file whose values Arrow refuses becomes an error row, not a lost part."""
    try:
        return to_arrow(buffer)
    except Exception:  # noqa: BLE001 - find the file at fault
        kept = []
        for cols in buffer:
            try:
                to_arrow([cols])
                kept.append(cols)
            except Exception as e:  # noqa: BLE001
                name = cols["documents"]["file"][0]
                kept.append(to_columns(error_rows(name, f"its rows could not be stored: {describe_exception(e)}")))
        return to_arrow(kept)


def _text_size(cols: Columns) -> int:
    """About the bytes a file adds to a part: its text columns (UTF-8 Chinese is 3 bytes a char)."""
    return 3 * sum(len(v) for t in ("nodes", "paragraphs", "metrics") for v in cols[t]["text"] if v)


def write_dataset(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
                  format: str = "parquet", engine: str = "local", workers: int | None = None,
                  timeout: float | None = DEFAULT_TIMEOUT, memory_limit: int | None = None,
                  resume: bool = False, part_size: int = 500,
                  part_bytes: int = 64 << 20, encoding: str | None = None, simplified: bool = False,
                  scheduler: str | None = None,
                  on_file: Callable[[dict[str, Any]], None] | None = None,
                  on_plan: Callable[[int], None] | None = None) -> Summary:
    """Parse ``paths`` into the tables under ``out_dir`` (see :mod:`speechdoc.batch.dataset`).

    ``timeout`` (seconds) and ``memory_limit`` (bytes a worker may grow by) bound each
    document: past them it is an error row. ``on_plan(n)`` is told how many files are to be parsed (after ``resume`` skipped the
    done ones); ``on_file(documents_row)`` is called for every file as it is done.
    Returns a :class:`Summary`.
    """
    if engine not in ENGINES:
        raise UsageError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if part_size < 1:
        raise UsageError(f"part size must be at least 1, not {part_size}")
    if engine == "dask" and format != "parquet":
        raise UsageError("--engine dask writes Parquet (Dask's writer); use --engine local for --format jsonl")
    n = _check(workers, timeout)
    started = time.monotonic()
    names = [os.fspath(p) for p in paths]
    done = open_output(out_dir, format, resume=resume)
    todo, skipped = _todo(names, done.hashes, done.error_files) if resume else (names, 0)
    summary = Summary(os.fspath(out_dir), skipped=skipped)
    if on_plan is not None:
        on_plan(len(todo))
    opts = _Options(encoding, simplified, "tables")
    tasks = [(name, opts) for name in todo]

    def seen(row: dict[str, Any]) -> None:
        summary.add(row)
        if on_file is not None:
            on_file(row)

    if engine == "dask":
        from .dask_engine import write_parquet

        summary.parts = write_parquet(tasks, os.fspath(out_dir), first_part=done.next_part, part_size=part_size,
                                      workers=n, scheduler=scheduler, timeout=timeout, memory_limit=memory_limit,
                                      on_document=seen)
    else:
        buffer: list[Columns] = []
        size, number = 0, done.next_part
        results = _run(_tables_task, tasks, n, timeout, lambda name, e: to_columns(error_rows(name, e)), memory_limit)
        try:
            for cols in results:
                seen({name: values[0] for name, values in cols["documents"].items()})
                buffer.append(cols)
                size += _text_size(cols)
                if len(buffer) >= part_size or size >= part_bytes:
                    write_part(out_dir, number, format, _tables(buffer))
                    buffer, size, number = [], 0, number + 1
            if buffer:
                write_part(out_dir, number, format, _tables(buffer))
                number += 1
        finally:
            results.close()
        summary.parts = number - done.next_part
    summary.seconds = time.monotonic() - started
    return summary
