"""Argo CD's AppProjects (projects.py): each Application may write what its folder holds
and nothing more. Judged as Argo CD's controller judges an Application's objects: its
destination and every namespaced object's namespace among the project's destinations,
every cluster-scoped object matched by group, kind and name glob."""

import fnmatch

import box as boxes
import pytest

from potatostack import projects
from potatostack.errors import ConfigError
from potatostack.services import ALL

PROTECTED = ("argocd", "cert-manager", "kyverno", "kube-system")


def _projects(tree):
    return {m["metadata"]["name"]: m["spec"] for m in tree["argocd"].values() if m["kind"] == "AppProject"}


def _applications(tree):
    return {m["metadata"]["name"]: m for m in tree["argocd"].values() if m["kind"] == "Application"}


def _refusal(project, obj, application):
    """Why Argo CD would refuse `obj` of `application` under `project`, or None."""
    where = f"{obj['kind']}/{obj['metadata']['name']}"
    namespace = obj["metadata"].get("namespace")
    if namespace is not None:
        if namespace not in {d["namespace"] for d in project["destinations"]}:
            return f"{where} in namespace {namespace}"
        return None
    group = obj["apiVersion"].rpartition("/")[0]
    for allowed in project.get("clusterResourceWhitelist") or ():
        if allowed["group"] in ("*", group) and allowed["kind"] in ("*", obj["kind"]):
            if fnmatch.fnmatchcase(obj["metadata"]["name"], allowed.get("name", "*")):
                return None
    return f"{where} (cluster-scoped)"


def test_every_object_of_every_application_is_permitted_by_its_project(profile):
    _, dist, tree, _ = profile
    found = _projects(tree)
    folders = boxes.dist_folders(dist)
    refused = []
    for name, application in _applications(tree).items():
        spec = application["spec"]
        project = found[spec["project"]]
        destinations = {d["namespace"] for d in project["destinations"]}
        assert spec["destination"]["namespace"] in destinations, f"{name}: its destination is outside its project"
        assert spec["source"]["repoURL"] in project["sourceRepos"], f"{name}: its repository is outside its project"
        if spec["source"].get("chart"):
            continue  # rendered by Argo CD from an upstream chart: the upstream project, any kind
        key = spec["source"]["path"].rpartition("/")[2]
        assert folders.get(key), f"{name}: nothing to sync at {spec['source']['path']}"
        refused += [f"{name}: {why}" for obj in folders[key] if (why := _refusal(project, obj, name))]
    assert refused == [], "Argo CD would refuse:\n" + "\n".join(refused)


def test_the_root_alone_is_in_the_bootstrap_project_and_services_never_reach_the_platform(profile):
    _, _, tree, _ = profile
    found = _projects(tree)
    by_project = {}
    for name, application in _applications(tree).items():
        by_project.setdefault(application["spec"]["project"], set()).add(name)
    assert by_project[projects.BOOTSTRAP] == {"potatostack"}
    services = found[projects.SERVICES]
    assert not {d["namespace"] for d in services["destinations"]} & set(PROTECTED)
    assert not {d["namespace"] for d in found[projects.PLATFORM]["destinations"]} & {"argocd", "kube-system"}
    for project in (projects.BOOTSTRAP, projects.PLATFORM, projects.SERVICES):
        whitelist = found[project].get("clusterResourceWhitelist") or []
        assert all(allowed.get("name") for allowed in whitelist), (
            f"{project}: a cluster-scoped kind allowed by any name"
        )


@pytest.mark.parametrize(
    "kind, name",
    [
        ("ClusterRoleBinding", "cluster-admin-for-me"),
        ("ClusterRole", "argocd-application-controller"),
        ("Namespace", "argocd"),
        ("Namespace", "kube-system"),
        ("PersistentVolume", "node-root"),
    ],
)
def test_the_services_project_refuses_what_no_service_declares(fresh_tree, kind, name):
    group = "" if kind in ("Namespace", "PersistentVolume") else "rbac.authorization.k8s.io"
    obj = {"apiVersion": f"{group}/v1".lstrip("/"), "kind": kind, "metadata": {"name": name}}
    assert _refusal(_projects(fresh_tree)[projects.SERVICES], obj, "a service") is not None


def test_a_service_writing_into_argocd_is_refused(fresh_tree):
    obj = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "repo", "namespace": "argocd"}}
    assert _refusal(_projects(fresh_tree)[projects.SERVICES], obj, "a service") is not None


def test_every_declared_service_keeps_its_own_objects_deletable_when_disabled(complete_tree):
    """A disabled service has no chart, so the services project names its objects from
    its declaration alone: that must cover what its chart builds (every service is
    enabled here, so every chart is compared)."""
    uncovered = []
    for spec in ALL:
        alone = projects.Project(spec.name, "", [], [], projects.declared_cluster_objects(spec))
        for obj in complete_tree[spec.name].values():
            group = obj["apiVersion"].rpartition("/")[0]
            if "namespace" not in obj["metadata"] and not alone.permits(group, obj["kind"], obj["metadata"]["name"]):
                uncovered.append(f"{spec.name}: {obj['kind']}/{obj['metadata']['name']}")
    assert uncovered == []


def test_a_chart_building_an_undeclared_cluster_object_is_one_line():
    project = projects.Project(projects.SERVICES, "", [], ["demo"], [("", "Namespace", "demo")])
    with pytest.raises(ConfigError) as refused:
        projects.check_declared("demo", [("rbac.authorization.k8s.io", "ClusterRoleBinding", "demo-admin")], project)
    assert str(refused.value).startswith("demo: builds ClusterRoleBinding demo-admin, which ")
    assert "\n" not in str(refused.value)


def test_the_projects_exist_before_any_application_names_them(profile):
    _, _, tree, _ = profile

    def wave(obj):
        return int((obj["metadata"].get("annotations") or {}).get("argocd.argoproj.io/sync-wave", "0"))

    objects = list(tree["argocd"].values())
    earliest_application = min(wave(o) for o in objects if o["kind"] == "Application")
    assert all(wave(o) < earliest_application for o in objects if o["kind"] == "AppProject")
