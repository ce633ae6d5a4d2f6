"""Where the gate finds its tools, and how it says what to do when one is missing.

A missing tool fails the gate (pytest.fail), never skips it: a green run must mean
every check ran.
"""

import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def pins() -> dict:
    values = {}
    for line in (ROOT / "toolchain.env").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key] = value
    return values


def go_tool(name: str, pin: str, what: str, go: str) -> pathlib.Path:
    """A tool `make tools` builds from the Go module proxy into .tools/<name>-<version>/."""
    if os.environ.get("POTATOSTACK_QUICK"):
        pytest.fail(f"this test runs {what}: mark its module `pytestmark = pytest.mark.tools`", pytrace=False)
    version = pins()[pin]
    binary = ROOT / ".tools" / f"{name}-{version}" / name
    if not os.access(binary, os.X_OK):
        pytest.fail(
            f"{what} {version} is not built at {binary.relative_to(ROOT)}: run `make tools` "
            f"(it builds it from the Go module proxy with Go {go}+; `make test` does this for you)",
            pytrace=False,
        )
    return binary


def kyverno() -> pathlib.Path:
    return go_tool("kyverno", "KYVERNO_VERSION", "the Kyverno CLI", "1.24")


def helm() -> pathlib.Path:
    return go_tool("helm", "HELM_VERSION", "Helm", "1.26")


def project_node() -> pathlib.Path:
    node = ROOT / "node_modules" / ".bin" / "node"
    if not node.exists():
        pytest.fail("Node.js is not installed in node_modules: run `make install` (npm ci)", pytrace=False)
    return node


def python() -> str:
    return sys.executable


def synth(
    out: pathlib.Path, *extra: str, hash_seed: str = "0", settings: pathlib.Path = None
) -> subprocess.CompletedProcess:
    """Run main.py as a user would, into `out`."""
    command = [python(), str(ROOT / "main.py"), "--out", str(out), *extra]
    if settings is not None:
        command += ["--settings", str(settings)]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "JSII_NODE": str(project_node())}
    env.pop("CDK8S_OUTDIR", None)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def which_or_fail(name: str, how: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.fail(f"`{name}` is not on PATH: {how}", pytrace=False)
    return found


def kopia() -> pathlib.Path:
    return go_tool("kopia", "KOPIA_VERSION", "Kopia", "1.25")


def box_tools():
    """The box's binaries (tests/box.py), at the cluster's Kubernetes version."""
    import box

    from potatostack import platform

    kubernetes = f"v{platform.KUBERNETES_VERSION}"
    folder = ROOT / ".tools" / f"kubernetes-{kubernetes}"
    commands = {}
    for command in ("control-plane", "kubectl"):
        commands[command] = folder / command
        if not os.access(commands[command], os.X_OK):
            pytest.fail(
                f"{command} {kubernetes} is not built at {commands[command].relative_to(ROOT)}: run `make tools` "
                "(scripts/build-kubernetes builds it from the Go module proxy with Go 1.25+, about 7 minutes "
                "cold; `make test` does this for you)",
                pytrace=False,
            )
    kwok = go_tool("kwok", "KWOK_VERSION", "kwok (the kubelet's stand-in)", "1.26")
    return box.Tools(
        kine=go_tool("kine", "KINE_VERSION", "kine (k3s's SQLite datastore)", "1.25 and gcc"),
        control_plane=commands["control-plane"],
        kubectl=commands["kubectl"],
        kwok=kwok,
        kwok_stages=kwok.parent / "stages",
    )


def promtool() -> pathlib.Path:
    return go_tool("promtool", "PROMTOOL_VERSION", "promtool (Prometheus)", "1.26.7")


def amtool() -> pathlib.Path:
    return go_tool("amtool", "AMTOOL_VERSION", "amtool (Alertmanager)", "1.26")


def victoria_metrics() -> pathlib.Path:
    return go_tool("victoria-metrics", "VICTORIA_METRICS_VERSION", "VictoriaMetrics", "1.26.6")


def vmalert() -> pathlib.Path:
    return go_tool("vmalert", "VICTORIA_METRICS_VERSION", "vmalert (VictoriaMetrics)", "1.26.6")


def victoria_logs() -> pathlib.Path:
    return go_tool("victoria-logs", "VICTORIA_LOGS_VERSION", "VictoriaLogs", "1.26.5")


def every_service_settings(**changes) -> str:
    """The committed settings.yaml with every service on (`profile: complete`) on a node
    they fit, and in-cluster Kyverno too: what tests of a service the default profile
    leaves out (and of the enforcement it does not choose) synthesize."""
    import yaml

    raw = yaml.safe_load((ROOT / "settings.yaml").read_text())
    raw["profile"] = "complete"
    # Every service fits an 8 GB board, not the 2 GB Le Potato (test_budget measures that).
    raw.setdefault("node", {})["memory"] = "8Gi"
    raw["enforcement"] = "kyverno"
    raw.update(changes)
    return yaml.safe_dump(raw)


def every_service():
    """every_service_settings(), loaded."""
    import tempfile

    from potatostack import settings

    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "settings.yaml"
        path.write_text(every_service_settings())
        return settings.load(path)


def argocd() -> pathlib.Path:
    """The Argo CD multi-call binary; its folder's bin/ holds the component names and the
    commands the repo server runs from PATH (Makefile)."""
    binary = go_tool("argocd", "ARGOCD_VERSION", "Argo CD (application controller and repo server)", "1.27")
    for name in ("argocd-application-controller", "argocd-repo-server", "git-verify-wrapper.sh", "gpg-wrapper.sh"):
        if not os.access(binary.parent / "bin" / name, os.X_OK):
            pytest.fail(f"{binary.parent.name}/bin/{name} is missing: remove {binary.parent} and run `make tools`")
    return binary


def redis_server() -> str:
    return which_or_fail("redis-server", "Argo CD's cache in the sync test; `make tools` installs it from Debian")
