"""A process pool that survives its workers: one bad file is one error, never a lost batch.

:class:`concurrent.futures.ProcessPoolExecutor` ends the whole batch when one worker
dies (``BrokenProcessPool``) and has no time limit per task. Here each worker gets one
item at a time over its own pipe, so whatever happens to it is charged to that item
alone: an exception or a ``MemoryError`` becomes an error for the item (after a
``MemoryError`` the worker is replaced, its heap cannot be trusted), a worker that
crashes or is killed becomes ``worker died (signal 9)`` for the item it held, and an
item over the time budget gets its worker killed and ``took longer than …``. A fresh
worker takes over and the batch goes on. Results come back in input order.

>>> list(run_pool(len, ["ab", "c", None], workers=1))
[Outcome(index=0, value=2, error=None), Outcome(index=1, value=1, error=None), Outcome(index=2, value=None, error="TypeError: object of type 'NoneType' has no len()")]
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

__all__ = ["Outcome", "run_pool", "describe_exception", "can_start_workers", "safe_start_method", "default_workers", "DEFAULT_TIMEOUT"]

T = TypeVar("T")
R = TypeVar("R")

#: seconds one document may take before its worker is stopped (a real speech takes < 1 s)
DEFAULT_TIMEOUT = 300.0


@dataclass(frozen=True, slots=True)
class Outcome(Generic[R]):
    index: int
    value: R | None
    error: str | None = None


def describe_exception(e: BaseException) -> str:
    """One line for an unexpected exception: its type and message, no traceback."""
    if isinstance(e, MemoryError):
        return "out of memory"
    text = " ".join(str(e).split())
    if len(text) > 300:
        text = text[:300] + "…"
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


_READY = ("ready",)


def _limit_memory(extra: int) -> None:
    """Let this process grow by at most ``extra`` bytes of address space: past it,
    allocations fail with ``MemoryError`` (charged to the item) instead of the machine swapping."""
    try:
        import resource

        with open("/proc/self/statm") as f:
            now = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        soft = now + extra if hard == resource.RLIM_INFINITY else min(now + extra, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    except (ImportError, OSError, ValueError):  # not Linux: no limit
        pass


def _serve(fn: Callable[[Any], Any], conn: Connection, memory_limit: int | None = None) -> None:
    """A worker's loop: take an item, send back ``(index, ok, value or error)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if memory_limit:
        _limit_memory(memory_limit)
    try:
        conn.send(_READY)  # the time budget starts now, not while a spawned worker imports
    except OSError:
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if task is None:
            return
        index, item = task
        fatal = False
        try:
            msg = (index, True, fn(item))
        except MemoryError:
            msg, fatal = (index, False, "out of memory"), True
        except Exception as e:  # noqa: BLE001 - anything a document does is charged to that document
            msg = (index, False, describe_exception(e))
        try:
            conn.send(msg)
        except Exception as e:  # noqa: BLE001 - an unpicklable or too-large result
            # pickling a result near the memory limit is the document's own want of memory;
            # the worker's heap is then spent, so it is replaced, as after any MemoryError
            said = "out of memory" if isinstance(e, MemoryError) else \
                f"result could not be sent back: {describe_exception(e)}"
            fatal = fatal or isinstance(e, MemoryError)
            try:
                conn.send((index, False, said))
            except Exception:  # noqa: BLE001
                return
        if fatal:
            return


def _context(start_method: str | None) -> Any:
    # fork starts a worker in milliseconds with speechdoc already imported; elsewhere spawn
    ctx = mp.get_context(start_method or ("fork" if "fork" in mp.get_all_start_methods() else "spawn"))
    if ctx.get_start_method() == "forkserver":  # the server imports speechdoc once; workers fork from it
        ctx.set_forkserver_preload(["speechdoc.batch", "speechdoc.pipeline", "speechdoc.batch.dataset"])
    return ctx


def safe_start_method() -> str:
    """A start method for a threaded process (a Dask worker), where fork is unsafe."""
    return "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"


def can_start_workers() -> bool:
    """False in a daemonic process (a Dask worker, a pool's worker), which may not have children."""
    return not mp.current_process().daemon


class _Worker:
    def __init__(self, ctx: Any, fn: Callable[[Any], Any], memory_limit: int | None = None) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_serve, args=(fn, child, memory_limit), daemon=True)
        self.proc.start()
        child.close()
        self.queue: deque[tuple[int, Any]] = deque()  # items sent and not answered, in order
        self.deadline = float("inf")  # of the item at the head of the queue, the one being parsed
        self.ready = False  # the worker has started (its first item's budget runs from then)

    def give(self, index: int, item: Any, timeout: float | None) -> None:
        self.conn.send((index, item))
        if not self.queue and self.ready:
            self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.queue.append((index, item))

    def stop(self, kill: bool = False) -> None:
        if self.proc.is_alive():
            if kill:
                self.proc.kill()
            else:
                try:
                    self.conn.send(None)
                except OSError:
                    self.proc.kill()
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _death(proc: Any) -> str:
    code = proc.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"worker died ({name}) while parsing this file"
    return f"worker died (exit status {code}) while parsing this file"


_DEPTH = 2  # items sent to a worker at once


def _collect(w: _Worker, ready: set[Any], done: dict[int, Outcome[Any]], timeout: float | None) -> bool:
    """Take a worker's answers; charge a death or a time-out to the item it was parsing.

    True when the worker must be replaced (it died, overran, or ran out of memory).
    """
    if w.conn in ready:
        try:
            while w.conn.poll():
                msg = w.conn.recv()
                if msg == _READY:
                    w.ready = True
                    if w.queue:
                        w.deadline = time.monotonic() + timeout if timeout else float("inf")
                    continue
                if not w.queue:
                    break
                got, ok, value = msg
                index = w.queue[0][0]
                if got != index:
                    continue
                w.queue.popleft()
                done[index] = Outcome(index, value, None) if ok else Outcome(index, None, value)
                w.deadline = time.monotonic() + timeout if timeout else float("inf")
                if not ok and value == "out of memory":  # its heap cannot be trusted
                    return True
        except (EOFError, OSError):  # the worker died mid-answer
            w.proc.join(timeout=1)
    if not w.queue:
        return False
    index = w.queue[0][0]
    if w.proc.sentinel in ready or not w.proc.is_alive():
        w.proc.join(timeout=1)
        done[index] = Outcome(index, None, _death(w.proc))
    elif time.monotonic() >= w.deadline:
        done[index] = Outcome(index, None, f"took longer than the time budget of {timeout:g} s; stopped")
    else:
        return False
    w.queue.popleft()
    return True


def run_pool(fn: Callable[[T], R], items: Iterable[T], *, workers: int = 1, timeout: float | None = DEFAULT_TIMEOUT,
             window: int | None = None, start_method: str | None = None,
             memory_limit: int | None = None) -> Iterator[Outcome[R]]:
    """``fn(item)`` for each item in ``workers`` processes, yielded in input order.

    ``timeout`` is the budget of one item in seconds (None: no limit). At most
    ``window`` items are in flight or waiting to be yielded, so memory stays bounded
    behind a slow item. Closing the iterator stops the workers. ``start_method``: the
    multiprocessing one (default fork where there is fork; see :func:`safe_start_method` for a threaded process).
    ``memory_limit``: bytes a worker may grow by (Linux); an item past it is ``out of memory``.
    """
    todo: deque[tuple[int, T]] = deque(enumerate(items))
    if not todo:
        return
    workers = max(1, min(workers, len(todo)))
    window = window or workers * 8
    ctx = _context(start_method)
    pool: list[_Worker] = []
    done: dict[int, Outcome[R]] = {}
    next_out = 0
    try:
        pool = [_Worker(ctx, fn, memory_limit) for _ in range(workers)]
        while todo or any(w.queue for w in pool) or next_out in done:
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            for k, w in enumerate(pool):
                # two items a worker: the next one waits in its pipe, so it never idles while we write
                while len(w.queue) < _DEPTH and todo and todo[0][0] < next_out + window:
                    if not w.queue and not w.proc.is_alive():
                        w.stop(kill=True)
                        pool[k] = w = _Worker(ctx, fn, memory_limit)
                    index, item = todo.popleft()
                    try:
                        w.give(index, item, timeout)
                    except OSError:  # the worker has just died: the wait below finds out on what
                        todo.appendleft((index, item))
                        break
                    except Exception as e:  # noqa: BLE001 - an item that cannot be pickled
                        done[index] = Outcome(index, None, f"could not be sent to a worker: {describe_exception(e)}")
                        break
            busy = [w for w in pool if w.queue]
            if not busy:
                continue
            wait_for = min(w.deadline for w in busy) - time.monotonic()
            ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy],
                             timeout=max(0.0, min(wait_for, 3600.0))))
            for w in busy:
                if _collect(w, ready, done, timeout):  # the worker is gone or cannot be trusted
                    todo.extendleft(reversed(w.queue))  # what it had not started goes to another
                    w.queue.clear()
                    w.stop(kill=True)  # a fresh worker takes its place when there is work for it
    finally:
        for w in pool:
            try:
                w.stop(kill=True)
            except Exception:  # noqa: BLE001 - cleaning up must not hide the real error
                pass


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1
