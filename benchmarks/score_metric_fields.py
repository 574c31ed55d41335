#!/usr/bin/env python3
"""Per-field accuracy of metrics, aligned exactly like ``shared/tools/score_outline.py``.

The reference scorer matches predicted and gold metrics on value + unit in
document order (longest common subsequence) and reports P/R/F1. This extension
does the same alignment and then, on the matched pairs, reports how often each
field agrees: indicator, direction, qualifier, basis, kind, period (None counts
as a value, so a missing qualifier where gold has none is right).

Usage::

    python benchmarks/score_metric_fields.py --metric-gold ../shared/corpus/metric_gold.jsonl \\
        --root ../shared/corpus [--show N] [--json]

It parses in-process with :func:`speechdoc.parse_file` (no subprocess per file). With
``--variant NAME`` each text is first rewritten by that variant of ``benchmarks/variants.py``
(``crlf``, ``trad``, ``fwdigits``, ``entities`` …): the fields must not change with it.
Indicator, basis and period are compared after folding to simplified script and to one
width (NFKC) and deleting blanks; everything else is compared exactly.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

FIELDS = ("indicator", "direction", "qualifier", "basis", "kind", "period")
UNIT_FOLD = {"％": "%", "百分点": "个百分点"}

try:
    import opencc  # type: ignore

    _T2S = opencc.OpenCC("t2s").convert
except Exception:  # pragma: no cover
    _T2S = lambda s: s  # noqa: E731


def metric_eq(g: dict, p: dict) -> bool:
    gu = UNIT_FOLD.get(str(g.get("unit") or ""), str(g.get("unit") or ""))
    pu = UNIT_FOLD.get(str(p.get("unit") or ""), str(p.get("unit") or ""))
    if gu != pu:
        return False
    gv, pv = g.get("value"), p.get("value")
    if gv is None or pv is None:
        return gv is None and pv is None
    try:
        return abs(float(gv) - float(pv)) < 1e-6 * max(1.0, abs(float(gv)))
    except (TypeError, ValueError):
        return False


def lcs_align(a: list, b: list, eq) -> list[tuple[int, int]]:
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if eq(a[i], b[j]) else max(dp[i + 1][j], dp[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if eq(a[i], b[j]) and dp[i][j] == dp[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def norm(field: str, v: object) -> object:
    if v is None or field not in ("indicator", "basis", "period"):
        return v
    return _T2S(unicodedata.normalize("NFKC", re.sub(r"\s+", "", str(v))))


def score(gold_path: Path, root: Path, show: int = 0, variant: str | None = None) -> dict:
    import speechdoc

    rewrite = None
    if variant is not None:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from variants import TRANSFORMS
        rewrite = TRANSFORMS[variant]

    ok = {f: 0 for f in FIELDS}
    T = dict(gold=0, pred=0, match=0)
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if rewrite is None:
            doc = speechdoc.parse_file(root / g["file"])
        else:
            doc = speechdoc.parse(rewrite((root / g["file"]).read_text(encoding="utf-8")))
        pred = [m.model_dump() for m in doc.metrics()]
        gold = g["metrics"]
        pairs = lcs_align(gold, pred, metric_eq)
        T["gold"] += len(gold)
        T["pred"] += len(pred)
        T["match"] += len(pairs)
        shown = 0
        for gi, pi in pairs:
            for f in FIELDS:
                if norm(f, gold[gi].get(f)) == norm(f, pred[pi].get(f)):
                    ok[f] += 1
                elif shown < show:
                    shown += 1
                    print(f"  {g['file']} {f}: gold {gold[gi].get(f)!r} pred {pred[pi].get(f)!r} | {gold[gi]['text'][:40]}")
        if show:
            mg = {gi for gi, _ in pairs}
            mp = {pi for _, pi in pairs}
            for gi, x in enumerate(gold):
                if gi not in mg:
                    print(f"  {g['file']} MISSED {x['value']} {x['unit']} | {x['text'][:50]}")
            for pi, x in enumerate(pred):
                if pi not in mp:
                    print(f"  {g['file']} EXTRA {x['value']} {x['unit']} | {x['text'][:50]}")
    n = T["match"]
    p = n / T["pred"] if T["pred"] else 0.0
    r = n / T["gold"] if T["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    out = {"metric_p": round(p, 4), "metric_r": round(r, 4), "metric_f1": round(f1, 4), "matched": n}
    out.update({f"{f}_acc": round(ok[f] / n, 4) if n else 0.0 for f in FIELDS})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--metric-gold", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--show", type=int, default=0, help="print up to N field mismatches a document, and misses")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--variant", help="rewrite each text first, as this variant of benchmarks/variants.py does")
    a = ap.parse_args(argv)
    res = score(Path(a.metric_gold), Path(a.root), a.show, a.variant)
    print("FIELDS " + " ".join(f"{k} {v}" for k, v in res.items()))
    if a.json:
        print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
