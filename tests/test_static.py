"""The code passes its own checks: the type checker and the linter, as configured in pyproject.toml.

Both tools are test dependencies (``pip install -e '.[test]'``), so a missing one fails here.
"""

from __future__ import annotations

import ast
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


def test_static_no_module_constant_is_assigned_twice() -> None:
    # A second ``NAME = …`` at module level silently replaces the first for every function that
    # reads it (frames.py once had two ELECTED_BEFORE, extract two _LANGUAGE_AFTER); ruff does
    # not report it.
    twice = []
    for path in sorted((ROOT / "src" / "kgraph").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign):
                targets = [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                    if target.id in seen:
                        twice.append(f"{path.relative_to(ROOT)}: {target.id}")
                    seen.add(target.id)
    assert twice == []
