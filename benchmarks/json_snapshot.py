"""Snapshot the JSON of every dev-corpus text and fixture, and check a later tree against it.

A speed or memory change must not change what users get. Save the JSON before the
change, check after it:

    python benchmarks/json_snapshot.py save /tmp/json-before     # on the old tree
    python benchmarks/json_snapshot.py check /tmp/json-before    # on the new tree

``check`` lists every file whose ``model_dump_json()`` differs (with the first differing
character) and exits 1 if any does, 0 if all are byte-identical. Inputs are the ``.txt``
files of the dev corpus (``../shared/corpus``, or ``--corpus``) and of ``fixtures/``,
parsed in both scripts (``script="source"`` and ``"simplified"``).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import speechdoc

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def inputs(corpus: Path) -> list[tuple[str, Path]]:
    out = [("corpus/" + p.relative_to(corpus).as_posix(), p) for p in sorted(corpus.rglob("*.txt"))]
    fx = ROOT / "fixtures"
    out += [("fixtures/" + p.relative_to(fx).as_posix(), p) for p in sorted(fx.rglob("*.txt"))]
    return out


def dumps(path: Path) -> dict[str, str]:
    return {script: speechdoc.parse(path.read_bytes(), path=path.name, script=script).model_dump_json()
            for script in ("source", "simplified")}


def key(name: str, script: str) -> str:
    return hashlib.sha1(f"{name}:{script}".encode()).hexdigest()[:16] + ".json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["save", "check"])
    ap.add_argument("directory", type=Path)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    a = ap.parse_args(argv)
    files = inputs(a.corpus)
    if not files:
        print("no inputs found", file=sys.stderr)
        return 1
    if a.action == "save":
        a.directory.mkdir(parents=True, exist_ok=True)
    changed = missing = 0
    for name, path in files:
        for script, js in dumps(path).items():
            target = a.directory / key(name, script)
            if a.action == "save":
                target.write_text(js, encoding="utf-8")
                continue
            if not target.exists():
                missing += 1
                print(f"no snapshot: {name} ({script})")
                continue
            old = target.read_text(encoding="utf-8")
            if old != js:
                changed += 1
                i = next((k for k, (x, y) in enumerate(zip(old, js)) if x != y), min(len(old), len(js)))
                print(f"CHANGED {name} ({script}) at char {i}: {old[max(0, i - 60):i + 60]!r}\n"
                      f"{'':>10}now: {js[max(0, i - 60):i + 60]!r}")
    n = 2 * len(files)
    if a.action == "save":
        print(f"saved {n} JSON snapshots to {a.directory}")
        return 0
    print(f"{n - changed - missing} of {n} identical, {changed} changed, {missing} without snapshot")
    return 1 if changed or missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
