"""The memory and CPU budget of the node: does what dist/ asks for fit?

The scheduler places a pod only where its requests fit the node's allocatable
resources; if they do not, pods stay Pending. So the sum of requests of everything
the cluster runs is checked against the allocatable of the Le Potato, with headroom,
and the limits against a bounded overcommit. Counted the way the scheduler counts:
- Deployments and StatefulSets times their replicas, DaemonSets once per node;
- a pod asks for the larger of its containers' sum and its largest init container;
- each CronJob by its pod while it runs (their schedules may fall together);
- Jobs run one at a time as sync hooks: only the largest counts;
- upstream Helm releases by the requests their values set (helm.py), and k3s's own
  pods by the requests of its bundled manifests (k3s.py).
The services a profile leaves out are priced from their declarations, so the owner
sees what each would cost before enabling it.

With more than one node (settings `workers`), each node is checked on its own:
workloads with storage stay on the storage node (their PersistentVolumes are bound
to it), DaemonSets count on every node, and the others are placed largest first on
the node with the largest share of its usable memory free: an approximation of the
scheduler's least-allocated scoring, which also weighs CPU and takes pods in the order
they come, so the per-node figures are an estimate. A pod that must run beside another
(a required pod affinity on the node's hostname) is counted on that pod's node.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from potatostack import k3s, quantity
from potatostack.helm import HELM_RELEASES
from potatostack.service import Kind, Resources, Role, ServiceSpec, pod_template
from potatostack.settings import NodeBudget, WorkerNode

MiB = 1 << 20


@dataclass
class Consumer:
    name: str
    priority: str
    cpu: int = 0  # millicores requested
    memory: int = 0  # bytes requested
    memory_limit: int = 0
    # Bound to the storage node by its PersistentVolumes.
    pinned: bool = False
    # A DaemonSet: one pod on every node.
    every_node: bool = False
    # bytes of ephemeral storage requested (writable roots, logs) on the system disk
    ephemeral: int = 0
    # The consumer whose node it must share (a required pod affinity on the hostname).
    beside: str = ""


def allocatable(node: NodeBudget) -> Tuple[int, int]:
    """(memory bytes, CPU millicores) the scheduler may hand out on a node."""
    memory = quantity.memory_bytes(node.memory) - node.reservation().memory - quantity.memory_bytes(node.eviction_hard)
    return memory, quantity.cpu_millis(node.cpu) - quantity.cpu_millis(node.reserved_cpu)


def headroom(node: NodeBudget) -> int:
    """What must stay unrequested: the headroom share of allocatable, and at least the
    band between soft and hard eviction, where the kubelet already evicts."""
    band = quantity.memory_bytes(node.eviction_soft) - quantity.memory_bytes(node.eviction_hard)
    return max(allocatable(node)[0] * node.headroom_percent // 100, band)


def usable(node: NodeBudget) -> Tuple[int, int]:
    memory, cpu = allocatable(node)
    return memory - headroom(node), cpu * (100 - node.headroom_percent) // 100


@dataclass
class LeftOut:
    """A service the profile leaves out, and what enabling it would add."""

    name: str
    reason: str
    cost: Consumer
    # Left-out services it uses, which would have to be enabled with it.
    brings: Tuple[str, ...] = ()


@dataclass
class Budget:
    node: NodeBudget
    consumers: List[Consumer] = field(default_factory=list)
    largest_job: Optional[Consumer] = None
    profile: str = ""
    left_out: List[LeftOut] = field(default_factory=list)
    storage_node: str = ""
    workers: Sequence[WorkerNode] = ()

    @property
    def allocatable_memory(self) -> int:
        return allocatable(self.node)[0]

    @property
    def allocatable_cpu(self) -> int:
        return allocatable(self.node)[1]

    def _all(self) -> List[Consumer]:
        return self.consumers + ([self.largest_job] if self.largest_job else [])

    @property
    def requested_memory(self) -> int:
        return sum(c.memory for c in self._all())

    @property
    def requested_ephemeral(self) -> int:
        return sum(c.ephemeral for c in self._all())

    @property
    def requested_cpu(self) -> int:
        return sum(c.cpu for c in self._all())

    @property
    def memory_limits(self) -> int:
        return sum(c.memory_limit for c in self._all())

    @property
    def headroom_memory(self) -> int:
        return headroom(self.node)

    @property
    def usable_memory(self) -> int:
        return usable(self.node)[0]

    @property
    def usable_cpu(self) -> int:
        return usable(self.node)[1]

    def nodes(self) -> List[Tuple[str, NodeBudget]]:
        return [(self.storage_node, self.node), *((worker.name, worker) for worker in self.workers)]

    def placement(self) -> Dict[str, List[Consumer]]:
        """Which node each consumer is counted on: DaemonSets on every node, pinned ones
        on the storage node, the others largest first on the node with the largest
        share of its usable memory free (ties: a worker before the storage node), and
        one that must run beside another on that one's node."""
        placed: Dict[str, List[Consumer]] = {name: [] for name, _ in self.nodes()}
        free = {name: usable(node)[0] for name, node in self.nodes()}
        node_of: Dict[str, str] = {}
        # Those placed beside another come after it.
        order = sorted(self._all(), key=lambda c: (bool(c.beside), not c.every_node, not c.pinned, -c.memory, c.name))
        for consumer in order:
            if consumer.every_node:
                targets = list(placed)
            elif consumer.beside in node_of:
                targets = [node_of[consumer.beside]]
            else:
                targets = [self._node_for(consumer, free)]
            node_of[consumer.name] = targets[0]
            for name in targets:
                placed[name].append(consumer)
                free[name] -= consumer.memory
        return placed

    def _node_for(self, consumer: Consumer, free: Mapping[str, int]) -> str:
        """The storage node for a pod with storage; otherwise the node with the largest
        share of its usable memory free (ties: a worker before the storage node)."""
        if consumer.pinned:
            return self.storage_node
        share = {name: free[name] / max(usable(node)[0], 1) for name, node in self.nodes()}
        return max(share, key=lambda name: (share[name], name != self.storage_node, name))

    def problems(self) -> List[str]:
        """Why the budget does not fit, per node, naming the largest consumers; empty when
        it fits."""
        found = []
        placed = self.placement()
        for name, node in self.nodes():
            where = f"node {name}: " if self.workers else ""
            consumers = placed[name]
            memory, cpu = usable(node)
            requested = sum(c.memory for c in consumers)
            if requested > memory:
                largest = ", ".join(
                    f"{c.name} {c.memory // MiB}Mi" for c in sorted(consumers, key=lambda c: -c.memory)[:3]
                )
                found.append(
                    f"{where}memory requests {requested // MiB}Mi exceed the {memory // MiB}Mi usable "
                    f"({allocatable(node)[0] // MiB}Mi allocatable less {headroom(node) // MiB}Mi headroom); "
                    f"largest: {largest}"
                )
            requested_cpu = sum(c.cpu for c in consumers)
            if requested_cpu > cpu:
                found.append(f"{where}CPU requests {requested_cpu}m exceed the {cpu}m usable")
            ceiling = int(allocatable(node)[0] * node.limit_overcommit)
            limits = sum(c.memory_limit for c in consumers)
            if limits > ceiling:
                found.append(
                    f"{where}memory limits {limits // MiB}Mi exceed {node.limit_overcommit}x the allocatable ({ceiling // MiB}Mi)"
                )
        return found

    def room(self) -> Dict[str, Tuple[int, int, int]]:
        """(memory, CPU, memory limits) each node has left: requests before its headroom,
        limits below the overcommit bound."""
        placed = self.placement()
        return {
            name: (
                usable(node)[0] - sum(c.memory for c in placed[name]),
                usable(node)[1] - sum(c.cpu for c in placed[name]),
                int(allocatable(node)[0] * node.limit_overcommit) - sum(c.memory_limit for c in placed[name]),
            )
            for name, node in self.nodes()
        }

    def _reservation_rows(self) -> List[str]:
        """What `system-reserved` holds, figure by figure: never a pod (those are counted above)."""
        rows = [
            "## What `system-reserved` holds (constructs/potatostack/reservation.py)",
            "",
            "The kernel, the OS, the k3s process (the control plane is embedded in it) and containerd;",
            "Argo CD, cert-manager and CoreDNS are pods and counted above, from their requests.",
            "",
            "| what | memory | source |",
            "|---|---|---|",
            *self.node.reservation().rows(),
            f"| **on the server** | **{self.node.reservation().memory // MiB}Mi** | k3s started with GOMEMLIMIT={self.node.reservation().gomemlimit()} (dist/k3s-service-override.conf) |",
        ]
        if self.workers:
            agent = self.workers[0].reservation()
            rows.append(
                f"| **on a worker** (no control plane) | **{agent.memory // MiB}Mi** | {', '.join(f.what.split(' (')[0] for f in agent.figures)} |"
            )
        rows.append("")
        return rows

    def _per_node_rows(self) -> List[str]:
        rows = [
            "## Per node",
            "",
            "Workloads with storage stay on the storage node; DaemonSets count on every node; the",
            "others are counted largest first on the node with the largest share of its memory free",
            "(an approximation of the scheduler's least-allocated scoring).",
            "",
            "| node | usable memory | requested | left | usable CPU | requested CPU | counted here |",
            "|---|---|---|---|---|---|---|",
        ]
        placed = self.placement()
        for name, node in self.nodes():
            memory, cpu = usable(node)
            consumers = placed[name]
            requested = sum(c.memory for c in consumers)
            names = ", ".join(c.name.split(" ")[0] for c in sorted(consumers, key=lambda c: c.name))
            role = " (storage)" if name == self.storage_node else ""
            rows.append(
                f"| {name}{role} | {memory // MiB}Mi | {requested // MiB}Mi | {(memory - requested) // MiB}Mi "
                f"| {cpu}m | {sum(c.cpu for c in consumers)}m | {names} |"
            )
        rows.append("")
        return rows

    def report(self) -> str:
        node = self.node
        rows = [
            "# Memory and CPU budget of the node",
            "",
            "Generated at synth (constructs/potatostack/budget.py) from dist/, the upstream charts'",
            "values and k3s's bundled manifests; the gate fails when the requests do not fit.",
            f"Profile: `{self.profile}` (settings.yaml `profile`, and `services.<name>.enabled`).",
            "",
            "| consumer | priority | CPU request | memory request | memory limit |",
            "|---|---|---|---|---|",
        ]
        for c in sorted(self.consumers, key=lambda c: (-c.memory, c.name)):
            rows.append(f"| {c.name} | {c.priority} | {c.cpu}m | {c.memory // MiB}Mi | {c.memory_limit // MiB}Mi |")
        if self.largest_job:
            j = self.largest_job
            rows.append(
                f"| {j.name} (largest Job; Jobs run one at a time) | {j.priority} | {j.cpu}m | {j.memory // MiB}Mi | {j.memory_limit // MiB}Mi |"
            )
        left_memory = self.usable_memory - self.requested_memory
        left_cpu = self.usable_cpu - self.requested_cpu
        rows += [
            "",
            "| | memory | CPU |",
            "|---|---|---|",
            f"| {'storage node ' + self.storage_node if self.workers else 'node'} | {node.memory} | {quantity.cpu_millis(node.cpu)}m |",
            f"| reserved for the kernel, the OS, k3s and containerd (`system-reserved`, below) | {node.reservation().memory // MiB}Mi | {quantity.cpu_millis(node.reserved_cpu)}m |",
            f"| hard eviction threshold | {node.eviction_hard} | – |",
            f"| allocatable | {self.allocatable_memory // MiB}Mi | {self.allocatable_cpu}m |",
            f"| headroom (the larger of {node.headroom_percent}% and the {node.eviction_soft} soft eviction band) | {self.headroom_memory // MiB}Mi | {self.allocatable_cpu - self.usable_cpu}m |",
            f"| usable | {self.usable_memory // MiB}Mi | {self.usable_cpu}m |",
            f"| ephemeral storage requested on the system disk (writable roots, logs) | {self.requested_ephemeral // MiB}Mi | – |",
        ]
        if self.workers:
            rows += [
                f"| requested on every node together (per node below) | {self.requested_memory // MiB}Mi | {self.requested_cpu}m |",
                "",
            ]
        else:
            rows += [
                f"| requested | {self.requested_memory // MiB}Mi | {self.requested_cpu}m |",
                f"| left before the headroom | {left_memory // MiB}Mi | {left_cpu}m |",
                f"| memory limits (may reach {node.limit_overcommit}x allocatable) | {self.memory_limits // MiB}Mi | – |",
                "",
            ]
        rows += self._reservation_rows()
        if self.workers:
            rows += self._per_node_rows()
        if self.left_out:
            rows += [
                "## Left out by this profile, and what each would add",
                "",
                "| service | why it can be left out | CPU request | memory request | memory limit | fits in what is left |",
                "|---|---|---|---|---|---|",
            ]
            room = self.room()
            for piece in sorted(self.left_out, key=lambda piece: (-piece.cost.memory, piece.name)):
                c = piece.cost
                target = self._node_for(c, {name: left[0] for name, left in room.items()})
                memory_left, cpu_left, limits_left = room[target]
                where = f" on {target}" if self.workers else ""
                if c.memory > memory_left:
                    fits = f"no: {(c.memory - memory_left) // MiB}Mi short{where}"
                elif c.cpu > cpu_left:
                    fits = f"no: CPU{where}"
                elif c.memory_limit > limits_left:
                    # Synth refuses a profile whose limits pass the bound (problems()).
                    bound = dict(self.nodes())[target].limit_overcommit
                    fits = (
                        f"no: its limit passes the {bound}x bound by {(c.memory_limit - limits_left) // MiB}Mi{where}"
                    )
                else:
                    fits = f"yes{where}"
                name = piece.name + (f" (with {', '.join(piece.brings)})" if piece.brings else "")
                rows.append(
                    f"| {name} | {piece.reason} | {c.cpu}m | {c.memory // MiB}Mi | {c.memory_limit // MiB}Mi | {fits} |"
                )
            rows.append("")
        return "\n".join(rows)


def service_cost(spec: ServiceSpec) -> Consumer:
    """What one service's pod asks of the scheduler, from its declaration: the service's
    container and its sidecars (one replica; the gate checks this against dist/)."""

    def sizes(resources: Resources) -> Tuple[int, int, int]:
        return (
            quantity.cpu_millis(resources.cpu),
            quantity.memory_bytes(resources.memory),
            quantity.memory_bytes(resources.memory_limit),
        )

    running = [sizes(c.resources) for role, c in spec.containers() if role is not Role.INIT]
    init = [sizes(c.resources) for role, c in spec.containers() if role is Role.INIT]
    # As the scheduler counts: the running containers' sum, or the largest init container.
    total = tuple(sum(values) for values in zip(*running, strict=True))
    peak_init = tuple(max(values) for values in zip(*init, strict=True)) if init else (0, 0, 0)
    cpu, memory, memory_limit = (max(a, b) for a, b in zip(total, peak_init, strict=True))
    return Consumer(
        name=f"{spec.namespace}/{spec.name}" + (" (CronJob, while it runs)" if spec.kind is Kind.CRON_JOB else ""),
        priority=spec.priority.class_name.removeprefix("potatostack-"),
        cpu=cpu,
        memory=memory,
        memory_limit=memory_limit,
        pinned=bool(spec.volumes),
        every_node=spec.kind is Kind.DAEMON_SET,
        ephemeral=sum(
            quantity.memory_bytes(c.resources.ephemeral_storage)
            for _, c in spec.containers()
            if c.resources.ephemeral_storage
        ),
    )


def price_left_out(left_out: Sequence[ServiceSpec]) -> List[LeftOut]:
    """Each left-out service with the cost of enabling it and the left-out services it
    needs (those it uses, and Authelia for a UI that logs in through it), as synth
    would ask for them."""
    by_name: Dict[str, ServiceSpec] = {spec.name: spec for spec in left_out}
    priced = []
    for spec in left_out:
        needed, queue = [], list(spec.needs())
        while queue:
            name = queue.pop(0)
            if name in by_name and name not in needed and name != spec.name:
                needed.append(name)
                queue += list(by_name[name].needs())
        parts = [service_cost(spec), *(service_cost(by_name[name]) for name in needed)]
        cost = Consumer(
            name=spec.name,
            priority=spec.priority.class_name.removeprefix("potatostack-"),
            cpu=sum(p.cpu for p in parts),
            memory=sum(p.memory for p in parts),
            memory_limit=sum(p.memory_limit for p in parts),
            # Where its storage is, it must run (a stateless piece it brings could go
            # elsewhere; counting it there too errs on the safe side).
            pinned=any(p.pinned for p in parts),
        )
        priced.append(LeftOut(spec.name, spec.optional or "disabled in settings.yaml", cost, tuple(sorted(needed))))
    return priced


def _pod_requests(pod_spec: Mapping[str, Any]) -> Tuple[int, int, int]:
    def sizes(container: Mapping[str, Any]) -> Tuple[int, int, int]:
        resources = container.get("resources", {})
        requests, limits = resources.get("requests", {}), resources.get("limits", {})
        return (
            quantity.cpu_millis(requests["cpu"]) if "cpu" in requests else 0,
            quantity.memory_bytes(requests["memory"]) if "memory" in requests else 0,
            quantity.memory_bytes(limits["memory"]) if "memory" in limits else 0,
        )

    main = [sizes(c) for c in pod_spec.get("containers", [])]
    init = [sizes(c) for c in pod_spec.get("initContainers", [])]
    total = tuple(sum(values) for values in zip(*main, strict=True)) if main else (0, 0, 0)
    peak_init = tuple(max(values) for values in zip(*init, strict=True)) if init else (0, 0, 0)
    return tuple(max(a, b) for a, b in zip(total, peak_init, strict=True))


def _required_neighbour(pod_spec: Mapping[str, Any]) -> Mapping[str, str]:
    """The labels of the pods this pod must share a node with (a required pod affinity
    on the hostname), or none."""
    affinity = (pod_spec.get("affinity") or {}).get("podAffinity") or {}
    for term in affinity.get("requiredDuringSchedulingIgnoredDuringExecution", []):
        if term.get("topologyKey") == "kubernetes.io/hostname":
            labels: Mapping[str, str] = term.get("labelSelector", {}).get("matchLabels", {})
            return labels
    return {}


def _ephemeral_requests(pod_spec: Mapping[str, Any]) -> int:
    """Ephemeral storage the pod's containers request, init containers included (an
    upper bound: what an init container wrote is gone once it ends)."""
    containers = [*pod_spec.get("containers", []), *pod_spec.get("initContainers", [])]
    requested = [c.get("resources", {}).get("requests", {}).get("ephemeral-storage") for c in containers]
    return sum(quantity.memory_bytes(value) for value in requested if value)


def measure(
    manifests: Iterable[Dict[str, Any]],
    node: NodeBudget,
    profile: str = "",
    left_out: Sequence[ServiceSpec] = (),
    storage_node: str = "",
    workers: Sequence[WorkerNode] = (),
) -> Budget:
    manifests = list(manifests)
    budget = Budget(
        node=node, profile=profile, left_out=price_left_out(left_out), storage_node=storage_node, workers=workers
    )
    pod_labels: Dict[str, Mapping[str, str]] = {}  # consumer: its pods' labels
    beside_labels: Dict[str, Mapping[str, str]] = {}  # consumer: the labels of the pods it must run beside
    for manifest in manifests:
        kind = manifest.get("kind")
        template = pod_template(manifest)
        if template is not None:
            pod = template["spec"]
            cpu, memory, limit = _pod_requests(pod)
            ephemeral = _ephemeral_requests(pod)
            replicas = manifest["spec"].get("replicas", 1) if kind in ("Deployment", "StatefulSet") else 1
            consumer = Consumer(
                # A CronJob counts its pod while it runs: its runs may fall together.
                name=f"{manifest['metadata']['namespace']}/{manifest['metadata']['name']}"
                + (" (CronJob, while it runs)" if kind == "CronJob" else ""),
                priority=pod.get("priorityClassName", "none").removeprefix("potatostack-"),
                cpu=cpu * replicas,
                memory=memory * replicas,
                memory_limit=limit * replicas,
                ephemeral=ephemeral * replicas,
                pinned=any("persistentVolumeClaim" in volume for volume in pod.get("volumes", [])),
                every_node=kind == "DaemonSet",
            )
            pod_labels[consumer.name] = template.get("metadata", {}).get("labels", {})
            beside_labels[consumer.name] = _required_neighbour(pod)
            if kind == "Job":
                if budget.largest_job is None or consumer.memory > budget.largest_job.memory:
                    budget.largest_job = consumer
            else:
                budget.consumers.append(consumer)
    for consumer in budget.consumers:
        wanted = beside_labels.get(consumer.name)
        if wanted:
            consumer.beside = next(
                (
                    name
                    for name, found in pod_labels.items()
                    # A pod affinity without namespaces looks in the pod's own namespace.
                    if name != consumer.name
                    and name.split("/")[0] == consumer.name.split("/")[0]
                    and wanted.items() <= dict(found).items()
                ),
                "",
            )
    # Upstream charts Argo CD renders at sync time: priced from the values of their
    # Application in dist/ (helm.py), when dist/ has one.
    applications = {
        m["metadata"]["name"]
        for m in manifests
        if m.get("kind") == "Application" and (m["spec"].get("source") or {}).get("chart")
    }
    for release in (release for release in HELM_RELEASES if release.name in applications):
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
    for pod in k3s.PACKAGED_PODS:
        budget.consumers.append(
            Consumer(
                name=f"{pod.name} (k3s)",
                priority="system",
                cpu=quantity.cpu_millis(pod.cpu),
                memory=quantity.memory_bytes(pod.memory),
                memory_limit=quantity.memory_bytes(pod.memory_limit) if pod.memory_limit else 0,
            )
        )
    return budget


def record(budget: Budget) -> Dict[str, Any]:
    """The budget as data (dist/BUDGET.json): what the next synth compares itself with,
    and what a script reads, rather than the Markdown report."""
    return {
        "profile": budget.profile,
        "usable": {"memory": budget.usable_memory, "cpu_millis": budget.usable_cpu},
        "requested": {"memory": budget.requested_memory, "cpu_millis": budget.requested_cpu},
        # Memory requested per consumer, in bytes; the name without its note in brackets.
        "consumers": {c.name.split(" (")[0]: c.memory for c in budget._all()},
    }


def changes(previous: Mapping[str, Any], budget: Budget) -> List[str]:
    """What the memory requests gained or lost against a previous record(), largest first."""
    before: Dict[str, int] = dict(previous.get("consumers", {}))
    after = record(budget)["consumers"]
    lines = []
    for name in sorted(set(before) | set(after), key=lambda n: (-abs(after.get(n, 0) - before.get(n, 0)), n)):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        delta = (new or 0) - (old or 0)
        what = "new" if old is None else "gone" if new is None else f"{old // MiB}Mi -> {new // MiB}Mi"
        lines.append(f"{'+' if delta > 0 else '-'}{abs(delta) // MiB}Mi {name} ({what})")
    if lines:
        total = sum(after.values()) - sum(before.values())
        lines.append(f"{'+' if total >= 0 else '-'}{abs(total) // MiB}Mi in all")
    return lines
