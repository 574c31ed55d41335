"""How long ``import speechdoc`` takes in a fresh interpreter: the figure docs/index.md states.

Each round starts interpreters that import speechdoc (and then parse one heading, and
then dump it as JSON) and one that does nothing, and takes the difference of their CPU
time (user + system, from ``getrusage``): CPU time, unlike the wall clock, barely moves
when other work shares the machine. Prints the median and the spread over the rounds,
then, for the import alone, the best wall-clock time and the cumulative figure of
``python -X importtime`` (best of the rounds: both move with the machine's load).

The second and third lines keep the first one honest: work that speechdoc defers from
its import to first use (lark, lazily compiled tables, the model's pydantic schema) is
paid there, so a cost that only moved shows up in them.

Python reads modules from bytecode caches when it may write them; with
``PYTHONDONTWRITEBYTECODE`` set (or a read-only tree) every import compiles the source
again, which costs speechdoc ~35 ms more. The header says which case was measured.

    python benchmarks/bench_import.py [--rounds 9] [--module speechdoc]
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time

STEPS = {
    "import": "import {m}",
    "import + first parse": "import {m}; {m}.parse('一、总体要求')",
    "import + parse + JSON": "import {m}; {m}.parse('一、总体要求').model_dump_json()",
}


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
    cached = "no bytecode cache (PYTHONDONTWRITEBYTECODE)" if sys.dont_write_bytecode else "bytecode cached"
    print(f"Python {sys.version.split()[0]}, {cached}, {a.rounds} rounds, CPU time minus `python -c pass`")
    for label, code in STEPS.items():
        if a.module != "speechdoc" and label != "import":
            continue  # parse() is speechdoc's
        code = code.format(m=a.module)
        cpu_of(code)  # warm the file cache (and the bytecode caches, where they are written)
        costs = sorted(cpu_of(code) - cpu_of("pass") for _ in range(a.rounds))
        print(f"{label if label != 'import' else 'import ' + a.module:24s} median "
              f"{statistics.median(costs) * 1000:4.0f} ms CPU (min {costs[0] * 1000:.0f}, max {costs[-1] * 1000:.0f})")
    wall = min(wall_of(f"import {a.module}") for _ in range(a.rounds)) - min(wall_of("pass") for _ in range(a.rounds))
    print(f"{'the same, wall clock':24s} best {wall * 1000:4.0f} ms (best import minus best `pass`)")
    print(f"{'-X importtime':24s} best {min(importtime(a.module) for _ in range(a.rounds)) * 1000:4.0f} ms "
          f"(the cumulative figure of {a.module}; the tool's own overhead included)")


def wall_of(code: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - t


def importtime(module: str) -> float:
    """The cumulative time ``python -X importtime`` reports for ``module``, in seconds."""
    err = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"], check=True,
                         capture_output=True, text=True).stderr
    return next(int(line.split("|")[1]) for line in err.splitlines() if line.split("|")[-1] == " " + module) / 1e6


if __name__ == "__main__":
    main()
