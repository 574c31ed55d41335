"""The ``speechdoc`` command.

Every command that reads files (``parse``, ``query``, ``metrics``) takes the same
options: ``-q``/``-v`` (diagnostics: none / warnings and errors, the default / info
too), ``-j``/``--jobs`` and ``--timeout`` (worker processes, seconds a file may take),
``--encoding``, ``--simplified``, ``-o``/``--output FILE`` and ``--progress``. A file
that cannot be read prints ``speechdoc: FILE: error: MESSAGE`` and the others go on;
diagnostics print as ``speechdoc: FILE: warning: CODE at START-END: MESSAGE``, above
the progress bar, never inside it.

Exit status: 0 success, 1 bad input (some file could not be read), 2 usage.
Output goes to stdout (or ``-o``), diagnostics and errors to stderr.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from . import __version__
from .errors import SpeechdocError, UsageError
from .batch.progress import Bar
from .batch.workers import DEFAULT_TIMEOUT

__all__ = ["main"]

STDIN_NAME = "<stdin>"
_SHOWN = {0: (), 1: ("warning", "error"), 2: ("info", "warning", "error")}  # verbosity → severities printed


def _stdin() -> bytes:
    """Standard input to its end, bounded like a file (a pipe from /dev/zero cannot fill the memory)."""
    from .text.load import read_stream

    return read_stream(sys.stdin.buffer, name="standard input")


# -- one file, in this process or a worker ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Task:
    """What a worker needs to turn one input into output: picklable, no open files."""

    name: str  # as given on the command line; "-" is standard input
    data: bytes | None  # standard input's bytes (read by the parent); None: read the file
    command: str  # parse | query | metrics
    fmt: str
    encoding: str | None = None
    simplified: bool = False
    pretty: bool = False
    selector: str | None = None
    filters: tuple[tuple[str, str], ...] = ()
    force_text: bool = False  # --force-text: no reader, markup and all is text

    @property
    def label(self) -> str:
        return STDIN_NAME if self.name == "-" else self.name


@dataclass(frozen=True, slots=True)
class _Done:
    label: str
    output: Any  # parse/query: text; metrics: rows
    error: str | None = None
    diagnostics: list[tuple[str, str]] = field(default_factory=list)  # (severity, line)


def _work(t: _Task) -> _Done:
    from .batch import read_input
    from .pipeline import parse

    try:
        data = t.data if t.data is not None else read_input(t.name)
        doc = parse(data, encoding=t.encoding, script="simplified" if t.simplified else "source",
                    path=None if t.name == "-" else t.name, reader="text" if t.force_text else "auto")
    except SpeechdocError as e:
        return _Done(t.label, None, str(e))
    if any(d.code == "html-markup" for d in doc.diagnostics):  # HTML, and the html extra is missing (issue 12.2)
        return _Done(t.label, None, "the file is HTML and the HTML reader is not installed: "
                                    "pip install 'speechdoc[html]' (or --force-text to parse the markup as text)")
    if t.command == "parse":
        from .document.render import render

        out: Any = render(doc, t.fmt, pretty=t.pretty)
    elif t.command == "query":
        out = _query_lines(doc, t)
    else:
        from .metrics.table import rows

        out = list(rows(t.label, doc, **dict(t.filters)))
    diags = [(d.severity, f"{d.severity}: {d.code}" + (f" at {d.span[0]}-{d.span[1]}" if d.span else "")
              + f": {d.message}") for d in doc.diagnostics]
    return _Done(t.label, out, None, diags)


def _query_lines(doc: Any, t: _Task) -> str:
    from .metrics.table import metric_rows
    from .document.model import Metric
    from .document.select import as_record

    found = doc.select(t.selector)
    rows = iter(metric_rows(doc, [m for m in found if isinstance(m, Metric)], t.label))
    lines = []
    for obj in found:
        if isinstance(obj, Metric):  # the one metric row (speechdoc.document.records.METRIC_COLUMNS)
            row = next(rows)
            rec = {"type": "metric", **{k: v for k, v in row.items() if k != "file"}}
            span, label = (row["start"], row["end"]), row["text"]
        else:
            rec = as_record(obj)
            span = rec["span"]
            label = " > ".join(rec["path"]) if "path" in rec else rec.get("text") or rec.get("title") or ""
        if t.fmt == "text":
            lines.append(f"{t.label}:{span[0]}-{span[1]}\t{rec['type']}\t{label}")
        else:
            lines.append(json.dumps({"file": t.label, **rec}, ensure_ascii=False))
    return "\n".join(lines)


def _results(tasks: list[_Task], a: argparse.Namespace) -> Iterator[_Done]:
    """``_work`` over the tasks in input order: one file in this process, several in worker processes
    (a crash, a MemoryError or a file over the time budget is that file's error; the rest go on)."""
    if len(tasks) == 1:
        yield _work(tasks[0])
        return
    from .batch import _warm_up
    from .batch.workers import run_pool

    _warm_up()  # forked workers inherit the grammars and tables, not build them on a file's time budget
    for o in run_pool(_work, tasks, workers=a.jobs, timeout=a.timeout):
        yield o.value if o.error is None else _Done(tasks[o.index].label, None, o.error)


def _run(a: argparse.Namespace, tasks: list[_Task], emit: Callable[[_Done], None]) -> int:
    """Run the tasks, hand each output to ``emit``, print errors and diagnostics above the bar."""
    status = 0
    shown = _SHOWN[a.verbosity]
    with Bar(len(tasks), force=a.progress) as bar:
        for r in _results(tasks, a):
            bar.update(error=r.error is not None, label=r.label)
            if r.error is not None:
                bar.echo(f"speechdoc: {r.label}: error: {r.error}")
                status = 1
                continue
            emit(r)
            for severity, line in r.diagnostics:
                if severity in shown:
                    bar.echo(f"speechdoc: {r.label}: {line}")
    return status


def _tasks(a: argparse.Namespace, command: str, fmt: str, **extra: Any) -> list[_Task]:
    if a.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {a.jobs}")
    if not a.timeout > 0:
        raise UsageError(f"--timeout must be a positive number of seconds, not {a.timeout}")
    if a.files.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    if a.encoding is not None:  # a bad name is the command's error, not each file's
        from .text.load import text_codec

        text_codec(a.encoding)
    stdin = _stdin() if "-" in a.files else None
    return [_Task(name, stdin if name == "-" else None, command, fmt, a.encoding, a.simplified,
                  force_text=a.force_text, **extra) for name in a.files]


def _output(a: argparse.Namespace) -> IO[str]:
    if a.output is None or a.output == "-":
        return sys.stdout
    try:
        return open(a.output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by _close
    except OSError as e:
        raise UsageError(f"cannot write {a.output}: {e.strerror or e}") from None


def _close(out: IO[str]) -> None:
    out.flush()
    if out is not sys.stdout:
        out.close()


def _write_each(a: argparse.Namespace, tasks: list[_Task], write: Callable[[IO[str], _Done], Any]) -> int:
    """Run the tasks, writing each file's output as it comes to stdout or ``-o FILE``."""
    out = _output(a)
    try:
        return _run(a, tasks, lambda r: write(out, r))
    finally:
        _close(out)


def _refuse(flag: str, given: bool, applies: str) -> None:
    """A flag given where it has no effect is a usage error, not silently ignored."""
    if given:
        raise UsageError(f"{flag} does nothing here: it applies to {applies}; drop it")


# -- the commands ----------------------------------------------------------------------------------

def _cmd_parse(a: argparse.Namespace) -> int:
    if a.stage:
        return _stage(a)
    many = len(a.files) > 1
    fmt = a.format or ("jsonl" if many else "json")
    if many and fmt == "json":
        raise UsageError(f"{len(a.files)} files and --format json: add --format jsonl for one Document a line "
                         "(or use --format tree or markdown)")
    _refuse("--pretty", a.pretty and fmt != "json", "--format json")
    tasks = _tasks(a, "parse", fmt, pretty=a.pretty)
    first = True

    def emit(out: IO[str], r: _Done) -> None:
        nonlocal first
        if many and fmt in ("tree", "markdown"):  # which file each outline comes from
            out.write(("" if first else "\n") + f"==> {r.label} <==\n")
        first = False
        out.write(r.output + "\n")

    return _write_each(a, tasks, emit)


def _stage(a: argparse.Namespace) -> int:
    """An intermediate stage of one file, parsed in this process."""
    from .batch import read_input
    from .stages import dump

    _refuse("--format", a.format is not None, "parsed Documents (--stage prints the stage as text)")
    _refuse("--pretty", a.pretty, "--format json (--stage prints the stage as text)")
    if len(a.files) > 1:
        raise UsageError(f"--stage shows one file at a time, not {len(a.files)}")
    name = a.files[0]
    label = STDIN_NAME if name == "-" else name
    try:
        from .readers import open_input

        data = _stdin() if name == "-" else read_input(name)
        loaded, _ = open_input(data, encoding=a.encoding, path=None if name == "-" else name,  # PDF, DOCX, HTML → text
                               reader="text" if a.force_text else "auto")
        text = dump(loaded.text, a.stage)
    except UsageError:
        raise
    except SpeechdocError as e:
        print(f"speechdoc: {label}: error: {e}", file=sys.stderr)
        return 1
    out = _output(a)
    try:
        out.write(text + "\n")
    finally:
        _close(out)
    return 0


def _cmd_query(a: argparse.Namespace) -> int:
    from .document.select import compile_selector

    if not a.files:
        if os.path.exists(a.selector):
            raise UsageError(f"the selector is missing: speechdoc query SELECTOR FILE... "
                             f"(e.g. speechdoc query 'section[depth=1]' {a.selector})")
        raise UsageError("no FILE to search: speechdoc query SELECTOR FILE... (- reads standard input)")
    compile_selector(a.selector)  # a bad selector fails before any file is read
    tasks = _tasks(a, "query", a.format, selector=a.selector)
    return _write_each(a, tasks, lambda out, r: out.write(r.output + "\n") if r.output else None)


def _cmd_metrics(a: argparse.Namespace) -> int:
    from .metrics.table import write_rows

    _refuse("--bom", a.bom and a.format != "csv", "--format csv")
    filters = tuple((k, v) for k, v in (("kind", a.kind), ("unit", a.unit), ("indicator", a.indicator),
                                        ("section", a.section)) if v)
    tasks = _tasks(a, "metrics", a.format, filters=filters)
    out = _output(a)
    if a.bom:
        out.write("\ufeff")
    collected: list[dict[str, Any]] = []
    status = 0
    try:
        if a.format == "table":  # column widths need every row first
            status = _run(a, tasks, lambda r: collected.extend(r.output))
            write_rows(collected, "table", out)
        else:
            header = [True]

            def emit(r: _Done) -> None:
                write_rows(r.output, a.format, out, header=header[0])
                header[0] = False

            status = _run(a, tasks, emit)
            if header[0]:  # no file gave rows: still a CSV with its header
                write_rows([], a.format, out)
    finally:
        _close(out)
    return status


def _cmd_schema(a: argparse.Namespace) -> int:
    from .document.render import schema_json

    sys.stdout.write(schema_json())
    return 0


# -- the parser ------------------------------------------------------------------------------------

def _file_options(p: argparse.ArgumentParser) -> None:
    """The options every file-reading command takes (see the module docstring)."""
    talk = p.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const=0, default=1,
                      help="print no diagnostics (errors still are)")
    talk.add_argument("-v", "--verbose", dest="verbosity", action="store_const", const=2,
                      help="print info diagnostics too (by default: warnings and errors)")
    p.add_argument("-j", "--jobs", type=int, default=1, help="read files in this many processes (order is kept)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help=f"seconds one file may take with several files (default {DEFAULT_TIMEOUT:g})")
    p.add_argument("--encoding", help="decode with this encoding instead of detecting it")
    p.add_argument("--simplified", action="store_true", help="show text in simplified script")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--progress", action="store_true", help="show progress on stderr even when it is not a terminal")
    p.add_argument("--force-text", action="store_true",
                   help="read every file as plain text: no HTML, Word or PDF reader runs (docs/inputs.md)")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="speechdoc", description="Parse Chinese official speeches into outlines and metrics.")
    p.add_argument("--version", action="version", version=f"speechdoc {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    pp = sub.add_parser("parse", help="parse files into Documents",
                        description="Parse speech files (or - for stdin). One file prints one Document as JSON; "
                                    "several print one Document a line (--format jsonl), or outlines with a "
                                    "==> FILE <== line before each (--format tree, markdown).")
    pp.add_argument("files", nargs="+", metavar="FILE", help="speech files, or - for standard input")
    pp.add_argument("--format", choices=["json", "jsonl", "tree", "markdown"],
                    help="json for one file (the default), jsonl for several (the default), tree, markdown")
    pp.add_argument("--pretty", action="store_true", help="indent JSON output (--format json)")
    pp.add_argument("--stage", choices=["clean", "layout", "markers", "outline"],
                    help="print an intermediate stage instead: the cleaned view, paragraph starts, marker "
                         "candidates (a header row, then each kept, left as text, or rejected with the reason), "
                         "or the chains of markers with their evidence and the outline's decision")
    _file_options(pp)
    pp.set_defaults(func=_cmd_parse)
    pq = sub.add_parser("query", help="print what a selector matches in files",
                        description="Print, one JSON object a line, what SELECTOR matches in each FILE, "
                                    "e.g. speechdoc query 'section[depth=1] > point' report.txt")
    pq.add_argument("selector", help="e.g. 'section[title~=\"消费\"] metric[kind=target]'")
    pq.add_argument("files", nargs="*", metavar="FILE", help="speech files, or - for standard input")
    pq.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
    _file_options(pq)
    pq.set_defaults(func=_cmd_query)
    pm = sub.add_parser("metrics", help="list the metrics of files, one row a metric",
                        description="One row a metric, the columns of speechdoc.document.records.METRIC_COLUMNS: file, ids, "
                                    "section_path, spans, indicator, value, unit, placeholder, kind, period…")
    pm.add_argument("files", nargs="+", metavar="FILE", help="speech files, or - for standard input")
    pm.add_argument("--format", choices=["csv", "jsonl", "table"], default="table")
    pm.add_argument("--bom", action="store_true", help="start CSV with a UTF-8 byte-order mark (for spreadsheets)")
    pm.add_argument("--kind", choices=["actual", "target", "forecast"])
    pm.add_argument("--unit")
    pm.add_argument("--indicator", help="substring of the indicator, either script")
    pm.add_argument("--section", help="substring of a breadcrumb of the section path")
    _file_options(pm)
    pm.set_defaults(func=_cmd_metrics)
    ps = sub.add_parser("schema", help="print the JSON Schema of the Document",
                        description="Print the JSON Schema of the Document (as in docs/schema.json).")
    ps.set_defaults(func=_cmd_schema)
    from .batch.command import add_command as add_batch_command

    add_batch_command(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    p = _parser()
    try:
        a = p.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if not getattr(a, "func", None):
        p.print_help(sys.stderr)
        return 2
    if sys.stdout is None:  # started with stdout closed (>&-)
        print("speechdoc: error: standard output is closed", file=sys.stderr)
        return 1
    try:
        return a.func(a)
    except UsageError as e:
        print(f"speechdoc: error: {e}", file=sys.stderr)
        return 2
    except SpeechdocError as e:
        print(f"speechdoc: error: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        print("speechdoc: interrupted", file=sys.stderr)
        return 130
    except OSError as e:  # a full disk, a closed stdout: one line, no traceback
        _silence_stdout()
        print(f"speechdoc: error: cannot write: {e.strerror or e}", file=sys.stderr)
        return 1
    except Exception as e:  # noqa: BLE001 - a bug must still not print a traceback at a user
        from .batch.workers import describe_exception

        print(f"speechdoc: error: internal error ({describe_exception(e)}); please report it", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the flush at exit cannot fail again."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
