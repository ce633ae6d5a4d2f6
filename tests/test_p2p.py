"""The P2P pod: qBittorrent and slskd can only talk through Gluetun's tunnel."""

import manifests
import pytest
import toolchain

from potatostack import app, settings

OWNER_CHANGED = {"uid": 1234, "gid": 2345}


def _containers(tree):
    template = tree["p2p"]["Deployment.p2p.k8s.yaml"]["spec"]["template"]["spec"]
    return template, {c["name"]: c for c in template["containers"]}


def test_only_gluetun_is_root_with_net_admin_and_the_tunnel_device(complete_tree):
    _, containers = _containers(complete_tree)
    gluetun = containers.pop("gluetun")
    assert gluetun["securityContext"]["runAsUser"] == 0
    assert gluetun["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["NET_ADMIN"]}
    assert {"mountPath": "/dev/net/tun", "name": "gluetun-device-0"} in gluetun["volumeMounts"]
    owner = settings.load(toolchain.ROOT / "settings.yaml").owner
    assert sorted(containers) == ["p2p", "slskd"]
    for container in containers.values():
        context = container["securityContext"]
        assert context["capabilities"] == {"drop": ["ALL"]}
        assert (context["runAsUser"], context["runAsGroup"], context["runAsNonRoot"]) == (owner.uid, owner.gid, True)
        assert context["readOnlyRootFilesystem"] is True
        assert not any(mount["mountPath"].startswith("/dev") for mount in container["volumeMounts"])


def test_names_resolve_inside_the_pod_and_the_namespace_has_no_cluster_dns(complete_tree):
    template, _ = _containers(complete_tree)
    assert template["dnsPolicy"] == "None"
    assert template["dnsConfig"]["nameservers"] == ["127.0.0.1"]
    assert "NetworkPolicy.allow-cluster-dns.k8s.yaml" not in complete_tree["p2p"]
    # every other namespace of the stack keeps it
    assert all(
        "NetworkPolicy.allow-cluster-dns.k8s.yaml" in complete_tree[name] for name in ("gitea", "samba", "sftpgo")
    )


def test_gluetuns_firewall_lets_in_every_port_the_ingress_and_kubelet_use(complete_tree):
    template, containers = _containers(complete_tree)
    env = {e["name"]: e.get("value") for e in containers["gluetun"]["env"]}
    allowed = {int(port) for port in env["FIREWALL_INPUT_PORTS"].split(",")}
    probed = {
        (probe.get("httpGet") or probe.get("tcpSocket"))["port"]
        for container in containers.values()
        for kind in ("readinessProbe", "livenessProbe", "startupProbe")
        for probe in [container[kind]]
    }
    ingress_ports = {
        path["backend"]["service"]["port"]["number"]
        for name, manifest in complete_tree["p2p"].items()
        if manifest["kind"] == "Ingress"
        for rule in manifest["spec"]["rules"]
        for path in rule["http"]["paths"]
    }
    assert ingress_ports and probed
    assert ingress_ports | probed <= allowed


def test_the_namespace_is_privileged_and_says_why(complete_tree):
    namespace = complete_tree["p2p"]["Namespace.p2p.k8s.yaml"]["metadata"]
    assert namespace["labels"]["pod-security.kubernetes.io/enforce"] == "privileged"
    reason = namespace["annotations"]["potatostack.io/pod-security-reason"]
    assert "NET_ADMIN" in reason and "/dev/net/tun" in reason


@pytest.fixture(scope="module")
def openvpn_tree(tmp_path_factory):
    chosen = toolchain.every_service()
    changed = chosen.model_copy(
        update={
            "vpn": chosen.vpn.model_copy(
                update={
                    "provider": "custom",
                    "type": "openvpn",
                    "endpoint_port": 1194,
                    "countries": ["Sweden"],
                    "torrent_port": 41234,
                    "soulseek_port": 41235,
                }
            ),
            "owner": chosen.owner.model_copy(update=OWNER_CHANGED),
        }
    )
    out = tmp_path_factory.mktemp("openvpn") / "dist"
    app.synth(changed, out)
    return manifests.load(out)


def test_vpn_settings_reach_gluetun_and_the_network_policy(openvpn_tree):
    _, containers = _containers(openvpn_tree)
    env = {e["name"]: e.get("value") for e in containers["gluetun"]["env"]}
    assert (env["VPN_TYPE"], env["OPENVPN_ENDPOINT_PORT"], env["SERVER_COUNTRIES"]) == ("openvpn", "1194", "Sweden")
    assert env["FIREWALL_VPN_INPUT_PORTS"] == "41234,41235"
    assert "WIREGUARD_ENDPOINT_PORT" not in env
    # the clients listen on the ports the provider forwards
    listen = {e["name"]: e.get("value") for name in ("p2p", "slskd") for e in containers[name]["env"]}
    assert (listen["QBT_TORRENTING_PORT"], listen["SLSKD_SLSK_LISTEN_PORT"]) == ("41234", "41235")
    policy = openvpn_tree["p2p"]["NetworkPolicy.allow-p2p-to-internet.k8s.yaml"]
    assert [p["port"] for rule in policy["spec"]["egress"] for p in rule["ports"]] == [1194]


def test_the_data_owner_setting_reaches_every_owner_container(openvpn_tree):
    template, containers = _containers(openvpn_tree)
    for name in ("p2p", "slskd"):
        assert containers[name]["securityContext"]["runAsUser"] == OWNER_CHANGED["uid"]
    assert template["securityContext"]["fsGroup"] == OWNER_CHANGED["gid"]
    samba = openvpn_tree["samba"]["ConfigMap.samba-config.k8s.yaml"]["data"]["config.yml"]
    assert f"uid: {OWNER_CHANGED['uid']}" in samba and f"gid: {OWNER_CHANGED['gid']}" in samba


def test_a_named_provider_keeps_its_own_server_ports(complete_tree):
    """Gluetun refuses an endpoint port override for several named providers: the port
    goes to the NetworkPolicy only."""
    chosen = toolchain.every_service()
    assert chosen.vpn.provider != "custom"
    _, containers = _containers(complete_tree)
    env = {e["name"]: e.get("value") for e in containers["gluetun"]["env"]}
    assert not {"WIREGUARD_ENDPOINT_PORT", "OPENVPN_ENDPOINT_PORT", "FIREWALL_VPN_INPUT_PORTS"} & set(env)
    assert env["VPN_SERVICE_PROVIDER"] == chosen.vpn.provider


def test_gluetun_clears_the_pods_leftover_routing_rules_when_it_starts(complete_tree):
    _, containers = _containers(complete_tree)
    command = containers["gluetun"]["lifecycle"]["postStart"]["exec"]["command"]
    assert command[:2] == ["sh", "-c"] and "ip rule del table 51820" in command[2]
    # A hook that fails kills the container: the cleanup must not fail when there is nothing to clean.
    assert command[2].rstrip().endswith("true")
