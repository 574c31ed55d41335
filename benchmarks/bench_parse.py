"""speechdoc against markdown-it-py on the same texts, time by stage, and memory and growth on a large document.

Run by hand (never a timed assertion in the tests):

    python benchmarks/bench_parse.py                  # the dev corpus ($SPEECHDOC_SHARED or ../shared)
    python benchmarks/bench_parse.py FILE... --repeat 5
    python benchmarks/bench_parse.py --no-memory      # skip the generated document (saves ~20 s)

One run prints four parts:

1. **speed**: three rows of speechdoc and markdown-it-py's ``MarkdownIt("commonmark").parse``
   on the same decoded texts in this one process, the best of ``--repeat`` rounds, in
   CPU time (``time.process_time``: steadier than the wall clock on a shared machine),
   and the ratio of each speechdoc row to markdown-it-py (issue 10 asks for ≤ 0.67:
   speechdoc faster). ``speechdoc.parse`` is the parse alone: a parse extracts no metric
   (they are extracted, every one of the document's, the first time one is read) and finds
   no outline (the numbering markers are found and decoded, and a speech's nodes made, when
   a node, paragraph, metric or diagnostic is first read); ``speechdoc.parse + the outline
   read`` adds the nodes (``doc.walk()`` after each parse), what a program that reads the
   outline pays; ``speechdoc.parse + every metric read`` adds the metrics (``doc.metrics()``
   after each parse, which assembles the outline too), the whole cost of a program that
   reads metrics, dumps JSON or writes records.
2. **time by stage**: every stage function that ``speechdoc.pipeline`` calls through its
   own namespace (``clean``, ``analyse``, ``scan``, ``build``, ``metrics.extract`` …, found
   from the module, not listed here) is wrapped with a timer; each is charged its own
   time, without the wrapped stages it calls, over a parse and the reading of every metric.
   "pipeline itself" is what is left: the composing code and the Document's construction.
3. **memory**: the input texts repeated to ``--size`` characters (20 M by
   default) are parsed in a fresh interpreter, which reports the growth of its resident
   set (RSS) during that one ``parse`` — the peak (``VmHWM``, reset just before the
   parse) minus the RSS before it, so the interpreter, the imports and the input string
   itself are not counted — in bytes per input character, and the whole process's peak;
   then the same peak once every metric of the document was read too.
   (Below a few hundred thousand characters the growth is mostly absorbed by memory the
   interpreter already holds, so only the large sizes say much about memory.)
4. **growth**: the same for a tenth of the size; the ratio of the two times, of a parse and
   the reading of every metric (issue 10 asks for ≤ 11 for 10× the input). A document this large reaches the
   node, metric and paragraph caps of :mod:`speechdoc.pipeline` (the dev corpus
   repeated reaches the first near 1 M characters); the text after a cap is read more
   cheaply, which flatters both memory and growth, so the caps reached are printed and
   the growth is also measured from 50 k to 500 k characters (``--below-caps``),
   where every character is read in full.

Exit status: 0 when it ran, 1 with no input (no files named and no dev corpus) or no
markdown-it-py (``python -m pip install -e '.[test]'`` installs it), 2 for bad arguments.
"""
from __future__ import annotations

import argparse
import ast
import gc
import inspect
import json
import os
import re
import subprocess
import sys
import time
import types
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SPEECHDOC_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpus"


def files(named: list[str]) -> list[Path]:
    """The files named, or every ``.txt`` of the dev corpus when none are."""
    if named:
        return [Path(a) for a in named]
    return sorted(CORPUS.rglob("*.txt")) if CORPUS.is_dir() else []


def read_texts(paths: list[Path]) -> list[str]:
    """Each file decoded as ``parse_file`` decodes it (so both parsers get the same ``str``)."""
    try:
        from speechdoc.text.load import load, read_path
    except ImportError:  # a tree from before the layout move (PYTHONPATH=/an/old/checkout), to compare
        from speechdoc.load import load, read_path  # type: ignore[no-redef]

    return [load(read_path(p)).text for p in paths]


def best_cpu(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def by_folder(paths: list[Path], texts: list[str], reference: Callable[[str], object], repeat: int) -> None:
    """The parse alone, and the parse with the outline read (``doc.walk()``), against the reference for the texts
    of each folder, when they come from more than one (the dev corpus: long reports, short web excerpts,
    PDF-extracted seeds): a fixed cost per parse weighs on short texts, so one total hides where the time goes."""
    import speechdoc

    folders: dict[str, list[str]] = defaultdict(list)
    for path, text in zip(paths, texts):
        folders[path.parent.name].append(text)
    if len(folders) < 2:
        return
    print("  by folder (parse alone; parse + the outline read), each against markdown-it-py:")
    for name, group in sorted(folders.items()):
        t_sd = best_cpu(lambda: [speechdoc.parse(t) for t in group], repeat)
        t_walk = best_cpu(lambda: [speechdoc.parse(t).walk() for t in group], repeat)
        t_md = best_cpu(lambda: [reference(t) for t in group], repeat)
        n = sum(map(len, group))
        print(f"    {name:<12} {len(group):4d} texts {n:>10,} chars ({n // len(group):>7,} a text) "
              f"{t_sd * 1000:8.1f} ms / {t_md * 1000:8.1f} ms  ratio {t_sd / t_md:5.2f}; "
              f"+ outline read {t_walk * 1000:8.1f} ms  ratio {t_walk / t_md:5.2f}")


# -- 2. time by stage ------------------------------------------------------------------

def stage_functions(pipeline: types.ModuleType) -> list[tuple[object, str]]:
    """(owner, attribute) of every function ``pipeline`` calls through its own namespace.

    Three kinds, all found from the module: functions imported into it or defined in it
    (``clean``, ``_metrics``), functions of stage modules it calls as ``module.name``
    (``meta_stage.speech_facts``), and names it imports inside a function
    (``from .readers import open_input``), wrapped on their module.
    """
    skip = {"parse", "parse_file", "_parse_loaded", "_gc_paused"}
    tree = ast.parse(inspect.getsource(pipeline))
    out: list[tuple[object, str]] = []
    for name, obj in vars(pipeline).items():
        if name in skip or not isinstance(obj, types.FunctionType) or not obj.__module__.startswith("speechdoc"):
            continue
        out.append((pipeline, name))
    modules = {name: obj for name, obj in vars(pipeline).items()
               if isinstance(obj, types.ModuleType) and obj.__name__.startswith("speechdoc")}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
            mod = modules[node.value.id]
            if isinstance(getattr(mod, node.attr, None), types.FunctionType):
                out.append((mod, node.attr))
        elif isinstance(node, ast.FunctionDef):
            for sub in ast.walk(node):
                if isinstance(sub, ast.ImportFrom) and sub.level == 1 and sub.module:
                    mod = sys.modules.get(f"{pipeline.__package__}.{sub.module}")
                    if mod is None:
                        __import__(f"{pipeline.__package__}.{sub.module}")
                        mod = sys.modules[f"{pipeline.__package__}.{sub.module}"]
                    out += [(mod, a.name) for a in sub.names if isinstance(getattr(mod, a.name, None), types.FunctionType)]
    seen: set[tuple[int, str]] = set()
    return [(o, n) for o, n in out if (id(o), n) not in seen and not seen.add((id(o), n))]  # type: ignore[func-returns-value]


def label(owner: object, name: str) -> str:
    fn = getattr(owner, name)
    return f"{fn.__module__.removeprefix('speechdoc.')}.{name}"


class StageClock:
    """Wraps functions so that each is charged its own time, not that of wrapped functions it calls."""

    def __init__(self) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[float] = []  # time spent in wrapped callees, per open call
        self._undo: list[tuple[object, str, object]] = []

    def wrap(self, owner: object, name: str) -> None:
        fn = getattr(owner, name)
        key = label(owner, name)
        stack, own, calls, clock = self._stack, self.own, self.calls, time.process_time

        def timed(*a, **k):
            stack.append(0.0)
            t = clock()
            try:
                return fn(*a, **k)
            finally:
                spent = clock() - t
                inner = stack.pop()
                own[key] += spent - inner
                calls[key] += 1
                if stack:
                    stack[-1] += spent

        self._undo.append((owner, name, fn))
        setattr(owner, name, timed)

    def unwrap(self) -> None:
        for owner, name, fn in reversed(self._undo):
            setattr(owner, name, fn)
        self._undo.clear()


def stage_table(texts: list[str], repeat: int) -> None:
    import speechdoc
    from speechdoc import pipeline

    clock = StageClock()
    for owner, name in stage_functions(pipeline):
        clock.wrap(owner, name)
    best: tuple[float, dict[str, float], dict[str, int]] | None = None
    try:
        for _ in range(repeat):
            clock.own.clear()
            clock.calls.clear()
            t = time.process_time()
            for x in texts:
                speechdoc.parse(x).metrics()  # (metrics.extract runs at this first read)
            total = time.process_time() - t
            if best is None or total < best[0]:
                best = (total, dict(clock.own), dict(clock.calls))
    finally:
        clock.unwrap()
    assert best is not None
    total, own, calls = best
    print(f"time by stage of a parse and the reading of every metric (best of {repeat} rounds with the stages "
          f"wrapped, own time of each; the wrapping adds ~1 µs a call):")
    for key, sec in sorted(own.items(), key=lambda kv: -kv[1]):
        print(f"  {key:34s} {sec * 1000:8.1f} ms {sec / total * 100:5.1f}%  {calls[key]:>8,} calls")
    rest = total - sum(own.values())
    print(f"  {'pipeline itself':34s} {rest * 1000:8.1f} ms {rest / total * 100:5.1f}%")
    print(f"  {'total':34s} {total * 1000:8.1f} ms")


# -- 3. and 4. the generated document ----------------------------------------------------

def generated(texts: list[str], size: int) -> str:
    """The texts one after another, again and again, to about ``size`` characters, cut at a line end.

    What does not fill a whole round takes the opening lines of every text in proportion
    to its length, so that a document smaller than the texts together holds the same mix
    of them as a large one (a growth ratio then compares like with like).
    """
    units = [t.strip("\n") + "\n\n" for t in texts]
    unit = "".join(units)
    rounds, rest = divmod(size, len(unit))
    share = rest / len(unit)
    out = unit * rounds + "".join(t[: t.rfind("\n", 0, int(share * len(t))) + 1] for t in units)
    cut = out.rfind("\n", 0, size)
    return out[: cut + 1 if cut > 0 else size]


_WARM_UP = "同志们：\n一、总体要求\n（一）稳增长。今年生产总值增长6%左右，一是扩大内需；二是稳定就业。\n二、重点任务\n"


def _status(field: str) -> int | None:
    """A ``/proc/self/status`` field in bytes (Linux), or None."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            m = re.search(rf"^{field}:\s+(\d+) kB", f.read(), re.M)
    except OSError:
        return None
    return int(m[1]) * 1024 if m else None


def child(size: int, paths: list[str]) -> None:
    """In a fresh interpreter: the peak memory of one parse of the generated document and its time; as JSON."""
    import speechdoc

    text = generated(read_texts([Path(p) for p in paths]), size)
    speechdoc.parse(_WARM_UP)  # grammars and lazily compiled tables: a one-time cost, not this document's
    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")  # reset the peak RSS to the current RSS
        resettable = True
    except OSError:
        resettable = False
    before = _status("VmRSS")
    t = time.process_time()
    doc = speechdoc.parse(text)
    spent = time.process_time() - t
    peak = _status("VmHWM")
    t = time.process_time()
    doc.metrics()  # every metric read: extracted now
    spent_all = spent + time.process_time() - t
    peak_all = _status("VmHWM")  # the peak of the parse and of the extraction after it
    caps = sorted({d.code for d in doc.diagnostics if d.code.endswith("-cap")})  # (after: they wait for the metrics)
    del doc
    for _ in range(2 if len(text) <= 2_000_000 else 0):  # the best of 3 below 2 M: a short parse is a noisy one
        t = time.process_time()
        doc = speechdoc.parse(text)
        spent = min(spent, time.process_time() - t)
        doc.metrics()
        spent_all = min(spent_all, time.process_time() - t)
        del doc
    print(json.dumps({"chars": len(text), "seconds": spent, "seconds_all": spent_all, "before": before,
                      "peak": peak, "peak_all": peak_all, "resettable": resettable, "caps": caps}))


def run_child(size: int, paths: list[Path]) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(size), *map(str, paths)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def memory_and_growth(paths: list[Path], size: int, below_caps: int) -> None:
    sizes = sorted({below_caps // 10, below_caps, size // 10, size})
    runs = {n: run_child(n, paths) for n in sizes}
    print("generated document: the input texts repeated (each size in a fresh interpreter after a "
          "warm-up parse of another text; CPU time, best of 3 up to 2 M, of the parse alone and of the parse "
          "and the reading of every metric; memory is RSS, of the first parse, then with every metric read)")
    for n in sizes:
        r = runs[n]
        line = (f"  {r['chars']:>12,} chars: {r['seconds']:7.2f} s  {r['chars'] / r['seconds'] / 1e6:5.2f} M chars/s"
                f"  (+ every metric read {r['seconds_all']:7.2f} s)")
        if r["before"] is not None and r["peak"] is not None and r["resettable"]:
            grow, grow_all = r["peak"] - r["before"], r["peak_all"] - r["before"]
            line += (f"  RSS growth during parse {grow / 2**20:7.0f} MB = {grow / r['chars']:5.1f} B/char,"
                     f" + every metric read {grow_all / 2**20:7.0f} MB = {grow_all / r['chars']:5.1f} B/char"
                     f"  (process peak {r['peak_all'] / 2**20:.0f} MB = {r['peak_all'] / r['chars']:.1f} B/char)")
        else:
            line += "  (no /proc/self/status or clear_refs here: memory not measured)"
        print(line)
        if r["caps"]:
            print(f"  {'':>12}        caps reached: {', '.join(r['caps'])}")
    for small, large, what in ((size // 10, size, "issue 10 asks for <= 11"),
                               (below_caps // 10, below_caps, "the document below every cap")):
        a, b = runs[small], runs[large]
        capped = " (caps reached: the text after a cap is read more cheaply, so this flatters)" if b["caps"] else ""
        more, longer = b["chars"] / a["chars"], b["seconds_all"] / a["seconds_all"]
        print(f"  growth {small:,} -> {large:,} chars: {more:.1f}x the input took {longer:.2f}x the time, "
              f"{longer / more * 10:.1f}x for 10x ({what}; a parse and every metric read){capped}")


# -- main ----------------------------------------------------------------------------------

def parse_size(s: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmM]?)", s)
    if not m:
        raise argparse.ArgumentTypeError(f"a size like 20M, 500k or 2000000, not {s!r}")
    return int(float(m[1]) * {"": 1, "k": 10**3, "m": 10**6}[m[2].lower()])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog="\n".join(__doc__.splitlines()[2:]),
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="text files (default: every .txt of the dev corpus)")
    ap.add_argument("--repeat", type=int, default=5, help="rounds for speed and stages; the best is kept (5)")
    ap.add_argument("--size", type=parse_size, default=parse_size("20M"),
                    help="characters of the generated document (20M); the growth is from a tenth of it")
    ap.add_argument("--below-caps", type=parse_size, default=parse_size("500k"),
                    help="a second growth measure, from a tenth of this size to it (500k): a document this "
                         "large reaches none of the pipeline's caps, so every character is read in full")
    ap.add_argument("--no-memory", action="store_true", help="skip the generated document (memory and growth)")
    ap.add_argument("--no-stages", action="store_true", help="skip the time by stage")
    ap.add_argument("--stages", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for old scripts
    ap.add_argument("--json", action="store_true", help="also time model_dump_json() of the parsed documents")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child is not None:
        child(a.child, a.files)
        return 0
    paths = files(a.files)
    if not paths:
        print(f"no input: name text files, or put the dev corpus at {CORPUS} (or set SPEECHDOC_SHARED)",
              file=sys.stderr)
        return 1
    try:
        from markdown_it import MarkdownIt
    except ImportError:
        print("markdown-it-py, the reference, is not installed: python -m pip install -e '.[test]'", file=sys.stderr)
        return 1
    import speechdoc

    try:
        texts = read_texts(paths)
    except speechdoc.InputError as e:  # a missing or unreadable file
        print(f"no input: {e}", file=sys.stderr)
        return 1
    chars = sum(map(len, texts))
    if not chars:
        print("no input: the files named hold no text", file=sys.stderr)
        return 1
    where = f"the dev corpus {CORPUS}" if not a.files else "the files named"
    print(f"input: {len(texts)} file{'s' * (len(texts) != 1)}, {chars:,} chars ({where}); "
          f"Python {sys.version.split()[0]}")
    for t in texts[:3]:
        speechdoc.parse(t)  # grammars and lazily compiled tables are built once per process
    md = MarkdownIt("commonmark")
    t_sd = best_cpu(lambda: [speechdoc.parse(t) for t in texts], a.repeat)
    t_walk = best_cpu(lambda: [speechdoc.parse(t).walk() for t in texts], a.repeat)
    t_all = best_cpu(lambda: [speechdoc.parse(t).metrics() for t in texts], a.repeat)
    t_md = best_cpu(lambda: [md.parse(t) for t in texts], a.repeat)
    print(f"speed (best of {a.repeat} rounds, CPU time, one process):")
    print(f"  speechdoc.parse                      {t_sd * 1000:8.1f} ms  {chars / t_sd / 1e6:5.2f} M chars/s"
          "  (no metric read: they are extracted when one is first read; no node read: the outline is found when first read)")
    print(f"  speechdoc.parse + the outline read   {t_walk * 1000:8.1f} ms  {chars / t_walk / 1e6:5.2f} M chars/s"
          "  (doc.walk() after each parse: every speech's markers found, decoded and its nodes made)")
    print(f"  speechdoc.parse + every metric read  {t_all * 1000:8.1f} ms  {chars / t_all / 1e6:5.2f} M chars/s"
          "  (doc.metrics() after each parse: the whole cost of reading metrics, JSON or records)")
    print(f"  markdown-it-py (commonmark) parse    {t_md * 1000:8.1f} ms  {chars / t_md / 1e6:5.2f} M chars/s")
    print(f"  ratio speechdoc.parse / markdown-it-py:                      {t_sd / t_md:5.2f} "
          "(the time; issue 10 asks for <= 0.67)")
    print(f"  ratio speechdoc.parse + the outline read / markdown-it-py:   {t_walk / t_md:5.2f}")
    print(f"  ratio speechdoc.parse + every metric read / markdown-it-py:  {t_all / t_md:5.2f}")
    by_folder(paths, texts, md.parse, a.repeat)
    if a.json:
        docs = [speechdoc.parse(t) for t in texts]
        for d in docs:
            d.metrics()  # (extracted before the first round: every round times the dump alone)
        t_js = best_cpu(lambda: [d.model_dump_json() for d in docs], a.repeat)
        print(f"  model_dump_json of those documents {t_js * 1000:8.1f} ms  {chars / t_js / 1e6:5.2f} M chars/s")
    if not a.no_stages:
        stage_table(texts, a.repeat)
    if not a.no_memory:
        memory_and_growth(paths, a.size, a.below_caps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
