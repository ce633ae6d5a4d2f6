"""Checks over the synthesized objects, the last word before dist/ is replaced.

The declaration API refuses most unsafe things, but construct code can write any
object, and a reviewer in a hurry accepts a snapshot diff. So synth (app.synth) and the
gate (tests/test_gate.py, on the committed dist/) judge what was written, whatever
wrote it:

- no Secret carries values, whatever its labels;
- RBAC: no wildcard, no escalation verb, no Secrets cluster-wide, no binding to a role
  dist/ does not define, and every right is a row of reviewed/rbac.yaml;
- every deviation from the hardened container defaults (an added capability, root, a
  writable root filesystem, a host path, a literal credential in the environment, a
  web UI without Authelia in front) is a row of reviewed/deviations.yaml;
- the policies shipped are exactly reviewed/policies.yaml;
- host paths are normalised, on the disks (or a device under /dev), and no two
  volumes share or nest a folder unless reviewed/shared-folders.yaml says so.

The reviewed/ tables are written by hand: nothing regenerates them (not `make synth`,
not `--snapshot-update`), so a new right or deviation is a diff of that file that a
reviewer reads (docs/reviewed-tables.md). A table row the settings do not synthesize
(a service switched off) is fine here; the gate checks that every row is still
synthesized by the complete profile.
"""

from __future__ import annotations

import pathlib
import posixpath
import re
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

import yaml

from potatostack import admission
from potatostack.errors import ConfigError
from potatostack.settings import Settings

REVIEWED = pathlib.Path(__file__).resolve().parents[2] / "reviewed"

Charts = Mapping[str, Sequence[Dict[str, Any]]]

# The Middleware Authelia's chart ships and Traefik's name for it (web.py writes it).
FORWARD_AUTH = "authelia-forwardauth@kubernetescrd"
FORWARD_AUTH_ANNOTATION = "traefik.ingress.kubernetes.io/router.middlewares"
FORWARD_AUTH_ADDRESS = "http://authelia.authelia.svc.cluster.local:9091/"

# A variable named like one of these words, split at '_' (and '__'), holds a credential.
CREDENTIAL_WORDS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "pw",
        "pwd",
        "token",
        "secret",
        "key",
        "apikey",
        "credential",
        "credentials",
        "privatekey",
        "jwt",
    }
)
# ... unless it names the file the credential is read from (Authelia's *_FILE convention).
_FILE_REFERENCE = re.compile(r"_(FILE|PATH|DIR)$", re.IGNORECASE)

# Verbs that hand out more than they name: a role with them can grant itself anything.
ESCALATING_VERBS = frozenset({"bind", "escalate", "impersonate"})

_POD_TEMPLATE_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job")


@dataclass(frozen=True)
class Reviewed:
    """The hand-written tables in reviewed/ (docs/reviewed-tables.md)."""

    policies: FrozenSet[str]
    # chart -> its rights, one row per (subject, scope, verbs, resource)
    rbac: Mapping[str, FrozenSet[str]]
    # chart -> its deviations ("workload/container: what"); the reason is for the reader
    deviations: Mapping[str, FrozenSet[str]]
    # "main_hdd/files" -> the charts that may mount that folder together
    shared_folders: Mapping[str, FrozenSet[str]]

    @staticmethod
    def load(folder: pathlib.Path = REVIEWED) -> "Reviewed":
        def read(name: str) -> Any:
            path = folder / name
            try:
                return yaml.safe_load(path.read_text()) or {}
            except FileNotFoundError:
                raise ConfigError(f"reviewed/{name}: missing (docs/reviewed-tables.md)") from None
            except yaml.YAMLError as error:
                raise ConfigError(f"reviewed/{name}: not valid YAML ({getattr(error, 'problem', error)})") from None

        try:
            return Reviewed(
                policies=frozenset(read("policies.yaml")["policies"]),
                rbac={chart: frozenset(rows) for chart, rows in read("rbac.yaml").items()},
                deviations={chart: frozenset(rows) for chart, rows in read("deviations.yaml").items()},
                shared_folders={folder_: frozenset(charts) for folder_, charts in read("shared-folders.yaml").items()},
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ConfigError(
                f"reviewed/: a table is not in the documented shape ({error!r}; docs/reviewed-tables.md)"
            ) from None

    def with_deviations(self, chart: str, *rows: str) -> "Reviewed":
        """These tables plus rows for one chart: what a reviewed diff of deviations.yaml does."""
        deviations = dict(self.deviations)
        deviations[chart] = deviations.get(chart, frozenset()) | set(rows)
        return Reviewed(self.policies, self.rbac, deviations, self.shared_folders)


def read(folder: pathlib.Path) -> Dict[str, List[Dict[str, Any]]]:
    """A synthesized tree: {chart folder: its objects}."""
    return {
        chart.name: [yaml.safe_load(path.read_text()) for path in sorted(chart.glob("*.yaml"))]
        for chart in sorted(path for path in folder.iterdir() if path.is_dir())
    }


def verify(charts: Charts, settings: Settings, reviewed: Optional[Reviewed] = None) -> None:
    """Raise ConfigError with the first problem (and how many more) as one line."""
    found = problems(charts, settings, reviewed or Reviewed.load())
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise ConfigError(found[0] + more)


def problems(charts: Charts, settings: Settings, reviewed: Reviewed) -> List[str]:
    return [
        *secret_values(charts),
        *rbac_problems(charts, reviewed),
        *deviation_problems(charts, settings, reviewed),
        *forward_auth_problems(charts),
        *policy_problems(charts, settings, reviewed),
        *host_path_problems(charts, settings, reviewed),
    ]


def _name(manifest: Dict[str, Any]) -> str:
    return f"{manifest['kind']} {manifest['metadata']['name']}"


# -- Secrets ------------------------------------------------------------------------


def secret_values(charts: Charts) -> Iterator[str]:
    for chart, objects in charts.items():
        for manifest in objects:
            if manifest["kind"] == "Secret" and (manifest.get("data") or manifest.get("stringData")):
                yield (
                    f"{chart}: {_name(manifest)} carries values in git; secret values are generated in the "
                    "cluster or created by the owner (GeneratedSecret, SecretEnv)"
                )


# -- RBAC ---------------------------------------------------------------------------


def rights(charts: Charts) -> Dict[str, List[str]]:
    """Every right the bindings in each chart give, as reviewed/rbac.yaml spells it:
    "<namespace>/<serviceaccount> in namespace <ns>|cluster-wide: <verbs> <group>/<resource>"."""
    roles = {
        (manifest["kind"], manifest["metadata"].get("namespace"), manifest["metadata"]["name"]): manifest
        for objects in charts.values()
        for manifest in objects
        if manifest["kind"] in ("Role", "ClusterRole")
    }
    found: Dict[str, List[str]] = {}
    for chart, objects in charts.items():
        for binding in objects:
            if binding["kind"] not in ("RoleBinding", "ClusterRoleBinding"):
                continue
            namespace = binding["metadata"].get("namespace")
            ref = binding["roleRef"]
            role = roles.get((ref["kind"], namespace if ref["kind"] == "Role" else None, ref["name"]))
            scope = f"in namespace {namespace}" if binding["kind"] == "RoleBinding" else "cluster-wide"
            for subject in binding.get("subjects") or []:
                who = (
                    f"{subject.get('namespace', namespace)}/{subject['name']}"
                    if subject["kind"] == "ServiceAccount"
                    else f"{subject['kind']} {subject['name']}"
                )
                if role is None:
                    found.setdefault(chart, []).append(
                        f"{who} {scope}: everything {ref['kind']} {ref['name']} allows (not in dist/)"
                    )
                    continue
                for rule in role.get("rules") or []:
                    verbs = ", ".join(sorted(rule.get("verbs", [])))
                    names = f" ({', '.join(sorted(rule['resourceNames']))})" if rule.get("resourceNames") else ""
                    for group in rule.get("apiGroups", []):
                        for resource in rule.get("resources", []):
                            found.setdefault(chart, []).append(
                                f"{who} {scope}: {verbs} {group or 'core'}/{resource}{names}"
                            )
                    for url in rule.get("nonResourceURLs", []):
                        found.setdefault(chart, []).append(f"{who} {scope}: {verbs} {url}")
    return {chart: sorted(set(rows)) for chart, rows in found.items()}


# Argo CD's application controller applies everything in dist/, ClusterRoles and their
# bindings included, and the API server lets it grant only rights it holds: it holds
# them all, as upstream's release gives it.
GITOPS_AGENT_ROLE = ("argocd", "ClusterRole", "argocd-application-controller")

# The roles the wildcard, escalation and cluster-wide Secrets rules do not apply to, by
# name, and why; what each grants is still a reviewed row of reviewed/rbac.yaml.
UPSTREAM_AGENT_ROLES = {
    GITOPS_AGENT_ROLE: "applies every object of dist/ and may grant only what it holds",
    # cert-manager writes each Certificate's key pair as a Secret in the namespace of the
    # Ingress that asks for it: every service's namespace.
    ("cert-manager", "ClusterRole", "cert-manager-controller-certificates"): "writes each Certificate's Secret",
    ("cert-manager", "ClusterRole", "cert-manager-controller-issuers"): "reads the CA Secret an Issuer names",
    (
        "cert-manager",
        "ClusterRole",
        "cert-manager-controller-clusterissuers",
    ): "reads the CA Secret a ClusterIssuer names",
    # The chart renders the ACME roles whether or not an ACME issuer exists (none does here).
    (
        "cert-manager",
        "ClusterRole",
        "cert-manager-controller-challenges",
    ): "ACME solvers' Secrets (no ACME issuer here)",
    ("cert-manager", "ClusterRole", "cert-manager-controller-orders"): "ACME account Secrets (no ACME issuer here)",
    # Signer names are globs by Kubernetes's design (certificates.k8s.io signers).
    ("cert-manager", "ClusterRole", "cert-manager-controller-approve:cert-manager-io"): "signer names are globs",
    ("cert-manager", "ClusterRole", "cert-manager-controller-certificatesigningrequests"): "signer names are globs",
    # Granted by the chart; with --namespace=cert-manager it reads cert-manager's only.
    ("cert-manager", "ClusterRole", "cert-manager-cainjector"): "reads the CA Secret it injects (its namespace only)",
}


def rbac_problems(charts: Charts, reviewed: Reviewed) -> Iterator[str]:
    defined = {
        (m["kind"], m["metadata"].get("namespace"), m["metadata"]["name"])
        for objects in charts.values()
        for m in objects
        if m["kind"] in ("Role", "ClusterRole")
    }
    for chart, objects in charts.items():
        for manifest in objects:
            kind = manifest["kind"]
            if kind in ("Role", "ClusterRole"):
                if (chart, kind, manifest["metadata"]["name"]) in UPSTREAM_AGENT_ROLES:
                    # Its rows are still each a reviewed row of reviewed/rbac.yaml.
                    continue
                if manifest.get("aggregationRule"):
                    yield f"{chart}: {_name(manifest)} aggregates other roles; name its rules"
                for rule in manifest.get("rules") or []:
                    named = [
                        *rule.get("apiGroups", []),
                        *rule.get("resources", []),
                        *rule.get("verbs", []),
                        *rule.get("resourceNames", []),
                        *rule.get("nonResourceURLs", []),
                    ]
                    if any("*" in value for value in named):
                        yield f"{chart}: {_name(manifest)} has a wildcard in {rule}; name the groups, resources and verbs"
                    if ESCALATING_VERBS & set(rule.get("verbs", [])):
                        yield f"{chart}: {_name(manifest)} may {', '.join(sorted(ESCALATING_VERBS & set(rule['verbs'])))}, which grants any right"
                    if (
                        kind == "ClusterRole"
                        and "" in rule.get("apiGroups", [])
                        and "secrets" in rule.get("resources", [])
                    ):
                        yield f"{chart}: {_name(manifest)} reaches Secrets cluster-wide; a Role in the one namespace that needs them"
            elif kind in ("RoleBinding", "ClusterRoleBinding"):
                ref = manifest["roleRef"]
                namespace = manifest["metadata"].get("namespace") if ref["kind"] == "Role" else None
                if (ref["kind"], namespace, ref["name"]) not in defined:
                    yield f"{chart}: {_name(manifest)} binds {ref['kind']} {ref['name']}, which dist/ does not define (its rules are unreviewed)"
                for subject in manifest.get("subjects") or []:
                    if subject["kind"] != "ServiceAccount":
                        yield f"{chart}: {_name(manifest)} binds {subject['kind']} {subject['name']}; only ServiceAccounts get rights"
    for chart, rows in rights(charts).items():
        for row in rows:
            if not covered(row, reviewed.rbac.get(chart, ())):
                yield f"{chart}: right not in reviewed/rbac.yaml: {row!r} (a new right is a reviewed row of that table)"


def _split_names(row: str) -> Tuple[str, FrozenSet[str]]:
    """'... core/secrets (a, b)' -> ('... core/secrets', {a, b}); no names: an empty set."""
    if row.endswith(")") and " (" in row:
        head, _, names = row[:-1].rpartition(" (")
        return head, frozenset(name.strip() for name in names.split(","))
    return row, frozenset()


def covered(row: str, reviewed_rows: Iterable[str]) -> bool:
    """A right is reviewed when its row is, or when it is limited to objects by name and a
    reviewed row grants the same on at least those names: the names follow which clients
    the settings enable (postgres's generator updates one account Secret per client), so
    a profile that enables fewer is no new right."""
    head, names = _split_names(row)
    for candidate in reviewed_rows:
        if candidate == row:
            return True
        other_head, other_names = _split_names(candidate)
        if names and other_head == head and names <= other_names:
            return True
    return False


# -- Containers ---------------------------------------------------------------------


def pod_specs(manifest: Dict[str, Any]) -> Iterator[Dict[str, Any]]:
    spec = manifest.get("spec") or {}
    if manifest["kind"] in _POD_TEMPLATE_KINDS:
        yield spec["template"]["spec"]
    elif manifest["kind"] == "CronJob":
        yield spec["jobTemplate"]["spec"]["template"]["spec"]
    elif manifest["kind"] == "Pod":
        yield spec


def is_credential(variable: str) -> bool:
    return bool(CREDENTIAL_WORDS & {word.lower() for word in variable.split("_") if word})


def _literal_credential(env: Dict[str, Any]) -> bool:
    value = env.get("value")
    if not value or not is_credential(env["name"]):
        return False
    # A *_FILE variable that names an absolute, normalised path is where the value is read.
    return not (_FILE_REFERENCE.search(env["name"]) and value.startswith("/") and posixpath.normpath(value) == value)


def disk_roots(settings: Settings) -> Dict[str, str]:
    """{settings key: the disk's mount point}: reviewed rows name a disk by its key."""
    return {"main_hdd": settings.storage.main_hdd, "cache_hdd": settings.storage.cache_hdd}


def spelled_host_path(path: str, disks: Mapping[str, str]) -> str:
    """A host path as the reviewed tables write it: a disk's mount point as <main_hdd> or
    <cache_hdd> (settings.yaml `storage` says where each disk is mounted), so a row holds
    for any owner's disks."""
    for name, root in disks.items():
        if path == root or path.startswith(root.rstrip("/") + "/"):
            return f"<{name}>{path[len(root) :]}"
    return path


def deviations(charts: Charts, disks: Mapping[str, str]) -> Dict[str, List[str]]:
    """Every deviation from the hardened defaults in each chart, as reviewed/deviations.yaml
    spells it: "<workload>/<container>: <what>" (or "<workload>: <what>" for the pod);
    host paths on the disks by the disk's settings key (spelled_host_path)."""
    found: Dict[str, List[str]] = {}
    for chart, objects in charts.items():
        rows = found.setdefault(chart, [])
        for manifest in objects:
            workload = manifest["metadata"]["name"]
            for pod in pod_specs(manifest):
                pod_context = pod.get("securityContext") or {}
                for host in ("hostNetwork", "hostPID", "hostIPC"):
                    if pod.get(host):
                        rows.append(f"{workload}: {host}")
                host_paths = {v["name"]: v["hostPath"]["path"] for v in pod.get("volumes") or [] if v.get("hostPath")}
                for container in [*(pod.get("initContainers") or []), *pod.get("containers", [])]:
                    where = f"{workload}/{container['name']}"
                    context = container.get("securityContext") or {}
                    user = context.get("runAsUser", pod_context.get("runAsUser"))
                    non_root = context.get("runAsNonRoot", pod_context.get("runAsNonRoot"))
                    if user == 0 or non_root is not True:
                        rows.append(f"{where}: runs as root")
                    if context.get("readOnlyRootFilesystem") is not True:
                        rows.append(f"{where}: writable root filesystem")
                    if context.get("privileged"):
                        rows.append(f"{where}: privileged")
                    if context.get("allowPrivilegeEscalation") is not False:
                        rows.append(f"{where}: may escalate privileges")
                    for capability in (context.get("capabilities") or {}).get("add") or []:
                        rows.append(f"{where}: adds capability {capability}")
                    for mount in container.get("volumeMounts") or []:
                        if mount["name"] in host_paths:
                            rows.append(
                                f"{where}: mounts host path {spelled_host_path(host_paths[mount['name']], disks)}"
                            )
                    for env in container.get("env") or []:
                        if _literal_credential(env):
                            rows.append(f"{where}: literal credential in env {env['name']}")
            if manifest["kind"] == "Ingress":
                middlewares = (manifest["metadata"].get("annotations") or {}).get(FORWARD_AUTH_ANNOTATION, "")
                if FORWARD_AUTH not in [m.strip() for m in middlewares.split(",")]:
                    rows.append(f"ingress {workload}: no Authelia in front (the app's own login)")
    return {chart: sorted(set(rows)) for chart, rows in found.items() if rows}


def deviation_problems(charts: Charts, settings: Settings, reviewed: Reviewed) -> Iterator[str]:
    for chart, rows in deviations(charts, disk_roots(settings)).items():
        for row in rows:
            if row not in reviewed.deviations.get(chart, ()):
                yield f"{chart}: deviation not in reviewed/deviations.yaml: {row!r} (a new deviation is a reviewed row of that table)"


def forward_auth_problems(charts: Charts) -> Iterator[str]:
    """What the Ingresses' forward-auth annotation points at is Authelia's own check."""
    guarded = any(
        FORWARD_AUTH in (m["metadata"].get("annotations") or {}).get(FORWARD_AUTH_ANNOTATION, "")
        for objects in charts.values()
        for m in objects
        if m["kind"] == "Ingress"
    )
    if not guarded:
        return
    middleware = next(
        (m for m in charts.get("authelia", ()) if m["kind"] == "Middleware" and m["metadata"]["name"] == "forwardauth"),
        None,
    )
    address = ((middleware or {}).get("spec", {}).get("forwardAuth") or {}).get("address", "")
    if not address.startswith(FORWARD_AUTH_ADDRESS):
        yield f"authelia: the Middleware forwardauth must ask Authelia ({FORWARD_AUTH_ADDRESS}...), not {address!r}"


# -- Policies -----------------------------------------------------------------------


def policy_problems(charts: Charts, settings: Settings, reviewed: Reviewed) -> Iterator[str]:
    # The gate runs every policy of policies/, whichever enforcement the cluster has.
    sources = admission.source_policies()
    written = {policy.name for policy in sources}
    for name in sorted(reviewed.policies - written):
        yield f"policies: {name} is in reviewed/policies.yaml but not in policies/; removing a policy is a reviewed change to that list"
    for name in sorted(written - reviewed.policies):
        yield f"policies: {name} is in policies/ but not in reviewed/policies.yaml; add it there"
    # In the cluster: natively every policy that needs no lookup, and all of them where
    # Kyverno runs.
    native = {
        m["metadata"]["name"] for m in charts.get(admission.CHART, ()) if m["kind"] == "ValidatingAdmissionPolicy"
    }
    kyverno = {m["metadata"]["name"] for m in charts.get("policies", ()) if m["kind"] == "ValidatingPolicy"}
    for policy in sources:
        if policy.gate_only_reason() is None and admission.native_name(policy.name) not in native:
            yield (
                f"policies: {policy.name} is not in force: no ValidatingAdmissionPolicy "
                f"{admission.native_name(policy.name)} in dist/{admission.CHART}"
            )
        if settings.enforcement.value == "kyverno" and policy.name not in kyverno:
            yield f"policies: {policy.name} is not in force: enforcement is kyverno but dist/policies does not ship it"


# -- Host paths ---------------------------------------------------------------------


def _normalised(path: str) -> bool:
    return path.startswith("/") and posixpath.normpath(path) == path


def _below(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def host_paths(charts: Charts) -> Iterator[Tuple[str, str, str]]:
    """(chart, what, path) of every folder of the node an object names."""
    for chart, objects in charts.items():
        for manifest in objects:
            if manifest["kind"] == "PersistentVolume":
                spec = manifest["spec"]
                for source in ("local", "hostPath"):
                    if source in spec:
                        yield chart, _name(manifest), spec[source]["path"]
            for pod in pod_specs(manifest):
                for volume in pod.get("volumes") or []:
                    if volume.get("hostPath"):
                        yield chart, f"{_name(manifest)} volume {volume['name']}", volume["hostPath"]["path"]


def host_path_problems(charts: Charts, settings: Settings, reviewed: Reviewed) -> Iterator[str]:
    disks = disk_roots(settings)
    folders: List[Tuple[str, str, str, str]] = []  # chart, what, path, "disk/relative"
    for chart, what, path in host_paths(charts):
        if not _normalised(path):
            yield f"{chart}: {what}: host path {path!r} is not normalised (no '..', '.', '//' or trailing '/')"
            continue
        if _below(path, "/dev") and path != "/dev":
            continue  # a device: a row of reviewed/deviations.yaml (mounts host path)
        whole = next((name for name, root in disks.items() if path == root), None)
        if whole is not None and chart in reviewed.shared_folders.get(whole, frozenset()):
            continue  # the backup reader: reviewed/shared-folders.yaml lets it read the whole disk
        disk = next((name for name, root in disks.items() if path != root and _below(path, root)), None)
        if disk is None and any(
            row.endswith(f": mounts host path {spelled_host_path(path, disks)}")
            for row in reviewed.deviations.get(chart, ())
        ):
            continue  # a node path a DaemonSet reads (node_access), reviewed like a device
        if disk is None:
            yield f"{chart}: {what}: host path {path} is not a folder below the disks {', '.join(disks.values())}"
            continue
        folders.append((chart, what, path, f"{disk}/{posixpath.relpath(path, disks[disk])}"))
    for index, (chart, what, path, relative) in enumerate(folders):
        for other_chart, other_what, other_path, other_relative in folders[index + 1 :]:
            if not (_below(path, other_path) or _below(other_path, path)):
                continue
            sharing = reviewed.shared_folders.get(
                relative if len(path) <= len(other_path) else other_relative, frozenset()
            )
            if path == other_path and chart != other_chart and {chart, other_chart} <= sharing:
                continue
            relation = "the same folder as" if path == other_path else "nested with"
            yield (
                f"{chart}: {what} mounts {path}, {relation} {other_chart}'s {other_what} ({other_path}); "
                "host folders are one service's unless reviewed/shared-folders.yaml shares them"
            )
