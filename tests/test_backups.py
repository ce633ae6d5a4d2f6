"""Backups proven by restoring them, with the real programs the cluster runs: the
database round trip against Debian's PostgreSQL, the file round trip with Kopia built
at the image's release, and the secrets' round trip through Kopia's encrypted
repository against the real API server (tests/box.py) with dist/'s RBAC. The scripts
are the files the CronJobs and restore Jobs run."""

import base64
import filecmp
import json
import os
import pathlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile

import pytest
import toolchain

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

INCLUSTER = toolchain.ROOT / "constructs" / "potatostack" / "incluster"
DEBIAN_POSTGRES = "15"  # bookworm's major version (apt-cache policy postgresql: 15+248)
INSTALL = "run `make tools` (apt-get install -y postgresql sqlite3 as root)"


def as_postgres(command):
    """initdb and pg_ctl refuse to run as root, which CI is."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture
def postgres():
    server = pathlib.Path(f"/usr/lib/postgresql/{DEBIAN_POSTGRES}/bin")
    if not (server / "initdb").exists():
        pytest.fail(f"PostgreSQL {DEBIAN_POSTGRES}'s server is not installed at {server}: {INSTALL}", pytrace=False)
    for tool in ("psql", "pg_dump", "pg_dumpall", "pg_restore"):
        toolchain.which_or_fail(tool, INSTALL)
    folder = pathlib.Path(tempfile.mkdtemp(prefix="potatostack-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, socket = folder / "data", folder
    subprocess.run(
        as_postgres([str(server / "initdb"), "--pgdata", str(data), "--username=postgres", "--auth=trust"]),
        check=True,
        capture_output=True,
        timeout=120,
    )
    subprocess.run(
        as_postgres(
            [
                str(server / "pg_ctl"),
                "--pgdata",
                str(data),
                "--wait",
                "--log",
                str(folder / "log"),
                "-o",
                f"-c listen_addresses='' -k {socket}",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
        timeout=120,
    )
    env = {**os.environ, "PGHOST": str(socket), "PGUSER": "postgres", "PGPASSWORD": "unused-with-trust"}
    yield env
    subprocess.run(
        as_postgres([str(server / "pg_ctl"), "--pgdata", str(data), "--mode=fast", "stop"]),
        capture_output=True,
        timeout=120,
    )
    shutil.rmtree(folder, ignore_errors=True)


def sql(env, database, statement):
    result = subprocess.run(
        ["psql", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-At", "--dbname", database, "-c", statement],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def script(path, *args, env, cwd=None):
    result = subprocess.run(["sh", str(path), *args], env=env, capture_output=True, text=True, timeout=300, cwd=cwd)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


CLIENTS = ("authelia", "gitea")


def provisioned(env):
    """The account provisioner's databases, as the cluster makes them, with rows. Its
    passwords come from files, as the mounted Secrets give them."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="secrets-"))
    files = {}
    for name, value in (
        ("PGPASSWORD", env["PGPASSWORD"]),
        ("PASSWORD_AUTHELIA", "pw-authelia"),
        ("PASSWORD_GITEA", "pw-gitea"),
    ):
        (folder / name).write_text(value)
        files[f"{name}_FILE"] = str(folder / name)
    script(INCLUSTER / "provision_postgres.sh", env={**env, "CLIENTS": " ".join(CLIENTS), **files})
    for client in CLIENTS:
        sql(
            env,
            client,
            f"CREATE TABLE notes (id serial PRIMARY KEY, body text); ALTER TABLE notes OWNER TO {client};"
            f"INSERT INTO notes (body) SELECT '{client} note ' || n FROM generate_series(1, 500) n;",
        )
    return {client: sql(env, client, "SELECT id, body FROM notes ORDER BY id") for client in CLIENTS}


def dump_env(postgres, tmp_path, *databases, retention=None):
    """The dump CronJob's environment, with the retention it declares unless given."""
    keep = (retention or backups.RETENTION).environment()
    return {
        **postgres,
        "DATABASES": " ".join(databases),
        "DUMPS": str(tmp_path / "dumps"),
        "METRICS_DIR": str(tmp_path / "metrics"),
        "KEEP_DAILY": str(keep["KEEP_DAILY"]),
        "KEEP_WEEKLY": str(keep["KEEP_WEEKLY"]),
    }


def test_every_declared_database_is_dumped_dropped_and_restored(postgres, tmp_path):
    rows = provisioned(postgres)
    env = dump_env(postgres, tmp_path, *CLIENTS)
    script(INCLUSTER / "backup_postgres.sh", env=env)
    for client in CLIENTS:
        (dump,) = (tmp_path / "dumps" / client).iterdir()
        assert dump.name.startswith(f"{client}-") and dump.name.endswith("Z.dump")
        sql(postgres, "postgres", f"DROP DATABASE {client}")
    sql(postgres, "postgres", "DROP ROLE authelia")
    output = script(INCLUSTER / "restore_postgres.sh", "--all", env=env)
    assert "overwriting database gitea" in output
    for client in CLIENTS:
        assert sql(postgres, client, "SELECT id, body FROM notes ORDER BY id") == rows[client]
        assert sql(postgres, client, "SELECT tableowner FROM pg_tables WHERE tablename = 'notes'").strip() == client


def test_one_database_is_restored_from_a_chosen_dump(postgres, tmp_path):
    rows = provisioned(postgres)
    env = dump_env(postgres, tmp_path, "gitea")
    script(INCLUSTER / "backup_postgres.sh", env=env)
    (dump,) = (tmp_path / "dumps" / "gitea").iterdir()
    sql(postgres, "gitea", "DELETE FROM notes WHERE id > 10")
    script(INCLUSTER / "restore_postgres.sh", "gitea", dump.name, env=env)
    assert sql(postgres, "gitea", "SELECT id, body FROM notes ORDER BY id") == rows["gitea"]


def test_a_dump_writes_its_freshness_timestamp_for_the_textfile_collector(postgres, tmp_path):
    provisioned(postgres)
    env = dump_env(postgres, tmp_path, "gitea")
    before = int(subprocess.run(["date", "+%s"], capture_output=True, text=True).stdout)
    script(INCLUSTER / "backup_postgres.sh", env=env)
    line = (tmp_path / "metrics" / "postgres-dump.prom").read_text().splitlines()[-1]
    name, value = line.rsplit(" ", 1)
    assert name == 'potatostack_backup_last_success_timestamp_seconds{backup="postgres-dump"}'
    assert before <= int(value) <= before + 300


def test_retention_keeps_the_newest_of_n_days_and_m_weeks(postgres, tmp_path):
    provisioned(postgres)
    dumps = tmp_path / "dumps" / "gitea"
    dumps.mkdir(parents=True)
    # 40 days of nightly dumps, two on the newest day, ending before today's.
    import datetime

    today = datetime.date.today()
    old = [today - datetime.timedelta(days=n) for n in range(1, 41)]
    for day in old:
        (dumps / f"gitea-{day.isoformat()}T020000Z.dump").write_text("old")
    (dumps / f"gitea-{old[0].isoformat()}T010000Z.dump").write_text("earlier the same day")
    env = dump_env(postgres, tmp_path, "gitea", retention=backups.Retention(daily=3, weekly=2))
    script(INCLUSTER / "backup_postgres.sh", env=env)
    kept = sorted(path.name[len("gitea-") : len("gitea-") + 10] for path in dumps.iterdir())
    days = sorted({today, *old})
    newest_three = days[-3:]
    weeks = {}
    for day in days:
        weeks.setdefault(day.isocalendar()[:2], day)
        weeks[day.isocalendar()[:2]] = max(weeks[day.isocalendar()[:2]], day)
    newest_two_weeks = sorted(weeks.values())[-2:]
    assert kept == sorted({day.isoformat() for day in [*newest_three, *newest_two_weeks]})
    assert f"gitea-{old[0].isoformat()}T010000Z.dump" not in {path.name for path in dumps.iterdir()}


# --- files: Kopia -------------------------------------------------------------------


def kopia_env(tmp_path, password="owner-kept-password"):
    binary = toolchain.kopia()
    return {
        **os.environ,
        "PATH": f"{binary.parent}:{os.environ['PATH']}",
        "KOPIA_PASSWORD": password,
        "KOPIA_CONFIG_PATH": str(tmp_path / "kopia" / "repository.config"),
        "KOPIA_CACHE_DIRECTORY": str(tmp_path / "kopia" / "cache"),
        "KOPIA_LOG_DIR": str(tmp_path / "kopia" / "logs"),
        "KOPIA_CHECK_FOR_UPDATES": "false",
        "KOPIA_PERSIST_CREDENTIALS_ON_CONNECT": "false",
        "REPOSITORY": str(tmp_path / "repository"),
        "METRICS_DIR": str(tmp_path / "metrics"),
        **{name: str(value) for name, value in backups.RETENTION.environment().items()},
    }


from potatostack import backups, services  # noqa: E402


def test_a_folder_with_a_live_sqlite_database_round_trips_through_kopia(tmp_path):
    data = tmp_path / "vaultwarden"
    (data / "attachments").mkdir(parents=True)
    (data / "attachments" / "file.bin").write_bytes(os.urandom(200_000))
    (data / "config.json").write_text('{"domain": "https://vault.example"}')
    live = sqlite3.connect(data / "db.sqlite3")
    live.execute("PRAGMA journal_mode=WAL")
    live.execute("CREATE TABLE ciphers (id INTEGER PRIMARY KEY, data TEXT)")
    live.executemany("INSERT INTO ciphers (data) VALUES (?)", [(f"secret {n}",) for n in range(2000)])
    live.commit()  # in the WAL, not yet in db.sqlite3: a plain copy of the file would miss it
    expected = list(live.iterdump())
    source = backups.Source(folder=str(data), sqlite=("db.sqlite3",))
    subprocess.run(
        [sys.executable, str(INCLUSTER / "sqlite_copy.py"), "backup", str(data), *source.sqlite], check=True, timeout=60
    )
    (tmp_path / "sources.tsv").write_text(backups.sources_file([source]))
    env = {**kopia_env(tmp_path), "SOURCES": str(tmp_path / "sources.tsv"), "BACKUP": "kopia-files"}
    script(INCLUSTER / "kopia_snapshot.sh", env=env)
    live.close()
    snapshotted = tmp_path / "snapshotted"
    # What the snapshot must hold: everything but the live database at the top.
    shutil.copytree(
        data,
        snapshotted,
        ignore=lambda where, names: [n for n in names if where == str(data) and n.startswith("db.sqlite3")],
    )
    shutil.rmtree(data)
    data.mkdir()
    output = script(INCLUSTER / "kopia_restore.sh", str(data), env={**env, "SQLITE": "db.sqlite3"})
    assert f"overwriting {data} with snapshot k" in output
    # Byte for byte what was snapshotted, the consistent copy now in the live one's place.
    (snapshotted / "db.sqlite3").write_bytes((snapshotted / ".consistent" / "db.sqlite3").read_bytes())
    (snapshotted / ".consistent" / "db.sqlite3").unlink()
    comparison = filecmp.dircmp(snapshotted, data)
    assert _same_tree(comparison), "the restored folder differs from the snapshotted one"
    restored = sqlite3.connect(data / "db.sqlite3")
    assert list(restored.iterdump()) == expected
    assert (
        'potatostack_backup_last_success_timestamp_seconds{backup="kopia-files"}'
        in (tmp_path / "metrics" / "kopia-files.prom").read_text()
    )


def _same_tree(comparison) -> bool:
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
    if comparison.left_only or comparison.right_only or mismatch or errors:
        return False
    return all(_same_tree(sub) for sub in comparison.subdirs.values())


def test_the_wrong_repository_password_restores_nothing(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a").write_text("a")
    (tmp_path / "sources.tsv").write_text(backups.sources_file([backups.Source(folder=str(folder))]))
    script(
        INCLUSTER / "kopia_snapshot.sh",
        env={**kopia_env(tmp_path), "SOURCES": str(tmp_path / "sources.tsv"), "BACKUP": "t"},
    )
    shutil.rmtree(tmp_path / "kopia")
    result = subprocess.run(
        ["sh", str(INCLUSTER / "kopia_restore.sh"), str(folder)],
        env=kopia_env(tmp_path, "guessed"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0 and "invalid repository password" in result.stderr.lower()


# --- coverage: every declared volume is backed up or says why not --------------------


def _kopia_sources(out):
    config = (out / "kopia" / "ConfigMap.kopia-config.k8s.yaml").read_text()
    import yaml

    return {line.split("\t")[0] for line in yaml.safe_load(config)["data"]["sources.tsv"].splitlines()}


@pytest.fixture(scope="module")
def everything_enabled(tmp_path_factory):
    """Every declared service at once, on a node they fit (the budget is not the question here)."""
    import yaml

    settings = yaml.safe_load((toolchain.ROOT / "settings.yaml").read_text())
    settings["profile"] = "complete"
    settings["node"] = {**settings["node"], "memory": "8Gi"}
    settings["services"] = {**(settings.get("services") or {}), "kopia": {"enabled": True}}
    path = tmp_path_factory.mktemp("settings") / "settings.yaml"
    path.write_text(yaml.safe_dump(settings))
    out = tmp_path_factory.mktemp("dist") / "out"
    result = toolchain.synth(out, settings=path)
    assert result.returncode == 0, result.stderr
    return out


def test_every_volume_of_every_service_is_a_kopia_source_or_says_why_not(everything_enabled):
    sources = _kopia_sources(everything_enabled)
    uncovered = [
        f"{spec.name}: volumes.{volume.name}"
        for spec in services.ALL
        for volume in spec.volumes
        if volume.not_backed_up is None and f"{backups.MOUNTS[volume.disk]}/{volume.path}" not in sources
    ]
    assert not uncovered
    assert f"{backups.MOUNTS[backups.Disk.MAIN]}/{backups.DUMPS}" in sources
    assert {spec.name for spec in services.ALL if any(v.not_backed_up is None for v in spec.volumes)} >= {
        "vaultwarden",
        "gitea",
        "immich",
    }


def test_a_service_whose_data_has_neither_a_source_nor_a_reason_fails_the_check():
    import dataclasses

    from potatostack.errors import ConfigError
    from potatostack.service import Volume

    vaultwarden = next(spec for spec in services.ALL if spec.name == "vaultwarden")
    silent = dataclasses.replace(
        vaultwarden,
        volumes=[Volume("data", backups.Disk.MAIN, "vaultwarden/data", "/data", size="5Gi", not_backed_up=" ")],
    )
    with pytest.raises(ConfigError, match=r"vaultwarden: volumes.data: not_backed_up needs its reason"):
        backups.check_coverage([silent])
    covered = backups.sources([vaultwarden])
    assert [source.folder for source in covered] == ["/data/main_hdd/vaultwarden/data"]
    assert backups.sources([dataclasses.replace(vaultwarden, volumes=[])]) == ()


def test_the_sqlite_services_are_copied_consistently_before_their_snapshot(everything_enabled):
    import yaml

    data = yaml.safe_load((everything_enabled / "kopia" / "ConfigMap.kopia-config.k8s.yaml").read_text())["data"]
    assert "sqlite_copy.py backup /data/main_hdd/vaultwarden/data db.sqlite3" in data["prepare.sh"]
    assert "sqlite_copy.py backup /data/main_hdd/uptime-kuma kuma.db" in data["prepare.sh"]
    assert "/data/main_hdd/vaultwarden/data\t/db.sqlite3 /db.sqlite3-wal" in data["sources.tsv"]
    assert data["kopia_snapshot.sh"] == (INCLUSTER / "kopia_snapshot.sh").read_text()


def test_the_dump_cronjob_runs_the_tested_script_and_never_overlaps(complete_dist):
    import yaml

    # Every service: the default profile runs no database (dist/BUDGET.md).
    dist = complete_dist / "postgres"
    cron = yaml.safe_load((dist / "CronJob.postgres-dump.k8s.yaml").read_text())
    config = yaml.safe_load((dist / "ConfigMap.postgres-dump-config.k8s.yaml").read_text())
    assert config["data"]["backup_postgres.sh"] == (INCLUSTER / "backup_postgres.sh").read_text()
    assert cron["spec"]["concurrencyPolicy"] == "Forbid"
    container = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    assert container["image"] == next(s for s in services.ALL if s.name == "postgres").image.reference
    databases = dict((e["name"], e.get("value")) for e in container["env"])["DATABASES"].split()
    generator = yaml.safe_load((dist / "ConfigMap.secret-generator-config.k8s.yaml").read_text())
    accounts = sorted(
        item["name"].removeprefix("account-")
        for item in json.loads(generator["data"]["secrets.json"])
        if item["name"].startswith("account-")
    )
    assert databases == accounts and databases


# --- the restore commands -------------------------------------------------------------


def restore(*arguments, dist=None, **options):
    """scripts/restore over a synthesized tree (the committed dist/ unless given)."""
    env = {**os.environ, **({"POTATOSTACK_DIST": str(dist)} if dist else {})}
    return subprocess.run(
        [str(toolchain.ROOT / "scripts" / "restore"), *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        **options,
    )


def test_restore_help_names_every_command():
    result = restore("--help")
    assert result.returncode == 0
    for usage in ("restore db NAME [DUMP]", "restore db --all", "restore files SERVICE [SNAPSHOT]"):
        assert usage in result.stdout


def test_restore_db_is_a_job_from_the_dump_cronjob_running_the_tested_restore_script(complete_dist):
    import yaml

    result = restore("db", "gitea", "gitea-2026-12-01T023000Z.dump", "--print", dist=complete_dist)
    assert result.returncode == 0, result.stderr
    job = yaml.safe_load(result.stdout)
    cron = yaml.safe_load((complete_dist / "postgres" / "CronJob.postgres-dump.k8s.yaml").read_text())
    pod, cron_pod = job["spec"]["template"]["spec"], cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    assert pod["containers"][0]["command"] == [
        "sh",
        "/script/restore_postgres.sh",
        "gitea",
        "gitea-2026-12-01T023000Z.dump",
    ]
    assert {k: v for k, v in pod["containers"][0].items() if k != "command"} == {
        k: v for k, v in cron_pod["containers"][0].items() if k != "command"
    }
    assert job["metadata"]["namespace"] == "postgres"


def test_restore_refuses_an_undeclared_database_in_one_line(complete_dist):
    result = restore("db", "nope", "--print", dist=complete_dist)
    assert result.returncode == 1 and result.stderr.strip().startswith("restore: nope is not a declared database")
    assert "Traceback" not in result.stderr


def test_restore_says_what_it_overwrites_and_stops_before_asking(complete_dist):
    result = restore("db", "--all", dist=complete_dist, input="no\n")
    assert result.returncode == 1
    assert "about to overwrite: database authelia (and the roles) on postgres; database gitea" in result.stdout
    assert "stopping first: authelia/authelia, gitea/gitea" in result.stdout


# --- the generated Secrets against the real API server (tests/box.py) ----------------


def _dist(namespace, kind, name):
    import yaml

    return yaml.safe_load((toolchain.ROOT / "dist" / namespace / f"{kind}.{name}.k8s.yaml").read_text())


def _as(box, tmp_path, namespace, account):
    """A folder like a pod's serviceaccount mount: a real token for `account`."""
    folder = tmp_path / f"sa-{namespace}-{account}"
    folder.mkdir(exist_ok=True)
    (folder / "token").write_text(box.kubectl("create", "token", account, "-n", namespace).stdout.strip())
    shutil.copy(box.folder / "pki" / "ca.crt", folder / "ca.crt")
    return folder


def _in_cluster(box, tmp_path, namespace, account, config, *arguments, extra=None):
    """An in-cluster script as `account` against the box's API server, with `config`
    (the ConfigMap file the pod mounts) as its secrets.json."""
    (tmp_path / f"{namespace}-{account}.json").write_text(config)
    env = {
        **os.environ,
        "KUBERNETES_API": box.server,
        "SERVICEACCOUNT_DIR": str(_as(box, tmp_path, namespace, account)),
        "SECRETS_CONFIG": str(tmp_path / f"{namespace}-{account}.json"),
        **(extra or {}),
    }
    return subprocess.run([sys.executable, *map(str, arguments)], env=env, capture_output=True, text=True, timeout=120)


def _values(box, secrets):
    return {(namespace, name): box.get("secret", name, "-n", namespace).get("data") for namespace, name in secrets}


@pytest.mark.xdist_group("box")
def test_the_generated_secrets_round_trip_through_a_real_api_server(box, tmp_path):
    """dist/'s generators, export and restore grant, with real ServiceAccount tokens and
    RBAC: generate (which starts the export), export, snapshot encrypted, wipe (a
    namespace gone, as in a rebuilt cluster; the other's generator makes new values),
    import, compare; the generator then keeps what was imported."""
    import time

    import box as boxes

    sys.path.insert(0, str(toolchain.ROOT / "scripts"))
    import restore

    folders = boxes.dist_folders(toolchain.ROOT / "dist")
    kinds = ("Namespace", "ServiceAccount", "Role", "RoleBinding", "ConfigMap", "CronJob")
    objects = [o for folder in ("secrets-export", "samba", "sftpgo") for o in folders[folder] if o["kind"] in kinds]
    namespaces = [o for o in objects if o["kind"] == "Namespace"]
    for batch in (namespaces, [o for o in objects if o["kind"] != "Namespace"]):
        applied = box.apply(batch)
        assert applied.returncode == 0, applied.stderr
    secrets = restore.exported_secrets()
    assert secrets == [("samba", "samba-owner"), ("sftpgo", "sftpgo-admin")]
    export_config = _dist("secrets-export", "ConfigMap", "secrets-export-config")["data"]
    incluster = INCLUSTER / "generate_secrets.py"
    try:
        for namespace in ("samba", "sftpgo"):
            job = _dist(namespace, "Job", "secret-generator")["spec"]["template"]["spec"]["containers"][0]
            env = {e["name"]: e["value"] for e in job.get("env", []) if e["name"] == "EXPORT_CRONJOB"}
            assert env == {"EXPORT_CRONJOB": "secrets-export/secrets-export"}
            config = _dist(namespace, "ConfigMap", "secret-generator-config")["data"]["secrets.json"]
            made = _in_cluster(box, tmp_path, namespace, "secret-generator", config, incluster, extra=env)
            assert made.returncode == 0 and not made.stderr, made.stdout + made.stderr
            assert f"created {namespace}/" in made.stdout
            # The generator started the export with its own rights (dist/'s Role in secrets-export).
            assert "started secrets-export/secrets-export-after-sync" in made.stdout or (
                "secrets-export/secrets-export-after-sync is running" in made.stdout
            ), made.stdout
        started = box.get("job", "secrets-export-after-sync", "-n", "secrets-export")
        cron = box.get("cronjob", "secrets-export", "-n", "secrets-export")
        assert (
            started["spec"]["template"]["spec"]["containers"]
            == (cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"])
        )
        before = _values(box, secrets)

        # The export, as the CronJob's init container and then its Kopia container.
        export = tmp_path / "export"
        began = time.monotonic()
        exported = _in_cluster(
            box,
            tmp_path,
            "secrets-export",
            "secrets-export",
            export_config["secrets.json"],
            INCLUSTER / "export_secrets.py",
            "export",
            export,
        )
        export_seconds = time.monotonic() - began
        assert exported.returncode == 0, exported.stderr
        assert "exported 2 Secrets" in exported.stdout
        assert oct((export / "secrets.json").stat().st_mode & 0o777) == "0o600"
        (tmp_path / "sources.tsv").write_text(backups.sources_file([backups.Source(folder=str(export))]))
        kopia = {**kopia_env(tmp_path), "SOURCES": str(tmp_path / "sources.tsv"), "BACKUP": "secrets-export"}
        began = time.monotonic()
        script(INCLUSTER / "kopia_snapshot.sh", env=kopia)
        snapshot_seconds = time.monotonic() - began
        plain = [base64.b64decode(value) for data in before.values() for value in data.values()]
        for blob in (tmp_path / "repository").rglob("*"):
            assert not blob.is_file() or not any(value in blob.read_bytes() for value in plain)
        size = sum(blob.stat().st_size for blob in (tmp_path / "repository").rglob("*") if blob.is_file())
        print(
            f"\nsecrets export: {export_seconds:.2f} s, {(export / 'secrets.json').stat().st_size} bytes; "
            f"snapshot {snapshot_seconds:.2f} s, repository {size} bytes"
        )
        assert 'backup="secrets-export"' in (tmp_path / "metrics" / "secrets-export.prom").read_text()

        # Wipe: sftpgo's namespace is gone as in a rebuilt cluster; samba's generator
        # ran first and made a new value.
        shutil.rmtree(export)
        box.kubectl("delete", "namespace", "sftpgo", "--wait=true", "--timeout=90s")
        box.kubectl("delete", "secret", "samba-owner", "-n", "samba")
        samba = _dist("samba", "ConfigMap", "secret-generator-config")["data"]["secrets.json"]
        assert (
            "created samba/samba-owner"
            in _in_cluster(box, tmp_path, "samba", "secret-generator", samba, incluster).stdout
        )
        assert _values(box, [("samba", "samba-owner")]) != {("samba", "samba-owner"): before[("samba", "samba-owner")]}

        export.mkdir()
        script(INCLUSTER / "kopia_restore.sh", str(export), env=kopia)
        arguments = (INCLUSTER / "export_secrets.py", "import", export)
        # The export's own rights only read: the restore's grant is what lets it write.
        refused = _in_cluster(
            box, tmp_path, "secrets-export", "secrets-export", export_config["secrets.json"], *arguments
        )
        assert refused.returncode != 0 and "HTTP 403" in refused.stderr, refused.stdout + refused.stderr
        applied = box.apply(restore.import_access(secrets))
        assert applied.returncode == 0, applied.stderr
        time.sleep(1)  # the RBAC authorizer's watch sees the new binding within a moment
        imported = _in_cluster(
            box, tmp_path, "secrets-export", "secrets-export", export_config["secrets.json"], *arguments
        )
        assert imported.returncode == 0, imported.stdout + imported.stderr
        assert "created namespace sftpgo" in imported.stdout
        assert "imported sftpgo/sftpgo-admin" in imported.stdout
        assert "overwrote samba/samba-owner with the exported values" in imported.stdout
        assert _values(box, secrets) == before
        kept = _in_cluster(box, tmp_path, "samba", "secret-generator", samba, incluster)
        assert "kept samba/samba-owner" in kept.stdout and "created" not in kept.stdout
        assert _values(box, secrets) == before
    finally:
        # The box is the session's: leave it as dist/ has it, without this test's Jobs and grant.
        for manifest in restore.import_access(secrets):
            box.kubectl(
                "delete", manifest["kind"].lower(), manifest["metadata"]["name"], "--ignore-not-found", check=False
            )
        box.kubectl(
            "delete", "job", "secrets-export-after-sync", "-n", "secrets-export", "--ignore-not-found", check=False
        )
        box.apply(
            [o for o in objects if o["metadata"].get("namespace") == "sftpgo" or o["metadata"]["name"] == "sftpgo"]
        )


# --- freshness: every backup job writes the signal its alert reads ---------------------


def test_every_backup_cronjob_writes_the_freshness_signal_its_alert_reads(complete_dist):
    """A backup CronJob (component backup) names its success file after itself, in the
    folder the node exporter's textfile collector reads, and an alert fires when that
    file goes stale or is missing: a new backup job without either fails here."""
    import yaml

    rules = yaml.safe_load(
        yaml.safe_load((complete_dist / "vmalert" / "ConfigMap.vmalert-config.k8s.yaml").read_text())["data"][
            "rules.yml"
        ]
    )
    missing = {rule["alert"]: rule["expr"] for group in rules["groups"] for rule in group["rules"] if "alert" in rule}
    found = []
    for path in sorted(complete_dist.glob("*/CronJob.*.k8s.yaml")):
        cron = yaml.safe_load(path.read_text())
        pod = cron["spec"]["jobTemplate"]["spec"]["template"]
        if pod["metadata"]["labels"].get("app.kubernetes.io/component") != "backup":
            continue
        name = cron["metadata"]["name"]
        found.append(name)
        container = pod["spec"]["containers"][0]
        env = {e["name"]: e.get("value") for e in container.get("env", [])}
        config = next(path.parent.glob(f"ConfigMap.{name}-config.k8s.yaml"), None)
        assert config is not None, f"{name}: no ConfigMap with its script"
        script_text = yaml.safe_load(config.read_text())["data"][pathlib.PurePosixPath(container["command"][-1]).name]
        writes = (
            env.get("BACKUP") == name
            if 'backup="$BACKUP"' in script_text
            else f'backup="{name}"' in script_text or f"freshness {name}" in script_text
        )
        assert writes, f"{name}: its script does not write {name}.prom"
        assert env["METRICS_DIR"].endswith(backups.METRICS.removeprefix(backups.BACKUP_ROOT)), name
        prefix = "".join(part.capitalize() for part in name.split("-"))
        assert f'backup="{name}"' in missing.get(f"{prefix}BackupMissing", ""), f"{name}: no {prefix}BackupMissing"
        assert f"{prefix}BackupFailed" in missing, f"{name}: no {prefix}BackupFailed"
    assert {"postgres-dump", "kopia", "secrets-export"} <= set(found), found


# --- MariaDB (Seafile's database): Debian's server, the CronJob's scripts ------------

SEAFILE_DATABASES = ("ccnet_db", "seafile_db", "seahub_db")
MARIADB_INSTALL = "run `make tools` (apt-get install -y mariadb-server as root)"


@pytest.fixture
def mariadb(tmp_path_factory):
    """Debian's MariaDB on a Unix socket (no network), with a root password as the
    image's MARIADB_ROOT_PASSWORD gives it; yields the dump scripts' environment."""
    for tool in ("mariadbd", "mariadb-install-db", "mariadb", "mariadb-dump"):
        toolchain.which_or_fail(tool, MARIADB_INSTALL)
    folder = pathlib.Path(tempfile.mkdtemp(prefix="potatostack-mariadb-"))
    user = ["--user=mysql"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        shutil.chown(folder, "mysql")
    socket, data = folder / "socket", folder / "data"
    subprocess.run(
        [
            "mariadb-install-db",
            f"--datadir={data}",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            *user,
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    server = subprocess.Popen(
        [
            shutil.which("mariadbd"),
            "--no-defaults",
            f"--datadir={data}",
            f"--socket={socket}",
            f"--pid-file={folder / 'pid'}",
            f"--log-error={folder / 'log'}",
            "--skip-networking",
            "--innodb-buffer-pool-size=32M",
            *user,
        ]
    )
    try:
        for _ in range(300):
            if socket.exists():
                break
            assert server.poll() is None, (folder / "log").read_text()
            import time

            time.sleep(0.1)
        password = tmp_path_factory.mktemp("secret") / "mariadb-root"
        password.write_text("root-pw-from-the-secret")
        subprocess.run(
            [
                "mariadb",
                f"--socket={socket}",
                "-uroot",
                "-e",
                "ALTER USER root@localhost IDENTIFIED BY 'root-pw-from-the-secret'",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield {**os.environ, "DB_SOCKET": str(socket), "DB_USER": "root", "DB_PASSWORD_FILE": str(password)}
    finally:
        server.terminate()
        server.wait(timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


def maria(env, statement, *, user=None, password=None, database=None):
    secret = password if password is not None else pathlib.Path(env["DB_PASSWORD_FILE"]).read_text()
    result = subprocess.run(
        [
            "mariadb",
            "--no-defaults",
            f"--socket={env['DB_SOCKET']}",
            f"--user={user or env['DB_USER']}",
            f"--password={secret}",
            "--batch",
            "--skip-column-names",
            *([database] if database else []),
            "-e",
            statement,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def seafile_data(env):
    """Seafile's three databases and its user, as its first start makes them, with rows."""
    maria(env, "CREATE USER 'seafile'@'%' IDENTIFIED BY 'seafile-db-pw'")
    for database in SEAFILE_DATABASES:
        maria(env, f"CREATE DATABASE {database} CHARACTER SET utf8mb4; GRANT ALL ON {database}.* TO 'seafile'@'%'")
        maria(
            env,
            "CREATE TABLE repo (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255), body TEXT) ENGINE=InnoDB;"
            "INSERT INTO repo (name, body) SELECT CONCAT('library ', seq), REPEAT(MD5(seq), 8) FROM seq_1_to_20000;",
            database=database,
        )
    return {database: maria(env, "SELECT * FROM repo ORDER BY id", database=database) for database in SEAFILE_DATABASES}


def mariadb_env(server, tmp_path):
    keep = backups.RETENTION.environment()
    return {
        **server,
        "DATABASES": " ".join(SEAFILE_DATABASES),
        "DUMPS": str(tmp_path / "dumps"),
        "METRICS_DIR": str(tmp_path / "metrics"),
        "KEEP_DAILY": str(keep["KEEP_DAILY"]),
        "KEEP_WEEKLY": str(keep["KEEP_WEEKLY"]),
    }


def test_seafiles_databases_and_user_are_dumped_dropped_and_restored(mariadb, tmp_path):
    import time

    rows = seafile_data(mariadb)
    env = mariadb_env(mariadb, tmp_path)
    began = time.monotonic()
    measured = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "sh", str(INCLUSTER / "backup_mariadb.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    seconds = time.monotonic() - began
    assert measured.returncode == 0, measured.stdout + measured.stderr
    sizes = {}
    for database in SEAFILE_DATABASES:
        (dump,) = (tmp_path / "dumps" / database).iterdir()
        assert dump.name.startswith(f"{database}-") and dump.name.endswith("Z.sql.gz")
        sizes[database] = dump.stat().st_size
        maria(mariadb, f"DROP DATABASE {database}")
    peak = measured.stderr.strip().splitlines()[-1]
    print(f"\nmariadb dump: {seconds:.2f} s, {sizes} bytes, peak RSS {int(peak) / 1024:.1f} MiB")
    maria(mariadb, "DROP USER 'seafile'@'%'")
    output = script(INCLUSTER / "restore_mariadb.sh", "--all", env=env)
    assert "overwriting database seahub_db" in output and "restoring the accounts" in output
    for database in SEAFILE_DATABASES:
        # As Seafile logs in: its own user, its password, from the restored accounts.
        assert (
            maria(
                mariadb, "SELECT * FROM repo ORDER BY id", user="seafile", password="seafile-db-pw", database=database
            )
            == rows[database]
        )
    assert 'backup="mariadb-dump"' in (tmp_path / "metrics" / "mariadb-dump.prom").read_text()


def test_one_mariadb_database_is_restored_from_a_chosen_dump(mariadb, tmp_path):
    rows = seafile_data(mariadb)
    env = mariadb_env(mariadb, tmp_path)
    script(INCLUSTER / "backup_mariadb.sh", env=env)
    (dump,) = (tmp_path / "dumps" / "seafile_db").iterdir()
    maria(mariadb, "DELETE FROM repo WHERE id > 10; CREATE TABLE stray (id INT)", database="seafile_db")
    output = script(INCLUSTER / "restore_mariadb.sh", "seafile_db", dump.name, env=env)
    assert f"overwriting database seafile_db from {dump.name}" in output
    assert maria(mariadb, "SELECT * FROM repo ORDER BY id", database="seafile_db") == rows["seafile_db"]
    # Dropped first: nothing of the overwritten database is left beside the restored one.
    assert maria(mariadb, "SHOW TABLES", database="seafile_db").split() == ["repo"]


def test_the_mariadb_dump_cronjob_runs_the_tested_scripts_with_the_servers_image(complete_dist):
    import yaml

    dist = complete_dist / "seafile"
    cron = yaml.safe_load((dist / "CronJob.mariadb-dump.k8s.yaml").read_text())
    config = yaml.safe_load((dist / "ConfigMap.mariadb-dump-config.k8s.yaml").read_text())["data"]
    for name in ("backup_mariadb.sh", "restore_mariadb.sh", "mariadb_client.sh", "dumps.sh"):
        assert config[name] == (INCLUSTER / name).read_text()
    assert cron["spec"]["concurrencyPolicy"] == "Forbid"
    assert cron["spec"]["successfulJobsHistoryLimit"] == 1 and cron["spec"]["failedJobsHistoryLimit"] == 1
    job = cron["spec"]["jobTemplate"]["spec"]
    assert job["activeDeadlineSeconds"] > 0
    container = job["template"]["spec"]["containers"][0]
    seafile = next(s for s in services.ALL if s.name == "seafile")
    assert container["image"] == next(c for c in seafile.sidecars if c.name == "mariadb").image.reference
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["DATABASES"].split() == list(SEAFILE_DATABASES)
    assert env["KEEP_DAILY"] == str(backups.RETENTION.daily) and env["KEEP_WEEKLY"] == str(backups.RETENTION.weekly)
    assert container["resources"]["requests"]["memory"] and "DB_PASSWORD" not in env
    # Only the dump's pod gets into MariaDB's port.
    into = yaml.safe_load((dist / "NetworkPolicy.allow-mariadb-dump-into-seafile.k8s.yaml").read_text())["spec"]
    assert into["ingress"][0]["ports"] == [{"port": 3306, "protocol": "TCP"}]
    assert f"{backups.MOUNTS[backups.Disk.MAIN]}/{backups.MARIADB_DUMPS}" in _kopia_sources(complete_dist)


def test_restore_secrets_is_the_export_backwards_and_says_what_it_overwrites():
    import yaml

    result = restore("secrets", "--print")
    assert result.returncode == 0, result.stderr
    pod = yaml.safe_load(result.stdout)["spec"]["template"]["spec"]
    cron = yaml.safe_load((toolchain.ROOT / "dist" / "secrets-export" / "CronJob.secrets-export.k8s.yaml").read_text())
    cron_pod = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    # Kopia restores into the in-memory folder first, then the export script imports.
    (kopia,) = pod["initContainers"]
    assert kopia["command"] == ["sh", "/script/kopia_restore.sh", "/export", "latest"]
    assert kopia["image"] == cron_pod["containers"][0]["image"]
    assert pod["containers"][0]["command"] == ["python3", "/script/export_secrets.py", "import", "/export"]
    assert pod["containers"][0]["volumeMounts"] == cron_pod["initContainers"][0]["volumeMounts"]
    asked = restore("secrets", input="no\n")
    assert asked.returncode == 1
    assert "about to overwrite: Secret samba/samba-owner; Secret sftpgo/sftpgo-admin" in asked.stdout
    assert "pausing Argo CD for: samba, secrets-export, sftpgo (argocd.argoproj.io/skip-reconcile" in asked.stdout


def test_restore_db_finds_seafiles_mariadb_and_says_seafile_keeps_running(complete_dist):
    import yaml

    result = restore("db", "seahub_db", "--print", dist=complete_dist)
    assert result.returncode == 0, result.stderr
    job = yaml.safe_load(result.stdout)
    assert job["metadata"]["namespace"] == "seafile"
    assert job["spec"]["template"]["spec"]["containers"][0]["command"] == [
        "sh",
        "/script/restore_mariadb.sh",
        "seahub_db",
    ]
    asked = restore("db", "--all", "seafile", dist=complete_dist, input="no\n")
    assert "database ccnet_db on seafile's MariaDB (Seafile keeps running" in asked.stdout
    assert "pausing Argo CD for: seafile (" in asked.stdout
