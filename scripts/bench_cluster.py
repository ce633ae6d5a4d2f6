"""What the control plane costs: the box's components (tests/box.py), measured.

    .venv/bin/python scripts/bench_cluster.py            # every variant, print the table
    .venv/bin/python scripts/bench_cluster.py --write    # ... and write measurements/control-plane.json

Each variant starts a fresh box, applies the default profile's dist/ on a node of the
Le Potato's size, waits until every pod is placed and Ready, and reads each process's
resident set (VmRSS) and its peak (VmHWM) from /proc. The variants are settings k3s
accepts (`kube-apiserver-arg`, the service's environment) that may cut memory on a
one-node cluster; the chosen one is what the generated k3s configuration passes and
what the budget's reservation cites. Memory is measured, never asserted: this prints
figures, it checks nothing.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import pathlib
import platform as host
import socket
import struct
import subprocess
import sys
import time
from typing import Dict, List, Mapping, Sequence, Tuple

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "constructs"), str(ROOT)]
os.environ.setdefault("JSII_NODE", str(ROOT / "node_modules" / ".bin" / "node"))

import box as boxes  # noqa: E402
import yaml  # noqa: E402

MEASUREMENTS = ROOT / "measurements" / "control-plane.json"

# (name, extra kube-apiserver flags, environment for every component, extra objects)
Variant = Tuple[str, Sequence[str], Mapping[str, str], bool]


def variants() -> List[Variant]:
    from potatostack import k3s

    chosen = tuple(k3s.APISERVER_MEMORY_FLAGS)
    chosen_environment = dict(k3s.SERVICE_ENVIRONMENT)
    return [
        ("k3s defaults", (), {}, False),
        ("+ the ApplicationSet CRD (not installed by dist/)", (), {}, True),
        ("watch cache off", ("--watch-cache=false",), {}, False),
        ("GOGC=50", (), {"GOGC": "50"}, False),
        ("GOGC=25", (), {"GOGC": "25"}, False),
        ("API priority and fairness off", ("--enable-priority-and-fairness=false",), {}, False),
        ("GOMEMLIMIT=250MiB", (), {"GOMEMLIMIT": "250MiB"}, False),
        ("chosen: k3s.APISERVER_MEMORY_FLAGS and SERVICE_ENVIRONMENT", chosen, chosen_environment, False),
    ]


def _tools() -> boxes.Tools:
    sys.modules.setdefault("pytest", __import__("pytest"))
    import toolchain

    return toolchain.box_tools()


def synth_default() -> pathlib.Path:
    out = pathlib.Path(boxes.scratch_folder()) / "dist"
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--out", str(out)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )
    return out


def application_set_crd() -> List[dict]:
    found = yaml.safe_load_all((ROOT / "imports" / "crds" / "argocd.yaml").read_text())
    return [crd for crd in found if crd and crd["spec"]["names"]["kind"] == "ApplicationSet"]


def _apply_default(box: boxes.Box, dist: pathlib.Path) -> Tuple[boxes.Applied, List[dict], float]:
    """The storage node at the Le Potato's size, the default profile's dist/ on it, every
    pod placed and Ready: what was applied, the pods, and how long they took to settle."""
    import test_cluster

    node = yaml.safe_load((ROOT / "settings.yaml").read_text()).get("storage_node", "lepotato")
    box.add_node(node, **test_cluster.node_size(dist, ROOT / "settings.yaml"))
    applied = boxes.apply_dist(box, dist)
    current, settle_seconds = test_cluster.wait_until_settled(box)
    return applied, current, settle_seconds


def measure(tools: boxes.Tools, dist: pathlib.Path, variant: Variant) -> Dict[str, object]:
    name, flags, environment, with_appset = variant
    folder = boxes.scratch_folder()
    try:
        with boxes.Box.started(tools, folder, apiserver_flags=flags, environment=environment) as box:
            idle = box.rss_mib()
            if with_appset:
                box.apply(application_set_crd())
            applied, current, settle_seconds = _apply_default(box, dist)
            time.sleep(5)  # let the informers' caches and the first GC settle
            return {
                "variant": name,
                "apiserver_flags": list(flags),
                "environment": dict(environment),
                "start_seconds": round(box.start_seconds, 1),
                "apply_seconds": round(applied.seconds, 1),
                "settle_seconds": round(settle_seconds, 1),
                "refused": len(applied.refused),
                "pods": len(current),
                "idle_mib": _rounded(idle),
                "resident_mib": _rounded(box.rss_mib()),
                "peak_mib": _rounded(box.peak_mib()),
            }
    finally:
        boxes.remove(folder)


def _rounded(figures: Mapping[str, float]) -> Dict[str, int]:
    return {name: round(value) for name, value in figures.items()}


def _owner(pod: Mapping) -> str:
    """namespace/workload of a pod, as the budget names its consumers."""
    owner = (pod["metadata"].get("ownerReferences") or [{"kind": "Pod", "name": pod["metadata"]["name"]}])[0]
    name = owner["name"].rsplit("-", 1)[0] if owner["kind"] == "ReplicaSet" else owner["name"]
    return f"{pod['metadata']['namespace']}/{name}"


def placement(tools: boxes.Tools, dist: pathlib.Path, worker_memory: str = "4096Mi") -> None:
    """Where the real scheduler puts the default profile's pods on the Le Potato plus
    one worker, beside where dist/BUDGET.md's placement counts them."""
    import test_cluster

    from potatostack import budget, settings

    chosen = settings.load(ROOT / "settings.yaml")
    worker = settings.WorkerNode(name="worker", memory=worker_memory)
    objects = boxes.dist_objects(dist)
    counted = {
        consumer.name: node
        for node, consumers in budget.measure(objects, chosen.node, storage_node=chosen.storage_node, workers=[worker])
        .placement()
        .items()
        for consumer in consumers
    }
    folder = boxes.scratch_folder()
    try:
        with boxes.Box.started(tools, folder) as box:
            box.add_node(chosen.storage_node, **test_cluster.node_size(dist, ROOT / "settings.yaml"))
            box.add_node(worker.name, **test_cluster.worker_size(worker))
            boxes.apply_dist(box, dist)
            current, _ = test_cluster.wait_until_settled(box)
            scheduled = {
                _owner(pod): pod["spec"].get("nodeName") or "Pending"
                for pod in current
                if pod["metadata"]["namespace"] != "kube-system"
                and not (pod["metadata"].get("ownerReferences") or [{}])[0].get("kind") == "Job"
            }
    finally:
        boxes.remove(folder)
    print(f"\nPlacement with one {worker_memory} worker: the budget's count against the real scheduler")
    print("| pod | budget | scheduler |\n|---|---|---|")
    differ = 0
    for name in sorted(scheduled):
        budget_node = counted.get(name, "(not counted)")
        differ += budget_node != scheduled[name]
        print(
            f"| {name} | {budget_node} | {scheduled[name]}{'' if budget_node == scheduled[name] else '  ← differs'} |"
        )
    print(f"{differ} of {len(scheduled)} pods placed elsewhere than the budget counts them")


# k3s's Corefile (its manifests/coredns.yaml), with loopback ports and the box's
# kubeconfig; the node's hosts file holds the one node. `forward` is left out: nothing
# here asks for a name outside the cluster.
K3S_COREFILE = """.:{port} {{
    errors
    health 127.0.0.1:{health}
    ready 127.0.0.1:{ready}
    kubernetes cluster.local in-addr.arpa ip6.arpa {{
      kubeconfig {kubeconfig}
      pods insecure
      fallthrough in-addr.arpa ip6.arpa
    }}
    hosts {hosts} {{
      ttl 60
      reload 15s
      fallthrough
    }}
    prometheus 127.0.0.1:{metrics}
    cache 30
    loop
    reload
    loadbalance
}}
"""


def _dns_query(port: int, name: str) -> int:
    """One A query over UDP; the answer count."""
    header = struct.pack(">HHHHHH", 1, 0x0100, 1, 0, 0, 0)
    question = b"".join(bytes([len(part)]) + part.encode() for part in name.split(".")) + b"\0\0\1\0\1"
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(2)
        sock.sendto(header + question, ("127.0.0.1", port))
        answer, _ = sock.recvfrom(4096)
    return int(struct.unpack(">H", answer[6:8])[0])


def coredns(tools: boxes.Tools, dist: pathlib.Path, seconds: int = 60) -> None:
    """CoreDNS (k3s's release of it, with k3s's Corefile) beside the box once the default
    profile is applied, asked for every Service's name once a second: what k3s's 70Mi
    request for it holds."""
    import toolchain

    from potatostack import k3s

    binary = toolchain.go_tool("coredns", "COREDNS_VERSION", "CoreDNS", "1.24")
    folder = boxes.scratch_folder()
    try:
        options = {"apiserver_flags": k3s.APISERVER_MEMORY_FLAGS, "environment": dict(k3s.SERVICE_ENVIRONMENT)}
        with boxes.Box.started(tools, folder, **options) as box:
            _apply_default(box, dist)
            ports = {name: boxes.free_port() for name in ("port", "health", "ready", "metrics")}
            (folder / "NodeHosts").write_text("192.168.1.10 lepotato\n")
            corefile = folder / "Corefile"
            corefile.write_text(K3S_COREFILE.format(**ports, kubeconfig=box.kubeconfig, hosts=folder / "NodeHosts"))
            process = box.start_beside(
                "coredns", [str(binary), "-conf", str(corefile)], dict(os.environ), ports["port"]
            )
            names = [
                f"{item['metadata']['name']}.{item['metadata']['namespace']}.svc.cluster.local"
                for item in box.get("services", "-A")["items"]
            ]
            for _ in range(seconds):
                answered = sum(_dns_query(ports["port"], name) > 0 for name in names)
                time.sleep(1)
            resident, peak, files = process.rss_mib(), process.peak_mib(), process.file_mib()
    finally:
        boxes.remove(folder)
    print(
        f"CoreDNS {_pins()['COREDNS_VERSION']}, k3s's Corefile, {len(names)} Services ({answered} answered), "
        f"{seconds} s of queries: {resident:.0f} MiB resident (peak {peak:.0f}), of which {files:.0f} MiB "
        f"the binary's file pages and {resident - files:.0f} MiB its own memory"
    )


def machine() -> Dict[str, object]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        host.machine(),
    )
    memory = next(
        int(line.split()[1]) // 1024
        for line in pathlib.Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    go = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip()
    return {
        "architecture": host.machine(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_mib": memory,
        "kernel": host.release(),
        "go": go,
    }


CONTROL_PLANE = ("kine", boxes.CONTROL_PLANE)


def table(results: Sequence[Mapping]) -> str:
    lines = [
        "| variant | " + " | ".join(CONTROL_PLANE) + " | sum | peak sum | start s |",
        "|---|" + "---|" * (len(CONTROL_PLANE) + 3),
    ]
    for result in results:
        resident, peak = result["resident_mib"], result["peak_mib"]
        lines.append(
            f"| {result['variant']} | "
            + " | ".join(str(resident[name]) for name in CONTROL_PLANE)
            + f" | {sum(resident[n] for n in CONTROL_PLANE)} | {sum(peak[n] for n in CONTROL_PLANE)}"
            + f" | {result['start_seconds']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="write the chosen variant to " + str(MEASUREMENTS))
    parser.add_argument("--only-chosen", action="store_true")
    parser.add_argument("--placement", action="store_true", help="only compare placement with one worker")
    parser.add_argument("--coredns", action="store_true", help="only measure CoreDNS beside the box")
    args = parser.parse_args()
    tools = _tools()
    dist = synth_default()
    if args.placement:
        placement(tools, dist)
        return
    if args.coredns:
        coredns(tools, dist)
        return
    chosen_variants = variants()[-1:] if args.only_chosen else variants()
    results = []
    for variant in chosen_variants:
        try:
            results.append(measure(tools, dist, variant))
        except boxes.BoxError as error:
            print(f"{variant[0]}: the box did not come up: {str(error).splitlines()[-1]}", file=sys.stderr)
            continue
        print(json.dumps(results[-1]), file=sys.stderr)
    print("Resident memory (MiB, VmRSS) after the default profile is applied and every pod is Ready:")
    print(table(results))
    if args.write:
        chosen = results[-1]
        MEASUREMENTS.parent.mkdir(exist_ok=True)
        MEASUREMENTS.write_text(
            json.dumps(
                {
                    "what": "resident memory of the control plane k3s embeds, after the default profile's dist/ is applied "
                    "and its pods are Ready (kwok stands in for the kubelet); MiB, VmRSS and VmHWM from /proc",
                    "measured_with": "scripts/bench_cluster.py --write (tests/box.py)",
                    "date": datetime.date.today().isoformat(),
                    "machine": machine(),
                    "versions": {
                        "kubernetes": f"v{__import__('potatostack.platform').platform.KUBERNETES_VERSION}",
                        **{key: value for key, value in _pins().items() if key in ("KINE_VERSION", "KWOK_VERSION")},
                    },
                    **chosen,
                },
                indent=2,
            )
            + "\n"
        )
        print(f"wrote {MEASUREMENTS.relative_to(ROOT)}")


def _pins() -> Dict[str, str]:
    import toolchain

    return dict(toolchain.pins())


if __name__ == "__main__":
    main()
