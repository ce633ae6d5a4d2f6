"""A service's Kubernetes API access: its Role or ClusterRole, the binding to its own
ServiceAccount, and the one egress rule that lets it reach the API server."""

from typing import Any, Dict, Mapping, Sequence

from cdk8s_plus_27 import k8s

from constructs import Construct
from potatostack import labels, network, platform
from potatostack.service import ApiAccess, ServiceSpec
from potatostack.settings import Settings

# The API group of (Cluster)Roles and their bindings.
GROUP = "rbac.authorization.k8s.io"


def api_access(scope: Construct, spec: ServiceSpec, settings: Settings) -> None:
    if not spec.api_access:
        return
    meta_labels = labels.of_service(spec)
    # Roles elsewhere first: the service's own Role keeps its construct ids.
    elsewhere = sorted({namespace for rule in spec.api_access for namespace in rule.namespaces})
    for namespace in elsewhere:
        rules = [rule for rule in spec.api_access if namespace in rule.namespaces]
        # Unique in the folder (dist/ files are named Kind.name), whichever namespace.
        name = f"{spec.name}-in-{namespace}"
        k8s.KubeRole(
            scope,
            f"role-in-{namespace}",
            metadata=k8s.ObjectMeta(
                name=name,
                namespace=namespace,
                labels=meta_labels,
                annotations={"potatostack.io/reason": "; ".join(rule.reason for rule in rules)},
            ),
            rules=[_policy_rule(rule) for rule in rules],
        )
        k8s.KubeRoleBinding(
            scope,
            f"role-binding-in-{namespace}",
            metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=meta_labels),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=name),
            subjects=[k8s.Subject(kind="ServiceAccount", name=spec.name, namespace=spec.namespace)],
        )
    for cluster_wide in (False, True):
        rules = [rule for rule in spec.api_access if rule.cluster_wide is cluster_wide and not rule.namespaces]
        if not rules:
            continue
        policy_rules = [
            k8s.PolicyRule(
                api_groups=list(rule.api_groups),
                resources=list(rule.resources),
                verbs=list(rule.verbs),
                resource_names=list(rule.resource_names) or None,
            )
            for rule in rules
        ]
        reasons = {"potatostack.io/reason": "; ".join(rule.reason for rule in rules)}
        subject = k8s.Subject(kind="ServiceAccount", name=spec.name, namespace=spec.namespace)
        if cluster_wide:
            k8s.KubeClusterRole(
                scope,
                "cluster-role",
                metadata=k8s.ObjectMeta(name=spec.name, labels=meta_labels, annotations=reasons),
                rules=policy_rules,
            )
            k8s.KubeClusterRoleBinding(
                scope,
                "cluster-role-binding",
                metadata=k8s.ObjectMeta(name=spec.name, labels=meta_labels),
                role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name=spec.name),
                subjects=[subject],
            )
        else:
            k8s.KubeRole(
                scope,
                "role",
                metadata=k8s.ObjectMeta(
                    name=spec.name, namespace=spec.namespace, labels=meta_labels, annotations=reasons
                ),
                rules=policy_rules,
            )
            k8s.KubeRoleBinding(
                scope,
                "role-binding",
                metadata=k8s.ObjectMeta(name=spec.name, namespace=spec.namespace, labels=meta_labels),
                role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=spec.name),
                subjects=[subject],
            )
    allow_api(scope, spec.namespace, spec.selector, f"allow-{spec.name}-to-api", settings)


def _policy_rule(rule: ApiAccess) -> k8s.PolicyRule:
    return k8s.PolicyRule(
        api_groups=list(rule.api_groups),
        resources=list(rule.resources),
        verbs=list(rule.verbs),
        resource_names=list(rule.resource_names) or None,
    )


def allow_api(scope: Construct, namespace: str, pod_labels: Mapping[str, str], name: str, settings: Settings) -> None:
    """Egress from the selected pods to the Kubernetes API server, nowhere else."""
    rules = [network.egress_to([network.address(f"{settings.lan.node_ip}/32")], [network.port(platform.API_PORT)])]
    network.policy(scope, name, namespace, pod_labels, egress=rules)


def report(manifests: Sequence[Dict[str, Any]]) -> str:
    """Who can do what against the API, from the Roles, ClusterRoles and bindings in dist/."""
    roles = {
        (m["kind"], m["metadata"].get("namespace"), m["metadata"]["name"]): m
        for m in manifests
        if m["kind"] in ("Role", "ClusterRole")
    }
    rows = [
        "# Who can do what",
        "",
        "Generated at synth (constructs/potatostack/rbac.py) from the Roles, ClusterRoles and",
        "their bindings in dist/. A ServiceAccount not listed has no rights and gets no token.",
        "",
        "| subject | verbs | resources | scope | why |",
        "|---|---|---|---|---|",
    ]
    for binding in sorted(
        (m for m in manifests if m["kind"] in ("RoleBinding", "ClusterRoleBinding")),
        key=lambda m: (m["metadata"].get("namespace") or "", m["metadata"]["name"]),
    ):
        ref = binding["roleRef"]
        namespace = binding["metadata"].get("namespace")
        role = roles.get((ref["kind"], namespace if ref["kind"] == "Role" else None, ref["name"]))
        scope = f"namespace {namespace}" if binding["kind"] == "RoleBinding" else "cluster"
        why = (role or {}).get("metadata", {}).get("annotations", {}).get("potatostack.io/reason", "")
        for subject in binding["subjects"]:
            who = f"{subject.get('namespace', namespace)}/{subject['name']}"
            for rule in (role or {}).get("rules", []):
                groups = [group or "core" for group in rule.get("apiGroups", [])]
                resources = ", ".join(
                    [
                        f"{group}/{resource}"
                        + (f" ({', '.join(rule['resourceNames'])})" if rule.get("resourceNames") else "")
                        for group in groups
                        for resource in rule.get("resources", [])
                    ]
                    # A rule for API paths, not objects (Argo CD's controller: every path).
                    + [f"URL {url}" for url in rule.get("nonResourceURLs", [])]
                )
                rows.append(f"| {who} | {', '.join(rule['verbs'])} | {resources} | {scope} | {why} |")
    return "\n".join(rows) + "\n"
