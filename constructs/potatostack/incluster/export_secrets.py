"""Export the cluster's generated Secrets to a folder, or import them back.

    export_secrets.py export FOLDER   GET every Secret the generators make (the same
        /config/secrets.json they read) and write FOLDER/secrets.json. The Kopia
        CronJob snapshots that folder into the repository, which encrypts it with the
        owner's repository password; the folder itself is an emptyDir, never the disk.
    export_secrets.py import FOLDER   put each exported Secret back: created when
        missing, overwritten when present (a rebuilt cluster's generator may have
        made new values that no longer open the data), its namespace created when the
        cluster has none yet. Run before the first sync (scripts/restore secrets).

Only the Python standard library; the same API access as generate_secrets.py.
"""
import json
import os
import pathlib
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_secrets import CONFIG, call, path_of  # noqa: E402


def wanted():
    with open(CONFIG) as handle:
        items = json.load(handle)
    for item in items:
        yield item["namespace"], item["name"]
        for copy in item.get("copies", []):
            yield copy["namespace"], copy["name"]


def export(folder: pathlib.Path) -> None:
    exported = []
    for namespace, name in wanted():
        found = call("GET", path_of(namespace, name))
        if found is None:
            print(f"missing {namespace}/{name} (not generated yet)")
            continue
        metadata = found["metadata"]
        exported.append({
            "namespace": namespace, "name": name, "type": found.get("type", "Opaque"),
            "labels": metadata.get("labels", {}), "data": found.get("data", {}),
        })
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / "secrets.json.partial"
    partial.write_text(json.dumps(exported, indent=2, sort_keys=True))
    os.chmod(partial, 0o600)
    os.replace(partial, folder / "secrets.json")
    print(f"exported {len(exported)} Secrets")


def import_(folder: pathlib.Path) -> None:
    for secret in json.loads((folder / "secrets.json").read_text()):
        namespace, name = secret["namespace"], secret["name"]
        if call("GET", f"/api/v1/namespaces/{namespace}") is None:
            # Argo CD's first sync adopts it and adds its labels.
            call("POST", "/api/v1/namespaces", {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}})
            print(f"created namespace {namespace}")
        body = {
            "apiVersion": "v1", "kind": "Secret", "type": secret["type"],
            "metadata": {"name": name, "namespace": namespace, "labels": secret["labels"]}, "data": secret["data"],
        }
        existing = call("GET", path_of(namespace, name))
        if existing is None:
            call("POST", path_of(namespace), body)
            print(f"imported {namespace}/{name}")
        elif existing.get("data") != secret["data"]:
            existing["data"] = secret["data"]
            call("PUT", path_of(namespace, name), existing)
            print(f"overwrote {namespace}/{name} with the exported values")
        else:
            print(f"kept {namespace}/{name} (same values)")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("export", "import"):
        raise SystemExit(__doc__)
    (export if sys.argv[1] == "export" else import_)(pathlib.Path(sys.argv[2]))
