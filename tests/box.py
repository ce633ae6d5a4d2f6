"""The box: the real control plane k3s embeds, started on loopback for the gate.

kine (k3s's SQLite datastore) and kube-apiserver, kube-controller-manager and
kube-scheduler are the real programs at the cluster's version, built from the Go module
proxy (`make tools`); the three Kubernetes ones run in one process, `control-plane`
(scripts/control-plane/main.go), as k3s embeds them in its own. The kubelet cannot run here, so kwok stands in for it: it keeps
fake Nodes with the board's capacity Ready and moves the pods bound to them through
their lifecycle (Running and Ready; Job pods complete). Everything else is real: what
the API server refuses, Pod Security and ValidatingAdmissionPolicy admission, what the
scheduler cannot place and what these processes cost in memory.

Used by the gate (the `box` fixture in conftest.py) and by scripts/bench.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import pathlib
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.request
from typing import Dict, Iterable, Iterator, List, Mapping, Optional, Sequence

import yaml

from potatostack import sync_preview

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The flags k3s v1.35 passes that change what the API server admits (k3s
# pkg/daemons/control/server.go): privileged pods allowed (Gluetun needs NET_ADMIN,
# not privileged, but k3s allows it), Node and RBAC authorization, NodeRestriction.
# The service range is k3s's default. The endpoint reconciler is off because a
# loopback address may not go into the `kubernetes` Endpoints.
APISERVER_FLAGS = (
    "--allow-privileged=true",
    "--authorization-mode=Node,RBAC",
    "--enable-admission-plugins=NodeRestriction",
    "--service-cluster-ip-range=10.43.0.0/16",
    "--endpoint-reconciler-type=none",
    "--anonymous-auth=false",
    "--profiling=false",
    "--storage-backend=etcd3",
)

# k3s's kine DSN for its default SQLite datastore (pkg/cluster/managed.go).
KINE_SQLITE_OPTIONS = "_journal=WAL&cache=shared&_busy_timeout=30000&_txlock=immediate"

# kwok's own stages (the module's kustomize/stage folder): a node initialises and
# keeps a heartbeat; a pod becomes Ready, a Job's pod completes, a deleted pod goes.
KWOK_STAGES = (
    "node/fast/node-initialize.yaml",
    "node/heartbeat/node-heartbeat.yaml",
    "pod/fast/pod-ready.yaml",
    "pod/fast/pod-complete.yaml",
    "pod/fast/pod-delete.yaml",
)
FAKE_NODE_ANNOTATION = "kwok.x-k8s.io/node"
# The process that holds the API server, the controller manager and the scheduler.
CONTROL_PLANE = "control-plane"


class BoxError(RuntimeError):
    """A component did not start, or a command against the box failed."""


@dataclasses.dataclass
class Tools:
    kine: pathlib.Path
    control_plane: pathlib.Path  # kube-apiserver, kube-controller-manager, kube-scheduler
    kubectl: pathlib.Path
    kwok: pathlib.Path
    kwok_stages: pathlib.Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _openssl(*args: str, cwd: pathlib.Path) -> None:
    result = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise BoxError(f"openssl {' '.join(args[:2])} failed: {result.stderr.strip()}")


def make_certificates(folder: pathlib.Path) -> None:
    """A CA, the API server's serving certificate, an admin client in system:masters
    and the service-account key pair: what k3s generates on first start, in short."""
    folder.mkdir(parents=True, exist_ok=True)
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2")
    _openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.crt", "-subj", "/CN=box-ca", cwd=folder)

    def signed(name: str, subject: str, extension: str) -> None:
        _openssl(
            "req",
            "-x509",
            *ec,
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-keyout",
            f"{name}.key",
            "-out",
            f"{name}.crt",
            "-subj",
            subject,
            "-addext",
            extension,
            cwd=folder,
        )

    signed("serving", "/CN=kube-apiserver", "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc")
    signed("admin", "/O=system:masters/CN=box-admin", "extendedKeyUsage=clientAuth")
    _openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "sa.key", cwd=folder)
    _openssl("pkey", "-in", "sa.key", "-pubout", "-out", "sa.pub", cwd=folder)


def kubeconfig(folder: pathlib.Path, server: str) -> pathlib.Path:
    path = folder / "kubeconfig"
    path.write_text(
        yaml.safe_dump(
            {
                "apiVersion": "v1",
                "kind": "Config",
                "current-context": "box",
                "clusters": [
                    {"name": "box", "cluster": {"server": server, "certificate-authority": str(folder / "ca.crt")}}
                ],
                "users": [
                    {
                        "name": "admin",
                        "user": {
                            "client-certificate": str(folder / "admin.crt"),
                            "client-key": str(folder / "admin.key"),
                        },
                    }
                ],
                "contexts": [{"name": "box", "context": {"cluster": "box", "user": "admin"}}],
            }
        )
    )
    return path


@dataclasses.dataclass
class Process:
    name: str
    popen: subprocess.Popen
    log: pathlib.Path

    def _mib(self, field: str, file: str = "status") -> float:
        found = proc_mib(self.popen.pid, file, (field,))
        if field not in found:
            raise BoxError(f"{self.name} has no {field} (exited?)")
        return found[field]

    def rss_mib(self) -> float:
        """Resident set size now, from /proc (VmRSS)."""
        return self._mib("VmRSS")

    def peak_mib(self) -> float:
        """The largest resident set size so far (VmHWM)."""
        return self._mib("VmHWM")

    def file_mib(self) -> float:
        """The resident pages mapped from files (RssFile): mostly the binary's code, which
        processes running the same file on a node share and the kernel can drop."""
        return self._mib("RssFile")

    def proportional_mib(self) -> float:
        """The proportional set size (Pss, /proc/<pid>/smaps_rollup): its private pages
        plus each shared page divided by the number of processes mapping it. Summed over
        processes it counts a page they share once, where summed resident sizes count it
        once per process."""
        return self._mib("Pss", "smaps_rollup")

    def tail(self, lines: int = 15) -> str:
        text = self.log.read_text(errors="replace").splitlines() if self.log.exists() else []
        return "\n".join(text[-lines:])


def proc_mib(pid: int, file: str, fields: Sequence[str]) -> Dict[str, float]:
    """Those of `fields` that /proc/<pid>/<file> (status, smaps_rollup) has, kB as MiB;
    none once the process is gone."""
    try:
        text = pathlib.Path(f"/proc/{pid}/{file}").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return {}
    lines = (line.partition(":") for line in text.splitlines())
    return {key: int(value.split()[0]) / 1024 for key, _, value in lines if key in fields and value.split()}


def peak_memory(popen: subprocess.Popen, interval: float = 0.005) -> Dict[str, float]:
    """A short-lived process's largest resident size (VmHWM) and the largest part of it no
    other process maps (smaps_rollup Private_Clean + Private_Dirty), MiB, read from /proc
    every `interval` seconds until it exits."""
    peak = {"resident": 0.0, "private": 0.0}
    while popen.poll() is None:
        status = proc_mib(popen.pid, "status", ("VmHWM",))
        private = proc_mib(popen.pid, "smaps_rollup", ("Private_Clean", "Private_Dirty"))
        peak["resident"] = max(peak["resident"], status.get("VmHWM", 0.0))
        peak["private"] = max(peak["private"], sum(private.values()))
        time.sleep(interval)
    return peak


class Box:
    """One control plane. `with Box.started(tools, folder) as box:` stops everything it
    started, whatever happens."""

    def __init__(
        self,
        tools: Tools,
        folder: pathlib.Path,
        *,
        apiserver_flags: Sequence[str] = (),
        environment: Optional[Mapping[str, str]] = None,
    ) -> None:
        self.tools = tools
        self.folder = folder
        self.extra_apiserver_flags = tuple(apiserver_flags)
        # GOMEMLIMIT and the like, for every component (scripts/bench varies them).
        self.environment = dict(environment or {})
        self.processes: Dict[str, Process] = {}
        self.server = ""
        self.kubeconfig = folder / "kubeconfig"
        self.start_seconds = 0.0

    @classmethod
    @contextlib.contextmanager
    def started(cls, tools: Tools, folder: pathlib.Path, **options) -> Iterator["Box"]:
        box = cls(tools, folder, **options)
        try:
            box.start()
            yield box
        finally:
            box.stop()

    # -- lifecycle -------------------------------------------------------------------

    def _spawn(self, name: str, command: List[str], environment: Optional[Mapping[str, str]] = None) -> Process:
        log = self.folder / f"{name}.log"
        handle = log.open("wb")
        popen = subprocess.Popen(
            command,
            stdout=handle,
            stderr=subprocess.STDOUT,
            cwd=self.folder,
            # The control plane's settings (self.environment) are not for processes beside it.
            env={**os.environ, **(self.environment if environment is None else environment)},
            start_new_session=True,
        )
        handle.close()
        process = Process(name, popen, log)
        self.processes[name] = process
        return process

    def _wait(self, what: str, ready, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for process in self.processes.values():
                if process.popen.poll() is not None:
                    raise BoxError(
                        f"{process.name} exited with {process.popen.returncode} while waiting for {what}:\n"
                        f"{process.tail()}"
                    )
            if ready():
                return
            time.sleep(0.1)
        raise BoxError(f"timed out after {timeout:.0f}s waiting for {what}")

    def start(self) -> None:
        began = time.monotonic()
        certs = self.folder / "pki"
        make_certificates(certs)
        (self.folder / "db").mkdir(parents=True, exist_ok=True)
        etcd_port, api_port = free_port(), free_port()
        self._spawn(
            "kine",
            [
                str(self.tools.kine),
                f"--endpoint=sqlite://{self.folder / 'db' / 'state.db'}?{KINE_SQLITE_OPTIONS}",
                f"--listen-address=127.0.0.1:{etcd_port}",
                "--metrics-bind-address=0",  # k3s serves no kine metrics by default either
            ],
        )
        self._wait("kine", lambda: _listening(etcd_port), 30)
        self.server = f"https://127.0.0.1:{api_port}"
        kubeconfig(certs, self.server).rename(self.kubeconfig)
        # One process, as k3s embeds the three (scripts/control-plane/main.go): it starts
        # the controller manager and the scheduler once the API server is ready.
        self._spawn(
            CONTROL_PLANE,
            [
                str(self.tools.control_plane),
                "--kube-apiserver",
                f"--etcd-servers=http://127.0.0.1:{etcd_port}",
                "--bind-address=127.0.0.1",
                "--advertise-address=127.0.0.1",
                f"--secure-port={api_port}",
                f"--tls-cert-file={certs / 'serving.crt'}",
                f"--tls-private-key-file={certs / 'serving.key'}",
                f"--client-ca-file={certs / 'ca.crt'}",
                f"--service-account-key-file={certs / 'sa.pub'}",
                f"--service-account-signing-key-file={certs / 'sa.key'}",
                "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
                "--api-audiences=https://kubernetes.default.svc.cluster.local,k3s",
                *APISERVER_FLAGS,
                *self.extra_apiserver_flags,
                "--kube-controller-manager",
                f"--kubeconfig={self.kubeconfig}",
                f"--authentication-kubeconfig={self.kubeconfig}",
                f"--authorization-kubeconfig={self.kubeconfig}",
                f"--service-account-private-key-file={certs / 'sa.key'}",
                f"--root-ca-file={certs / 'ca.crt'}",
                f"--cluster-signing-cert-file={certs / 'ca.crt'}",
                f"--cluster-signing-key-file={certs / 'ca.key'}",
                "--use-service-account-credentials=true",
                "--leader-elect=false",
                "--bind-address=127.0.0.1",
                f"--secure-port={free_port()}",
                # k3s's controller set: every default one plus the token cleaner; no cloud.
                "--controllers=*,tokencleaner,-service,-route,-cloud-node-lifecycle",
                "--cluster-cidr=10.42.0.0/16",
                "--allocate-node-cidrs=true",
                "--node-monitor-grace-period=60s",
                "--kube-scheduler",
                f"--kubeconfig={self.kubeconfig}",
                f"--authentication-kubeconfig={self.kubeconfig}",
                f"--authorization-kubeconfig={self.kubeconfig}",
                "--leader-elect=false",
                "--bind-address=127.0.0.1",
                f"--secure-port={free_port()}",
            ],
        )
        self._wait("the API server's /readyz", self._ready, 90)
        self._spawn(
            "kwok",
            [
                str(self.tools.kwok),
                f"--kubeconfig={self.kubeconfig}",
                "--manage-all-nodes=false",
                f"--manage-nodes-with-annotation-selector={FAKE_NODE_ANNOTATION}=fake",
                f"--server-address=127.0.0.1:{free_port()}",
                *(f"--config={self.tools.kwok_stages / stage}" for stage in KWOK_STAGES),
            ],
        )
        # Ready when the controllers have made the default ServiceAccount (the service
        # account controller runs) and kube-system exists.
        self._wait(
            "the controller manager's default ServiceAccount",
            lambda: self.kubectl("get", "serviceaccount", "default", "-n", "default", check=False).returncode == 0,
            60,
        )
        self.start_seconds = time.monotonic() - began

    def start_beside(
        self, name: str, command: List[str], environment: Mapping[str, str], port: int, timeout: float = 60
    ) -> Process:
        """Another process next to the control plane (Argo CD's, tests/gitops.py): stopped
        with the box, measured with it, ready when it listens on `port`."""
        process = self._spawn(name, command, environment)
        self._wait(f"{name} on port {port}", lambda: _listening(port), timeout)
        return process

    def _ready(self) -> bool:
        context = ssl.create_default_context(cafile=str(self.folder / "pki" / "ca.crt"))
        context.load_cert_chain(str(self.folder / "pki" / "admin.crt"), str(self.folder / "pki" / "admin.key"))
        try:
            with urllib.request.urlopen(f"{self.server}/readyz", context=context, timeout=2) as response:
                return bool(response.status == 200)
        except OSError:
            return False

    def stop(self) -> None:
        for process in reversed(list(self.processes.values())):
            if process.popen.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.popen.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.popen.wait(timeout=2)  # nothing in the box is worth a graceful shutdown
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.popen.pid, signal.SIGKILL)
                process.popen.wait()

    # -- commands ---------------------------------------------------------------------

    def kubectl(
        self, *args: str, input: Optional[str] = None, check: bool = True, timeout: float = 120
    ) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [str(self.tools.kubectl), f"--kubeconfig={self.kubeconfig}", *args],
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and result.returncode != 0:
            raise BoxError(f"kubectl {' '.join(args[:3])}: {result.stderr.strip()}")
        return result

    def get(self, *args: str) -> dict:
        return dict(json.loads(self.kubectl("get", *args, "-o", "json").stdout))

    def apply(
        self, objects: Iterable[Mapping], *, field_manager: str = "gate", dry_run: bool = False
    ) -> subprocess.CompletedProcess:
        """One server-side apply of all `objects` (a single call: six hundred separate
        ones take a minute, one takes about a second). Returns the result unchecked:
        the caller reports what the server refused."""
        documents = yaml.safe_dump_all(list(objects), sort_keys=False)
        args = ["apply", "--server-side", "--force-conflicts", f"--field-manager={field_manager}", "-f", "-"]
        if dry_run:
            args.append("--dry-run=server")
        return self.kubectl(*args, input=documents, check=False)

    def add_node(
        self,
        name: str,
        *,
        memory: str,
        cpu: str,
        allocatable_memory: str,
        allocatable_cpu: str,
        labels: Optional[Mapping[str, str]] = None,
        pods: int = 110,
    ) -> None:
        """A kwok-managed Node with this capacity and allocatable, as the kubelet would
        report them under the generated k3s configuration."""
        node = {
            "apiVersion": "v1",
            "kind": "Node",
            "metadata": {
                "name": name,
                "annotations": {FAKE_NODE_ANNOTATION: "fake"},
                "labels": {
                    "kubernetes.io/hostname": name,
                    "kubernetes.io/os": "linux",
                    "kubernetes.io/arch": "arm64",
                    "type": "kwok",
                    **(labels or {}),
                },
            },
        }
        self.kubectl("apply", "-f", "-", input=yaml.safe_dump(node))
        self.set_node_size(
            name,
            memory=memory,
            cpu=cpu,
            allocatable_memory=allocatable_memory,
            allocatable_cpu=allocatable_cpu,
            pods=pods,
        )

    def set_node_size(
        self, name: str, *, memory: str, cpu: str, allocatable_memory: str, allocatable_cpu: str, pods: int = 110
    ) -> None:
        status = {
            "status": {
                "capacity": {"cpu": cpu, "memory": memory, "pods": str(pods), "ephemeral-storage": "100Gi"},
                "allocatable": {
                    "cpu": allocatable_cpu,
                    "memory": allocatable_memory,
                    "pods": str(pods),
                    "ephemeral-storage": "95Gi",
                },
            }
        }
        self.kubectl("patch", "node", name, "--subresource=status", "--type=merge", "-p", json.dumps(status))

    def wait_for_crds(self, timeout: float = 60) -> None:
        """Until every CRD is Established (kubectl wait fails on one that has no
        conditions yet)."""

        def established() -> bool:
            return all(
                any(
                    c["type"] == "Established" and c["status"] == "True"
                    for c in (crd.get("status") or {}).get("conditions") or []
                )
                for crd in self.get("customresourcedefinitions")["items"]
            )

        self._wait("the CRDs to be established", established, timeout)

    def delete_existing(self, objects: Sequence[Mapping]) -> None:
        """Delete those of `objects` that exist (with their pods), in one call per kind."""
        for kind in sorted({obj["kind"] for obj in objects}):
            existing = set(
                self.kubectl(
                    "get",
                    kind,
                    "--all-namespaces",
                    "-o",
                    "jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name} {end}",
                ).stdout.split()
            )
            for obj in objects:
                key = f"{obj['metadata'].get('namespace', 'default')}/{obj['metadata']['name']}"
                if obj["kind"] == kind and key in existing:
                    namespace, name = key.split("/")
                    self.kubectl("delete", kind, name, "-n", namespace, "--wait=true", "--cascade=foreground")

    def wait_for_bound(self, claims: Sequence[Mapping], timeout: float = 60) -> List[str]:
        """Wait until these claims are Bound; returns those that are not by the timeout."""
        wanted = {f"{claim['metadata']['namespace']}/{claim['metadata']['name']}" for claim in claims}
        deadline = time.monotonic() + timeout
        while True:
            found = self.get("persistentvolumeclaims", "--all-namespaces")["items"]
            done = {
                f"{c['metadata']['namespace']}/{c['metadata']['name']}"
                for c in found
                if c.get("status", {}).get("phase") == "Bound"
            }
            if wanted <= done or time.monotonic() > deadline:
                return sorted(wanted - done)
            time.sleep(0.5)

    def rss_mib(self) -> Dict[str, float]:
        return {name: process.rss_mib() for name, process in self.processes.items()}

    def peak_mib(self) -> Dict[str, float]:
        return {name: process.peak_mib() for name, process in self.processes.items()}

    def file_mib(self) -> Dict[str, float]:
        return {name: process.file_mib() for name, process in self.processes.items()}

    def proportional_mib(self) -> Dict[str, float]:
        return {name: process.proportional_mib() for name, process in self.processes.items()}


# -- dist/ into the box, in the order Argo CD would sync it --------------------------


def dist_objects(root: pathlib.Path) -> List[dict]:
    """Every Kubernetes object in a synthesized dist/ folder (charts are sub-folders)."""
    return [obj for folder in dist_folders(root).values() for obj in folder]


def dist_folders(root: pathlib.Path) -> Dict[str, List[dict]]:
    """{Application folder: its objects}: the files each Application syncs, chosen as
    Argo CD's repo server does (sync_preview.application_files)."""
    return {
        folder: [doc for path in files for doc in yaml.safe_load_all(path.read_text()) if doc and "kind" in doc]
        for folder, files in sync_preview.application_files(root).items()
    }


POLICY_KINDS = ("ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding")


def application_waves(folders: Mapping[str, Sequence[Mapping]]) -> List[List[str]]:
    """Folders in the order the root Application syncs their Applications: the root's
    own folder first (the bootstrap applies it), then by the Applications' sync waves;
    Applications of one wave sync together."""
    waves: Dict[float, List[str]] = {}
    root_folder = ""
    for obj in (obj for objects in folders.values() for obj in objects):
        if obj["kind"] != "Application":
            continue
        folder = pathlib.PurePosixPath(((obj["spec"].get("source") or {}).get("path")) or "").name
        if folder not in folders:
            continue  # a chart rendered by Argo CD itself, nothing in dist/
        if any(o["kind"] == "Application" for o in folders[folder]):
            root_folder = folder
            continue
        wave = int(obj["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-wave", "0"))
        waves.setdefault(wave, []).append(folder)
    # The policies an Application enforces must be in force before the objects they
    # judge: in the box its folder goes first in its wave (Argo CD puts it a wave before
    # the services, charts.POLICY_WAVE, and applies its wave's other Applications beside it).
    for wave, group in list(waves.items()):
        enforcing = [folder for folder in group if any(o["kind"] in POLICY_KINDS for o in folders[folder])]
        if enforcing and len(enforcing) < len(group):
            waves[wave] = [folder for folder in group if folder not in enforcing]
            waves[wave - 0.5] = enforcing
    placed = {folder for group in waves.values() for folder in group} | {root_folder}
    unowned = sorted(set(folders) - placed)
    return (
        [[root_folder]] * bool(root_folder)
        + [sorted(waves[wave]) for wave in sorted(waves)]
        + [unowned] * bool(unowned)
    )


def _group(api_version: str) -> str:
    return api_version.split("/")[0] if "/" in api_version else ""


def crds_needed(objects: Sequence[Mapping]) -> List[dict]:
    """The CRDs of the custom kinds dist/ uses and does not define itself, from the
    vendored upstream CRDs (imports/crds/, what the upstream charts install)."""
    defined = {
        (crd["spec"]["group"], crd["spec"]["names"]["kind"])
        for crd in objects
        if crd["kind"] == "CustomResourceDefinition"
    }
    used = {(_group(obj["apiVersion"]), obj["kind"]) for obj in objects} - defined
    vendored = []
    for path in sorted((ROOT / "imports" / "crds").glob("*.yaml")):
        vendored.extend(doc for doc in yaml.safe_load_all(path.read_text()) if doc)
    return [crd for crd in vendored if (crd["spec"]["group"], crd["spec"]["names"]["kind"]) in used]


def namespaces_argocd_creates(objects: Sequence[Mapping]) -> List[dict]:
    """Namespaces dist/ uses without defining that Argo CD itself makes: the one its
    Applications live in (created by the README's install of Argo CD) and the
    destinations of Applications that sync with CreateNamespace=true."""
    defined = {obj["metadata"]["name"] for obj in objects if obj["kind"] == "Namespace"}
    made = set()
    for app in objects:
        if app["kind"] != "Application":
            continue
        made.add(app["metadata"].get("namespace", "argocd"))
        options = ((app.get("spec") or {}).get("syncPolicy") or {}).get("syncOptions") or []
        if "CreateNamespace=true" in options:
            made.add(app["spec"]["destination"]["namespace"])
    return [{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}} for name in sorted(made - defined)]


def sync_batches(objects: Sequence[Mapping]) -> List[List[dict]]:
    """Argo CD's order (gitops-engine): Namespaces and CRDs before everything, then by
    phase and wave, and within a wave by kind. One server-side apply per step: what
    pods need (accounts, ConfigMaps, claims, Services) in one, then the workloads and
    the rest, so that no pod is created before its claim exists (the scheduler would
    park it for minutes as "unbound")."""
    from potatostack.sync_preview import KIND_ORDER, sync_order

    # Three steps per wave: up to the PersistentVolumes; the claims to the Services
    # (the PersistentVolume controller binds a claim at once only if it has already
    # seen its volume, else at its next resync, 15 s later); then the workloads.
    steps = (
        KIND_ORDER.index("PersistentVolumeClaim") - len(KIND_ORDER),
        KIND_ORDER.index("DaemonSet") - len(KIND_ORDER),
    )
    first = [dict(obj) for obj in objects if obj["kind"] in ("Namespace", "CustomResourceDefinition")]
    rest: Dict[tuple, List[dict]] = {}
    for obj in objects:
        if obj["kind"] not in ("Namespace", "CustomResourceDefinition"):
            phase, wave, kind_rank, _ = sync_order(obj)
            step = sum(kind_rank >= start for start in steps)
            rest.setdefault((phase, wave, step), []).append(dict(obj))
    return [first] + [rest[step] for step in sorted(rest)]


@dataclasses.dataclass
class Applied:
    refused: List[str]  # one line per object the server refused, with its message
    warnings: List[str]
    unbound: List[str]  # claims the PersistentVolume controller did not bind
    seconds: float
    # Webhook configurations left out: kwok runs no containers, so nothing would answer
    # them, and a webhook that fails closed would refuse what it guards.
    webhooks_left_out: List[str] = dataclasses.field(default_factory=list)


def _errors(stderr: str) -> List[str]:
    """kubectl's stderr less its warnings: one line per refused object."""
    return [line for line in stderr.splitlines() if line.strip() and not line.startswith("Warning:")]


HOOK = "argocd.argoproj.io/hook"
HOOK_DELETE_POLICY = "argocd.argoproj.io/hook-delete-policy"


def recreated_hooks(batch: Sequence[Mapping]) -> List[Mapping]:
    """Hooks Argo CD deletes before it creates them again (BeforeHookCreation, also its
    default when a hook names no policy): a Job's template is immutable, so a sync
    that changes one only works this way."""
    return [
        obj
        for obj in batch
        if HOOK in obj["metadata"].get("annotations", {})
        and "BeforeHookCreation" in obj["metadata"]["annotations"].get(HOOK_DELETE_POLICY, "BeforeHookCreation")
    ]


def _warnings(stderr: str) -> List[str]:
    return [line for line in stderr.splitlines() if line.startswith("Warning:")]


WEBHOOK_KINDS = ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration")


def _served_by_a_pod(obj: Mapping) -> bool:
    return obj["kind"] in WEBHOOK_KINDS and any(
        "service" in (hook.get("clientConfig") or {}) for hook in obj.get("webhooks") or []
    )


def webhook_namespaces(root: pathlib.Path) -> Dict[str, set]:
    """{webhook configuration: namespaces of the Services that answer it}."""
    return {
        f"{obj['kind']} {obj['metadata']['name']}": {
            hook["clientConfig"]["service"]["namespace"] for hook in obj["webhooks"]
        }
        for obj in dist_objects(root)
        if _served_by_a_pod(obj)
    }


def apply_dist(box: "Box", root: pathlib.Path, dry_run: bool = False) -> Applied:
    """Apply one profile's dist/ the way its first sync would: the namespaces Argo CD
    makes and the upstream CRDs first, then dist/ in sync order."""
    folders = {
        folder: [obj for obj in found if not _served_by_a_pod(obj)] for folder, found in dist_folders(root).items()
    }
    left_out = [f"{obj['kind']} {obj['metadata']['name']}" for obj in dist_objects(root) if _served_by_a_pod(obj)]
    objects = [obj for found in folders.values() for obj in found]
    began = time.monotonic()
    refused: List[str] = []
    warnings: List[str] = []
    unbound: List[str] = []
    prelude = namespaces_argocd_creates(objects) + crds_needed(objects)
    ordered = [prelude]
    for group in application_waves(folders):
        ordered += sync_batches([obj for folder in group for obj in folders[folder]])
    for batch in ordered:
        if not batch:
            continue
        hooks = recreated_hooks(batch)
        if hooks and not dry_run:
            box.delete_existing(hooks)
        result = box.apply(batch, dry_run=dry_run)
        refused += _errors(result.stderr)
        if result.returncode != 0 and not _errors(result.stderr):
            refused.append(f"kubectl apply exited {result.returncode} without saying why")
        warnings += _warnings(result.stderr)
        if any(obj["kind"] == "CustomResourceDefinition" for obj in batch):
            box.wait_for_crds()
        if any(obj["kind"] in POLICY_KINDS for obj in batch) and not dry_run:
            time.sleep(2)  # the admission plugin loads changed policies within about a second
        claims = [obj for obj in batch if obj["kind"] == "PersistentVolumeClaim"]
        if claims and not dry_run:
            # The scheduler parks a pod whose claim is not bound yet and may not look
            # again for minutes; Argo CD would wait here if claims were a wave earlier.
            unbound += box.wait_for_bound(claims)
    return Applied(refused, warnings, unbound, time.monotonic() - began, left_out)


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def scratch_folder() -> pathlib.Path:
    """A short path: kine's SQLite and the components' sockets dislike long ones."""
    return pathlib.Path(tempfile.mkdtemp(prefix="box-"))


def remove(folder: pathlib.Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
