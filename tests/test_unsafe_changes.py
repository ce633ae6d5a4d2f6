"""What a careless approval lets through is refused anyway: each unsafe change is made
to a copy of dist/ (as construct code could write it) or through a test-only
declaration, and checks.py, which synth runs on everything it wrote, refuses it."""

import copy
import dataclasses
import shutil

import pytest
import toolchain
import yaml

from potatostack import app, checks, settings
from potatostack.errors import ConfigError
from potatostack.service import ApiAccess, Device, SecretEnv
from potatostack.services.diun import service as diun
from potatostack.services.p2p import service as p2p
from potatostack.services.vaultwarden import service as vaultwarden

SETTINGS = settings.load(toolchain.ROOT / "settings.yaml")


def _pod(manifest):
    return next(checks.pod_specs(manifest))


def _add_env(name, value, container=0, key="containers"):
    def change(manifest):
        _pod(manifest).setdefault(key, [])[container].setdefault("env", []).append({"name": name, "value": value})

    return change


def _add_init_container(manifest):
    pod = _pod(manifest)
    init = copy.deepcopy(pod["containers"][0])
    init["name"] = "migrate"
    init["env"] = [{"name": "DB_PASSWORD", "value": "hunter2"}]
    pod["initContainers"] = [init]


def _set(path, value):
    def change(manifest):
        target = manifest
        for key in path[:-1]:
            target = target[key] if not isinstance(target, list) else target[int(key)]
        target[int(path[-1]) if isinstance(target, list) else path[-1]] = value

    return change


def _pv_path(path):
    return _set(["spec", "local", "path"], path)


def _drop_forward_auth(manifest):
    del manifest["metadata"]["annotations"][checks.FORWARD_AUTH_ANNOTATION]


def _cluster_role(rules):
    return {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRole",
        "metadata": {"name": "diun"},
        "rules": rules,
    }


SECRET = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "admin", "namespace": "vaultwarden"}}

# (what the careless change is, chart, file, how the object changes or the new object, refusal)
CHANGES = [
    (
        "a Secret with data and no labels",
        "vaultwarden",
        "Secret.admin.k8s.yaml",
        dict(SECRET, data={"token": "aHVudGVyMg=="}),
        "Secret admin carries values in git",
    ),
    (
        "a Secret with stringData",
        "vaultwarden",
        "Secret.admin.k8s.yaml",
        dict(SECRET, stringData={"token": "hunter2"}),
        "Secret admin carries values in git",
    ),
    (
        "a literal token in the main container",
        "vaultwarden",
        "Deployment.vaultwarden.k8s.yaml",
        _add_env("ADMIN_TOKEN", "hunter2"),
        "'vaultwarden/vaultwarden: literal credential in env ADMIN_TOKEN'",
    ),
    (
        "a literal password in a sidecar",
        "p2p",
        "Deployment.p2p.k8s.yaml",
        _add_env("SLSKD_SLSK_PASSWORD", "hunter2", container=2),
        "'p2p/slskd: literal credential in env SLSKD_SLSK_PASSWORD'",
    ),
    (
        "a literal key in an init container",
        "gitea",
        "Deployment.gitea.k8s.yaml",
        _add_init_container,
        "'gitea/migrate: literal credential in env DB_PASSWORD'",
    ),
    (
        "a *_FILE variable holding a value, not a path",
        "authelia",
        "Deployment.authelia.k8s.yaml",
        _add_env("AUTHELIA_SESSION_SECRET_FILE", "hunter2"),
        "literal credential in env AUTHELIA_SESSION_SECRET_FILE",
    ),
    (
        "a literal secret in a Job",
        "postgres",
        "Job.provision-accounts.k8s.yaml",
        _add_env("API_SECRET", "x"),
        "'provision-accounts/provision-accounts: literal credential in env API_SECRET'",
    ),
    (
        "a wildcard verb in a Role",
        "samba",
        "Role.secret-generator.k8s.yaml",
        _set(["rules", "0", "verbs"], ["*"]),
        "Role secret-generator has a wildcard",
    ),
    (
        "a wildcard resource in a ClusterRole",
        "diun",
        "ClusterRole.diun.k8s.yaml",
        _cluster_role([{"apiGroups": [""], "resources": ["*"], "verbs": ["get"]}]),
        "ClusterRole diun has a wildcard",
    ),
    (
        "Secrets cluster-wide",
        "diun",
        "ClusterRole.diun.k8s.yaml",
        _cluster_role([{"apiGroups": [""], "resources": ["pods", "secrets"], "verbs": ["get"]}]),
        "reaches Secrets cluster-wide",
    ),
    (
        "an escalating verb",
        "diun",
        "ClusterRole.diun.k8s.yaml",
        _cluster_role([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["bind"]}]),
        "may bind, which grants any right",
    ),
    (
        "a new right, not in the table",
        "diun",
        "ClusterRole.diun.k8s.yaml",
        _cluster_role([{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list", "watch", "delete"]}]),
        "right not in reviewed/rbac.yaml: 'diun/diun cluster-wide: delete, get, list, watch core/pods'",
    ),
    (
        "a binding to cluster-admin",
        "diun",
        "ClusterRoleBinding.diun.k8s.yaml",
        _set(["roleRef", "name"], "cluster-admin"),
        "binds ClusterRole cluster-admin, which dist/ does not define",
    ),
    (
        "a binding to a user",
        "diun",
        "ClusterRoleBinding.diun.k8s.yaml",
        _set(["subjects", "0"], {"kind": "User", "name": "mallory", "apiGroup": "rbac.authorization.k8s.io"}),
        "binds User mallory",
    ),
    (
        "a UI behind Authelia loses its forward-auth",
        "dozzle",
        "Ingress.dozzle.k8s.yaml",
        _drop_forward_auth,
        "ingress dozzle: no Authelia in front (the app's own login)",
    ),
    (
        "forward-auth to another middleware",
        "p2p",
        "Ingress.torrent.k8s.yaml",
        _set(["metadata", "annotations", checks.FORWARD_AUTH_ANNOTATION], "default-nothing@kubernetescrd"),
        "ingress torrent: no Authelia in front",
    ),
    (
        "the forward-auth middleware asks someone else",
        "authelia",
        "Middleware.forwardauth.k8s.yaml",
        _set(["spec", "forwardAuth", "address"], "http://always-yes.example:80/"),
        "the Middleware forwardauth must ask Authelia",
    ),
    (
        "a device path that climbs out of /dev",
        "p2p",
        "Deployment.p2p.k8s.yaml",
        lambda m: _pod(m)["volumes"].__setitem__(
            next(i for i, v in enumerate(_pod(m)["volumes"]) if v.get("hostPath")),
            {"name": "gluetun-device-0", "hostPath": {"path": "/dev/../etc/shadow", "type": "File"}},
        ),
        "host path '/dev/../etc/shadow' is not normalised",
    ),
    (
        "a host path outside the disks",
        "vaultwarden",
        "PersistentVolume.vaultwarden-data.k8s.yaml",
        _pv_path("/etc/rancher"),
        "host path /etc/rancher is not a folder below the disks",
    ),
    (
        "a disk root itself",
        "vaultwarden",
        "PersistentVolume.vaultwarden-data.k8s.yaml",
        _pv_path("/mnt/seconddrive"),
        "host path /mnt/seconddrive is not a folder below the disks",
    ),
    (
        "a host path that climbs out of a disk",
        "vaultwarden",
        "PersistentVolume.vaultwarden-data.k8s.yaml",
        _pv_path("/mnt/seconddrive/vaultwarden/../postgres/data"),
        "is not normalised",
    ),
    (
        "one service's volume on another's data",
        "vaultwarden",
        "PersistentVolume.vaultwarden-data.k8s.yaml",
        _pv_path("/mnt/seconddrive/postgres/data"),
        "the same folder as",
    ),
    (
        "a volume nested in another service's",
        "vaultwarden",
        "PersistentVolume.vaultwarden-data.k8s.yaml",
        _pv_path("/mnt/seconddrive/postgres/data/vault"),
        "nested with",
    ),
    (
        "a volume holding another service's",
        "vaultwarden",
        "PersistentVolume.vaultwarden-data.k8s.yaml",
        _pv_path("/mnt/seconddrive/gitea"),
        "nested with",
    ),
    (
        "a third service on the shared files",
        "vaultwarden",
        "PersistentVolume.vaultwarden-data.k8s.yaml",
        _pv_path("/mnt/seconddrive/files"),
        "the same folder as",
    ),
    (
        "a capability not in the table",
        "vaultwarden",
        "Deployment.vaultwarden.k8s.yaml",
        _set(["spec", "template", "spec", "containers", "0", "securityContext", "capabilities", "add"], ["SYS_ADMIN"]),
        "'vaultwarden/vaultwarden: adds capability SYS_ADMIN'",
    ),
    (
        "a root container not in the table",
        "vaultwarden",
        "Deployment.vaultwarden.k8s.yaml",
        _set(["spec", "template", "spec", "containers", "0", "securityContext", "runAsUser"], 0),
        "'vaultwarden/vaultwarden: runs as root'",
    ),
    (
        "a writable root not in the table",
        "vaultwarden",
        "Deployment.vaultwarden.k8s.yaml",
        _set(["spec", "template", "spec", "containers", "0", "securityContext", "readOnlyRootFilesystem"], False),
        "'vaultwarden/vaultwarden: writable root filesystem'",
    ),
    (
        "a privileged container",
        "vaultwarden",
        "Deployment.vaultwarden.k8s.yaml",
        _set(["spec", "template", "spec", "containers", "0", "securityContext", "privileged"], True),
        "'vaultwarden/vaultwarden: privileged'",
    ),
    (
        "host networking",
        "vaultwarden",
        "Deployment.vaultwarden.k8s.yaml",
        _set(["spec", "template", "spec", "hostNetwork"], True),
        "'vaultwarden: hostNetwork'",
    ),
    (
        "a native policy deleted",
        "admission",
        "ValidatingAdmissionPolicy.potatostack-disallow-privileged.k8s.yaml",
        None,
        "disallow-privileged is not in force: no ValidatingAdmissionPolicy potatostack-disallow-privileged",
    ),
]


def _changed_copy(fresh_dist, tmp_path, chart, file_name, change):
    target = tmp_path / "dist"
    shutil.copytree(fresh_dist, target)
    path = target / chart / file_name
    if change is None:
        path.unlink()
    elif isinstance(change, dict):
        path.write_text(yaml.safe_dump(change))
    else:
        manifest = yaml.safe_load(path.read_text())
        change(manifest)
        path.write_text(yaml.safe_dump(manifest))
    return target


def test_the_committed_dist_passes(fresh_dist):
    checks.verify(checks.read(toolchain.ROOT / "dist"), SETTINGS)
    checks.verify(checks.read(fresh_dist), SETTINGS)


@pytest.mark.parametrize("what, chart, file_name, change, refusal", CHANGES, ids=[c[0] for c in CHANGES])
def test_an_unsafe_change_to_dist_is_refused(what, chart, file_name, change, refusal, complete_dist, tmp_path):
    # Every service: the changes reach into services the default profile leaves out.
    changed = _changed_copy(complete_dist, tmp_path, chart, file_name, change)
    with pytest.raises(ConfigError) as refused:
        checks.verify(checks.read(changed), SETTINGS)
    assert "\n" not in str(refused.value)
    found = checks.problems(checks.read(changed), SETTINGS, checks.Reviewed.load())
    assert any(refusal in problem for problem in found), found


# Unsafe declarations the declaration API lets through, refused at synth.
DECLARATIONS = [
    (
        "Secrets cluster-wide through api_access",
        dataclasses.replace(
            diun,
            api_access=[
                *diun.api_access,
                ApiAccess([""], ["secrets"], ["get"], "read every password", cluster_wide=True),
            ],
        ),
        "reaches Secrets cluster-wide",
    ),
    (
        "a new right through api_access",
        dataclasses.replace(diun, api_access=[*diun.api_access, ApiAccess([""], ["pods"], ["delete"], "restart pods")]),
        "right not in reviewed/rbac.yaml: 'diun/diun in namespace diun: delete core/pods'",
    ),
    (
        "a literal credential in a declaration's env",
        dataclasses.replace(vaultwarden, env={**vaultwarden.env, "ADMIN_TOKEN": "hunter2"}),
        "literal credential in env ADMIN_TOKEN",
    ),
    (
        "a capability with any reason text",
        dataclasses.replace(vaultwarden, added_capabilities={"NET_RAW": "because"}),
        "'vaultwarden/vaultwarden: adds capability NET_RAW'",
    ),
    (
        "root with any reason text",
        dataclasses.replace(vaultwarden, root_reason="it is easier"),
        "'vaultwarden/vaultwarden: runs as root'",
    ),
]


@pytest.mark.parametrize("what, spec, refusal", DECLARATIONS, ids=[d[0] for d in DECLARATIONS])
def test_an_unsafe_declaration_is_refused_at_synth(what, spec, refusal, tmp_path):
    with pytest.raises(ConfigError) as refused:
        app.synth(toolchain.every_service(), tmp_path / "dist", declared=[spec])
    assert refusal in str(refused.value), str(refused.value)


def test_a_device_path_is_normalised_before_it_is_checked():
    gluetun = next(sidecar for sidecar in p2p.sidecars if sidecar.devices)
    climbing = dataclasses.replace(gluetun, devices=[Device("/dev/../etc/shadow", "the tunnel's device")])
    with pytest.raises(ConfigError, match="devices: '/dev/../etc/shadow' must be under /dev/"):
        dataclasses.replace(p2p, sidecars=[climbing if s is gluetun else s for s in p2p.sidecars]).validate()


def test_a_credential_read_from_a_secret_is_no_deviation():
    spec = dataclasses.replace(
        vaultwarden,
        secret_env=[
            *vaultwarden.secret_env,
            SecretEnv("ADMIN_TOKEN", "admin", "token", plain_reason="a test: the image reads it from the environment"),
        ],
    )
    spec.validate()
    assert checks.is_credential("ADMIN_TOKEN") and not checks.is_credential("SIGNUPS_ALLOWED")


def test_the_shared_files_are_the_one_declared_sharing(fresh_dist):
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    # The disks' roots are read whole by Kopia (reviewed/shared-folders.yaml) and, for their
    # free space, by node-exporter (reviewed/deviations.yaml): no folder below them is shared.
    roots = {chosen.storage.main_hdd, chosen.storage.cache_hdd}
    mounts = [(chart, path) for chart, _, path in checks.host_paths(checks.read(fresh_dist)) if path not in roots]
    shared = [(chart, path) for chart, path in mounts if sum(1 for _, other in mounts if other == path) > 1]
    assert sorted(shared) == [("samba", "/mnt/seconddrive/files"), ("sftpgo", "/mnt/seconddrive/files")]
    reviewed = checks.Reviewed.load()
    # Only the file shares' row taken out (the whole-disk rows stay for Kopia).
    folders = {folder: charts for folder, charts in reviewed.shared_folders.items() if folder != "main_hdd/files"}
    unshared = checks.Reviewed(reviewed.policies, reviewed.rbac, reviewed.deviations, folders)
    with pytest.raises(ConfigError, match="the same folder as sftpgo's"):
        checks.verify(checks.read(fresh_dist), SETTINGS, unshared)
