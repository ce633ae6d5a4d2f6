"""Who may open which port on whom, computed from the synthesized NetworkPolicies.

Not from the declarations: this reads the NetworkPolicy objects in dist/ the way the
cluster's policy engine does, so a mistake in how declarations become policies shows
up here. A connection from A to B on a port is allowed when A may send it (A is not
egress-isolated, or one of the policies selecting A allows it) and B may receive it
(likewise for ingress). Besides the stack's pods, the table has the places outside:
the ingress controller, cluster DNS, the Kubernetes API, the kubelet, Argo CD's Git remote,
the LAN and the internet.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from potatostack import argocd, platform
from potatostack.service import pod_template
from potatostack.settings import Settings


@dataclass(frozen=True)
class Endpoint:
    name: str
    namespace: Optional[str]  # None: outside the cluster's pods
    labels: Mapping[str, str]
    address: Optional[str] = None  # outside endpoints: an address that stands for them
    ports: Tuple[Tuple[int, str], ...] = ()  # the ports it listens on


def endpoints(manifests: Sequence[Dict[str, Any]], settings: Settings) -> List[Endpoint]:
    found = []
    for manifest in manifests:
        template = pod_template(manifest)
        if template is None:
            continue
        ports = tuple(
            sorted(
                {
                    (port["containerPort"], port.get("protocol", "TCP"))
                    for c in template["spec"]["containers"]
                    for port in c.get("ports", [])
                }
            )
        )
        namespace = manifest["metadata"]["namespace"]
        found.append(
            Endpoint(
                f"{namespace}/{manifest['metadata']['name']}", namespace, template["metadata"]["labels"], ports=ports
            )
        )
    found.sort(key=lambda e: e.name)
    # Any LAN address but the router's and the node's, which have endpoints of their own.
    lan_host = str(next(h for h in settings.lan.subnet.hosts() if h not in (settings.lan.router, settings.lan.node_ip)))
    remote_block, remote_port = argocd.git_remote(settings)
    remote = remote_block.split("/")[0] if remote_block else None
    # The VPN's endpoint port is probed too, so a rule for exactly it shows up.
    outside = tuple(sorted({*_ANY, (settings.vpn.endpoint_port, settings.vpn.endpoint_protocol)}))
    found += [
        Endpoint("ingress (Traefik)", platform.INGRESS_NAMESPACE, platform.INGRESS_POD_LABELS),
        Endpoint(
            "cluster DNS",
            platform.CLUSTER_DNS_NAMESPACE,
            platform.CLUSTER_DNS_POD_LABELS,
            ports=((53, "UDP"), (53, "TCP")),
        ),
        Endpoint("Kubernetes API", None, {}, address=str(settings.lan.node_ip), ports=((platform.API_PORT, "TCP"),)),
        Endpoint("kubelet", None, {}, address=str(settings.lan.node_ip), ports=((platform.KUBELET_PORT, "TCP"),)),
        # Where Argo CD's repo server fetches dist/ from, when that is the stack's own
        # Gitea on the node; a remote elsewhere is part of the internet below.
        *([Endpoint("Git remote", None, {}, address=remote, ports=((remote_port, "TCP"),))] if remote else []),
        Endpoint("LAN", None, {}, address=lan_host, ports=outside),
        # The home router, the one LAN address a pod may be allowed to reach.
        Endpoint("router", None, {}, address=str(settings.lan.router), ports=_ROUTER),
        Endpoint("internet", None, {}, address="1.1.1.1", ports=outside),
    ]
    return found


# Probes for "any port": a rule that allows all of them allows every port.
_ANY = ((443, "TCP"), (51820, "UDP"), (65000, "TCP"))
_OURS_NOT = (
    "ingress (Traefik)",
    "cluster DNS",
    "Kubernetes API",
    "kubelet",
    "Git remote",
    "LAN",
    "router",
    "internet",
)
# Probes of the router: a FRITZ!Box's web interface and TR-064 (plain and TLS).
_ROUTER = ((80, "TCP"), (49000, "TCP"), (49443, "TCP"))


def _namespace_labels(manifests: Sequence[Dict[str, Any]], namespace: Optional[str]) -> Dict[str, str]:
    if namespace is None:
        return {}
    for manifest in manifests:
        if manifest["kind"] == "Namespace" and manifest["metadata"]["name"] == namespace:
            return {**manifest["metadata"].get("labels", {}), platform.NAMESPACE_NAME_LABEL: namespace}
    return {platform.NAMESPACE_NAME_LABEL: namespace}


def _selects(selector: Optional[Dict[str, Any]], labels: Mapping[str, str]) -> bool:
    if selector is None:
        return False
    if any(labels.get(key) != value for key, value in selector.get("matchLabels", {}).items()):
        return False
    for expression in selector.get("matchExpressions", []):
        value, operator = labels.get(expression["key"]), expression["operator"]
        if operator == "In" and value not in expression["values"]:
            return False
        if operator == "NotIn" and value in expression["values"]:
            return False
        if operator == "Exists" and value is None:
            return False
        if operator == "DoesNotExist" and value is not None:
            return False
    return True


def _peer_matches(
    peer: Dict[str, Any], policy_namespace: str, other: Endpoint, manifests: Sequence[Dict[str, Any]]
) -> bool:
    if "ipBlock" in peer:
        if other.address is None:
            return False  # pod-to-pod traffic is judged by selectors (pod IPs are not in the blocks we write)
        block = peer["ipBlock"]
        address = ipaddress.ip_address(other.address)
        if address not in ipaddress.ip_network(block["cidr"]):
            return False
        return not any(address in ipaddress.ip_network(cidr) for cidr in block.get("except", []))
    if other.namespace is None:
        return False
    if "namespaceSelector" in peer:
        if not _selects(peer["namespaceSelector"], _namespace_labels(manifests, other.namespace)):
            return False
    elif other.namespace != policy_namespace:
        return False
    return "podSelector" not in peer or _selects(peer["podSelector"], other.labels)


def _port_matches(rule_ports: Optional[List[Dict[str, Any]]], port: int, protocol: str) -> bool:
    if not rule_ports:
        return True
    return any(p.get("protocol", "TCP") == protocol and p.get("port") in (None, port) for p in rule_ports)


def _allowed(
    manifests: Sequence[Dict[str, Any]],
    policies: Sequence[Dict[str, Any]],
    subject: Endpoint,
    other: Endpoint,
    port: int,
    protocol: str,
    direction: str,
) -> bool:
    """May `subject` send (Egress) to / receive (Ingress) from `other` on port?"""
    if subject.namespace is None or subject.name in ("ingress (Traefik)", "cluster DNS"):
        return True  # outside the stack's policies: k3s's own components are not isolated
    selecting = [
        p
        for p in policies
        if p["metadata"]["namespace"] == subject.namespace
        and direction in p["spec"].get("policyTypes", ["Ingress"])
        and _selects(p["spec"]["podSelector"], subject.labels)
    ]
    if not selecting:
        return True
    key, peers_key = ("egress", "to") if direction == "Egress" else ("ingress", "from")
    for policy in selecting:
        for rule in policy["spec"].get(key, []):
            peers = rule.get(peers_key)
            if (
                not peers or any(_peer_matches(peer, subject.namespace, other, manifests) for peer in peers)
            ) and _port_matches(rule.get("ports"), port, protocol):
                return True
    return False


def matrix(manifests: Sequence[Dict[str, Any]], settings: Settings) -> Dict[Tuple[str, str], List[str]]:
    """(source, destination) -> the allowed 'port/protocol's, for every pair with any."""
    policies = [m for m in manifests if m["kind"] == "NetworkPolicy"]
    places = endpoints(manifests, settings)
    result = {}
    for source in places:
        for destination in places:
            # Only what the stack's pods send or receive; k3s's own pods are not ours.
            if source is destination or (source.name in _OURS_NOT and destination.name in _OURS_NOT):
                continue
            if source.name in ("Kubernetes API", "kubelet", "cluster DNS", "Git remote", "router"):
                continue  # they answer; they do not call the stack
            open_ports = [
                f"{port}/{protocol}"
                for port, protocol in destination.ports
                if _allowed(manifests, policies, source, destination, port, protocol, "Egress")
                and _allowed(manifests, policies, destination, source, port, protocol, "Ingress")
            ]
            if open_ports:
                any_port = (
                    destination.address is not None
                    and len(destination.ports) > 1
                    and len(open_ports) == len(destination.ports)
                )
                result[(source.name, destination.name)] = ["any port"] if any_port else open_ports
    return result


def report(manifests: Sequence[Dict[str, Any]], settings: Settings) -> str:
    rows = [
        "# Reachability",
        "",
        "Generated at synth (constructs/potatostack/reachability.py) from the NetworkPolicies in dist/:",
        "every connection the policies allow, by source, destination and port. Anything not",
        "listed is closed. The LAN and the internet stand for any address there; pods of k3s",
        "itself (ingress, DNS) are not isolated by this stack.",
        "",
        "| from | to | ports |",
        "|---|---|---|",
    ]
    for (source, destination), ports in sorted(matrix(manifests, settings).items()):
        rows.append(f"| {source} | {destination} | {', '.join(ports)} |")
    return "\n".join(rows) + "\n"
