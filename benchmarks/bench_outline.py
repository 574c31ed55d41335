"""Cost of the markers and outline stages alone, per character, against another tree.

Run by hand (never a timed assertion in the tests):

    python benchmarks/bench_outline.py                          # this tree, the dev corpus
    python benchmarks/bench_outline.py --against /work/old8     # and another checkout, same run
    python benchmarks/bench_outline.py FILE... --rounds 5
    python benchmarks/bench_outline.py --against /work/old8 --instructions   # counted, not timed
    python benchmarks/bench_outline.py --against /work/old8 --instructions --markers   # the scan too

The texts are cleaned, laid out and split into speeches once; then the marker scan of
every text, and the outline decision of every speech (``build`` on its candidates, as
the pipeline calls it), are timed alone, in CPU time (``time.process_time``), the best
of ``--repeat`` batches of ten (the outline stage takes well under a millisecond on the
corpus, too little to time once). With ``--against`` each round runs this tree and the
other in fresh interpreters, one after the other, so both see the same load on a shared
machine; the best of ``--rounds`` rounds is kept for each. The other tree may have the
old layout (``speechdoc.outline`` for the decoder, ``speechdoc.clean`` …).

``--instructions`` counts instead of timing: the outline stage's machine instructions a
pass over the texts, under valgrind's cachegrind (a run that prepares the texts and decides
them once, less one that decides them ``--passes`` times more, over that number). With
``--markers`` the marker scan that proposes the candidates is counted too, the same way: the
scan and the decision share the work of reading the outline (the scan records the evidence
the decision weighs), so comparing trees whose split differs needs both. The count
repeats to a fraction of a percent however loaded the machine is; it does not see what a
cache miss or a mispredicted branch costs, so read it with the times.

Exit status: 0 when it ran, 1 with no input.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from bisect import bisect_left
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("SPEECHDOC_SHARED", ROOT.parent / "shared")) / "corpus"


def _module(*names: str):
    for name in names:  # this layout first, then the one before the move into subpackages
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError(names[0])


def _prepare(paths: list[str]) -> tuple:
    """The texts cleaned, laid out and split into speeches (in the tree on sys.path); the
    marker scan and ``build``; each speech's candidates with the text's hard breaks."""
    load = _module("speechdoc.text.load", "speechdoc.load")
    clean = _module("speechdoc.text.clean", "speechdoc.clean").clean
    analyse = _module("speechdoc.text.layout", "speechdoc.layout").analyse
    scan = _module("speechdoc.outline.markers", "speechdoc.markers").scan
    build = _module("speechdoc.outline.decode", "speechdoc.outline").build
    find_speeches = _module("speechdoc.outline.segment", "speechdoc.segment").find_speeches
    texts = [load.load(load.read_path(Path(p))).text for p in paths]
    prep = []
    for text in texts:
        fold = clean(text).view.fold
        lay = analyse(fold)
        prep.append((fold, lay, find_speeches(fold, lay.flat_lines)))
    cands = [scan(fold, lay.virtual_starts, lay.para_starts) for fold, lay, _ in prep]
    speeches = []
    for (fold, lay, cuts), cs in zip(prep, cands):
        starts = [c.start for c in cs]
        for i, cut in enumerate(cuts):
            end = cuts[i + 1].start if i + 1 < len(cuts) else len(fold)
            speeches.append((cs[bisect_left(starts, cut.start):bisect_left(starts, end)], lay.hard_breaks))
    return texts, prep, speeches, scan, build


def measure(paths: list[str], repeat: int) -> dict:
    """Best CPU time of the two stages over the texts (runs in the tree on sys.path)."""
    texts, prep, speeches, scan, build = _prepare(paths)

    def markers() -> None:
        for fold, lay, _ in prep:
            scan(fold, lay.virtual_starts, lay.para_starts)

    def outline() -> None:
        for sub, breaks in speeches:
            build(sub, breaks)

    def best(fn, batch: int) -> float:
        out = float("inf")
        for _ in range(repeat):
            t = time.process_time()
            for _ in range(batch):
                fn()
            out = min(out, (time.process_time() - t) / batch)
        return out

    return {"chars": sum(map(len, texts)), "speeches": len(speeches), "candidates": sum(len(s) for s, _ in speeches),
            "markers": best(markers, 1), "outline": best(outline, 10), "module": build.__module__,
            "file": sys.modules[build.__module__].__file__}


def _passes(paths: list[str], k: int, stage: str = "outline") -> None:
    """Decide every speech once, then ``k`` times more (the run cachegrind counts); or, for the
    ``markers`` stage, scan every text ``k`` times more. The collector is off: a full
    collection over the prepared texts, which falls in one run and not the other, would count
    as millions of the stage's instructions."""
    _, prep, speeches, scan, build = _prepare(paths)  # (it scans every text once)
    gc.disable()
    if stage == "markers":
        for _ in range(k):
            for fold, lay, _ in prep:
                scan(fold, lay.virtual_starts, lay.para_starts)
        return
    for _ in range(k + 1):
        for sub, breaks in speeches:
            build(sub, breaks)


def _instructions(tree: Path | None, paths: list[str], k: int, stage: str = "outline") -> float:
    """Instructions of one pass of a stage (``outline`` or ``markers``) in ``tree``, by cachegrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind on PATH")
    env = dict(os.environ, PYTHONHASHSEED="0")
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    counts = []
    for n in (0, k):
        out = subprocess.run([valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                              sys.executable, __file__, "--count-child", str(n), "--count-stage", stage, *paths],
                             env=env, capture_output=True, text=True, check=True)
        counts.append(int(re.search(r"I\s+refs:\s+([\d,]+)", out.stderr).group(1).replace(",", "")))
    return (counts[1] - counts[0]) / k


def _child(tree: Path | None, paths: list[str], repeat: int) -> dict:
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    out = subprocess.run([sys.executable, __file__, "--child", str(repeat), *paths], env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--against", type=Path, help="another checkout of speechdoc, timed in the same run")
    ap.add_argument("--repeat", type=int, default=30, help="batches a stage is timed in, the best kept (30)")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each tree, alternating; the best kept (3)")
    ap.add_argument("--instructions", action="store_true",
                    help="count the outline stage's instructions under cachegrind instead of timing")
    ap.add_argument("--passes", type=int, default=20, help="with --instructions: passes counted (20)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--count-child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--count-stage", default="outline", help=argparse.SUPPRESS)
    ap.add_argument("--markers", action="store_true",
                    help="with --instructions: count the markers scan too (the candidates the outline is decided on)")
    a = ap.parse_args(argv)
    paths = a.files or [str(p) for p in sorted(CORPUS.rglob("*.txt"))]
    if not paths:
        print("no input files (the dev corpus is not here; name files)", file=sys.stderr)
        return 1
    if a.child is not None:
        print(json.dumps(measure(paths, a.child)))
        return 0
    if a.count_child is not None:
        _passes(paths, a.count_child, a.count_stage)
        return 0
    trees: list[tuple[str, Path | None]] = [("this tree", ROOT)]
    if a.against is not None:
        trees.append((str(a.against), a.against))
    if a.instructions:
        chars = sum(len(Path(p).read_text(errors="replace")) for p in paths)
        for name, tree in trees:
            got = _instructions(tree, paths, a.passes)
            print(f"{name}: outline stage {got / 1e6:.3f} M instructions a pass, {got / chars:.2f} a char "
                  f"(cachegrind, {a.passes} passes)")
            if a.markers:  # a scan pass costs ~20x a decision pass: fewer passes count it as well
                k = max(1, a.passes // 4)
                scanned = _instructions(tree, paths, k, "markers")
                print(f"{name}: markers stage {scanned / 1e6:.3f} M instructions a pass, {scanned / chars:.2f} a char; "
                      f"markers and outline {(scanned + got) / 1e6:.3f} M, {(scanned + got) / chars:.2f} a char "
                      f"(cachegrind, {k} passes)")
        return 0
    best: dict[str, dict] = {}
    for _ in range(a.rounds):
        for name, tree in trees:
            got = _child(tree, paths, a.repeat)
            if name not in best:
                best[name] = got
            else:
                best[name]["markers"] = min(best[name]["markers"], got["markers"])
                best[name]["outline"] = min(best[name]["outline"], got["outline"])
    for name, got in best.items():
        chars = got["chars"]
        print(f"{name}: {got['file']}")
        print(f"  {len(paths)} files, {chars:,} chars, {got['speeches']} speeches, {got['candidates']} candidates")
        print(f"  markers stage: {got['markers'] * 1e3:8.2f} ms {got['markers'] / chars * 1e9:6.2f} ns/char")
        print(f"  outline stage: {got['outline'] * 1e3:8.3f} ms {got['outline'] / chars * 1e9:6.2f} ns/char")
    return 0


if __name__ == "__main__":
    sys.exit(main())
