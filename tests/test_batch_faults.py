"""A batch never dies and never loses a file (issue 14, item 3), with --jobs 1 and --jobs 2.

The file-system faults are real (a symlink loop, a folder, a FIFO, a device, a deleted
file). A crashing worker, a MemoryError, an OSError and a document over its time budget
are injected: the test replaces ``speechdoc.pipeline.parse`` with one that misbehaves on
a marker in the text, and the workers, forked from the test process, inherit it.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from speechdoc.cli import main

pytestmark = pytest.mark.skipif("fork" not in mp.get_all_start_methods(),
                                reason="fault injection reaches the workers by fork")

GOOD = "在全县经济工作会议上的讲话\n同志们：\n一、{}\n（一）抓落实。\n二、结尾\n"
FAULTS = {"kill": "KILL-ME", "memory": "EAT-MEMORY", "slow": "TAKE-FOREVER", "oserror": "OS-ERROR"}
CUT, T_HEAD = "CUT-T", "一、截断以后\n"


@pytest.fixture
def faulty_parse(monkeypatch):
    import speechdoc.pipeline

    real, here = speechdoc.pipeline.parse, os.getpid()

    def parse(data, *args, **kwargs):
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        if os.getpid() != here:  # only ever in a worker
            if FAULTS["kill"] in text:
                os.kill(os.getpid(), signal.SIGKILL)
            if FAULTS["memory"] in text:
                raise MemoryError
            if FAULTS["slow"] in text:
                time.sleep(600)
            if FAULTS["oserror"] in text:
                raise PermissionError(13, "Permission denied")
            if CUT in text:  # t.txt, the last input, loses all but its first line while the batch runs
                os.truncate(Path(kwargs["path"]).with_name("t.txt"), len(T_HEAD.encode("utf-8")))
        return real(data, *args, **kwargs)

    monkeypatch.setattr(speechdoc.pipeline, "parse", parse)


def corpus(tmp_path: Path) -> tuple[list[str], dict[str, str]]:
    """Inputs in order, and the error expected for each bad one (by name)."""
    d = tmp_path / "in"
    d.mkdir()
    names: list[str] = []

    def add(name: str, text: str | None = None) -> Path:
        p = d / name
        if text is not None:
            p.write_text(text, encoding="utf-8")
        names.append(str(p))
        return p

    add("a.txt", GOOD.format("第一篇"))
    add("cutter.txt", GOOD.format(CUT))
    add("loop").symlink_to(d / "loop")
    (d / "folder").mkdir()
    add("folder")
    os.mkfifo(add("fifo"))
    names.append("/dev/zero")
    add("deleted.txt", "gone").unlink()
    for fault, marker in FAULTS.items():
        add(f"{fault}.txt", GOOD.format(marker))
    add("z.txt", GOOD.format("最后一篇"))
    add("t.txt", T_HEAD + GOOD.format("截断以前") * 3)  # truncated mid-batch
    expected = {"loop": "too many levels of symbolic links", "folder": "a directory, not a file",
                "fifo": "a FIFO, not a file (for standard input, give -)", "zero": "a character device, not a file", "deleted.txt": "no such file",
                "kill.txt": "worker died (SIGKILL)", "memory.txt": "out of memory",
                "slow.txt": "took longer than the time budget of 3 s", "oserror.txt": "PermissionError"}
    return names, expected


def error_lines(err: str) -> dict[str, str]:
    out = {}
    for line in err.splitlines():
        assert line.startswith("speechdoc: "), line
        if ": error: " in line:
            file, message = line[len("speechdoc: "):].split(": error: ", 1)
            assert Path(file).name not in out, f"two lines for {file}"
            out[Path(file).name] = message
    return out


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_jobs_survives_every_fault(tmp_path, capsys, faulty_parse, jobs):
    names, expected = corpus(tmp_path)
    assert main(["parse", *names, "--format", "jsonl", "-q", "--jobs", str(jobs), "--timeout", "3"]) == 1
    out, err = capsys.readouterr()
    outlines = [[n["title"] for n in json.loads(line)["speeches"][0]["children"]] for line in out.splitlines()]
    # the good files, in order, after every fault; t.txt as it was when its turn came
    assert outlines == [["第一篇", "结尾"], [CUT, "结尾"], ["最后一篇", "结尾"], ["截断以后"]]
    got = error_lines(err)
    assert set(got) == set(expected)
    for name, message in expected.items():
        assert message in got[name], (name, got[name])
    assert "Traceback" not in err


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_survives_every_fault(tmp_path, capsys, faulty_parse, jobs):
    pq = pytest.importorskip("pyarrow.parquet")
    names, expected = corpus(tmp_path)
    out = tmp_path / "out"
    listing = tmp_path / "list.txt"  # a folder in a list is taken as a file, as on the command line
    listing.write_text("\n".join(names), encoding="utf-8")
    assert main(["batch", f"@{listing}", "--out", str(out), "--jobs", str(jobs), "--timeout", "3",
                 "--part-size", "3"]) == 1
    err = capsys.readouterr().err
    got = error_lines(err)
    assert set(got) == set(expected) and "Traceback" not in err
    docs = pq.read_table(out / "documents").to_pylist()
    assert [d["file"] for d in docs] == names  # every file, once, in input order
    for d in docs:
        name = Path(d["file"]).name
        if name in expected:
            assert expected[name] in d["error"] and d["n_nodes"] is None
        else:
            assert d["error"] is None and d["n_nodes"] == (1 if name == "t.txt" else 3)
    assert "13 files (9 errors)" in err.splitlines()[-1]


def test_a_full_disk_is_one_line_and_the_parts_written_stay(tmp_path, capsys, monkeypatch):
    pq = pytest.importorskip("pyarrow.parquet")
    names = []
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(GOOD.format(f"第{i}篇"), encoding="utf-8")
        names.append(str(tmp_path / f"{i}.txt"))
    real, calls = pq.write_table, []

    def write_table(table, where, **kw):
        calls.append(where)
        if len(calls) > 6:  # the second part does not fit
            raise OSError(28, "No space left on device")
        return real(table, where, **kw)

    monkeypatch.setattr(pq, "write_table", write_table)
    assert main(["batch", *names, "--out", str(tmp_path / "out"), "--part-size", "2", "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "Traceback" not in err
    assert [Path(f).name for f in pq.read_table(tmp_path / "out" / "documents").column("file").to_pylist()] == \
        ["0.txt", "1.txt"]
    assert not list((tmp_path / "out").glob("*/.*.tmp"))


def test_closed_and_full_stdout_print_no_traceback(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD.format("甲") * 50, encoding="utf-8")
    cmd = f"{sys.executable} -m speechdoc.cli parse {f} {f} --format jsonl -j 2"
    full = subprocess.run(f"{cmd} > /dev/full", shell=True, capture_output=True, timeout=120)
    assert full.returncode == 1 and b"No space left on device" in full.stderr and b"Traceback" not in full.stderr
    closed = subprocess.run(f"{cmd} >&-", shell=True, capture_output=True, timeout=120)
    assert closed.returncode == 1 and closed.stderr == b"speechdoc: error: standard output is closed\n"
    piped = subprocess.run(f"{cmd} | head -c 10", shell=True, capture_output=True, timeout=120)
    assert piped.stdout == b'{"schema_n' and piped.stderr == b""


def test_ctrl_c_keeps_the_parts_written(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    for i in range(400):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{i:03d}.txt").write_text(GOOD.format(f"第{i}篇") * 20, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "speechdoc.cli", "batch", str(tmp_path / "in"), "--out", str(out),
                             "-j", "1", "--part-size", "2"], stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list((out / "documents").glob("part-*"))) < 2:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"--resume" in err and b"Traceback" not in err
    assert pq.read_table(out / "documents").num_rows >= 4


def misbehave(item: str) -> str:
    """For the spawn test: module level, so a spawned worker can import it."""
    if item == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    if item == "slow":
        time.sleep(600)
    if item == "memory":
        raise MemoryError
    return item.upper()


@pytest.mark.parametrize("start_method", ["forkserver", "spawn"])
def test_workers_of_a_threaded_process_survive_the_same_faults(start_method):
    """The Dask engine parses each chunk in a child from a fork server (its worker is threaded)."""
    from speechdoc.batch.workers import run_pool

    got = list(run_pool(misbehave, ["a", "kill", "b", "slow", "memory", "c"], workers=1, timeout=3,
                        start_method=start_method))
    assert [(o.value, o.error) for o in got] == [
        ("A", None), (None, "worker died (SIGKILL) while parsing this file"), ("B", None),
        (None, "took longer than the time budget of 3 s; stopped"), (None, "out of memory"), ("C", None)]


def hog(item: str) -> int:
    return len(bytearray(int(item))) if item.isdigit() else len(item)


def test_a_worker_over_its_memory_limit_is_one_error():
    """A real MemoryError: the worker may grow by 300 MB; one item asks for 4 GB."""
    from speechdoc.batch.workers import run_pool

    got = list(run_pool(hog, ["ab", str(4 << 30), "abc", str(1 << 20)], workers=1, memory_limit=300 << 20))
    assert [(o.value, o.error) for o in got] == [(2, None), (None, "out of memory"), (3, None), (1 << 20, None)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_over_the_memory_limit_is_one_error(tmp_path, capsys, jobs):
    """A real MemoryError: 2,000,000 headings, whose text alone (24 MB of UTF-8, 16 MB decoded) is more than
    the 20 MB a worker may grow by; however lean parsing gets, this document cannot be read in it."""
    pq = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD.format("第一篇"), encoding="utf-8")
    (tmp_path / "in" / "storm.txt").write_text("一、甲\n" * 2_000_000, encoding="utf-8")
    (tmp_path / "in" / "z.txt").write_text(GOOD.format("最后一篇"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(tmp_path / "in"), "--out", str(out), "-j", str(jobs), "--memory-limit", "20"]) == 1
    assert error_lines(capsys.readouterr().err) == {"storm.txt": "out of memory"}
    docs = pq.read_table(out / "documents").to_pylist()
    assert [(Path(d["file"]).name, d["n_nodes"]) for d in docs] == [("a.txt", 3), ("storm.txt", None), ("z.txt", 3)]
