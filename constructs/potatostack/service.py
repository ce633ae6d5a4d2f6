"""What a PotatoStack service declares: the facts of its Compose entry, typed.

A declaration says only what is particular to the service (image, ports, storage,
probes, resources, who may talk to it). Everything that every service gets
(labels, security context, ServiceAccount, network rules, names) is applied by
`workload.PotatoService`, so it is written once.
"""

from __future__ import annotations

import enum
import pathlib
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, TypedDict

from potatostack import labels, quantity
from potatostack.alerts import AlertRule
from potatostack.errors import ConfigError
from potatostack.images import Image
from potatostack.priority import Priority
from potatostack.settings import Settings

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
# Kubernetes port names: at most 15 characters, lowercase, at least one letter.
_PORT_NAME = re.compile(r"^(?=.*[a-z])[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CAPABILITY = re.compile(r"^[A-Z_]+$")
_CRON_FIELD = re.compile(r"^[0-9*,/\-]+$")
# Environment variables that carry credentials (secret_env's plain_reason rule).
_LOOKS_SECRET = re.compile(r"PASSW|SECRET|TOKEN|PRIVATE_KEY|API_KEY")


class Kind(enum.Enum):
    """What runs the service's pod. Every kind gets the same pod conventions
    (workload.Workload); only where the pod template sits in the object differs."""

    DEPLOYMENT = "Deployment"
    # One pod with a stable identity, never two at once during an update: databases.
    STATEFUL_SET = "StatefulSet"
    # One pod on every node: exporters and agents that read the node itself.
    DAEMON_SET = "DaemonSet"
    # A pod started on a schedule that runs to completion: backups, dumps.
    CRON_JOB = "CronJob"
    # A pod that runs to completion once (or on every sync, as an ArgoCD hook).
    JOB = "Job"

    @property
    def runs_to_completion(self) -> bool:
        return self in (Kind.CRON_JOB, Kind.JOB)

    @property
    def pod_template(self) -> Tuple[str, ...]:
        """Where the pod template sits in an object of this kind (keys from its root)."""
        if self is Kind.CRON_JOB:
            return ("spec", "jobTemplate", "spec", "template")
        return ("spec", "template")


def pod_template(manifest: Mapping[str, Any]) -> Optional[Mapping[str, Any]]:
    """The pod template of a synthesized workload object (None for other objects)."""
    try:
        kind = Kind(manifest.get("kind"))
    except ValueError:
        return None
    found = manifest
    for key in kind.pod_template:
        found = found[key]
    return found


class Disk(enum.Enum):
    """The two disks of the Le Potato (their mount points come from settings.storage)."""

    MAIN = "main_hdd"
    CACHE = "cache_hdd"


@dataclass(frozen=True)
class Metrics:
    """A port that serves Prometheus metrics: the metrics store scrapes `path` on it
    (observability.py writes the scrape job), and may open this port and no other of
    the service (see ServiceSpec.scrapes_metrics)."""

    # About how many series one scrape returns: the benchmark feeds the store the sum
    # (scripts/bench_observability.py), so say where the figure comes from.
    series: int
    path: str = "/metrics"
    # Series not worth their memory on a 2 GB board, dropped before they are stored
    # (a regular expression over metric names).
    drop: str = ""
    # The metric families one scrape produces, each a regular expression over names
    # (say where they come from): what a dashboard's query may name (dashboards.py,
    # tests/test_dashboards.py). Empty: nothing of it is drawn.
    families: Sequence[str] = ()
    # How often and how long, where the store's defaults (observability.SCRAPE_INTERVAL,
    # SCRAPE_TIMEOUT) do not fit: an exporter whose every scrape measures something slow.
    interval: Optional[str] = None
    timeout: Optional[str] = None

    def problems(self, where: str) -> List[str]:
        found = []
        for setting, value in (("interval", self.interval), ("timeout", self.timeout)):
            if value is not None and not re.fullmatch(r"[1-9][0-9]*[smh]", value):
                found.append(f"{where}: metrics {setting} {value!r} is not a duration like 90s, 5m or 1h")
        for family in self.families:
            try:
                re.compile(family)
            except re.error as error:
                found.append(f"{where}: metrics families {family!r} is not a regular expression ({error})")
        if not self.path.startswith("/") or posixpath.normpath(self.path) != self.path:
            found.append(f"{where}: metrics path {self.path!r} is not an absolute, normalised path")
        if self.series < 1:
            found.append(f"{where}: metrics series is the number of series one scrape returns (at least 1)")
        try:
            re.compile(self.drop)
        except re.error as error:
            found.append(f"{where}: metrics drop {self.drop!r} is not a regular expression ({error})")
        return found


@dataclass(frozen=True)
class Port:
    name: str
    number: int
    protocol: str = "TCP"
    # Serves Prometheus metrics there (scraped by the metrics store), or None.
    metrics: Optional[Metrics] = None

    def problems(self) -> List[str]:
        where = f"ports.{self.name}"
        found = self.metrics.problems(where) if self.metrics is not None else []
        if not _PORT_NAME.match(self.name):
            found.append(f"{where}: a port name is 1-15 lowercase letters, digits and '-'")
        if not 1 <= self.number <= 65535:
            found.append(f"{where}: {self.number} is not a port number")
        if self.protocol not in ("TCP", "UDP"):
            found.append(f"{where}: protocol must be TCP or UDP")
        return found


@dataclass(frozen=True)
class Resources:
    """Requests are what the scheduler reserves on the 2 GB node; the memory limit is
    where the kernel kills the container. No CPU limit: on four slow cores throttling
    a busy service helps nobody, the requests already share the CPU fairly."""

    cpu: str
    memory: str
    memory_limit: str
    # Requested and the limit: what the container may write to the node's only system
    # disk outside its volumes (a writable root, its logs: the kubelet counts both and
    # evicts the pod beyond it). Needed with a writable root; None: not bounded beyond
    # the kubelet's log rotation.
    ephemeral_storage: Optional[str] = None

    def problems(self) -> List[str]:
        try:
            memory, limit = quantity.memory_bytes(self.memory), quantity.memory_bytes(self.memory_limit)
            quantity.cpu_millis(self.cpu)
            if self.ephemeral_storage is not None:
                quantity.memory_bytes(self.ephemeral_storage)
        except ValueError as error:
            return [f"resources: {error}"]
        if memory > limit:
            return [f"resources: memory request {self.memory} is above the memory limit {self.memory_limit}"]
        return []


@dataclass(frozen=True)
class Probe:
    """One of: a command run in the container, a TCP connect, or an HTTP GET."""

    command: Sequence[str] = ()
    tcp_port: Optional[str] = None
    http_path: Optional[str] = None
    http_port: Optional[str] = None
    period_seconds: int = 10
    timeout_seconds: int = 5
    failure_threshold: int = 3
    initial_delay_seconds: int = 0

    @staticmethod
    def run(*command: str, **timing: Any) -> "Probe":
        return Probe(command=tuple(command), **timing)

    @staticmethod
    def tcp(port: str, **timing: Any) -> "Probe":
        return Probe(tcp_port=port, **timing)

    @staticmethod
    def http(path: str, port: str, **timing: Any) -> "Probe":
        return Probe(http_path=path, http_port=port, **timing)

    def problems(self, what: str, ports: Sequence[str]) -> List[str]:
        """`what`: readiness, liveness or startup; `ports`: the pod's port names."""
        found = []
        if [bool(self.command), self.tcp_port is not None, self.http_path is not None].count(True) != 1:
            found.append(f"{what}: a probe is exactly one of a command, a TCP port or an HTTP path")
        if (self.http_path is None) != (self.http_port is None):
            found.append(f"{what}: an HTTP probe names its path and its port")
        for port in (self.tcp_port, self.http_port):
            if port is not None and port not in ports:
                found.append(f"{what}: no port named {port!r} (declared: {', '.join(ports) or 'none'})")
        if min(self.period_seconds, self.timeout_seconds, self.failure_threshold) < 1 or self.initial_delay_seconds < 0:
            found.append(f"{what}: periods, timeouts and thresholds are positive")
        return found


class Probes(TypedDict):
    """A container's three probes, to pass as `**probes(...)`."""

    readiness: Probe
    liveness: Probe
    startup: Probe


def probes(port: str, http_path: Optional[str] = None, start_seconds: int = 60) -> Probes:
    """The common case, one line in a declaration: one target (an HTTP GET of
    `http_path` on `port`, else a TCP connect to it) with the stack's conventional
    timings: ready every 10 s, restarted after three missed 30 s checks, and
    `start_seconds` to start (checked every 10 s). Explicit Probes where a service differs."""

    def one(**timing: int) -> Probe:
        return Probe.http(http_path, port, **timing) if http_path is not None else Probe.tcp(port, **timing)

    return Probes(
        readiness=one(period_seconds=10, timeout_seconds=5),
        liveness=one(period_seconds=30, timeout_seconds=5, failure_threshold=3),
        startup=one(period_seconds=10, timeout_seconds=5, failure_threshold=max(1, -(-start_seconds // 10))),
    )


@dataclass(frozen=True)
class Volume:
    """Persistent data: a folder on one of the two disks, mounted into the container.

    `path` is relative to the disk's mount point and keeps the Compose layout, so the
    data written under Compose is found after the cutover. With `mount` None the
    service's own container does not mount it: only the sidecars that name it do."""

    name: str
    disk: Disk
    path: str
    mount: Optional[str]
    size: str
    # Kopia snapshots every volume (backups.py) unless this says why it need not (a
    # download cache, a regenerable index, data dumped another way).
    not_backed_up: Optional[str] = None
    # Live SQLite databases in it (relative paths): copied consistently before the
    # snapshot, which then ignores the live file.
    sqlite: Sequence[str] = ()
    # Mounts the disk's root (path "."), and with it every service's folder: only with
    # why (the backup reader). It becomes a PolicyException naming this one volume.
    whole_disk: Optional[str] = None

    def problems(self) -> List[str]:
        where = f"volumes.{self.name}"
        found = []
        if (self.path == ".") != (self.whole_disk is not None) or (
            self.whole_disk is not None and not self.whole_disk.strip()
        ):
            found.append(f"{where}: the disk's root (path '.') and whole_disk (why) go together")
        relative = pathlib.PurePosixPath(self.path)
        if (
            relative.is_absolute()
            or ".." in relative.parts
            or not self.path
            or posixpath.normpath(self.path) != self.path
        ):
            found.append(f"{where}: path {self.path!r} must be relative to the disk, without '..'")
        if not _DNS_LABEL.match(self.name):
            found.append(f"{where}: name is not a lowercase DNS label")
        try:
            quantity.memory_bytes(self.size)
        except ValueError as error:
            found.append(f"{where}: size {error}")
        return found


@dataclass(frozen=True)
class Scratch:
    """A writable emptyDir, for images that write outside their data folder while the
    root filesystem is read-only. Its size counts against the memory limit when
    `in_memory` is set."""

    mount: str
    size_limit: str = "64Mi"
    in_memory: bool = False

    def problems(self) -> List[str]:
        try:
            quantity.memory_bytes(self.size_limit)
        except ValueError as error:
            return [f"scratch {self.mount}: size_limit {error}"]
        return []


@dataclass(frozen=True)
class SecretEnv:
    """An environment variable read from a Secret that is created in the cluster, never
    written to git."""

    variable: str
    secret: str
    key: str
    # A password or key is read from a mounted file (SecretMount and the image's *_FILE
    # variable or config file) wherever the image can; where it cannot, why not.
    plain_reason: Optional[str] = None


@dataclass(frozen=True)
class ConfigFile:
    """A file the container reads, kept in a ConfigMap. Its content may name the
    placeholders of resolve.PLACEHOLDERS (settings, own ports, used services' addresses)."""

    path: str
    content: str
    # False: the content is a program or a file of the app's own syntax, passed as is
    # (a shell script's ${VAR} is the shell's, not a setting).
    filled: bool = True


@dataclass(frozen=True)
class SecretMount:
    """A Secret's keys as read-only files in a folder (for apps that read secrets from
    files, which keeps them out of the environment)."""

    secret: str
    mount: str


@dataclass(frozen=True)
class GeneratedSecret:
    """A Secret of random values, made once in the cluster and never written to git
    (secrets.py). Values are 32 URL-safe characters; a value is never replaced."""

    name: str
    keys: Sequence[str]


@dataclass(frozen=True)
class RunAs:
    """The uid and gid the container runs as (never 0)."""

    user: int
    group: int


# The capabilities Pod Security "baseline" lets a container add (restricted: none but
# NET_BIND_SERVICE, which k3s's containerd makes unnecessary for ports below 1024).
BASELINE_CAPABILITIES = frozenset(
    {
        "AUDIT_WRITE",
        "CHOWN",
        "DAC_OVERRIDE",
        "FOWNER",
        "FSETID",
        "KILL",
        "MKNOD",
        "NET_BIND_SERVICE",
        "SETFCAP",
        "SETGID",
        "SETPCAP",
        "SETUID",
        "SYS_CHROOT",
    }
)

# Run as the owner of the shared data (settings.yaml `owner`, Compose's PUID/PGID):
# for services whose files people also reach through Samba, SFTP or another app.
OWNER = RunAs(user=-1, group=-1)


# The service whose forward-auth guards the web UIs declared with Login.AUTHELIA.
AUTHELIA_SERVICE = "authelia"


class Login(enum.Enum):
    # The application has its own accounts and login page (and its own 2FA, API
    # tokens or clients that could not pass an SSO redirect).
    OWN = "own"
    # Authelia's forward-auth answers first: single sign-on and 2FA in front of apps
    # that have no login of their own, or a weak one.
    AUTHELIA = "authelia"


@dataclass(frozen=True)
class WebUI:
    """A browser UI, served at https://<subdomain>.<domain> through the ingress, and
    listed on the Homepage dashboard."""

    port: str
    login: Login
    # Homepage's group and icon (https://gethomepage.dev/configs/services/#icons).
    group: str
    icon: str
    subdomain: Optional[str] = None
    # Names the Ingress, its certificate and the Homepage entry when a service has
    # several UIs (one pod with two applications); the service's name otherwise.
    name: Optional[str] = None

    def problems(self, ports: Sequence[str]) -> List[str]:
        found = []
        if self.port not in ports:
            found.append(f"web: no port named {self.port!r} (declared: {', '.join(ports) or 'none'})")
        for label in (self.subdomain, self.name):
            if label is not None and not _DNS_LABEL.match(label):
                found.append(f"web: {label!r} is not a lowercase DNS label")
        return found


class Accounts(enum.Enum):
    """How a service provisions accounts for its clients (accounts.py does the work)."""

    # A login role and a database per client; the superuser password is the
    # generated Secret named here.
    POSTGRES = "postgres-superuser"

    @property
    def superuser_secret(self) -> str:
        return self.value


@dataclass(frozen=True)
class ApiAccess:
    """What a service may do against the Kubernetes API, and why. Cluster-wide access
    becomes a ClusterRole (only where the job spans namespaces: dashboards, log
    viewers); otherwise a Role in its own namespace. No wildcards."""

    api_groups: Sequence[str]
    resources: Sequence[str]
    verbs: Sequence[str]
    reason: str
    cluster_wide: bool = False
    # Only these objects (get, update, patch and delete can be limited by name; list,
    # watch and create cannot).
    resource_names: Sequence[str] = ()
    # A Role in each of these namespaces instead of the service's own: a job that reads
    # a few named objects of other namespaces (the secrets export), never cluster-wide.
    namespaces: Sequence[str] = ()

    def problems(self) -> List[str]:
        where = f"api_access {', '.join(self.resources)}"
        found = []
        if self.namespaces and self.cluster_wide:
            found.append(f"{where}: namespaces and cluster_wide exclude each other")
        if "*" in [*self.api_groups, *self.resources, *self.verbs]:
            found.append("api_access: no wildcards; name the groups, resources and verbs")
        if not self.reason.strip():
            found.append(f"{where}: say why the service needs it")
        if not set(self.verbs) <= {"get", "list", "watch", "create", "update", "patch", "delete"}:
            found.append(f"{where}: unknown verbs in {list(self.verbs)}")
        if self.resource_names and not set(self.verbs) <= {"get", "update", "patch", "delete"}:
            found.append(f"{where}: only get, update, patch and delete can be limited by name")
        return found


@dataclass(frozen=True)
class ForwardAuth:
    """This service answers Traefik's forward-auth requests for the web UIs declared
    with Login.AUTHELIA (a Traefik Middleware named `forwardauth` in its namespace)."""

    port: str
    path: str
    response_headers: Sequence[str] = ()


@dataclass(frozen=True)
class LanPort:
    """A port the home network reaches directly, not through the ingress: k3s's
    ServiceLB answers on the node's address. Declared with its reason."""

    port: str
    external: int
    reason: str

    def problems(self, ports: Sequence[str]) -> List[str]:
        if self.port not in ports:
            return [f"lan: no port named {self.port!r} (declared: {', '.join(ports) or 'none'})"]
        if not 1 <= self.external <= 65535:
            return [f"lan.{self.port}: {self.external} is not a port number"]
        if not self.reason.strip():
            return [f"lan.{self.port}: say why the LAN needs it directly"]
        return []


@dataclass(frozen=True)
class Uses:
    """A connection this service opens: to `service` on its port named `port`.

    With `account`, the target provisions an account for this service (a database and
    a user on PostgreSQL) and its password arrives in this service's namespace as the
    Secret `<target>-credentials` (key `password`). `extensions` are created in that
    database by the provisioner, as the superuser the account is not."""

    service: str
    port: str
    account: bool = False
    extensions: Sequence[str] = ()

    def problems(self, client: str) -> List[str]:
        found = []
        if self.service == client:
            found.append("uses: a service does not need a rule to reach itself")
        if self.extensions and not self.account:
            found.append(f"uses {self.service}: extensions are created in the account's database; ask for an account")
        for extension in self.extensions:
            if not re.match(r"^[a-z][a-z0-9_]*$", extension):
                found.append(f"uses {self.service}: {extension!r} is not an extension name")
        return found


@dataclass(frozen=True)
class PolicyWaiver:
    """Why one container of a workload may break one policy (or, `pod_wide`, the pod as a
    whole: host namespaces and node paths belong to the pod, not to a container)."""

    policy: str
    container: str
    reason: str
    pod_wide: bool = False


@dataclass(frozen=True)
class Device:
    """A device node of the host, mounted into one container (a hostPath), with why."""

    path: str
    reason: str
    # A block device (a disk) rather than a character device (/dev/net/tun): the kubelet
    # checks the node's file is of the declared type before it starts the pod.
    block: bool = False

    def problems(self) -> List[str]:
        # Normalised first: "/dev/../etc" starts with /dev/ and is /etc.
        if not self.path.startswith("/dev/") or posixpath.normpath(self.path) != self.path or not self.reason.strip():
            return [f"devices: {self.path!r} must be under /dev/ and say why"]
        return []


@dataclass(frozen=True)
class Run:
    """How a CronJob or Job runs to completion. The defaults satisfy the
    restrict-cronjobs policy: a run never overlaps the previous one, gives up on a
    start it missed by five minutes and on a run that hangs, and keeps one finished Job
    of each outcome to read its log (a stuck backup must not pile up pods on 2 GB)."""

    # Five cron fields (minute hour day month weekday) in settings.yaml's timezone;
    # a CronJob must have one, a Job none.
    schedule: Optional[str] = None
    deadline_seconds: int = 600
    starting_deadline_seconds: int = 300
    successful_jobs_history: int = 1
    failed_jobs_history: int = 1
    # Forbid: the next run is skipped while one still runs (restrict-cronjobs).
    concurrency_policy: str = "Forbid"
    # Retries of a failed pod before the Job fails.
    backoff_limit: int = 2
    # Jobs only: a finished Job (and its pod's log) is deleted this long after. None:
    # kept until replaced (an ArgoCD hook is deleted before the next sync creates it).
    # A CronJob keeps the history above instead (Kubernetes would let a TTL delete
    # Jobs the history limits mean to keep, so cdk8s-plus refuses both).
    ttl_seconds_after_finished: Optional[int] = None
    # An ArgoCD Sync hook in this wave, run on every sync and deleted before the next
    # one (the in-cluster helpers). Jobs only.
    sync_wave: Optional[int] = None

    def problems(self, kind: "Kind") -> List[str]:
        """What the kind requires of the run: a CronJob its schedule, a run to
        completion the bounds restrict-cronjobs checks, anything else no run at all."""
        if not kind.runs_to_completion:
            return [] if self == Run() else [f"run: only a CronJob or Job runs to completion (this is a {kind.value})"]
        found = []
        if kind is Kind.CRON_JOB:
            fields = (self.schedule or "").split()
            if len(fields) != 5 or not all(_CRON_FIELD.match(part) for part in fields):
                found.append(f"run.schedule: {self.schedule!r} is not five cron fields (minute hour day month weekday)")
            if self.sync_wave is not None:
                found.append("run.sync_wave: only a Job is an ArgoCD sync hook")
            if self.ttl_seconds_after_finished is not None:
                found.append(
                    "run.ttl_seconds_after_finished: a CronJob keeps successful_jobs_history and failed_jobs_history instead"
                )
        elif self.schedule is not None:
            found.append(f"run.schedule: only a CronJob has a schedule (this is a {kind.value})")
        if self.concurrency_policy != "Forbid":
            found.append("run.concurrency_policy: Forbid (restrict-cronjobs: a run never overlaps the previous one)")
        for what in ("successful_jobs_history", "failed_jobs_history"):
            if not 0 <= getattr(self, what) <= 3:
                found.append(f"run.{what}: 0 to 3 finished Jobs (restrict-cronjobs)")
        for what in ("deadline_seconds", "starting_deadline_seconds"):
            if getattr(self, what) <= 0:
                found.append(f"run.{what}: a positive number of seconds")
        if self.backoff_limit < 0 or (
            self.ttl_seconds_after_finished is not None and self.ttl_seconds_after_finished < 0
        ):
            found.append("run: backoff_limit and ttl_seconds_after_finished are not negative")
        return found


@dataclass(frozen=True)
class HostPath:
    """A folder or file of the node that a DaemonSet reads, mounted read-only, with why."""

    path: str
    mount: str
    reason: str


@dataclass(frozen=True)
class NodeAccess:
    """What of the node a DaemonSet sees. Each item is a deviation from the hardened
    defaults and becomes a PolicyException with its reason."""

    paths: Sequence[HostPath] = ()
    # The node's process table (an exporter reading /proc of every process).
    pid_reason: Optional[str] = None
    # The node's network stack (an exporter reporting the node's interfaces).
    network_reason: Optional[str] = None

    def problems(self, kind: "Kind") -> List[str]:
        if self != NodeAccess() and kind is not Kind.DAEMON_SET:
            return [f"node_access: only a DaemonSet reads the node (this is a {kind.value})"]
        found = []
        for path in self.paths:
            if any(not p.startswith("/") or posixpath.normpath(p) != p for p in (path.path, path.mount)):
                found.append(f"node_access.paths {path.path}: an absolute node path and mount, without '..'")
            if not path.reason.strip():
                found.append(f"node_access.paths {path.path}: say why the workload reads it")
        for what in ("pid_reason", "network_reason"):
            reason = getattr(self, what)
            if reason is not None and not reason.strip():
                found.append(f"node_access.{what}: say why the workload needs it")
        return found


class Role(enum.Enum):
    """Where a container sits in its pod."""

    # The service's own container (from the declaration's own fields).
    MAIN = "main"
    # Beside it for the pod's whole life: shares its network, may mount its volumes.
    SIDECAR = "sidecar"
    # Runs to completion before the others start (a migration, a permission fix).
    INIT = "init"


@dataclass(frozen=True)
class Container:
    """One container of a pod: the service's own (ServiceSpec.main_container), a
    sidecar, or an init container. It shares the pod's network, so its ports are the
    service's, named in `ports`; it may mount the service's volumes by name."""

    name: str
    image: Image
    resources: Resources
    # None: the container runs as root, which `root_reason` must explain.
    run_as: Optional[RunAs]
    readiness: Optional[Probe] = None
    liveness: Optional[Probe] = None
    startup: Optional[Probe] = None
    ports: Sequence[str] = ()
    command: Sequence[str] = ()
    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    secret_env: Sequence[SecretEnv] = ()
    # Every key of these Secrets as environment variables (owner-provided settings).
    env_from_secrets: Sequence[str] = ()
    mounts: Mapping[str, str] = field(default_factory=dict)  # service volume name -> path
    scratch: Sequence[Scratch] = ()
    devices: Sequence[Device] = ()
    writable_root_reason: Optional[str] = None
    added_capabilities: Mapping[str, str] = field(default_factory=dict)  # capability -> reason
    root_reason: Optional[str] = None
    # A command run right after the container starts (cleanup the image needs).
    post_start: Sequence[str] = ()
    # The pod's config files (ServiceSpec.config_files), read-only at their paths, as
    # the service's own container has them: an init container that runs a script of them.
    mounts_config: bool = False
    # The service's own scratch folders (ServiceSpec.scratch, by mount path) this
    # container shares: an init container hands files to the main one through them.
    shares_scratch: Sequence[str] = ()

    def problems(self, role: Role, ports: Sequence[str], volumes: Sequence[str]) -> List[str]:
        """What is wrong with this container, each as 'field: why'. `ports` and
        `volumes` are the pod's names it may refer to."""
        found: List[str] = []
        if not _DNS_LABEL.match(self.name):
            found.append(f"name: {self.name!r} is not a lowercase DNS label")
        found += self.resources.problems()
        if self.root_reason is not None and not self.root_reason.strip():
            found.append("root_reason: say why the container must run as root")
        elif self.run_as is None and self.root_reason is None:
            found.append("root_reason: runs as root; say why the container must")
        elif self.run_as is not None and self.run_as != OWNER and (self.run_as.user <= 0 or self.run_as.group <= 0):
            found.append("run_as: containers never run as uid or gid 0 (root is root_reason's business)")
        for what in ("readiness", "liveness", "startup"):
            probe = getattr(self, what)
            if probe is not None:
                found += probe.problems(what, ports)
        if role is Role.SIDECAR and (self.readiness is None or self.liveness is None):
            found.append("readiness: a sidecar runs beside the service; it has a readiness and a liveness probe")
        if role is Role.INIT and (self.readiness or self.liveness or self.startup or self.ports or self.post_start):
            found.append("readiness: an init container runs to completion; no probes, ports or post_start")
        for port in self.ports:
            if port not in ports:
                found.append(f"ports: no port named {port!r} (declared: {', '.join(ports) or 'none'})")
        for variable in [*self.env, *(secret.variable for secret in self.secret_env)]:
            if not _ENV_NAME.match(variable):
                found.append(f"env: {variable!r} is not a valid variable name")
        for secret in self.secret_env:
            if _LOOKS_SECRET.search(secret.variable) and not (secret.plain_reason or "").strip():
                found.append(
                    f"secret_env.{secret.variable}: a password in the environment; mount it as a file "
                    "(SecretMount, and the image's *_FILE variable or config file) or say in plain_reason why the image cannot"
                )
        for volume in self.mounts:
            if volume not in volumes:
                found.append(f"mounts: no volume named {volume!r}")
        mounts = [*self.mounts.values(), *(scratch.mount for scratch in self.scratch), *(d.path for d in self.devices)]
        if len(set(mounts)) != len(mounts):
            found.append(f"mounts: two volumes mounted at the same path in {mounts}")
        found += [problem for mount in self.scratch for problem in mount.problems()]
        found += [problem for device in self.devices for problem in device.problems()]
        if self.writable_root_reason is not None and not self.writable_root_reason.strip():
            found.append("writable_root_reason: say why the image needs a writable root filesystem")
        if self.writable_root_reason is not None and self.resources.ephemeral_storage is None:
            found.append("resources.ephemeral_storage: a writable root fills the node's system disk unless bounded")
        for capability, reason in self.added_capabilities.items():
            if not _CAPABILITY.match(capability) or capability == "ALL":
                found.append(f"added_capabilities: {capability!r} is not a capability name")
            elif not reason.strip():
                found.append(f"added_capabilities.{capability}: say why the container needs it")
        return found


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    description: str
    # app.kubernetes.io/component: what role it plays (database, web, vpn, ...).
    component: str
    image: Image
    resources: Resources
    run_as: RunAs
    kind: Kind = Kind.DEPLOYMENT
    # What it serves. A Deployment or StatefulSet serves (ports and both probes); a
    # DaemonSet may (probes then too); a CronJob or Job never does.
    ports: Sequence[Port] = ()
    readiness: Optional[Probe] = None
    liveness: Optional[Probe] = None
    startup: Optional[Probe] = None
    # CronJob and Job: the schedule, deadlines, retries and history (Run's defaults).
    run: Run = Run()
    # DaemonSet: what of the node it reads.
    node_access: NodeAccess = NodeAccess()
    # A helper of another service (its secret generator, its account provisioner): it
    # runs in that service's namespace, its instance label is <service>-<name>.
    part_of: Optional[str] = None
    # Replaces the image's entrypoint (most declarations only set args).
    command: Sequence[str] = ()
    args: Sequence[str] = ()
    # Values may name the placeholders of resolve.PLACEHOLDERS (${url}, ${domain},
    # ${port:http}, ${address:redis}, ...), so a declaration never repeats what the owner
    # configures or what another field already says. TZ is added (resolve.py).
    env: Mapping[str, str] = field(default_factory=dict)
    config_files: Sequence[ConfigFile] = ()
    secret_mounts: Sequence[SecretMount] = ()
    secret_env: Sequence[SecretEnv] = ()
    generated_secrets: Sequence[GeneratedSecret] = ()
    volumes: Sequence[Volume] = ()
    scratch: Sequence[Scratch] = ()
    # What this service connects to; the NetworkPolicies on both ends follow from it.
    uses: Sequence["Uses"] = ()
    web: Sequence[WebUI] = ()
    lan: Sequence[LanPort] = ()
    forward_auth: Optional[ForwardAuth] = None
    # Kubernetes API access; with any, the pod gets its ServiceAccount token.
    api_access: Sequence[ApiAccess] = ()
    # Why the service must reach the internet, if it must; nothing else does. With
    # internet_ports, only those (port, protocol) pairs.
    internet: Optional[str] = None
    internet_ports: Sequence[Tuple[int, str]] = ()
    # Why the service must reach the home router (settings.yaml lan.router), if it must,
    # and on which (port, protocol) pairs: no other LAN address is ever reachable.
    router: Optional[str] = None
    router_ports: Sequence[Tuple[int, str]] = ()
    sidecars: Sequence[Container] = ()
    # Run in order before the service's container and its sidecars start.
    init_containers: Sequence[Container] = ()
    # The kind of accounts this service provisions for clients that ask (accounts.py).
    accounts: Optional["Accounts"] = None
    # In-cluster helpers declared with the service (its database dump, backups.py): each
    # a workload in this namespace (part_of this service) that reaches the ports of this
    # service its `uses` names, and nothing else of it.
    helpers: Sequence["ServiceSpec"] = ()
    # Seconds between SIGTERM and SIGKILL: a database needs time to checkpoint.
    termination_grace_seconds: int = 30
    # Who is evicted first when memory runs short (priority.py).
    priority: Priority = Priority.STANDARD
    # Why the stack can do without it on the 2 GB node: the `essentials` profile leaves
    # it out, and dist/BUDGET.md lists what enabling it would cost. None: it always runs.
    optional: Optional[str] = None
    # The metrics scraper (Prometheus): it may open every enabled service's metrics
    # ports and no other port of theirs; both ends' NetworkPolicies follow.
    scrapes_metrics: bool = False
    # The blackbox prober: it may open every enabled service's web UI and LAN ports and
    # no other port of theirs (observability.probe_targets writes its probes).
    probes_endpoints: bool = False
    # Alert rules about this service, each with its firing and quiet test (alerts.py);
    # the metrics store evaluates every enabled service's rules.
    alerts: Sequence[AlertRule] = ()
    # Grafana dashboards about this service: each a function of the settings returning a
    # grafana-foundation-sdk dashboard builder (dashboards.py writes them for Grafana).
    dashboards: Sequence[Callable[[Settings], Any]] = field(default=(), compare=False)
    # Device nodes of the host the service's own container opens (a disk's SMART data),
    # each with why: a deviation like a sidecar's devices.
    devices: Sequence[Device] = ()
    # An address in the pod that resolves names instead of the cluster DNS (a VPN's own
    # resolver, so no lookup leaves outside the tunnel). The whole namespace then gets
    # no egress to the cluster DNS, so it can have no in-cluster helper Jobs.
    resolver: Optional[str] = None
    # Facts that follow from settings.yaml beyond the placeholders (the VPN provider,
    # its endpoint port): a function of the declaration and the settings, run by
    # resolve.resolve before the placeholders are filled in.
    configure: Optional[Callable[["ServiceSpec", Settings], "ServiceSpec"]] = field(default=None, compare=False)
    # Deviations from the hardened defaults. Each needs its reason, which becomes a
    # Kyverno PolicyException for exactly this workload (see exceptions()).
    writable_root_reason: Optional[str] = None
    added_capabilities: Mapping[str, str] = field(default_factory=dict)  # capability -> reason
    # The service's container runs as root (run_as then only sets the pod's default
    # user and the volumes' group): for servers that switch to each logged-in user.
    root_reason: Optional[str] = None

    @property
    def main_container(self) -> Container:
        """The service's own container, from the declaration's own fields: checked,
        rendered and excepted like every other container of the pod."""
        # A port a sidecar listens on is that container's, named once in the pod.
        of_sidecars = {name for sidecar in self.sidecars for name in sidecar.ports}
        return Container(
            name=self.name,
            image=self.image,
            resources=self.resources,
            # With root_reason, run_as only sets the pod's default user and the volumes' group.
            run_as=None if self.root_reason is not None else self.run_as,
            readiness=self.readiness,
            liveness=self.liveness,
            startup=self.startup,
            ports=[port.name for port in self.ports if port.name not in of_sidecars],
            command=self.command,
            args=self.args,
            env=self.env,
            secret_env=self.secret_env,
            mounts={volume.name: volume.mount for volume in self.volumes if volume.mount is not None},
            scratch=self.scratch,
            devices=self.devices,
            writable_root_reason=self.writable_root_reason,
            added_capabilities=self.added_capabilities,
            root_reason=self.root_reason,
        )

    def containers(self) -> List[Tuple[Role, Container]]:
        """Every container of the pod with its role: init containers, the service's, sidecars."""
        return [
            *((Role.INIT, c) for c in self.init_containers),
            (Role.MAIN, self.main_container),
            *((Role.SIDECAR, c) for c in self.sidecars),
        ]

    def exceptions(self) -> Sequence["PolicyWaiver"]:
        """The policy exceptions this service's declared deviations require."""
        waivers = []
        containers = [container for _, container in self.containers()]
        for container in containers:
            if container.writable_root_reason:
                waivers.append(
                    PolicyWaiver("require-read-only-root-filesystem", container.name, container.writable_root_reason)
                )
            if container.added_capabilities:
                reason = "; ".join(f"{cap}: {why}" for cap, why in sorted(container.added_capabilities.items()))
                waivers.append(PolicyWaiver("restrict-capabilities", container.name, reason))
        for container in containers:
            if container.run_as is None:
                waivers.append(PolicyWaiver("require-run-as-non-root", container.name, container.root_reason or ""))
        for container in containers:
            for device in container.devices:
                for policy in ("restrict-volume-types", "restrict-pod-host-paths"):
                    waivers.append(PolicyWaiver(policy, container.name, f"{device.path}: {device.reason}"))
        if self.node_access.paths:
            reason = "; ".join(f"{path.path} (read-only): {path.reason}" for path in self.node_access.paths)
            for policy in ("restrict-volume-types", "restrict-pod-host-paths"):
                waivers.append(PolicyWaiver(policy, self.name, reason, pod_wide=True))
        namespaces = [
            f"{what}: {why}"
            for what, why in (
                ("hostPID", self.node_access.pid_reason),
                ("hostNetwork", self.node_access.network_reason),
            )
            if why
        ]
        if namespaces:
            waivers.append(PolicyWaiver("disallow-host-namespaces", self.name, "; ".join(namespaces), pod_wide=True))
        return waivers

    def pod_security(self) -> Tuple[str, str]:
        """The Pod Security level the namespace can enforce, and why if not restricted.

        Baseline allows root and a short list of added capabilities; anything beyond
        those, a host path or a host namespace needs privileged."""
        containers = [container for _, container in self.containers()]
        beyond_baseline = (
            [
                f"{c.name}: {cap}: {why}"
                for c in containers
                for cap, why in sorted(c.added_capabilities.items())
                if cap not in BASELINE_CAPABILITIES
            ]
            + [f"{c.name}: {d.path}: {d.reason}" for c in containers for d in c.devices]
            + [f"{w.container}: {w.reason}" for w in self.exceptions() if w.policy == "disallow-host-namespaces"]
            + [f"{self.name}: {path.path}: {path.reason}" for path in self.node_access.paths]
        )
        if beyond_baseline:
            return "privileged", "; ".join(beyond_baseline)
        relaxed = [w for w in self.exceptions() if w.policy in ("require-run-as-non-root", "restrict-capabilities")]
        if relaxed:
            return "baseline", "; ".join(f"{w.container}: {w.reason}" for w in relaxed)
        return "restricted", ""

    @property
    def namespace(self) -> str:
        return self.part_of or self.name

    @property
    def instance(self) -> str:
        """app.kubernetes.io/instance: the service's name, or <service>-<name> for a helper."""
        return f"{self.part_of}-{self.name}" if self.part_of else self.name

    @property
    def selector(self) -> Dict[str, str]:
        """The labels that select this workload's pods, and nothing else's."""
        return {labels.NAME: self.name, labels.INSTANCE: self.instance}

    @property
    def serves(self) -> bool:
        """Long-running and reachable: it has ports, so it has probes and a Service."""
        return bool(self.ports)

    def needs(self) -> Tuple[str, ...]:
        """The services it cannot run without: those it uses, and Authelia when one of
        its web UIs logs in through it."""
        used = tuple(dict.fromkeys(use.service for use in self.uses))
        if any(ui.login is Login.AUTHELIA for ui in self.web) and AUTHELIA_SERVICE not in used:
            used += (AUTHELIA_SERVICE,)
        return used

    def host(self, domain: str, ui: Optional[WebUI] = None) -> str:
        """The https host of a web UI (the first one unless named)."""
        ui = ui or self.web[0]
        return f"{ui.subdomain or ui.name or self.name}.{domain}"

    def ui_name(self, ui: WebUI) -> str:
        return ui.name or self.name

    def port(self, name: str) -> Port:
        for port in self.ports:
            if port.name == name:
                return port
        raise ConfigError(f"{self.name}: no port named {name!r} (declared: {', '.join(p.name for p in self.ports)})")

    def problems(self) -> List[str]:
        """Every problem of the declaration, one line each naming the service, the
        container where one is concerned, and the field."""
        found = [f"{self.name}: {problem}" for problem in self._pod_problems()]
        ports = [port.name for port in self.ports]
        volumes = [volume.name for volume in self.volumes]
        own_scratch = {scratch.mount for scratch in self.scratch}
        for role, container in self.containers():
            found += [
                f"{self.name}: container {container.name}: {problem}"
                for problem in container.problems(role, ports, volumes)
            ]
            found += [
                f"{self.name}: container {container.name}: shares_scratch: {mount!r} is not one of the "
                f"service's scratch folders ({', '.join(sorted(own_scratch)) or 'none'})"
                for mount in container.shares_scratch
                if role is not Role.MAIN and mount not in own_scratch
            ]
        return found

    def validate(self) -> None:
        """Raise ConfigError with the first problem (one line naming the service and the field)."""
        found = self.problems()
        if found:
            raise ConfigError(found[0])

    def _pod_problems(self) -> List[str]:
        """What concerns the pod and the service as a whole rather than one container."""
        found: List[str] = []
        if not _DNS_LABEL.match(self.name):
            found.append(f"name {self.name!r} is not a lowercase DNS label")
        if self.part_of is not None and not _DNS_LABEL.match(self.part_of):
            found.append(f"part_of: {self.part_of!r} is not a service name")
        found += self._kind_problems()
        if self.root_reason is not None and self.run_as != OWNER and (self.run_as.user <= 0 or self.run_as.group <= 0):
            found.append("run_as: the pod's default user and the volumes' group are never uid or gid 0")
        names = [port.name for port in self.ports]
        if len(set(names)) != len(names):
            found.append(f"ports: duplicate port names in {names}")
        found += [problem for port in self.ports for problem in port.problems()]
        volume_names = [volume.name for volume in self.volumes]
        if len(set(volume_names)) != len(volume_names):
            found.append(f"volumes: duplicate names in {volume_names}")
        mounts = (
            [volume.mount for volume in self.volumes if volume.mount is not None]
            + [scratch.mount for scratch in self.scratch]
            + [secret.mount for secret in self.secret_mounts]
            + sorted({str(pathlib.PurePosixPath(file.path).parent) for file in self.config_files})
            + [path.mount for path in self.node_access.paths]
        )
        if len(set(mounts)) != len(mounts):
            found.append(f"volumes: two volumes mounted at the same path in {mounts}")
        found += [
            f"volumes: mount path {mount!r} is not an absolute, normalised path"
            for mount in mounts
            if not mount.startswith("/") or posixpath.normpath(mount) != mount
        ]
        mounted_elsewhere = {volume for _, container in self.containers() for volume in container.mounts}
        for volume in self.volumes:
            if volume.name not in mounted_elsewhere:
                found.append(f"volumes.{volume.name}: mounted nowhere (no mount, and no other container names it)")
            found += volume.problems()
        file_names = [pathlib.PurePosixPath(file.path).name for file in self.config_files]
        if len(set(file_names)) != len(file_names):
            found.append(f"config_files: two files share a name in {file_names}")
        for ui in self.web:
            found += ui.problems(names)
        if len({self.ui_name(ui) for ui in self.web}) != len(self.web):
            found.append("web: several UIs need a name each")
        for lan in self.lan:
            found += lan.problems(names)
        claimed = [name for sidecar in self.sidecars for name in sidecar.ports]
        if len(set(claimed)) != len(claimed):
            found.append(f"sidecars: a port is one container's; claimed twice in {claimed}")
        container_names = [container.name for _, container in self.containers()]
        if len(set(container_names)) != len(container_names):
            found.append(f"sidecars: every container has a name of its own; {container_names}")
        if self.resolver is not None and (self.generated_secrets or self.accounts):
            found.append(
                "resolver: its namespace gets no cluster DNS, which the in-cluster secret and account Jobs need"
            )
        if self.optional is not None and not self.optional.strip():
            found.append("optional: say why the stack can do without it")
        if self.router is not None and (not self.router.strip() or not self.router_ports):
            found.append("router: say why the service must reach the router, and router_ports on which ports")
        if self.router_ports and self.router is None:
            found.append("router_ports: only with router (why the service must reach the router)")
        if self.internet is not None and not self.internet.strip():
            found.append("internet: say why the service must reach the internet")
        for rule in self.api_access:
            found += rule.problems()
        for alert in self.alerts:
            found += alert.problems()
        alert_names = [alert.name for alert in self.alerts]
        if len(set(alert_names)) != len(alert_names):
            found.append(f"alerts: duplicate alert names in {alert_names}")
        for use in self.uses:
            found += use.problems(self.name)
        return found

    def _kind_problems(self) -> List[str]:
        """What the kind requires: a server ports and probes, a run to completion its
        schedule and bounds, a DaemonSet alone the node's paths and namespaces."""
        kind = self.kind.value
        found = self.run.problems(self.kind) + self.node_access.problems(self.kind)
        if self.kind in (Kind.DEPLOYMENT, Kind.STATEFUL_SET) and not self.ports:
            found.append(f"ports: a {kind} serves; at least one port is needed (a one-off task is a Job)")
        if self.kind.runs_to_completion:
            if self.ports:
                found.append(f"ports: a {kind} runs to completion and serves nothing")
            for what in ("readiness", "liveness", "startup"):
                if getattr(self, what) is not None:
                    found.append(f"{what}: a {kind} runs to completion; it has no probes")
            if self.web or self.lan or self.forward_auth:
                found.append(f"web: a {kind} serves nothing")
        elif self.ports and (self.readiness is None or self.liveness is None):
            missing = " and ".join(what for what in ("readiness", "liveness") if getattr(self, what) is None)
            found.append(
                f"{missing}: what serves has a readiness and a liveness probe (Probe.http, Probe.tcp or Probe.run)"
            )
        return found


def persistent_volume_name(spec: "ServiceSpec", volume: Volume) -> str:
    """The PersistentVolume (and claim) of one declared volume: cluster-wide, so prefixed."""
    return f"{spec.name}-{volume.name}"


def persistent_volume_names(spec: "ServiceSpec") -> str:
    """A glob of every name persistent_volume_name gives `spec`'s volumes."""
    return f"{spec.name}-*"
