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
# request nothing: they live in the reservation, like k3s itself.
PACKAGED_PODS = (PackagedPod("kube-system/coredns", "100m", "70Mi", "170Mi", "k3s manifests/coredns.yaml"),)

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
# Measured (scripts/bench_cluster.py, the README's table): the watch cache off took the
# API server from 385 to 330 MiB after the default profile's sync; kine answers the
# lists instead, which a one-node cluster's few clients can afford.
APISERVER_MEMORY_FLAGS: tuple[str, ...] = ("--watch-cache=false",)
# The k3s service's Go runtime: GOGC=50 collects at half the default heap growth,
# measured taking the API server from 385 to 330 MiB and its peak from 414 to 330.
SERVICE_ENVIRONMENT: dict[str, str] = {"GOGC": "50"}

# API groups that are not served because their component is disabled.
DISABLED_API_GROUPS = {"metrics.k8s.io": "metrics-server is disabled in k3s.py"}


def config(node: NodeBudget, server: bool = True) -> str:
    """/etc/rancher/k3s/config.yaml: the kubelet flags the budget assumes (and, on the
    server, the bundled components it switches off)."""
    reserved = (
        f"memory={quantity.memory_bytes(node.reserved_memory) >> 20}Mi,cpu={quantity.cpu_millis(node.reserved_cpu)}m"
    )
    document = {
        **({"disable": sorted(DISABLED)} if server else {}),
        "kubelet-arg": [
            # Held back from pods for the kernel, k3s, containerd and Argo CD.
            f"system-reserved={reserved}",
            f"eviction-hard=memory.available<{node.eviction_hard}",
            f"eviction-soft=memory.available<{node.eviction_soft}",
            f"eviction-soft-grace-period=memory.available={node.eviction_soft_grace}",
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
