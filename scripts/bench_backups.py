"""Backup figures for scripts/bench: the database dump and the Kopia snapshot of the
test data, timed, sized and with their peak memory, using the scripts the CronJobs run."""

import os
import pathlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
INCLUSTER = ROOT / "constructs" / "potatostack" / "incluster"
sys.path.insert(0, str(ROOT / "constructs"))
from potatostack import backups  # noqa: E402

SERVER = pathlib.Path("/usr/lib/postgresql/15/bin")
ROWS = 200_000


def as_postgres(command):
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def peak_mib_of(command, env):
    """Peak RSS of one command, read from a fresh child's rusage."""
    code = (
        "import resource,subprocess,sys;subprocess.run(sys.argv[1:],check=True,stdout=subprocess.DEVNULL,"
        "stderr=subprocess.DEVNULL);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    return (
        int(
            subprocess.run(
                [sys.executable, "-c", code, *command], env=env, capture_output=True, text=True, check=True
            ).stdout
        )
        / 1024
    )


def size_mib(path):
    return sum(f.stat().st_size for f in pathlib.Path(path).rglob("*") if f.is_file()) / 2**20


def _password_files(folder: pathlib.Path, **passwords: str) -> dict:
    """The provisioner reads its passwords from files, as the mounted Secrets give them."""
    files = {}
    for name, value in passwords.items():
        (folder / name).write_text(value)
        files[f"{name}_FILE"] = str(folder / name)
    return files


def databases(scratch):
    folder = pathlib.Path(scratch) / "pg"
    folder.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    subprocess.run(
        as_postgres([str(SERVER / "initdb"), "-D", str(folder / "data"), "-U", "postgres", "--auth=trust"]),
        check=True,
        capture_output=True,
    )
    subprocess.run(
        as_postgres(
            [
                str(SERVER / "pg_ctl"),
                "-D",
                str(folder / "data"),
                "-w",
                "-l",
                str(folder / "log"),
                "-o",
                f"-c listen_addresses='' -k {folder}",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PGHOST": str(folder), "PGUSER": "postgres"}
    try:
        subprocess.run(
            ["sh", str(INCLUSTER / "provision_postgres.sh")],
            env={
                **env,
                "CLIENTS": "authelia gitea",
                **_password_files(folder, PGPASSWORD="unused", PASSWORD_AUTHELIA="a", PASSWORD_GITEA="g"),
            },
            check=True,
            capture_output=True,
        )
        for client in ("authelia", "gitea"):
            subprocess.run(
                [
                    "psql",
                    "-q",
                    "-d",
                    client,
                    "-c",
                    "CREATE TABLE notes (id serial PRIMARY KEY, body text);"
                    f"INSERT INTO notes (body) SELECT md5(n::text) || repeat('x', 200) FROM generate_series(1, {ROWS}) n",
                ],
                env=env,
                check=True,
                capture_output=True,
            )
        dumps = pathlib.Path(scratch) / "dumps"
        run = {
            **env,
            "DATABASES": "authelia gitea",
            "DUMPS": str(dumps),
            "METRICS_DIR": str(pathlib.Path(scratch) / "metrics"),
            "KEEP_DAILY": "7",
            "KEEP_WEEKLY": "4",
        }
        started = time.monotonic()
        subprocess.run(["sh", str(INCLUSTER / "backup_postgres.sh")], env=run, check=True, capture_output=True)
        seconds = time.monotonic() - started
        table = subprocess.run(
            ["psql", "-At", "-d", "gitea", "-c", "SELECT pg_total_relation_size('notes')"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        peak = peak_mib_of(
            ["pg_dump", "--format=custom", "--compress=6", "--file", str(pathlib.Path(scratch) / "peak.dump"), "gitea"],
            env,
        )
        print(
            f"database dump (backup_postgres.sh): 2 databases of {ROWS} rows ({int(table) / 2**20:.0f} MiB on disk each) "
            f"in {seconds:.2f}s, dumps {size_mib(dumps):.1f} MiB; pg_dump peak RSS {peak:.1f} MiB"
        )
    finally:
        subprocess.run(
            as_postgres([str(SERVER / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "stop"]), capture_output=True
        )


def snapshot(scratch):
    kopia = ROOT / ".tools" / f"kopia-{_pin('KOPIA_VERSION')}" / "kopia"
    data = pathlib.Path(scratch) / "data"
    data.mkdir()
    for n in range(200):
        (data / f"file-{n}.bin").write_bytes(os.urandom(500_000))
    db = sqlite3.connect(data / "db.sqlite3")
    db.execute("CREATE TABLE t (body TEXT)")
    db.executemany("INSERT INTO t VALUES (?)", [("x" * 200,) for _ in range(50_000)])
    db.commit()
    env = {
        **os.environ,
        "PATH": f"{kopia.parent}:{os.environ['PATH']}",
        "KOPIA_PASSWORD": "bench",
        "KOPIA_CONFIG_PATH": f"{scratch}/k/repository.config",
        "KOPIA_CACHE_DIRECTORY": f"{scratch}/k/cache",
        "KOPIA_LOG_DIR": f"{scratch}/k/logs",
        "KOPIA_CHECK_FOR_UPDATES": "false",
        "REPOSITORY": f"{scratch}/repository",
        "METRICS_DIR": f"{scratch}/metrics",
        "SOURCES": f"{scratch}/sources.tsv",
        "BACKUP": "bench",
        **{k: str(v) for k, v in backups.RETENTION.environment().items()},
    }
    source = backups.Source(folder=str(data), sqlite=("db.sqlite3",))
    pathlib.Path(env["SOURCES"]).write_text(backups.sources_file([source]))
    started = time.monotonic()
    subprocess.run(
        [sys.executable, str(INCLUSTER / "sqlite_copy.py"), "backup", str(data), "db.sqlite3"],
        check=True,
        capture_output=True,
    )
    subprocess.run(["sh", str(INCLUSTER / "kopia_snapshot.sh")], env=env, check=True, capture_output=True)
    first = time.monotonic() - started
    (data / "file-0.bin").write_bytes(os.urandom(500_000))
    peak = peak_mib_of(["kopia", "snapshot", "create", str(data)], env)
    started = time.monotonic()
    subprocess.run(["sh", str(INCLUSTER / "kopia_snapshot.sh")], env=env, check=True, capture_output=True)
    again = time.monotonic() - started
    print(
        f"file snapshot (kopia_snapshot.sh, Kopia {_pin('KOPIA_VERSION')}): {size_mib(data):.0f} MiB of data with a SQLite file "
        f"in {first:.2f}s first, {again:.2f}s again; repository {size_mib(env['REPOSITORY']):.0f} MiB; "
        f"kopia snapshot create peak RSS {peak:.0f} MiB"
    )


def _pin(key):
    return dict(
        line.split("=", 1)
        for line in (ROOT / "toolchain.env").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    )[key]


def main():
    with tempfile.TemporaryDirectory(prefix="potatostack-bench-") as scratch:
        os.chmod(scratch, 0o755)
        databases(scratch)
        snapshot(scratch)


if __name__ == "__main__":
    main()
