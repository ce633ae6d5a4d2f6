"""What the control plane and Argo CD cost together, measured with a real first sync.

    .venv/bin/python scripts/bench_gitops.py            # print the table
    .venv/bin/python scripts/bench_gitops.py --write    # ... and write measurements/gitops.json

A box (tests/box.py) with the settings the generated k3s configuration passes, and
beside it Redis, the real argocd-repo-server and argocd-application-controller with
the environment dist/argocd gives them (tests/gitops.py), syncing the default profile's
dist/ from a file:// remote by the README's bootstrap, exactly as
tests/test_gitops_sync.py does. Each process's VmRSS is read from /proc three times:
the control plane alone; with Argo CD running and its own configuration applied but no
Application yet; and once every Application is Synced and Healthy. VmHWM, the largest
resident set each process ever had, is the peak of the sync. After the sync it also
reads each process's file pages (RssFile) and its proportional set size (Pss), which
counts a page two processes share half to each: the application controller and the
repo server run the same argocd binary. Last, it runs the Redis pod's init container
once beside them and samples it until it exits. Memory is measured, never
asserted: this prints figures, it checks nothing.

Issue 12's targets: control plane and Argo CD together at most 800 MiB steady, 1 GiB
at the peak of a sync.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import pathlib
import subprocess
import sys
import time
from typing import Dict, Mapping

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "constructs"), str(ROOT)]
os.environ.setdefault("JSII_NODE", str(ROOT / "node_modules" / ".bin" / "node"))
sys.modules.setdefault("pytest", __import__("pytest"))

import bench_cluster  # noqa: E402
import box as boxes  # noqa: E402
import gitops  # noqa: E402
import toolchain  # noqa: E402
import yaml  # noqa: E402

MEASUREMENTS = ROOT / "measurements" / "gitops.json"
PROCESSES = (
    boxes.CONTROL_PLANE,  # the API server, controller manager and scheduler in one process, as in k3s
    "kine",
    gitops.CONTROLLER,
    gitops.REPO_SERVER,
    "redis",
)
STEADY_TARGET_MIB, PEAK_TARGET_MIB = 800, 1024
SETTLE_SECONDS = 20  # informers' first lists and the first GC cycles after a phase


def _rounded(figures: Mapping[str, float]) -> Dict[str, int]:
    return {name: round(figures[name]) for name in PROCESSES if name in figures}


def measure(first_sync_timeout: float = 600) -> Dict[str, object]:
    from test_cluster import node_size

    from potatostack import k3s
    from potatostack import settings as settings_module

    tools = toolchain.box_tools()
    argocd, redis_server = toolchain.argocd(), toolchain.redis_server()
    folder = boxes.scratch_folder()
    try:
        remote = gitops.Remote(folder / "git")
        raw = yaml.safe_load((ROOT / "settings.yaml").read_text())
        raw["gitops"]["repo_url"] = remote.url
        settings_file = folder / "settings.yaml"
        settings_file.write_text(yaml.safe_dump(raw))
        dist = folder / "dist"
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--out", str(dist), "--settings", str(settings_file)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        remote.commit(dist, "dist/ of the default profile", gitops.left_out)
        committed = remote.work / "dist"
        with boxes.Box.started(
            tools,
            folder / "box",
            apiserver_flags=k3s.APISERVER_MEMORY_FLAGS,
            environment=k3s.SERVICE_ENVIRONMENT,
        ) as box:
            stand_ins = gitops.StandIns(box)
            stand_ins.start()
            chosen = settings_module.load(settings_file)
            box.add_node(chosen.storage_node, **node_size(dist, settings_file))
            outside = gitops.crds_from_outside(boxes.dist_objects(committed))
            if outside:
                box.apply(outside)
                box.wait_for_crds()
            time.sleep(SETTLE_SECONDS)
            control_plane = box.rss_mib()
            # Argo CD with its own objects and no Application: what it costs idle.
            argocd_folder = committed / "argocd"
            without_apps = [
                o for o in boxes.dist_folders(committed)["argocd"] if o["kind"] not in ("Application", "AppProject")
            ]
            crds = [o for o in without_apps if o["kind"] in ("CustomResourceDefinition", "Namespace")]
            box.apply(crds)
            box.wait_for_crds()
            box.apply(without_apps)
            processes = gitops.start(box, argocd, redis_server, argocd_folder)
            time.sleep(SETTLE_SECONDS)
            idle = box.rss_mib()
            began = time.monotonic()
            # The same objects again, now with the Applications (box.apply wrote the rest as
            # another field manager).
            result = box.kubectl("apply", "--server-side", "--force-conflicts", "-f", str(argocd_folder), check=False)
            if result.returncode != 0:
                raise boxes.BoxError(f"the bootstrap's apply failed: {result.stderr}")
            expected = {o["metadata"]["name"] for o in boxes.dist_objects(committed) if o["kind"] == "Application"}
            try:
                gitops.wait_settled(box, expected, first_sync_timeout)
            except boxes.BoxError as error:
                print(f"{error}\n{processes.controller.tail(20)}", file=sys.stderr)
                raise
            sync_seconds = time.monotonic() - began
            time.sleep(SETTLE_SECONDS)
            synced, peak, files = box.rss_mib(), box.peak_mib(), box.file_mib()
            proportional = box.proportional_mib()
            redis_init = _redis_init(box, argocd)
            stand_ins.stop()
            return {
                "start_seconds": round(box.start_seconds, 1),
                "first_sync_seconds": round(sync_seconds, 1),
                "applications": len(expected),
                "control_plane_idle_mib": _rounded(control_plane),
                "idle_mib": _rounded(idle),
                "resident_mib": _rounded(synced),
                "peak_mib": _rounded(peak),
                "file_pages_mib": _rounded(files),
                "proportional_mib": _rounded(proportional),
                "redis_init_mib": {name: round(value) for name, value in redis_init.items()},
            }
    finally:
        boxes.remove(folder)


def _redis_init(box: boxes.Box, argocd: pathlib.Path) -> Dict[str, float]:
    """What the Redis pod's init container uses: `argocd admin redis-initial-password`,
    which writes Redis's password Secret, run once against the box with the controller
    and the repo server synced beside it (so the code it shares with them is already in
    memory, as on the node once Argo CD runs). The Secret is deleted first, so it writes
    a new one as on a first start."""
    box.kubectl("delete", "secret", "-n", gitops.NAMESPACE, "argocd-redis", "--ignore-not-found")
    popen = subprocess.Popen(
        [str(argocd), "admin", "redis-initial-password", f"--namespace={gitops.NAMESPACE}"],
        env={**os.environ, "KUBECONFIG": str(box.kubeconfig)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    peak = boxes.peak_memory(popen)
    output = popen.communicate()[0].decode(errors="replace")
    if popen.returncode != 0:
        raise boxes.BoxError(f"argocd admin redis-initial-password failed: {output[-500:]}")
    return peak


def table(result: Mapping) -> str:
    columns = ("control_plane_idle_mib", "idle_mib", "resident_mib", "peak_mib", "file_pages_mib", "proportional_mib")
    lines = [
        "| process | control plane idle | + Argo CD, no apps | after the first sync | peak during it "
        "| of it, file pages after the sync | proportional (Pss) after the sync |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in PROCESSES:
        lines.append(f"| {name} | " + " | ".join(str(result.get(c, {}).get(name, "–")) for c in columns) + " |")
    lines.append("| **sum** | " + " | ".join(str(sum(result.get(c, {}).values())) for c in columns) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="write the figures to " + str(MEASUREMENTS))
    args = parser.parse_args()
    result = measure()
    steady, peak = sum(result["resident_mib"].values()), sum(result["peak_mib"].values())
    print("Resident memory (MiB; VmRSS, the peak VmHWM) of the control plane and Argo CD:")
    print(table(result))
    print(
        f"steady {steady} MiB (target ≤ {STEADY_TARGET_MIB}), peak {peak} MiB (target ≤ {PEAK_TARGET_MIB}); "
        f"first sync of {result['applications']} Applications in {result['first_sync_seconds']} s"
    )
    init = result["redis_init_mib"]
    print(
        f"Redis's init container (argocd admin redis-initial-password): {init['resident']} MiB resident at its "
        f"peak, {init['private']} MiB of it mapped by no other process"
    )
    if args.write:
        MEASUREMENTS.parent.mkdir(exist_ok=True)
        pins = toolchain.pins()
        MEASUREMENTS.write_text(
            json.dumps(
                {
                    "what": "resident memory of the control plane k3s embeds and of Argo CD (application controller, "
                    "repo server, Redis) around the first sync of the default profile's dist/ from a Git remote "
                    "(kwok stands in for the kubelet); MiB, VmRSS, VmHWM and RssFile from /proc/<pid>/status, "
                    "Pss from /proc/<pid>/smaps_rollup; redis_init_mib: the Redis pod's init container run once beside "
                    "them, its peak resident size and its part no other process maps",
                    "measured_with": "scripts/bench_gitops.py --write (tests/box.py, tests/gitops.py)",
                    "date": datetime.date.today().isoformat(),
                    "machine": bench_cluster.machine(),
                    "versions": {
                        "kubernetes": f"v{__import__('potatostack.platform').platform.KUBERNETES_VERSION}",
                        **{k: pins[k] for k in ("KINE_VERSION", "KWOK_VERSION", "ARGOCD_VERSION")},
                        "redis": subprocess.run(
                            [toolchain.redis_server(), "--version"], capture_output=True, text=True
                        ).stdout.split()[2],
                    },
                    **result,
                },
                indent=2,
            )
            + "\n"
        )
        print(f"wrote {MEASUREMENTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
