"""The one object a PotatoStack owner edits: settings.yaml, typed and validated.

Everything else in the project is derived from it. A bad value stops synth with one
line that names the field, before any manifest is written.
"""

from __future__ import annotations

import enum
import pathlib
import re
import zoneinfo
from ipaddress import IPv4Address, IPv4Network
from typing import Annotated, Literal, Optional

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from potatostack import quantity, vpn_providers
from potatostack.errors import ConfigError
from potatostack.reservation import Reservation
from potatostack.reservation import agent as agent_reservation
from potatostack.reservation import server as server_reservation

# RFC 1123 label, what Kubernetes accepts for node and namespace names.
_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")


def _absolute_path(value: str) -> str:
    path = pathlib.PurePosixPath(value)
    if not path.is_absolute() or ".." in path.parts or str(path) != value.rstrip("/") or value == "/":
        raise ValueError(f"must be an absolute, normalised path below / (got {value!r})")
    return str(path)


def _repository_path(value: str) -> str:
    path = pathlib.PurePosixPath(value)
    if path.is_absolute() or ".." in path.parts or str(path) != value or value in ("", "."):
        raise ValueError(f"must be a normalised folder inside the repository, like 'dist' (got {value!r})")
    return value


# Folders of the node's own system: a disk mounted there would put the stack's data (and
# the host paths its pods mount) among the files the node runs on.
SYSTEM_FOLDERS = (
    "/bin",
    "/boot",
    "/dev",
    "/etc",
    "/lib",
    "/lib64",
    "/proc",
    "/root",
    "/run",
    "/sbin",
    "/sys",
    "/tmp",
    "/usr",
    "/var",
)


def _inside(path: str, folder: str) -> bool:
    """path is folder or below it (both normalised, absolute)."""
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _dns_label(value: str) -> str:
    if not _DNS_LABEL.match(value):
        raise ValueError(f"must be a lowercase DNS label like 'lepotato' (got {value!r})")
    return value


def _domain(value: str) -> str:
    if not _DOMAIN.match(value):
        raise ValueError(f"must be a lowercase DNS domain like 'lepotato.local' (got {value!r})")
    return value


def _timezone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"must be an IANA time zone like 'Europe/Berlin' (got {value!r})") from None
    return value


def _memory(value: str) -> str:
    quantity.memory_bytes(value)
    return value


def _cpu(value: str) -> str:
    quantity.cpu_millis(value)
    return value


AbsolutePath = Annotated[str, AfterValidator(_absolute_path)]
DnsLabel = Annotated[str, AfterValidator(_dns_label)]
Memory = Annotated[str, AfterValidator(_memory)]
Cpu = Annotated[str, AfterValidator(_cpu)]


class _Strict(BaseModel):
    # A misspelt key is an error, not a silently ignored setting.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Storage(_Strict):
    """The two disks of the Le Potato; every persistent byte lives below one of them."""

    main_hdd: AbsolutePath = "/mnt/seconddrive"  # 14 TB, long-term data
    cache_hdd: AbsolutePath = "/mnt/cachehdd"  # 500 GB, active downloads
    # Their device nodes, for the SMART exporter (smartctl-exporter).
    main_hdd_device: str = Field(default="/dev/sda", pattern=r"^/dev/[a-z0-9]+$")
    cache_hdd_device: str = Field(default="/dev/sdb", pattern=r"^/dev/[a-z0-9]+$")

    @model_validator(mode="after")
    def _two_disks(self) -> "Storage":
        for field_name in ("main_hdd", "cache_hdd"):
            root = getattr(self, field_name)
            for system in SYSTEM_FOLDERS:
                if _inside(root, system):
                    raise ValueError(
                        f"{field_name}: {root} is inside the system folder {system}; mount the disk elsewhere (e.g. /mnt)"
                    )
        if _inside(self.cache_hdd, self.main_hdd) or _inside(self.main_hdd, self.cache_hdd):
            raise ValueError(
                f"cache_hdd: {self.cache_hdd} and main_hdd {self.main_hdd} are the same disk or one inside the other; they are two disks"
            )
        return self


class GitOps(_Strict):
    """Where ArgoCD pulls dist/ from."""

    # file:/// is a repository on the repo server's own disk: the gate's sync test
    # serves one from a temporary folder (tests/test_gitops_sync.py).
    repo_url: str = Field(pattern=r"^(https://|ssh://|git@|file:///)\S+$")
    revision: str = "main"
    # The folder of dist/ inside that repository.
    path: Annotated[str, AfterValidator(_repository_path)] = "dist"


class Profile(str, enum.Enum):
    """Which services run when settings.yaml does not switch them one by one."""

    # What fits the 2 GB Le Potato: every service except those declared `optional`
    # (dist/BUDGET.md lists those with what each would cost).
    ESSENTIALS = "essentials"
    # Every service: for a node with more memory, or several nodes.
    COMPLETE = "complete"


class Enforcement(str, enum.Enum):
    """Who enforces policies/ in the cluster (the gate runs every policy either way)."""

    # The API server itself: a ValidatingAdmissionPolicy per policy that needs no lookup
    # (dist/admission). No pod, no webhook to fail closed, no CRDs for the API server to hold.
    NATIVE = "native"
    # Also Kyverno's admission controller, which enforces the two lookup policies too
    # (require-default-deny, restrict-service-account-token) at the price dist/BUDGET.md
    # shows, and its CRDs in the API server.
    KYVERNO = "kyverno"


class ServiceSettings(_Strict):
    """Per-service choices; anything left out keeps the service's declared default."""

    # Left out: as the profile says. true or false overrides the profile.
    enabled: Optional[StrictBool] = None
    cpu_request: Optional[Cpu] = None
    memory_request: Optional[Memory] = None
    memory_limit: Optional[Memory] = None


class Alerting(_Strict):
    """Where Alertmanager sends alerts (observability.py). The SMTP password and the push
    token are never here: the owner creates the Secret `alertmanager-notify` with the
    keys `smtp-password` and `push-token` (docs/observability.md)."""

    email_to: str = Field(default="admin@lepotato.local", pattern=r"^[^@\s]+@[^@\s]+$")
    email_from: str = Field(default="alertmanager@lepotato.local", pattern=r"^[^@\s]+@[^@\s]+$")
    # host:port of the mail server; STARTTLS is required.
    smtp_smarthost: str = Field(default="smtp.lepotato.local:587", pattern=r"^[A-Za-z0-9.-]+:[0-9]{1,5}$")
    smtp_username: str = "alertmanager@lepotato.local"
    # An ntfy topic (https://ntfy.sh/<topic> or the owner's own server): alerts of
    # severity `page` are pushed there as well as mailed.
    push_url: str = Field(default="https://ntfy.sh/potatostack-alerts", pattern=r"^https://[^\s?#]+$")


class Lan(_Strict):
    """The home network the Le Potato sits in."""

    # The node's own address: the Kubernetes API (port 6443 on k3s) is reached there,
    # and LAN-exposed services answer on it.
    node_ip: IPv4Address = IPv4Address("192.168.1.10")
    # Who may reach LAN-exposed ports (Samba, SFTP, Git over SSH).
    subnet: IPv4Network = IPv4Network("192.168.1.0/24")
    # The home router (a FRITZ!Box): the only LAN address a pod may reach, and only the
    # exporter that reads its counters (services/fritzbox_exporter.py). Its password is
    # the Secret `fritzbox-exporter` (key `password`) the owner creates, never here.
    router: IPv4Address = IPv4Address("192.168.1.1")
    router_username: str = Field(default="potatostack", pattern=r"^[A-Za-z0-9._@-]{1,64}$")

    @model_validator(mode="after")
    def _node_in_subnet(self) -> "Lan":
        # A private range (RFC 1918 and the like), never 0.0.0.0/0: LAN-exposed ports
        # would be open to the whole internet through any port forward.
        if not self.subnet.is_private or self.subnet.prefixlen < 8:
            raise ValueError(f"subnet: {self.subnet} is not a home network's private range (like 192.168.1.0/24)")
        if self.node_ip not in self.subnet or self.node_ip in (
            self.subnet.network_address,
            self.subnet.broadcast_address,
        ):
            raise ValueError(f"node_ip: {self.node_ip} is not a host address of the subnet {self.subnet}")
        if self.router not in self.subnet or self.router in (
            self.subnet.network_address,
            self.subnet.broadcast_address,
            self.node_ip,
        ):
            raise ValueError(f"router: {self.router} is not another host address of the subnet {self.subnet}")
        return self


class Owner(_Strict):
    """Who owns the shared data on the disks (Compose's PUID/PGID): the downloads, the
    file shares. Services that write files people also open elsewhere run as them."""

    uid: int = Field(default=1000, ge=1, le=2147483647)
    gid: int = Field(default=1000, ge=1, le=2147483647)


class Vpn(_Strict):
    """The VPN the P2P pod's traffic leaves through (Gluetun's settings; the keys are in
    the Secret `gluetun-vpn`, which the owner creates: see docs/operations.md)."""

    # Gluetun's VPN_SERVICE_PROVIDER, e.g. mullvad, protonvpn, airvpn, custom.
    provider: str = Field(default="mullvad", pattern=r"^[a-z0-9 -]+$")
    type: Literal["wireguard", "openvpn"] = "wireguard"
    # SERVER_COUNTRIES; empty lets Gluetun choose.
    countries: list[Annotated[str, Field(pattern=r"^[A-Za-z][A-Za-z .-]*$")]] = []
    # The port of the provider's servers: the only one outside the pod its traffic may
    # reach. Gluetun's default for the provider (WireGuard 51820/UDP for Mullvad,
    # ProtonVPN, NordVPN, Surfshark; OpenVPN mostly 1194/UDP or 443/TCP); passed to
    # Gluetun only for provider `custom`.
    endpoint_port: int = Field(default=51820, ge=1, le=65535)
    endpoint_protocol: Literal["UDP", "TCP"] = "UDP"
    # Incoming peers: ports the provider forwards to this account for good (set up in
    # the provider's account). qBittorrent and slskd listen on them, and Gluetun lets
    # them in through the tunnel; without them the clients only connect out.
    torrent_port: Optional[int] = Field(default=None, ge=1, le=65535)
    soulseek_port: Optional[int] = Field(default=None, ge=1, le=65535)

    @model_validator(mode="after")
    def _consistent(self) -> "Vpn":
        if self.provider not in vpn_providers.PROVIDERS:
            raise ValueError(
                f"provider: Gluetun {vpn_providers.GLUETUN_VERSION} knows no provider {self.provider!r} "
                f"(known: {', '.join(vpn_providers.PROVIDERS)})"
            )
        for field_name in ("torrent_port", "soulseek_port"):
            if getattr(self, field_name) == self.endpoint_port:
                raise ValueError(
                    f"{field_name}: {self.endpoint_port} is the VPN endpoint's port; a forwarded port is another one"
                )
        if self.type == "wireguard" and self.endpoint_protocol != "UDP":
            raise ValueError("endpoint_protocol: WireGuard runs over UDP only")
        if self.type == "openvpn" and self.endpoint_port == 51820:
            raise ValueError(
                "endpoint_port: 51820 is WireGuard's; set the provider's OpenVPN port (commonly 1194/UDP or 443/TCP)"
            )
        if self.torrent_port is not None and self.torrent_port == self.soulseek_port:
            raise ValueError("soulseek_port: the torrent and Soulseek clients need a port each")
        return self


class NodeBudget(_Strict):
    """What the Le Potato offers the scheduler (budget.py turns it into allocatable)."""

    # Le Potato (AML-S905X-CC), 2 GB model: 2048 MiB of RAM, four Cortex-A53 cores.
    memory: Memory = "2048Mi"
    cpu: Cpu = "4"
    # The memory held back for the kernel, the OS, k3s and containerd is derived from
    # named figures (reservation.py), not set here. The CPU: a core for them.
    reserved_cpu: Cpu = "1"
    # The plan's kubelet settings: hard eviction at memory.available<100Mi, soft
    # eviction at <200Mi once it lasted a minute.
    eviction_hard: Memory = "100Mi"
    eviction_soft: Memory = "200Mi"
    eviction_soft_grace: str = Field(default="1m", pattern=r"^[0-9]+[smh]$")
    # What must stay unrequested, for spikes and the page cache; never less than the
    # gap between the soft and the hard eviction threshold (budget.py).
    headroom_percent: int = Field(default=10, ge=0, le=50)
    # Limits may promise more than the node has, up to this factor of allocatable.
    limit_overcommit: float = Field(default=2.5, ge=1.0, le=10.0)
    # Node swap (Kubernetes 1.34 GA, LimitedSwap): Burstable pods that are not of a high
    # priority may swap, in proportion to their request. Off: the swap is on the cache
    # HDD, slow, and the scheduler does not see it (docs/runbooks.md, "Swap").
    swap: bool = False

    def reservation(self) -> Reservation:
        """What the kubelet holds back on this node: a k3s server's."""
        return server_reservation()

    @model_validator(mode="after")
    def _consistent(self) -> "NodeBudget":
        memory = quantity.memory_bytes(self.memory)
        if not MIN_NODE_MEMORY <= memory <= MAX_NODE_MEMORY:
            raise ValueError(f"memory: {self.memory} is no board's memory (between 512Mi and 256Gi)")
        reserved = self.reservation().memory
        if reserved + quantity.memory_bytes(self.eviction_hard) >= memory:
            raise ValueError(
                f"memory: {self.memory} is less than k3s and the OS need ({reserved >> 20}Mi, reservation.py) "
                f"and eviction_hard {self.eviction_hard}"
            )
        if quantity.cpu_millis(self.reserved_cpu) >= quantity.cpu_millis(self.cpu):
            raise ValueError(f"reserved_cpu: {self.reserved_cpu} leaves nothing of the node's {self.cpu} CPU")
        if quantity.memory_bytes(self.eviction_soft) <= quantity.memory_bytes(self.eviction_hard):
            raise ValueError(
                f"eviction_soft: {self.eviction_soft} must be above eviction_hard {self.eviction_hard} (soft eviction comes first)"
            )
        return self


# What boards that run k3s have: 512 MiB (k3s's documented minimum) to 256 GiB.
MIN_NODE_MEMORY = 512 << 20
MAX_NODE_MEMORY = 256 << 30


class WorkerNode(NodeBudget):
    """Another node of the cluster (a k3s agent). Workloads with storage stay on the
    storage node; the others may run here. Its budget defaults are the Le Potato's,
    less what the server alone runs (an agent has no API server and no Argo CD)."""

    name: DnsLabel

    def reservation(self) -> Reservation:
        """A k3s agent's: no control plane."""
        return agent_reservation()


class Settings(_Strict):
    domain: Annotated[str, AfterValidator(_domain)] = "lepotato.local"
    timezone: Annotated[str, AfterValidator(_timezone)] = "Europe/Berlin"
    # The node that has the disks attached: workloads with storage are bound to it.
    storage_node: DnsLabel = "lepotato"
    storage: Storage = Storage()
    lan: Lan = Lan()
    alerting: Alerting = Alerting()
    owner: Owner = Owner()
    vpn: Vpn = Vpn()
    profile: Profile = Profile.ESSENTIALS
    enforcement: Enforcement = Enforcement.NATIVE
    # The storage node's budget (it is also the k3s server).
    node: NodeBudget = NodeBudget()
    # More nodes, if any: the budget is then computed per node.
    workers: list[WorkerNode] = []
    gitops: GitOps
    services: dict[str, ServiceSettings] = {}

    @field_validator("workers")
    @classmethod
    def _distinct_nodes(cls, workers: list[WorkerNode], info: ValidationInfo) -> list[WorkerNode]:
        names = [info.data.get("storage_node"), *(worker.name for worker in workers)]
        if len(set(names)) != len(names):
            raise ValueError(f"node names must differ from each other and from storage_node (got {names})")
        return workers

    def service(self, name: str) -> ServiceSettings:
        return self.services.get(name, ServiceSettings())


def load(path: pathlib.Path) -> Settings:
    """Read and validate settings.yaml; any problem becomes one ConfigError line."""
    try:
        raw = yaml.safe_load(path.read_text())
    except RecursionError:
        raise ConfigError(f"{path.name}: nested too deeply to be settings") from None
    except FileNotFoundError:
        raise ConfigError(f"{path.name}: file not found at {path}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path.name}:{where}: not valid YAML ({getattr(error, 'problem', error)})") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path.name}: expected a mapping of settings at the top level")
    try:
        return Settings.model_validate(raw)
    except ValidationError as error:
        raise ConfigError(f"{path.name}: {_describe(error)}") from None
    except RecursionError:
        raise ConfigError(f"{path.name}: nested too deeply to be settings") from None


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        message = "unknown setting"
    more = error.error_count() - 1
    return f"{field}: {message}" + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")
