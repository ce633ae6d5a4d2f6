"""One cdk8s chart per ArgoCD application; each becomes one folder of dist/.

A chart carries no namespace of its own: cdk8s would stamp it onto cluster-scoped
objects (Namespace, PersistentVolume) too. Namespaced objects name theirs explicitly.
"""

from __future__ import annotations

import pathlib
from typing import Any, Iterable, List, Mapping, Optional, Sequence, Tuple

import cdk8s
import yaml
from cdk8s_plus_27 import k8s

from constructs import Construct
from imports.io import argoproj, cert_manager
from potatostack import admission, argocd, helm, labels, network, platform, projects, web
from potatostack.cert_manager import IGNORED_DIFFERENCES as CERT_MANAGER_IGNORED_DIFFERENCES
from potatostack.cert_manager import CertManagerChart
from potatostack.helm import CERT_MANAGER, KYVERNO, HelmRelease
from potatostack.priority import Priority
from potatostack.service import ServiceSpec
from potatostack.settings import Settings
from potatostack.workload import PotatoService, Workload

# Pod Security Standards, checked against the rules of the Kubernetes minor we run.
POD_SECURITY_VERSION = "v" + ".".join(platform.KUBERNETES_VERSION.split(".")[:2])


class ServiceChart(cdk8s.Chart):
    """Everything one service needs, in its own namespace: the namespace itself (Pod
    Security 'restricted' unless a declared deviation needs less), a default-deny
    network baseline with cluster DNS, and the service's objects."""

    def __init__(self, scope: Construct, spec: ServiceSpec, settings: Settings, enabled: Sequence[ServiceSpec]) -> None:
        super().__init__(scope, spec.name, disable_resource_name_hashes=True)
        self.spec = spec
        # Restricted unless a declared deviation needs less; then why, on the namespace.
        level, reason = spec.pod_security()
        namespace_labels = {
            **labels.of_service(spec),
            "pod-security.kubernetes.io/enforce": level,
            "pod-security.kubernetes.io/enforce-version": POD_SECURITY_VERSION,
            "pod-security.kubernetes.io/warn": "restricted",
            "pod-security.kubernetes.io/warn-version": POD_SECURITY_VERSION,
        }
        k8s.KubeNamespace(
            self,
            "namespace",
            metadata=k8s.ObjectMeta(
                name=spec.namespace,
                labels=namespace_labels,
                annotations={
                    **platform.PRUNE_CONFIRM,
                    **({"potatostack.io/pod-security-reason": reason} if reason else {}),
                },
            ),
        )
        network.default_deny(self, spec.namespace)
        if spec.resolver is None:
            network.allow_cluster_dns(self, spec.namespace)
        self.service = PotatoService(self, spec, settings, enabled)


class GitOpsChart(cdk8s.Chart):
    """Argo CD itself (argocd.py) and its view of the repository: one Application per
    chart folder, each in the AppProject that allows only what that folder contains
    (projects.py), and the root Application that syncs this folder, Argo CD included
    (apply it once by hand to bootstrap; docs/operations.md). The PriorityClasses are
    here because Argo CD's pods need them."""

    NAME = "argocd"

    def __init__(
        self,
        scope: Construct,
        settings: Settings,
        charts: Sequence[ServiceChart],
        cluster_charts: Sequence[cdk8s.Chart],
        declared: Sequence[ServiceSpec] = (),
    ) -> None:
        super().__init__(scope, self.NAME, disable_resource_name_hashes=True)
        releases = helm.in_cluster(settings.enforcement.value)
        self._namespace()
        # First of all: Argo CD's own pods need them, at its bootstrap too.
        priority_classes(self)
        argocd.render(self, settings)
        self._application("potatostack", self.NAME, platform.ARGOCD_NAMESPACE, settings, projects.BOOTSTRAP)
        for release in releases:
            self._helm_application(release)
        # Cluster-wide objects (and cert-manager's, which name their namespace): the
        # destination namespace is not used, but the platform project must allow it.
        for chart in cluster_charts:
            if isinstance(chart, CertManagerChart):
                # Before the Applications whose objects need its CRDs or webhook; its
                # CRDs exceed the client-side apply annotation limit.
                self._application(
                    chart.node.id,
                    chart.node.id,
                    CERT_MANAGER.namespace,
                    settings,
                    projects.PLATFORM,
                    wave=CRD_WAVE,
                    server_side=True,
                    ignore_differences=CERT_MANAGER_IGNORED_DIFFERENCES,
                )
            else:
                # After the CRDs (the CA's Certificate, Kyverno's policies), before the
                # workloads the admission policies judge.
                self._application(
                    chart.node.id, chart.node.id, CERT_MANAGER.namespace, settings, projects.PLATFORM, wave=POLICY_WAVE
                )
        if releases:
            # Kyverno reads its PolicyExceptions from its own namespace only: one
            # platform Application takes them from every service folder into it.
            self._application(
                POLICY_EXCEPTIONS,
                "",
                KYVERNO.namespace,
                settings,
                projects.PLATFORM,
                wave=POLICY_WAVE,
                directory=argoproj.ApplicationSpecSourceDirectory(recurse=True, include=EXCEPTION_FILES),
            )
        # A service Application never syncs its folder's PolicyExceptions: without Kyverno
        # in the cluster only the gate reads them (the same declarations the native
        # bindings are made from), with Kyverno the Application above does.
        for chart in charts:
            self._application(
                chart.spec.name,
                chart.node.id,
                chart.spec.namespace,
                settings,
                projects.SERVICES,
                directory=argoproj.ApplicationSpecSourceDirectory(exclude=GATE_ONLY_FILES),
                prune_when_removed=True,
            )
        # After every other object: the bootstrap project names each cluster-wide one
        # of this chart.
        for project in self._projects(settings, charts, cluster_charts, declared, releases):
            projects.app_project(self, project)
        if not releases:
            # Every kind Argo CD manages is one dist/ contains, so it watches only those;
            # a chart Argo CD renders itself (Kyverno's) brings kinds of its own choosing.
            argocd.watch_only(self, _kinds([*charts, *cluster_charts, self]))

    def _projects(
        self,
        settings: Settings,
        charts: Sequence[ServiceChart],
        cluster_charts: Sequence[cdk8s.Chart],
        declared: Sequence[ServiceSpec],
        releases: Sequence[HelmRelease],
    ) -> List[projects.Project]:
        repository = [settings.gitops.repo_url]
        platform_objects = [o for chart in cluster_charts for o in all_api_objects(chart)]
        service_objects: List[projects.ClusterObject] = []
        for spec in declared:
            service_objects += projects.declared_cluster_objects(spec)
        found = [
            projects.Project(
                projects.BOOTSTRAP,
                "The root Application: Argo CD itself and the Applications of this repository",
                repository,
                [platform.ARGOCD_NAMESPACE],
                projects.cluster_objects_of(all_api_objects(self)),
            ),
            projects.Project(
                projects.PLATFORM,
                "cert-manager, the stack's CA and the admission policies, from this repository",
                repository,
                [CERT_MANAGER.namespace, *([KYVERNO.namespace] if releases else [])],
                projects.cluster_objects_of(platform_objects),
            ),
            projects.Project(
                projects.SERVICES,
                "PotatoStack's services, synthesized by cdk8s from this repository",
                repository,
                # A disabled service's namespace too: until its pruning is confirmed, what
                # other Applications keep there (the secrets export's Role) must still be
                # prunable, or their syncs fail on a namespace the project no longer allows.
                sorted({chart.spec.namespace for chart in charts} | {spec.namespace for spec in declared}),
                service_objects,
            ),
        ]
        for chart in charts:
            projects.check_declared(chart.spec.name, projects.cluster_objects_of(all_api_objects(chart)), found[-1])
        if releases:
            # Upstream charts create CRDs, webhooks and cluster roles of their own
            # choosing; they get a project of their own so that ours stay narrow.
            found.append(
                projects.Project(
                    projects.UPSTREAM,
                    "Pinned upstream Helm charts (cluster-wide by nature)",
                    sorted({release.repository for release in releases}),
                    [release.namespace for release in releases],
                    None,
                )
            )
        return found

    def _namespace(self) -> None:
        """Argo CD's namespace: its pods meet Pod Security 'restricted' as they come."""
        k8s.KubeNamespace(
            self,
            "namespace",
            metadata=k8s.ObjectMeta(
                name=platform.ARGOCD_NAMESPACE,
                labels={
                    **_PLATFORM_LABELS,
                    "pod-security.kubernetes.io/enforce": "restricted",
                    "pod-security.kubernetes.io/enforce-version": POD_SECURITY_VERSION,
                },
                annotations=platform.PRUNE_CONFIRM,
            ),
        )

    def _application(
        self,
        name: str,
        folder: str,
        namespace: str,
        settings: Settings,
        project: str,
        wave: Optional[str] = None,
        server_side: bool = False,
        ignore_differences: Sequence[Mapping[str, Any]] = (),
        directory: Optional[argoproj.ApplicationSpecSourceDirectory] = None,
        prune_when_removed: bool = False,
    ) -> None:
        gitops = settings.gitops
        metadata = self._metadata(name)
        argoproj.Application(
            self,
            f"application-{name}",
            metadata=cdk8s.ApiObjectMetadata(
                name=metadata.name,
                namespace=metadata.namespace,
                labels=metadata.labels,
                annotations={"argocd.argoproj.io/sync-wave": wave} if wave else None,
                # Without it, pruning the Application (a disabled service) leaves its
                # workloads running: Argo CD deletes an Application's objects only
                # when its finalizer says so. Objects marked Prune=confirm (Namespaces,
                # PersistentVolumes) still wait for the owner.
                finalizers=[RESOURCES_FINALIZER] if prune_when_removed else None,
            ),
            spec=argoproj.ApplicationSpec(
                project=project,
                ignore_differences=[
                    argoproj.ApplicationSpecIgnoreDifferences(
                        group=ignored["group"], kind=ignored["kind"], jq_path_expressions=ignored["jqPathExpressions"]
                    )
                    for ignored in ignore_differences
                ]
                or None,
                source=argoproj.ApplicationSpecSource(
                    repo_url=gitops.repo_url,
                    target_revision=gitops.revision,
                    path=f"{gitops.path}/{folder}".rstrip("/"),
                    directory=directory,
                ),
                destination=argoproj.ApplicationSpecDestination(server=projects.IN_CLUSTER, namespace=namespace),
                sync_policy=argoproj.ApplicationSpecSyncPolicy(
                    # git is the truth: drift is reverted, removed objects are pruned.
                    automated=argoproj.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True),
                    # Each chart ships its own Namespace object, with its Pod Security labels.
                    sync_options=[
                        "CreateNamespace=false",
                        "PruneLast=true",
                        "SkipDryRunOnMissingResource=true",
                        *(["ServerSideApply=true"] if server_side else []),
                        # What the Application ignores in the diff, a sync does not revert.
                        *(["RespectIgnoreDifferences=true"] if ignore_differences else []),
                    ],
                    # Retried until it works, at most every five minutes: five tries
                    # (about 310 s) are outlasted by image pulls on the board, and a
                    # first sync that gave up waits for a human (issue 13, defect 2).
                    # Each retry takes the newest commit: without that, a commit that can
                    # never sync would be retried forever and the fix pushed after it
                    # never applied.
                    retry=argoproj.ApplicationSpecSyncPolicyRetry(
                        limit=RETRY_FOREVER,
                        refresh=True,
                        backoff=argoproj.ApplicationSpecSyncPolicyRetryBackoff(
                            duration="10s", factor=2, max_duration="5m"
                        ),
                    ),
                ),
            ),
        )

    def _helm_application(self, release: "HelmRelease") -> None:
        """An upstream component installed from its own chart, pinned, with our values."""
        metadata = self._metadata(release.name)
        argoproj.Application(
            self,
            f"application-{release.name}",
            metadata=cdk8s.ApiObjectMetadata(
                name=metadata.name,
                namespace=metadata.namespace,
                labels=metadata.labels,
                # Before the Applications whose objects need its CRDs or webhooks.
                annotations={"argocd.argoproj.io/sync-wave": CRD_WAVE},
            ),
            spec=argoproj.ApplicationSpec(
                project=projects.UPSTREAM,
                source=argoproj.ApplicationSpecSource(
                    repo_url=release.repository,
                    chart=release.chart,
                    target_revision=release.version,
                    helm=argoproj.ApplicationSpecSourceHelm(release_name=release.name, values_object=release.values),
                ),
                destination=argoproj.ApplicationSpecDestination(
                    server=projects.IN_CLUSTER, namespace=release.namespace
                ),
                sync_policy=argoproj.ApplicationSpecSyncPolicy(
                    automated=argoproj.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True),
                    # Large CRDs exceed the client-side apply annotation limit.
                    sync_options=["CreateNamespace=true", "ServerSideApply=true"],
                    managed_namespace_metadata=argoproj.ApplicationSpecSyncPolicyManagedNamespaceMetadata(
                        labels={
                            "pod-security.kubernetes.io/enforce": release.pod_security,
                            "pod-security.kubernetes.io/enforce-version": POD_SECURITY_VERSION,
                            **_PLATFORM_LABELS,
                        }
                    ),
                ),
            ),
        )

    def _metadata(self, name: str) -> cdk8s.ApiObjectMetadata:
        return cdk8s.ApiObjectMetadata(
            name=name,
            namespace=platform.ARGOCD_NAMESPACE,
            labels=dict(labels.STACK),
        )


# Argo CD deletes an Application's objects before the Application itself (foreground).
RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io"
# Argo CD retries without a limit when the limit is negative.
RETRY_FOREVER = -1

# The files of a service's folder its Application leaves out (an Argo CD directory
# glob, matched against the path in the folder): Kyverno's PolicyExceptions, which only
# the gate reads when the cluster runs no Kyverno, and the policy-exceptions
# Application syncs into Kyverno's namespace when it does.
GATE_ONLY_FILES = "PolicyException.*.yaml"
POLICY_EXCEPTIONS = "policy-exceptions"
# The same files for that Application, which reads every folder of dist/.
EXCEPTION_FILES = "*/" + GATE_ONLY_FILES

# The root Application's waves: the projects (projects.WAVE), then the Applications
# that bring CRDs and webhooks (cert-manager, Kyverno), then those whose objects need
# them or must be in force before the workloads (the CA, the admission policies,
# Kyverno's policies and exceptions), then every service (wave 0).
CRD_WAVE = "-2"
POLICY_WAVE = "-1"


def _kinds(charts: Iterable[cdk8s.Chart]) -> List[Tuple[str, str]]:
    return sorted({(o.api_version.rpartition("/")[0], o.kind) for chart in charts for o in all_api_objects(chart)})


def all_api_objects(scope: Construct) -> List[cdk8s.ApiObject]:
    """Every manifest below `scope`, including those inside cdk8s-plus constructs."""
    return [child for child in scope.node.find_all() if isinstance(child, cdk8s.ApiObject)]


class PlatformChart(cdk8s.Chart):
    """Cluster-wide objects every service relies on: the stack's own certificate
    authority that signs every Ingress certificate (the PriorityClasses come with Argo CD,
    whose pods need them first)."""

    NAME = "platform"

    def __init__(self, scope: Construct) -> None:
        super().__init__(scope, self.NAME, disable_resource_name_hashes=True)
        self._certificate_authority()

    def _certificate_authority(self) -> None:
        # *.lepotato.local cannot have a public certificate: a self-signed issuer signs
        # one CA certificate, and the CA issuer signs every Ingress from it. Browsers
        # trust the stack once its ca.crt is imported (docs/operations.md).
        selfsigned = f"{TLS_ISSUER}-selfsigned"
        cert_manager.ClusterIssuer(
            self,
            selfsigned,
            metadata=cdk8s.ApiObjectMetadata(name=selfsigned, labels=_PLATFORM_LABELS),
            spec=cert_manager.ClusterIssuerSpec(self_signed=cert_manager.ClusterIssuerSpecSelfSigned()),
        )
        cert_manager.Certificate(
            self,
            "ca-certificate",
            # A ClusterIssuer reads its secret from cert-manager's own namespace.
            metadata=cdk8s.ApiObjectMetadata(
                name=TLS_ISSUER, namespace=CERT_MANAGER.namespace, labels=_PLATFORM_LABELS
            ),
            spec=cert_manager.CertificateSpec(
                is_ca=True,
                common_name="PotatoStack CA",
                subject=cert_manager.CertificateSpecSubject(organizations=["PotatoStack"]),
                secret_name=TLS_ISSUER,
                duration="87600h",  # ten years: re-importing a root into every browser is a chore
                private_key=cert_manager.CertificateSpecPrivateKey(
                    algorithm=cert_manager.CertificateSpecPrivateKeyAlgorithm.ECDSA, size=256
                ),
                issuer_ref=cert_manager.CertificateSpecIssuerRef(
                    name=selfsigned, kind="ClusterIssuer", group="cert-manager.io"
                ),
            ),
        )
        cert_manager.ClusterIssuer(
            self,
            TLS_ISSUER,
            metadata=cdk8s.ApiObjectMetadata(name=TLS_ISSUER, labels=_PLATFORM_LABELS),
            spec=cert_manager.ClusterIssuerSpec(ca=cert_manager.ClusterIssuerSpecCa(secret_name=TLS_ISSUER)),
        )


def priority_classes(scope: Construct) -> None:
    for priority in Priority:
        k8s.KubePriorityClass(
            scope,
            priority.class_name,
            metadata=k8s.ObjectMeta(name=priority.class_name, labels=_PLATFORM_LABELS),
            value=priority.value.value,
            global_default=False,
            preemption_policy="PreemptLowerPriority" if priority.value.preempts else "Never",
            description=priority.value.description,
        )


# The ClusterIssuer that signs every Ingress certificate.
TLS_ISSUER = web.TLS_ISSUER

_PLATFORM_LABELS = dict(labels.STACK)


class PoliciesChart(cdk8s.Chart):
    """The Kyverno policies of policies/, shipped so the cluster rejects what CI rejects."""

    NAME = "policies"

    def __init__(self, scope: Construct) -> None:
        super().__init__(scope, self.NAME, disable_resource_name_hashes=True)
        for policy_file in sorted(POLICIES_DIR.glob("*/policy.yaml")):
            # Read here rather than with cdk8s.Include, which takes ~90 ms a file in jsii.
            manifest = yaml.safe_load(policy_file.read_text())
            metadata = manifest.pop("metadata")
            policy = cdk8s.ApiObject(
                self,
                policy_file.parent.name,
                api_version=manifest.pop("apiVersion"),
                kind=manifest.pop("kind"),
                metadata=cdk8s.ApiObjectMetadata(
                    name=metadata["name"],
                    labels={**metadata.get("labels", {}), **_PLATFORM_LABELS},
                    annotations=metadata.get("annotations"),
                ),
            )
            for field, value in manifest.items():
                policy.add_json_patch(cdk8s.JsonPatch.add(f"/{field}", value))


POLICIES_DIR = pathlib.Path(__file__).resolve().parents[2] / "policies"


class AdmissionChart(cdk8s.Chart):
    """The in-cluster enforcement, by the API server itself: per policy of policies/
    that needs no lookup, a ValidatingAdmissionPolicy and its binding (admission.py),
    with the deviations the workloads of `charts` declare built in."""

    NAME = admission.CHART

    def __init__(self, scope: Construct, charts: Sequence[ServiceChart]) -> None:
        super().__init__(scope, self.NAME, disable_resource_name_hashes=True)
        # Every workload, the in-cluster helpers included.
        specs = [child.spec for chart in charts for child in chart.node.find_all() if isinstance(child, Workload)]
        for manifest in admission.manifests(admission.exemptions_of(specs)):
            metadata = manifest["metadata"]
            native = cdk8s.ApiObject(
                self,
                f"{manifest['kind']}-{metadata['name']}",
                api_version=manifest["apiVersion"],
                kind=manifest["kind"],
                metadata=cdk8s.ApiObjectMetadata(
                    name=metadata["name"], labels=metadata["labels"], annotations=metadata.get("annotations")
                ),
            )
            native.add_json_patch(cdk8s.JsonPatch.add("/spec", manifest["spec"]))
