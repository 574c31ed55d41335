"""The Dask engine: chunks of files parsed on a cluster, tables written by Dask's Parquet writer.

Each task parses a chunk of files and returns Arrow tables (never pydantic objects);
each chunk becomes one part of every table, named like the local engine's parts, so
``--resume`` works the same on both. Without a scheduler address a ``LocalCluster``
of ``workers`` single-threaded processes is started and stopped with the batch.

Each chunk is parsed in a child process of the Dask worker (see :func:`parse_chunk`),
so a document that crashes, runs out of memory or over its time budget is one error
row, as on the local engine. On a cluster whose workers are daemonic (Dask's default,
``distributed.worker.daemon``) a child cannot be started: there an exception or a
``MemoryError`` is still charged to its document, but the time budget is not enforced.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import Any

from .dataset import SCHEMAS, TABLES, to_arrow, to_columns
from ..errors import MissingDependencyError
from .store import part_name

__all__ = ["write_parquet", "map_chunks", "cluster_client"]

_INSTALL = "--engine dask needs dask and distributed: run `pip install 'speechdoc[dask]'`"


def _require() -> None:
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise MissingDependencyError(_INSTALL) from None


@contextlib.contextmanager
def cluster_client(workers: int, scheduler: Any = None) -> Iterator[Any]:
    """A ``distributed.Client``: the given one, one connected to an address, or a LocalCluster's."""
    _require()
    from distributed import Client, LocalCluster

    if scheduler is not None and not isinstance(scheduler, str):
        yield scheduler  # a Client the caller owns
        return
    if scheduler:
        with Client(scheduler, timeout="30s") as client:
            yield client
        return
    import dask

    with dask.config.set({"distributed.worker.daemon": False}), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                         silence_logs=40) as cluster, Client(cluster) as client:  # not daemonic: see parse_chunk
        yield client


def _chunks(tasks: list[Any], size: int) -> list[list[Any]]:
    return [tasks[i:i + size] for i in range(0, len(tasks), size)]


def parse_chunk(tasks: list[tuple[str, Any]], timeout: float | None = None,
                memory_limit: int | None = None) -> dict[str, Any]:
    """Arrow tables of a chunk of files: a file that fails is a ``documents`` row with its error.

    Where the Dask worker may start a process (not daemonic), the chunk is parsed in a
    child from a fork server (the worker is threaded: no plain fork), so a crash, a
    ``MemoryError`` or a document over ``timeout`` is charged to that file as on the
    local engine (:func:`speechdoc.batch.run_guarded`).
    """
    from . import _tables_task, run_guarded
    from .dataset import error_rows

    return to_arrow(run_guarded(_tables_task, tasks, timeout, lambda name, e: to_columns(error_rows(name, e)),
                                memory_limit))


def _pandas(tables: dict[str, Any], table: str) -> Any:
    import pandas as pd

    return tables[table].to_pandas(types_mapper=pd.ArrowDtype)


def _numbered_from(first: int) -> Callable[[int], str]:
    return lambda i: part_name(first + i, "parquet")


def _documents(tables: dict[str, Any]) -> list[dict[str, Any]]:
    return tables["documents"].to_pylist()


def map_chunks(fn: Callable[..., list[Any]], tasks: list[Any], *args: Any, workers: int, scheduler: Any = None,
               chunk_size: int = 50) -> Iterator[list[Any]]:
    """``fn(chunk, *args)`` over chunks of ``tasks`` on Dask, results in input order."""
    with cluster_client(workers, scheduler) as client:
        futures = [client.submit(fn, chunk, *args, pure=False) for chunk in _chunks(tasks, chunk_size)]
        for f in futures:
            yield f.result()


def write_parquet(tasks: list[tuple[str, Any]], out_dir: str, *, first_part: int, part_size: int, workers: int,
                  scheduler: Any = None, timeout: float | None = None, memory_limit: int | None = None,
                  on_document: Callable[[dict[str, Any]], None] | None = None) -> int:
    """Parse ``tasks`` on Dask and write every table with ``dask.dataframe.to_parquet``; the parts written."""
    _require()
    import dask
    import dask.dataframe as dd
    from distributed import as_completed

    chunks = _chunks(tasks, part_size)
    window = max(8, 4 * workers)  # chunks in the cluster at once: its memory holds no more than these
    with cluster_client(workers, scheduler) as client:
        for g in range(0, len(chunks), window):
            parts = [client.submit(parse_chunk, chunk, timeout, memory_limit, pure=False)
                     for chunk in chunks[g:g + window]]
            writes = []
            for t in TABLES:
                frames = [dask.delayed(_pandas)(p, t) for p in parts]
                ddf = dd.from_delayed(frames, meta=_pandas({t: SCHEMAS[t].empty_table()}, t), verify_meta=False)
                writes.append(ddf.to_parquet(os.path.join(out_dir, t), schema=SCHEMAS[t], write_index=False,
                                             name_function=_numbered_from(first_part + g),
                                             write_metadata_file=False, compute=False, compression="zstd"))
            written = client.compute(writes)
            if on_document is not None:
                for f in as_completed([client.submit(_documents, p, pure=False) for p in parts]):
                    for row in f.result():
                        on_document(row)
            client.gather(written)
    return len(chunks)
