"""Test-run setup: the corpus line in the header and the ``slow`` marker.

``python -m pytest`` runs everything (as the README says and CI does);
``python -m pytest -m "not slow"`` leaves out the few stress and whole-corpus tests
listed in :data:`SLOW`, for a quick run while working.
"""
from __future__ import annotations

import warnings

import pytest
from shared_corpus import CORPUS, describe

#: the slowest tests (whole-corpus scoring, multi-megabyte inputs, the widest property tests): a test id,
#: or a file for every test in it
SLOW = (
    "tests/test_corpus.py",
    "tests/test_clean_corpus.py",
    "tests/test_clean_props.py::test_five_megabyte_line_finishes",
    "tests/test_clean_props.py::test_five_megabyte_line_with_numbers_cleans",
    "tests/test_clean_props.py::test_every_character_has_one_home_and_text_shows_its_source",
    "tests/test_pathological.py::test_a_long_single_line_speech",
    "tests/test_pathological.py::test_a_million_marker_like_tokens_do_not_hang",
    "tests/test_chunks_properties.py::test_chunks_cover_each_sentence_once",
    "tests/test_chunks.py::test_corpus_chunks_cover_every_sentence",
    "tests/test_metrics.py::test_five_megabyte_line",
    "tests/test_metrics.py::test_long_runs",
    "tests/test_metrics.py::test_dev_corpus_metric_f1",
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a stress or whole-corpus test; deselect with -m 'not slow'")


def pytest_report_header(config: pytest.Config) -> str:
    return describe()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not CORPUS.is_dir():  # said again at the end, where a -q run also shows it
        terminalreporter.write_line(describe())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    matched = set()
    for item in items:
        nodeid = item.nodeid.split("[")[0]
        for entry in SLOW:
            if nodeid == entry or nodeid.startswith(entry + "::"):
                item.add_marker(pytest.mark.slow)
                matched.add(entry)
    collected_files = {item.nodeid.split("::")[0] for item in items}
    for entry in SLOW:  # a renamed test would silently leave the quick run: say so
        if entry not in matched and entry.split("::")[0] in collected_files:
            warnings.warn(f"conftest.SLOW names {entry}, which no longer exists", pytest.PytestWarning, stacklevel=1)
