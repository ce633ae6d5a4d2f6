"""Create the random Secrets a namespace needs, once; never overwrite a value.

Runs in the cluster as a Job (an ArgoCD sync hook) with only the Python standard
library, talking to the Kubernetes API with its ServiceAccount token. Its input,
/config/secrets.json, lists Secrets by namespace and name with the keys to fill and
where to copy them (a database password the database's namespace generates and the
client's namespace reads). A key that exists is kept: re-running is always safe.

When it created or filled in anything, it starts the secrets export at once (a Job
from the CronJob EXPORT_CRONJOB names, namespace/name), so a new password is in the
encrypted backup before the night.

KUBERNETES_API and SERVICEACCOUNT_DIR override the in-cluster defaults (tests).
"""
import base64
import json
import os
import secrets
import ssl
import sys
import time
import urllib.error
import urllib.request

API = os.environ.get("KUBERNETES_API", "https://kubernetes.default.svc")
ACCOUNT = os.environ.get("SERVICEACCOUNT_DIR", "/var/run/secrets/kubernetes.io/serviceaccount")
CONFIG = os.environ.get("SECRETS_CONFIG", "/config/secrets.json")


def call(method, path, body=None, tolerate=()):
    with open(os.path.join(ACCOUNT, "token")) as handle:
        token = handle.read().strip()
    request = urllib.request.Request(
        API + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    context = ssl.create_default_context(cafile=os.path.join(ACCOUNT, "ca.crt")) if API.startswith("https") else None
    try:
        with urllib.request.urlopen(request, context=context, timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        if (error.code == 404 and method == "GET") or error.code in tolerate:
            return None
        raise SystemExit(f"{method} {path}: HTTP {error.code} {error.read().decode(errors='replace')}")


def path_of(namespace, name=None):
    return f"/api/v1/namespaces/{namespace}/secrets" + (f"/{name}" if name else "")


def random_value(length):
    # URL-safe letters and digits: fits connection strings and config files unquoted.
    return secrets.token_urlsafe(length)[:length]


def ensure(namespace, name, labels, wanted):
    """Make namespace/name hold at least the keys of `wanted` (key -> value or None for
    random). Existing keys are kept; returns the Secret's data (base64 values)."""
    existing = call("GET", path_of(namespace, name))
    data = dict((existing or {}).get("data") or {})
    added = []
    for key, value in wanted.items():
        if key not in data:
            plain = value if value is not None else random_value(LENGTH)
            data[key] = base64.b64encode(plain.encode()).decode()
            added.append(key)
    if existing is None:
        call("POST", path_of(namespace), {
            "apiVersion": "v1", "kind": "Secret", "type": "Opaque",
            "metadata": {"name": name, "namespace": namespace, "labels": labels}, "data": data,
        })
        print(f"created {namespace}/{name} ({', '.join(sorted(added))})")
        NEW.append(f"{namespace}/{name}")
    elif added:
        existing["data"] = data
        call("PUT", path_of(namespace, name), existing)
        print(f"added {', '.join(sorted(added))} to {namespace}/{name}")
        NEW.append(f"{namespace}/{name}")
    else:
        print(f"kept {namespace}/{name}")
    return data


LENGTH = 32
# What this run created or filled in: the export starts when there is any.
NEW = []


def main():
    with open(CONFIG) as handle:
        wanted = json.load(handle)
    for item in wanted:
        data = ensure(item["namespace"], item["name"], item["labels"], {key: None for key in item["keys"]})
        for copy in item.get("copies", []):
            mirror(copy["namespace"], copy["name"], item["labels"], {key: data[key] for key in item["keys"]})
    if NEW and os.environ.get("EXPORT_CRONJOB"):
        try:
            start_export(*os.environ["EXPORT_CRONJOB"].split("/"))
        except SystemExit as error:
            # The Secrets exist, which is what the sync waits for; the night's export
            # takes them, and its freshness alert says if it does not.
            print(f"could not start the secrets export: {error}", file=sys.stderr)
    return 0


def start_export(namespace, cronjob):
    """A Job from the export CronJob, under one fixed name so that the generators of
    one sync (several namespaces) start one export, not one each. One still running
    is left alone: its export reads the Secrets seconds after its pod starts, and one
    made too early for a Secret is caught by the night's run."""
    cron = call("GET", f"/apis/batch/v1/namespaces/{namespace}/cronjobs/{cronjob}")
    if cron is None:
        print(f"no CronJob {namespace}/{cronjob} yet: the night's export takes the new Secrets")
        return
    name = f"{cronjob}-after-sync"
    jobs = f"/apis/batch/v1/namespaces/{namespace}/jobs"
    existing = call("GET", f"{jobs}/{name}")
    if existing is not None:
        conditions = (existing.get("status") or {}).get("conditions") or []
        if not any(c["type"] in ("Complete", "Failed") and c["status"] == "True" for c in conditions):
            print(f"{namespace}/{name} is running: it exports the new Secrets")
            return
        call("DELETE", f"{jobs}/{name}", {"propagationPolicy": "Background"}, tolerate=(404,))
    template = cron["spec"]["jobTemplate"]
    body = {
        "apiVersion": "batch/v1", "kind": "Job",
        "metadata": {
            "name": name, "namespace": namespace, "labels": (template.get("metadata") or {}).get("labels", {}),
            "annotations": {"cronjob.kubernetes.io/instantiate": "manual"},
        },
        "spec": template["spec"],
    }
    # The deleted Job may take a moment to go (409 until then).
    for _ in range(30):
        if call("POST", jobs, body, tolerate=(409,)) is not None:
            print(f"started {namespace}/{name}: the new Secrets ({', '.join(NEW)}) go into the encrypted export")
            return
        time.sleep(1)
    raise SystemExit(f"could not start {namespace}/{name}: it still exists")


def mirror(namespace, name, labels, data):
    """Make namespace/name hold exactly these keys' values: the original is the truth."""
    existing = call("GET", path_of(namespace, name))
    if existing is None:
        call("POST", path_of(namespace), {
            "apiVersion": "v1", "kind": "Secret", "type": "Opaque",
            "metadata": {"name": name, "namespace": namespace, "labels": labels}, "data": data,
        })
        print(f"copied to {namespace}/{name}")
    elif any((existing.get("data") or {}).get(key) != value for key, value in data.items()):
        existing["data"] = {**(existing.get("data") or {}), **data}
        call("PUT", path_of(namespace, name), existing)
        print(f"updated the copy {namespace}/{name}")
    else:
        print(f"kept the copy {namespace}/{name}")


if __name__ == "__main__":
    sys.exit(main())
