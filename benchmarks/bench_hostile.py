"""Time parse() on hostile inputs (long runs that make innocent patterns quadratic).

    python benchmarks/bench_hostile.py [--scale 1.0]

Each row: the input, its size, the seconds parse took, and chars/s. A pattern that goes
quadratic shows up as a row far slower per character than the others.
"""
from __future__ import annotations

import argparse
import sys
import time

import speechdoc

RUNS = {
    "一 ×40k": lambda k: "一" * k,
    "digits ×40k": lambda k: "1" * k,
    "1. ×20k": lambda k: "1." * (k // 2),
    "spaces ×40k": lambda k: " " * k + "x",
    "newlines ×40k": lambda k: "\n" * k,
    "' \\n' ×20k": lambda k: " \n" * (k // 2),
    "… ×40k": lambda k: "…" * k,
    "（ ×40k": lambda k: "（" * k,
    "。 ×40k": lambda k: "。" * k,
    "“ ×40k": lambda k: "“" * k,
    "X ×40k + %": lambda k: "X" * k + "%",
    "× ×40k": lambda k: "×" * k,
    "一、 ×20k": lambda k: "一、" * (k // 2),
    "，一是甲 ×10k": lambda k: "，一是甲" * (k // 4),
    "發(fā) ×10k": lambda k: "發(fā)" * (k // 4),
    "当前位置: ×8k": lambda k: "当前位置:" * (k // 5),
    "12345678901234 ×": lambda k: "12345678901234" * (k // 14),
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every run length")
    a = ap.parse_args()
    k = int(40000 * a.scale)
    speechdoc.parse("一、预热")
    for name, make in RUNS.items():
        text = make(k)
        t = time.perf_counter()
        speechdoc.parse(text)
        dt = time.perf_counter() - t
        print(f"{name:22s} {len(text):>9,} chars {dt:8.3f} s {len(text) / dt / 1e6:8.2f} M chars/s")
    line = "经济增长6.5%，一是稳增长；二是保就业；三是防风险。" * int(20000 * a.scale)
    t = time.perf_counter()
    doc = speechdoc.parse(line)
    dt = time.perf_counter() - t
    print(f"{'one long line':22s} {len(line):>9,} chars {dt:8.3f} s {len(line) / dt / 1e6:8.2f} M chars/s"
          f"  ({sum(1 for _ in doc.walk()):,} nodes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
