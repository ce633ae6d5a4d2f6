"""The code passes ruff (lint and format) and mypy --strict over constructs/potatostack.

Both are pinned in requirements.lock (make install) and configured in pyproject.toml;
the generated imports/ is left out of all three."""

import importlib.util
import subprocess
import sys

import pytest
import toolchain


def _run(tool: str, *args: str) -> subprocess.CompletedProcess:
    if importlib.util.find_spec(tool) is None:
        pytest.fail(f"{tool} is not installed in {sys.prefix}: run `make install` (it is pinned in requirements.lock)")
    return subprocess.run(
        [sys.executable, "-m", tool, *args], cwd=toolchain.ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_finds_nothing_to_fix():
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted_as_ruff_formats_it():
    result = _run("ruff", "format", "--no-cache", "--check", ".")
    assert result.returncode == 0, f"run `.venv/bin/ruff format .`\n{result.stdout}{result.stderr}"


def test_mypy_strict_passes_over_the_constructs():
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_ruff_would_catch_a_lint_error(tmp_path):
    # The configuration is read and the rules run: an unused import is reported.
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n")
    result = _run("ruff", "check", "--no-cache", "--config", str(toolchain.ROOT / "pyproject.toml"), str(bad))
    assert result.returncode != 0 and "F401" in result.stdout, result.stdout


def test_mypy_would_catch_a_type_error(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(x):\n    return x\n\n\nn: int = 'a'\n")
    result = _run(
        "mypy", "--strict", "--cache-dir=/dev/null", "--config-file", str(toolchain.ROOT / "pyproject.toml"), str(bad)
    )
    assert result.returncode != 0 and "no-untyped-def" in result.stdout and "assignment" in result.stdout, result.stdout
