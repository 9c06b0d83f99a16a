"""The code passes its own checks: the type checker and the linter, as configured in pyproject.toml.

Both tools are test dependencies (``pip install -e '.[test]'``), so a missing one fails here.
"""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_static_mypy_finds_no_type_errors() -> None:
    done = _run("mypy")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_static_ruff_finds_nothing() -> None:
    done = _run("ruff", "check", "src", "tests", "benchmarks", "scripts")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
