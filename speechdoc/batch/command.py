"""``speechdoc batch INPUT... --out DIR``: a corpus into Parquet (or JSON Lines) tables.

Registered by :mod:`speechdoc.cli`; the work is done by :func:`speechdoc.batch.writer.write_dataset`.
Every file gets a ``documents`` row; a file that fails prints ``speechdoc: FILE: error: …``
(above the progress bar) and makes the exit status 1; the batch always goes on.
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from .progress import Bar
from .workers import DEFAULT_TIMEOUT

__all__ = ["add_command"]


def add_command(sub: Any) -> None:
    pb = sub.add_parser(
        "batch", help="parse a corpus into Parquet tables",
        description="Parse files, folders (recursively) and @lists of paths into the tables documents, speeches, "
                    "nodes, metrics, paragraphs and diagnostics under --out (see docs/batch.md).")
    pb.add_argument("inputs", nargs="+", metavar="INPUT", help="a file, a folder, or @list.txt (one path a line; @- reads the list from stdin)")
    pb.add_argument("-o", "--out", required=True, metavar="DIR", help="the output folder (one subfolder a table)")
    pb.add_argument("--glob", default="*", help="in folders, only files whose name matches (default: every file)")
    pb.add_argument("--format", choices=["parquet", "jsonl"], default="parquet")
    pb.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="local: a process pool (default); dask: a Dask cluster")
    pb.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: a running scheduler "
                                                           "(default: a LocalCluster on this machine)")
    pb.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: the cores)")
    pb.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help=f"seconds one document may take before it is stopped (default {DEFAULT_TIMEOUT:g})")
    pb.add_argument("--memory-limit", type=float, metavar="MB",
                    help="megabytes a worker may grow by; a document past it is an error (default: no limit)")
    pb.add_argument("--resume", action="store_true", help="go on with an output folder: skip files already in it")
    pb.add_argument("--part-size", type=int, default=500, help="files per part (a crash loses at most one part)")
    pb.add_argument("--encoding", help="decode with this encoding instead of detecting it")
    pb.add_argument("--simplified", action="store_true", help="text in simplified script")
    pb.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")
    pb.add_argument("-q", "--quiet", action="store_true", help="no error lines and no summary")
    pb.set_defaults(func=_cmd_batch)


def _cmd_batch(a: argparse.Namespace) -> int:
    from . import expand_inputs
    from .writer import write_dataset

    paths = expand_inputs(a.inputs, a.glob)
    with Bar(len(paths), force=a.progress) as bar:
        def on_file(row: dict[str, Any]) -> None:
            bar.update(chars=row["chars"] or 0, error=row["error"] is not None)
            if row["error"] is not None and not a.quiet:
                bar.echo(f"speechdoc: {row['file']}: error: {row['error']}")

        try:
            memory = int(a.memory_limit * 2**20) if a.memory_limit else None
            summary = write_dataset(paths, a.out, format=a.format, engine=a.engine, workers=a.jobs,
                                    timeout=a.timeout, memory_limit=memory, resume=a.resume, part_size=a.part_size,
                                    encoding=a.encoding, simplified=a.simplified, scheduler=a.scheduler,
                                    on_file=on_file, on_plan=bar.set_total)
        except KeyboardInterrupt:
            bar.close()
            print(f"speechdoc: interrupted; the parts written are kept: run the same command with --resume "
                  f"to go on ({a.out})", file=sys.stderr)
            return 130
    if not a.quiet:
        print(f"speechdoc: {summary}", file=sys.stderr)
    return 1 if summary.errors else 0
