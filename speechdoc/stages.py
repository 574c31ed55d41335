"""Dump an intermediate stage, to see why a marker was or was not taken.

``speechdoc parse FILE --stage markers`` prints a header row, then every marker the
grammar read: where it sits (line start, after a sentence end, after a comma) and
whether the outline kept it, or why the scan set it aside before the outline saw it; ``--stage layout`` prints each paragraph start;
``--stage clean`` prints the cleaned, folded view and the noise set aside;
``--stage outline`` prints each chain of markers (a run of one style with consecutive
numbers), the evidence it was weighed on and the decision, then the diagnostics.

>>> print(dump("一、甲\\n三是乙。\\n他说“一要吃饭，二要建设”。\\n二、丙", "markers"))  # doctest: +NORMALIZE_WHITESPACE
offset	marker	style	ordinal	context	decision
0	一、	han_dun	1	line	kept depth 1
4	三是	clause_shi	3	line	text
12	一要	clause_yao	1	-	rejected: mid-sentence
17	二要	clause_yao	2	-	rejected: inside a quotation
24	二、	han_dun	2	line	kept depth 1
"""
from __future__ import annotations

from bisect import bisect_left

from .text.clean import clean
from .errors import UsageError
from .text.layout import analyse
from .text.load import load
from .outline.markers import scan
from .outline.decode import Decision, build, decide
from .outline.segment import find_speeches

__all__ = ["STAGES", "MARKER_COLUMNS", "dump"]

STAGES = ("clean", "layout", "markers", "outline")
#: the header row of ``--stage markers``: "text" is a candidate the outline did not keep; "rejected: why"
#: one the scan set aside before the outline saw it
MARKER_COLUMNS = "offset\tmarker\tstyle\tordinal\tcontext\tdecision"


def dump(data: str | bytes, stage: str, encoding: str | None = None) -> str:
    if stage not in STAGES:
        raise UsageError(f"unknown stage {stage!r}; choose one of {', '.join(STAGES)}")
    raw = load(data, encoding=encoding).text
    cleaned = clean(raw)
    fold = cleaned.view.fold
    if stage == "clean":
        noise = "\n".join(f"# {n.kind}\t{n.start}-{n.end}\t{raw[n.start:n.end]!r}" for n in cleaned.noise)
        return (noise + "\n" if noise else "") + fold
    lay = analyse(fold)
    if stage == "layout":
        rows = []
        for i, p in enumerate(lay.para_starts):
            end = lay.para_starts[i + 1] if i + 1 < len(lay.para_starts) else len(fold)
            flat = " flat" if any(s <= p < e for s, e in lay.flat_lines) else ""
            rows.append(f"{cleaned.view.to_raw(p)}\t{end - p}{flat}\t{fold[p:min(end, p + 30)].strip()!r}")
        return "\n".join(rows)
    rejected: list[tuple[int, int, str, str, int, str]] = []
    heard: list[tuple[int, int]] = []
    cuts = find_speeches(fold, lay.flat_lines, None, heard)
    cands = scan(fold, lay.virtual_starts, lay.para_starts, rejected, wraps=lay.wraps, flat_lines=lay.flat_lines,
                 salutes=heard)
    if stage == "outline":
        return _outline(cleaned.view, cands, cuts, lay.hard_breaks)
    kept: dict[int, int] = {}
    starts = [c.start for c in cands]
    for i, cut in enumerate(cuts):
        end = cuts[i + 1].start if i + 1 < len(cuts) else len(fold)
        sub = cands[bisect_left(starts, cut.start):bisect_left(starts, end)]
        nodes, _ = build(sub, lay.hard_breaks)
        kept.update((n.cand.start, n.depth) for n in nodes)
    rows = [(c.start, f"{cleaned.view.to_raw(c.start)}\t{cleaned.view.text[c.start:c.end]}\t{c.style}\t{c.ordinal}\t"
                      f"{c.context}\t" + (f"kept depth {kept[c.start]}" if c.start in kept else "text"))
            for c in cands]
    rows += [(s, f"{cleaned.view.to_raw(s)}\t{cleaned.view.text[s:e]}\t{style}\t{n}\t-\trejected: {why}")
             for s, e, _, style, n, why in rejected]
    rows.sort(key=lambda r: r[0])
    return "\n".join([MARKER_COLUMNS, *(r for _, r in rows)])


def _outline(view, cands, cuts, hard_breaks) -> str:
    """One line a chain: offset, markers, style, evidence, decision; then the diagnostics."""
    rows: list[str] = []
    starts = [c.start for c in cands]
    for i, cut in enumerate(cuts):
        end = cuts[i + 1].start if i + 1 < len(cuts) else len(view.fold)
        sub = cands[bisect_left(starts, cut.start):bisect_left(starts, end)]
        d = decide(sub, hard_breaks)
        if len(cuts) > 1:
            rows.append(f"# speech {i + 1}")
        rows.extend(_chain_rows(view, sub, d))
        rows.extend(f"! {view.to_raw(a)}-{view.to_raw(b)}\t{sev} {code}: {msg}" for sev, code, msg, a, b in d.diagnostics)
    return "\n".join(rows)


def _chain_rows(view, cands, d: Decision) -> list[str]:
    depth = {id(n.cand): n.depth for n in d.nodes}
    out = []
    for ch in d.chains:
        ms = [cands[i] for i in ch.members]
        n = len(ms)
        evidence = [f"line {ch.line}/{n}"]
        if ch.fragments:
            evidence.append(f"cuts {ch.fragments}/{n}")
        if ch.weak:
            evidence.append("weak form")
        if ch.gaps:
            evidence.append(f"gaps {ch.gaps}")
        if ms[0].ordinal > 1:
            evidence.append(f"starts at {ms[0].ordinal}")
        if ch.rejected:
            decision = f"text ({ch.rejected})"
        else:
            kept = [str(depth[id(c)]) for c in ms if id(c) in depth]
            decision = f"kept depth {','.join(kept)}" if len(kept) == n else (
                f"kept {len(kept)}/{n} depth {','.join(kept)}" if kept else "text (no open list)")
        markers = " ".join(view.text[c.start:c.end] for c in ms)
        out.append(f"{view.to_raw(ms[0].start)}\t{markers}\t{ch.style}\t{', '.join(evidence)}\t{decision}")
    return out
