"""The account provisioner's shell logic, against a psql that records what it is asked.

The SQL itself runs only against a real server (on the cluster); this proves the
script hands each client its role, database and extensions, and stops on failure."""

import os
import pathlib
import subprocess

from potatostack import accounts

FAKE_PSQL = """#!/bin/sh
# Record the arguments and the SQL of every call; fail when told to.
{ echo "ARGS $*"; cat; echo "END"; } >> "$PSQL_LOG"
[ -z "$PSQL_FAIL" ] || exit 3
"""


def _run(tmp_path: pathlib.Path, env: dict, passwords: dict) -> subprocess.CompletedProcess:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    psql = bin_dir / "psql"
    psql.write_text(FAKE_PSQL)
    psql.chmod(0o755)
    log = tmp_path / "psql.log"
    # Passwords arrive as files (mounted Secrets), as in the cluster.
    files = {}
    for name, value in {"PGPASSWORD": "superuser", **passwords}.items():
        path = tmp_path / f"{name.lower()}.secret"
        path.write_text(value)
        files[f"{name}_FILE"] = str(path)
    full_env = {"PATH": f"{bin_dir}:{os.environ['PATH']}", "PSQL_LOG": str(log), **files, **env}
    result = subprocess.run(["sh", str(accounts.SCRIPT)], env=full_env, capture_output=True, text=True, timeout=30)
    result.calls = log.read_text().split("END\n")[:-1] if log.exists() else []
    return result


def test_each_client_gets_its_role_and_database_and_only_its_extensions(tmp_path):
    result = _run(
        tmp_path,
        {"CLIENTS": "gitea immich", "EXTENSIONS_IMMICH": "vchord earthdistance"},
        {"PASSWORD_GITEA": "pw-gitea", "PASSWORD_IMMICH": "pw-immich"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["provisioned", "gitea", "provisioned", "immich"]
    roles = [call for call in result.calls if "CREATE ROLE" in call]
    assert "name=gitea" in roles[0] and "password=pw-gitea" in roles[0]
    assert "name=immich" in roles[1] and "password=pw-immich" in roles[1]
    assert all("superuser" not in call for call in result.calls), "the superuser password is never an argument"
    extensions = [call.split("\n", 1)[0] for call in result.calls if "CREATE EXTENSION" in call]
    assert extensions == [
        "ARGS --no-psqlrc --quiet -v ON_ERROR_STOP=1 --dbname=immich -v extension=vchord",
        "ARGS --no-psqlrc --quiet -v ON_ERROR_STOP=1 --dbname=immich -v extension=earthdistance",
    ]


def test_a_failing_statement_stops_the_job(tmp_path):
    result = _run(tmp_path, {"CLIENTS": "gitea", "PSQL_FAIL": "1"}, {"PASSWORD_GITEA": "x"})
    assert result.returncode != 0
    assert "provisioned" not in result.stdout


def test_the_postgres_chart_passes_each_clients_extensions_to_the_job(complete_tree):
    job = complete_tree["postgres"]["Job.provision-accounts.k8s.yaml"]
    env = {e["name"]: e.get("value") for e in job["spec"]["template"]["spec"]["containers"][0]["env"]}
    given = {
        name.removeprefix("EXTENSIONS_").lower(): value for name, value in env.items() if name.startswith("EXTENSIONS_")
    }
    # Immich's account is no superuser: VectorChord (with pgvector) and earthdistance
    # (with cube) must exist before it starts.
    assert given == {"immich": "vchord earthdistance"}
