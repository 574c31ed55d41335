"""benchmarks/bench_parse.py runs end to end and refuses to run without input.

It prints times; nothing here asserts one (speed lives in benchmarks/, never in a test).
What is checked is that every part of its report is there and means what it says.
"""
from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks" / "bench_parse.py"
REPORT = ROOT / "fixtures" / "query" / "work_report.txt"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True, timeout=300,
                          env=env)


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_parse", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_input_is_an_error(tmp_path):
    import os

    done = run(env={**os.environ, "SPEECHDOC_SHARED": str(tmp_path)})  # no files named, no corpus there
    assert done.returncode == 1 and "no input" in done.stderr and not done.stdout
    done = run(str(tmp_path / "missing.txt"))
    assert done.returncode == 1 and "no such file" in done.stderr


def test_one_run_reports_both_parsers_the_stages_memory_and_growth():
    done = run(str(REPORT), "--repeat", "1", "--size", "300k", "--below-caps", "100k")
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert re.search(r"input: 1 file, 991 chars", out)
    assert re.search(r"speechdoc\.parse +[0-9.]+ ms", out) and re.search(r"markdown-it-py \(commonmark\) parse +[0-9.]+ ms", out)
    # both speechdoc rows, each with its ratio: the parse alone (metrics are extracted when first read) and
    # the parse with every metric read, so that the first is never taken for the whole cost
    assert re.search(r"speechdoc\.parse \+ every metric read +[0-9.]+ ms", out)
    assert re.search(r"ratio speechdoc\.parse / markdown-it-py: +[0-9.]+", out)
    assert re.search(r"ratio speechdoc\.parse \+ every metric read / markdown-it-py: +[0-9.]+", out)
    assert "time by stage of a parse and the reading of every metric" in out and "metrics.extract" in out
    stages = re.findall(r"^  (\S+(?: itself)?) +[0-9.]+ ms +[0-9.]+%", out, re.M)
    assert "pipeline itself" in stages and len(stages) >= 6 and "text.clean.clean" in stages, stages
    sizes = [int(n.replace(",", "")) for n in re.findall(r"^ +([0-9,]+) chars:", out, re.M)]
    assert [round(n, -4) for n in sizes] == [10_000, 30_000, 100_000, 300_000], sizes
    assert len(re.findall(r"RSS growth during parse +\d+ MB = +[0-9.]+ B/char, \+ every metric read +\d+ MB = "
                          r"+[0-9.]+ B/char", out)) == 4
    assert re.search(r"caps reached: .*node-cap", out)  # 300 k characters of a dense report: past 5,000 markers
    growth = re.findall(r"growth ([0-9,]+) -> ([0-9,]+) chars: [0-9.]+x the input took [0-9.]+x the time, "
                        r"[0-9.]+x for 10x \((.*?)\)", out)
    assert [g[:2] for g in growth] == [("30,000", "300,000"), ("10,000", "100,000")]
    assert "flatters" in out.split("growth 30,000")[1].split("\n")[0]


def test_no_memory_skips_the_generated_document():
    done = run(str(REPORT), "--repeat", "1", "--no-memory", "--no-stages")
    assert done.returncode == 0 and "ratio" in done.stdout
    assert "generated document" not in done.stdout and "time by stage" not in done.stdout


def test_the_stage_clock_charges_each_stage_its_own_time_and_unwraps():
    bench = load_bench()
    import speechdoc
    from speechdoc import pipeline

    found = bench.stage_functions(pipeline)
    names = {bench.label(owner, name) for owner, name in found}
    # imported into the pipeline, defined there, and imported inside parse(): all three kinds are found
    assert "text.clean.clean" in names and "readers.open_input" in names
    assert any(n.startswith("pipeline._") for n in names)
    assert {n.split(".")[0] for n in names} <= {"text", "outline", "metrics", "document", "readers", "pipeline"}
    originals = [getattr(owner, name) for owner, name in found]
    clock = bench.StageClock()
    for owner, name in found:
        clock.wrap(owner, name)
    try:
        speechdoc.parse(REPORT.read_text(encoding="utf-8"))
    finally:
        clock.unwrap()
    assert [getattr(owner, name) for owner, name in found] == originals
    assert clock.calls["text.clean.clean"] == 1 and clock.calls["readers.open_input"] == 1
    assert all(sec >= 0 for sec in clock.own.values())


def test_the_generated_document_holds_the_same_mix_of_texts_at_every_size():
    bench = load_bench()
    first, second = "一、总体要求\n增长6%。\n", "二、重点任务\n"
    text = bench.generated([first, second], 100)
    assert len(text) <= 100 and text.endswith("\n")
    assert text.count("一、总体要求\n增长6%。\n\n") == 4 and text.count("二、重点任务\n\n") == 4
    assert text.startswith(first + "\n" + second + "\n" + first) and text.endswith(second + "\n" + "一、总体要求\n")
    small = bench.generated([first * 10, second * 10], 120)  # less than one round: every text's opening lines
    assert small.count("一、总体要求") == small.count("二、重点任务") == 6  # the same share of each


def test_texts_of_several_folders_are_also_compared_folder_by_folder():
    # a fixed cost per parse weighs on short texts: the total alone would hide which kind of text is slow
    other = ROOT / "fixtures" / "query" / "county_speech_trad.txt"
    elsewhere = sorted((ROOT / "fixtures" / "outline").glob("*.txt"))[0]
    done = run(str(REPORT), str(other), str(elsewhere), "--repeat", "1", "--no-memory", "--no-stages")
    assert done.returncode == 0, done.stderr[-2000:]
    rows = re.findall(r"^    (\S+) +(\d+) texts +([0-9,]+) chars \( *([0-9,]+) a text\) +[0-9.]+ ms / +[0-9.]+ ms  "
                      r"ratio +[0-9.]+; \+ outline read +[0-9.]+ ms  ratio +[0-9.]+$", done.stdout, re.M)
    sizes = {p.parent.name: 0 for p in (REPORT, other, elsewhere)}
    for p in (REPORT, other, elsewhere):
        sizes[p.parent.name] += len(p.read_text(encoding="utf-8"))
    assert {r[0]: (int(r[1]), int(r[2].replace(",", ""))) for r in rows} == {
        "query": (2, sizes["query"]), "outline": (1, sizes["outline"])}
    # one folder: no breakdown (the total says it all)
    done = run(str(REPORT), str(other), "--repeat", "1", "--no-memory", "--no-stages")
    assert done.returncode == 0 and "by folder" not in done.stdout
