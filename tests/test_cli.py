"""The speechdoc command: formats, stdin, exit codes, stdout vs stderr."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from speechdoc.cli import main

SPEECH = "在全县经济工作会议上的讲话\n同志们：\n一、认清形势\n（一）成绩。\n二、明确任务\n"


def run(args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "speechdoc.cli", *args], input=stdin, capture_output=True, timeout=120)


def test_parse_json_from_stdin():
    r = run(["parse", "-", "--format", "json"], SPEECH.encode("gb18030"))
    assert r.returncode == 0
    doc = json.loads(r.stdout)
    assert doc["source"]["encoding"] == "gb18030"
    top = doc["speeches"][0]["children"]
    assert [n["marker"] for n in top] == ["一、", "二、"]
    node = top[0]["children"][0]
    for key in ("marker", "style", "ordinal", "depth", "title", "span", "children"):
        assert key in node
    assert (node["marker"], node["style"], node["ordinal"], node["depth"], node["title"]) == ("（一）", "han_paren", 1, 2, "成绩")


def test_parse_tree_and_markdown(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text(SPEECH, encoding="utf-8")
    tree = run(["parse", str(f), "--format", "tree"]).stdout.decode()
    assert "  一、 认清形势\n    （一） 成绩\n  二、 明确任务" in tree
    md = run(["parse", str(f), "--format", "markdown"]).stdout.decode()
    assert md == "# 在全县经济工作会议上的讲话\n## 一、认清形势\n### （一）成绩\n## 二、明确任务\n"


def test_missing_file_is_exit_1_with_a_message_on_stderr():
    r = run(["parse", "/no/such/file.txt"])
    assert r.returncode == 1
    assert r.stdout == b""
    assert b"no such file" in r.stderr


def test_binary_file_is_exit_1(tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF\x00\x00\x01\x02" * 100)
    r = run(["parse", str(f)])
    assert r.returncode == 1 and b"binary" in r.stderr


@pytest.mark.parametrize("args", [[], ["parse"], ["parse", "x", "--format", "yaml"], ["nonsense"]])
def test_usage_errors_are_exit_2(args, capsys):
    assert main(args) == 2


def test_help_is_exit_0(capsys):
    assert main(["--help"]) == 0
    assert "parse" in capsys.readouterr().out


def test_diagnostics_go_to_stderr(tmp_path):
    f = tmp_path / "gap.txt"
    f.write_text("一、甲\n三、乙\n", encoding="utf-8")
    r = run(["parse", str(f), "--format", "tree"])
    assert r.returncode == 0
    assert b"sequence-gap" in r.stderr and b"sequence-gap" not in r.stdout


def test_stage_dump_shows_rejected_candidates(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text("一、甲\n三是乙。\n二、丙\n", encoding="utf-8")
    r = run(["parse", str(f), "--stage", "markers"])
    assert r.returncode == 0
    rows = [line.split("\t") for line in r.stdout.decode().splitlines()]
    assert [(row[1], row[-1]) for row in rows] == [("一、", "kept depth 1"), ("三是", "text"), ("二、", "kept depth 1")]
    layout = run(["parse", str(f), "--stage", "layout"]).stdout.decode().splitlines()
    assert [line.split("\t")[0] for line in layout] == ["0", "4", "9"]


def test_many_files_as_jsonl_with_progress_on_stderr_and_a_bad_file(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("一、甲\n二、乙\n", encoding="utf-8")
    b.write_text("（一）丙\n", encoding="gb18030")
    r = run(["parse", str(a), str(tmp_path / "missing.txt"), str(b), "--format", "jsonl", "--progress", "-q"])
    assert r.returncode == 1  # one file could not be read; the others are still printed
    docs = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [[n["marker"] for n in d["speeches"][0]["children"]] for d in docs] == [["一、", "二、"], ["（一）"]]
    err = r.stderr.decode()
    assert "[3/3]" in err and "missing.txt" in err


def test_many_files_as_json_say_which_flag_to_add(capsys):
    assert main(["parse", "a.txt", "b.txt", "--format", "json"]) == 2
    assert capsys.readouterr().err == ("speechdoc: error: 2 files and --format json: add --format jsonl for one "
                                       "Document a line (or use --format tree or markdown)\n")


def test_jobs_keep_order_and_output(tmp_path):
    names = []
    for i in range(6):
        f = tmp_path / f"s{i}.txt"
        f.write_text(f"一、第{i}篇\n二、结尾\n", encoding="utf-8")
        names.append(str(f))
    one = run(["parse", *names, "--format", "jsonl", "-q"])
    two = run(["parse", *names, "--format", "jsonl", "-q", "--jobs", "2"])
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    titles = [json.loads(line)["speeches"][0]["children"][0]["title"] for line in two.stdout.decode().splitlines()]
    assert titles == [f"第{i}篇" for i in range(6)]
    assert main(["parse", *names, "--format", "jsonl", "--jobs", "0"]) == 2
