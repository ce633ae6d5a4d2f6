"""Upstream components from their own Helm charts, pinned, with our values.

Kyverno, when settings.yaml `enforcement: kyverno` asks for it, is installed by Argo CD
from its chart repository (its pods are not in dist/, so what they cost is stated here,
next to the values that set it, and budget.py counts it from its Application in dist/);
cert-manager's chart is rendered into dist/ (cert_manager.py), so its
pods are counted from their requests like every other.
"""

from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, Tuple


@dataclass(frozen=True)
class HelmRelease:
    name: str
    namespace: str
    repository: str
    chart: str
    version: str
    values: Dict[str, Any] = field(default_factory=dict)
    pod_security: str = "restricted"
    # Where in the values each long-running pod's container resources are set, as
    # (component, path of keys); budget.py counts them.
    pods: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()

    def footprint(self) -> Iterator[Tuple[str, Dict[str, Any]]]:
        """(component, resources) of each long-running pod, read from the values."""
        for component, path in self.pods:
            node = self.values
            for key in path:
                node = node[key]
            yield component, node


def _container_resources(cpu: str, memory: str, memory_limit: str) -> Dict[str, Any]:
    return {"requests": {"cpu": cpu, "memory": memory}, "limits": {"memory": memory_limit}}


# Kyverno enforces policies/ at admission: the same rules the gate runs, so what CI
# rejects the cluster rejects. Only the admission controller runs: no background
# scans, no cleanup policies, no policy reports (generate rules, which need the
# background controller, are not used). Chart 3.9.1 is Kyverno v1.19.1, the CLI the
# gate builds (toolchain.env). Measured 143-211 MiB under load upstream: 128Mi
# requested, 256Mi limit.
# Kyverno's single replica can be down (a restart, an upgrade, the node short of memory),
# and its webhooks fail closed: never in front of what must keep working to repair it,
# Argo CD and cert-manager (kube-system is upstream's default; Kyverno's own namespace
# the chart leaves out by itself, excludeKyvernoNamespace).
KYVERNO_NAMESPACE = "kyverno"
KYVERNO_WEBHOOKS_IGNORE = ("kube-system", "argocd", "cert-manager")

KYVERNO = HelmRelease(
    name="kyverno",
    namespace=KYVERNO_NAMESPACE,
    repository="https://kyverno.github.io/kyverno/",
    chart="kyverno",
    version="3.9.1",
    values={
        "admissionController": {
            "replicas": 1,
            "priorityClassName": "potatostack-critical",
            "container": {"resources": _container_resources("50m", "128Mi", "256Mi")},
            "initContainer": {"resources": _container_resources("10m", "32Mi", "64Mi")},
            "rbac": {
                "clusterRole": {
                    # require-default-deny and restrict-service-account-token look these up.
                    "extraResources": [
                        {
                            "apiGroups": ["networking.k8s.io"],
                            "resources": ["networkpolicies"],
                            "verbs": ["get", "list", "watch"],
                        },
                        {
                            "apiGroups": ["rbac.authorization.k8s.io"],
                            "resources": ["rolebindings", "clusterrolebindings"],
                            "verbs": ["get", "list", "watch"],
                        },
                    ]
                }
            },
        },
        "backgroundController": {"enabled": False},
        "cleanupController": {"enabled": False},
        "reportsController": {"enabled": False},
        "config": {
            "webhooks": {
                "namespaceSelector": {
                    "matchExpressions": [
                        {
                            "key": "kubernetes.io/metadata.name",
                            "operator": "NotIn",
                            "values": list(KYVERNO_WEBHOOKS_IGNORE),
                        }
                    ]
                }
            }
        },
        # Its post-upgrade CRD migration Job is a PostSync hook under Argo CD: it would
        # run on every sync. The CRDs come with the chart at its version.
        "crds": {"migration": {"enabled": False}},
        # Only exceptions in Kyverno's namespace count, which only the platform project
        # writes (charts.POLICY_EXCEPTIONS): a service cannot exempt itself.
        "features": {"policyExceptions": {"enabled": True, "namespace": KYVERNO_NAMESPACE}},
    },
    # The init container runs before, not beside, the main one.
    pods=(("admission-controller", ("admissionController", "container", "resources")),),
)


# cert-manager issues the TLS certificates of every Ingress from the stack's own CA
# (charts.PlatformChart: a self-signed root, then a CA ClusterIssuer), since
# *.lepotato.local cannot get a public certificate. Its chart is rendered into dist/ (by
# scripts/vendor-upstream with a pinned helm, from the chart in cert-manager's own Go
# module, into imports/upstream/cert-manager/; cert_manager.py adds it to dist/), so its
# pods are counted from their requests like ours. The chart sets no resources; the
# figures follow upstream's benchmark at 1,000 certificates (controller 95, cainjector
# 39, webhook 20 MiB max) with room for start-up spikes. cainjector only watches its
# own namespace: nothing else here relies on it.
CERT_MANAGER_VERSION = "v1.21.1"
CERT_MANAGER = HelmRelease(
    name="cert-manager",
    namespace="cert-manager",
    repository="github.com/cert-manager/cert-manager",
    chart="deploy/charts/cert-manager",
    version=CERT_MANAGER_VERSION,
    values={
        # The CRDs come with the chart, at its version.
        "crds": {"enabled": True, "keep": False},
        "global": {
            "priorityClassName": "potatostack-critical",
            # Upstream's default is kube-system, which would need a Role there.
            "leaderElection": {"namespace": "cert-manager"},
        },
        "replicaCount": 1,
        # The chart in the module says v0.0.0; the images are the release's.
        "image": {"tag": CERT_MANAGER_VERSION},
        "resources": _container_resources("10m", "48Mi", "128Mi"),
        "webhook": {
            "replicaCount": 1,
            "image": {"tag": CERT_MANAGER_VERSION},
            "resources": _container_resources("10m", "16Mi", "48Mi"),
        },
        "cainjector": {
            "replicaCount": 1,
            "image": {"tag": CERT_MANAGER_VERSION},
            "resources": _container_resources("10m", "32Mi", "128Mi"),
            "extraArgs": ["--namespace=cert-manager", "--enable-certificates-data-source=false"],
        },
        "acmesolver": {"image": {"tag": CERT_MANAGER_VERSION}},
        # A post-install Job that waits for the webhook: Argo CD's health checks do that,
        # and it would cost a pod (and its RBAC) on every sync.
        "startupapicheck": {"enabled": False},
    },
)

# Installed by Argo CD from their Helm chart repository at sync time, when chosen.
HELM_RELEASES = (KYVERNO,)


def in_cluster(enforcement: str) -> Tuple[HelmRelease, ...]:
    """The releases of HELM_RELEASES these settings install: Kyverno only when the
    in-cluster enforcement is Kyverno's (the default, native, needs no pod)."""
    return (KYVERNO,) if enforcement == "kyverno" else ()


# Rendered into dist/ from the chart in their Go module (cert_manager.py).
RENDERED_RELEASES = (CERT_MANAGER,)

# Namespaces whose pods come from upstream charts or k3s itself: the policies of
# policies/ leave them alone (their matchConditions list exactly these; the gate checks).
UPSTREAM_NAMESPACES = (
    "kube-system",
    "kube-public",
    "kube-node-lease",
    "argocd",
    *(release.namespace for release in (*HELM_RELEASES, *RENDERED_RELEASES)),
)
