"""NetworkPolicies, written out by name: nothing reaches a pod that it did not declare.

Each namespace starts closed in both directions (`default_deny`), then gets exactly
the holes its services declare. The policies are plain networking/v1 objects rather
than cdk8s-plus `allow_from`/`allow_to`, which also add an egress policy on the peer
and so isolate pods nobody meant to touch.
"""

from typing import Mapping, Optional, Sequence, Tuple

from cdk8s_plus_27 import k8s

from constructs import Construct
from potatostack import labels, observability, platform
from potatostack.service import ServiceSpec
from potatostack.settings import Settings


def policy(
    scope: Construct,
    name: str,
    namespace: str,
    pods: Optional[Mapping[str, str]],
    *,
    ingress: Optional[Sequence[k8s.NetworkPolicyIngressRule]] = None,
    egress: Optional[Sequence[k8s.NetworkPolicyEgressRule]] = None,
    annotations: Optional[Mapping[str, str]] = None,
) -> k8s.KubeNetworkPolicy:
    """One named NetworkPolicy for the pods with these labels (None: every pod in the
    namespace). Passing ingress or egress rules, even none, makes it that type."""
    types = (["Ingress"] if ingress is not None else []) + (["Egress"] if egress is not None else [])
    return k8s.KubeNetworkPolicy(
        scope,
        name,
        metadata=k8s.ObjectMeta(name=name, namespace=namespace, annotations=dict(annotations) if annotations else None),
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=dict(pods)) if pods else k8s.LabelSelector(),
            policy_types=types,
            ingress=list(ingress) or None if ingress is not None else None,
            egress=list(egress) or None if egress is not None else None,
        ),
    )


def ingress_from(
    peers: Sequence[k8s.NetworkPolicyPeer], ports: Sequence[k8s.NetworkPolicyPort]
) -> k8s.NetworkPolicyIngressRule:
    return k8s.NetworkPolicyIngressRule(from_=list(peers), ports=list(ports))


def egress_to(
    peers: Sequence[k8s.NetworkPolicyPeer], ports: Optional[Sequence[k8s.NetworkPolicyPort]] = None
) -> k8s.NetworkPolicyEgressRule:
    return k8s.NetworkPolicyEgressRule(to=list(peers), ports=list(ports) if ports else None)


def pods_labelled(pod_labels: Mapping[str, str]) -> k8s.NetworkPolicyPeer:
    """Pods of the policy's own namespace with these labels."""
    return k8s.NetworkPolicyPeer(pod_selector=k8s.LabelSelector(match_labels=dict(pod_labels)))


def address(cidr: str, excluding: Sequence[str] = ()) -> k8s.NetworkPolicyPeer:
    return k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=cidr, except_=list(excluding) or None))


def port(number: int, protocol: str = "TCP") -> k8s.NetworkPolicyPort:
    return k8s.NetworkPolicyPort(port=k8s.IntOrString.from_number(number), protocol=protocol)


def default_deny(scope: Construct, namespace: str) -> k8s.KubeNetworkPolicy:
    """Every pod in the namespace: no traffic in, none out, until a rule allows it."""
    return policy(scope, "default-deny", namespace, None, ingress=[], egress=[])


def allow_cluster_dns(scope: Construct, namespace: str) -> k8s.KubeNetworkPolicy:
    """Name resolution through the cluster DNS, and nowhere else on port 53."""
    dns = k8s.NetworkPolicyPeer(
        namespace_selector=_namespace(platform.CLUSTER_DNS_NAMESPACE),
        pod_selector=k8s.LabelSelector(match_labels=platform.CLUSTER_DNS_POD_LABELS),
    )
    return policy(
        scope, "allow-cluster-dns", namespace, None, egress=[egress_to([dns], [port(53, "UDP"), port(53, "TCP")])]
    )


def allow_from_clients(
    scope: Construct, spec: ServiceSpec, clients: Sequence[Tuple[ServiceSpec, Sequence[str]]]
) -> None:
    """Ingress to the service from each client that declared it uses it, on those ports.

    A client is identified by its namespace name (set by the API server, so it cannot
    be forged by a label) and its app.kubernetes.io/name label."""
    if not clients:
        return
    rules = [
        ingress_from([_service_pods(client.name)], [_port_of(spec, name) for name in ports])
        for client, ports in clients
    ]
    policy(scope, f"allow-clients-to-{spec.name}", spec.namespace, spec.selector, ingress=rules)


def allow_to_dependencies(scope: Construct, spec: ServiceSpec, enabled: Mapping[str, ServiceSpec]) -> None:
    """Egress from the service to exactly what it declared it uses."""
    targets = sorted({use.service for use in spec.uses})
    if not targets:
        return
    rules = [
        egress_to(
            [_service_pods(target)],
            [
                _port_of(enabled[target], use.port)
                for use in sorted(spec.uses, key=lambda use: use.port)
                if use.service == target
            ],
        )
        for target in targets
    ]
    policy(scope, f"allow-{spec.name}-to-dependencies", spec.namespace, spec.selector, egress=rules)


def _service_pods(service: str) -> k8s.NetworkPolicyPeer:
    return k8s.NetworkPolicyPeer(
        namespace_selector=_namespace(service),
        pod_selector=k8s.LabelSelector(match_labels={labels.NAME: service}),
    )


def _namespace(name: str) -> k8s.LabelSelector:
    return k8s.LabelSelector(match_labels={platform.NAMESPACE_NAME_LABEL: name})


def _port_of(spec: ServiceSpec, name: str) -> k8s.NetworkPolicyPort:
    declared = spec.port(name)
    return port(declared.number, declared.protocol)


def allow_from_ingress(scope: Construct, spec: ServiceSpec) -> None:
    """The ingress controller may open the web ports, and nothing else, of a service's UIs."""
    controller = k8s.NetworkPolicyPeer(
        namespace_selector=_namespace(platform.INGRESS_NAMESPACE),
        pod_selector=k8s.LabelSelector(match_labels=platform.INGRESS_POD_LABELS),
    )
    rules = [ingress_from([controller], [_port_of(spec, name) for name in sorted({ui.port for ui in spec.web})])]
    policy(scope, f"allow-ingress-to-{spec.name}", spec.namespace, spec.selector, ingress=rules)


def lan_service(scope: Construct, spec: ServiceSpec, settings: Settings) -> None:
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
            labels=labels.of_service(spec),
            annotations={"potatostack.io/lan-exposed": "; ".join(lan.reason for lan in spec.lan)},
        ),
        spec=k8s.ServiceSpec(
            type="LoadBalancer",
            # Keep the client's address, so the NetworkPolicy can tell LAN from elsewhere.
            external_traffic_policy="Local",
            selector=spec.selector,
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
    rules = [ingress_from([address(str(settings.lan.subnet))], [_port_of(spec, lan.port) for lan in spec.lan])]
    policy(scope, f"allow-lan-to-{spec.name}", spec.namespace, spec.selector, ingress=rules)


# Addresses that are not the internet: the cluster's pods and Services, the LAN,
# carrier-grade NAT, link-local (cloud metadata) and loopback.
NOT_INTERNET = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "127.0.0.0/8"]


def allow_internet(scope: Construct, spec: ServiceSpec) -> None:
    """Egress to public addresses, declared with its reason; never to private ranges."""
    if spec.internet is not None:
        _allow_out(scope, spec, "internet", address("0.0.0.0/0", NOT_INTERNET), spec.internet_ports, spec.internet)


def allow_router(scope: Construct, spec: ServiceSpec, settings: Settings) -> None:
    """Egress to the home router's address on the declared ports, with its reason; the
    rest of the LAN stays closed."""
    if spec.router is not None:
        _allow_out(scope, spec, "router", address(f"{settings.lan.router}/32"), spec.router_ports, spec.router)


def _allow_out(
    scope: Construct,
    spec: ServiceSpec,
    where: str,
    peer: k8s.NetworkPolicyPeer,
    ports: Sequence[Tuple[int, str]],
    reason: str,
) -> None:
    """Egress from the service's pods to an address outside the cluster, on `ports`
    (every port when empty), with the declared reason on the policy."""
    policy(
        scope,
        f"allow-{spec.name}-to-{where}",
        spec.namespace,
        spec.selector,
        egress=[egress_to([peer], [port(number, protocol) for number, protocol in ports])],
        annotations={"potatostack.io/reason": reason},
    )


def allow_platform_scrapes(scope: Construct, spec: ServiceSpec, settings: Settings) -> None:
    """Egress from the metrics store to the platform targets' ports and nowhere else of
    theirs (observability.PLATFORM_TARGETS): the kubelet on the node's address, the
    upstream charts' metrics Services by namespace."""
    rules = []
    for target in observability.PLATFORM_TARGETS:
        if target.namespace is None:
            peer = address(f"{settings.lan.node_ip}/32")
        else:
            peer = k8s.NetworkPolicyPeer(namespace_selector=_namespace(target.namespace))
        rules.append(egress_to([peer], [port(target.port)]))
    policy(scope, f"allow-{spec.name}-to-platform-metrics", spec.namespace, spec.selector, egress=rules)


def allow_helper(scope: Construct, spec: ServiceSpec, helper: ServiceSpec) -> None:
    """A helper declared with `spec` (ServiceSpec.helpers) reaches the ports of `spec`
    it declares it uses, and `spec` lets it in on those."""
    ports = [_port_of(spec, use.port) for use in helper.uses if use.service == spec.name]
    if not ports:
        return
    policy(
        scope,
        f"allow-{helper.name}-to-{spec.name}",
        spec.namespace,
        helper.selector,
        egress=[egress_to([pods_labelled(spec.selector)], ports)],
    )
    policy(
        scope,
        f"allow-{helper.name}-into-{spec.name}",
        spec.namespace,
        spec.selector,
        ingress=[ingress_from([pods_labelled(helper.selector)], ports)],
    )
