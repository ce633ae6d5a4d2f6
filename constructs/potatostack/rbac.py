"""A service's Kubernetes API access: its Role or ClusterRole, the binding to its own
ServiceAccount, and the one egress rule that lets it reach the API server."""
from cdk8s_plus_27 import k8s
from constructs import Construct

from potatostack import labels
from potatostack.service import ServiceSpec
from potatostack.settings import Settings

# The Kubernetes API on k3s: the node's address, port 6443 (NetworkPolicies see the
# endpoint behind the kubernetes Service's ClusterIP).
API_PORT = 6443


def api_access(scope: Construct, spec: ServiceSpec, settings: Settings) -> None:
    if not spec.api_access:
        return
    meta_labels = labels.standard(spec.name, spec.component, spec.image.tag)
    for cluster_wide in (False, True):
        rules = [rule for rule in spec.api_access if rule.cluster_wide is cluster_wide]
        if not rules:
            continue
        policy_rules = [
            k8s.PolicyRule(api_groups=list(rule.api_groups), resources=list(rule.resources), verbs=list(rule.verbs))
            for rule in rules
        ]
        reasons = {"potatostack.io/reason": "; ".join(rule.reason for rule in rules)}
        subject = k8s.Subject(kind="ServiceAccount", name=spec.name, namespace=spec.namespace)
        if cluster_wide:
            k8s.KubeClusterRole(
                scope, "cluster-role",
                metadata=k8s.ObjectMeta(name=spec.name, labels=meta_labels, annotations=reasons), rules=policy_rules,
            )
            k8s.KubeClusterRoleBinding(
                scope, "cluster-role-binding",
                metadata=k8s.ObjectMeta(name=spec.name, labels=meta_labels),
                role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name=spec.name),
                subjects=[subject],
            )
        else:
            k8s.KubeRole(
                scope, "role",
                metadata=k8s.ObjectMeta(name=spec.name, namespace=spec.namespace, labels=meta_labels, annotations=reasons),
                rules=policy_rules,
            )
            k8s.KubeRoleBinding(
                scope, "role-binding",
                metadata=k8s.ObjectMeta(name=spec.name, namespace=spec.namespace, labels=meta_labels),
                role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=spec.name),
                subjects=[subject],
            )
    allow_api(scope, spec.namespace, labels.selector(spec.name), f"allow-{spec.name}-to-api", settings)


def allow_api(scope: Construct, namespace: str, pod_labels: dict, name: str, settings: Settings) -> None:
    """Egress from the selected pods to the Kubernetes API server, nowhere else."""
    k8s.KubeNetworkPolicy(
        scope,
        name,
        metadata=k8s.ObjectMeta(name=name, namespace=namespace),
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=pod_labels),
            policy_types=["Egress"],
            egress=[
                k8s.NetworkPolicyEgressRule(
                    to=[k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=f"{settings.lan.node_ip}/32"))],
                    ports=[k8s.NetworkPolicyPort(port=k8s.IntOrString.from_number(API_PORT), protocol="TCP")],
                )
            ],
        ),
    )
