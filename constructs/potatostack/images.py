"""Every container image the stack runs, at an exact version that is published for arm64.

One line per image so that a person or an update bot bumps a version in one place
(renovate.json finds each `Image(...)` line). Tags are exact releases, never `latest`
or a floating major; the policy `policies/require-pinned-images` rejects anything else
in dist/. A digest goes beside the tag once something with registry access fills it
in (the update bot can; nothing on this machine reaches a registry).
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Image:
    repository: str
    tag: str
    # "sha256:<64 hex>": the tag stays for people, the digest is what the node pulls.
    digest: str = ""

    def __post_init__(self) -> None:
        if self.digest and not re.fullmatch(r"sha256:[a-f0-9]{64}", self.digest):
            raise ValueError(f"{self.repository}: digest must be sha256:<64 hex digits>, not {self.digest!r}")

    @property
    def reference(self) -> str:
        pinned = f"{self.repository}:{self.tag}"
        return f"{pinned}@{self.digest}" if self.digest else pinned


# PostgreSQL 14 as Immich builds it, with VectorChord and pgvector (Immich v3's vector
# search): the same major version as Compose's tensorchord/pgvecto-rs:pg14, so its data
# folder carries over. The variants that also carry pgvecto.rs are no longer rebuilt;
# the cutover notes (docs/operations.md) move Immich's vectors off pgvecto.rs under Compose first.
POSTGRES = Image("ghcr.io/immich-app/postgres", "14-vectorchord1.1.1-pgvector0.8.5")

# Redis 7.4 on Alpine; the cache Gitea, Immich, Seafile and Authelia share.
REDIS = Image("docker.io/library/redis", "7.4.11-alpine")

# Vaultwarden, the Bitwarden-compatible password server (Rust); the Alpine variant
# ships tzdata.
VAULTWARDEN = Image("docker.io/vaultwarden/server", "1.37.2-alpine")

# Python's standard library runs the in-cluster helpers (incluster/); no image of our own.
PYTHON = Image("docker.io/library/python", "3.13.1-alpine3.21")

# Gitea's rootless image: runs as 1000:1000 with its own SSH server on 2222.
GITEA = Image("docker.io/gitea/gitea", "1.27.3-rootless")

# Authelia, the SSO and 2FA portal in front of the web UIs.
AUTHELIA = Image("docker.io/authelia/authelia", "4.39.20")

# Homepage, the dashboard; fills itself from the Ingress annotations.
HOMEPAGE = Image("ghcr.io/gethomepage/homepage", "v1.12.3")

# Uptime Kuma 2, the slim rootless variant: no bundled Chromium or MariaDB, runs as node (1000).
UPTIME_KUMA = Image("docker.io/louislam/uptime-kuma", "2.5.3-slim-rootless")

# Dozzle, the log viewer, in Kubernetes mode (a static binary on scratch).
DOZZLE = Image("docker.io/amir20/dozzle", "v10.7.3")

# Diun, image-update notices from the Kubernetes API instead of the Docker socket.
DIUN = Image("docker.io/crazymax/diun", "4.33.0")

# Gluetun, the VPN client the P2P pod's traffic leaves through (a release tag: master
# carries breaking DNS changes after v3.41.1).
GLUETUN = Image("docker.io/qmcgaw/gluetun", "v3.41.1")

# qBittorrent, home-operations' rootless build (any uid, read-only root, /config and
# /tmp writable; libtorrent 2 with pread/pwrite disk I/O, not mmap).
QBITTORRENT = Image("ghcr.io/home-operations/qbittorrent", "5.2.3")

# slskd, the Soulseek client daemon (.NET); runs as the uid it is given.
SLSKD = Image("ghcr.io/slskd/slskd", "0.26.0")

# Samba on Alpine (crazy-max/docker-samba, tag 4.23.8-r0 of 2026-07-17): smbd only,
# users and shares from one YAML file.
SAMBA = Image("docker.io/crazymax/samba", "4.23.8-r0")

# SFTPGo: SFTP and a web client for the same files, as a non-root user.
SFTPGO = Image("docker.io/drakkan/sftpgo", "v2.7.5-alpine")

# Immich's server (API and background jobs in one process since v1.106; no machine
# learning container on this board).
IMMICH_SERVER = Image("ghcr.io/immich-app/immich-server", "v3.3.1")

# Seafile Community Edition (its own nginx, seahub and seaf-server in one image).
SEAFILE = Image("docker.io/seafileltd/seafile-mc", "13.0.28")

# MariaDB 11.4 LTS, for Seafile only (Seafile supports MySQL and MariaDB, not PostgreSQL).
MARIADB = Image("docker.io/library/mariadb", "11.4.7")

# Portainer CE, the LTS line its official chart pins.
PORTAINER = Image("docker.io/portainer/portainer-ce", "2.39.4")

# Kopia, the file backups (Compose's `kopia`); the gate builds the same release from its
# Go module (toolchain.env KOPIA_VERSION) and round-trips a snapshot with it.
KOPIA = Image("docker.io/kopia/kopia", "0.22.3")

# The observability core (docs/observability.md). VictoriaMetrics single-node and vmalert:
# one release, the one scripts/bench_observability.py builds from its Go module
# (toolchain.env VICTORIA_METRICS_VERSION): v1.151.0, the newest whose go.mod the gate's
# Go 1.26 builds (v1.152 and later require Go 1.27).
VICTORIA_METRICS = Image("docker.io/victoriametrics/victoria-metrics", "v1.151.0")
VMALERT = Image("docker.io/victoriametrics/vmalert", "v1.151.0")

# Alertmanager; the gate's amtool is built from the same release (toolchain.env AMTOOL_VERSION).
ALERTMANAGER = Image("quay.io/prometheus/alertmanager", "v0.35.0")

# The node's counters; the benchmark builds the same release to count its series.
NODE_EXPORTER = Image("quay.io/prometheus/node-exporter", "v1.12.1")

# SMART attributes of the two HDDs (smartctl 7.x inside the image, no install at start).
SMARTCTL_EXPORTER = Image("quay.io/prometheuscommunity/smartctl-exporter", "v0.14.0")

# The log store and its shipper (docs/observability.md, "Logs"). VictoriaLogs: the
# release scripts/bench_logs.py builds from its Go module (toolchain.env VICTORIA_LOGS_VERSION).
VICTORIA_LOGS = Image("docker.io/victoriametrics/victoria-logs", "v1.52.2")
# Fluent Bit, the log shipper (C: image only, nothing to build here); Docker Hub's copy
# of the release cr.fluentbit.io publishes, multi-arch with arm64.
FLUENT_BIT = Image("docker.io/fluent/fluent-bit", "4.2.2")

# The prober of every web UI and LAN port (its module is not on the Go module proxy:
# image only, the tag not checked against the registry from this machine).
BLACKBOX_EXPORTER = Image("quay.io/prometheus/blackbox-exporter", "v0.27.0")

# The internet connection's speed, measured by Ookla's CLI inside the image (Python;
# image only, the tag not checked against the registry from this machine).
SPEEDTEST_EXPORTER = Image("docker.io/miguelndecarvalho/speedtest-exporter", "v3.5.4")

# The FRITZ!Box's counters over TR-064 (Python): the image of the fritz-exporter
# release on PyPI (2.6.2, the newest it serves here), the tag not checked against the registry.
FRITZBOX_EXPORTER = Image("docker.io/pdreker/fritz_exporter", "2.6.2")

# Grafana OSS (AGPL: run from its image, never built here).
GRAFANA = Image("docker.io/grafana/grafana", "12.4.4")

# Pod restarts and termination reasons, CronJob successes, node conditions.
KUBE_STATE_METRICS = Image("registry.k8s.io/kube-state-metrics/kube-state-metrics", "v2.17.0")
# Argo CD's own image for the controller, the repo server and their init containers:
# the release of imports/upstream/argo-cd (scripts/vendor-upstream) and of the CRDs.
ARGOCD = Image("quay.io/argoproj/argocd", "v3.6.1")

# The Redis that Argo CD v3.6.1's release manifests pin for its cache (they pull Docker
# Hub's official image through public.ecr.aws; the same image from Docker Hub, a registry
# restrict-image-registries allows).
ARGOCD_REDIS = Image("docker.io/library/redis", "8.10.1-alpine")
