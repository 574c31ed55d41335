"""speechdoc batch: tables, every file accounted for, resume after a kill, engines agree."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from batch_corpus import speech, write_corpus  # noqa: E402

from speechdoc import parse  # noqa: E402
from speechdoc.batch import expand_inputs, parse_many, to_parquet  # noqa: E402
from speechdoc.cli import main  # noqa: E402
from speechdoc.batch.dataset import COLUMNS, SCHEMAS, TABLES  # noqa: E402
from speechdoc.errors import MissingDependencyError  # noqa: E402


def table(out: Path, name: str) -> pa.Table:
    return pq.read_table(out / name)


def rows(out: Path, name: str) -> list[dict]:
    return sorted(table(out, name).to_pylist(), key=lambda r: (r["file"], str(r.get("id")), str(r.get("code"))))


def test_schema_of_every_table_is_the_documented_one(tmp_path):
    write_corpus(tmp_path / "in", 3)
    out = tmp_path / "out"
    to_parquet(expand_inputs([tmp_path / "in"]), out, workers=1)
    documented = (Path(__file__).parent.parent / "docs" / "batch.md").read_text(encoding="utf-8")
    for name in TABLES:
        t = table(out, name)
        assert t.schema.equals(SCHEMAS[name]), name
        assert [f.name for f in t.schema] == [c for c, _ in COLUMNS[name]]
        for column, kind in COLUMNS[name]:  # docs/batch.md lists every column with its type
            assert f"| `{column}` | {kind.rstrip('_')} |" in documented.split(f"### {name}")[1].split("###")[0], \
                (name, column)
    docs = table(out, "documents").to_pylist()
    assert [d["n_speeches"] for d in docs] == [1, 1, 1] and all(d["error"] is None for d in docs)
    assert all(len(d["content_hash"]) == 64 for d in docs)


def test_record_tables_carry_every_field_of_to_records(tmp_path):
    doc = parse(speech(7), path="x.txt")
    for kind in ("speeches", "nodes", "metrics", "paragraphs"):
        records = doc.to_records(kind)
        assert records, kind
        assert set(records[0]) | {"content_hash"} == {c for c, _ in COLUMNS[kind]}, kind


def test_mixed_folder_every_file_accounted_for(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    good = write_corpus(folder / "good", 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "nul.bin").write_bytes(b"\x00\x01\x02" * 500)
    (folder / "huge.txt").write_text(speech(1, sections=10) * 40, encoding="utf-8")  # parsed, ~70 k chars
    (folder / "over.txt").write_text("一、" * 100_000, encoding="utf-8")  # over the (lowered) size limit
    (folder / "locked.txt").write_text(speech(2), encoding="utf-8")
    (folder / "locked.txt").chmod(0)
    (folder / "loop").symlink_to(folder / "loop")
    (folder / "dangling").symlink_to(folder / "nowhere")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)  # a folder loop: not followed
    (folder / "gbk.txt").write_bytes(speech(3).encode("gb18030"))
    (folder / os.fsdecode(b"\xff\xfe.txt")).write_text(speech(4), encoding="utf-8")  # a name that is not UTF-8
    monkeypatch.setattr("speechdoc.text.load.MAX_BYTES", 400_000)
    out = tmp_path / "out"
    names = expand_inputs([folder])
    assert len(names) == 4 + 10 and not any("/up/" in n for n in names)
    assert main(["batch", str(folder), "--out", str(out), "-j", "2", "--part-size", "3"]) == 1
    docs = {Path(d["file"]).name: d for d in table(out, "documents").to_pylist()}
    assert len(docs) == len(names) == table(out, "documents").num_rows  # every file once
    errors = {name: d["error"] for name, d in docs.items() if d["error"]}
    assert set(errors) == {"binary.png", "nul.bin", "over.txt", "loop", "dangling"} | (
        {"locked.txt"} if os.geteuid() != 0 else set())
    assert "symbolic links" in errors["loop"] and errors["dangling"] == "no such file"
    assert "limit" in errors["over.txt"] and docs["over.txt"]["n_nodes"] is None
    assert docs["empty.txt"]["error"] is None and (docs["empty.txt"]["chars"], docs["empty.txt"]["n_nodes"]) == (0, 0)
    assert docs["gbk.txt"]["encoding"] == "gb18030" and docs["gbk.txt"]["n_nodes"] > 0
    assert docs["huge.txt"]["chars"] > 60_000 and docs["huge.txt"]["n_metrics"] > 100
    assert all(docs[p.name]["n_metrics"] > 0 for p in good)
    assert docs["\\xff\\xfe.txt"]["n_metrics"] > 0  # the name kept with its bytes escaped
    files = {d["file"] for d in docs.values()}
    for name in ("speeches", "nodes", "metrics", "paragraphs"):  # every row belongs to a document
        assert set(table(out, name).column("file").to_pylist()) <= files


def test_output_is_the_same_whatever_the_number_of_workers(tmp_path):
    names = expand_inputs([p for p in write_corpus(tmp_path / "in", 30)])
    to_parquet(names, tmp_path / "one", workers=1, part_size=7)
    to_parquet(list(reversed(names))[::-1], tmp_path / "two", workers=2, part_size=7)
    for name in TABLES:
        one = sorted((tmp_path / "one" / name).iterdir())
        two = sorted((tmp_path / "two" / name).iterdir())
        assert [p.name for p in one] == [p.name for p in two] == [f"part-{i:05d}.parquet" for i in range(5)]
        assert [p.read_bytes() for p in one] == [p.read_bytes() for p in two], name


def test_jsonl_holds_the_same_rows(tmp_path):
    names = [str(p) for p in write_corpus(tmp_path / "in", 5)] + [str(tmp_path / "missing.txt")]
    assert main(["batch", *names, "--out", str(tmp_path / "pq"), "-q"]) == 1
    assert main(["batch", *names, "--out", str(tmp_path / "js"), "--format", "jsonl", "-q"]) == 1
    for name in TABLES:
        lines = []
        for part in sorted((tmp_path / "js" / name).glob("*.jsonl")):
            lines += [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
        assert lines == table(tmp_path / "pq", name).to_pylist(), name
        if name == "documents":
            assert [Path(d["file"]).name for d in lines] == [Path(n).name for n in names]
            assert lines[-1]["error"] == "no such file" and lines[0]["n_metrics"] > 0


def test_existing_output_needs_resume(tmp_path, capsys):
    names = [str(p) for p in write_corpus(tmp_path / "in", 2)]
    assert main(["batch", *names, "--out", str(tmp_path / "out"), "-q"]) == 0
    assert main(["batch", *names, "--out", str(tmp_path / "out")]) == 2
    assert "--resume" in capsys.readouterr().err
    assert main(["batch", *names, "--out", str(tmp_path / "out"), "--resume"]) == 0
    assert "0 files (0 errors, 2 already done)" in capsys.readouterr().err
    assert table(tmp_path / "out", "documents").num_rows == 2


def test_resume_after_a_batch_killed_mid_way(tmp_path):
    folder = tmp_path / "in"
    write_corpus(folder, 60)
    (folder / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out, full = tmp_path / "out", tmp_path / "full"
    cmd = [sys.executable, "-m", "speechdoc.cli", "batch", str(folder), "--out", str(out), "-j", "1",
           "--part-size", "4", "-q"]
    proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list((out / "documents").glob("part-*"))) >= 3:
                break
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)  # the batch and its workers, mid-part
    finally:
        proc.wait(timeout=60)
    written = len(list((out / "documents").glob("part-*")))
    assert 3 <= written < 16, "the batch was not killed mid-way"
    # what a kill inside write_part leaves: a temporary file, and a part with no documents file
    (out / "nodes" / ".part-00099.parquet.tmp").write_bytes(b"PAR1")
    pq.write_table(SCHEMAS["nodes"].empty_table(), out / "nodes" / "part-00098.parquet")
    r = subprocess.run([*cmd, "--resume"], capture_output=True, timeout=300)
    assert r.returncode == 1  # bad.png, the last file, is written by this run
    assert not (out / "nodes" / "part-00098.parquet").exists() and not list(out.glob("*/.*.tmp"))
    assert main(["batch", str(folder), "--out", str(full), "-j", "2", "--part-size", "4", "-q"]) == 1
    docs = table(out, "documents").column("file").to_pylist()
    assert len(docs) == len(set(docs)) == 61  # no duplicate rows, no missing files
    for name in TABLES:
        assert rows(out, name) == rows(full, name), name


def test_local_and_dask_engines_give_equal_tables(tmp_path):
    distributed = pytest.importorskip("distributed")
    names = [str(p) for p in write_corpus(tmp_path / "in", 200)] + [str(tmp_path / "in" / "gone.txt")]
    to_parquet(names, tmp_path / "local", workers=2, part_size=20)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster, timeout="60s") as client:
        summary = to_parquet(names, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address,
                             part_size=20)  # an address, as --scheduler gives it; 11 chunks, 2 windows
        parsed = list(parse_many(names[:3] + names[-1:], engine="dask", scheduler=client))
    assert (summary.files, summary.errors, summary.parts) == (201, 1, 11)
    for name in TABLES:
        local, dask = table(tmp_path / "local", name), table(tmp_path / "dask", name)
        assert dask.schema.equals(SCHEMAS[name])
        assert local.num_rows == dask.num_rows and local.equals(dask), name
    assert [p.error for p in parsed] == [None, None, None, "no such file"]
    assert [p.document.speeches[0].title for p in parsed[:3]] == [speech(i).split("\n")[0] for i in range(3)]


def test_parse_many_yields_documents_in_order(tmp_path):
    names = [str(p) for p in write_corpus(tmp_path / "in", 5)]
    names.insert(2, str(tmp_path))  # a folder given as a file
    got = list(parse_many(names, workers=2))
    assert [g.path for g in got] == names
    assert got[2].error == "a directory, not a file" and got[2].document is None
    assert [g.document.speeches[0].title for g in got if g.error is None] == [
        speech(i).split("\n")[0] for i in range(5)]


def test_inputs_lists_and_globs(tmp_path):
    write_corpus(tmp_path / "a", 2)
    write_corpus(tmp_path / "a" / "deep", 1, start=5)
    (tmp_path / "a" / "notes.md").write_text("x", encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text(f"# a comment\n{tmp_path / 'a' / '000000.txt'}\n\n{tmp_path / 'extra.txt'}\n", encoding="utf-8")
    assert [Path(p).relative_to(tmp_path).as_posix() for p in expand_inputs([tmp_path / "a", f"@{listing}"], "*.txt")] \
        == ["a/000000.txt", "a/000001.txt", "a/deep/000005.txt", "extra.txt"]
    assert main(["batch", f"@{tmp_path / 'nolist.txt'}", "--out", str(tmp_path / "o")]) == 2
    r = subprocess.run([sys.executable, "-m", "speechdoc.cli", "batch", "@-", "--out", str(tmp_path / "o"), "-q"],
                       input=f"{tmp_path / 'a' / '000001.txt'}\n", capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and [Path(f).name for f in table(tmp_path / "o", "documents").column("file").to_pylist()] \
        == ["000001.txt"]


def test_a_missing_extra_names_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'speechdoc\[parquet\]'"):
        to_parquet([], tmp_path / "o")
    monkeypatch.setitem(sys.modules, "distributed", None)
    from speechdoc.batch.dask_engine import cluster_client

    with pytest.raises(MissingDependencyError, match=r"pip install 'speechdoc\[dask\]'"):
        with cluster_client(1):
            pass


def test_dask_engine_from_the_command_line(tmp_path):
    pytest.importorskip("distributed")
    names = [str(p) for p in write_corpus(tmp_path / "in", 6)]
    cmd = [sys.executable, "-m", "speechdoc.cli", "batch", *names, "-j", "2", "--part-size", "4"]
    r = subprocess.run([*cmd, "--out", str(tmp_path / "dask"), "--engine", "dask"], capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    assert "6 files (0 errors)" in r.stderr.decode()
    assert main([*cmd[3:], "--out", str(tmp_path / "local"), "-q"]) == 0
    for name in TABLES:
        assert table(tmp_path / "dask", name).equals(table(tmp_path / "local", name)), name
    assert main([*cmd[3:], "--out", str(tmp_path / "js"), "--engine", "dask", "--format", "jsonl"]) == 2
