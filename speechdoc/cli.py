"""The ``speechdoc`` command.

Exit status: 0 success, 1 bad input (unreadable file, undecodable bytes), 2 usage.
Output goes to stdout, diagnostics and errors to stderr.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .errors import SpeechdocError, UsageError
from .load import read_path
from .pipeline import parse
from .progress import echo, progress
from .render import to_markdown, to_tree
from .workers import DEFAULT_TIMEOUT

__all__ = ["main"]


def _read(arg: str) -> tuple[bytes, str | None]:
    if arg == "-":
        return sys.stdin.buffer.read(), None
    return read_path(arg), arg


def _cmd_parse(a: argparse.Namespace) -> int:
    if len(a.files) > 1 and (a.stage or a.format == "json"):
        raise UsageError("several files: use --format jsonl (one Document a line), tree or markdown")
    if a.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {a.jobs}")
    if a.stage or "-" in a.files:
        return _parse_here(a)
    from .batch import render_many

    status = 0
    results = render_many(a.files, a.format, jobs=a.jobs, encoding=a.encoding, simplified=a.simplified,
                          pretty=a.pretty, timeout=a.timeout)
    for r in progress(results, total=len(a.files), force=a.progress, label=lambda r: r.name):
        if r.error is not None:  # one error line for the file; the batch goes on (speechdoc.workers)
            echo(f"speechdoc: {r.name}: error: {r.error}")
            status = 1
            continue
        sys.stdout.write(r.output + "\n")
        if not a.quiet:
            for line in r.diagnostics:
                echo(f"{r.name}: {line}")
    return status


def _parse_here(a: argparse.Namespace) -> int:
    """Standard input and stage dumps: parsed in this process."""
    status = 0
    for name in progress(a.files, force=a.progress):
        try:
            data, path = _read(name)
            if a.stage:
                from .stages import dump

                sys.stdout.write(dump(data, a.stage, encoding=a.encoding) + "\n")
                continue
            doc = parse(data, encoding=a.encoding, script="simplified" if a.simplified else "source", path=path)
        except UsageError:
            raise
        except SpeechdocError as e:  # one bad file does not stop a batch
            print(f"speechdoc: {name}: error: {e}", file=sys.stderr)
            status = 1
            continue
        if a.format in ("json", "jsonl"):
            out = doc.model_dump_json(indent=2 if a.pretty and a.format == "json" else None)
        elif a.format == "tree":
            out = to_tree(doc)
        else:
            out = to_markdown(doc)
        sys.stdout.write(out + "\n")
        if not a.quiet:
            for d in doc.diagnostics:
                where = f" at {d.span[0]}-{d.span[1]}" if d.span else ""
                print(f"{name}: {d.severity}: {d.code}{where}: {d.message}", file=sys.stderr)
    return status


def _cmd_query(a: argparse.Namespace) -> int:
    import json

    from .select import as_record, compile_selector

    sel = compile_selector(a.selector)  # a bad selector fails before any file is read
    for name in progress(a.files):
        data, path = _read(name)
        doc = parse(data, encoding=a.encoding, path=path)
        for obj in doc.select(sel):
            rec = as_record(obj)
            if a.format == "text":
                label = " > ".join(rec["path"]) if "path" in rec else rec.get("text") or rec.get("title") or ""
                sys.stdout.write(f"{name}:{rec['span'][0]}-{rec['span'][1]}\t{rec['type']}\t{label}\n")
            else:
                sys.stdout.write(json.dumps({"file": name, **rec}, ensure_ascii=False) + "\n")
    return 0


def _cmd_schema(a: argparse.Namespace) -> int:
    from .render import schema_json

    sys.stdout.write(schema_json())
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="speechdoc", description="Parse Chinese official speeches into outlines and metrics.")
    p.add_argument("--version", action="version", version=f"speechdoc {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    pp = sub.add_parser("parse", help="parse files into Documents",
                        description="Parse speech files (or - for stdin). One file prints one Document as JSON; "
                                    "many files print one Document a line with --format jsonl.")
    pp.add_argument("files", nargs="+", metavar="FILE", help="speech files, or - for standard input")
    pp.add_argument("--format", choices=["json", "jsonl", "tree", "markdown"], default="json")
    pp.add_argument("--progress", action="store_true", help="show progress on stderr even when it is not a terminal")
    pp.add_argument("-j", "--jobs", type=int, default=1, help="parse files in this many processes (order is kept)")
    pp.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help=f"seconds one file may take with several files (default {DEFAULT_TIMEOUT:g})")
    pp.add_argument("--pretty", action="store_true", help="indent JSON output")
    pp.add_argument("--encoding", help="decode with this encoding instead of detecting it")
    pp.add_argument("--simplified", action="store_true", help="show text in simplified script")
    pp.add_argument("-q", "--quiet", action="store_true", help="do not print diagnostics")
    pp.add_argument("--stage", choices=["clean", "layout", "markers", "outline"],
                    help="print an intermediate stage instead: the cleaned view, paragraph starts, marker candidates, "
                         "or the chains of markers with their evidence and the outline's decision")
    pp.set_defaults(func=_cmd_parse)
    pq = sub.add_parser("query", help="print what a selector matches in files",
                        description="Print, one JSON object a line, what SELECTOR matches in each FILE, "
                                    "e.g. speechdoc query 'section[depth=1] > point' report.txt")
    pq.add_argument("selector", help="e.g. 'section[title~=\"消费\"] metric[kind=target]'")
    pq.add_argument("files", nargs="+", metavar="FILE", help="speech files, or - for standard input")
    pq.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
    pq.add_argument("--encoding", help="decode with this encoding instead of detecting it")
    pq.set_defaults(func=_cmd_query)
    ps = sub.add_parser("schema", help="print the JSON Schema of the Document",
                        description="Print the JSON Schema of the Document (as in docs/schema.json).")
    ps.set_defaults(func=_cmd_schema)
    from .metrics.table import add_command as add_metrics_command

    add_metrics_command(sub)
    from .batch_command import add_command as add_batch_command

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
        from .workers import describe_exception

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
