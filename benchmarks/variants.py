#!/usr/bin/env python3
"""The development corpus written other ways: does the outline (and do the metrics) hold?

Run by hand (not a test; the corpus is not in a user's clone)::

    python benchmarks/variants.py                 # every variant
    python benchmarks/variants.py --only crlf trad --show 5

Each gold document of the dev corpus (``$SPEECHDOC_SHARED`` or ``../shared``) is parsed as
it is and rewritten in ways that must not change what it says: saved with ``\\r\\n``, in
traditional script, indented, with blank lines added or taken away, page-number lines, form
feeds, a PDF's hard wraps at a printed column, web chrome around it, zero-width spaces,
no-break spaces or their entities, full-width digits, half- or full-width punctuation,
Markdown heading marks or bold. For each it prints node F1, depth accuracy and metric F1 per
set (scored as ``../shared/tools/score_outline.py`` scores), and the documents that changed.
Some variants are harsher than real files (``wrap`` splits flattened one-line pages again,
``markdown`` marks every 一、 as a level-2 heading, restarted lists included): read their
differences, do not chase them. ``tests/test_variants.py`` holds our own fixtures to the same
variants.
"""
import argparse
import json
import os
import re
import sys
from pathlib import Path

SHARED = Path(os.environ.get("SPEECHDOC_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus"
if not (SHARED / "tools" / "score_outline.py").exists():
    sys.exit(f"no development corpus at {SHARED} (set SPEECHDOC_SHARED)")
sys.path.insert(0, str(SHARED / "tools"))
import score_outline as so  # noqa: E402
from opencc import OpenCC  # noqa: E402

import speechdoc  # noqa: E402

SETS = [("seeds+cpc", "outline_gold.jsonl"), ("web", "web/outline_gold.jsonl"), ("reports", "reports/outline_gold.jsonl")]
MGOLD = {}
for _m in ("metric_gold.jsonl", "web/metric_gold.jsonl"):
    for _l in open(CORPUS / _m, encoding="utf-8"):
        if _l.strip():
            _o = json.loads(_l); MGOLD[_o.get("file") or _o.get("id")] = _o["metrics"]
_S2T = OpenCC("s2t").convert

def t_none(t): return t
def t_trad(t): return _S2T(t)
_S2TW = OpenCC("s2tw").convert
def t_taiwan(t): return _S2TW(t)  # Taiwan's forms (為 群 裡)
_S2HK = OpenCC("s2hk").convert
def t_hongkong(t): return _S2HK(t)
def t_markerspace(t): return re.sub(r"(?m)^([ \t\u3000]*[一二三四五六七八九十]{1,3}、)(?=\S)", r"\1 ", t)
def t_crlf(t): return t.replace("\n", "\r\n")
def t_indent(t): return "\n".join(("\u3000\u3000" + l.lstrip(" \t\u3000")) if l.strip() else l for l in t.split("\n"))
def t_blank(t): return re.sub(r"\n(?=\S)", "\n\n", t)
def t_noblank(t): return re.sub(r"\n[ \t\u3000]*\n+", "\n", t)
def t_trailing(t): return "\n".join(l + "  " if l.strip() else l for l in t.split("\n"))
def t_pages(t):
    out, n = [], 1
    for i, l in enumerate(t.split("\n")):
        out.append(l)
        if i % 25 == 24:
            n += 1; out.append(f"— {n} —")
    return "\n".join(out)
def t_formfeed(t):
    ls = t.split("\n")
    return "\n".join(("\f" + l) if i % 30 == 29 else l for i, l in enumerate(ls))
_NO_START = set("，。、；：！？）」』”’》%,.;:!?)]％·…—")
_NO_END = set("（「『“‘《([")
_NUM = set("第一二三四五六七八九十")
def _word(c): return c.isascii() and (c.isalnum() or c in ".%") or c in _NUM
def t_wrap(t):  # PDF-like: hard wrap long lines at a printed width of 38 (ASCII half-width), with the
    out = []     # typesetter's rules (kinsoku): no closing mark opens a line, no opening mark ends one,
    for l in t.split("\n"):  # no number is split
        while sum(0.5 if c.isascii() else 1 for c in l) > 38:
            k, w = 0, 0.0
            while w + (0.5 if l[k].isascii() else 1) <= 38:
                w += 0.5 if l[k].isascii() else 1
                k += 1
            while k > 20 and (l[k] in _NO_START or l[k - 1] in _NO_END or (_word(l[k]) and _word(l[k - 1]))):
                k -= 1
            out.append(l[:k]); l = l[k:]
        out.append(l)
    return "\n".join(out)
def t_chrome(t):
    return "首页 > 新闻中心 > 领导讲话\n来源：本站  发布时间：2021-03-05 09:12  浏览次数：1024\n【字体：大 中 小】\n" + t + "\n上一篇：关于做好春耕工作的通知\n下一篇：没有了\n【打印本页】【关闭窗口】\n"
def t_runon(t): return re.sub(r"[ \t\u3000]*\n[ \t\u3000\n]*", "", t)  # a page scraped onto one line, breaks lost
def t_zwsp(t): return t.replace("\n", "\n\u200b")
def t_nbsp(t): return t.replace("\u3000", "\u00a0")
_FW = str.maketrans("0123456789%.", "０１２３４５６７８９％．")
def t_fwdigits(t): return t.translate(_FW)
_HW = str.maketrans("，：；（）！？", ",:;()!?")
def t_halfpunct(t): return t.translate(_HW)
_FWP = str.maketrans(",:;()!?", "，：；（）！？")
def t_fullpunct(t): return t.translate(_FWP)
def t_entities(t): return "\n".join(("&nbsp;&nbsp;&nbsp;&nbsp;" + l.lstrip(" \t\u3000")) if l.strip() else l for l in t.split("\n"))
def t_markdown(t):
    return re.sub(r"(?m)^([ \t\u3000]*)([一二三四五六七八九十]{1,3}、)", r"\1## \2", t)
def t_bold(t):
    return re.sub(r"(?m)^([ \t\u3000]*)([一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)", r"\1**\2**", t)
def t_tabs(t): return "\n".join(("\t" + l.lstrip(" \t\u3000")) if l.strip() else l for l in t.split("\n"))
TRANSFORMS = {k[2:]: v for k, v in globals().items() if k.startswith("t_")}

def score(doc, gd):
    g = so.gold_with_parents(gd["nodes"])
    p = so.pred_nodes(doc)
    pairs = so.lcs_align(g, p, so.node_eq)
    d = sum(1 for gi, pi in pairs if int(g[gi]["depth"]) == p[pi]["depth"])
    mg = MGOLD.get(gd["file"])
    if mg is None:
        return len(g), len(p), len(pairs), d, 0, 0, 0
    pm = so.pred_metrics(doc)
    return len(g), len(p), len(pairs), d, len(mg), len(pm), len(so.lcs_align(mg, pm, so.metric_eq))

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--only", nargs="*"); ap.add_argument("--show", type=int, default=3)
    a = ap.parse_args()
    names = a.only or list(TRANSFORMS)
    base = {}
    for name in names:
        fn = TRANSFORMS[name]
        line = [f"{name:10}"]
        worse = []
        for sname, gpath in SETS:
            G = P = M = D = MG = MP = MM = 0
            for l in open(CORPUS / gpath, encoding="utf-8"):
                if not l.strip(): continue
                gd = json.loads(l)
                text = (CORPUS / gd["file"]).read_text(encoding="utf-8", errors="replace")
                doc = json.loads(speechdoc.parse(fn(text)).model_dump_json())
                g, p, m, d, mg, mp, mm = score(doc, gd)
                G += g; P += p; M += m; D += d; MG += mg; MP += mp; MM += mm
                key = gd["file"]
                if name == "none": base[key] = (m, p, d, mm, mp)
                elif key in base and (m, p, d, mm, mp) != base.get(key):
                    b = base[key]
                    worse.append(f"   {key}: match {b[0]}->{m} pred {b[1]}->{p} depth_ok {b[2]}->{d} (gold {g})"
                                 f" metrics match {b[3]}->{mm} pred {b[4]}->{mp} (gold {mg})")
            pr, rc, f = so.prf(M, P, G)
            line.append(f"{sname} F1 {f:.3f} depth {D / M if M else 0:.3f}" + (f" mF1 {so.prf(MM, MP, MG)[2]:.3f}" if MG else ""))
        print(" | ".join(line), flush=True)
        for w in worse[: a.show]: print(w)
        if len(worse) > a.show: print(f"   … {len(worse)} docs differ")


if __name__ == "__main__":
    main()
