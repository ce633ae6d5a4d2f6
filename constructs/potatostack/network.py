"""NetworkPolicies, written out by name: nothing reaches a pod that it did not declare.

Each namespace starts closed in both directions (`default_deny`), then gets exactly
the holes its services declare. The policies are plain networking/v1 objects rather
than cdk8s-plus `allow_from`/`allow_to`, which also add an egress policy on the peer
and so isolate pods nobody meant to touch.
"""
from typing import Mapping, Sequence, Tuple

from cdk8s_plus_27 import k8s
from constructs import Construct

from potatostack import labels, platform
from potatostack.service import ServiceSpec


def default_deny(scope: Construct, namespace: str) -> k8s.KubeNetworkPolicy:
    """Every pod in the namespace: no traffic in, none out, until a rule allows it."""
    return k8s.KubeNetworkPolicy(
        scope,
        "default-deny",
        metadata=k8s.ObjectMeta(name="default-deny", namespace=namespace),
        spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector(), policy_types=["Ingress", "Egress"]),
    )


def allow_cluster_dns(scope: Construct, namespace: str) -> k8s.KubeNetworkPolicy:
    """Name resolution through the cluster DNS, and nowhere else on port 53."""
    return k8s.KubeNetworkPolicy(
        scope,
        "allow-cluster-dns",
        metadata=k8s.ObjectMeta(name="allow-cluster-dns", namespace=namespace),
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(),
            policy_types=["Egress"],
            egress=[
                k8s.NetworkPolicyEgressRule(
                    to=[
                        k8s.NetworkPolicyPeer(
                            namespace_selector=_namespace(platform.CLUSTER_DNS_NAMESPACE),
                            pod_selector=k8s.LabelSelector(match_labels=platform.CLUSTER_DNS_POD_LABELS),
                        )
                    ],
                    ports=[_port(53, "UDP"), _port(53, "TCP")],
                )
            ],
        ),
    )


def allow_from_clients(scope: Construct, spec: ServiceSpec, clients: Sequence[Tuple[ServiceSpec, Sequence[str]]]) -> None:
    """Ingress to the service from each client that declared it uses it, on those ports.

    A client is identified by its namespace name (set by the API server, so it cannot
    be forged by a label) and its app.kubernetes.io/name label."""
    if not clients:
        return
    name = f"allow-clients-to-{spec.name}"
    k8s.KubeNetworkPolicy(
        scope,
        name,
        metadata=k8s.ObjectMeta(name=name, namespace=spec.namespace),
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=labels.selector(spec.name)),
            policy_types=["Ingress"],
            ingress=[
                k8s.NetworkPolicyIngressRule(
                    from_=[_service_pods(client.name)],
                    ports=[_port(spec.port(port).number, spec.port(port).protocol) for port in ports],
                )
                for client, ports in clients
            ],
        ),
    )


def allow_to_dependencies(scope: Construct, spec: ServiceSpec, enabled: Mapping[str, ServiceSpec]) -> None:
    """Egress from the service to exactly what it declared it uses."""
    targets = sorted({use.service for use in spec.uses})
    if not targets:
        return
    name = f"allow-{spec.name}-to-dependencies"
    k8s.KubeNetworkPolicy(
        scope,
        name,
        metadata=k8s.ObjectMeta(name=name, namespace=spec.namespace),
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=labels.selector(spec.name)),
            policy_types=["Egress"],
            egress=[
                k8s.NetworkPolicyEgressRule(
                    to=[_service_pods(target)],
                    ports=[
                        _port(enabled[target].port(use.port).number, enabled[target].port(use.port).protocol)
                        for use in sorted(spec.uses, key=lambda use: use.port)
                        if use.service == target
                    ],
                )
                for target in targets
            ],
        ),
    )


def _service_pods(service: str) -> k8s.NetworkPolicyPeer:
    return k8s.NetworkPolicyPeer(
        namespace_selector=_namespace(service),
        pod_selector=k8s.LabelSelector(match_labels={labels.NAME: service}),
    )


def _namespace(name: str) -> k8s.LabelSelector:
    return k8s.LabelSelector(match_labels={platform.NAMESPACE_NAME_LABEL: name})


def _port(number: int, protocol: str) -> k8s.NetworkPolicyPort:
    return k8s.NetworkPolicyPort(port=k8s.IntOrString.from_number(number), protocol=protocol)


def allow_from_ingress(scope: Construct, spec: ServiceSpec) -> None:
    """The ingress controller may open the web port, and nothing else, of a web UI."""
    port = spec.port(spec.web.port)
    name = f"allow-ingress-to-{spec.name}"
    k8s.KubeNetworkPolicy(
        scope,
        name,
        metadata=k8s.ObjectMeta(name=name, namespace=spec.namespace),
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=labels.selector(spec.name)),
            policy_types=["Ingress"],
            ingress=[
                k8s.NetworkPolicyIngressRule(
                    from_=[
                        k8s.NetworkPolicyPeer(
                            namespace_selector=_namespace(platform.INGRESS_NAMESPACE),
                            pod_selector=k8s.LabelSelector(match_labels=platform.INGRESS_POD_LABELS),
                        )
                    ],
                    ports=[_port(port.number, port.protocol)],
                )
            ],
        ),
    )


def lan_service(scope: Construct, spec: ServiceSpec, settings) -> None:
    """The LAN-facing ports: a LoadBalancer Service (k3s ServiceLB on the node's
    address) that says why, and ingress from the home subnet to those ports only."""
    if not spec.lan:
        return
    name = f"{spec.name}-lan"
    k8s.KubeService(
        scope,
        "lan-service",
        metadata=k8s.ObjectMeta(
            name=name,
            namespace=spec.namespace,
            labels=labels.standard(spec.name, spec.component, spec.image.tag),
            annotations={"potatostack.io/lan-exposed": "; ".join(lan.reason for lan in spec.lan)},
        ),
        spec=k8s.ServiceSpec(
            type="LoadBalancer",
            # Keep the client's address, so the NetworkPolicy can tell LAN from elsewhere.
            external_traffic_policy="Local",
            selector=labels.selector(spec.name),
            ports=[
                k8s.ServicePort(
                    name=lan.port,
                    port=lan.external,
                    target_port=k8s.IntOrString.from_number(spec.port(lan.port).number),
                    protocol=spec.port(lan.port).protocol,
                )
                for lan in spec.lan
            ],
        ),
    )
    policy = f"allow-lan-to-{spec.name}"
    k8s.KubeNetworkPolicy(
        scope,
        policy,
        metadata=k8s.ObjectMeta(name=policy, namespace=spec.namespace),
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=labels.selector(spec.name)),
            policy_types=["Ingress"],
            ingress=[
                k8s.NetworkPolicyIngressRule(
                    from_=[k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=str(settings.lan.subnet)))],
                    ports=[_port(spec.port(lan.port).number, spec.port(lan.port).protocol) for lan in spec.lan],
                )
            ],
        ),
    )


# Addresses that are not the internet: the cluster's pods and Services, the LAN,
# carrier-grade NAT, link-local (cloud metadata) and loopback.
NOT_INTERNET = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "127.0.0.0/8"]


def allow_internet(scope: Construct, spec: ServiceSpec) -> None:
    """Egress to public addresses, declared with its reason; never to private ranges."""
    if spec.internet is None:
        return
    name = f"allow-{spec.name}-to-internet"
    k8s.KubeNetworkPolicy(
        scope,
        name,
        metadata=k8s.ObjectMeta(name=name, namespace=spec.namespace, annotations={"potatostack.io/reason": spec.internet}),
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=labels.selector(spec.name)),
            policy_types=["Egress"],
            egress=[k8s.NetworkPolicyEgressRule(to=[k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr="0.0.0.0/0", except_=NOT_INTERNET))])],
        ),
    )
