"""What a PotatoStack service declares: the facts of its Compose entry, typed.

A declaration says only what is particular to the service (image, ports, storage,
probes, resources, who may talk to it). Everything that every service gets
(labels, security context, ServiceAccount, network rules, names) is applied by
`workload.PotatoService`, so it is written once.
"""
from __future__ import annotations

import dataclasses
import enum
import pathlib
import re
from dataclasses import dataclass, field
from typing import Callable, Mapping, Optional, Sequence, Tuple

from potatostack import quantity
from potatostack.errors import ConfigError
from potatostack.images import Image
from potatostack.priority import Priority
from potatostack.settings import ServiceSettings, Settings

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
# Kubernetes port names: at most 15 characters, lowercase, at least one letter.
_PORT_NAME = re.compile(r"^(?=.*[a-z])[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class Kind(enum.Enum):
    DEPLOYMENT = "Deployment"
    # One pod with a stable identity, never two at once during an update: databases.
    STATEFUL_SET = "StatefulSet"


class Disk(enum.Enum):
    """The two disks of the Le Potato (their mount points come from settings.storage)."""

    MAIN = "main_hdd"
    CACHE = "cache_hdd"


@dataclass(frozen=True)
class Port:
    name: str
    number: int
    protocol: str = "TCP"
    # Serves Prometheus metrics: the metrics scraper may open it, and nothing else of
    # the service (see ServiceSpec.scrapes_metrics).
    metrics: bool = False


@dataclass(frozen=True)
class Resources:
    """Requests are what the scheduler reserves on the 2 GB node; the memory limit is
    where the kernel kills the container. No CPU limit: on four slow cores throttling
    a busy service helps nobody, the requests already share the CPU fairly."""

    cpu: str
    memory: str
    memory_limit: str


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
    def run(*command: str, **timing: int) -> "Probe":
        return Probe(command=tuple(command), **timing)

    @staticmethod
    def tcp(port: str, **timing: int) -> "Probe":
        return Probe(tcp_port=port, **timing)

    @staticmethod
    def http(path: str, port: str, **timing: int) -> "Probe":
        return Probe(http_path=path, http_port=port, **timing)


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


@dataclass(frozen=True)
class Scratch:
    """A writable emptyDir, for images that write outside their data folder while the
    root filesystem is read-only. Its size counts against the memory limit when
    `in_memory` is set."""

    mount: str
    size_limit: str = "64Mi"
    in_memory: bool = False


@dataclass(frozen=True)
class SecretEnv:
    """An environment variable read from a Secret that is created in the cluster, never
    written to git."""

    variable: str
    secret: str
    key: str


@dataclass(frozen=True)
class ConfigFile:
    """A file the container reads, kept in a ConfigMap. Its content may name ${domain},
    ${host}, ${url} and ${timezone}, filled in from settings.yaml."""

    path: str
    content: str


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
BASELINE_CAPABILITIES = frozenset({
    "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
    "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
})

# Run as the owner of the shared data (settings.yaml `owner`, Compose's PUID/PGID):
# for services whose files people also reach through Samba, SFTP or another app.
OWNER = RunAs(user=-1, group=-1)


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


@dataclass(frozen=True)
class PolicyWaiver:
    """Why one container of a workload may break one policy."""

    policy: str
    container: str
    reason: str


@dataclass(frozen=True)
class Device:
    """A device node of the host, mounted into one container (a hostPath), with why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Sidecar:
    """Another container in the service's pod: it shares the pod's network (so its
    ports are the service's, named in `ports`) and may mount the service's volumes."""

    name: str
    image: Image
    resources: Resources
    readiness: Probe
    liveness: Probe
    # None: the container runs as root, which `root_reason` must explain.
    run_as: Optional[RunAs]
    startup: Optional[Probe] = None
    ports: Sequence[str] = ()
    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    secret_env: Sequence[SecretEnv] = ()
    # Every key of these Secrets as environment variables (owner-provided settings).
    env_from_secrets: Sequence[str] = ()
    mounts: Mapping[str, str] = field(default_factory=dict)  # service volume name -> path
    scratch: Sequence[Scratch] = ()
    devices: Sequence[Device] = ()
    writable_root_reason: Optional[str] = None
    added_capabilities: Mapping[str, str] = field(default_factory=dict)
    root_reason: Optional[str] = None
    # A command run right after the container starts (cleanup the image needs).
    post_start: Sequence[str] = ()


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    description: str
    # app.kubernetes.io/component: what role it plays (database, web, vpn, ...).
    component: str
    image: Image
    ports: Sequence[Port]
    resources: Resources
    run_as: RunAs
    readiness: Probe
    liveness: Probe
    startup: Optional[Probe] = None
    kind: Kind = Kind.DEPLOYMENT
    args: Sequence[str] = ()
    # Values may name ${url} (this service's https address), ${host}, ${domain} and
    # ${timezone}, filled in from settings.yaml, so a declaration never repeats what the
    # owner configures.
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
    sidecars: Sequence[Sidecar] = ()
    # The kind of accounts this service provisions for clients that ask (accounts.py).
    accounts: Optional["Accounts"] = None
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
    # An address in the pod that resolves names instead of the cluster DNS (a VPN's own
    # resolver, so no lookup leaves outside the tunnel). The whole namespace then gets
    # no egress to the cluster DNS, so it can have no in-cluster helper Jobs.
    resolver: Optional[str] = None
    # Facts that follow from settings.yaml beyond the ${...} placeholders (the VPN
    # provider, its endpoint port): a function of the declaration and the settings.
    configure: Optional[Callable[["ServiceSpec", Settings], "ServiceSpec"]] = field(default=None, compare=False)
    # Deviations from the hardened defaults. Each needs its reason, which becomes a
    # Kyverno PolicyException for exactly this workload (see exceptions()).
    writable_root_reason: Optional[str] = None
    added_capabilities: Mapping[str, str] = field(default_factory=dict)  # capability -> reason
    # The service's container runs as root (run_as then only sets the pod's default
    # user and the volumes' group): for servers that switch to each logged-in user.
    root_reason: Optional[str] = None

    def exceptions(self) -> Sequence["PolicyWaiver"]:
        """The policy exceptions this service's declared deviations require."""
        waivers = []
        # The service's own container never runs as root nor mounts a device; a sidecar may.
        for container in [self, *self.sidecars]:
            if container.writable_root_reason:
                waivers.append(PolicyWaiver("require-read-only-root-filesystem", container.name, container.writable_root_reason))
            if container.added_capabilities:
                reason = "; ".join(f"{cap}: {why}" for cap, why in sorted(container.added_capabilities.items()))
                waivers.append(PolicyWaiver("restrict-capabilities", container.name, reason))
        if self.root_reason:
            waivers.append(PolicyWaiver("require-run-as-non-root", self.name, self.root_reason))
        for sidecar in self.sidecars:
            if sidecar.run_as is None:
                waivers.append(PolicyWaiver("require-run-as-non-root", sidecar.name, sidecar.root_reason))
            for device in sidecar.devices:
                for policy in ("restrict-volume-types", "restrict-pod-host-paths"):
                    waivers.append(PolicyWaiver(policy, sidecar.name, f"{device.path}: {device.reason}"))
        return waivers

    def pod_security(self) -> Tuple[str, str]:
        """The Pod Security level the namespace can enforce, and why if not restricted.

        Baseline allows root and a short list of added capabilities; anything beyond
        those, or a host path, needs privileged."""
        containers = [self, *self.sidecars]
        beyond_baseline = [
            f"{c.name}: {cap}: {why}"
            for c in containers
            for cap, why in sorted(c.added_capabilities.items())
            if cap not in BASELINE_CAPABILITIES
        ] + [f"{s.name}: {d.path}: {d.reason}" for s in self.sidecars for d in s.devices]
        if beyond_baseline:
            return "privileged", "; ".join(beyond_baseline)
        relaxed = [
            w for w in self.exceptions() if w.policy in ("require-run-as-non-root", "restrict-capabilities")
        ]
        if relaxed:
            return "baseline", "; ".join(f"{w.container}: {w.reason}" for w in relaxed)
        return "restricted", ""

    @property
    def namespace(self) -> str:
        return self.name

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

    def with_settings(self, settings: Settings) -> "ServiceSpec":
        """The declaration with what settings.yaml decides applied: the owner's resource
        overrides, the data owner's uid and gid, and the service's own `configure`."""
        chosen: ServiceSettings = settings.service(self.name)
        resources = dataclasses.replace(
            self.resources,
            cpu=chosen.cpu_request or self.resources.cpu,
            memory=chosen.memory_request or self.resources.memory,
            memory_limit=chosen.memory_limit or self.resources.memory_limit,
        )
        owner = RunAs(user=settings.owner.uid, group=settings.owner.gid)
        spec = dataclasses.replace(
            self,
            resources=resources,
            run_as=owner if self.run_as == OWNER else self.run_as,
            sidecars=[
                dataclasses.replace(sidecar, run_as=owner) if sidecar.run_as == OWNER else sidecar
                for sidecar in self.sidecars
            ],
        )
        return self.configure(spec, settings) if self.configure else spec

    def validate(self) -> None:
        """Raise ConfigError naming this service and the field at the first problem."""
        problem = _first_problem(self)
        if problem:
            raise ConfigError(f"{self.name}: {problem}")


def _first_problem(spec: ServiceSpec) -> Optional[str]:
    if not _DNS_LABEL.match(spec.name):
        return f"name {spec.name!r} is not a lowercase DNS label"
    if not spec.ports:
        return "ports: at least one port is needed"
    names = [port.name for port in spec.ports]
    if len(set(names)) != len(names):
        return f"ports: duplicate port names in {names}"
    for port in spec.ports:
        if not _PORT_NAME.match(port.name):
            return f"ports.{port.name}: a port name is 1-15 lowercase letters, digits and '-'"
        if not 1 <= port.number <= 65535:
            return f"ports.{port.name}: {port.number} is not a port number"
        if port.protocol not in ("TCP", "UDP"):
            return f"ports.{port.name}: protocol must be TCP or UDP"
    try:
        memory = quantity.memory_bytes(spec.resources.memory)
        limit = quantity.memory_bytes(spec.resources.memory_limit)
        quantity.cpu_millis(spec.resources.cpu)
    except ValueError as error:
        return f"resources: {error}"
    if memory > limit:
        return f"resources: memory request {spec.resources.memory} is above the memory limit {spec.resources.memory_limit}"
    if spec.run_as != OWNER and (spec.run_as.user <= 0 or spec.run_as.group <= 0):
        return "run_as: containers never run as uid or gid 0 (root is root_reason's business)"
    for probe_name in ("readiness", "liveness", "startup"):
        probe = getattr(spec, probe_name)
        if probe is None:
            continue
        kinds = [bool(probe.command), probe.tcp_port is not None, probe.http_path is not None]
        if sum(kinds) != 1:
            return f"{probe_name}: a probe is exactly one of a command, a TCP port or an HTTP path"
        for port_name in (probe.tcp_port, probe.http_port):
            if port_name is not None and port_name not in names:
                return f"{probe_name}: no port named {port_name!r} (declared: {', '.join(names)})"
    for variable in list(spec.env) + [secret.variable for secret in spec.secret_env]:
        if not _ENV_NAME.match(variable):
            return f"env: {variable!r} is not a valid variable name"
    volume_names = [volume.name for volume in spec.volumes]
    if len(set(volume_names)) != len(volume_names):
        return f"volumes: duplicate names in {volume_names}"
    mounts = (
        [volume.mount for volume in spec.volumes if volume.mount is not None]
        + [scratch.mount for scratch in spec.scratch]
        + [secret.mount for secret in spec.secret_mounts]
        + sorted({str(pathlib.PurePosixPath(file.path).parent) for file in spec.config_files})
    )
    if len(set(mounts)) != len(mounts):
        return f"volumes: two volumes mounted at the same path in {mounts}"
    sidecar_volumes = {volume for sidecar in spec.sidecars for volume in sidecar.mounts}
    for volume in spec.volumes:
        if volume.mount is None and volume.name not in sidecar_volumes:
            return f"volumes.{volume.name}: mounted nowhere (no mount, and no sidecar names it)"
        relative = pathlib.PurePosixPath(volume.path)
        if relative.is_absolute() or ".." in relative.parts or not volume.path:
            return f"volumes.{volume.name}: path {volume.path!r} must be relative to the disk, without '..'"
        if not _DNS_LABEL.match(volume.name):
            return f"volumes.{volume.name}: name is not a lowercase DNS label"
        try:
            quantity.memory_bytes(volume.size)
        except ValueError as error:
            return f"volumes.{volume.name}: size {error}"
    for mount in mounts:
        if not mount.startswith("/"):
            return f"volumes: mount path {mount!r} is not absolute"
    file_names = [pathlib.PurePosixPath(file.path).name for file in spec.config_files]
    if len(set(file_names)) != len(file_names):
        return f"config_files: two files share a name in {file_names}"
    for scratch in spec.scratch:
        try:
            quantity.memory_bytes(scratch.size_limit)
        except ValueError as error:
            return f"scratch {scratch.mount}: size_limit {error}"
    for ui in spec.web:
        if ui.port not in names:
            return f"web: no port named {ui.port!r} (declared: {', '.join(names)})"
        for label in (ui.subdomain, ui.name):
            if label is not None and not _DNS_LABEL.match(label):
                return f"web: {label!r} is not a lowercase DNS label"
    if len({spec.ui_name(ui) for ui in spec.web}) != len(spec.web):
        return "web: several UIs need a name each"
    for lan in spec.lan:
        if lan.port not in names:
            return f"lan: no port named {lan.port!r} (declared: {', '.join(names)})"
        if not 1 <= lan.external <= 65535:
            return f"lan.{lan.port}: {lan.external} is not a port number"
        if not lan.reason.strip():
            return f"lan.{lan.port}: say why the LAN needs it directly"
    claimed = [name for sidecar in spec.sidecars for name in sidecar.ports]
    if len(set(claimed)) != len(claimed):
        return f"sidecars: a port is one container's; claimed twice in {claimed}"
    for sidecar in spec.sidecars:
        if not _DNS_LABEL.match(sidecar.name) or sidecar.name == spec.name:
            return f"sidecars.{sidecar.name}: a container name of its own, a lowercase DNS label"
        for port_name in sidecar.ports:
            if port_name not in names:
                return f"sidecars.{sidecar.name}: no port named {port_name!r} (declared: {', '.join(names)})"
        for volume in sidecar.mounts:
            if volume not in volume_names:
                return f"sidecars.{sidecar.name}: no volume named {volume!r}"
        if sidecar.run_as is None and not (sidecar.root_reason or "").strip():
            return f"sidecars.{sidecar.name}: runs as root; say why in root_reason"
        for probe in (sidecar.readiness, sidecar.liveness, sidecar.startup):
            for port_name in (getattr(probe, "tcp_port", None), getattr(probe, "http_port", None)):
                if port_name is not None and port_name not in names:
                    return f"sidecars.{sidecar.name}: probe on unknown port {port_name!r}"
        for device in sidecar.devices:
            if not device.path.startswith("/dev/") or not device.reason.strip():
                return f"sidecars.{sidecar.name}: device {device.path!r} must be under /dev/ and say why"
    if spec.resolver is not None and (spec.generated_secrets or spec.accounts):
        return "resolver: its namespace gets no cluster DNS, which the in-cluster secret and account Jobs need"
    if spec.optional is not None and not spec.optional.strip():
        return "optional: say why the stack can do without it"
    if spec.internet is not None and not spec.internet.strip():
        return "internet: say why the service must reach the internet"
    for rule in spec.api_access:
        if "*" in [*rule.api_groups, *rule.resources, *rule.verbs]:
            return "api_access: no wildcards; name the groups, resources and verbs"
        if not rule.reason.strip():
            return f"api_access {', '.join(rule.resources)}: say why the service needs it"
        if not set(rule.verbs) <= {"get", "list", "watch", "create", "update", "patch", "delete"}:
            return f"api_access {', '.join(rule.resources)}: unknown verbs in {list(rule.verbs)}"
    for use in spec.uses:
        if use.service == spec.name:
            return "uses: a service does not need a rule to reach itself"
        if use.extensions and not use.account:
            return f"uses {use.service}: extensions are created in the account's database; ask for an account"
        for extension in use.extensions:
            if not re.match(r"^[a-z][a-z0-9_]*$", extension):
                return f"uses {use.service}: {extension!r} is not an extension name"
    if spec.root_reason is not None and not spec.root_reason.strip():
        return "root_reason: say why the container must run as root"
    if spec.writable_root_reason is not None and not spec.writable_root_reason.strip():
        return "writable_root_reason: say why the image needs a writable root filesystem"
    for capability, reason in spec.added_capabilities.items():
        if not re.match(r"^[A-Z_]+$", capability) or capability == "ALL":
            return f"added_capabilities: {capability!r} is not a capability name"
        if not reason.strip():
            return f"added_capabilities.{capability}: say why the container needs it"
    return None
