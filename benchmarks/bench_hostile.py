"""Time and memory of parse() on hostile input at 250 k / 500 k / 1 M characters.

    python benchmarks/bench_hostile.py                      # every generator, 250k 500k 1M
    python benchmarks/bench_hostile.py --only metric heading --sizes 250000 1000000
    python benchmarks/bench_hostile.py --cpu-limit 30 --json out.json

The generators are those of the pathological suite (``tests/hostile_inputs.py``, which the
tests run at ~20 k characters). Each measurement runs in a fresh process, so one input's
memory does not hide another's:

- ``cpu s``   CPU seconds of ``speechdoc.parse`` (``time.process_time``: the machine may
  be shared, so wall time would measure the neighbours);
- ``B/char``  the growth of the process's peak RSS during the parse, per input character;
- ``t2n/tn``  the time at each size over the time at half that size (a ratio over 3 is
  superlinear; ratios are shown only once the larger time is over 0.2 s, below that they
  are noise).

A row is flagged ``!`` when the 1 M time is over 2 s, a ratio over 3, or the peak over
32 B/char. A run that passes ``--cpu-limit`` CPU seconds is killed and shown as ``>LIMIT``;
the larger sizes of that generator are then skipped.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))

from hostile_inputs import GENERATORS  # noqa: E402

SLOW_S = 2.0
RATIO = 3.0
BYTES_PER_CHAR = 32


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux


def measure_one(name: str, size: int) -> dict:
    """Run in the child: build the input, parse it once, report CPU time and peak growth."""
    import gc

    import speechdoc

    speechdoc.parse("一、预热\n今年增长5%。")  # imports and first-call caches are not the input's cost
    data = GENERATORS[name].make(size)
    chars = len(data.decode("utf-8", "replace")) if isinstance(data, bytes) else len(data)
    gc.collect()
    before = _peak_rss()
    t = time.process_time()
    doc = speechdoc.parse(data)
    cpu = time.process_time() - t
    grown = max(0, _peak_rss() - before)
    nodes = len(doc.walk())
    metrics = len(doc.metrics())
    codes = sorted({d.code for d in doc.diagnostics})
    return {"name": name, "size": size, "chars": chars, "cpu": cpu, "peak": grown,
            "nodes": nodes, "metrics": metrics, "codes": codes}


def run(name: str, size: int, cpu_limit: int) -> dict:
    cmd = [sys.executable, os.path.abspath(__file__), "--child", name, str(size), str(cpu_limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"name": name, "size": size, "cpu": None, "error": proc.stderr.strip().splitlines()[-1:]
                or [f"killed (signal {-proc.returncode})"]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _cell(r: dict | None, limit: int) -> str:
    if r is None:
        return f"{'-':>8}"
    if r.get("cpu") is None:
        return f"{'>' + str(limit):>8}"
    return f"{r['cpu']:8.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", default=[], help="generators whose name contains one of these")
    ap.add_argument("--sizes", nargs="*", type=int, default=[250_000, 500_000, 1_000_000])
    ap.add_argument("--cpu-limit", type=int, default=30, help="CPU seconds before a run is killed")
    ap.add_argument("--json", help="also write every measurement to this file")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        name, size, limit = a.child[0], int(a.child[1]), int(a.child[2])
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 1))
        print(json.dumps(measure_one(name, size)))
        return 0
    names = [n for n in GENERATORS if not a.only or any(o in n for o in a.only)]
    sizes = sorted(a.sizes)
    head = "".join(f"{'cpu s ' + _k(s):>10}" for s in sizes)
    print(f"{'generator':26s}{head}{'B/char':>8}{'t2n/tn':>14}{'nodes':>8}{'metrics':>9}  flags / diagnostics")
    results = []
    flagged = 0
    for name in names:
        rows: list[dict | None] = []
        for s in sizes:
            if rows and (rows[-1] is None or rows[-1].get("cpu") is None):
                rows.append(None)  # the smaller size already passed the limit
                continue
            rows.append(run(name, s, a.cpu_limit))
        results.extend(r for r in rows if r)
        last = next((r for r in reversed(rows) if r and r.get("cpu") is not None), None)
        ratios = []
        for (s0, r0), (s1, r1) in zip(zip(sizes, rows), zip(sizes[1:], rows[1:])):
            if r0 and r1 and r0.get("cpu") and r1.get("cpu") is not None and s1 == 2 * s0 and r1["cpu"] > 0.2:
                ratios.append(r1["cpu"] / r0["cpu"])
        flags = []
        if any(r is None or r.get("cpu") is None or r["cpu"] > SLOW_S for r in rows[-1:]):
            flags.append(f">{SLOW_S:g}s")
        if any(x > RATIO for x in ratios):
            flags.append(f"ratio>{RATIO:g}")
        per_char = last["peak"] / last["chars"] if last and last.get("chars") else 0.0
        if per_char > BYTES_PER_CHAR:
            flags.append(f">{BYTES_PER_CHAR}B/char")
        flagged += bool(flags)
        extra = (last or {}).get("codes", [])
        errs = [r["error"] for r in rows if r and r.get("error")]
        ratio_s = " ".join(f"{x:.1f}" for x in ratios) or "-"
        print(f"{name:26s}{''.join(f'{_cell(r, a.cpu_limit):>10}' for r in rows)}{per_char:8.1f}{ratio_s:>14}"
              f"{(last or {}).get('nodes', 0):>8}{(last or {}).get('metrics', 0):>9}  "
              f"{'! ' + ' '.join(flags) if flags else 'ok'}  {' '.join(c for c in extra if c.endswith('cap'))}"
              f"{'  ' + str(errs[0]) if errs else ''}", flush=True)
    print(f"\n{flagged} of {len(names)} generators flagged (over {SLOW_S:g} s at the largest size, "
          f"ratio over {RATIO:g}, or over {BYTES_PER_CHAR} B/char); times are CPU seconds")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, ensure_ascii=False, indent=1)
    return 1 if flagged else 0


def _k(size: int) -> str:
    return f"{size // 1_000_000}M" if size % 1_000_000 == 0 else f"{size // 1000}k"


if __name__ == "__main__":
    sys.exit(main())
