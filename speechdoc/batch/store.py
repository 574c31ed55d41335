"""An output folder of parts that a crash cannot corrupt, and what ``--resume`` reads back.

``OUT/<table>/part-NNNNN.parquet`` (or ``.jsonl``) for each of the six tables. A part is
written to a temporary name and renamed, ``documents`` last, so a part number is
complete when all six of its files are there and readable; :func:`open_output` with
``resume=True`` deletes the files of incomplete parts (a batch killed mid-part) and
returns what is already done.

>>> import tempfile
>>> from speechdoc.batch.dataset import error_rows, to_arrow, to_columns
>>> out = tempfile.mkdtemp()
>>> done = open_output(out, "jsonl")
>>> write_part(out, done.next_part, "jsonl", to_arrow([to_columns(error_rows("a.txt", "no such file"))]))
>>> again = open_output(out, "jsonl", resume=True)
>>> sorted(again.error_files), again.next_part
(['a.txt'], 1)
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .dataset import SCHEMAS, TABLES, require_pyarrow
from ..errors import SpeechdocError, UsageError

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["OutputError", "Done", "open_output", "write_part", "part_name", "read_table", "OUTPUT_FORMATS"]

OUTPUT_FORMATS = ("parquet", "jsonl")
_PART = re.compile(r"part[-.](\d+)\.(parquet|jsonl)$")


class OutputError(SpeechdocError, OSError):
    """The output could not be written (a full disk, a folder without write permission)."""


def part_name(number: int, fmt: str) -> str:
    return f"part-{number:05d}.{fmt}"


@dataclass
class Done:
    """What an output folder already holds."""

    hashes: set[str] = field(default_factory=set)  # content hashes of documents written
    error_files: set[str] = field(default_factory=set)  # files written as an error with no content hash
    next_part: int = 0
    removed: list[str] = field(default_factory=list)  # files of incomplete parts deleted on resume


def _parts(folder: Path) -> dict[int, Path]:
    found: dict[int, Path] = {}
    if folder.is_dir():
        for p in folder.iterdir():
            m = _PART.search(p.name)
            if m:
                found[int(m.group(1))] = p
    return found


def _readable(path: Path, fmt: str) -> bool:
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.read_metadata(path)
        else:
            with open(path, "rb") as f:
                data = f.read()
            if data and not data.endswith(b"\n"):
                return False
        return True
    except Exception:  # noqa: BLE001 - a torn file is exactly what we look for
        return False


def open_output(out_dir: str | os.PathLike[str], fmt: str, *, resume: bool = False) -> Done:
    """Check (and on resume repair) an output folder; say what it already holds."""
    if fmt not in OUTPUT_FORMATS:
        raise UsageError(f"format must be one of {', '.join(OUTPUT_FORMATS)}, not {fmt!r}")
    if fmt == "parquet":
        require_pyarrow()
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file; give a folder")
    parts = {t: _parts(out / t) for t in TABLES}
    numbers = set().union(*parts.values())
    if numbers and not resume:
        raise UsageError(f"{out} already holds a dataset: add --resume to go on with it, or choose another --out")
    done = Done()
    for t in TABLES:  # temporary files of a part in flight when the last batch stopped
        folder = out / t
        if folder.is_dir():
            for p in folder.glob(".*.tmp"):
                p.unlink(missing_ok=True)
                done.removed.append(str(p))
    for n in sorted(numbers):
        files = [parts[t].get(n) for t in TABLES]
        if any(p is None or p.suffix[1:] != fmt or not _readable(p, fmt) for p in files):
            if any(p is not None and p.suffix[1:] != fmt for p in files):
                raise UsageError(f"{out} holds {next(p for p in files if p).suffix[1:]} parts; resume it with "
                                 f"that --format")
            for p in files:
                if p is not None:
                    p.unlink(missing_ok=True)
                    done.removed.append(str(p))
            continue
        for row in read_table(files[0], fmt, columns=["file", "content_hash"]):  # type: ignore[arg-type]
            if row["content_hash"]:
                done.hashes.add(row["content_hash"])
            else:
                done.error_files.add(row["file"])
    done.next_part = max(numbers, default=-1) + 1
    return done


def read_table(path: str | os.PathLike[str], fmt: str, columns: list[str] | None = None) -> list[dict[str, Any]]:
    """The rows of one part file."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path, columns=columns).to_pylist()
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [{c: r.get(c) for c in columns} for r in rows] if columns else rows


def write_part(out_dir: str | os.PathLike[str], number: int, fmt: str, tables: dict[str, pa.Table]) -> None:
    """Write one part of every table, each atomically, ``documents`` last."""
    out = Path(out_dir)
    name = part_name(number, fmt)
    for t in [*TABLES[1:], TABLES[0]]:
        folder = out / t
        folder.mkdir(parents=True, exist_ok=True)
        tmp, final = folder / f".{name}.tmp", folder / name
        table = tables[t]
        try:
            if fmt == "parquet":
                import pyarrow.parquet as pq

                pq.write_table(table.cast(SCHEMAS[t]), tmp, compression="zstd")
            else:
                with open(tmp, "w", encoding="utf-8") as f:
                    for row in table.to_pylist():
                        f.write(json.dumps(row, ensure_ascii=False) + "\n")
            os.replace(tmp, final)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise OutputError(f"cannot write {final}: {e.strerror or e}") from None
