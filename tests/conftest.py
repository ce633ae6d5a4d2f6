import os
import pathlib

import pytest

import manifests
import toolchain

# Tests that build charts in-process run jsii on the project's Node.js, as main.py does.
os.environ.setdefault("JSII_NODE", str(toolchain.ROOT / "node_modules" / ".bin" / "node"))


@pytest.fixture(scope="session")
def fresh_dist(tmp_path_factory) -> pathlib.Path:
    """One synth of the committed code into a temporary folder, shared by the session."""
    out = tmp_path_factory.mktemp("synth") / "dist"
    result = toolchain.synth(out)
    if result.returncode != 0:
        pytest.fail(f"synth failed:\n{result.stderr}", pytrace=False)
    return out


@pytest.fixture(scope="session")
def fresh_tree(fresh_dist) -> manifests.Tree:
    return manifests.load(fresh_dist)
