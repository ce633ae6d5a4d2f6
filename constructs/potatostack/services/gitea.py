"""Gitea: Git hosting, over HTTPS and SSH.

Compose: gitea/gitea, ports 3001 (HTTP) and 2222 (SSH), data on the main HDD,
64m reserved / 128m limit (too little for migrations and git operations; see below).
Uses PostgreSQL (its own database and user) and Redis (cache, sessions, queues). Does
its own login: git clients authenticate with tokens and SSH keys, which an SSO
redirect would break.

Cutover: Compose ran the rootful image (everything under /data, as root); the rootless
image keeps repositories and data in /var/lib/gitea and app.ini in /etc/gitea, and
upstream says the two layouts are not interchangeable. Move the data with
`gitea dump` on the old instance and restore it into gitea/data and gitea/config,
owned by 1000:1000 (docs/operations.md, Cutover notes).
"""

from potatostack import images
from potatostack.service import (
    Disk,
    LanPort,
    Login,
    Port,
    Probe,
    Resources,
    RunAs,
    Scratch,
    SecretMount,
    ServiceSpec,
    Uses,
    Volume,
    WebUI,
)

service = ServiceSpec(
    name="gitea",
    description="Git hosting",
    component="web",
    image=images.GITEA,
    ports=[Port("http", 3000), Port("ssh", 2222)],
    # The rootless image is built for git:git, 1000:1000, and checks it at start.
    run_as=RunAs(user=1000, group=1000),
    # 60-230 MiB in use (upstream reports); pushes and migrations spike above that.
    resources=Resources(cpu="50m", memory="128Mi", memory_limit="384Mi"),
    uses=[Uses("postgres", "postgres", account=True), Uses("redis", "redis")],
    env={
        "GITEA__database__DB_TYPE": "postgres",
        "GITEA__database__HOST": "${endpoint:postgres/postgres}",
        "GITEA__database__NAME": "gitea",
        "GITEA__database__USER": "gitea",
        "GITEA__database__SSL_MODE": "disable",
        "GITEA__database__PASSWD__FILE": "/secrets/postgres/password",
        "GITEA__server__DOMAIN": "${host}",
        "GITEA__server__ROOT_URL": "${url}/",
        "GITEA__server__SSH_DOMAIN": "${host}",
        # Clone URLs keep Compose's port 2222 (port 22 of the node is its own sshd).
        "GITEA__server__SSH_PORT": "2222",
        "GITEA__server__SSH_LISTEN_PORT": "${port:ssh}",
        "GITEA__security__INSTALL_LOCK": "true",
        "GITEA__service__DISABLE_REGISTRATION": "true",
        "GITEA__cache__ADAPTER": "redis",
        "GITEA__cache__HOST": "redis://${endpoint:redis/redis}/0",
        "GITEA__session__PROVIDER": "redis",
        "GITEA__session__PROVIDER_CONFIG": "redis://${endpoint:redis/redis}/0",
        "GITEA__queue__TYPE": "redis",
        "GITEA__queue__CONN_STR": "redis://${endpoint:redis/redis}/0",
    },
    # Gitea reads GITEA__<section>__<KEY>__FILE from the named file (since 1.20), so
    # the account's password stays a mounted file.
    secret_mounts=[SecretMount("postgres-credentials", "/secrets/postgres")],
    volumes=[
        # Repositories, LFS, attachments, SSH host keys (the Compose data folder).
        Volume("data", Disk.MAIN, "gitea/data", "/var/lib/gitea", size="200Gi"),
        # app.ini: Gitea rewrites it from GITEA__* at every start and keeps its
        # generated secret keys there, so it must be writable and must persist.
        Volume("config", Disk.MAIN, "gitea/config", "/etc/gitea", size="1Gi"),
    ],
    scratch=[Scratch("/tmp", size_limit="512Mi")],
    readiness=Probe.http("/api/healthz", "http", period_seconds=10, timeout_seconds=5),
    liveness=Probe.http("/api/healthz", "http", period_seconds=30, timeout_seconds=5, failure_threshold=5),
    # First start and schema migrations on a USB disk: up to 5 minutes.
    startup=Probe.http("/api/healthz", "http", period_seconds=10, timeout_seconds=5, failure_threshold=30),
    web=[WebUI(port="http", login=Login.OWN, group="Development", icon="gitea.png", subdomain="git")],
    lan=[LanPort("ssh", 2222, "git over SSH for the LAN's clients (ssh://git@git.<domain>:2222, as under Compose)")],
    optional=(
        "Git hosting needs PostgreSQL and Redis besides itself, more than the 2 GB node has "
        "left next to the platform (dist/BUDGET.md); settings.yaml gitops.repo_url then names "
        "a remote elsewhere"
    ),
)
