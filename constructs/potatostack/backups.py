"""What is backed up, and how: one place for the policy the CronJobs and the gate share.

- Databases: incluster/backup_postgres.sh dumps every database a client declared
  (accounts), one compressed file each plus the roles, into `backups/postgres/`.
- Files: every declared Volume is a Kopia source unless it says why not
  (Volume.not_backed_up); SQLite files named in Volume.sqlite are copied with SQLite's
  backup API first (incluster/sqlite_copy.py) and the live file is ignored.
- The cluster's generated Secrets: incluster/export_secrets.py into an emptyDir that
  Kopia snapshots, encrypted with the owner's repository password.

The repository lives on the main HDD (`backups/kopia/`); a second repository (another
disk) is the owner's setting, off by default (docs/backups.md).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple

from potatostack.errors import ConfigError
from potatostack.service import Disk, ServiceSpec
from potatostack.settings import Settings

# Folders under the main HDD's mount point.
BACKUP_ROOT = "backups"
DUMPS = f"{BACKUP_ROOT}/postgres"
REPOSITORY = f"{BACKUP_ROOT}/kopia"
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
        return {"KEEP_DAILY": self.daily, "KEEP_WEEKLY": self.weekly, "KEEP_MONTHLY": self.monthly, "KEEP_LATEST": self.latest}


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


def sources_file(sources: Sequence[Source]) -> str:
    """The SOURCES file incluster/kopia_snapshot.sh reads: folder, tab, ignore patterns."""
    return "".join(f"{source.folder}\t{' '.join(source.ignores)}\n" for source in sources)


def sources(enabled: Sequence[ServiceSpec]) -> Tuple[Source, ...]:
    """Every declared volume that is backed up, as a Kopia source; the dumps too."""
    found = [Source(folder=f"{MOUNTS[Disk.MAIN]}/{DUMPS}", service="postgres")] if _runs_postgres(enabled) else []
    for spec in sorted(enabled, key=lambda spec: spec.name):
        for volume in spec.volumes:
            if volume.not_backed_up is None:
                found.append(Source(folder=f"{MOUNTS[volume.disk]}/{volume.path}", sqlite=tuple(volume.sqlite), service=spec.name))
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
