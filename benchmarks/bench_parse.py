"""Throughput of speechdoc.parse, in characters per second on one core.

Run by hand (never a timed assertion in the tests):

    python benchmarks/bench_parse.py                 # the dev corpus in ../shared/corpus
    python benchmarks/bench_parse.py FILE... --repeat 5

It parses every file ``--repeat`` times in this one process (batch work never starts
a process per document), reports the best round, and splits the time by stage with
``--stages``. If markdown-it-py is installed it is timed on the same texts as a
reference point for "a parser of this kind in pure Python".
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import speechdoc
from speechdoc.text.load import load, read_path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def files(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    return sorted(p for p in DEFAULT.rglob("*.txt"))


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="also time model_dump_json()")
    ap.add_argument("--stages", action="store_true",
                    help="also time the markers and outline stages alone (ns per character)")
    a = ap.parse_args()
    paths = files(a.files)
    if not paths:
        print("no input files (the dev corpus is not here; name files)", file=sys.stderr)
        return 1
    texts = [load(read_path(p)).text for p in paths]
    chars = sum(len(t) for t in texts)
    speechdoc.parse("一、预热")  # build the grammar once, as a batch job would
    t_parse = best_of(lambda: [speechdoc.parse(t) for t in texts], a.repeat)
    print(f"{len(texts)} files, {chars:,} chars")
    print(f"parse:            {t_parse * 1000:8.1f} ms  {chars / t_parse / 1e6:6.2f} M chars/s")
    if a.stages:
        stage_times(texts, chars, a.repeat)
    if a.json:
        docs = [speechdoc.parse(t) for t in texts]
        t_json = best_of(lambda: [d.model_dump_json() for d in docs], a.repeat)
        print(f"model_dump_json:  {t_json * 1000:8.1f} ms  {chars / t_json / 1e6:6.2f} M chars/s")
    try:
        from markdown_it import MarkdownIt
    except ImportError:
        print("markdown-it-py not installed: no reference timing")
        return 0
    md = MarkdownIt()
    t_md = best_of(lambda: [md.parse(t) for t in texts], a.repeat)
    print(f"markdown-it-py:   {t_md * 1000:8.1f} ms  {chars / t_md / 1e6:6.2f} M chars/s (reference)")
    print(f"ratio speechdoc/markdown-it: {t_parse / t_md:.2f}x the time")
    return 0


def stage_times(texts: list[str], chars: int, repeat: int) -> None:
    """The markers scan and the outline decision on the cleaned, laid-out texts, per character."""
    from bisect import bisect_left

    from speechdoc.text.clean import clean
    from speechdoc.text.layout import analyse
    from speechdoc.outline.markers import scan
    from speechdoc.outline.decode import build
    from speechdoc.outline.segment import find_speeches

    prep = []
    for t in texts:
        fold = clean(t).view.fold
        lay = analyse(fold)
        prep.append((fold, lay, find_speeches(fold, lay.flat_lines)))
    cands = [scan(f, lay.virtual_starts, lay.para_starts) for f, lay, _ in prep]

    def outline() -> None:
        for (fold, lay, cuts), cs in zip(prep, cands):
            starts = [c.start for c in cs]
            for i, cut in enumerate(cuts):
                end = cuts[i + 1].start if i + 1 < len(cuts) else len(fold)
                build(cs[bisect_left(starts, cut.start):bisect_left(starts, end)], lay.hard_breaks)

    t_scan = best_of(lambda: [scan(f, lay.virtual_starts, lay.para_starts) for f, lay, _ in prep], repeat)
    t_outline = best_of(outline, repeat)
    print(f"  markers stage:  {t_scan * 1000:8.2f} ms  {t_scan / chars * 1e9:6.1f} ns/char")
    print(f"  outline stage:  {t_outline * 1000:8.2f} ms  {t_outline / chars * 1e9:6.1f} ns/char")


if __name__ == "__main__":
    sys.exit(main())
