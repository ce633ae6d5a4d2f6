"""The network picture (scripts/draw-network, docs/network.svg): drawn by Graphviz from
the NetworkPolicies, current with dist/, and showing every connection REACHABILITY.md
lists (but cluster DNS, which the picture leaves out and says so)."""

import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest
import toolchain

from potatostack import reachability, settings

# It runs Debian's Graphviz, which `make install` installs: not part of the quick loop.
pytestmark = pytest.mark.tools

SCRIPT = toolchain.ROOT / "scripts" / "draw-network"
SVG = "{http://www.w3.org/2000/svg}"


def _draw(*args):
    toolchain.which_or_fail("dot", "install Graphviz with `apt-get install graphviz` (`make install` does)")
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300)


def _edges(picture):
    root = ElementTree.parse(picture).getroot()
    return {group.find(f"{SVG}title").text for group in root.iter(f"{SVG}g") if group.get("class") == "edge"}


def test_the_committed_picture_is_current():
    result = _draw("--check")
    assert result.returncode == 0, result.stderr


def test_every_allowed_connection_is_drawn(profile, tmp_path):
    _, dist, tree, settings_file = profile
    picture = tmp_path / "network.svg"
    result = _draw("--dist", str(dist), "--settings", str(settings_file), "--out", str(picture))
    assert result.returncode == 0, result.stderr
    objects = [m for folder in tree.values() for m in folder.values()]
    expected = {
        f"{source}->{destination}"
        for source, destination in reachability.matrix(objects, settings.load(settings_file))
        if "cluster DNS" not in (source, destination)
    }
    assert expected, "no connection to draw"
    assert _edges(picture) == expected
