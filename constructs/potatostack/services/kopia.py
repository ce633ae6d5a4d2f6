"""Kopia: nightly snapshots of every declared data folder into an encrypted repository.

Compose ran `kopia` as a server; here the snapshots run as a CronJob (no server: it
would hold its ~100 MiB all day for a UI used on the rare restore). Which folders, and
which live SQLite files to copy consistently first, follow from the declarations
(backups.py); the repository is `backups/kopia` on the main HDD, encrypted with the
password in the Secret `kopia-repository` that the owner creates and keeps a copy of
outside the cluster (docs/backups.md). Restores: scripts/restore files.
"""

import dataclasses

from potatostack import backups, images
from potatostack.service import (
    ConfigFile,
    Container,
    Disk,
    Kind,
    Resources,
    Run,
    RunAs,
    Scratch,
    SecretMount,
    ServiceSpec,
    Volume,
)
from potatostack.settings import Settings

_READ_EVERYTHING = {
    "DAC_OVERRIDE": "read every service's files, whichever uid owns them",
    "CHOWN": "give a consistent SQLite copy its database's owner, so a restored file opens",
}
# Peak RSS of `kopia snapshot create` was 51 MiB for 116 MiB of new files with a
# SQLite file (scripts/bench_backups.py, Kopia 0.22.3, amd64), in a repository made
# with PBKDF2 key derivation (kopia_snapshot.sh); with Kopia's default scrypt it was
# 103-134 MiB, 64 MiB of it the key derivation. A larger first snapshot holds a larger
# index: the limit leaves it room.
_RESOURCES = Resources(cpu="100m", memory="64Mi", memory_limit="384Mi")


def _with_sources(spec: ServiceSpec, settings: Settings) -> ServiceSpec:
    """The folders of the services these settings run, and their SQLite files."""
    from potatostack import services

    enabled = [
        services.configured(other, settings)
        for other in services.ALL
        if other.name != spec.name and services.is_enabled(other, settings)
    ]
    sources = backups.sources(enabled)
    prepare = "".join(
        f"python3 /script/sqlite_copy.py backup {source.folder} {' '.join(source.sqlite)}\n"
        for source in sources
        if source.sqlite
    )
    files = [
        *spec.config_files,
        ConfigFile("/script/sources.tsv", backups.sources_file(sources), filled=False),
        ConfigFile("/script/prepare.sh", "set -eu\n" + prepare, filled=False),
    ]
    return dataclasses.replace(spec, config_files=files)


service = ServiceSpec(
    name="kopia",
    description="nightly Kopia snapshots of the declared data folders",
    component="backup",
    image=images.KOPIA,
    kind=Kind.CRON_JOB,
    # After the database dump (02:30), so the night's dumps are in the snapshot.
    run=Run(schedule="30 3 * * *", deadline_seconds=4 * 3600),
    command=["sh", "/script/kopia_snapshot.sh"],
    config_files=[
        ConfigFile("/script/kopia_snapshot.sh", (backups.INCLUSTER / "kopia_snapshot.sh").read_text(), filled=False),
        ConfigFile("/script/kopia_restore.sh", (backups.INCLUSTER / "kopia_restore.sh").read_text(), filled=False),
        ConfigFile("/script/sqlite_copy.py", (backups.INCLUSTER / "sqlite_copy.py").read_text(), filled=False),
    ],
    run_as=RunAs(user=1000, group=1000),
    root_reason="reads every service's data folder, each owned by its own uid",
    added_capabilities=_READ_EVERYTHING,
    resources=_RESOURCES,
    env={
        "REPOSITORY": f"{backups.MOUNTS[Disk.MAIN]}/{backups.REPOSITORY}",
        "METRICS_DIR": f"{backups.MOUNTS[Disk.MAIN]}/{backups.METRICS}",
        "SOURCES": "/script/sources.tsv",
        "BACKUP": "kopia",
        "KOPIA_CONFIG_PATH": "/kopia/config/repository.config",
        "KOPIA_CACHE_DIRECTORY": "/kopia/cache",
        "KOPIA_LOG_DIR": "/kopia/logs",
        "KOPIA_CHECK_FOR_UPDATES": "false",
        "KOPIA_PERSIST_CREDENTIALS_ON_CONNECT": "false",
        # Off-site: a second repository (another disk) the owner mounts; off by default.
        "OFFSITE_REPOSITORY": "",
        "KOPIA_PASSWORD_FILE": "/secrets/kopia-repository/password",
        **{name: str(value) for name, value in backups.RETENTION.environment().items()},
    },
    secret_mounts=[SecretMount("kopia-repository", "/secrets/kopia-repository")],
    volumes=[
        Volume(
            "main-hdd",
            Disk.MAIN,
            ".",
            backups.MOUNTS[Disk.MAIN],
            size="14Ti",
            not_backed_up="the whole disk, mounted to read the declared folders; each is a source of its own",
            whole_disk="the nightly snapshot reads every declared folder on the main disk, and writes the repository",
        ),
        Volume(
            "cache-hdd",
            Disk.CACHE,
            ".",
            backups.MOUNTS[Disk.CACHE],
            size="500Gi",
            not_backed_up="the whole disk, mounted to read the declared folders; each is a source of its own",
            whole_disk="the nightly snapshot reads every declared folder on the cache disk",
        ),
    ],
    scratch=[Scratch("/kopia", size_limit="2Gi")],
    init_containers=[
        Container(
            name="sqlite-copies",
            image=images.PYTHON,
            resources=Resources(cpu="50m", memory="32Mi", memory_limit="64Mi"),
            run_as=None,
            root_reason="writes the consistent SQLite copies next to each database, owned by its owner",
            added_capabilities=_READ_EVERYTHING,
            command=["sh", "/script/prepare.sh"],
            # prepare.sh and sqlite_copy.py are the pod's config files.
            mounts_config=True,
            mounts={"main-hdd": backups.MOUNTS[Disk.MAIN], "cache-hdd": backups.MOUNTS[Disk.CACHE]},
        ),
    ],
    # In every profile: the vault and the shares are what the owner cannot lose, and the
    # snapshot's 64Mi is held only while it runs (its repository password, the Secret
    # kopia-repository, is the owner's: docs/operations.md).
    configure=_with_sources,
    alerts=backups.alerts("kopia", "kopia"),
)
