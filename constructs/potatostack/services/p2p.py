"""P2P: qBittorrent and slskd behind Gluetun's VPN, in one pod.

Compose: gluetun (NET_ADMIN, /dev/net/tun) with qbittorrent and slskd in its network
namespace (`network_mode: service:gluetun`), 96m+256m+128m reserved. On k3s the three
share the pod's network namespace the same way. Nothing leaves except through the
tunnel, enforced twice:
- Gluetun's firewall inside the pod (once it runs) drops everything but the tunnel;
- the namespace's NetworkPolicy lets the pod reach only the VPN endpoint's port on
  the internet: no cluster DNS, no LAN, no other pod. Before Gluetun is up (ordinary
  containers start together: cdk8s-plus-27 cannot declare a native sidecar) P2P
  traffic has nowhere to go.
Names resolve through Gluetun's own DNS (DNS over TLS inside the tunnel) on
127.0.0.1, so lookups do not leak either. Peers reach the clients only through the
tunnel, on ports the provider forwards for good (settings `vpn.torrent_port` and
`vpn.soulseek_port`), never through a LAN port: a LAN port would bypass the VPN.
The web UIs are reached through the ingress, behind Authelia.
"""

import dataclasses

from potatostack import images
from potatostack.alerts import AlertRule, Case, Series, Severity
from potatostack.priority import Priority
from potatostack.service import (
    OWNER,
    Container,
    Device,
    Disk,
    Login,
    Port,
    Probe,
    Resources,
    Scratch,
    SecretEnv,
    ServiceSpec,
    Volume,
    WebUI,
    probes,
)
from potatostack.settings import Settings

# Who may reach the web UIs inside the pod through Gluetun's firewall: the ingress and
# the kubelet's probes arrive on eth0 at these ports.
_WEB_PORTS = {"qbittorrent": 8080, "slskd": 5030, "health": 9999}

gluetun = Container(
    name="gluetun",
    image=images.GLUETUN,
    # ~50 MiB measured upstream with malware blocking off (blocking costs ~150 MiB more).
    # Its writable root and logs on the system disk: a bound, not a measurement (the
    # kubelet keeps up to 5 x 10Mi of logs by default, plus the files named above;
    # cdk8s-plus writes ephemeral storage in whole GiB).
    resources=Resources(cpu="20m", memory="48Mi", memory_limit="96Mi", ephemeral_storage="1Gi"),
    run_as=None,
    root_reason="sets up the tunnel's routes and firewall rules in the pod's network namespace",
    added_capabilities={
        # Its DNS on port 53 needs nothing more: k3s's containerd opens ports below
        # 1024 to every process in a pod.
        "NET_ADMIN": "routes the pod's traffic through the tunnel and sets up its firewall",
    },
    devices=[Device("/dev/net/tun", "the tunnel's network device")],
    writable_root_reason="writes /etc/passwd, /etc/resolv.conf and /tmp/gluetun at start",
    ports=["health"],
    env={
        # Files it writes stay root's: chowning them to another uid needs CHOWN.
        "PUID": "0",
        "PGID": "0",
        "HEALTH_SERVER_ADDRESS": ":${port:health}",
        "FIREWALL_INPUT_PORTS": ",".join(str(number) for number in _WEB_PORTS.values()),
        "BLOCK_MALICIOUS": "off",
        "UPDATER_PERIOD": "0",
        "PUBLICIP_ENABLED": "true",
    },
    # The owner's VPN keys (WIREGUARD_PRIVATE_KEY, WIREGUARD_ADDRESSES, or OpenVPN's user
    # and password): a Secret created by hand, never in git.
    env_from_secrets=["gluetun-vpn"],
    scratch=[Scratch("/gluetun", size_limit="16Mi"), Scratch("/tmp", size_limit="16Mi")],
    # Its routing rules belong to the pod and outlive a restart of this container;
    # left behind they stop the new one (Gluetun's Kubernetes guide).
    post_start=["sh", "-c", "ip rule del table 51820 2>/dev/null; ip -6 rule del table 51820 2>/dev/null; true"],
    readiness=Probe.http("/", "health", period_seconds=10, timeout_seconds=5),
    # Gluetun restarts the tunnel itself when a check fails; the kubelet steps in only
    # when that has not helped for several minutes.
    liveness=Probe.http("/", "health", period_seconds=30, timeout_seconds=10, failure_threshold=10),
    startup=Probe.http("/", "health", period_seconds=10, timeout_seconds=5, failure_threshold=18),
)

slskd = Container(
    name="slskd",
    image=images.SLSKD,
    # 150-200 MB reported; the share cache is kept on disk and the .NET heap capped
    # below the limit, so the GC collects before the kernel kills.
    resources=Resources(cpu="20m", memory="96Mi", memory_limit="320Mi"),
    run_as=OWNER,
    ports=["slskd"],
    env={
        "SLSKD_APP_DIR": "/app",
        "SLSKD_HTTP_PORT": "${port:slskd}",
        "SLSKD_NO_HTTPS": "true",
        # Authelia is the login; only the ingress reaches this port.
        "SLSKD_NO_AUTH": "true",
        "SLSKD_NO_VERSION_CHECK": "true",
        "SLSKD_DOWNLOADS_DIR": "/downloads",
        "SLSKD_INCOMPLETE_DIR": "/downloads/incomplete",
        "SLSKD_SHARE_CACHE_STORAGE_MODE": "Disk",
        "DOTNET_GCHeapHardLimit": "0x10000000",
        "DOTNET_BUNDLE_EXTRACT_BASE_DIR": "/tmp/.net",
    },
    secret_env=[
        SecretEnv("SLSKD_SLSK_USERNAME", "slskd-soulseek", "username"),
        SecretEnv(
            "SLSKD_SLSK_PASSWORD",
            "slskd-soulseek",
            "password",
            plain_reason="slskd documents no *_FILE variable; the alternative, its slskd.yml in the "
            "config volume, would keep the password on disk in clear",
        ),
    ],
    mounts={"slskd-config": "/app", "slskd-logs": "/app/logs", "soulseek": "/downloads"},
    scratch=[Scratch("/tmp", size_limit="128Mi")],
    **probes("slskd", "/health", start_seconds=300),
)


def _vpn(spec: ServiceSpec, settings: Settings) -> ServiceSpec:
    """The provider and endpoint from settings.yaml: Gluetun's settings, the one port the
    pod may reach on the internet, and the forwarded ports the clients listen on."""
    vpn = settings.vpn
    tunnel = next(sidecar for sidecar in spec.sidecars if sidecar.name == gluetun.name)
    env = {**tunnel.env, "VPN_SERVICE_PROVIDER": vpn.provider, "VPN_TYPE": vpn.type}
    if vpn.provider == "custom":
        # Named providers bring their servers' ports, and Gluetun refuses an override
        # for several of them; a custom endpoint needs it said.
        env["WIREGUARD_ENDPOINT_PORT" if vpn.type == "wireguard" else "OPENVPN_ENDPOINT_PORT"] = str(vpn.endpoint_port)
    if vpn.type == "openvpn":
        env["OPENVPN_PROTOCOL"] = vpn.endpoint_protocol.lower()
    if vpn.countries:
        env["SERVER_COUNTRIES"] = ",".join(vpn.countries)
    forwarded = [port for port in (vpn.torrent_port, vpn.soulseek_port) if port is not None]
    if forwarded:
        env["FIREWALL_VPN_INPUT_PORTS"] = ",".join(str(port) for port in forwarded)
    sidecars = []
    for sidecar in spec.sidecars:
        if sidecar.name == gluetun.name:
            sidecar = dataclasses.replace(sidecar, env=env)
        elif sidecar.name == slskd.name and vpn.soulseek_port is not None:
            sidecar = dataclasses.replace(
                sidecar, env={**sidecar.env, "SLSKD_SLSK_LISTEN_PORT": str(vpn.soulseek_port)}
            )
        sidecars.append(sidecar)
    qbittorrent_env = dict(spec.env)
    if vpn.torrent_port is not None:
        qbittorrent_env["QBT_TORRENTING_PORT"] = str(vpn.torrent_port)
    return dataclasses.replace(
        spec, env=qbittorrent_env, sidecars=sidecars, internet_ports=[(vpn.endpoint_port, vpn.endpoint_protocol)]
    )


def _vpn_down() -> AlertRule:
    ready = 'kube_pod_container_status_ready{namespace="p2p",pod="p2p-0",container="gluetun"}'
    return AlertRule(
        name="VpnTunnelDown",
        # Gluetun's health check fails while the tunnel is down, so its readiness does;
        # the P2P clients then have no way out (NetworkPolicy), but the owner must know.
        expr='kube_pod_container_status_ready{namespace="p2p", container="gluetun"} == 0',
        for_="5m",
        severity=Severity.PAGE,
        summary="the VPN tunnel of the P2P pod has been down for 5 minutes",
        fires=Case(
            [Series(ready, "0x10")],
            at="8m",
            labels={"namespace": "p2p", "pod": "p2p-0", "container": "gluetun"},
        ),
        quiet=Case([Series(ready, "1x10")], at="8m"),
    )


service = ServiceSpec(
    name="p2p",
    description="BitTorrent and Soulseek behind the VPN",
    component="p2p",
    image=images.QBITTORRENT,
    ports=[Port(name, number) for name, number in _WEB_PORTS.items()],
    # Downloads belong to the owner of the shared data, like under Compose's PUID/PGID.
    run_as=OWNER,
    # A few torrents. Set Disk IO type "Simple pread/pwrite" (advanced settings) so
    # libtorrent's memory-mapped cache stays out of the pod's memory.
    resources=Resources(cpu="50m", memory="128Mi", memory_limit="384Mi"),
    env={"QBT_WEBUI_PORT": "${port:qbittorrent}", "QBT_TORRENTING_PORT": "50413"},
    volumes=[
        Volume("config", Disk.MAIN, "qbittorrent/config", "/config", size="1Gi"),
        # Compose: cachehdd/torrents with incomplete/ inside; the saved paths still match.
        Volume(
            "downloads",
            Disk.CACHE,
            "torrents",
            "/downloads",
            size="300Gi",
            not_backed_up="downloads, fetched again from the swarm",
        ),
        Volume("slskd-config", Disk.MAIN, "slskd/config", None, size="1Gi"),
        Volume("slskd-logs", Disk.MAIN, "slskd/logs", None, size="1Gi", not_backed_up="logs"),
        Volume(
            "soulseek",
            Disk.CACHE,
            "soulseek",
            None,
            size="100Gi",
            not_backed_up="downloads, fetched again from the network",
        ),
    ],
    scratch=[Scratch("/tmp", size_limit="64Mi")],
    # TCP: every API route but the login needs a session unless the client's address is
    # whitelisted, which a config carried over from Compose's image is not.
    **probes("qbittorrent", start_seconds=300),
    sidecars=[gluetun, slskd],
    web=[
        WebUI(port="qbittorrent", login=Login.AUTHELIA, group="Downloads", icon="qbittorrent.png", name="torrent"),
        WebUI(port="slskd", login=Login.AUTHELIA, group="Downloads", icon="slskd.png", name="soulseek"),
    ],
    resolver="127.0.0.1",
    internet="the VPN tunnel, to the provider's endpoint only; all P2P traffic goes inside it",
    configure=_vpn,
    # Downloads can wait: evicted first under memory pressure.
    priority=Priority.BEST_EFFORT,
    # From kube-state-metrics' readiness series: Gluetun has no metrics of its own.
    alerts=[_vpn_down()],
    optional=(
        "the largest service (qBittorrent, Gluetun and slskd in one pod), more than the 2 GB "
        "node has left next to the platform (dist/BUDGET.md)"
    ),
)
