"""Seafile: file sync for the desktop and mobile clients, with its MariaDB.

Compose: seafileltd/seafile-mc on port 8001 (256m/384m), data in seconddrive/seafile.
Seafile supports only MySQL and MariaDB (PostgreSQL support was removed in 7.1), so
its database runs beside it: a MariaDB container in the same pod that only Seafile
and its nightly dump reach (the dump's NetworkPolicies; backups.mariadb_dump). The seafile-mc image is a small system of its
own (nginx, seahub, seaf-server, cron) that starts as root: the deviations are
declared with their reasons, and its namespace enforces Pod Security baseline.
"""

from potatostack import backups, images
from potatostack.service import (
    Container,
    Disk,
    GeneratedSecret,
    Login,
    Port,
    Probe,
    Resources,
    RunAs,
    Scratch,
    SecretEnv,
    ServiceSpec,
    Uses,
    Volume,
    WebUI,
)

_SECRETS = "seafile-secrets"
_MARIADB_READY = ("healthcheck.sh", "--connect", "--innodb_initialized")

# Seafile 12's image takes its database password, JWT key and first admin from the
# environment (its .env convention); no *_FILE variant is documented for them.
_ENV_ONLY = "seafile-mc reads it from the environment only; no *_FILE variant is documented"

mariadb = Container(
    name="mariadb",
    image=images.MARIADB,
    # The image's mysql user, which owns the data folder; no chown at start.
    run_as=RunAs(user=999, group=999),
    # A 32 MB buffer pool and no performance schema keep it near 100 MiB.
    resources=Resources(cpu="20m", memory="96Mi", memory_limit="192Mi"),
    ports=["mariadb"],
    args=[
        # Every address of the pod: the dump CronJob connects through the Service; the
        # namespace's NetworkPolicies let only that pod in on this port.
        "--bind-address=0.0.0.0",
        "--innodb-buffer-pool-size=32M",
        "--performance-schema=OFF",
        "--max-connections=30",
        "--skip-name-resolve",
    ],
    env={"MARIADB_AUTO_UPGRADE": "1", "MARIADB_MYSQL_LOCALHOST_USER": "1"},
    secret_env=[
        SecretEnv(
            "MARIADB_ROOT_PASSWORD",
            _SECRETS,
            "mariadb-root",
            plain_reason="MariaDB reads MARIADB_ROOT_PASSWORD_FILE, but the model mounts Secrets into "
            "the service's own container only (a sidecar's secret mount is not built yet)",
        )
    ],
    mounts={"mariadb": "/var/lib/mysql"},
    scratch=[Scratch("/run/mysqld", size_limit="1Mi"), Scratch("/tmp", size_limit="64Mi")],
    readiness=Probe.run(*_MARIADB_READY, period_seconds=10, timeout_seconds=5),
    liveness=Probe.run(*_MARIADB_READY, period_seconds=30, timeout_seconds=5, failure_threshold=3),
    startup=Probe.run(*_MARIADB_READY, period_seconds=5, timeout_seconds=5, failure_threshold=60),
)

service = ServiceSpec(
    name="seafile",
    description="File sync for desktop and phone",
    component="file-sync",
    image=images.SEAFILE,
    ports=[Port("http", 80), Port("mariadb", 3306)],
    # The pod's default user and the volumes' group; the container itself is root.
    run_as=RunAs(user=8000, group=8000),
    root_reason="the image's init starts nginx, cron and the Seafile servers as root",
    added_capabilities={
        "SETUID": "its init starts services as their own users",
        "SETGID": "its init starts services as their own groups",
        "CHOWN": "its init hands /shared's folders to the Seafile user",
        "DAC_OVERRIDE": "root reads and writes the Seafile user's files",
        "FOWNER": "its init sets modes on files it does not own",
    },
    writable_root_reason="the image writes its nginx configuration, crontab and links below /opt and /etc at start",
    # 300-700 MiB reported for seahub, seaf-server and nginx together.
    # Its writable root and logs on the system disk: a bound, not a measurement (the
    # kubelet keeps up to 5 x 10Mi of logs by default, plus the files named above;
    # cdk8s-plus writes ephemeral storage in whole GiB).
    resources=Resources(cpu="100m", memory="320Mi", memory_limit="768Mi", ephemeral_storage="1Gi"),
    env={
        "SEAFILE_SERVER_HOSTNAME": "${host}",
        "SEAFILE_SERVER_PROTOCOL": "https",
        "TIME_ZONE": "${timezone}",
        "SEAFILE_MYSQL_DB_HOST": "127.0.0.1",
        "SEAFILE_MYSQL_DB_PORT": "3306",
        "SEAFILE_MYSQL_DB_USER": "seafile",
        "SEAFILE_MYSQL_DB_CCNET_DB_NAME": "ccnet_db",
        "SEAFILE_MYSQL_DB_SEAFILE_DB_NAME": "seafile_db",
        "SEAFILE_MYSQL_DB_SEAHUB_DB_NAME": "seahub_db",
        "INIT_SEAFILE_ADMIN_EMAIL": "admin@${domain}",
        "CACHE_PROVIDER": "redis",
        "REDIS_HOST": "${address:redis}",
        "REDIS_PORT": "${port:redis/redis}",
        "SEAFILE_LOG_TO_STDOUT": "true",
        "ENABLE_SEADOC": "false",
        "NON_ROOT": "false",
    },
    secret_env=[
        SecretEnv("SEAFILE_MYSQL_DB_PASSWORD", _SECRETS, "db-password", plain_reason=_ENV_ONLY),
        SecretEnv("INIT_SEAFILE_MYSQL_ROOT_PASSWORD", _SECRETS, "mariadb-root", plain_reason=_ENV_ONLY),
        SecretEnv("JWT_PRIVATE_KEY", _SECRETS, "jwt-private-key", plain_reason=_ENV_ONLY),
        SecretEnv("INIT_SEAFILE_ADMIN_PASSWORD", _SECRETS, "admin-password", plain_reason=_ENV_ONLY),
    ],
    generated_secrets=[GeneratedSecret(_SECRETS, ["mariadb-root", "db-password", "jwt-private-key", "admin-password"])],
    volumes=[
        Volume("shared", Disk.MAIN, "seafile", "/shared", size="2Ti"),
        Volume(
            "mariadb",
            Disk.MAIN,
            "seafile-mariadb",
            None,
            size="10Gi",
            not_backed_up="a live MariaDB folder is not consistent; the mariadb-dump CronJob dumps it nightly",
        ),
    ],
    uses=[Uses("redis", "redis")],
    # Seahub's unauthenticated ping, through the image's nginx.
    readiness=Probe.http("/api2/ping/", "http", period_seconds=10, timeout_seconds=5),
    liveness=Probe.http("/api2/ping/", "http", period_seconds=30, timeout_seconds=10, failure_threshold=3),
    # First start creates three databases; upgrades migrate them.
    startup=Probe.http("/api2/ping/", "http", period_seconds=10, timeout_seconds=5, failure_threshold=60),
    sidecars=[mariadb],
    # Seafile's three databases and its accounts, nightly (docs/backups.md).
    helpers=[
        backups.mariadb_dump(
            "seafile",
            images.MARIADB,
            "mariadb",
            ["ccnet_db", "seafile_db", "seahub_db"],
            _SECRETS,
            "mariadb-root",
        )
    ],
    alerts=backups.alerts(backups.MARIADB_DUMP_NAME, "seafile"),
    # The sync clients log in to Seafile itself.
    web=[WebUI(port="http", login=Login.OWN, group="Files", icon="seafile.png", subdomain="sync")],
    optional="file sync; Samba and SFTPGo reach the shared files without it, and it needs a MariaDB of its own",
    termination_grace_seconds=60,
)
