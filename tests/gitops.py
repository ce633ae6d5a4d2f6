"""A real Argo CD beside the box: Redis, the repo server and the application controller
as processes on loopback, syncing dist/ from a Git remote in a temporary folder.

The two Argo CD components are the real binaries at the release dist/argocd runs
(`make tools`), started with the environment dist/argocd's manifests give their
containers (argocd-cmd-params-cm, GOMEMLIMIT); only what a pod gets from its cluster
is replaced by loopback: the Services' addresses by ports, the in-cluster API by the
box's kubeconfig (ARGOCD_FAKE_IN_CLUSTER), the Redis password Secret by none. The repo server's
TLS certificate is the self-signed one it makes without that Secret, as in the pod
(the controller does not verify it unless told to).

What kwok cannot stand in for, the gate does, in `StandIns`: no controller runs in a
kwok pod, so Traefik and ServiceLB never write a load-balancer address into Ingress and
Service status, cert-manager never marks its issuers and certificates Ready, and
Kyverno (whose chart the gate cannot fetch) never marks its policies ready. Argo
CD's health checks wait for exactly those, so without them every app with an Ingress
or a Certificate stays Progressing.

Used by tests/test_gitops_sync.py and scripts/bench_cluster.py.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pathlib
import shutil
import subprocess
import threading
import time
from typing import Dict, Iterable, List, Mapping, Optional

import box as boxes
import yaml

NAMESPACE = "argocd"
COMMAND_PARAMETERS = "argocd-cmd-params-cm"
CONTROLLER = "argocd-application-controller"
REPO_SERVER = "argocd-repo-server"
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "gate",
    "GIT_AUTHOR_EMAIL": "gate@potatostack.invalid",
    "GIT_COMMITTER_NAME": "gate",
    "GIT_COMMITTER_EMAIL": "gate@potatostack.invalid",
}


def _workload(dist_argocd: pathlib.Path, name: str) -> dict:
    for path in dist_argocd.glob(f"*.{name}.k8s.yaml"):
        obj = yaml.safe_load(path.read_text())
        if obj["kind"] in ("Deployment", "StatefulSet"):
            return dict(obj)
    raise boxes.BoxError(f"dist/argocd has no workload {name}")


def manifest_environment(dist_argocd: pathlib.Path, name: str) -> Dict[str, str]:
    """The main container's environment as the kubelet would give it: literal values and
    the argocd-cmd-params-cm keys dist/ sets (the others are optional and unset)."""
    parameters = yaml.safe_load((dist_argocd / f"ConfigMap.{COMMAND_PARAMETERS}.k8s.yaml").read_text())["data"]
    container = _workload(dist_argocd, name)["spec"]["template"]["spec"]["containers"][0]
    environment = {}
    for variable in container.get("env", []):
        if "value" in variable:
            environment[variable["name"]] = str(variable["value"])
            continue
        ref = (variable.get("valueFrom") or {}).get("configMapKeyRef") or {}
        if ref.get("name") == COMMAND_PARAMETERS and ref.get("key") in parameters:
            environment[variable["name"]] = str(parameters[ref["key"]])
    return environment


def redis_arguments(dist_argocd: pathlib.Path) -> List[str]:
    """Redis's arguments in dist/ less the password (nothing but the gate reaches loopback)."""
    container = _workload(dist_argocd, "argocd-redis")["spec"]["template"]["spec"]["containers"][0]
    return [arg for arg in container.get("args", []) if not arg.startswith("--requirepass")]


@dataclasses.dataclass
class ArgoCD:
    redis: boxes.Process
    repo_server: boxes.Process
    controller: boxes.Process


def start(box: boxes.Box, argocd: pathlib.Path, redis_server: str, dist_argocd: pathlib.Path) -> ArgoCD:
    """Redis, then the repo server, then the controller, each ready when it listens."""
    folder = box.folder / "argocd"
    # The folders the pod mounts from its ConfigMaps (GPG keys, TLS certificates, SSH
    # known hosts: all empty in dist/ for a file:// remote) and its writable ones.
    for sub in ("home", "tmp", "helm", "kubecache", "gnupg", "gpg-source", "tls", "ssh"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    redis_port, repo_port = boxes.free_port(), boxes.free_port()
    redis = box.start_beside(
        "redis",
        [redis_server, "--port", str(redis_port), "--bind", "127.0.0.1", *redis_arguments(dist_argocd)],
        {},
        redis_port,
    )
    path = f"{argocd.parent / 'bin'}{os.pathsep}{os.environ['PATH']}"
    common = {"PATH": path, "HOME": str(folder / "home"), "TMPDIR": str(folder / "tmp")}
    common["REDIS_SERVER"] = f"127.0.0.1:{redis_port}"
    repo_server = box.start_beside(
        REPO_SERVER,
        [str(argocd.parent / "bin" / REPO_SERVER), f"--port={repo_port}", f"--metrics-port={boxes.free_port()}"],
        {
            **manifest_environment(dist_argocd, REPO_SERVER),
            **common,
            "ARGOCD_REPO_SERVER_LISTEN_ADDRESS": "127.0.0.1",
            "ARGOCD_GNUPGHOME": str(folder / "gnupg"),
            "ARGOCD_GPG_DATA_PATH": str(folder / "gpg-source"),
            "ARGOCD_TLS_DATA_PATH": str(folder / "tls"),
            "ARGOCD_SSH_DATA_PATH": str(folder / "ssh"),
            **{f"HELM_{kind}_HOME": str(folder / "helm") for kind in ("CACHE", "CONFIG", "DATA")},
        },
        repo_port,
    )
    metrics_port = boxes.free_port()
    controller = box.start_beside(
        CONTROLLER,
        [
            str(argocd.parent / "bin" / CONTROLLER),
            f"--namespace={NAMESPACE}",
            f"--kubeconfig={box.kubeconfig}",
            f"--metrics-port={metrics_port}",
        ],
        {
            **manifest_environment(dist_argocd, CONTROLLER),
            **common,
            "ARGOCD_APPLICATION_CONTROLLER_REPO_SERVER": f"127.0.0.1:{repo_port}",
            # The in-cluster destination (https://kubernetes.default.svc) is the box.
            "ARGOCD_FAKE_IN_CLUSTER": "true",
            "KUBECONFIG": str(box.kubeconfig),
            "KUBECACHEDIR": str(folder / "kubecache"),
        },
        metrics_port,
    )
    return ArgoCD(redis, repo_server, controller)


# -- the Git remote --------------------------------------------------------------------


def _git(*args: str, cwd: pathlib.Path) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, **GIT_IDENTITY})
    if result.returncode != 0:
        raise boxes.BoxError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout.strip()


class Remote:
    """A bare repository on disk (the file:// URL settings.gitops.repo_url names) and a
    working copy that pushes to it, one commit per synthesized dist/."""

    def __init__(self, folder: pathlib.Path, branch: str = "main") -> None:
        self.bare = folder / "remote.git"
        self.work = folder / "work"
        self.branch = branch
        self.url = f"file://{self.bare}"
        folder.mkdir(parents=True, exist_ok=True)
        _git("init", "--quiet", "--bare", f"--initial-branch={branch}", str(self.bare), cwd=folder)
        _git("init", "--quiet", f"--initial-branch={branch}", str(self.work), cwd=folder)
        _git("remote", "add", "origin", self.url, cwd=self.work)

    def commit(self, dist: pathlib.Path, message: str, leave_out=lambda obj: False) -> str:
        """Replace dist/ in the working copy with `dist` (less the files whose objects
        `leave_out` names), commit and push; returns the commit."""
        target = self.work / "dist"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(dist, target)
        for path in target.glob("*/*.yaml"):
            documents = [doc for doc in yaml.safe_load_all(path.read_text()) if doc]
            if documents and all("kind" in doc and leave_out(doc) for doc in documents):
                path.unlink()
        _git("add", "--all", cwd=self.work)
        _git("commit", "--quiet", "--allow-empty", "-m", message, cwd=self.work)
        _git("push", "--quiet", "origin", f"HEAD:{self.branch}", cwd=self.work)
        return _git("rev-parse", "HEAD", cwd=self.work)


# -- what kwok cannot stand in for ----------------------------------------------------


STAND_IN_REASON = "StandInForTheGate"


class StandIns(threading.Thread):
    """Writes the status that k3s's Traefik and ServiceLB (a load-balancer address on
    Ingresses and LoadBalancer Services) and cert-manager's controller (Ready issuers
    and certificates) would write, every two seconds, until stopped."""

    def __init__(self, box: boxes.Box, address: str = "127.0.0.1") -> None:
        super().__init__(daemon=True)
        self.box = box
        self.address = address
        self.stopping = threading.Event()
        self.errors: List[str] = []

    def run(self) -> None:
        while not self.stopping.wait(2.0):
            try:
                self.once()
            except Exception as error:  # noqa: BLE001 - reported by the test, never lost
                self.errors.append(str(error))

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=10)

    def _items(self, kind: str) -> List[dict]:
        result = self.box.kubectl("get", kind, "--all-namespaces", "-o", "json", check=False)
        return list(json.loads(result.stdout)["items"]) if result.returncode == 0 else []

    def _patch(self, obj: Mapping, status: Mapping) -> None:
        namespace = obj["metadata"].get("namespace")
        self.box.kubectl(
            "patch",
            f"{obj['kind'].lower()}.{obj['apiVersion'].split('/')[0] if '/' in obj['apiVersion'] else ''}".rstrip("."),
            obj["metadata"]["name"],
            *(["-n", namespace] if namespace else []),
            "--subresource=status",
            "--type=merge",
            "-p",
            json.dumps({"status": status}),
            check=False,
        )

    def once(self) -> None:
        load_balancer = {"loadBalancer": {"ingress": [{"ip": self.address}]}}
        for obj in self._items("ingresses.networking.k8s.io,services"):
            wants_address = obj["kind"] == "Ingress" or obj["spec"].get("type") == "LoadBalancer"
            if wants_address and not ((obj.get("status") or {}).get("loadBalancer") or {}).get("ingress"):
                self._patch(obj, load_balancer)
        # One call for cert-manager's kinds: it fails as a whole until their CRDs exist.
        for obj in self._items("certificates.cert-manager.io,clusterissuers.cert-manager.io,issuers.cert-manager.io"):
            conditions = (obj.get("status") or {}).get("conditions") or []
            if not any(c.get("type") == "Ready" and c.get("status") == "True" for c in conditions):
                ready = {
                    "type": "Ready",
                    "status": "True",
                    "reason": STAND_IN_REASON,
                    "message": "cert-manager runs no controller in the gate",
                    "lastTransitionTime": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                }
                self._patch(obj, {"conditions": [ready]})
        # Kyverno's controller marks its policies ready; its chart is not reachable here.
        for obj in self._items("validatingpolicies.policies.kyverno.io"):
            if not ((obj.get("status") or {}).get("conditionStatus") or {}).get("ready"):
                ready = {
                    "type": "Ready",
                    "status": "True",
                    "reason": STAND_IN_REASON,
                    "message": "Kyverno runs no controller in the gate",
                    "lastTransitionTime": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                }
                self._patch(obj, {"conditionStatus": {"ready": True, "conditions": [ready]}})


# -- what the gate leaves out of the commit --------------------------------------------


def from_unreachable_chart(obj: Mapping) -> bool:
    """An Application of an upstream Helm chart that Argo CD would fetch from its chart
    repository on the internet, which the gate cannot reach."""
    return obj.get("kind") == "Application" and bool(((obj.get("spec") or {}).get("source") or {}).get("chart"))


def left_out(obj: Mapping) -> bool:
    """Webhooks that only a running pod answers (kwok runs none; see box.apply_dist) and
    Applications of charts on the internet."""
    return boxes._served_by_a_pod(obj) or from_unreachable_chart(obj)


def crds_from_outside(objects: Iterable[Mapping]) -> List[dict]:
    """CRDs dist/ uses and does not define (k3s's bundled Traefik; the charts the gate
    cannot fetch): what the node has before the first sync, from imports/crds/."""
    return boxes.crds_needed(list(objects))


# -- Applications ----------------------------------------------------------------------


def applications(box: boxes.Box) -> Dict[str, dict]:
    return {app["metadata"]["name"]: app for app in box.get("applications.argoproj.io", "-n", NAMESPACE)["items"]}


def state(app: Mapping) -> str:
    status = app.get("status") or {}
    operation = status.get("operationState") or {}
    conditions = "; ".join(c.get("message", "")[:300] for c in status.get("conditions") or [])
    return (
        f"{(status.get('sync') or {}).get('status', '?')}/{(status.get('health') or {}).get('status', '?')}"
        f" operation {operation.get('phase', 'none')}: {(operation.get('message') or '')[:300]}"
        + (f" conditions: {conditions}" if conditions else "")
    )


def settled(app: Mapping, revision: Optional[str] = None) -> bool:
    status = app.get("status") or {}
    sync = status.get("sync") or {}
    return (
        sync.get("status") == "Synced"
        and (status.get("health") or {}).get("status") == "Healthy"
        and (revision is None or sync.get("revision") == revision)
        and (status.get("operationState") or {}).get("phase") not in ("Running", "Terminating")
    )


def refresh(box: boxes.Box, names: Iterable[str]) -> None:
    """What a push webhook does: ask Argo CD to look at the remote now, not at its next poll."""
    for name in names:
        box.kubectl(
            "annotate",
            "applications.argoproj.io",
            name,
            "-n",
            NAMESPACE,
            "argocd.argoproj.io/refresh=normal",
            "--overwrite",
            check=False,
        )


def wait_settled(
    box: boxes.Box, expected: Iterable[str], timeout: float, revision: Optional[str] = None, poke=None
) -> Dict[str, dict]:
    """Until every expected Application is Synced and Healthy (at `revision`); raises with
    each one's state otherwise."""
    expected = set(expected)
    deadline = time.monotonic() + timeout
    poked = 0.0
    while True:
        found = applications(box)
        if expected <= set(found) and all(settled(found[name], revision) for name in expected):
            return found
        if time.monotonic() > deadline:
            lines = [f"{name}: {state(found[name]) if name in found else 'not created'}" for name in sorted(expected)]
            raise boxes.BoxError(f"not every Application settled within {timeout:.0f}s:\n" + "\n".join(lines))
        if poke and time.monotonic() - poked > 10:
            poke()
            poked = time.monotonic()
        time.sleep(1)
