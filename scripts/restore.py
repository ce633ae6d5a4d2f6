"""
Restore from the backups, as a Job made from the backup CronJob's own declaration.

  scripts/restore db NAME [DUMP]       one database, from DUMP (a file name in
                                       backups/postgres/NAME/) or its newest dump
  scripts/restore db --all             every database from its newest dump, roles first
  scripts/restore files SERVICE [SNAPSHOT]
                                       SERVICE's backed-up folders from SNAPSHOT (a root
                                       ID from `kopia snapshot list`) or the newest one

Each stops the workloads whose data it overwrites (scaled to 0), says what it is about
to overwrite, runs the Job (the CronJob's pod, with the restore script as command),
waits for it and starts the workloads again. --print writes the Job to stdout and
changes nothing. --yes skips the question. Needs kubectl for the cluster (docs/backups.md).
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import time

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The synthesized tree the cluster runs; POTATOSTACK_DIST names another (the gate's
# synth of every service, since the default profile has no database to restore).
DIST = pathlib.Path(os.environ.get("POTATOSTACK_DIST") or ROOT / "dist")


def cronjob(namespace: str, name: str) -> dict:
    path = DIST / namespace / f"CronJob.{name}.k8s.yaml"
    if not path.exists():
        raise SystemExit(f"restore: {namespace}/{path.name} is not in {DIST}: is {name} enabled in settings.yaml?")
    return yaml.safe_load(path.read_text())


def restore_job(cron: dict, command: list, env: dict = None) -> dict:
    """The CronJob's pod as a one-off Job, running `command` instead of the backup."""
    template = json.loads(json.dumps(cron["spec"]["jobTemplate"]["spec"]["template"]))
    template["spec"].pop("initContainers", None)
    container = template["spec"]["containers"][0]
    container["command"] = command
    for name, value in (env or {}).items():
        container["env"] = [e for e in container["env"] if e["name"] != name] + [{"name": name, "value": value}]
    name = cron["metadata"]["name"]
    return {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": {
            "name": f"restore-{name}-{int(time.time())}",
            "namespace": cron["metadata"]["namespace"],
            "labels": {**cron["metadata"]["labels"], "app.kubernetes.io/component": "restore"},
        },
        "spec": {
            "backoffLimit": 0,
            "activeDeadlineSeconds": cron["spec"]["jobTemplate"]["spec"]["activeDeadlineSeconds"],
            "template": template,
        },
    }


def workloads_of(namespace: str) -> list:
    """The Deployments and StatefulSets of a service's namespace, from dist/."""
    found = []
    for path in sorted((DIST / namespace).glob("*.k8s.yaml")):
        if path.name.startswith(("Deployment.", "StatefulSet.")):
            manifest = yaml.safe_load(path.read_text())
            found.append((manifest["kind"].lower(), manifest["metadata"]["name"], namespace))
    return found


def plan(args) -> tuple:
    """(what is overwritten, the Job, the workloads to stop)."""
    if args.what == "db":
        cron = cronjob("postgres", "postgres-dump")
        databases = dict(
            (e["name"], e.get("value"))
            for e in cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["env"]
        )["DATABASES"].split()
        names = databases if args.name == "--all" else [args.name]
        if args.name != "--all" and args.name not in databases:
            raise SystemExit(f"restore: {args.name} is not a declared database (declared: {', '.join(databases)})")
        command = [
            "sh",
            "/script/restore_postgres.sh",
            *(["--all"] if args.name == "--all" else [args.name, *([args.item] if args.item else [])]),
        ]
        stop = [w for name in names if (DIST / name).is_dir() for w in workloads_of(name)]
        overwritten = [f"database {name} (and the roles) on postgres" for name in names]
        return overwritten, restore_job(cron, command), stop
    sys.path.insert(0, str(ROOT / "constructs"))
    from potatostack import backups, services  # noqa: E402
    from potatostack.settings import load  # noqa: E402

    cron = cronjob("kopia", "kopia")
    declared = {spec.name: spec for spec in services.ALL}
    if args.name not in declared:
        raise SystemExit(f"restore: no service {args.name!r} (known: {', '.join(sorted(declared))})")
    sources = [
        s
        for s in backups.sources([services.configured(declared[args.name], load(ROOT / "settings.yaml"))])
        if s.service == args.name
    ]
    if not sources:
        raise SystemExit(f"restore: {args.name} has no backed-up folder")
    script = " && ".join(
        f"SQLITE='{' '.join(s.sqlite)}' sh /script/kopia_restore.sh {s.folder} {args.item or 'latest'}" for s in sources
    )
    return [f"folder {s.folder}" for s in sources], restore_job(cron, ["sh", "-c", script]), workloads_of(args.name)


def kubectl(*arguments, stdin=None):
    subprocess.run(["kubectl", *arguments], input=stdin, text=True, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/restore", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=["db", "files"])
    parser.add_argument("name", help="database name or --all (db); service name (files)")
    parser.add_argument("item", nargs="?", help="dump file name (db) or snapshot root ID (files); default the newest")
    parser.add_argument("--print", action="store_true", help="print the Job and change nothing")
    parser.add_argument("--yes", action="store_true", help="do not ask before overwriting")
    args = parser.parse_args(
        sys.argv[1:] if "--all" not in sys.argv else [a if a != "--all" else "__all__" for a in sys.argv[1:]]
    )
    args.name = "--all" if args.name == "__all__" else args.name
    overwritten, job, stop = plan(args)
    if args.print:
        print(yaml.safe_dump(job, sort_keys=False))
        return 0
    print("about to overwrite: " + "; ".join(overwritten))
    print("stopping first: " + (", ".join(f"{ns}/{name}" for _, name, ns in stop) or "nothing"))
    if not args.yes and input("type 'overwrite' to go on: ").strip() != "overwrite":
        return 1
    for kind, name, namespace in stop:
        kubectl("-n", namespace, "scale", f"{kind}/{name}", "--replicas=0")
    try:
        kubectl("create", "-f", "-", stdin=json.dumps(job))
        kubectl(
            "-n",
            job["metadata"]["namespace"],
            "wait",
            "--for=condition=complete",
            f"job/{job['metadata']['name']}",
            f"--timeout={job['spec']['activeDeadlineSeconds']}s",
        )
        kubectl("-n", job["metadata"]["namespace"], "logs", f"job/{job['metadata']['name']}")
    finally:
        for kind, name, namespace in stop:
            kubectl("-n", namespace, "scale", f"{kind}/{name}", "--replicas=1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
