#!/usr/bin/env python3
"""Cost of the model-building stage (and of layout and speech finding), optionally against another tree.

Usage::

    python benchmarks/bench_assemble.py [FILES...] [--rounds N] [--against /work/before]

Default input: the dev corpus (``$SPEECHDOC_SHARED/corpus`` or ``../shared/corpus``). One parse of
every file, its outline read (a speech's nodes are assembled when first read), records the arguments
of each stage function the pipeline calls (``speech_record``, ``make_nodes`` — or ``make_speech`` in a
tree from before the outline waited —, ``cut_blocks``, ``title_span``, ``_inline_ends``, ``make_paragraph``
for front matter, ``find_speeches``, ``analyse``); each function's calls are then replayed alone, ``--rounds``
times, and the best CPU time (``time.process_time``: other processes on a shared machine do not
count) is printed, with the garbage collector paused as ``parse`` pauses it. "assemble" is the
sum of the first eight. With ``--against TREE`` the same measurement runs on the speechdoc found in
TREE (a checkout or worktree, imported through ``PYTHONPATH``) in a subprocess, interleaved round
by round with this tree's, and the ratio is printed: both sides in one run. Exits 1 when there is
no input.

Replayed calls see warm inputs; inside a whole parse the same functions cost ~20-30 % more
(``bench_parse.py`` shows the time by stage in place).
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SPEECHDOC_SHARED") or ROOT.parent / "shared")
# the front matter's paragraphs: made (make_paragraph) before they waited to be read (pending_paragraphs); a
# speech: made whole (make_speech) before its nodes waited to be read (speech_record, make_nodes); a tree has
# one or the other, and the missing one counts 0
ASSEMBLE = ("speech_record", "make_nodes", "make_speech", "make_paragraph", "pending_paragraphs", "cut_blocks", "title_span", "_inline_ends")
NAMES = (*ASSEMBLE, "find_speeches", "analyse")


def record(files: list[str]) -> dict[str, list[tuple[tuple, dict]]]:
    """The arguments of every call the pipeline makes to the stage functions, over one parse of each file."""
    import speechdoc
    from speechdoc import pipeline

    calls: dict[str, list[tuple[tuple, dict]]] = {name: [] for name in NAMES}
    real = {name: getattr(pipeline, name) for name in NAMES if hasattr(pipeline, name)}

    def recorder(name):
        def call(*args, **kwargs):
            calls[name].append((args, kwargs))
            return real[name](*args, **kwargs)
        return call

    for name in real:
        setattr(pipeline, name, recorder(name))
    try:
        for f in files:
            speechdoc.parse(Path(f).read_bytes()).walk()  # (the nodes, made when first read)
    finally:
        for name in real:
            setattr(pipeline, name, real[name])
    return calls


def replay(calls: dict[str, list[tuple[tuple, dict]]], name: str) -> float:
    """CPU seconds of one replay of ``name``'s recorded calls."""
    from speechdoc import pipeline

    todo = calls[name]
    if not todo:
        return 0.0
    fn = getattr(pipeline, name)
    t = time.process_time()
    for args, kwargs in todo:
        fn(*args, **kwargs)
    return time.process_time() - t


def child(files: list[str]) -> None:
    """Replay rounds on command from the parent (one line each on stdin), printing each round as JSON."""
    calls = record(files)
    gc.disable()
    for _ in sys.stdin:
        print(json.dumps({name: replay(calls, name) for name in NAMES}), flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--rounds", type=int, default=9, help="replays of each function; the best is kept (9)")
    ap.add_argument("--against", metavar="TREE", help="also measure the speechdoc of this tree, in the same run")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    files = a.files or sorted(str(p) for p in (SHARED / "corpus").rglob("*.txt"))
    if not files:
        print(f"no input: name text files, or put the dev corpus at {SHARED / 'corpus'} (or set SPEECHDOC_SHARED)",
              file=sys.stderr)
        return 1
    if a.child:
        child(files)
        return 0
    sides = {"this tree": None}
    if a.against:
        sides[a.against] = a.against
    procs = {}
    for label, tree in sides.items():
        env = dict(os.environ)
        if tree:
            env["PYTHONPATH"] = os.pathsep.join([tree, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
        procs[label] = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--child", *files], env=env,
                                        text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    best: dict[str, dict[str, float]] = {label: {} for label in sides}
    for _ in range(a.rounds):  # one round a side in turn, so a busy moment of the machine hits both
        for label, p in procs.items():
            p.stdin.write("\n")
            p.stdin.flush()
            got = json.loads(p.stdout.readline())
            for name, sec in got.items():
                best[label][name] = min(best[label].get(name, sec), sec)
    for p in procs.values():
        p.stdin.close()
        p.wait()
    chars = sum(len(Path(f).read_bytes().decode("utf-8", "replace")) for f in files)
    print(f"input: {len(files)} files, {chars:,} chars; each stage function's calls from one parse, replayed alone "
          f"(best of {a.rounds}, CPU ms)")
    labels = list(sides)
    print(f"  {'function':16s}" + "".join(f"{label[-24:]:>26s}" for label in labels)
          + ("      ratio" if len(labels) == 2 else ""))
    rows = [(name, [best[label][name] for label in labels]) for name in NAMES]
    rows.append(("assemble", [sum(best[label][n] for n in ASSEMBLE) for label in labels]))
    for name, secs in rows:
        line = f"  {name:16s}" + "".join(f"{s * 1000:26.2f}" for s in secs)
        if len(secs) == 2 and secs[0] > 0:
            line += f"  {secs[1] / secs[0]:8.2f}x"
        print(line)
    if len(labels) == 2:
        print(f"  (ratio: {labels[1]} time / this tree's time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
