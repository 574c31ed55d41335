"""Metric fixtures: a text and, one line a metric, what a reader expects of it.

Each expected line is ``value unit | qualifier | direction | basis | kind | period |
indicator`` (``X`` for a placeholder, ``a–b`` for a range, ``-`` for none; the qualifier
column shows a hedge as ``~约``, ``~近``, ``~多``…); an
empty expected side means the text holds no metric (false friends).

Set ``SPEECHDOC_REGEN=1`` to rewrite the expected sides from the current output
(then read every changed line before committing); a test fails while it is set.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import speechdoc
from fixture_file import FIXTURES, read_cases

REGEN = os.environ.get("SPEECHDOC_REGEN") == "1"
FILES = sorted((FIXTURES / "metrics").glob("*.txt"))
CASES = [
    pytest.param(path, case, id=f"{path.stem}:{case.line}:{case.title[:40]}")
    for path in FILES
    for case in read_cases(path)
]


def _num(v: float | int | None) -> str:
    if v is None:
        return "X"
    return str(int(v)) if float(v).is_integer() else str(v)


def render(m: speechdoc.Metric) -> str:
    value = _num(m.value) + (f"–{_num(m.value_high)}" if m.value_high is not None else "")
    fields = [m.qualifier or (m.hedge and "~" + m.hedge), m.direction, m.basis, m.kind, m.period, m.indicator]
    return f"{value} {m.unit or '-'} | " + " | ".join(f or "-" for f in fields)


def metrics_of(text: str) -> str:
    return "\n".join(render(m) for m in speechdoc.parse(text).metrics())


def _regen(path: Path) -> None:
    out: list[str] = []
    for case in read_cases(path):
        out += [case.title, ".", case.input, "."]
        got = metrics_of(case.input)
        if got:
            out.append(got)
        out += [".", ""]
    path.write_text("\n".join(out), encoding="utf-8")


@pytest.mark.parametrize("path,case", CASES)
def test_metrics(path, case):
    assert metrics_of(case.input) == case.expected


def test_regen_flag_is_off():
    if REGEN:
        for path in FILES:
            _regen(path)
    assert not REGEN, "expected sides rewritten: review the diff, then run again without SPEECHDOC_REGEN"
