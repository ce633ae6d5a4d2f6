"""
Restore from the backups, as a Job made from the backup CronJob's own declaration.

  scripts/restore db NAME [DUMP]       one database, from DUMP (a file name in
                                       backups/postgres/NAME/) or its newest dump
  scripts/restore db --all [SERVER]    every database of SERVER (postgres, the default,
                                       or seafile: its MariaDB) from its newest dump,
                                       roles or accounts first
  scripts/restore files SERVICE [SNAPSHOT]
                                       SERVICE's backed-up folders from SNAPSHOT (a root
                                       ID from `kopia snapshot list`) or the newest one
  scripts/restore secrets [SNAPSHOT]   the generated Secrets from their encrypted export
                                       (the newest by default); on a rebuilt cluster, run
                                       it before the first sync (docs/backups.md)

Each says what it is about to overwrite, pauses Argo CD for the Applications involved
(the skip-reconcile annotation: self-heal would start a stopped workload mid-restore),
stops the workloads whose data it overwrites (scaled to 0), runs the Job (the
CronJob's pod, with the restore script as command), waits for it, starts the workloads
again and resumes Argo CD. --print writes the Job to stdout and changes nothing.
--yes skips the question. Needs kubectl for the cluster (docs/backups.md).
"""

import argparse
import getpass
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


def dist_object(namespace: str, kind: str, name: str) -> dict:
    return yaml.safe_load((DIST / namespace / f"{kind}.{name}.k8s.yaml").read_text())


SECRETS = "secrets-export"
# Argo CD's own switch: the application controller leaves an Application alone while it
# carries it (no sync, no self-heal). An annotation git does not set, so the root
# Application's self-heal does not take it away either.
SKIP_RECONCILE = "argocd.argoproj.io/skip-reconcile"


def exported_secrets() -> list:
    config = dist_object(SECRETS, "ConfigMap", f"{SECRETS}-config")
    items = json.loads(config["data"]["secrets.json"])
    found = [(item["namespace"], item["name"]) for item in items]
    found += [(copy["namespace"], copy["name"]) for item in items for copy in item.get("copies", [])]
    return sorted(set(found))


def import_access(secrets: list) -> list:
    """What the import needs beyond the export's own rights, for the restore only: a
    rebuilt cluster has neither the namespaces nor the Secrets yet. Removed after."""
    name = f"{SECRETS}-import"
    return [
        {
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRole",
            "metadata": {
                "name": name,
                "annotations": {"potatostack.io/reason": "scripts/restore secrets, while it runs"},
            },
            "rules": [
                {"apiGroups": [""], "resources": ["namespaces"], "verbs": ["get", "create"]},
                # create cannot be limited to a name; get and update can.
                {"apiGroups": [""], "resources": ["secrets"], "verbs": ["create"]},
                {
                    "apiGroups": [""],
                    "resources": ["secrets"],
                    "verbs": ["get", "update"],
                    "resourceNames": sorted({secret for _, secret in secrets}),
                },
            ],
        },
        {
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRoleBinding",
            "metadata": {"name": name},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": name},
            "subjects": [{"kind": "ServiceAccount", "name": SECRETS, "namespace": SECRETS}],
        },
    ]


# What the export's pod needs that a cluster before its first sync does not have yet.
PREREQUISITE_KINDS = (
    "Namespace",
    "ServiceAccount",
    "ConfigMap",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "NetworkPolicy",
)


def secrets_prerequisites() -> list:
    return [
        manifest
        for path in sorted((DIST / SECRETS).glob("*.k8s.yaml"))
        for manifest in [yaml.safe_load(path.read_text())]
        if manifest["kind"] in PREREQUISITE_KINDS
    ]


def secrets_job(snapshot: str) -> dict:
    """The export's pod backwards: Kopia restores the export (the init container, in
    memory), then the export script imports it."""
    cron = cronjob(SECRETS, SECRETS)
    job = restore_job(cron, ["sh", "/script/kopia_restore.sh", "/export", snapshot])
    pod = job["spec"]["template"]["spec"]
    template = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    (exporter,) = json.loads(json.dumps(template["initContainers"]))
    exporter["command"] = ["python3", "/script/export_secrets.py", "import", "/export"]
    pod["initContainers"] = pod["containers"]
    pod["containers"] = [exporter]
    return job


# The database dumps in dist/: (namespace, CronJob, restore script, the server).
DUMPS = (
    ("postgres", "postgres-dump", "restore_postgres.sh", "postgres"),
    ("seafile", "mariadb-dump", "restore_mariadb.sh", "seafile's MariaDB"),
)


def _databases(cron: dict) -> list:
    env = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["env"]
    return dict((e["name"], e.get("value")) for e in env)["DATABASES"].split()


def plan_db(args) -> tuple:
    """PostgreSQL's databases (--all: PostgreSQL's), or Seafile's MariaDB's
    (--all seafile). MariaDB runs in Seafile's pod, so Seafile is not stopped for it."""
    present = [
        (ns, name, script, server)
        for ns, name, script, server in DUMPS
        if (DIST / ns / f"CronJob.{name}.k8s.yaml").exists()
    ]
    declared = {ns: _databases(cronjob(ns, name)) for ns, name, _, _ in present}
    if args.name == "--all":
        wanted = args.item or "postgres"
        match = [d for d in present if d[0] == wanted]
        if not match:
            raise SystemExit(
                f"restore: no database dump of {wanted} in {DIST} (dumped: {', '.join(declared) or 'none'})"
            )
    else:
        match = [d for d in present if args.name in declared[d[0]]]
        if not match:
            every = ", ".join(db for databases in declared.values() for db in databases)
            raise SystemExit(f"restore: {args.name} is not a declared database (declared: {every})")
    namespace, name, restore_script, server = match[0]
    names = declared[namespace] if args.name == "--all" else [args.name]
    if args.name == "--all":
        command = ["sh", f"/script/{restore_script}", "--all"]
    else:
        command = ["sh", f"/script/{restore_script}", args.name, *([args.item] if args.item else [])]
    if namespace == "postgres":
        stop = [w for db in names if (DIST / db).is_dir() for w in workloads_of(db)]
        what = "(and the roles) on postgres"
    else:
        stop = []
        what = f"on {server} (Seafile keeps running: its database is in its pod)"
    overwritten = [f"database {db} {what}" for db in names]
    return overwritten, restore_job(cronjob(namespace, name), command), stop


def plan(args) -> tuple:
    """(what is overwritten, the Job, the workloads to stop)."""
    if args.what == "secrets":
        secrets = exported_secrets()
        overwritten = [f"Secret {namespace}/{name}" for namespace, name in secrets]
        stop = [
            w
            for namespace in sorted({ns for ns, _ in secrets})
            if (DIST / namespace).is_dir()
            for w in workloads_of(namespace)
        ]
        return overwritten, secrets_job(args.name or "latest"), stop
    if args.what == "db":
        return plan_db(args)
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


def kubectl_ok(*arguments, stdin=None) -> bool:
    """kubectl that may fail (the object is not there): True when it did not."""
    return subprocess.run(["kubectl", *arguments], input=stdin, text=True, capture_output=True).returncode == 0


def applications(namespaces) -> list:
    """The Argo CD Applications (dist/argocd/) that sync these namespaces' folders."""
    return sorted(n for n in set(namespaces) if (DIST / "argocd" / f"Application.{n}.k8s.yaml").exists())


def create_missing(objects: list) -> None:
    """Create what the cluster lacks; what exists is left as it is (Argo CD's)."""
    for manifest in objects:
        kind, name = manifest["kind"].lower(), manifest["metadata"]["name"]
        where = ["-n", manifest["metadata"]["namespace"]] if "namespace" in manifest["metadata"] else []
        if not kubectl_ok("get", kind, name, *where):
            kubectl("create", "-f", "-", stdin=json.dumps(manifest))


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/restore", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=["db", "files", "secrets"])
    parser.add_argument(
        "name", nargs="?", help="database name or --all (db); service name (files); snapshot root ID (secrets)"
    )
    parser.add_argument("item", nargs="?", help="dump file name (db) or snapshot root ID (files); default the newest")
    parser.add_argument("--print", action="store_true", help="print the Job and change nothing")
    parser.add_argument("--yes", action="store_true", help="do not ask before overwriting")
    args = parser.parse_args(
        sys.argv[1:] if "--all" not in sys.argv else [a if a != "--all" else "__all__" for a in sys.argv[1:]]
    )
    args.name = "--all" if args.name == "__all__" else args.name
    if args.what != "secrets" and not args.name:
        parser.error(f"{args.what} needs a name")
    overwritten, job, stop = plan(args)
    if args.print:
        print(yaml.safe_dump(job, sort_keys=False))
        return 0
    namespace = job["metadata"]["namespace"]
    paused = applications([namespace, *(ns for _, _, ns in stop)])
    print("about to overwrite: " + "; ".join(overwritten))
    print("stopping first: " + (", ".join(f"{ns}/{name}" for _, name, ns in stop) or "nothing"))
    print("pausing Argo CD for: " + (", ".join(paused) or "nothing") + f" ({SKIP_RECONCILE} until it is done)")
    if not args.yes and input("type 'overwrite' to go on: ").strip() != "overwrite":
        return 1
    temporary = []
    # An Application that is not there (a rebuilt cluster before its first sync) has nothing to pause.
    paused = [
        app
        for app in paused
        if kubectl_ok("-n", "argocd", "annotate", "application", app, f"{SKIP_RECONCILE}=true", "--overwrite")
    ]
    # Only what runs can be stopped (nothing does before the first sync).
    stop = [(kind, name, ns) for kind, name, ns in stop if kubectl_ok("-n", ns, "get", f"{kind}/{name}")]
    try:
        if args.what == "secrets":
            create_missing(secrets_prerequisites())
            if not kubectl_ok("-n", SECRETS, "get", "secret", "kopia-repository"):
                password = getpass.getpass("the Kopia repository password (kept outside the cluster): ")
                kubectl(
                    "-n",
                    SECRETS,
                    "create",
                    "secret",
                    "generic",
                    "kopia-repository",
                    f"--from-literal=password={password}",
                )
            temporary = import_access(exported_secrets())
            kubectl("apply", "-f", "-", stdin=json.dumps({"apiVersion": "v1", "kind": "List", "items": temporary}))
        for kind, name, ns in stop:
            kubectl("-n", ns, "scale", f"{kind}/{name}", "--replicas=0")
        kubectl("create", "-f", "-", stdin=json.dumps(job))
        kubectl(
            "-n",
            namespace,
            "wait",
            "--for=condition=complete",
            f"job/{job['metadata']['name']}",
            f"--timeout={job['spec']['activeDeadlineSeconds']}s",
        )
        kubectl("-n", namespace, "logs", f"job/{job['metadata']['name']}")
    finally:
        for manifest in temporary:
            kubectl_ok("delete", manifest["kind"].lower(), manifest["metadata"]["name"])
        for kind, name, ns in stop:
            kubectl("-n", ns, "scale", f"{kind}/{name}", "--replicas=1")
        for app in paused:
            kubectl_ok("-n", "argocd", "annotate", "application", app, f"{SKIP_RECONCILE}-")
    return 0


if __name__ == "__main__":
    sys.exit(main())
