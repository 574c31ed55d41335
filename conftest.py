"""Test-run setup for tests/, docs/ and the doctests in speechdoc/ (one file: two conftest.py
files would both be imported as ``conftest`` by ``--doctest-modules`` and clash).

- the header says where the development corpus is, or that its tests skip;
- the ``slow`` marker: ``python -m pytest`` runs everything (as the README says and CI
  does), ``python -m pytest -m "not slow"`` leaves out the tests in :data:`SLOW`;
- the guide's examples (docs/*.md) run from the repository root, so they read
  ``fixtures/...`` as a user would.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from shared_corpus import CORPUS, describe

ROOT = Path(__file__).resolve().parent

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
    "tests/test_metrics.py::test_never_raises",
    "tests/test_clean_props.py::test_noise_never_becomes_a_node_or_title",
    "tests/test_clean_props.py::test_long_runs_finish",
    "tests/test_clean_pages.py::test_long_runs_of_page_furniture_finish_and_tile",
    "tests/test_pathological.py::test_long_runs_return_and_tile",
    "tests/test_invariants.py::test_any_text_parses_and_tiles",
    "tests/test_schema.py::test_documents_validate_against_the_schema",
    "tests/test_query.py::test_corpus_navigation_is_consistent",
    "tests/test_readers_html.py::test_deep_nesting_does_not_recurse",
    "tests/test_batch.py::test_local_and_dask_engines_give_equal_tables",
    "tests/test_batch.py::test_dask_engine_from_the_command_line",
    "tests/test_batch.py::test_resume_after_a_batch_killed_mid_way",
    "tests/test_batch.py::test_mixed_folder_every_file_accounted_for",
    "tests/test_batch.py::test_output_is_the_same_whatever_the_number_of_workers",
    "tests/test_batch.py::test_a_missing_extra_names_the_install_command",
    "tests/test_batch_faults.py",
    "tests/test_suite_setup.py",  # each starts pytest again
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


@pytest.fixture(autouse=True)
def _guide_at_repo_root(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if Path(str(request.node.path)).resolve().parent == ROOT / "docs":
        monkeypatch.chdir(ROOT)
