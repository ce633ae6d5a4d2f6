"""The cluster's generated Secrets, exported nightly into a Kopia repository of their own.

The passwords the secret generators make exist only in the k3s datastore; a rebuilt
cluster would generate new ones that no longer open the data on disk. This CronJob
reads every generated Secret (an init container, the generators' own standard-library
client) into a folder in memory and snapshots it into `backups/secrets` on the main
HDD, encrypted by Kopia with the owner's repository password (the Secret
`kopia-repository`, kept in a password manager too). A generator that creates a Secret
starts it at once (generate_secrets.py). `scripts/restore secrets` puts the Secrets back
before a rebuilt cluster's first sync; the generators then keep what exists.

Why Kopia's encryption and not age: the image the file backups already pin ships it,
while no image the stack runs has age (the stack pulls upstream images and builds
none), and the owner keeps one key for every backup, not two.
"""

import dataclasses
import json
from typing import Any, Dict, List, Set

from potatostack import backups, images, secrets
from potatostack.service import (
    ApiAccess,
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

NAME = "secrets-export"
EXPORT = "/export"


def wanted(settings: Settings) -> List[Dict[str, Any]]:
    """Every Secret the generators of these settings make, as their configs list them."""
    from potatostack import services

    # Another service whose configure hook reads every service (Kopia's sources) would
    # configure this one again, without end; one that generates nothing adds nothing.
    enabled = [
        services.configured(spec, settings) if spec.configure is None or spec.generated_secrets else spec
        for spec in services.ALL
        if spec.name != NAME and services.is_enabled(spec, settings)
    ]
    return [item for spec in enabled for item in secrets.wanted(spec, services.account_clients(spec, enabled))]


def _namespaces(items: List[Dict[str, Any]]) -> Set[str]:
    return {item["namespace"] for item in items} | {c["namespace"] for item in items for c in item.get("copies", [])}


def _names_in(items: List[Dict[str, Any]], namespace: str) -> List[str]:
    found = {item["name"] for item in items if item["namespace"] == namespace}
    return sorted(found | {c["name"] for item in items for c in item.get("copies", []) if c["namespace"] == namespace})


def _with_secrets(spec: ServiceSpec, settings: Settings) -> ServiceSpec:
    items = wanted(settings)
    return dataclasses.replace(
        spec,
        config_files=[
            *spec.config_files,
            ConfigFile("/script/secrets.json", json.dumps(items, indent=2, sort_keys=True), filled=False),
        ],
        # A Role in each namespace with generated Secrets, limited to their names.
        api_access=[
            ApiAccess(
                api_groups=[""],
                resources=["secrets"],
                verbs=["get"],
                resource_names=_names_in(items, namespace),
                namespaces=[namespace],
                reason="read the namespace's generated Secrets to export them, encrypted",
            )
            for namespace in sorted(_namespaces(items))
        ],
    )


# The init container is a standard-library script making one GET per Secret: the
# helpers' figures (secrets.HELPER_RESOURCES). Kopia, snapshotting a 4 KB folder, peaked
# at 42-47 MiB RSS per command (create, connect, policy, snapshot) with the PBKDF2 key
# derivation kopia_snapshot.sh creates repositories with (scrypt's took 108-226 MiB);
# measured here with /usr/bin/time, Kopia 0.22.3, amd64. 48Mi, and a 96Mi ceiling.
_KOPIA_RESOURCES = Resources(cpu="20m", memory="48Mi", memory_limit="96Mi")

service = ServiceSpec(
    name=NAME,
    description="nightly encrypted export of the cluster's generated Secrets",
    component="backup",
    image=images.KOPIA,
    kind=Kind.CRON_JOB,
    # 02:00, before the database dump (02:30) and the file snapshot (03:30).
    run=Run(schedule="0 2 * * *", deadline_seconds=1800),
    command=["sh", "/script/kopia_snapshot.sh"],
    config_files=[
        ConfigFile("/script/kopia_snapshot.sh", (backups.INCLUSTER / "kopia_snapshot.sh").read_text(), filled=False),
        ConfigFile("/script/kopia_restore.sh", (backups.INCLUSTER / "kopia_restore.sh").read_text(), filled=False),
        ConfigFile("/script/export_secrets.py", (backups.INCLUSTER / "export_secrets.py").read_text(), filled=False),
        ConfigFile("/script/generate_secrets.py", secrets.SCRIPT.read_text(), filled=False),
        ConfigFile("/script/sources.tsv", backups.sources_file([backups.Source(EXPORT)]), filled=False),
    ],
    # The owner of the backups folder, as for postgres-dump, which mounts the same
    # folder: another fsGroup would have the kubelet hand the folder back and forth.
    run_as=RunAs(user=999, group=999),
    resources=_KOPIA_RESOURCES,
    env={
        "REPOSITORY": f"/backups/{backups.SECRETS_REPOSITORY.removeprefix(backups.BACKUP_ROOT + '/')}",
        "METRICS_DIR": f"/backups/{backups.METRICS.removeprefix(backups.BACKUP_ROOT + '/')}",
        "SOURCES": "/script/sources.tsv",
        "BACKUP": NAME,
        "KOPIA_CONFIG_PATH": "/kopia/repository.config",
        "KOPIA_CACHE_DIRECTORY": "/kopia/cache",
        "KOPIA_LOG_DIR": "/kopia/logs",
        "KOPIA_CHECK_FOR_UPDATES": "false",
        "KOPIA_PERSIST_CREDENTIALS_ON_CONNECT": "false",
        "KOPIA_PASSWORD_FILE": "/secrets/kopia-repository/password",
        **{name: str(value) for name, value in backups.RETENTION.environment().items()},
    },
    secret_mounts=[SecretMount("kopia-repository", "/secrets/kopia-repository")],
    volumes=[
        Volume(
            "backups",
            Disk.MAIN,
            backups.BACKUP_ROOT,
            "/backups",
            size="1Ti",
            not_backed_up="holds the repositories themselves; the export is this job's own snapshot",
        )
    ],
    # The exported values in memory only: never written to a disk unencrypted.
    scratch=[Scratch(EXPORT, size_limit="4Mi", in_memory=True), Scratch("/kopia", size_limit="256Mi")],
    init_containers=[
        Container(
            name="export",
            image=images.PYTHON,
            resources=secrets.HELPER_RESOURCES,
            run_as=RunAs(user=999, group=999),
            command=["python3", "/script/export_secrets.py", "export", EXPORT],
            env={"SECRETS_CONFIG": "/script/secrets.json"},
            mounts_config=True,
            shares_scratch=[EXPORT],
        )
    ],
    configure=_with_secrets,
    alerts=backups.alerts(NAME, NAME),
)
