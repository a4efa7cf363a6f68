"""The code is `ruff format`-clean and lint-clean, as CI checks it (ruff is pinned in [test])."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PATHS = ["factcheck", "tests", "bench", "scripts", "alembic"]


def _ruff(*args: str) -> subprocess.CompletedProcess:
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    return subprocess.run([ruff, *args, *PATHS], cwd=REPO, capture_output=True, text=True)


def test_every_file_is_ruff_formatted():
    result = _ruff("format", "--check")
    assert result.returncode == 0, result.stdout[-2000:]


def test_ruff_finds_nothing():
    result = _ruff("check")
    assert result.returncode == 0, result.stdout[-2000:]
