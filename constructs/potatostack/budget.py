"""The memory and CPU budget of the node: does what dist/ asks for fit?

The scheduler places a pod only where its requests fit the node's allocatable
resources; if they do not, pods stay Pending. So the sum of requests of everything
the cluster runs is checked against the allocatable of the Le Potato, with headroom,
and the limits against a bounded overcommit. Counted the way the scheduler counts:
- Deployments and StatefulSets times their replicas, DaemonSets once (one node);
- a pod asks for the larger of its containers' sum and its largest init container;
- Jobs run one at a time as sync hooks: only the largest counts;
- upstream Helm releases by the requests their values set (helm.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, List, Tuple

from potatostack import quantity
from potatostack.helm import HELM_RELEASES
from potatostack.settings import NodeBudget

MiB = 1 << 20


@dataclass
class Consumer:
    name: str
    priority: str
    cpu: int = 0  # millicores requested
    memory: int = 0  # bytes requested
    memory_limit: int = 0


@dataclass
class Budget:
    node: NodeBudget
    consumers: List[Consumer] = field(default_factory=list)
    largest_job: Consumer = None

    @property
    def allocatable_memory(self) -> int:
        node = self.node
        return (
            quantity.memory_bytes(node.memory)
            - quantity.memory_bytes(node.reserved_memory)
            - quantity.memory_bytes(node.eviction_hard)
        )

    @property
    def allocatable_cpu(self) -> int:
        return quantity.cpu_millis(self.node.cpu) - quantity.cpu_millis(self.node.reserved_cpu)

    def _all(self) -> List[Consumer]:
        return self.consumers + ([self.largest_job] if self.largest_job else [])

    @property
    def requested_memory(self) -> int:
        return sum(c.memory for c in self._all())

    @property
    def requested_cpu(self) -> int:
        return sum(c.cpu for c in self._all())

    @property
    def memory_limits(self) -> int:
        return sum(c.memory_limit for c in self._all())

    @property
    def usable_memory(self) -> int:
        """Allocatable less the headroom that must stay unrequested."""
        return self.allocatable_memory * (100 - self.node.headroom_percent) // 100

    @property
    def usable_cpu(self) -> int:
        return self.allocatable_cpu * (100 - self.node.headroom_percent) // 100

    def problems(self) -> List[str]:
        """Why the budget does not fit, naming the largest consumers; empty when it fits."""
        found = []
        largest = ", ".join(
            f"{c.name} {c.memory // MiB}Mi" for c in sorted(self._all(), key=lambda c: -c.memory)[:3]
        )
        if self.requested_memory > self.usable_memory:
            found.append(
                f"memory requests {self.requested_memory // MiB}Mi exceed the {self.usable_memory // MiB}Mi usable "
                f"({self.allocatable_memory // MiB}Mi allocatable less {self.node.headroom_percent}% headroom); "
                f"largest: {largest}"
            )
        if self.requested_cpu > self.usable_cpu:
            found.append(f"CPU requests {self.requested_cpu}m exceed the {self.usable_cpu}m usable")
        ceiling = int(self.allocatable_memory * self.node.limit_overcommit)
        if self.memory_limits > ceiling:
            found.append(
                f"memory limits {self.memory_limits // MiB}Mi exceed {self.node.limit_overcommit}x the allocatable "
                f"({ceiling // MiB}Mi)"
            )
        return found

    def report(self) -> str:
        rows = [
            "# Memory and CPU budget of the node",
            "",
            "Generated at synth (constructs/potatostack/budget.py) from dist/ and the upstream charts'",
            "values; the gate fails when the requests do not fit.",
            "",
            "| consumer | priority | CPU request | memory request | memory limit |",
            "|---|---|---|---|---|",
        ]
        for c in sorted(self.consumers, key=lambda c: (-c.memory, c.name)):
            rows.append(f"| {c.name} | {c.priority} | {c.cpu}m | {c.memory // MiB}Mi | {c.memory_limit // MiB}Mi |")
        if self.largest_job:
            j = self.largest_job
            rows.append(f"| {j.name} (largest Job; Jobs run one at a time) | {j.priority} | {j.cpu}m | {j.memory // MiB}Mi | {j.memory_limit // MiB}Mi |")
        node = self.node
        rows += [
            "",
            "| | memory | CPU |",
            "|---|---|---|",
            f"| node | {node.memory} | {quantity.cpu_millis(node.cpu)}m |",
            f"| reserved for the system, k3s and Argo CD | {node.reserved_memory} | {quantity.cpu_millis(node.reserved_cpu)}m |",
            f"| hard eviction threshold | {node.eviction_hard} | – |",
            f"| allocatable | {self.allocatable_memory // MiB}Mi | {self.allocatable_cpu}m |",
            f"| usable ({100 - node.headroom_percent}% of allocatable) | {self.usable_memory // MiB}Mi | {self.usable_cpu}m |",
            f"| requested | {self.requested_memory // MiB}Mi | {self.requested_cpu}m |",
            f"| left before the headroom | {(self.usable_memory - self.requested_memory) // MiB}Mi | {self.usable_cpu - self.requested_cpu}m |",
            f"| memory limits (may reach {node.limit_overcommit}x allocatable) | {self.memory_limits // MiB}Mi | – |",
            "",
        ]
        return "\n".join(rows)


def _pod_requests(pod_spec: dict) -> Tuple[int, int, int]:
    def sizes(container: dict) -> Tuple[int, int, int]:
        resources = container.get("resources", {})
        requests, limits = resources.get("requests", {}), resources.get("limits", {})
        return (
            quantity.cpu_millis(requests["cpu"]) if "cpu" in requests else 0,
            quantity.memory_bytes(requests["memory"]) if "memory" in requests else 0,
            quantity.memory_bytes(limits["memory"]) if "memory" in limits else 0,
        )

    main = [sizes(c) for c in pod_spec.get("containers", [])]
    init = [sizes(c) for c in pod_spec.get("initContainers", [])]
    total = tuple(sum(values) for values in zip(*main)) if main else (0, 0, 0)
    peak_init = tuple(max(values) for values in zip(*init)) if init else (0, 0, 0)
    return tuple(max(a, b) for a, b in zip(total, peak_init))


def measure(manifests: Iterable[dict], node: NodeBudget) -> Budget:
    budget = Budget(node=node)
    for manifest in manifests:
        kind = manifest.get("kind")
        if kind in ("Deployment", "StatefulSet", "DaemonSet", "Job"):
            pod = manifest["spec"]["template"]["spec"]
            cpu, memory, limit = _pod_requests(pod)
            replicas = 1 if kind in ("DaemonSet", "Job") else manifest["spec"].get("replicas", 1)
            consumer = Consumer(
                name=f"{manifest['metadata']['namespace']}/{manifest['metadata']['name']}",
                priority=pod.get("priorityClassName", "none").removeprefix("potatostack-"),
                cpu=cpu * replicas,
                memory=memory * replicas,
                memory_limit=limit * replicas,
            )
            if kind == "Job":
                if budget.largest_job is None or consumer.memory > budget.largest_job.memory:
                    budget.largest_job = consumer
            else:
                budget.consumers.append(consumer)
    for release in HELM_RELEASES:
        for component, resources in release.footprint():
            budget.consumers.append(
                Consumer(
                    name=f"{release.namespace}/{component} (chart {release.chart} {release.version})",
                    priority="critical",
                    cpu=quantity.cpu_millis(resources["requests"]["cpu"]),
                    memory=quantity.memory_bytes(resources["requests"]["memory"]),
                    memory_limit=quantity.memory_bytes(resources["limits"]["memory"]),
                )
            )
    return budget
