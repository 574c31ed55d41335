"""The speechdoc command: formats, stdin, exit codes, stdout vs stderr."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

import speechdoc
from speechdoc.cli import main
from speechdoc.document.records import METRIC_COLUMNS

SPEECH = "在全县经济工作会议上的讲话\n同志们：\n一、认清形势\n（一）成绩。\n二、明确任务\n"


def run(args, stdin=b""):
    """The command in a process of its own: for standard input, pipes and terminals."""
    return subprocess.run([sys.executable, "-m", "speechdoc.cli", *args], input=stdin, capture_output=True, timeout=120)


def cli(args, capsys):
    """The command in this process (``main(argv)``): exit status, stdout, stderr."""
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


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


def test_parse_tree_and_markdown(tmp_path, capsys):
    f = tmp_path / "s.txt"
    f.write_text(SPEECH, encoding="utf-8")
    tree = cli(["parse", str(f), "--format", "tree"], capsys)[1]
    assert "  一、 认清形势\n    （一） 成绩\n  二、 明确任务" in tree
    md = cli(["parse", str(f), "--format", "markdown"], capsys)[1]
    assert md == "# 在全县经济工作会议上的讲话\n## 一、认清形势\n### （一）成绩\n## 二、明确任务\n"


def test_missing_file_is_exit_1_with_a_message_on_stderr(capsys):
    assert cli(["parse", "/no/such/file.txt"], capsys) == (1, "", "speechdoc: /no/such/file.txt: error: no such file\n")


def test_binary_file_is_exit_1(tmp_path, capsys):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF\x00\x00\x01\x02" * 100)
    code, out, err = cli(["parse", str(f)], capsys)
    assert code == 1 and out == "" and err.startswith(f"speechdoc: {f}: error: ") and "PDF" in err


@pytest.mark.parametrize("args", [[], ["parse"], ["parse", "x", "--format", "yaml"], ["nonsense"]])
def test_usage_errors_are_exit_2(args, capsys):
    assert main(args) == 2


def test_help_is_exit_0(capsys):
    assert main(["--help"]) == 0
    assert "parse" in capsys.readouterr().out


def test_diagnostics_go_to_stderr(tmp_path, capsys):
    f = tmp_path / "gap.txt"
    f.write_text("一、甲\n三、乙\n", encoding="utf-8")
    code, out, err = cli(["parse", str(f), "--format", "tree"], capsys)
    assert code == 0
    assert "sequence-gap" in err and "sequence-gap" not in out


def test_stage_dump_shows_rejected_candidates(tmp_path, capsys):
    f = tmp_path / "s.txt"
    f.write_text("一、甲\n三是乙。\n他说“一要吃饭，二要建设”。今年（一是增收；二是节支）。\n二、丙\n", encoding="utf-8")
    code, out, _ = cli(["parse", str(f), "--stage", "markers"], capsys)
    assert code == 0
    header, *rows = [line.split("\t") for line in out.splitlines()]
    assert header == ["offset", "marker", "style", "ordinal", "context", "decision"]
    assert [(row[1], row[-1]) for row in rows] == [
        ("一、", "kept depth 1"), ("三是", "text"), ("一要", "rejected: mid-sentence"),
        ("二要", "rejected: inside a quotation"), ("一是", "rejected: mid-sentence"),
        ("二是", "rejected: inside brackets (it glosses a name)"), ("二、", "kept depth 1")]
    assert [int(row[0]) for row in rows] == sorted(int(row[0]) for row in rows)
    layout = cli(["parse", str(f), "--stage", "layout"], capsys)[1].splitlines()
    assert [line.split("\t")[0] for line in layout] == ["0", "4", "9", "38"]


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


def test_jobs_keep_order_and_output(tmp_path, capsys):
    names = []
    for i in range(6):
        f = tmp_path / f"s{i}.txt"
        f.write_text(f"一、第{i}篇\n二、结尾\n", encoding="utf-8")
        names.append(str(f))
    one = cli(["parse", *names, "--format", "jsonl", "-q"], capsys)
    two = cli(["parse", *names, "--format", "jsonl", "-q", "--jobs", "2"], capsys)
    assert one == two and one[0] == 0 and one[2] == ""
    titles = [json.loads(line)["speeches"][0]["children"][0]["title"] for line in two[1].splitlines()]
    assert titles == [f"第{i}篇" for i in range(6)]
    assert main(["parse", *names, "--format", "jsonl", "--jobs", "0"]) == 2


# -- #12: one behaviour for every command that reads files ----------------------------------------


REPORT = "一、2024年主要目标\n今年全市生产总值增长5%左右，城镇新增就业1.2万人以上。\n（一）扩大有效投资。固定资产投资增长6%。\n"
FILE_COMMANDS = {
    "parse": ["parse", "--format", "tree"],
    "query": ["query", "section"],
    "metrics": ["metrics", "--format", "jsonl"],
}


@pytest.fixture()
def files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(REPORT, encoding="utf-8")
    b.write_text("一、總體要求\n二、重點任務\n", encoding="gb18030")
    return str(a), str(tmp_path / "missing.txt"), str(b)


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_an_unreadable_file_is_one_error_line_and_the_others_go_on(command, files, capsys):
    a, missing, b = files
    assert main([*FILE_COMMANDS[command], a, missing, b]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"speechdoc: {missing}: error: no such file"]
    assert a in out or "一、" in out
    if command != "metrics":  # b has no metrics
        assert "總體要求" in out


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_every_file_command_takes_the_same_options(command):
    from speechdoc.cli import _parser

    sub = next(a for a in _parser()._actions if isinstance(a, __import__("argparse")._SubParsersAction))
    options = set(sub.choices[command]._option_string_actions)
    assert {"-q", "--quiet", "-v", "--verbose", "-j", "--jobs", "--timeout", "--encoding", "--simplified",
            "-o", "--output", "--progress"} <= options


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_output_file_simplified_encoding_and_jobs(command, files, tmp_path, capsys):
    a, _, b = files
    target = tmp_path / f"{command}.out"
    args = [*FILE_COMMANDS[command], a, b, "--simplified", "--encoding", "gb18030", "--jobs", "2", "-o", str(target)]
    if command != "parse":
        args.remove("--encoding"), args.remove("gb18030")  # a is UTF-8: detection reads both
    else:
        args[args.index(a)] = b  # parse b twice, decoded as told
    assert main(args) == 0
    assert capsys.readouterr().out == ""
    written = target.read_text(encoding="utf-8")
    if command == "metrics":
        assert [json.loads(line)["indicator"] for line in written.splitlines()] == ["生产总值", "城镇新增就业", "固定资产投资"]
    else:
        assert "总体要求" in written and "總體要求" not in written


def test_default_shows_warnings_and_verbose_adds_info(tmp_path, capsys):
    gap, restart = tmp_path / "gap.txt", tmp_path / "restart.txt"
    gap.write_text("一、甲\n三、乙\n", encoding="utf-8")
    restart.write_text("一、甲\n二、乙\n一、丙\n二、丁\n", encoding="utf-8")
    for command in FILE_COMMANDS:
        args = [*FILE_COMMANDS[command], str(gap), str(restart)]
        assert main(args) == 0
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 1 and err[0].startswith(f"speechdoc: {gap}: warning: sequence-gap at 4-6: ")
        assert main([*args, "-v"]) == 0
        err = capsys.readouterr().err
        assert f"speechdoc: {restart}: info: list-restart" in err and "sequence-gap" in err
        assert main([*args, "-q"]) == 0
        assert capsys.readouterr().err == ""


def test_several_files_as_outlines_get_a_header_each(files, capsys):
    a, _, b = files
    assert main(["parse", a, b, "--format", "tree"]) == 0
    out = capsys.readouterr().out
    assert out == (f"==> {a} <==\nspeech 1\n  一、 2024年主要目标\n    （一） 扩大有效投资\n\n"
                   f"==> {b} <==\nspeech 1\n  一、 總體要求\n  二、 重點任務\n")
    assert main(["parse", a, b, "--format", "markdown"]) == 0
    assert capsys.readouterr().out.count("==> ") == 2
    assert main(["parse", a, b]) == 0  # several files default to one Document a line
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["source"]["path"] for d in docs] == [a, b]


def test_progress_on_a_pipe_is_whole_lines_apart_from_diagnostics(tmp_path):
    names = []
    for i in range(3):
        f = tmp_path / f"gap{i}.txt"
        f.write_text("一、甲\n三、乙\n", encoding="utf-8")
        names.append(str(f))
    r = run(["parse", *names, "--format", "jsonl", "--progress"])
    assert r.returncode == 0
    err = r.stderr.decode()
    assert "\r" not in err and "\x1b" not in err
    lines = err.splitlines()
    assert [line for line in lines if not line.startswith("[")] == [
        f"speechdoc: {n}: warning: sequence-gap at 4-6: 三、 follows 一、: numbers skipped" for n in names]
    assert [line for line in lines if line.startswith("[")][-1] == f"[3/3] 0 errors {names[-1]}"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_on_a_terminal_diagnostics_are_printed_above_the_bar(tmp_path):
    import fcntl
    import os
    import pty
    import re
    import struct
    import termios

    names = []
    for i in range(4):
        f = tmp_path / f"gap{i}.txt"
        f.write_text("一、甲\n三、乙\n", encoding="utf-8")
        names.append(str(f))
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
    proc = subprocess.Popen([sys.executable, "-m", "speechdoc.cli", "parse", *names, "--format", "jsonl"],
                            stdout=subprocess.PIPE, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.communicate(timeout=120)
    os.close(leader)
    assert proc.returncode == 0
    screen = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", b"".join(chunks).decode())
    pieces = [p.strip() for p in re.split(r"[\r\n]", screen)]
    assert any(p.startswith("[4/4] 100%|") for p in pieces)  # the bar was drawn
    for n in names:  # and each diagnostic is a whole line of its own, never cut by the bar
        assert sum(p == f"speechdoc: {n}: warning: sequence-gap at 4-6: 三、 follows 一、: numbers skipped"
                   for p in pieces) == 1


def test_options_that_do_not_apply_are_refused(files, capsys):
    a, _, _ = files
    cases = [
        (["parse", a, "--format", "tree", "--pretty"], "--pretty does nothing here: it applies to --format json;"),
        (["parse", a, "--stage", "markers", "--format", "tree"], "--format does nothing here: it applies to parsed "
                                                                   "Documents (--stage prints the stage as text)"),
        (["parse", a, "--stage", "markers", "--pretty"], "--pretty does nothing here: it applies to --format json "
                                                         "(--stage"),
        (["metrics", a, "--bom"], "--bom does nothing here: it applies to --format csv; drop it"),
        (["query", a], "the selector is missing: speechdoc query SELECTOR FILE..."),
        (["query", "section"], "no FILE to search"),
        (["parse", a, "--jobs", "0"], "--jobs must be at least 1"),
    ]
    for args, message in cases:
        assert main(args) == 2, args
        err = capsys.readouterr().err
        assert err.startswith("speechdoc: error: ") and message in err, (args, err)


def test_a_metric_has_one_shape_in_every_output(files, capsys):
    a = files[0]
    doc = speechdoc.parse_file(a)
    records = doc.to_records("metrics")
    assert tuple(records[0]) == METRIC_COLUMNS and "placeholder" in METRIC_COLUMNS
    assert main(["metrics", a, "--format", "jsonl"]) == 0
    jsonl = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["metrics", a, "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert main(["query", "metric", a]) == 0
    queried = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == len(jsonl) == len(table) == len(queried) == 3
    for rec, j, c, q in zip(records, jsonl, table, queried):
        assert tuple(j) == tuple(c) == METRIC_COLUMNS
        assert q.pop("type") == "metric" and set(q) == set(METRIC_COLUMNS)
        assert j == q and (j["indicator"], j["section_path"], j["start"]) == (
            rec["indicator"], rec["section_path"], rec["start"]) == (c["indicator"], c["section_path"], int(c["start"]))
        assert c["placeholder"] == "False"
    model = doc.metrics()[0]
    assert (jsonl[0]["kind"], jsonl[0]["section_path"], (jsonl[0]["start"], jsonl[0]["end"])) == (
        model.kind, " > ".join(model.section_path), model.span)


def test_an_empty_file_is_said_on_stderr(tmp_path, capsys):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert main(["parse", str(f), "--format", "tree"]) == 0
    assert capsys.readouterr().err == f"speechdoc: {f}: warning: empty-input: the input is empty\n"
    assert main(["parse", str(f), "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_python_m_speechdoc_is_the_command_line():
    # where the script is not on PATH (an environment not activated), `python -m speechdoc` does the same
    done = subprocess.run([sys.executable, "-m", "speechdoc", "parse", "-", "--format", "jsonl"],
                          input="同志们：\n一、总体情况\n全年地区生产总值增长7%。\n".encode(), capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    (doc,) = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(n["marker"], n["title"]) for n in doc["speeches"][0]["children"]] == [("一、", "总体情况")]
    usage = subprocess.run([sys.executable, "-m", "speechdoc"], capture_output=True, timeout=120)
    assert usage.returncode == 2 and b"usage: speechdoc" in usage.stderr and not usage.stdout
