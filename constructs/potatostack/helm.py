"""Upstream components installed by ArgoCD from their own Helm charts, pinned.

Their pods are not in dist/ (ArgoCD renders the chart in the cluster), so what they
cost on the 2 GB node is stated here, next to the values that set it.
"""
from dataclasses import dataclass, field
from typing import Any, Dict



@dataclass(frozen=True)
class HelmRelease:
    name: str
    namespace: str
    repository: str
    chart: str
    version: str
    values: Dict[str, Any] = field(default_factory=dict)
    pod_security: str = "restricted"


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
)

HELM_RELEASES = (KYVERNO,)

