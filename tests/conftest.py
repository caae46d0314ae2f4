"""Shared fixtures. Tests that need the real corpus in ../shared skip with a reason when
it is absent, except in CI (CI=true), where its absence is a failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# An extractor that raises fails the test that ran it (and every subprocess it starts
# inherits this), where a user gets a warning naming the extractor (courtparse.document).
os.environ["COURTPARSE_STRICT"] = "1"

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("COURTPARSE_SHARED", REPO.parent / "shared"))


def _require_shared() -> Path:
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but the shared corpus is missing at {SHARED}")
    pytest.skip(f"shared corpus not found at {SHARED} (set COURTPARSE_SHARED)")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _require_shared()


@pytest.fixture(scope="session")
def labeled_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "labeled"


@pytest.fixture(scope="session")
def pool_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "pool"


@pytest.fixture(scope="session")
def examples_dir(shared_dir: Path) -> Path:
    return shared_dir / "examples"
