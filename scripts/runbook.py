"""
The runbooks as commands: each prints the steps it takes (the shell commands, in order)
and runs them with --run. Run on the board (or a machine with its kubeconfig) from a
checkout of this repository; everything is read from dist/.

  scripts/runbook bootstrap             a bare node becomes the stack (docs/runbooks.md)
  scripts/runbook prepare-volumes [SERVICE]
                                        every PersistentVolume's folder, made with the owner
                                        its pod runs as, before the pods start
  scripts/runbook seed-postgres PASSWORD_FILE
                                        Compose's PostgreSQL superuser password into the
                                        Secret the generator would otherwise make anew
  scripts/runbook cutover SERVICE       one service from Compose to k3s
  scripts/runbook rollback SERVICE      one service back to Compose (the plan's 7-day window)
  scripts/runbook restore-node          a rebuilt node back to its data (docs/backups.md)
"""

import argparse
import json
import os
import pathlib
import shlex
import subprocess
import sys
from typing import Dict, Iterator, List, Optional, Tuple

import yaml

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "constructs"))
from potatostack.service import pod_template  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
# POTATOSTACK_DIST names another synthesized tree (the gate's synth of every service).
DIST = pathlib.Path(os.environ.get("POTATOSTACK_DIST") or ROOT / "dist")
K3S_CONFIG = "/etc/rancher/k3s/config.yaml"
K3S_OVERRIDE = "/etc/systemd/system/k3s.service.d/override.conf"
# How long the first sync may take on the board (image pulls over a home uplink).
FIRST_SYNC_TIMEOUT = "30m"

Step = Tuple[str, str]  # (why, shell command)


def _objects(folder: pathlib.Path) -> Iterator[dict]:
    for path in sorted(folder.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc and "kind" in doc:
                yield doc


def _every_object() -> Iterator[dict]:
    for folder in sorted(p for p in DIST.iterdir() if p.is_dir()):
        yield from _objects(folder)


def _k3s_version() -> str:
    text = (ROOT / "constructs" / "potatostack" / "platform.py").read_text()
    return text.split('K3S_VERSION = "', 1)[1].split('"', 1)[0]


def _pod_specs(namespace: str) -> Iterator[dict]:
    for obj in _objects(DIST / namespace) if (DIST / namespace).is_dir() else ():
        template = pod_template(obj)
        if template:
            yield template["spec"]


def volume_owners(service: Optional[str] = None) -> List[Tuple[str, str, int, int]]:
    """(PersistentVolume, folder, uid, gid) of every volume in dist/ (of one namespace):
    the uid and gid of the pod that mounts its claim (container first, then pod), or
    root when the image runs as root."""
    found = []
    for pv in _every_object():
        if pv["kind"] != "PersistentVolume":
            continue
        claim = pv["spec"].get("claimRef") or {}
        namespace = claim.get("namespace", "")
        if service and namespace != service:
            continue
        folder = (pv["spec"].get("local") or pv["spec"].get("hostPath") or {}).get("path")
        uid = gid = None
        for pod in _pod_specs(namespace):
            volumes = {
                v["name"]
                for v in pod.get("volumes", [])
                if (v.get("persistentVolumeClaim") or {}).get("claimName") == claim.get("name")
            }
            if not volumes:
                continue
            for container in [*pod.get("initContainers", []), *pod["containers"]]:
                if volumes & {m["name"] for m in container.get("volumeMounts", [])}:
                    context = {**pod.get("securityContext", {}), **container.get("securityContext", {})}
                    uid = context.get("runAsUser", 0)
                    gid = pod.get("securityContext", {}).get("fsGroup", context.get("runAsGroup", uid))
                    break
            if uid is not None:
                break
        found.append((pv["metadata"]["name"], folder, uid or 0, gid or 0))
    return found


def prepare_volumes(service: Optional[str] = None) -> List[Step]:
    # One line per folder: volumes of several pods may share one (the file shares); the
    # owner is then the one a non-root pod writes as (a root pod hands files out itself).
    by_folder: Dict[str, Tuple[List[str], int, int]] = {}
    for name, folder, uid, gid in volume_owners(service):
        names, known_uid, known_gid = by_folder.get(folder, ([], uid, gid))
        if known_uid == 0 and uid != 0:
            known_uid, known_gid = uid, gid
        by_folder[folder] = ([*names, name], known_uid, known_gid)
    steps = [
        (
            f"{', '.join(names)}: the folder its pod writes as {uid}:{gid}",
            f"sudo install -d -o {uid} -g {gid} -m 0750 {shlex.quote(folder)}",
        )
        for folder, (names, uid, gid) in by_folder.items()
    ]
    if service and not steps:
        raise SystemExit(f"runbook: {service} has no PersistentVolume in {DIST}: is it enabled in settings.yaml?")
    return steps


def _owner_secrets() -> List[str]:
    """The owner's Secrets (docs/operations.md, Secrets): mounted or read by a pod in dist/, made by
    no secret generator (their secrets.json) and not in dist/ either."""
    generated = set()
    for obj in _every_object():
        if obj["kind"] == "ConfigMap" and "secrets.json" in (obj.get("data") or {}):
            for entry in json.loads(obj["data"]["secrets.json"]):
                for secret in [entry, *entry.get("copies", [])]:
                    generated.add(f"{secret['namespace']}/{secret['name']}")
        if obj["kind"] == "Role":
            # A workload that may create Secrets and read back a named one makes that one
            # itself (Argo CD's Redis password, by its init container).
            rules = obj.get("rules", [])
            creates = any("secrets" in r.get("resources", []) and "create" in r.get("verbs", []) for r in rules)
            for rule in rules if creates else ():
                if "secrets" in rule.get("resources", []) and "get" in rule.get("verbs", []):
                    generated |= {f"{obj['metadata']['namespace']}/{name}" for name in rule.get("resourceNames", [])}
    referenced = set()
    for folder in sorted(p for p in DIST.iterdir() if p.is_dir()):
        for pod in _pod_specs(folder.name):
            for volume in pod.get("volumes", []):
                if "secret" in volume and not volume["secret"].get("optional"):
                    referenced.add(f"{folder.name}/{volume['secret']['secretName']}")
            for container in [*pod.get("initContainers", []), *pod["containers"]]:
                for source in container.get("envFrom", []):
                    if "secretRef" in source and not source["secretRef"].get("optional"):
                        referenced.add(f"{folder.name}/{source['secretRef']['name']}")
                for variable in container.get("env", []):
                    ref = (variable.get("valueFrom") or {}).get("secretKeyRef")
                    if ref and not ref.get("optional"):
                        referenced.add(f"{folder.name}/{ref['name']}")
    return sorted(referenced - generated)


def bootstrap() -> List[Step]:
    """docs/runbooks.md, Bootstrap."""
    steps: List[Step] = [
        (
            "the node settings the budget assumes, before k3s first starts",
            f"sudo install -D -m 0644 {DIST}/k3s-config.yaml {K3S_CONFIG}",
        ),
        ("k3s's GOMEMLIMIT and GOGC", f"sudo install -D -m 0644 {DIST}/k3s-service-override.conf {K3S_OVERRIDE}"),
        ("k3s at the pinned release", f"curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION={_k3s_version()} sh -"),
        ("wait for the node", "kubectl wait node --all --for=condition=Ready --timeout=5m"),
        *prepare_volumes(),
        (
            "Argo CD's own manifests, once (its Namespace and CRDs first)",
            f"kubectl apply --server-side -f {DIST}/argocd/Namespace.argocd.k8s.yaml -f {DIST}/argocd/CustomResourceDefinition.applications.argoproj.io.k8s.yaml -f {DIST}/argocd/CustomResourceDefinition.appprojects.argoproj.io.k8s.yaml",
        ),
    ]
    # The owner's Secrets before the first sync: a pod without one waits in
    # CreateContainerConfigError. Their namespaces come from dist/ (with their labels).
    for secret in _owner_secrets():
        namespace, name = secret.split("/")
        steps += [
            (
                f"{namespace}'s namespace, for the owner's Secret",
                f"kubectl apply -f {DIST}/{namespace}/Namespace.{namespace}.k8s.yaml",
            ),
            (
                f"the owner's Secret {secret} must exist: make it as docs/operations.md, Secrets, shows",
                f"kubectl -n {namespace} get secret {name}",
            ),
        ]
    steps.append(
        (
            "the rest of Argo CD, the projects and the Applications: the first sync starts",
            f"kubectl apply --server-side -f {DIST}/argocd/",
        )
    )
    steps.append(
        (
            "every Application synced and healthy",
            f"kubectl -n argocd wait application --all --for=jsonpath='{{.status.health.status}}'=Healthy --timeout={FIRST_SYNC_TIMEOUT}",
        )
    )
    return steps


def seed_postgres(password_file: str) -> List[Step]:
    if not pathlib.Path(password_file).is_file():
        raise SystemExit(
            f"runbook: seed-postgres: {password_file} is not a file (write Compose's POSTGRES_PASSWORD into it)"
        )
    return [
        (
            "postgres's namespace, before its first sync",
            f"kubectl apply -f {DIST}/postgres/Namespace.postgres.k8s.yaml",
        ),
        (
            "Compose's superuser password, so the reused data folder opens; the generator keeps a Secret that exists",
            f"kubectl -n postgres create secret generic postgres-superuser --from-file=password={shlex.quote(password_file)}",
        ),
    ]


def _service_folder(service: str) -> pathlib.Path:
    folder = DIST / service
    if not folder.is_dir():
        raise SystemExit(
            f"runbook: {service} is not in {DIST}: enable it in settings.yaml (services.{service}.enabled: true) and run make synth"
        )
    return folder


def cutover(service: str) -> List[Step]:
    _service_folder(service)
    return [
        ("stop it under Compose (its data stays where it is)", f"docker compose stop {service}"),
        *(prepare_volumes(service) if volume_owners(service) else []),
        *[
            (f"{name}: hand the carried-over data to {uid}:{gid}", f"sudo chown -R {uid}:{gid} {shlex.quote(folder)}")
            for name, folder, uid, gid in volume_owners(service)
        ],
        *(seed_step() if service == "postgres" else []),
        (
            "Argo CD starts it from the enabled declaration (git push first)",
            f"kubectl -n argocd wait application {service} --for=jsonpath='{{.status.health.status}}'=Healthy --timeout={FIRST_SYNC_TIMEOUT}",
        ),
    ]


def seed_step() -> List[Step]:
    return [
        (
            "the superuser password Compose used (scripts/runbook seed-postgres)",
            "scripts/runbook seed-postgres compose-postgres-password --run",
        )
    ]


def rollback(service: str) -> List[Step]:
    _service_folder(service)
    owners = volume_owners(service)
    return [
        (
            "stop it in the cluster: the Application's finalizer prunes its workloads once it is disabled",
            f'kubectl -n argocd patch application {service} --type merge -p \'{{"spec":{{"syncPolicy":null}}}}\'',
        ),
        (
            "scale it to zero now, so Compose gets the data alone",
            f"kubectl -n {service} scale deployment,statefulset --all --replicas=0",
        ),
        *[
            (f"{name}: the data back to Compose's owner (root)", f"sudo chown -R 0:0 {shlex.quote(folder)}")
            for name, folder, _, _ in owners
        ],
        ("start it under Compose", f"docker compose start {service}"),
        ("then set services." + service + ".enabled: false in settings.yaml, make synth, commit and push", "true"),
        (
            "after the push: its Namespace and volumes carry Prune=confirm, so approve the pruning (the data stays: Retain)",
            f"kubectl -n argocd annotate application {service} argocd.argoproj.io/deletion-approved=$(date -u +%Y-%m-%dT%H:%M:%SZ)",
        ),
    ]


def restore_node() -> List[Step]:
    return [
        *bootstrap()[:4],
        (
            "the generated Secrets from their encrypted export, before the first sync (docs/backups.md)",
            "scripts/restore secrets",
        ),
        *bootstrap()[4:],
        ("every database from its newest dump, if the data folders were lost", "scripts/restore db --all"),
    ]


COMMANDS = {
    "bootstrap": lambda args: bootstrap(),
    "prepare-volumes": lambda args: prepare_volumes(args.service),
    "seed-postgres": lambda args: seed_postgres(args.password_file),
    "cutover": lambda args: cutover(args.service),
    "rollback": lambda args: rollback(args.service),
    "restore-node": lambda args: restore_node(),
}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/runbook", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        sub = commands.add_parser(name, help=f"the {name} runbook")
        if name in ("cutover", "rollback"):
            sub.add_argument("service")
        if name == "prepare-volumes":
            sub.add_argument("service", nargs="?")
        if name == "seed-postgres":
            sub.add_argument("password_file")
        sub.add_argument("--run", action="store_true", help="run the steps (default: print them)")
    args = parser.parse_args(argv)
    steps = COMMANDS[args.command](args)
    for number, (why, command) in enumerate(steps, 1):
        print(f"# {number}. {why}\n{command}")
        if args.run:
            if subprocess.run(command, shell=True).returncode != 0:
                print(f"runbook: step {number} failed: {command}", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
