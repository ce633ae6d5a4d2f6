"""cert-manager in dist/: its chart rendered with our values (helm.CERT_MANAGER), closed off.

scripts/vendor-upstream renders the chart from cert-manager's Go module with a pinned
helm into imports/upstream/cert-manager/; this chart adds it to dist/cert-manager with
its namespace and the network paths its three pods need. Argo CD syncs it like any
other folder, so its requests, priority and network are checked and counted here.
"""

from __future__ import annotations

from typing import Any, Dict, List

import cdk8s

from constructs import Construct
from potatostack import labels, network, platform, upstream
from potatostack.helm import CERT_MANAGER
from potatostack.settings import Settings

NAMESPACE = CERT_MANAGER.namespace
RENDERED = upstream.FOLDER / CERT_MANAGER.name / f"{CERT_MANAGER.name}.yaml"

# The three pods, by their app.kubernetes.io/name label in the chart.
CONTROLLER, WEBHOOK, CAINJECTOR = "cert-manager", "webhook", "cainjector"

# The webhook's serving port (the chart's default `webhook.securePort`).
WEBHOOK_PORT = 10250

# The cainjector writes caBundle into the webhook configurations after the sync: Argo CD
# must not revert it (dist/ cannot know the CA it generates in the cluster).
IGNORED_DIFFERENCES = [
    {
        "group": "admissionregistration.k8s.io",
        "kind": kind,
        "jqPathExpressions": [".webhooks[]?.clientConfig.caBundle"],
    }
    for kind in ("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration")
]


# The ACME solver schemas, 120 kB of the 150 kB of each of these three CRDs (HTTP-01 pod
# templates, DNS-01 providers): this stack issues from its own CA, never by ACME, and
# cert-manager's webhook still checks an Issuer's solvers. Measured with the box, the six
# CRDs cost the API server 65 MiB as upstream ships them and 26 MiB with these cut.
OPAQUE_SCHEMAS = {
    "issuers.cert-manager.io": ("spec.acme.solvers[]",),
    "clusterissuers.cert-manager.io": ("spec.acme.solvers[]",),
    "challenges.acme.cert-manager.io": ("spec.solver",),
}
OPAQUE_REASON = "ACME is not used (only the stack's own CA issues); cert-manager's webhook checks the solvers"


def rendered() -> List[Dict[str, Any]]:
    """The chart's objects, namespaced, with our labels; removing a CRD takes every object
    of its kind with it, so a prune of one waits for a confirmation."""
    found = []
    for manifest in upstream.documents(RENDERED):
        metadata = manifest["metadata"]
        metadata.setdefault("labels", {})["app.kubernetes.io/managed-by"] = labels.MANAGED_BY
        metadata["labels"]["app.kubernetes.io/part-of"] = labels.PART_OF
        if manifest["kind"] == "Deployment":
            upstream.label_pods(manifest, metadata["labels"].get("app.kubernetes.io/component", metadata["name"]))
        if manifest["kind"] == "CustomResourceDefinition":
            metadata["annotations"] = {**(metadata.get("annotations") or {}), **platform.PRUNE_CONFIRM}
            upstream.opaque_schemas(manifest, OPAQUE_SCHEMAS.get(metadata["name"], ()), OPAQUE_REASON)
        found.append(manifest)
    return found


class CertManagerChart(cdk8s.Chart):
    """cert-manager's namespace, its rendered chart and its network paths."""

    NAME = CERT_MANAGER.name

    def __init__(self, scope: Construct, settings: Settings, pod_security_version: str) -> None:
        super().__init__(scope, self.NAME, disable_resource_name_hashes=True)
        upstream.include(
            self,
            {
                "apiVersion": "v1",
                "kind": "Namespace",
                "metadata": {
                    "name": NAMESPACE,
                    "labels": {
                        "app.kubernetes.io/part-of": labels.PART_OF,
                        "app.kubernetes.io/managed-by": labels.MANAGED_BY,
                        "pod-security.kubernetes.io/enforce": CERT_MANAGER.pod_security,
                        "pod-security.kubernetes.io/enforce-version": pod_security_version,
                    },
                    "annotations": platform.PRUNE_CONFIRM,
                },
            },
        )
        for manifest in rendered():
            upstream.include(self, manifest)
        self._network(settings)

    def _network(self, settings: Settings) -> None:
        network.default_deny(self, NAMESPACE)
        network.allow_cluster_dns(self, NAMESPACE)
        api = network.egress_to([network.address(f"{settings.lan.node_ip}/32")], [network.port(platform.API_PORT)])
        for name in (CONTROLLER, WEBHOOK, CAINJECTOR):
            network.policy(
                self,
                f"allow-{name}-to-api" if name != CONTROLLER else "allow-controller-to-api",
                NAMESPACE,
                {labels.NAME: name},
                egress=[api],
                annotations={"potatostack.io/reason": "watches and writes its objects through the API"},
            )
        # The API server calls the webhook from the node: from its address in the pod
        # network (cni0) or, through a Service, its LAN address. Nothing else sends there.
        node = [network.address(f"{settings.lan.node_ip}/32"), network.address(platform.POD_CIDR)]
        network.policy(
            self,
            "allow-api-to-webhook",
            NAMESPACE,
            {labels.NAME: WEBHOOK},
            ingress=[network.ingress_from(node, [network.port(WEBHOOK_PORT)])],
            annotations={"potatostack.io/reason": "admission reviews from the API server"},
        )
