"""What a sync would do: two synthesized trees compared per Argo CD Application.

Each Application's files (application_files: its folder of dist/, as its
directory options choose) are compared, so a change reads the way Argo CD will apply it: objects added, objects pruned, objects changed (with the fields that
changed). The structural comparison is DeepDiff's, so reordered keys or a
re-indented file are not changes, and list items are compared where they are.

Some changes do not sync cleanly, and are flagged:
- an immutable field changed (the API server refuses the update; Argo CD retries
  forever unless the object is replaced by hand);
- a Namespace or PersistentVolume would be pruned (its data, or everything in it);
- a sync hook's dependencies moved (a ServiceAccount, ConfigMap or Secret it uses is
  gone, or now lands in a later wave than the hook itself).
"""

from __future__ import annotations

import difflib
import enum
import fnmatch
import pathlib
import re
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import yaml
from deepdiff import DeepDiff

# (group, kind) -> field paths (dotted, from the object's root) the API server refuses
# to change after creation. From the API's validation (kubernetes pkg/apis/*/validation:
# ValidatePersistentVolumeUpdate, ValidateStatefulSetUpdate, ValidateDeploymentUpdate's
# selector rule, ValidatePriorityClassUpdate, ValidateRoleBindingUpdate, the Job's
# selector/template rules and Service's clusterIP rule). A path covers everything below it.
IMMUTABLE_FIELDS: Mapping[Tuple[str, str], Tuple[str, ...]] = {
    ("", "PersistentVolume"): (
        "spec.hostPath",
        "spec.local",
        "spec.nfs",
        "spec.csi",
        "spec.nodeAffinity",
        "spec.volumeMode",
    ),
    ("", "PersistentVolumeClaim"): (
        "spec.accessModes",
        "spec.selector",
        "spec.storageClassName",
        "spec.volumeMode",
        "spec.volumeName",
        "spec.dataSource",
        "spec.dataSourceRef",
    ),
    ("", "Service"): ("spec.clusterIP", "spec.clusterIPs", "spec.ipFamilies"),
    ("apps", "Deployment"): ("spec.selector",),
    ("apps", "DaemonSet"): ("spec.selector",),
    ("apps", "ReplicaSet"): ("spec.selector",),
    # A StatefulSet may change only replicas, ordinals, template, updateStrategy,
    # persistentVolumeClaimRetentionPolicy and minReadySeconds.
    ("apps", "StatefulSet"): (
        "spec.selector",
        "spec.serviceName",
        "spec.volumeClaimTemplates",
        "spec.podManagementPolicy",
        "spec.revisionHistoryLimit",
    ),
    ("batch", "Job"): ("spec.selector", "spec.template", "spec.completionMode"),
    ("scheduling.k8s.io", "PriorityClass"): ("value", "preemptionPolicy"),
    ("rbac.authorization.k8s.io", "RoleBinding"): ("roleRef",),
    ("rbac.authorization.k8s.io", "ClusterRoleBinding"): ("roleRef",),
    ("storage.k8s.io", "StorageClass"): ("provisioner", "parameters", "reclaimPolicy", "volumeBindingMode"),
}

# Kinds whose prune loses data or takes everything inside with it.
PRUNE_PROTECTED = {("", "Namespace"), ("", "PersistentVolume"), ("", "PersistentVolumeClaim")}

HOOK_ANNOTATION = "argocd.argoproj.io/hook"
HOOK_DELETE_POLICY_ANNOTATION = "argocd.argoproj.io/hook-delete-policy"
SYNC_OPTIONS_ANNOTATION = "argocd.argoproj.io/sync-options"
WAVE_ANNOTATION = "argocd.argoproj.io/sync-wave"


class Flag(enum.Enum):
    IMMUTABLE = "immutable field changed"
    PRUNE_PROTECTED = "prunes data"
    HOOK_DEPENDENCY = "hook dependency moved"


@dataclass(frozen=True)
class Key:
    group: str
    kind: str
    namespace: str
    name: str

    def __str__(self) -> str:
        where = f"{self.namespace}/" if self.namespace else ""
        return f"{self.kind} {where}{self.name}"


@dataclass
class Change:
    key: Key
    # "added", "pruned" or "changed"
    action: str
    # (field path, old, new) for a changed object
    fields: List[Tuple[str, object, object]] = field(default_factory=list)
    flags: List[Tuple[Flag, str]] = field(default_factory=list)


@dataclass
class ApplicationChanges:
    name: str
    changes: List[Change] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)

    @property
    def flags(self) -> List[Tuple[Change, Flag, str]]:
        return [(change, flag, why) for change in self.changes for flag, why in change.flags]

    def summary(self) -> str:
        counts = ", ".join(f"{self.count(action)} {action}" for action in ("added", "pruned", "changed"))
        flagged = f"; {len(self.flags)} will not sync cleanly" if self.flags else ""
        return f"{self.name}: {counts}{flagged}"


# A tree: {application folder: {Key: object}}
Tree = Dict[str, Dict[Key, Dict[str, Any]]]


def key_of(manifest: Mapping[str, Any]) -> Key:
    api_version = manifest.get("apiVersion", "")
    group = api_version.split("/", 1)[0] if "/" in api_version else ""
    metadata = manifest.get("metadata") or {}
    return Key(group, manifest.get("kind", ""), metadata.get("namespace", ""), metadata.get("name", ""))


def application_files(root: pathlib.Path) -> Dict[str, List[pathlib.Path]]:
    """{Application folder: the files it syncs}, for a dist/ at `root`: the files of each
    Application's path that its spec.source.directory chooses (recurse, include and
    exclude globs matched against the path below the Application's, where `*` crosses
    folders, as in Argo CD's repo server), keyed by the path's last part. A folder no
    Application names is listed whole."""
    paths = sorted(root.glob("*/*.yaml"))
    sources = [
        document["spec"]["source"]
        for path in paths
        for document in yaml.safe_load_all(path.read_text())
        if document and document.get("kind") == "Application" and (document["spec"].get("source") or {}).get("path")
    ]
    # The repository's path of dist/: the parent of every path that is a folder here.
    prefix = next(
        (
            pathlib.PurePosixPath(source["path"]).parent
            for source in sources
            if (root / pathlib.PurePosixPath(source["path"]).name).is_dir()
        ),
        None,
    )
    found: Dict[str, List[pathlib.Path]] = {}
    named = set()
    for source in sources:
        path = pathlib.PurePosixPath(source["path"])
        if prefix is None or not path.is_relative_to(prefix):
            continue
        folder = root.joinpath(*path.relative_to(prefix).parts)
        directory = source.get("directory") or {}
        include, exclude = directory.get("include"), directory.get("exclude")
        named.add(folder)
        for file in sorted(folder.glob("**/*.yaml" if directory.get("recurse") else "*.yaml")):
            relative = file.relative_to(folder).as_posix()
            if exclude and fnmatch.fnmatchcase(relative, exclude):
                continue
            if include and not fnmatch.fnmatchcase(relative, include):
                continue
            found.setdefault(path.name, []).append(file)
    for file in paths:
        if file.parent not in named:
            found.setdefault(file.parent.name, []).append(file)
    return found


def load_folder(root: pathlib.Path) -> Tree:
    """Every Application below `root` (a dist/), the objects it syncs by key."""
    tree: Tree = {}
    for application, files in sorted(application_files(root).items()):
        objects: Dict[Key, Dict[str, Any]] = {}
        for manifest in files:
            for document in yaml.safe_load_all(manifest.read_text()):
                if document:
                    objects[key_of(document)] = document
        tree[application] = objects
    return tree


def load_ref(repository: pathlib.Path, ref: str, path: str = "dist") -> Tree:
    """The tree `path` held at a git ref (a commit, a branch, a tag)."""
    with tempfile.TemporaryDirectory() as scratch:
        archive = subprocess.run(
            ["git", "-C", str(repository), "archive", "--format=tar", ref, path],
            capture_output=True,
            check=False,
        )
        if archive.returncode != 0:
            raise LookupError(f"git has no {path}/ at {ref}: {archive.stderr.decode().strip()}")
        tar_path = pathlib.Path(scratch) / "tree.tar"
        tar_path.write_bytes(archive.stdout)
        with tarfile.open(tar_path) as tar:
            tar.extractall(scratch, filter="data")
        return load_folder(pathlib.Path(scratch) / path)


# DeepDiff paths: root['spec']['containers']['[gitea]']['image'] or root['ports'][0]
_SEGMENT = re.compile(r"\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]")


def _dotted(deepdiff_path: str) -> str:
    """A DeepDiff path as people write it: spec.containers[gitea].image, with keys
    that hold dots or slashes (labels, annotations) quoted."""
    text = ""
    for match in _SEGMENT.finditer(deepdiff_path):
        key, index = match.groups()
        if index is not None:
            text += f"[{index}]"
        elif key.startswith("[") and key.endswith("]"):
            text += key
        elif "." in key or "/" in key:
            text += f'["{key}"]'
        else:
            text += f".{key}" if text else key
    return text


def _bare(path: str) -> str:
    """The path without list positions or named items: spec.containers.image."""
    return re.sub(r"\[[^\]]*\]", "", path)


def _keyed(value: object) -> object:
    """Lists of named items (containers, env, ports, volumes) keyed by name, as the API
    server merges them: an inserted variable is one addition, not a shifted list."""
    if isinstance(value, dict):
        return {key: _keyed(item) for key, item in value.items()}
    if isinstance(value, list):
        names = [item.get("name") for item in value if isinstance(item, dict)]
        if value and len(names) == len(value) and None not in names and len(set(names)) == len(names):
            return {f"[{item['name']}]": _keyed(item) for item in value}
        return [_keyed(item) for item in value]
    return value


def field_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> List[Tuple[str, object, object]]:
    """(path, old value, new value) for every field that differs; a missing side is None."""
    difference = DeepDiff(_keyed(old), _keyed(new), verbose_level=2, view="tree")
    found: List[Tuple[str, object, object]] = []
    for report in difference.values():
        for item in report:
            old_value = None if _missing(item.t1) else item.t1
            new_value = None if _missing(item.t2) else item.t2
            found.append((_dotted(item.path()), old_value, new_value))
    return sorted(found, key=lambda change: change[0])


def _missing(value: object) -> bool:
    return type(value).__name__ == "NotPresent"


def _immutable(key: Key, fields: Iterable[Tuple[str, object, object]]) -> List[str]:
    protected = IMMUTABLE_FIELDS.get((key.group, key.kind), ())
    hits = []
    for path, _, _ in fields:
        bare = _bare(path)
        if any(bare == root or bare.startswith(root + ".") for root in protected):
            hits.append(path)
    return hits


def _recreated_by_argocd(manifest: Mapping[str, Any]) -> bool:
    """Objects Argo CD deletes and creates anew instead of updating: hooks with a delete
    policy (removed before the next run or after success) and objects marked Replace."""
    annotations = (manifest.get("metadata") or {}).get("annotations") or {}
    if HOOK_ANNOTATION in annotations and annotations.get(HOOK_DELETE_POLICY_ANNOTATION):
        return True
    options = [option.strip() for option in annotations.get(SYNC_OPTIONS_ANNOTATION, "").split(",")]
    return "Replace=true" in options


# Argo CD's order of a sync: phase, then wave, then kind, then name (gitops-engine
# pkg/sync/sync_tasks.go, whose kind list is Helm's install order). Kinds not listed,
# custom resources among them, go last in their wave.
SYNC_PHASES = {"PreSync": -1, "Sync": 0, "PostSync": 1, "SyncFail": 2}
KIND_ORDER = (
    "Namespace",
    "NetworkPolicy",
    "ResourceQuota",
    "LimitRange",
    "PodSecurityPolicy",
    "PodDisruptionBudget",
    "ServiceAccount",
    "Secret",
    "SecretList",
    "ConfigMap",
    "StorageClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "CustomResourceDefinition",
    "ClusterRole",
    "ClusterRoleList",
    "ClusterRoleBinding",
    "ClusterRoleBindingList",
    "Role",
    "RoleList",
    "RoleBinding",
    "RoleBindingList",
    "Service",
    "DaemonSet",
    "Pod",
    "ReplicationController",
    "ReplicaSet",
    "Deployment",
    "HorizontalPodAutoscaler",
    "StatefulSet",
    "Job",
    "CronJob",
    "IngressClass",
    "Ingress",
    "APIService",
)


def _wave(manifest: Mapping[str, Any]) -> int:
    annotations = (manifest.get("metadata") or {}).get("annotations") or {}
    try:
        return int(annotations.get(WAVE_ANNOTATION, "0"))
    except ValueError:
        return 0


def sync_order(manifest: Mapping[str, Any]) -> Tuple[int, int, int, str]:
    """Where Argo CD puts an object in a sync: (phase, wave, kind, name)."""
    annotations = (manifest.get("metadata") or {}).get("annotations") or {}
    phase = SYNC_PHASES.get(annotations.get(HOOK_ANNOTATION, "Sync").split(",")[0].strip(), 0)
    kind = manifest.get("kind", "")
    kind_rank = KIND_ORDER.index(kind) - len(KIND_ORDER) if kind in KIND_ORDER else 0
    return phase, _wave(manifest), kind_rank, (manifest.get("metadata") or {}).get("name", "")


def hook_dependencies(hook: Mapping[str, Any], objects: Mapping[Key, Dict[str, Any]]) -> List[Key]:
    """What a hook's pod needs before it starts: its ServiceAccount, the ConfigMaps it
    mounts, and the RoleBindings (with their Roles) that give its account its rights."""
    namespace = (hook.get("metadata") or {}).get("namespace", "")
    pod = ((hook.get("spec") or {}).get("template") or {}).get("spec") or {}
    account = pod.get("serviceAccountName") or "default"
    needed = [] if account == "default" else [Key("", "ServiceAccount", namespace, account)]
    for volume in pod.get("volumes") or []:
        if "configMap" in volume:
            needed.append(Key("", "ConfigMap", namespace, volume["configMap"]["name"]))
    for key, manifest in objects.items():
        if key.kind not in ("RoleBinding", "ClusterRoleBinding"):
            continue
        subjects = manifest.get("subjects") or []
        if any(
            subject.get("kind") == "ServiceAccount"
            and subject.get("name") == account
            and subject.get("namespace", key.namespace) == namespace
            for subject in subjects
        ):
            needed.append(key)
            role = manifest.get("roleRef") or {}
            role_namespace = key.namespace if role.get("kind") == "Role" else ""
            needed.append(Key("rbac.authorization.k8s.io", role.get("kind", ""), role_namespace, role.get("name", "")))
    return needed


def hook_problems(objects: Mapping[Key, Dict[str, Any]]) -> Dict[Key, List[str]]:
    """Hooks in this tree that would start before something they need exists."""
    found: Dict[Key, List[str]] = {}
    for key, hook in objects.items():
        if HOOK_ANNOTATION not in ((hook.get("metadata") or {}).get("annotations") or {}):
            continue
        for dependency in hook_dependencies(hook, objects):
            problem = _dependency_problem(hook, dependency, objects)
            if problem:
                found.setdefault(key, []).append(problem)
    return found


def _hook_problems(
    objects: Mapping[Key, Dict[str, Any]], previous: Mapping[Key, Dict[str, Any]]
) -> Dict[Key, List[str]]:
    """Hook problems the new tree has and the old one did not: dependencies that moved."""
    before = hook_problems(previous)
    moved: Dict[Key, List[str]] = {}
    for key, problems in hook_problems(objects).items():
        new = [problem for problem in problems if problem not in before.get(key, [])]
        if new:
            moved[key] = new
    return moved


def _dependency_problem(
    hook: Mapping[str, Any], dependency: Key, objects: Mapping[Key, Dict[str, Any]]
) -> Optional[str]:
    if dependency not in objects:
        if dependency.kind == "ClusterRole":
            return None  # may come from another Application, or from Kubernetes itself
        return f"needs {dependency}, which its Application does not have"
    if sync_order(objects[dependency])[:3] >= sync_order(hook)[:3]:
        return (
            f"runs in wave {_wave(hook)} but needs {dependency} from wave {_wave(objects[dependency])}: "
            f"Argo CD starts the hook before it exists"
        )
    return None


def compare(old: Tree, new: Tree) -> List[ApplicationChanges]:
    """The changes per Application, in Application order; unchanged ones are left out."""
    result = []
    for application in sorted(set(old) | set(new)):
        before, after = old.get(application, {}), new.get(application, {})
        changes: List[Change] = []
        for key in sorted(set(before) | set(after), key=str):
            if key not in before:
                changes.append(Change(key, "added"))
            elif key not in after:
                change = Change(key, "pruned")
                if (key.group, key.kind) in PRUNE_PROTECTED:
                    change.flags.append((Flag.PRUNE_PROTECTED, f"pruning {key} deletes what it holds"))
                changes.append(change)
            elif before[key] != after[key]:
                fields = field_changes(before[key], after[key])
                change = Change(key, "changed", fields)
                immutable = [] if _recreated_by_argocd(after[key]) else _immutable(key, fields)
                for path in immutable:
                    change.flags.append((Flag.IMMUTABLE, f"{path} cannot change on an existing {key.kind}"))
                changes.append(change)
        by_key = {change.key: change for change in changes}
        for key, problems in _hook_problems(after, before).items():
            hooked = by_key.get(key)
            if hooked is None:
                hooked = Change(key, "changed")
                changes.append(hooked)
            hooked.flags.extend((Flag.HOOK_DEPENDENCY, problem) for problem in problems)
        if changes:
            result.append(ApplicationChanges(application, changes))
    return result


def _short(value: object, limit: int = 80) -> str:
    if value is None:
        return "(none)"
    text = (
        yaml.safe_dump(value, default_flow_style=True, width=10_000).strip()
        if isinstance(value, (dict, list))
        else str(value)
    )
    if text.endswith("\n..."):
        text = text[: -len("\n...")]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_text(value: object) -> bool:
    return isinstance(value, str) and "\n" in value


def _text_diff(old: str, new: str, limit: int = 20) -> List[str]:
    """The changed lines of a file kept in a ConfigMap, without context."""
    lines = [
        line
        for line in difflib.unified_diff(old.splitlines(), new.splitlines(), n=0, lineterm="")
        if not line.startswith(("---", "+++", "@@"))
    ]
    return lines if len(lines) <= limit else lines[:limit] + [f"... {len(lines) - limit} more changed lines"]


def render(applications: Sequence[ApplicationChanges], markdown: bool = False) -> str:
    """A report for a terminal or, with `markdown`, for a review comment."""
    if not applications:
        return "No changes: a sync would do nothing.\n"
    lines: List[str] = []
    flagged = sum(len(application.flags) for application in applications)
    header = f"{len(applications)} Application(s) change" + (
        f"; {flagged} change(s) will not sync cleanly" if flagged else ""
    )
    lines += [f"### {header}" if markdown else header, ""]
    lines += [f"- {application.summary()}" for application in applications]
    marks = {"added": "+", "pruned": "-", "changed": "~"}
    for application in applications:
        lines += ["", f"#### {application.name}" if markdown else f"== {application.name}"]
        if markdown:
            lines.append("```diff")
        for change in application.changes:
            lines.append(f"{marks[change.action]} {change.key}")
            for path, old, new in change.fields:
                if _is_text(old) and _is_text(new):
                    lines.append(f"    {path}: text changed")
                    lines += [f"      {line}" for line in _text_diff(str(old), str(new))]
                else:
                    lines.append(f"    {path}: {_short(old)} -> {_short(new)}")
            for flag, why in change.flags:
                lines.append(f"!   {flag.value.upper()}: {why}")
        if markdown:
            lines.append("```")
    return "\n".join(lines) + "\n"


def unclean(applications: Sequence[ApplicationChanges]) -> List[str]:
    """One line per change that will not sync cleanly."""
    return [
        f"{application.name}: {change.key}: {flag.value}: {why}"
        for application in applications
        for change, flag, why in application.flags
    ]


# A commit that must change an immutable field says so, after following the runbook
# (docs/runbooks.md, "Changing a field Kubernetes will not change"), with one trailer
# line per object: "Sync-Replace: PersistentVolume vaultwarden-data".
ACKNOWLEDGE_TRAILER = "Sync-Replace:"


def _git(repository: pathlib.Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(repository), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise LookupError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def unsafe_commits(repository: pathlib.Path, since: str, path: str = "dist") -> List[str]:
    """Every immutable-field change, commit by commit after `since`, that its commit does
    not acknowledge: each commit may be a push Argo CD syncs, and such a change leaves
    that sync failing. (Prunes are the owner's to confirm in Argo CD; hooks are checked
    on the tree itself.)"""
    found = []
    for commit in _git(repository, "rev-list", "--reverse", "--first-parent", f"{since}..HEAD").split():
        changed = subprocess.run(
            ["git", "-C", str(repository), "diff", "--quiet", f"{commit}~1", commit, "--", path], check=False
        )
        if changed.returncode == 0:
            continue
        message = _git(repository, "log", "-1", "--format=%B", commit)
        acknowledged = {
            line[len(ACKNOWLEDGE_TRAILER) :].strip()
            for line in message.splitlines()
            if line.startswith(ACKNOWLEDGE_TRAILER)
        }
        applications = compare(load_ref(repository, f"{commit}~1", path), load_ref(repository, commit, path))
        for application in applications:
            for change, flag, why in application.flags:
                if flag is not Flag.IMMUTABLE or f"{change.key.kind} {change.key.name}" in acknowledged:
                    continue
                found.append(f"{commit[:12]} {application.name}: {change.key}: {flag.value}: {why}")
    return found
