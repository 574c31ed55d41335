"""Batch throughput, scaling, memory per worker and the cost of writing Parquet.

    python benchmarks/bench_batch.py                 # 2,000 speeches, 1 and 2 workers; memory at 500/1000/2000/4000
    python benchmarks/bench_batch.py --n 4000 --sizes 1000 4000

Generates work reports (tests/batch_corpus.py) into a temporary folder, then runs each
measurement in a fresh process (so peak memory is that run's alone):

- ``batch``: ``speechdoc.batch.to_parquet`` end to end, 1 and 2 workers: files/s, chars/s,
  the 2/1 speed-up, and how much of the time went into writing the parts (Parquet, and
  JSON Lines for comparison);
- ``control``: the 2/1 speed-up of the same pool on a pure-CPU task — what the machine
  gives two processes at that moment (on a quiet 2-core machine, about 2x);
- ``memory``: the peak resident memory of the biggest worker (``RUSAGE_CHILDREN``) and of
  the parent, as the corpus grows — flat when nothing accumulates.

The machine is shared: run it when it is quiet, and compare runs made at the same time.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def _one(folder: str, n: int, workers: int, fmt: str) -> dict:
    """One batch in this process: time, time spent writing parts, peak memory."""
    import speechdoc.batch.writer as writer
    from speechdoc.batch import to_parquet

    paths = sorted(str(p) for p in Path(folder).glob("*.txt"))[:n]
    spent = [0.0]
    real = writer.write_part

    def timed(*args, **kw):
        t = time.perf_counter()
        real(*args, **kw)
        spent[0] += time.perf_counter() - t

    writer.write_part = timed
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as out:
        t = time.perf_counter()
        stamps: list[float] = []
        s = to_parquet(paths, out + "/out", workers=workers, format=fmt,
                       on_file=lambda row: stamps.append(time.perf_counter()))
        wall = time.perf_counter() - t
        assert s.files == n and s.errors == 0, s
        size = sum(f.stat().st_size for f in Path(out).rglob("part-*"))
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"n": n, "workers": workers, "format": fmt, "seconds": wall, "write_seconds": spent[0],
            "steady_seconds": stamps[-1] - stamps[0],  # first file done to last: no start-up
            "parent_cpu": me.ru_utime + me.ru_stime, "workers_cpu": kids.ru_utime + kids.ru_stime,
            "chars": s.chars, "metrics": s.metrics, "nodes": s.nodes, "bytes_out": size,
            "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "parent_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _spin(k: int) -> int:
    """A control task: pure CPU, about as long as parsing a speech, nothing to send back."""
    x = 0
    for i in range(k):
        x += i * i
    return x & 1


def _control(items: int = 400, k: int = 200_000) -> float:
    """Speed-up of the same pool on a pure-CPU task: what this machine allows now."""
    from speechdoc.batch.workers import run_pool

    times = []
    for workers in (1, 2):
        t = time.perf_counter()
        for _ in run_pool(_spin, [k] * items, workers=workers):
            pass
        times.append(time.perf_counter() - t)
    return times[0] / times[1]


def _run(folder: str, n: int, workers: int, fmt: str = "parquet") -> dict:
    r = subprocess.run([sys.executable, __file__, "--one", folder, str(n), str(workers), fmt],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout.splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="speeches for the throughput runs (default 2000)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000], help="corpus sizes for memory")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each throughput measurement (best kept)")
    ap.add_argument("--body", type=int, default=20, help="narrative sentences a point (20: about 5 k chars a speech)")
    ap.add_argument("--one", nargs=4, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(_one(a.one[0], int(a.one[1]), int(a.one[2]), a.one[3])))
        return

    with tempfile.TemporaryDirectory(prefix="bench-batch-in-") as folder:
        _measure(a, folder)


def _measure(a: argparse.Namespace, folder: str) -> None:
    from batch_corpus import write_corpus

    biggest = max([a.n, *a.sizes])
    write_corpus(Path(folder), biggest, body=a.body)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in Path(folder).glob("*.txt"))
    print(f"corpus: {biggest} generated speeches, {chars / biggest:.0f} chars each on average; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"\nthroughput, {a.n} speeches (best of {a.repeat}):")
    runs: dict[tuple[int, str], list[dict]] = {}
    for _ in range(a.repeat):  # interleaved, so a change in the machine's load hits every setting alike
        for workers in (1, 2):
            for fmt in ("parquet", "jsonl"):
                runs.setdefault((workers, fmt), []).append(_run(folder, a.n, workers, fmt))
    best = {}
    for workers in (1, 2):
        for fmt in ("parquet", "jsonl"):
            r = best[workers, fmt] = min(runs[workers, fmt], key=lambda r: r["seconds"])
            print(f"  {workers} worker{'s' if workers > 1 else ' '} {fmt:7}: {r['seconds']:6.1f} s  "
                  f"{a.n / r['seconds']:6.1f} files/s  {r['chars'] / r['seconds'] / 1e3:6.0f} k chars/s  "
                  f"writing parts {r['write_seconds']:5.2f} s ({100 * r['write_seconds'] / r['seconds']:4.1f} %)  "
                  f"output {r['bytes_out'] / 1e6:6.1f} MB  cpu: workers {r['workers_cpu']:5.1f} s, "
                  f"parent {r['parent_cpu']:4.1f} s")
    speedup = best[1, "parquet"]["seconds"] / best[2, "parquet"]["seconds"]
    steady = best[1, "parquet"]["steady_seconds"] / best[2, "parquet"]["steady_seconds"]
    print(f"  speed-up 2 workers / 1 (parquet): {speedup:.2f}x {'OK' if speedup >= 1.7 else 'BELOW 1.7x'}"
          f" (load average now {os.getloadavg()[0]:.1f}: other processes take cores too)\n"
          f"  without start-up (first file done to last): {steady:.2f}x\n"
          f"  control, the same pool on a pure-CPU task: {_control():.2f}x")
    print("\npeak memory as the corpus grows (2 workers, parquet):")
    for n in a.sizes:
        r = _run(folder, n, 2)
        print(f"  {n:6} speeches: worker {r['worker_peak_mb']:6.1f} MB  parent {r['parent_peak_mb']:6.1f} MB  "
              f"({r['seconds']:.1f} s)")


if __name__ == "__main__":
    main()
