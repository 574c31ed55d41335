"""The model knows nothing of the modules that read it, and no import circle forms.

``query``, ``select``, ``records``, ``chunks`` and ``render`` import the model; the
model reaches them only from inside its methods (see the docstring of
:mod:`speechdoc.document.model`). Two checks: every module of ``speechdoc/document/``
imports first in a fresh interpreter, and a walk of the module-level imports of the
whole package (``if TYPE_CHECKING:`` blocks and function bodies left out) finds no
cycle and no edge from the model to a module that reads it.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "speechdoc"
READERS_OF_THE_MODEL = ("query", "select", "records", "chunks", "render")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
DOCUMENT = sorted(m for m in MODULES if m.startswith("speechdoc.document."))


def _type_checking_only(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _module_level(statements: list[ast.stmt]):
    """The import statements that run when the module loads (not in functions or TYPE_CHECKING)."""
    for s in statements:
        if isinstance(s, (ast.Import, ast.ImportFrom)):
            yield s
        elif isinstance(s, ast.If):
            if not _type_checking_only(s.test):
                yield from _module_level(s.body)
            yield from _module_level(s.orelse)
        elif isinstance(s, ast.Try):
            for block in (s.body, *(h.body for h in s.handlers), s.orelse, s.finalbody):
                yield from _module_level(block)


def imports_at_load(name: str) -> set[str]:
    """The speechdoc modules ``name`` imports when it loads (``from . import query`` counts as query)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for s in _module_level(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(s, ast.Import):
            found |= {a.name for a in s.names}
            continue
        if s.level:
            base = package.split(".")[: len(package.split(".")) - (s.level - 1)]
            target = ".".join(base + ([s.module] if s.module else []))
        else:
            target = s.module or ""
        for a in s.names:
            found.add(f"{target}.{a.name}" if f"{target}.{a.name}" in MODULES else target)
    return {m for m in found if m in MODULES and m != name}


def imports_anywhere(name: str) -> set[str]:
    """The speechdoc modules ``name`` imports at load or inside a function (``if TYPE_CHECKING:`` left out)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for s in ast.walk(tree) if isinstance(s, ast.If) and _type_checking_only(s.test)
                   for b in s.body for n in ast.walk(b)}
    found: set[str] = set()
    for s in ast.walk(tree):
        if id(s) in typing_only:
            continue
        if isinstance(s, ast.Import):
            found |= {a.name for a in s.names}
        elif isinstance(s, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - (s.level - 1)] if s.level else []
            target = ".".join(base + ([s.module] if s.module else []))
            found |= {f"{target}.{a.name}" if f"{target}.{a.name}" in MODULES else target for a in s.names}
    return {m for m in found if m.startswith("speechdoc") and m != name}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(u: str) -> list[str] | None:
        state[u] = 1
        path.append(u)
        for v in sorted(graph[u]):
            if state.get(v) == 1:
                return path[path.index(v):] + [v]
            if v not in state and (cycle := visit(v)):
                return cycle
        path.pop()
        state[u] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_the_graph_walk_sees_imports_and_finds_a_cycle():
    assert {"speechdoc.document.model", "speechdoc.errors"} <= imports_at_load("speechdoc.document.query")
    assert "speechdoc.document.model" in imports_at_load("speechdoc.document.select")
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_model_imports_none_of_the_modules_that_read_it():
    readers = {f"speechdoc.document.{m}" for m in READERS_OF_THE_MODEL}
    assert not imports_at_load("speechdoc.document.model") & readers
    # the other direction is the one allowed (records names the model's classes only for type checking)
    for reader in sorted(readers - {"speechdoc.document.records"}):
        assert "speechdoc.document.model" in imports_at_load(reader), reader


def test_the_text_layer_imports_no_layer_above_it():
    """text/* (load, clean, view, layout …) is read by the outline, metrics and document layers and reads none
    of them, not even inside a function: what a later stage shares with cleaning it registers
    (speechdoc.text.survey)."""
    below = ("speechdoc.text", "speechdoc.lazy", "speechdoc.frozen", "speechdoc.errors")
    assert "speechdoc.outline.markers" in imports_anywhere("speechdoc.pipeline")  # (the walk sees them)
    assert "speechdoc.text.survey" in imports_anywhere("speechdoc.outline.markers")
    for name in sorted(m for m in MODULES if m.startswith("speechdoc.text.")):
        above = {m for m in imports_anywhere(name) if not m.startswith(below)}
        assert not above, f"{name} imports {sorted(above)}"


def test_no_import_cycle_among_the_package_modules():
    graph = {name: imports_at_load(name) for name in MODULES}
    cycle = find_cycle(graph)
    assert cycle is None, "module-level import cycle: " + " -> ".join(cycle or [])


def _fresh(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", DOCUMENT)
def test_each_document_module_imports_first_in_a_fresh_interpreter(name):
    done = _fresh(f"import {name}")
    assert done.returncode == 0, done.stderr[-2000:]


def test_import_speechdoc_loads_no_reader_of_the_model_until_a_method_needs_it():
    done = _fresh(
        "import sys, speechdoc\n"
        "loaded = lambda: sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('speechdoc.document.'))\n"
        "print(*loaded())\n"
        "doc = speechdoc.parse('一、发展经济\\n（一）扩大消费。\\n（二）招商引资。\\n二、保障民生')\n"
        "node = doc.find(title='招商')\n"
        "print(node.parent.title, node.prev_sibling.title, [n.title for n in doc.select('section[depth=2]')])\n"
        "print(*loaded())\n")
    assert done.returncode == 0, done.stderr[-2000:]
    before, navigated, after = done.stdout.splitlines()
    assert "model" in before.split() and not set(READERS_OF_THE_MODEL) & set(before.split())
    assert navigated == "发展经济 扩大消费 ['扩大消费', '招商引资']"
    assert {"query", "select"} <= set(after.split())


def test_every_public_name_resolves_and_the_lazy_ones_load_at_first_use():
    done = _fresh(
        "import sys, speechdoc\n"
        "lazy = ('speechdoc.document.render', 'speechdoc.document.chunks', 'speechdoc.metrics.quantities')\n"
        "print(*[m for m in lazy if m in sys.modules])\n"
        "ns = {}\n"
        "exec('from speechdoc import *', ns)\n"
        "print(*sorted(set(speechdoc.__all__) - set(ns)))\n"
        "print(*[m for m in lazy if m not in sys.modules])\n"
        "print(speechdoc.parse_quantity('6.5%左右').value, speechdoc.Chunk.__name__, 'to_jsonl' in dir(speechdoc))\n")
    assert done.returncode == 0, done.stderr[-2000:]
    loaded_at_import, missing, never_loaded, used = done.stdout.split("\n")[:4]
    assert loaded_at_import == "" and missing == "" and never_loaded == ""
    assert used == "6.5 Chunk True"


def test_import_speechdoc_leaves_what_a_parse_loads_on_demand_unloaded():
    """What keeps ``import speechdoc`` cheap, as module names (times live in benchmarks/bench_import.py).

    asyncio stays out because typing-extensions >= 4.16 (pyproject.toml) no longer imports it
    for pydantic-core; the pipeline and its stages, lark, opencc and the readers load at the first
    parse, the rest at first use.
    """
    deferred = ("asyncio", "lark", "opencc", "importlib.metadata", "charset_normalizer", "speechdoc.readers",
                "speechdoc.pipeline", "speechdoc.text.clean", "speechdoc.outline.markers", "speechdoc.metrics",
                "speechdoc.batch", "speechdoc.cli", "speechdoc.metrics.quantities",
                *(f"speechdoc.document.{m}" for m in READERS_OF_THE_MODEL))
    done = _fresh(f"import sys, speechdoc\nprint(*[m for m in {deferred!r} if m in sys.modules])")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == []


def test_import_speechdoc_compiles_no_pattern_of_the_stages():
    """The stages' module-level patterns are :func:`speechdoc.lazy.lazy`: compiled at their first
    use, not by ``import speechdoc`` (they were ~40 % of its instructions), and a parse then finds them."""
    done = _fresh(
        "import re, sys, speechdoc\n"
        "from speechdoc.lazy import LazyPattern\n"
        "def compiled():\n"
        "    return sorted(f'{name}.{k}' for name, m in list(sys.modules.items()) if name.startswith('speechdoc')\n"
        "                  for k, v in vars(m).items()\n"
        "                  if isinstance(v, re.Pattern) or (isinstance(v, LazyPattern) and v.compiled))\n"
        "print(*compiled())\n"
        "doc = speechdoc.parse('同志们：\\n一、十四五时期的发展\\n全年增长5.2%。')\n"
        # (a marker stage's pattern the parse reads: the marker scan's own rides on cleaning's survey, and the
        # numeral list check's is asked only where a numeral follows the marker)
        "print(len(doc.metrics()), 'speechdoc.outline.markers._RANGE_FOLLOW' in compiled())\n")
    assert done.returncode == 0, done.stderr[-2000:]
    at_import, after_parse = done.stdout.splitlines()
    assert at_import == ""
    assert after_parse == "1 True"


def test_parse_loads_the_pipeline_at_first_use_and_is_the_pipeline_function():
    done = _fresh(
        "import sys, speechdoc\n"
        "print('speechdoc.pipeline' in sys.modules)\n"
        "from speechdoc import parse\n"
        "import speechdoc.pipeline as p\n"
        "print(parse is p.parse, speechdoc.parse_file is p.parse_file, 'parse' in dir(speechdoc))\n"
        "print([n.title for n in parse('一、发展经济\\n二、保障民生').walk()])\n")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["False", "True True True", "['发展经济', '保障民生']"]
