#!/usr/bin/env python3
"""Throughput of the metrics stage (and of the whole parse) on real speeches.

Usage: ``python benchmarks/bench_metrics.py [FILES...]`` (default: the shared
corpus). Prints characters per second for the whole ``speechdoc.parse`` and for
the metrics stage alone (timed inside the same runs), best of ``--repeat``.
"""
from __future__ import annotations

import argparse
import glob
import sys
import time
from pathlib import Path

import speechdoc
from speechdoc import pipeline

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args(argv)
    files = a.files or sorted(glob.glob(str(ROOT.parent / "shared" / "corpus" / "*" / "*.txt")))
    if not files:
        print("no files", file=sys.stderr)
        return 1
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    chars = sum(map(len, texts))
    real = pipeline.metrics_stage.extract
    spent = [0.0]

    def timed(*args):
        t = time.perf_counter()
        out = real(*args)
        spent[0] += time.perf_counter() - t
        return out

    pipeline.metrics_stage.extract = timed
    best_parse = best_metrics = float("inf")
    found = 0
    for _ in range(a.repeat):
        spent[0] = 0.0
        t = time.perf_counter()
        found = sum(len(speechdoc.parse(x).metrics()) for x in texts)
        best_parse = min(best_parse, time.perf_counter() - t)
        best_metrics = min(best_metrics, spent[0])
    pipeline.metrics_stage.extract = real
    print(f"{len(files)} files, {chars} chars, {found} metrics")
    print(f"parse    {best_parse * 1000:8.1f} ms  {chars / best_parse / 1e6:6.2f} M chars/s")
    print(f"metrics  {best_metrics * 1000:8.1f} ms  {chars / best_metrics / 1e6:6.2f} M chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
