"""The node's side of the budget: what k3s runs besides dist/, and its configuration.

The scheduler's allocatable memory is capacity less the kubelet's reservations and
hard eviction threshold. Those are only true on the board if k3s is started with
them, so the configuration is generated from the same settings the budget uses
(dist/k3s-config.yaml, copied to /etc/rancher/k3s/config.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import yaml

from potatostack import quantity
from potatostack.settings import NodeBudget


@dataclass(frozen=True)
class PackagedPod:
    """A pod k3s deploys from its own manifests; its requests count like ours."""

    name: str
    cpu: str
    memory: str
    memory_limit: Optional[str]  # None: no limit
    source: str


# k3s's bundled components that request resources. Traefik and ServiceLB's svclb pods
# request nothing (k3s's chart sets no resources), so nothing counts them yet: not
# the budget, not the reservation (docs/budget.md, "Not counted yet").
# CoreDNS's 70Mi holds what it uses: 59-67 MiB resident beside the box with the
# default profile applied, 48-56 of them the binary's file pages (scripts/bench_cluster.py
# --coredns, k3s's release and Corefile), so a request of our own through k3s's
# auto-deploy folder would not be smaller.
PACKAGED_PODS = (
    PackagedPod(
        "kube-system/coredns",
        "100m",
        "70Mi",
        "170Mi",
        "k3s manifests/coredns.yaml; measured 59-67 MiB resident by scripts/bench_cluster.py --coredns",
    ),
)

# Bundled components the stack does without, and why.
DISABLED = {
    # Every volume is a PersistentVolume bound to a folder on one of the disks,
    # claimed by name; a dynamic provisioner could only hand out folders elsewhere.
    "local-storage": "volumes are static PersistentVolumes on the two disks",
    # Only CPU and memory widgets (Homepage, Dozzle) would read the metrics API; its
    # ~70Mi are worth more to the services. The monitoring stack reads the kubelet.
    "metrics-server": "no service reads the metrics API",
}
# kube-apiserver flags the k3s server passes (`kube-apiserver-arg`) to hold less memory
# on a one-node cluster: each kept only if scripts/bench_cluster.py measured it helping
# (its table is in the README; measurements/control-plane.json is measured with them).
# The watch cache off took the API server from 385 to 330 MiB after the default
# profile's sync (then a process of its own); kine answers the lists instead, which a
# one-node cluster's few clients can afford.
APISERVER_MEMORY_FLAGS: tuple[str, ...] = ("--watch-cache=false",)
# The k3s service's Go runtime: GOGC=25 lets the heap grow by a quarter of what is live
# before a collection, not by all of it. Measured with scripts/bench_gitops.py (the
# control plane in one process beside a real Argo CD, after the first sync): 392-408 MiB
# resident at GOGC=50, 349-364 at GOGC=25 (peak 421-423 -> 361-383), for a first sync a
# few seconds slower on 2 cores.
SERVICE_ENVIRONMENT: dict[str, str] = {"GOGC": "25"}

# API groups that are not served because their component is disabled.
DISABLED_API_GROUPS = {"metrics.k8s.io": "metrics-server is disabled in k3s.py"}


def config(node: NodeBudget, server: bool = True, name: str = "") -> str:
    """/etc/rancher/k3s/config.yaml: the node's name, the kubelet flags the budget assumes
    (and, on the server, the bundled components it switches off)."""
    reserved = f"memory={node.reservation().memory >> 20}Mi,cpu={quantity.cpu_millis(node.reserved_cpu)}m"
    document = {
        # The PersistentVolumes' node affinity names this node: a board whose hostname
        # differs would leave every claim unbound, so the name is not left to the host.
        **({"node-name": name} if name else {}),
        **({"disable": sorted(DISABLED)} if server else {}),
        "kubelet-arg": [
            # Held back from pods for the kernel, the OS, k3s and containerd (reservation.py).
            f"system-reserved={reserved}",
            f"eviction-hard=memory.available<{node.eviction_hard}",
            f"eviction-soft=memory.available<{node.eviction_soft}",
            f"eviction-soft-grace-period=memory.available={node.eviction_soft_grace}",
            # With swap on, the kubelet must start although the node has swap; what
            # may swap is set by the drop-in KUBELET_SWAP (swap_config below).
            *(["fail-swap-on=false"] if node.swap else []),
        ],
        **(
            {"kube-apiserver-arg": [flag.removeprefix("--") for flag in APISERVER_MEMORY_FLAGS]}
            if server and APISERVER_MEMORY_FLAGS
            else {}
        ),
    }
    header = (
        "# Generated from settings.yaml (constructs/potatostack/k3s.py): the node settings\n"
        f"# dist/BUDGET.md assumes. Copy to /etc/rancher/k3s/config.yaml on the {'storage node (the server)' if server else 'worker'} and\n"
        "# restart k3s; `kubectl describe node` then shows the same allocatable.\n"
    )
    return header + yaml.safe_dump(document, sort_keys=False)


# k3s's kubelet reads drop-in KubeletConfiguration files from this folder (the kubelet's
# --config-dir, which k3s sets); a file here is merged over k3s's own configuration.
KUBELET_DROP_IN_DIR = "/var/lib/rancher/k3s/agent/etc/kubelet.conf.d"
KUBELET_SWAP = "kubelet-swap.conf"


def swap_config() -> str:
    """The kubelet's LimitedSwap (node swap, GA since Kubernetes 1.34): only Burstable pods
    that are not node- or cluster-critical swap, each in proportion to its memory request;
    Guaranteed and critical pods never do. The scheduler does not count swap."""
    document = {
        "apiVersion": "kubelet.config.k8s.io/v1beta1",
        "kind": "KubeletConfiguration",
        "failSwapOn": False,
        "memorySwap": {"swapBehavior": "LimitedSwap"},
    }
    header = (
        "# Generated from settings.yaml node.swap (constructs/potatostack/k3s.py). Copy to\n"
        f"# {KUBELET_DROP_IN_DIR}/50-swap.conf on every node with swap on, then restart k3s.\n"
        "# The caveats (a slow HDD, what never swaps): docs/runbooks.md, Swap.\n"
    )
    return header + yaml.safe_dump(document, sort_keys=False)


SERVICE_OVERRIDE = "k3s-service-override.conf"


def service_override(node: NodeBudget, server: bool = True) -> str:
    """A systemd drop-in for the k3s service: GOMEMLIMIT from its share of the reservation,
    so the Go runtime collects harder before k3s outgrows what the kubelet holds back."""
    unit = "k3s" if server else "k3s-agent"
    reservation = node.reservation()
    return (
        "# Generated from the reservation (constructs/potatostack/reservation.py, dist/BUDGET.md).\n"
        f"# Copy to /etc/systemd/system/{unit}.service.d/override.conf, then\n"
        f"# `systemctl daemon-reload && systemctl restart {unit}`. GOMEMLIMIT is a soft limit on\n"
        f"# Go-managed memory: {reservation.k3s_process >> 20}Mi reserved for k3s and containerd, "
        f"{reservation.gomemlimit()} of it for their heaps.\n"
        "# GOGC: measured with the box, a quarter of the live heap between collections (k3s.SERVICE_ENVIRONMENT).\n"
        "[Service]\n"
        f"Environment=GOMEMLIMIT={reservation.gomemlimit()}\n"
        + "".join(f"Environment={name}={value}\n" for name, value in sorted(SERVICE_ENVIRONMENT.items()))
    )
