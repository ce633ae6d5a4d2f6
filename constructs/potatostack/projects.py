"""Argo CD's AppProjects: what each Application may write, and where.

Three projects for what this repository renders, one for what an upstream chart
renders, so that no Application can write beyond what it carries:

- bootstrap: the root Application only, which syncs Argo CD itself (its namespace,
  its cluster role, the PriorityClasses, the Applications and these projects).
- platform: cert-manager, the stack's CA, the admission policies, Kyverno's policies
  and their exceptions. The only project that writes into cert-manager (where the CA
  key lives) or kyverno (where the PolicyExceptions live).
- services: every service Application; only the services' namespaces, never argocd,
  cert-manager or kyverno.
- upstream (only with in-cluster Kyverno): Kyverno's chart, cluster-wide by nature.

Cluster-scoped objects are allowed by name (Argo CD matches `name` as a Go
filepath.Match glob): a project refuses a ClusterRoleBinding, a Namespace or a
PersistentVolume that this repository did not name. The platform's and the root's are
exact; an object an upgrade drops from them is no longer the project's, so Argo CD
leaves it in the cluster (sync_preview lists it as removed; delete it by hand).
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence, Tuple

import cdk8s

from constructs import Construct
from imports.io import argoproj
from potatostack import backups, labels, platform, rbac
from potatostack.errors import ConfigError
from potatostack.service import ServiceSpec, persistent_volume_names

BOOTSTRAP = "bootstrap"
PLATFORM = "platform"
SERVICES = "services"
UPSTREAM = "upstream"

# Before every Application (the earliest wave is cert-manager's, -2): an Application
# whose project does not exist yet is never Healthy, and the root would wait forever.
WAVE = "-3"

IN_CLUSTER = "https://kubernetes.default.svc"

# (API group, kind, name) of one cluster-scoped object.
ClusterObject = Tuple[str, str, str]


@dataclass(frozen=True)
class Project:
    name: str
    description: str
    source_repos: Sequence[str]
    namespaces: Sequence[str]
    # Exact names; None lets every cluster-scoped object through (an upstream chart's).
    cluster_objects: Optional[Sequence[ClusterObject]]

    def permits(self, group: str, kind: str, name: str) -> bool:
        """What Argo CD's project check decides for one cluster-scoped object."""
        if self.cluster_objects is None:
            return True
        # Argo CD matches the name as a Go filepath.Match glob; fnmatch agrees on `*`.
        return any(
            (group, kind) == (allowed_group, allowed_kind) and fnmatch.fnmatchcase(name, allowed_name)
            for allowed_group, allowed_kind, allowed_name in self.cluster_objects
        )


def cluster_objects_of(api_objects: Iterable[cdk8s.ApiObject]) -> List[ClusterObject]:
    return sorted(
        {
            (api_object.api_version.rpartition("/")[0], api_object.kind, api_object.name)
            for api_object in api_objects
            if api_object.metadata.namespace is None
        }
    )


def declared_cluster_objects(spec: ServiceSpec) -> List[ClusterObject]:
    """The cluster-scoped objects a service's Application may own, from its declaration
    alone: its Namespace, and per workload of it (its helpers, the dump of a server with
    accounts) a ClusterRole and its binding by the workload's name and its volumes'
    PersistentVolumes (service.persistent_volume_names). Globs and roles it does not
    build yet keep an object it stops building prunable, and a disabled service (no
    chart) deletable until its Application is gone; GitOpsChart checks that a chart
    builds nothing else."""
    workloads = [spec, *spec.helpers]
    if spec.accounts is not None:
        workloads.append(backups.dump_job(spec, ()))
    found = [("", "Namespace", spec.namespace)]
    for workload in workloads:
        found += [
            ("", "PersistentVolume", persistent_volume_names(workload)),
            (rbac.GROUP, "ClusterRole", workload.name),
            (rbac.GROUP, "ClusterRoleBinding", workload.name),
        ]
    return sorted(set(found))


def check_declared(chart_name: str, built: Sequence[ClusterObject], project: Project) -> None:
    """A service chart that builds a cluster-scoped object its declaration does not
    account for would be refused by the services project at its first sync."""
    for group, kind, name in built:
        if not project.permits(group, kind, name):
            raise ConfigError(
                f"{chart_name}: builds {kind} {name}, which projects.declared_cluster_objects does not name, so the "
                f"{project.name} project would refuse it"
            )


def app_project(scope: Construct, project: Project) -> argoproj.AppProject:
    return argoproj.AppProject(
        scope,
        f"project-{project.name}",
        metadata=cdk8s.ApiObjectMetadata(
            name=project.name,
            namespace=platform.ARGOCD_NAMESPACE,
            labels=dict(labels.STACK),
            annotations={"argocd.argoproj.io/sync-wave": WAVE},
        ),
        spec=argoproj.AppProjectSpec(
            description=project.description,
            source_repos=list(project.source_repos),
            destinations=[
                argoproj.AppProjectSpecDestinations(server=IN_CLUSTER, namespace=namespace)
                for namespace in sorted(set(project.namespaces))
            ],
            cluster_resource_whitelist=(
                [argoproj.AppProjectSpecClusterResourceWhitelist(group="*", kind="*")]
                if project.cluster_objects is None
                else [
                    argoproj.AppProjectSpecClusterResourceWhitelist(group=group, kind=kind, name=name)
                    for group, kind, name in sorted(set(project.cluster_objects))
                ]
            )
            or None,
        ),
    )
