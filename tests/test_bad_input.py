"""A mistake stops synth with one line naming what is wrong, and dist/ stays as it was."""

import shutil

import manifests
import pytest
import toolchain
import yaml

GOOD_SETTINGS = (toolchain.ROOT / "settings.yaml").read_text()


@pytest.fixture
def previous_dist(fresh_dist, tmp_path):
    """A copy of a good dist/, standing in for the committed one."""
    target = tmp_path / "dist"
    shutil.copytree(fresh_dist, target)
    return target


def synth_with(settings_text, previous_dist, tmp_path):
    settings = tmp_path / "settings.yaml"
    settings.write_text(settings_text)
    before = manifests.files(previous_dist)
    result = toolchain.synth(previous_dist, settings=settings)
    assert result.returncode == 1, result.stdout + result.stderr
    assert manifests.files(previous_dist) == before, "a failed synth changed dist/"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dist", "settings.yaml"], "staging left behind"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line, got:\n{result.stderr}"
    return lines[0]


def settings_with(**changes) -> str:
    """The committed settings.yaml with some fields set ("vpn__provider" is vpn.provider),
    whatever the owner has set in it already."""
    raw = yaml.safe_load(GOOD_SETTINGS)
    for dotted, value in changes.items():
        *parents, leaf = dotted.split("__")
        target = raw
        for key in parents:
            target = target.setdefault(key, {})
        target[leaf] = value
    return yaml.safe_dump(raw)


BAD_SETTINGS = [
    (dict(storage__main_hdd="mnt/seconddrive"), "storage.main_hdd: must be an absolute"),
    (dict(timezone="Mars/Olympus"), "timezone: must be an IANA time zone"),
    (dict(domain="Le Potato"), "domain: must be a lowercase DNS domain"),
    (dict(storage_node="Le_Potato"), "storage_node: must be a lowercase DNS label"),
    (dict(gitops__revison="main"), "gitops.revison: unknown setting"),
    (dict(services={"postgres": {"memory_limit": "2GB"}}), "services.postgres.memory_limit:"),
    (dict(services={"postgres": {"enabled": "maybe"}}), "services.postgres.enabled:"),
    (dict(gitops__repo_url="ftp://example.org/repo.git"), "gitops.repo_url:"),
    (dict(profile="everything"), "profile: Input should be 'essentials' or 'complete'"),
    (dict(owner__uid=0), "owner.uid: Input should be greater than or equal to 1"),
    (dict(vpn__endpoint_port=70000), "vpn.endpoint_port:"),
    (dict(vpn__type="ipsec"), "vpn.type:"),
    (dict(vpn__type="wireguard", vpn__endpoint_protocol="TCP"), "vpn: endpoint_protocol: WireGuard runs over UDP only"),
    (dict(vpn__type="openvpn", vpn__endpoint_port=51820), "vpn: endpoint_port: 51820 is WireGuard's"),
    (dict(workers=[{"name": "lepotato"}]), "workers: node names must differ"),
    # cross-field: accepted by each field alone, impossible together
    (
        dict(node__eviction_soft="100Mi", node__eviction_hard="100Mi"),
        "node: eviction_soft: 100Mi must be above eviction_hard",
    ),
    (
        dict(node__eviction_soft="50Mi", node__eviction_hard="100Mi"),
        "node: eviction_soft: 50Mi must be above eviction_hard",
    ),
    (dict(node__memory="64Mi"), "node: memory: 64Mi is no board's memory"),
    (dict(node__memory="4Ti"), "node: memory: 4Ti is no board's memory"),
    (dict(workers=[{"name": "rock5", "memory": "100Ti"}]), "workers.0: memory: 100Ti is no board's memory"),
    # The reservation is derived (reservation.py): an owner cannot shrink it.
    (dict(node__reserved_memory="256Mi"), "node.reserved_memory: unknown setting"),
    (dict(node__memory="768Mi"), "node: memory: 768Mi is less than k3s and the OS need"),
    (dict(node__reserved_cpu="4"), "node: reserved_cpu: 4 leaves nothing"),
    (
        dict(storage__cache_hdd="/mnt/seconddrive"),
        "storage: cache_hdd: /mnt/seconddrive and main_hdd /mnt/seconddrive are the same disk",
    ),
    (dict(storage__cache_hdd="/mnt/seconddrive/cache"), "are the same disk or one inside the other"),
    (dict(storage__main_hdd="/mnt", storage__cache_hdd="/mnt/cachehdd"), "are the same disk or one inside the other"),
    (dict(storage__main_hdd="/etc/data"), "storage: main_hdd: /etc/data is inside the system folder /etc"),
    (
        dict(storage__cache_hdd="/usr/local/cache"),
        "storage: cache_hdd: /usr/local/cache is inside the system folder /usr",
    ),
    (dict(storage__main_hdd="/mnt/x/../../etc"), "storage.main_hdd: must be an absolute, normalised path"),
    (dict(vpn__torrent_port=51820), "vpn: torrent_port: 51820 is the VPN endpoint's port"),
    (dict(vpn__soulseek_port=51820), "vpn: soulseek_port: 51820 is the VPN endpoint's port"),
    (dict(lan__node_ip="10.0.0.5"), "lan: node_ip: 10.0.0.5 is not a host address of the subnet 192.168.1.0/24"),
    (dict(lan__node_ip="192.168.1.0"), "lan: node_ip: 192.168.1.0 is not a host address"),
    (dict(lan__router="10.0.0.1"), "lan: router: 10.0.0.1 is not another host address of the subnet 192.168.1.0/24"),
    (dict(lan__router="192.168.1.10"), "lan: router: 192.168.1.10 is not another host address"),
    (dict(lan__router_username="bad user"), "lan.router_username: String should match pattern"),
    (
        dict(lan__subnet="0.0.0.0/0", lan__node_ip="192.168.1.10"),
        "lan: subnet: 0.0.0.0/0 is not a home network's private range",
    ),
    (
        dict(lan__subnet="8.8.8.0/24", lan__node_ip="8.8.8.8"),
        "lan: subnet: 8.8.8.0/24 is not a home network's private range",
    ),
    (
        dict(gitops__repo_url="https://git.lepotato.local/potatostack/k8s.git"),
        "gitops.repo_url: https://git.lepotato.local/potatostack/k8s.git is on the stack's own domain, which only gitea",
    ),
    (dict(gitops__path="../elsewhere"), "gitops.path: must be a normalised folder inside the repository"),
    (dict(gitops__path="/srv/dist"), "gitops.path: must be a normalised folder inside the repository"),
    (dict(vpn__provider="mulvad"), "vpn: provider: Gluetun v3.41.1 knows no provider 'mulvad'"),
    (dict(services={"homepage": {"enabled": "true"}}), "services.homepage.enabled: Input should be a valid boolean"),
    (dict(services={"homepage": {"enabled": "false"}}), "services.homepage.enabled: Input should be a valid boolean"),
]


@pytest.mark.parametrize("change, expected", BAD_SETTINGS, ids=[expected for _, expected in BAD_SETTINGS])
def test_a_bad_setting_names_its_field(change, expected, previous_dist, tmp_path):
    line = synth_with(settings_with(**change), previous_dist, tmp_path)
    assert line.startswith("synth: settings.yaml: ") and expected in line, line


def test_deeply_nested_yaml_is_one_line(previous_dist, tmp_path):
    line = synth_with(GOOD_SETTINGS + "\nextra: " + "[" * 20000 + "]" * 20000 + "\n", previous_dist, tmp_path)
    assert "settings.yaml: nested too deeply" in line, line


def test_a_budget_that_does_not_fit_is_refused(previous_dist, tmp_path):
    line = synth_with(settings_with(profile="complete"), previous_dist, tmp_path)
    assert line.startswith("synth: budget: DOES NOT FIT: memory requests"), line


def test_a_service_that_does_not_exist_is_named(previous_dist, tmp_path):
    line = synth_with(settings_with(services={"postgress": {"enabled": False}}), previous_dist, tmp_path)
    assert "services.postgress: no such service" in line, line


def test_an_impossible_service_configuration_names_the_service_and_field(previous_dist, tmp_path):
    line = synth_with(settings_with(services={"postgres": {"memory_request": "512Mi"}}), previous_dist, tmp_path)
    assert line.startswith(
        "synth: postgres: container postgres: resources: memory request 512Mi is above the memory limit 192Mi"
    ), line


def test_broken_yaml_is_reported_with_its_line(previous_dist, tmp_path):
    line = synth_with(GOOD_SETTINGS + "\nservices: [\n", previous_dist, tmp_path)
    assert "settings.yaml: line" in line and "not valid YAML" in line, line


def test_a_good_override_reaches_the_manifests(tmp_path):
    settings = tmp_path / "settings.yaml"
    settings.write_text(settings_with(services={"vaultwarden": {"memory_limit": "160Mi"}}))
    result = toolchain.synth(tmp_path / "dist", settings=settings)
    assert result.returncode == 0, result.stderr
    deployment = manifests.load(tmp_path / "dist")["vaultwarden"]["Deployment.vaultwarden.k8s.yaml"]
    assert deployment["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"]["memory"] == "160Mi"


def test_disabling_a_service_removes_it_and_everything_that_referred_to_it(tmp_path):
    settings = tmp_path / "settings.yaml"
    settings.write_text(settings_with(services={"vaultwarden": {"enabled": False}}))
    result = toolchain.synth(tmp_path / "dist", settings=settings)
    assert result.returncode == 0, result.stderr
    tree = manifests.load(tmp_path / "dist")
    assert "vaultwarden" not in tree
    assert "Application.vaultwarden.k8s.yaml" not in tree["argocd"]
    # The services project keeps every declared service's namespace as a destination
    # and its cluster-wide objects: until the owner confirms the pruning, what other
    # Applications keep there must stay prunable, and its own deletable.
    project = tree["argocd"]["AppProject.services.k8s.yaml"]
    assert {"namespace": "vaultwarden", "server": "https://kubernetes.default.svc"} in project["spec"]["destinations"]
    assert {"group": "", "kind": "PersistentVolume", "name": "vaultwarden-*"} in project["spec"][
        "clusterResourceWhitelist"
    ]
    project["spec"]["destinations"] = [d for d in project["spec"]["destinations"] if d["namespace"] != "vaultwarden"]
    project["spec"]["clusterResourceWhitelist"] = [
        allowed
        for allowed in project["spec"]["clusterResourceWhitelist"]
        if not allowed["name"].startswith("vaultwarden")
    ]
    leftovers = [
        f"{chart}/{name}"
        for chart, name, manifest in manifests.objects(tree)
        if "vaultwarden" in yaml.safe_dump(manifest) and chart != "policies"
    ]
    assert leftovers == [], f"still referring to vaultwarden: {leftovers}"


def test_disabling_a_service_others_use_names_both_ends(previous_dist, tmp_path):
    chosen = {"authelia": {"enabled": True}, "redis": {"enabled": True}, "postgres": {"enabled": False}}
    line = synth_with(settings_with(services=chosen), previous_dist, tmp_path)
    # The first client in name order is named; every one of them would be.
    assert "authelia: uses postgres:postgres, but postgres is disabled in settings.yaml" in line, line
