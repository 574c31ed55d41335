"""Cleaning fixtures: page chrome, metadata, glosses, PDF spaces, mojibake — both scripts.

Each case in ``fixtures/clean/*.txt`` is a title, ``.``, an input, ``.``, the expected
dump, ``.``. The dump lists what a reader gets: the noise records (kind and source
text), the document and speech metadata, the mojibake diagnostics, the outline and
the paragraphs' text. A title containing ``[simplified]`` parses with
``script="simplified"``. Set ``SPEECHDOC_REGEN=1`` to print the actual dumps (the
test then fails, so a regenerated file is never taken on trust).
"""
from __future__ import annotations

import os

import pytest
from fixture_file import FIXTURES, read_cases

import speechdoc
from speechdoc.document.model import Document

FILES = sorted((FIXTURES / "clean").glob("*.txt"))
CASES = [(f, c) for f in FILES for c in read_cases(f)]
REGEN = os.environ.get("SPEECHDOC_REGEN") == "1"

_META = ("title", "date", "time", "site", "source", "truncated", "omitted_chars", "total_chars", "shown_chars")


def dump(doc: Document) -> str:
    out = [f"noise {n.kind}: {n.text}" for n in doc.noise]
    for key in _META:
        value = getattr(doc.meta, key)
        if value not in (None, False):
            out.append(f"meta {key}: {value}")
    for d in doc.diagnostics:
        if d.code == "mojibake":
            out.append(f"mojibake: {doc.text[d.span[0]:d.span[1]]}")
    for sp in doc.speeches:
        facts = [f"{k}={getattr(sp, k)}" for k in ("title", "occasion", "speaker", "date", "salutation")
                 if getattr(sp, k) is not None]
        out.append(f"speech {sp.index}" + (": " + ", ".join(facts) if facts else ""))
        for node in sp.walk():
            out.append("  " * node.depth + f"{node.marker} {node.title}")
    paras = list(doc.front)
    for sp in doc.speeches:
        paras += sp.blocks
        for node in sp.walk():
            paras += node.blocks
    paras.sort(key=lambda p: p.span)
    out += [f"| {p.text}" for p in paras if p.text]
    return "\n".join(out)


@pytest.mark.parametrize("path,case", CASES, ids=[f"{f.stem}:{c.line}" for f, c in CASES])
def test_clean_fixture(path, case):
    script = "simplified" if "[simplified]" in case.title else "source"
    doc = speechdoc.parse(case.input, script=script)
    got = dump(doc)
    if REGEN:
        print(f"\n{case.title}\n.\n{case.input}\n.\n{got}\n.")
        pytest.fail("SPEECHDOC_REGEN is set: check the printed dumps, then unset it")
    assert got == case.expected, f"{path.name}:{case.line} {case.title}"


def test_every_noise_kind_has_fixtures_in_both_scripts():
    from speechdoc.text.boilerplate import INLINE_RULES, LINE_RULES

    kinds = {k for k, _ in LINE_RULES + INLINE_RULES} | {"site"}
    seen: dict[str, set[str]] = {k: set() for k in kinds}
    for _, case in CASES:
        doc = speechdoc.parse(case.input)
        for n in doc.noise:
            if n.kind in seen:
                folded = speechdoc.text.clean.fold_script(n.text)
                seen[n.kind].add("traditional" if folded != n.text else "simplified")
    missing = {k: {"simplified", "traditional"} - v for k, v in seen.items() if {"simplified", "traditional"} - v}
    assert not missing, missing
