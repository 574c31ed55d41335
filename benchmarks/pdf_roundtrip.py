#!/usr/bin/env python3
"""The development corpus typeset as PDFs and read back: does the outline (and the metrics) hold?

Run by hand (the corpus is not in a user's clone; needs the ``[pdf]`` and ``[test]`` extras)::

    python benchmarks/pdf_roundtrip.py                 # typeset into a temporary folder, then score
    python benchmarks/pdf_roundtrip.py --keep DIR      # keep the PDFs in DIR (made again only if missing)

Each gold document of the dev corpus (``$SPEECHDOC_SHARED`` or ``../shared``) is typeset on A4
by ``fixtures/readers/make.py`` (reportlab's STSong-Light, lines wrapped at the printed column,
a running header, ``- N -`` page numbers), read back with :func:`speechdoc.parse_file`, and
scored as ``../shared/tools/score_outline.py`` scores (node F1, depth accuracy, metric F1 per
set). A document the typesetter cannot lay out is listed and left out. The typesetter puts its
running header after the first paragraph, so a list in a speech's first paragraph may be read
as front matter: read the per-document differences (``--show``), do not chase them.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SPEECHDOC_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
SETS = [("seeds+cpc", "outline_gold.jsonl", "metric_gold.jsonl"), ("web", "web/outline_gold.jsonl",
        "web/metric_gold.jsonl"), ("reports", "reports/outline_gold.jsonl", None)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, help="folder for the PDFs (kept; a PDF already there is reused)")
    ap.add_argument("--show", action="store_true", help="list each document's missed and extra nodes")
    a = ap.parse_args(argv)
    if not (SHARED / "tools" / "score_outline.py").exists():
        print(f"no development corpus at {SHARED} (set SPEECHDOC_SHARED)", file=sys.stderr)
        return 1
    sys.path[:0] = [str(SHARED / "tools"), str(ROOT / "fixtures" / "readers")]
    import make  # noqa: E402  (fixtures/readers/make.py)
    import score_outline as so  # noqa: E402

    import speechdoc

    folder = a.keep or Path(tempfile.mkdtemp(prefix="speechdoc-pdf-"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, outline_gold, metric_gold in SETS:
        mgold = {}
        if metric_gold:
            for line in open(CORPUS / metric_gold, encoding="utf-8"):
                if line.strip():
                    o = json.loads(line)
                    mgold[o["file"]] = o["metrics"]
        g_n = p_n = m_n = d_n = mg_n = mp_n = mm_n = 0
        for line in open(CORPUS / outline_gold, encoding="utf-8"):
            if not line.strip():
                continue
            gd = json.loads(line)
            pdf = folder / (gd["file"].replace("/", "_") + ".pdf")
            if not pdf.exists():
                try:
                    make.pdf_file(pdf, (CORPUS / gd["file"]).read_text(encoding="utf-8"))
                except Exception as e:  # the typesetter's limits, not the parser's
                    print(f"  {gd['file']}: not typeset ({type(e).__name__}: {e})")
                    continue
            doc = json.loads(speechdoc.parse_file(pdf).model_dump_json())
            gold, pred = so.gold_with_parents(gd["nodes"]), so.pred_nodes(doc)
            pairs = so.lcs_align(gold, pred, so.node_eq)
            g_n, p_n, m_n = g_n + len(gold), p_n + len(pred), m_n + len(pairs)
            d_n += sum(1 for gi, pi in pairs if int(gold[gi]["depth"]) == pred[pi]["depth"])
            if a.show and (len(pairs) < len(gold) or len(pairs) < len(pred)):
                got = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
                print(f"  {gd['file']}: missed {[(g['marker'], g['title'][:12]) for i, g in enumerate(gold) if i not in got[0]]}"
                      f" extra {[(p['marker'], str(p['title'])[:12]) for i, p in enumerate(pred) if i not in got[1]]}")
            if gd["file"] in mgold:
                pm = so.pred_metrics(doc)
                mg_n, mp_n = mg_n + len(mgold[gd["file"]]), mp_n + len(pm)
                mm_n += len(so.lcs_align(mgold[gd["file"]], pm, so.metric_eq))
        line = f"{name:9} node F1 {so.prf(m_n, p_n, g_n)[2]:.3f} depth {d_n / m_n if m_n else 0:.3f}"
        print(line + (f" metric F1 {so.prf(mm_n, mp_n, mg_n)[2]:.3f}" if mg_n else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
