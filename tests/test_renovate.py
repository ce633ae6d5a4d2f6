"""renovate.json finds every pin, so the update bot can bump each one with the gate as its
check. Its regex managers are run here over the files they name (JavaScript named groups
read as Python's) and must find exactly the pins the files declare."""

import json
import re

import pytest
import toolchain

from potatostack import images

CONFIG = json.loads((toolchain.ROOT / "renovate.json").read_text())


def _python_pattern(javascript: str) -> "re.Pattern[str]":
    return re.compile(re.sub(r"\\k<(\w+)>", r"(?P=\1)", javascript.replace("(?<", "(?P<")))


def _found(path: str):
    """(manager description, match) for every custom manager whose files include `path`."""
    text = (toolchain.ROOT / path).read_text()
    for manager in CONFIG["customManagers"]:
        if not any(re.search(pattern.strip("/"), path) for pattern in manager["managerFilePatterns"]):
            continue
        for match_string in manager["matchStrings"]:
            for match in _python_pattern(match_string).finditer(text):
                yield manager, match


def test_every_image_is_found_with_its_tag():
    declared = {(image.repository, image.tag) for image in vars(images).values() if isinstance(image, images.Image)}
    found = {(m["depName"], m["currentValue"]) for _, m in _found("constructs/potatostack/images.py")}
    assert declared and found == declared


def test_every_go_tool_pin_is_found():
    pins = toolchain.pins()
    versions = {name.removesuffix("_VERSION") for name in pins if name.endswith("_VERSION")}
    found = {m["name"]: (m["depName"], m["currentValue"]) for _, m in _found("toolchain.env")}
    # Every version with a module of its own; the rest build from another pin's module
    # and must then name that pin's version.
    for name in versions:
        if f"{name}_MODULE" in pins:
            assert found.get(name) == (pins[f"{name}_MODULE"], pins[f"{name}_VERSION"]), name
    assert len(found) >= 8


@pytest.mark.parametrize("path", ["scripts/vendor-crds", "scripts/vendor-upstream"])
def test_every_vendored_module_pin_is_found(path):
    text = (toolchain.ROOT / path).read_text()
    pins = set(re.findall(r'"((?:github\.com|sigs\.k8s\.io)/[^"]+)", "(v[0-9][^"]*)"', text))
    found = {(m["depName"], m["currentValue"]) for _, m in _found(path)}
    assert pins and found == pins


def test_the_cluster_and_chart_versions_are_found():
    from potatostack import helm, platform

    def named(path):
        return {
            (m.groupdict().get("depName") or manager.get("depNameTemplate"), m["currentValue"])
            for manager, m in _found(path)
        }

    assert named("constructs/potatostack/platform.py") == {("k3s-io/k3s", platform.K3S_VERSION)}
    assert named("constructs/potatostack/helm.py") == {
        ("github.com/cert-manager/cert-manager", helm.CERT_MANAGER_VERSION),
        (helm.KYVERNO.chart, helm.KYVERNO.version),
    }


def test_a_digest_goes_beside_the_tag_and_stays_pinned():
    digest = "sha256:" + "a" * 64
    image = images.Image("docker.io/library/redis", "7.4.11-alpine", digest=digest)
    assert image.reference == f"docker.io/library/redis:7.4.11-alpine@{digest}"
    # The policy's own expression accepts tag@digest (require-pinned-images).
    assert re.search(r"@sha256:[a-f0-9]{64}$", image.reference)
    with pytest.raises(ValueError, match="docker.io/library/redis: digest must be"):
        images.Image("docker.io/library/redis", "7.4.11-alpine", digest="sha256:short")
    line = f'X = Image("docker.io/library/redis", "7.4.11-alpine", digest="{digest}")'
    manager = next(m for m in CONFIG["customManagers"] if "images" in m["managerFilePatterns"][0])
    match = _python_pattern(manager["matchStrings"][0]).search(line)
    assert match and match["currentDigest"] == digest
