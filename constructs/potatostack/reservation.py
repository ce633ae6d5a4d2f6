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

from potatostack.errors import ConfigError

MiB = 1 << 20
MEASUREMENTS = pathlib.Path(__file__).resolve().parents[2] / "measurements"
# Written by scripts/bench_gitops.py --write: the box with the settings the generated
# k3s configuration passes, beside a real Argo CD, after its first sync of the default
# profile from a Git remote. The API server's figure then includes what Argo CD's
# watches of every kind cost it, which the box alone (control-plane.json) does not.
CONTROL_PLANE = MEASUREMENTS / "gitops.json"
# The box's processes of the control plane k3s embeds, by their names in the measurement
# file: the API server, controller manager and scheduler run in one (tests/box.py, as in
# k3s), kine beside them. kwok, the kubelet's stand-in, is not one of them: the agent
# figure covers the kubelet.
CONTROL_PLANE_PROCESSES = {
    "control-plane": "kube-apiserver, kube-controller-manager and kube-scheduler (one Go process)",
    "kine": "kine (the SQLite datastore)",
}


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


def control_plane(path: pathlib.Path = CONTROL_PLANE) -> Tuple[Figure, ...]:
    """One figure per control-plane process, from the box's measurement file."""
    try:
        measured = json.loads(path.read_text())
        resident: Mapping[str, int] = measured["resident_mib"]
        peak: Mapping[str, int] = measured["peak_mib"]
        machine = measured["machine"]
        where = f"{machine['architecture']}, {machine['cores']} cores, {measured['date']}"
        figures = [
            Figure(
                what,
                resident[process],
                f"{path.name}: measured by the box beside a real Argo CD ({where}), resident after its first "
                f"sync of the default profile (peak {peak[process]} MiB)",
            )
            for process, what in CONTROL_PLANE_PROCESSES.items()
        ]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ConfigError(f"reservation: {path.name}: cannot read the control-plane measurements ({error})") from error
    return tuple(figures)


def server() -> Reservation:
    """The k3s server: the control plane, the agent and the OS."""
    return Reservation((*control_plane(), AGENT, OS))


def agent() -> Reservation:
    """A k3s agent (a worker): no control plane."""
    return Reservation((AGENT, OS))
