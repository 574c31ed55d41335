#!/usr/bin/env python3
"""Cost of the metrics stage (and of the whole parse) on real speeches, optionally against another tree.

Usage::

    python benchmarks/bench_metrics.py [FILES...] [--repeat N] [--against /work/before]

Default input: the shared corpus (``../shared/corpus/*/*.txt``). For the whole ``speechdoc.parse``
and for the metrics stage alone (timed inside the same runs) it prints the best of ``--repeat``
runs in CPU time (``time.process_time``: other processes on a shared machine do not count), and
the characters per second. With ``--against TREE`` the same measurement runs on the speechdoc
found in TREE (a checkout or worktree, imported through ``PYTHONPATH``) in a subprocess,
interleaved with this tree's rounds, and the ratio is printed: both sides in one run.
Exits 1 when there is no input.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(files: list[str], repeat: int) -> dict[str, float]:
    """Best CPU seconds of ``repeat`` rounds of parsing every file, whole parse and metrics stage."""
    import speechdoc
    from speechdoc import pipeline

    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    real = pipeline.metrics_stage.extract
    spent = [0.0]

    def timed(*args):
        t = time.process_time()
        out = real(*args)
        spent[0] += time.process_time() - t
        return out

    pipeline.metrics_stage.extract = timed
    try:
        best_parse = best_metrics = float("inf")
        found = 0
        for _ in range(repeat + 1):  # the first round warms caches (regexes compile at first use)
            spent[0] = 0.0
            t = time.process_time()
            found = sum(len(speechdoc.parse(x).metrics()) for x in texts)
            took = time.process_time() - t
            if _ > 0:
                best_parse, best_metrics = min(best_parse, took), min(best_metrics, spent[0])
    finally:
        pipeline.metrics_stage.extract = real
    return {"files": len(files), "chars": sum(map(len, texts)), "metrics": found,
            "parse": best_parse, "stage": best_metrics}


def _other(tree: str, files: list[str], repeat: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=tree)
    run = subprocess.run([sys.executable, __file__, "--json", "--repeat", str(repeat), *files],
                         env=env, capture_output=True, text=True, check=True, cwd=tree)
    return json.loads(run.stdout)


def _row(name: str, r: dict[str, float]) -> str:
    return (f"{name:10s} parse {r['parse'] * 1000:8.1f} ms {r['chars'] / r['parse'] / 1e6:6.2f} M chars/s   "
            f"metrics stage {r['stage'] * 1000:7.1f} ms {r['chars'] / r['stage'] / 1e6:6.2f} M chars/s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--against", metavar="TREE", help="also measure the speechdoc of this tree, interleaved")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds with --against (best of all)")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    files = [str(Path(f).resolve()) for f in a.files] or sorted(
        glob.glob(str(ROOT.parent / "shared" / "corpus" / "*" / "*.txt")))
    missing = [f for f in files if not Path(f).is_file()]
    if not files or missing:
        print(f"no such input file: {missing[0]}" if missing else
              "no input files (give FILES or put the corpus at ../shared/corpus)", file=sys.stderr)
        return 1
    if a.json:
        print(json.dumps(measure(files, a.repeat)))
        return 0
    if not a.against:
        r = measure(files, a.repeat)
        print(f"{r['files']} files, {r['chars']} chars, {r['metrics']} metrics (best of {a.repeat}, CPU time)")
        print(_row("this tree", r))
        return 0
    mine: dict[str, float] = {}
    theirs: dict[str, float] = {}
    for _ in range(a.rounds):
        for side, r in (("theirs", _other(a.against, files, a.repeat)), ("mine", _other(str(ROOT), files, a.repeat))):
            best = theirs if side == "theirs" else mine
            for k, v in r.items():
                best[k] = min(best.get(k, v), v) if k in ("parse", "stage") else v
    print(f"{mine['files']} files, {mine['chars']} chars; metrics: {theirs['metrics']} there, {mine['metrics']} here "
          f"(best of {a.rounds} x {a.repeat}, CPU time)")
    print(_row("against", theirs))
    print(_row("this tree", mine))
    print(f"this tree / against: parse {mine['parse'] / theirs['parse']:.2f}, "
          f"metrics stage {mine['stage'] / theirs['stage']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
