"""A mistake stops synth with one line naming what is wrong, and dist/ stays as it was."""
import shutil

import pytest
import yaml

import manifests
import toolchain

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


@pytest.mark.parametrize(
    "change, expected",
    [
        (("main_hdd: /mnt/seconddrive", "main_hdd: mnt/seconddrive"), "storage.main_hdd: must be an absolute"),
        (("timezone: Europe/Berlin", "timezone: Mars/Olympus"), "timezone: must be an IANA time zone"),
        (("domain: lepotato.local", "domain: Le Potato"), "domain: must be a lowercase DNS domain"),
        (("storage_node: lepotato", "storage_node: Le_Potato"), "storage_node: must be a lowercase DNS label"),
        (("revision: main", "revison: main"), "gitops.revison: unknown setting"),
        (("services: {}", "services: {postgres: {memory_limit: 2GB}}"), "services.postgres.memory_limit:"),
        (("services: {}", "services: {postgres: {enabled: maybe}}"), "services.postgres.enabled:"),
        (("repo_url: https://", "repo_url: ftp://"), "gitops.repo_url:"),
        (("profile: essentials", "profile: everything"), "profile: Input should be 'essentials' or 'complete'"),
        (("  uid: 1000", "  uid: 0"), "owner.uid: Input should be greater than or equal to 1"),
        (("endpoint_port: 51820", "endpoint_port: 70000"), "vpn.endpoint_port:"),
        (("type: wireguard", "type: ipsec"), "vpn.type:"),
        (("endpoint_protocol: UDP", "endpoint_protocol: TCP"), "vpn: endpoint_protocol: WireGuard runs over UDP only"),
        (("type: wireguard", "type: openvpn"), "vpn: endpoint_port: 51820 is WireGuard's"),
        (("services: {}", "workers: [{name: lepotato}]\nservices: {}"), "workers: node names must differ"),
    ],
)
def test_a_bad_setting_names_its_field(change, expected, previous_dist, tmp_path):
    old, new = change
    assert old in GOOD_SETTINGS
    line = synth_with(GOOD_SETTINGS.replace(old, new, 1), previous_dist, tmp_path)
    assert line.startswith("synth: settings.yaml: ") and expected in line, line


def test_a_service_that_does_not_exist_is_named(previous_dist, tmp_path):
    line = synth_with(GOOD_SETTINGS.replace("services: {}", "services: {postgress: {enabled: false}}"), previous_dist, tmp_path)
    assert "services.postgress: no such service" in line, line


def test_an_impossible_service_configuration_names_the_service_and_field(previous_dist, tmp_path):
    settings = GOOD_SETTINGS.replace("services: {}", "services: {postgres: {memory_request: 512Mi}}")
    line = synth_with(settings, previous_dist, tmp_path)
    assert line.startswith("synth: postgres: container postgres: resources: memory request 512Mi is above the memory limit 192Mi"), line


def test_broken_yaml_is_reported_with_its_line(previous_dist, tmp_path):
    line = synth_with(GOOD_SETTINGS + "\nservices: [\n", previous_dist, tmp_path)
    assert "settings.yaml: line" in line and "not valid YAML" in line, line


def test_a_good_override_reaches_the_manifests(tmp_path):
    settings = tmp_path / "settings.yaml"
    settings.write_text(GOOD_SETTINGS.replace("services: {}", "services: {postgres: {memory_limit: 256Mi}}"))
    result = toolchain.synth(tmp_path / "dist", settings=settings)
    assert result.returncode == 0, result.stderr
    statefulset = manifests.load(tmp_path / "dist")["postgres"]["StatefulSet.postgres.k8s.yaml"]
    assert statefulset["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"]["memory"] == "256Mi"


def test_disabling_a_service_removes_it_and_everything_that_referred_to_it(tmp_path):
    settings = tmp_path / "settings.yaml"
    settings.write_text(GOOD_SETTINGS.replace("services: {}", "services: {gitea: {enabled: false}}"))
    result = toolchain.synth(tmp_path / "dist", settings=settings)
    assert result.returncode == 0, result.stderr
    tree = manifests.load(tmp_path / "dist")
    assert "gitea" not in tree
    assert "Application.gitea.k8s.yaml" not in tree["argocd"]
    leftovers = [
        f"{chart}/{name}" for chart, name, manifest in manifests.objects(tree)
        if "gitea" in yaml.safe_dump(manifest) and chart != "policies"
    ]
    assert leftovers == [], f"still referring to gitea: {leftovers}"


def test_disabling_a_service_others_use_names_both_ends(previous_dist, tmp_path):
    line = synth_with(GOOD_SETTINGS.replace("services: {}", "services: {postgres: {enabled: false}}"), previous_dist, tmp_path)
    # The first client in name order is named; every one of them would be.
    assert "authelia: uses postgres:postgres, but postgres is disabled in settings.yaml" in line, line

