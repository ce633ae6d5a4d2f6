"""What the kubelet holds back from pods (`system-reserved`), derived from named figures.

Only what is not a pod belongs here: the kernel and the OS, the k3s process (the API
server, controller manager, scheduler and kine are embedded in it, as are the kubelet,
kube-proxy and flannel) and containerd. Argo CD, cert-manager and k3s's CoreDNS are
pods: the budget counts them from their requests (budget.py), never in here.

Each figure names its source. The control plane comes from a measurement file read at
synth (measurements/); the others are published figures, quoted below.
"""

from __future__ import annotations

import json
import pathlib
from dataclasses import dataclass
from typing import Mapping, Sequence, Tuple

from potatostack import platform
from potatostack.errors import ConfigError

MiB = 1 << 20
MEASUREMENTS = pathlib.Path(__file__).resolve().parents[2] / "measurements"
# The lead's box in the gate will write measurements/control-plane.json; until then the
# earlier run quoted in issue 12, marked as such in its file.
CONTROL_PLANE = MEASUREMENTS / "control-plane-earlier-run.json"


@dataclass(frozen=True)
class Figure:
    what: str
    mebibytes: int
    source: str


# The kubelet, containerd and k3s's agent side (flannel, kube-proxy, the supervisor):
# "K3s agent, Pi4B BCM2711: 268 M" (docs.k3s.io/reference/resource-profiling, K3s
# v1.26.5, 95th percentile of a steady node, system.slice/k3s.service in systemd-cgtop).
# 268 MB is 256 MiB.
AGENT = Figure(
    "kubelet, containerd, flannel and kube-proxy (the k3s agent)",
    256,
    "k3s docs, Resource Profiling: K3s agent on a Pi 4B, 268 M",
)

# The kernel and a minimal Debian userland (systemd, journald, sshd, udev): a fresh
# Debian 13 minimal install had 88 MiB `used` in `free -m` before any trimming
# (tierhive.com, "Minimising Debian 13 on a KVM VPS"). The Le Potato runs Armbian, a
# Debian build.
OS = Figure("kernel and OS (systemd, journald, sshd)", 88, "free -m of a fresh Debian 13 minimal install, 88 MiB used")

# The Go runtime sizes the k3s process's heap by GOGC unless told otherwise; GOMEMLIMIT
# makes it collect harder before the process outgrows what is reserved for it. It is a
# soft limit on the Go-managed memory only: 90% of the share, the rest for stacks, the
# SQLite page cache and cgo.
GOMEMLIMIT_SHARE_PERCENT = 90


@dataclass(frozen=True)
class Reservation:
    figures: Tuple[Figure, ...]

    @property
    def memory(self) -> int:
        """bytes, rounded up to whole MiB as the kubelet flag states it"""
        return sum(figure.mebibytes for figure in self.figures) * MiB

    @property
    def k3s_process(self) -> int:
        """bytes the k3s service's Go processes (k3s and its containerd) may hold"""
        return sum(figure.mebibytes for figure in self.figures if figure is not OS) * MiB

    def gomemlimit(self) -> str:
        return f"{self.k3s_process * GOMEMLIMIT_SHARE_PERCENT // 100 // MiB}MiB"

    def rows(self) -> Sequence[str]:
        return [f"| {figure.what} | {figure.mebibytes}Mi | {figure.source} |" for figure in self.figures]


def control_plane(path: pathlib.Path = CONTROL_PLANE, installed_crds: Sequence[str] = ()) -> Tuple[Figure, ...]:
    """One figure per control-plane process from the measurement file, less what CRDs that
    were loaded during the run but are not installed by dist/ cost the API server."""
    try:
        measured = json.loads(path.read_text())
        resident: Mapping[str, int] = measured["resident_mib"]
        crds: Mapping[str, int] = measured.get("crds_installed_during_the_run", {})
        status = measured["status"].split(";")[0]
    except (OSError, ValueError, KeyError) as error:
        raise ConfigError(f"reservation: {path.name}: cannot read the control-plane measurements ({error})") from error
    removed = {name: cost for name, cost in crds.items() if name not in installed_crds}
    figures = []
    for process, mebibytes in resident.items():
        source = f"{path.name}: {mebibytes} MiB resident after a sync ({status})"
        if process == "kube-apiserver" and removed:
            mebibytes -= sum(removed.values())
            source += f", less {', '.join(f'{cost} MiB for {name}' for name, cost in removed.items())} (not installed)"
        figures.append(Figure(process, mebibytes, source))
    return tuple(figures)


def server(installed_crds: Sequence[str] = platform.ARGOCD_CRDS) -> Reservation:
    """The k3s server: the control plane, the agent and the OS."""
    return Reservation((*control_plane(installed_crds=installed_crds), AGENT, OS))


def agent() -> Reservation:
    """A k3s agent (a worker): no control plane."""
    return Reservation((AGENT, OS))
