"""Upstream components installed by ArgoCD from their own Helm charts, pinned.

Their pods are not in dist/ (ArgoCD renders the chart in the cluster), so what they
cost on the 2 GB node is stated here, next to the values that set it.
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
KYVERNO = HelmRelease(
    name="kyverno",
    namespace="kyverno",
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
        "features": {"policyExceptions": {"enabled": True, "namespace": ""}},
    },
    # The init container runs before, not beside, the main one.
    pods=(("admission-controller", ("admissionController", "container", "resources")),),
)


# cert-manager issues the TLS certificates of every Ingress from the stack's own CA
# (charts.PlatformChart: a self-signed root, then a CA ClusterIssuer), since
# *.lepotato.local cannot get a public certificate. The chart sets no resources; the
# figures follow upstream's benchmark at 1,000 certificates (controller 95, cainjector
# 39, webhook 20 MiB max) with room for start-up spikes. cainjector only watches its
# own namespace: nothing else here relies on it.
CERT_MANAGER = HelmRelease(
    name="cert-manager",
    namespace="cert-manager",
    repository="https://charts.jetstack.io",
    chart="cert-manager",
    version="v1.21.1",
    values={
        "crds": {"enabled": True, "keep": True},
        "global": {"priorityClassName": "potatostack-critical"},
        "replicaCount": 1,
        "resources": _container_resources("10m", "48Mi", "128Mi"),
        "webhook": {"replicaCount": 1, "resources": _container_resources("10m", "16Mi", "48Mi")},
        "cainjector": {
            "replicaCount": 1,
            "resources": _container_resources("10m", "32Mi", "128Mi"),
            "extraArgs": ["--namespace=cert-manager", "--enable-certificates-data-source=false"],
        },
        "startupapicheck": {"enabled": False},
    },
    pods=(
        ("controller", ("resources",)),
        ("webhook", ("webhook", "resources")),
        ("cainjector", ("cainjector", "resources")),
    ),
)

HELM_RELEASES = (KYVERNO, CERT_MANAGER)

# Namespaces whose pods come from upstream charts or k3s itself: the policies of
# policies/ leave them alone (their matchConditions list exactly these; the gate checks).
UPSTREAM_NAMESPACES = (
    "kube-system",
    "kube-public",
    "kube-node-lease",
    "argocd",
    *(release.namespace for release in HELM_RELEASES),
)
