"""The test suite as a newcomer runs it: the corpus note, SPEECHDOC_SHARED, the quick run."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib

from shared_corpus import ROOT

TESTS = ROOT / "tests"


def pytest_run(*args: str, shared: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "SPEECHDOC_SHARED"}
    if shared is not None:
        env["SPEECHDOC_SHARED"] = shared
    r = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=600)
    return r.stdout + r.stderr


def test_the_header_says_where_the_corpus_is_or_that_its_tests_skip(tmp_path):
    out = pytest_run("--collect-only", "tests/test_clean_corpus.py", shared=str(tmp_path / "nowhere"))
    line = next(x for x in out.splitlines() if x.startswith("speechdoc corpus:"))
    assert line == (f"speechdoc corpus: not found at {tmp_path / 'nowhere' / 'corpus'} (from $SPEECHDOC_SHARED); "
                    "the tests that read it skip (set SPEECHDOC_SHARED to the folder that holds corpus/)")
    (tmp_path / "here" / "corpus").mkdir(parents=True)
    out = pytest_run("--collect-only", "tests/test_clean_corpus.py", shared=str(tmp_path / "here"))
    assert f"speechdoc corpus: {tmp_path / 'here' / 'corpus'} (from $SPEECHDOC_SHARED); the corpus tests run" in out


def test_every_test_that_reads_the_corpus_honours_speechdoc_shared():
    for path in sorted(TESTS.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name == "shared_corpus.py" or not re.search(r"""["']shared["']|\.\./shared/""", text):
            continue
        assert "SPEECHDOC_SHARED" in text.split('"""', 2)[-1] or "from shared_corpus import" in text, (
            f"{path.name} finds ../shared itself: import CORPUS from shared_corpus")


def test_corpus_tests_skip_cleanly_without_the_corpus(tmp_path):
    out = pytest_run("-q", "-rs", "tests/test_clean_corpus.py", "tests/test_metrics.py::test_dev_corpus_metric_f1",
                     shared=str(tmp_path))
    assert re.search(r"\d+ skipped", out) and "passed" not in out and "failed" not in out and "error" not in out
    assert any(line.startswith("speechdoc corpus: not found at") for line in out.splitlines())  # even with -q


def test_slow_tests_are_marked_and_the_default_run_keeps_them():
    out = pytest_run("--collect-only", "-q", "-m", "not slow")  # everything: tests, doctests, the guide
    assert not re.search(r"\d+ errors? in ", out.strip().splitlines()[-1]), out[-2000:]
    deselected = int(re.search(r"(\d+) deselected", out).group(1))
    assert deselected >= 10
    assert "test_corpus.py" not in out and "test_five_megabyte_line_finishes" not in out
    assert "conftest.SLOW names" not in out  # every listed test still exists
    opts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "-m" not in opts["addopts"].split()  # `python -m pytest` (the README's command) runs the slow ones too
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python -m pytest\n" in readme and 'python -m pytest -m "not slow"' in readme


def test_the_test_extra_holds_what_the_tests_import():
    extra = " ".join(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
                     ["optional-dependencies"]["test"])
    for name in ("pytest", "hypothesis", "pandas", "jsonschema"):
        assert name in extra, f"{name} is used by the tests but not in the test extra"


def test_the_guide_installs_from_the_repository_and_says_what_import_costs():
    guide = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    assert not re.search(r"pip install speechdoc\b", guide)  # not published: that would install something else
    assert "python -m pip install -e ." in guide and "python3 -m venv .venv" in guide
    claim = re.search(r"`import speechdoc` costs about ([0-9.]+) s of CPU time.*?median of (\d+)\s+rounds: (\d+) ms, "
                      r"(\d+)–(\d+) ms", guide, re.S)
    assert claim, "the import-time claim states the measurement it comes from"
    about, rounds, median, low, high = float(claim[1]), int(claim[2]), int(claim[3]), int(claim[4]), int(claim[5])
    assert low <= median <= high and abs(about * 1000 - median) <= 0.25 * median  # the rounding matches the figure
    bench = ROOT / "benchmarks" / "bench_import.py"
    assert "python benchmarks/bench_import.py" in guide and bench.is_file()
    assert f"default={rounds}" in bench.read_text(encoding="utf-8")
