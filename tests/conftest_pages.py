"""Fixtures shared by the page tests and the browser tests: databases with known content."""
from __future__ import annotations

import shutil

import pytest

from diplo.firstrun import ensure_database
from tests.dashboard_fixtures import build_fixture_db


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory):
    """A read-mostly store of hand-made events (tests must not write to it: use writable_db)."""
    path = tmp_path_factory.mktemp("fixture") / "diplo.duckdb"
    build_fixture_db(path)
    return path


@pytest.fixture()
def writable_db(fixture_db, tmp_path):
    """A private copy of the fixture store that a test may add articles to."""
    path = tmp_path / "diplo.duckdb"
    shutil.copy(fixture_db, path)
    return path


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory):
    """The store the README's first run builds from seeds/ and data/corpus/articles/."""
    path = tmp_path_factory.mktemp("bundled") / "diplo.duckdb"
    ensure_database(path)
    return path
