"""PostgreSQL: one server for every app that needs a relational database.

Compose: tensorchord/pgvecto-rs (pg14), port 5432, 96m reserved / 192m limit. Here:
Immich's own PostgreSQL 14 image, the same major version (the data folder carries
over) with VectorChord, which Immich v3 needs. Gitea and Authelia use plain SQL.
"""

from potatostack import backups, images
from potatostack.priority import Priority
from potatostack.service import (
    Accounts,
    Disk,
    GeneratedSecret,
    Kind,
    Port,
    Probe,
    Resources,
    RunAs,
    Scratch,
    SecretMount,
    ServiceSpec,
    Volume,
)

_READY = ("pg_isready", "--host=127.0.0.1", "--port=5432", "--username=postgres", "--quiet")

service = ServiceSpec(
    name="postgres",
    description="PostgreSQL 14 with VectorChord, shared by the apps",
    component="database",
    image=images.POSTGRES,
    kind=Kind.STATEFUL_SET,
    ports=[Port("postgres", 5432)],
    # uid/gid 999 is the image's postgres user, which owns the data folder written under
    # Compose; running as it directly skips the entrypoint's chown-then-drop-root dance.
    run_as=RunAs(user=999, group=999),
    resources=Resources(cpu="100m", memory="96Mi", memory_limit="192Mi"),
    args=[
        # Setting args replaces the image's command (its config file, tuned for a
        # machine of its own); VectorChord must still be preloaded for Immich.
        "-c",
        "shared_preload_libraries=vchord.so",
        # The stock shared_buffers (128 MB) alone would use two thirds of the 192 MiB
        # limit; 32 MB is plenty for four small apps. Fewer connections, less memory.
        "-c",
        "shared_buffers=32MB",
        "-c",
        "max_connections=50",
        "-c",
        "work_mem=2MB",
    ],
    env={
        "PGDATA": "/var/lib/postgresql/data",
        # The image's entrypoint reads *_FILE variables (file_env), so the password
        # stays a mounted file and out of the pod's environment.
        "POSTGRES_PASSWORD_FILE": "/secrets/superuser/password",
    },
    # The superuser's password is generated in the cluster on first sync.
    generated_secrets=[GeneratedSecret(Accounts.POSTGRES.superuser_secret, ["password"])],
    secret_mounts=[SecretMount(Accounts.POSTGRES.superuser_secret, "/secrets/superuser")],
    # Clients that declare Uses("postgres", "postgres", account=True) get a database
    # and a user of their own name.
    accounts=Accounts.POSTGRES,
    volumes=[
        Volume(
            "data",
            Disk.MAIN,
            "postgres/data",
            "/var/lib/postgresql/data",
            size="50Gi",
            # A copy of a live data folder is not a consistent database.
            not_backed_up="dumped nightly by the postgres-dump CronJob; Kopia snapshots the dumps",
        )
    ],
    # The unix socket and the entrypoint's temporary files; the root filesystem is
    # read-only. Immich's entrypoint writes /etc/postgresql/postgresql.conf on every
    # start (unused with the args above, but a failed write stops it).
    scratch=[
        Scratch("/var/run/postgresql", size_limit="1Mi"),
        Scratch("/tmp", size_limit="64Mi"),
        Scratch("/etc/postgresql", size_limit="1Mi"),
    ],
    readiness=Probe.run(*_READY, period_seconds=10, timeout_seconds=5),
    liveness=Probe.tcp("postgres", period_seconds=20, timeout_seconds=5, failure_threshold=6),
    # First start (initdb) or crash recovery on a USB hard disk: up to 5 minutes.
    startup=Probe.run(*_READY, period_seconds=5, timeout_seconds=5, failure_threshold=60),
    # A clean shutdown checkpoints; a SIGKILL mid-checkpoint means recovery at next start.
    termination_grace_seconds=60,
    # Every app that keeps state in SQL is down without it.
    priority=Priority.CRITICAL,
    # The nightly dump (backups.dump_job) runs in this namespace: its missing or failed run pages.
    alerts=backups.alerts(backups.DUMP_NAME, "postgres"),
    optional=(
        "the database of Gitea, Authelia and Immich: with Argo CD counted, the platform takes "
        "most of what the 2 GB node's pods get (dist/BUDGET.md); Vaultwarden keeps its own SQLite"
    ),
)
