"""How long ``import speechdoc`` takes in a fresh interpreter: the figure docs/index.md states.

Each round starts two interpreters, one that imports speechdoc and one that does
nothing, and takes the difference of their CPU time (user + system, from
``getrusage``): CPU time, unlike the wall clock, barely moves when other work shares
the machine. Prints the median and the spread over the rounds.

    python benchmarks/bench_import.py [--rounds 9] [--module speechdoc]
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys


def cpu_of(code: str) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--module", default="speechdoc")
    a = ap.parse_args()
    cpu_of(f"import {a.module}")  # warm the file cache and the .pyc files
    costs = sorted(cpu_of(f"import {a.module}") - cpu_of("pass") for _ in range(a.rounds))
    print(f"import {a.module}: median {statistics.median(costs) * 1000:.0f} ms CPU "
          f"(min {costs[0] * 1000:.0f}, max {costs[-1] * 1000:.0f}, {a.rounds} rounds, Python "
          f"{sys.version.split()[0]})")


if __name__ == "__main__":
    main()
