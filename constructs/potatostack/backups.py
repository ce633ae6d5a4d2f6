"""What is backed up, and how: one place for the policy the CronJobs and the gate share.

- Databases: incluster/backup_postgres.sh dumps every database a client declared
  (accounts), one compressed file each plus the roles, into `backups/postgres/`.
- Files: every declared Volume is a Kopia source unless it says why not
  (Volume.not_backed_up); SQLite files named in Volume.sqlite are copied with SQLite's
  backup API first (incluster/sqlite_copy.py) and the live file is ignored.
- The cluster's generated Secrets: incluster/export_secrets.py into an in-memory
  emptyDir that Kopia snapshots into a repository of their own, encrypted with the
  owner's repository password (services/secrets_export.py).

The repository lives on the main HDD (`backups/kopia/`); a second repository (another
disk) is the owner's setting, off by default (docs/backups.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple

from potatostack.alerts import AlertRule, Case, Series, Severity
from potatostack.errors import ConfigError
from potatostack.images import Image
from potatostack.service import Disk, ServiceSpec
from potatostack.settings import Settings

# Folders under the main HDD's mount point.
BACKUP_ROOT = "backups"
DUMPS = f"{BACKUP_ROOT}/postgres"
REPOSITORY = f"{BACKUP_ROOT}/kopia"
# The generated Secrets' own repository (services/secrets_export.py): written in every
# profile, whether or not the file snapshots run.
SECRETS_REPOSITORY = f"{BACKUP_ROOT}/secrets"
# The node exporter's textfile collector reads this folder (potatostack_backup_*.prom).
METRICS = f"{BACKUP_ROOT}/metrics"
# Where the snapshot pod mounts each disk; a source's path in the repository is its
# folder below these, so the same path is restored onto the same disk.
MOUNTS = {Disk.MAIN: "/data/main_hdd", Disk.CACHE: "/data/cache_hdd"}


@dataclass(frozen=True)
class Retention:
    """Kept dumps and snapshots. A week of nightly dumps covers a bad update noticed
    late; four weekly ones a slow corruption. Kopia also keeps six monthly snapshots:
    deduplicated, they cost little more than the changed files."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 6
    latest: int = 3

    def environment(self) -> Dict[str, int]:
        return {
            "KEEP_DAILY": self.daily,
            "KEEP_WEEKLY": self.weekly,
            "KEEP_MONTHLY": self.monthly,
            "KEEP_LATEST": self.latest,
        }


RETENTION = Retention()


@dataclass(frozen=True)
class Source:
    """One folder Kopia snapshots, and the live SQLite files it must not copy."""

    folder: str
    sqlite: Sequence[str] = ()
    service: str = ""

    @property
    def ignores(self) -> List[str]:
        return [f"/{name}{suffix}" for name in self.sqlite for suffix in ("", "-wal", "-shm", "-journal")]


def _dump_environment(dumps: str) -> Dict[str, str]:
    """What both dump scripts read (dumps.sh): where the dumps and the freshness files go,
    as the pod mounts the backups folder, and how many of them to keep."""
    return {
        "DUMPS": f"/backups/{dumps.removeprefix(BACKUP_ROOT + '/')}",
        "METRICS_DIR": f"/backups/{METRICS.removeprefix(BACKUP_ROOT + '/')}",
        **{
            name: str(value) for name, value in RETENTION.environment().items() if name in ("KEEP_DAILY", "KEEP_WEEKLY")
        },
    }


def sources_file(sources: Sequence[Source]) -> str:
    """The SOURCES file incluster/kopia_snapshot.sh reads: folder, tab, ignore patterns."""
    return "".join(f"{source.folder}\t{' '.join(source.ignores)}\n" for source in sources)


def sources(enabled: Sequence[ServiceSpec]) -> Tuple[Source, ...]:
    """Every declared volume that is backed up, as a Kopia source; the dumps too."""
    found = [Source(folder=f"{MOUNTS[Disk.MAIN]}/{DUMPS}", service="postgres")] if _runs_postgres(enabled) else []
    for spec in sorted(enabled, key=lambda spec: spec.name):
        if any(helper.name == MARIADB_DUMP_NAME for helper in spec.helpers):
            found.append(Source(folder=f"{MOUNTS[Disk.MAIN]}/{MARIADB_DUMPS}", service=spec.name))
        for volume in spec.volumes:
            folder = f"{MOUNTS[volume.disk]}/{volume.path}"
            # Two services may share a folder (Samba's and SFTPGo's files): one source.
            if volume.not_backed_up is None and folder not in {source.folder for source in found}:
                found.append(Source(folder=folder, sqlite=tuple(volume.sqlite), service=spec.name))
    return tuple(found)


def check_coverage(declared: Sequence[ServiceSpec]) -> None:
    """A volume is backed up or says why not; SQLite files are only where Kopia goes."""
    for spec in declared:
        for volume in spec.volumes:
            if volume.not_backed_up is not None and not volume.not_backed_up.strip():
                raise ConfigError(f"{spec.name}: volumes.{volume.name}: not_backed_up needs its reason")
            if volume.not_backed_up is not None and volume.sqlite:
                raise ConfigError(f"{spec.name}: volumes.{volume.name}: names SQLite files but is not backed up")


def _runs_postgres(enabled: Sequence[ServiceSpec]) -> bool:
    return any(spec.accounts is not None for spec in enabled)


def folder(settings: Settings, relative: str) -> str:
    return f"{settings.storage.main_hdd}/{relative}"


# --- the database-dump CronJob -------------------------------------------------------

DUMP_NAME = "postgres-dump"
INCLUSTER = __import__("pathlib").Path(__file__).resolve().parent / "incluster"
DUMP_SCRIPT = INCLUSTER / "backup_postgres.sh"
RESTORE_SCRIPT = INCLUSTER / "restore_postgres.sh"
# 02:30 nightly, before the file snapshot (03:30) that carries the dumps off-disk too.
DUMP_SCHEDULE = "30 2 * * *"
# pg_dump streams each table through COPY: its peak RSS dumping a 200,000-row table
# (56 MiB on disk) was 9.7-10.8 MiB (measured here: /usr/bin/time -v and scripts/bench,
# pg_dump 15, amd64). 12Mi is all the default profile has left under its 2.5x limit
# overcommit, so the limit is tight: a dump killed for memory leaves the freshness
# timestamp stale, which the backup alert reads (raise it in settings.yaml if so).
DUMP_RESOURCES = ("10m", "12Mi", "12Mi")


def dump_job(spec: ServiceSpec, databases: Sequence[str]) -> ServiceSpec:
    """The CronJob that dumps `spec`'s declared databases with the server's own image."""
    from potatostack.service import ConfigFile, Kind, Resources, Run, SecretMount, Volume
    from potatostack.service import ServiceSpec as Spec

    cpu, memory, limit = DUMP_RESOURCES
    if spec.accounts is None:
        raise ConfigError(f"{spec.name}: a database dump needs the server's accounts (accounts=...)")
    return Spec(
        name=DUMP_NAME,
        part_of=spec.name,
        description=f"dumps {spec.name}'s databases nightly (backups.py)",
        component="backup",
        kind=Kind.CRON_JOB,
        # The server's own image: its pg_dump matches the server.
        image=spec.image,
        command=["sh", "/script/backup_postgres.sh"],
        config_files=[
            ConfigFile("/script/backup_postgres.sh", DUMP_SCRIPT.read_text(), filled=False),
            ConfigFile("/script/restore_postgres.sh", RESTORE_SCRIPT.read_text(), filled=False),
            ConfigFile("/script/dumps.sh", (INCLUSTER / "dumps.sh").read_text(), filled=False),
        ],
        run_as=spec.run_as,
        resources=Resources(cpu=cpu, memory=memory, memory_limit=limit),
        # An hour at most: it must be done before the file snapshot starts.
        run=Run(schedule=DUMP_SCHEDULE, deadline_seconds=3600),
        env={
            "DATABASES": " ".join(sorted(databases)),
            "PGHOST": spec.name,
            "PGUSER": "postgres",
            # The superuser's password as a file, never in the environment of the pod.
            "PGPASSWORD_FILE": f"/secrets/{spec.accounts.superuser_secret}/password",
            **_dump_environment(DUMPS),
        },
        secret_mounts=[SecretMount(spec.accounts.superuser_secret, f"/secrets/{spec.accounts.superuser_secret}")],
        volumes=[
            Volume(
                "backups",
                Disk.MAIN,
                BACKUP_ROOT,
                "/backups",
                size="1Ti",
                not_backed_up="holds the dumps and the repository; the dumps folder is a Kopia source of its own",
            )
        ],
    )


def alerts(backup: str, owner_namespace: str, every_hours: int = 24) -> Tuple[AlertRule, ...]:
    """A backup that has not succeeded for a day and a bit, or whose last Job failed.

    The signal is the file the backup writes on success (`METRICS`, read by the node
    exporter's textfile collector): no Pushgateway, and a backup that never ran at all
    shows up as missing too. A failed Job is kube-state-metrics' kube_job_status_failed."""
    # Alert names are unique across the stack (promtool tests an alert by its name).
    prefix = "".join(part.capitalize() for part in backup.split("-"))
    late = (every_hours + 2) * 3600
    success = f'potatostack_backup_last_success_timestamp_seconds{{backup="{backup}"}}'
    return (
        AlertRule(
            name=f"{prefix}BackupMissing",
            expr=f"(time() - {success} > {late}) or absent({success})",
            for_="1h",
            severity=Severity.PAGE,
            summary=f"no successful {backup} backup for more than {every_hours + 2} hours",
            fires=Case([Series(success, "0x1800")], at="28h", labels={"backup": backup}),
            quiet=Case([Series(success, "0+60x1800")], at="28h"),
        ),
        AlertRule(
            name=f"{prefix}BackupFailed",
            expr=f'kube_job_status_failed{{namespace="{owner_namespace}", job_name=~"{backup}-.*"}} > 0',
            for_="0s",
            severity=Severity.WARNING,
            summary=f"{backup}: the Job {{{{ $labels.job_name }}}} failed; its pod's log says why",
            fires=Case(
                [
                    Series(
                        f'kube_job_status_failed{{namespace="{owner_namespace}",job_name="{backup}-29000000"}}', "1x10"
                    )
                ],
                at="5m",
                labels={"namespace": owner_namespace, "job_name": f"{backup}-29000000"},
            ),
            quiet=Case(
                [
                    Series(
                        f'kube_job_status_failed{{namespace="{owner_namespace}",job_name="{backup}-29000000"}}', "0x10"
                    )
                ],
                at="5m",
            ),
        ),
    )


# --- the MariaDB dump (Seafile's database) -------------------------------------------

MARIADB_DUMP_NAME = "mariadb-dump"
MARIADB_DUMPS = f"{BACKUP_ROOT}/mariadb"
# 02:45: after the PostgreSQL dump, done before the file snapshot (03:30) takes both.
MARIADB_DUMP_SCHEDULE = "45 2 * * *"
# mariadb-dump streams rows: the largest of the script's processes peaked at 7.8 MiB
# RSS dumping three databases of 20,000 rows (0.57 MB each compressed, 0.9 s; measured
# here with /usr/bin/time in tests/test_backups.py's round trip, Debian's MariaDB
# 10.11, amd64). 16Mi with room; a dump killed for memory leaves its freshness stale.
MARIADB_DUMP_RESOURCES = ("10m", "16Mi", "32Mi")


def mariadb_dump(
    server: str, image: Image, port: str, databases: Sequence[str], password_secret: str, password_key: str
) -> ServiceSpec:
    """The CronJob that dumps `server`'s MariaDB databases with the server's own image
    (its mariadb-dump matches the server), declared with the service (ServiceSpec.helpers)."""
    from potatostack.service import ConfigFile, Kind, Resources, Run, RunAs, Scratch, SecretMount, Uses, Volume
    from potatostack.service import ServiceSpec as Spec

    cpu, memory, limit = MARIADB_DUMP_RESOURCES
    secret_dir = f"/secrets/{password_secret}"
    return Spec(
        name=MARIADB_DUMP_NAME,
        part_of=server,
        description=f"dumps {server}'s MariaDB databases nightly (backups.py)",
        component="backup",
        kind=Kind.CRON_JOB,
        image=image,
        command=["sh", "/script/backup_mariadb.sh"],
        config_files=[
            ConfigFile(f"/script/{name}", (INCLUSTER / name).read_text(), filled=False)
            for name in ("backup_mariadb.sh", "restore_mariadb.sh", "mariadb_client.sh", "dumps.sh")
        ],
        # The image's mysql user; the owner of the backups folder, as for the other dumps.
        run_as=RunAs(user=999, group=999),
        resources=Resources(cpu=cpu, memory=memory, memory_limit=limit),
        run=Run(schedule=MARIADB_DUMP_SCHEDULE, deadline_seconds=2700),
        env={
            "DATABASES": " ".join(databases),
            "DB_HOST": server,
            "DB_PORT": "3306",
            "DB_USER": "root",
            # The root password as a file, never in the environment of the pod.
            "DB_PASSWORD_FILE": f"{secret_dir}/{password_key}",
            **_dump_environment(MARIADB_DUMPS),
        },
        secret_mounts=[SecretMount(password_secret, secret_dir)],
        uses=[Uses(server, port)],
        # mktemp's client option file (mariadb_client.sh): the root filesystem is read-only.
        scratch=[Scratch("/tmp", size_limit="1Mi", in_memory=True)],
        volumes=[
            Volume(
                "backups",
                Disk.MAIN,
                BACKUP_ROOT,
                "/backups",
                size="1Ti",
                not_backed_up="holds the dumps and the repositories; the dumps folder is a Kopia source of its own",
            )
        ],
    )
