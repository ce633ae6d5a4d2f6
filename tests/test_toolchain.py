"""A missing tool fails the gate with the command that installs it; it never skips."""

import os
import shutil
import subprocess

import pytest
import toolchain

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools


def test_a_missing_kyverno_fails_with_the_install_command(tmp_path, monkeypatch):
    (tmp_path / "toolchain.env").write_text("KYVERNO_VERSION=v0.0.0-absent\n")
    monkeypatch.setattr(toolchain, "ROOT", tmp_path)
    with pytest.raises(
        pytest.fail.Exception, match=r"not built at \.tools/kyverno-v0\.0\.0-absent/kyverno: run `make tools`"
    ):
        toolchain.kyverno()


def test_the_pinned_kyverno_is_the_one_built():
    result = subprocess.run([str(toolchain.kyverno()), "version"], capture_output=True, text=True, timeout=60)
    assert f"Version: {toolchain.pins()['KYVERNO_VERSION']}" in result.stdout


def test_building_a_go_tool_without_go_says_how_to_install_go(tmp_path):
    # A PATH with only what the script needs before it looks for go.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname", "env"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    env = {**os.environ, "PATH": str(bin_dir)}
    result = subprocess.run(
        [str(toolchain.ROOT / "scripts" / "build-go-tool"), "absent-tool", "example.com/absent", "v0.0.0", "./cmd"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "'go' is not on PATH; install Go" in result.stderr


def test_the_kopia_the_gate_runs_is_the_release_the_image_runs():
    from potatostack import images

    result = subprocess.run([str(toolchain.kopia()), "--version"], capture_output=True, text=True, timeout=60)
    assert toolchain.pins()["KOPIA_VERSION"] == f"v{images.KOPIA.tag}"
    assert result.stdout.startswith(f"{images.KOPIA.tag} ")


def test_the_observability_tools_are_the_releases_the_images_run():
    from potatostack import images

    pins = toolchain.pins()
    # Prometheus' module v0.3XY.Z is Prometheus 3.XY.Z; promtool says the release.
    release = pins["PROMTOOL_VERSION"].replace("v0.3", "3.", 1)
    promtool = subprocess.run([str(toolchain.promtool()), "--version"], capture_output=True, text=True, timeout=60)
    assert f"promtool, version {release} " in promtool.stdout
    assert pins["AMTOOL_VERSION"] == images.ALERTMANAGER.tag
    amtool = subprocess.run([str(toolchain.amtool()), "--version"], capture_output=True, text=True, timeout=60)
    assert f"amtool, version {images.ALERTMANAGER.tag.removeprefix('v')} " in amtool.stdout + amtool.stderr
    assert pins["VICTORIA_METRICS_VERSION"] == images.VICTORIA_METRICS.tag == images.VMALERT.tag
    for binary in (toolchain.victoria_metrics(), toolchain.vmalert()):
        version = subprocess.run([str(binary), "-version"], capture_output=True, text=True, timeout=60)
        assert version.stdout.strip().endswith(images.VICTORIA_METRICS.tag), version.stdout


def test_a_missing_promtool_fails_with_the_install_command(tmp_path, monkeypatch):
    (tmp_path / "toolchain.env").write_text("PROMTOOL_VERSION=v0.0.0-absent\n")
    monkeypatch.setattr(toolchain, "ROOT", tmp_path)
    with pytest.raises(pytest.fail.Exception, match=r"promtool-v0\.0\.0-absent/promtool: run `make tools`"):
        toolchain.promtool()
