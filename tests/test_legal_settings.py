"""The gate holds for any valid settings file that fits, not only the committed one:
an owner switching a service off, overriding one, or adding a worker node gets a dist/
that passes the same checks (checks.py, schemas, every Kyverno policy, the reviewed
tables), and the tables still cover every right and deviation the complete profile has."""

import manifests
import policy_suite
import pytest
import schemas
import toolchain
import yaml

from potatostack import checks, settings

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

COMMITTED = yaml.safe_load((toolchain.ROOT / "settings.yaml").read_text())

VARIANTS = {
    "a service disabled": {"services": {"vaultwarden": {"enabled": False}}},
    # The default profile leaves 3Mi (dist/BUDGET.md): a larger limit, the request kept.
    "one override": {"services": {"sftpgo": {"memory_request": "32Mi", "memory_limit": "160Mi"}}},
    "a worker node": {"workers": [{"name": "rock5", "memory": "4Gi", "cpu": "4"}]},
    "other disks, LAN and VPN": {
        "storage": {"main_hdd": "/srv/big", "cache_hdd": "/srv/cache"},
        "lan": {"node_ip": "10.0.0.2", "subnet": "10.0.0.0/24", "router": "10.0.0.1"},
        "vpn": {"provider": "protonvpn", "torrent_port": 40000},
    },
}


@pytest.fixture(scope="module", params=sorted(VARIANTS))
def variant(request, tmp_path_factory):
    raw = {**COMMITTED, **VARIANTS[request.param]}
    folder = tmp_path_factory.mktemp("legal")
    path = folder / "settings.yaml"
    path.write_text(yaml.safe_dump(raw))
    result = toolchain.synth(folder / "dist", settings=path)
    assert result.returncode == 0, f"{request.param}: {result.stderr}"
    return request.param, path, folder / "dist"


def test_a_legal_settings_file_passes_the_checks_over_dist(variant):
    _, path, dist = variant
    checks.verify(checks.read(dist), settings.load(path))


def test_a_legal_settings_file_gives_valid_objects(variant):
    _, _, dist = variant
    for _, _, manifest in manifests.objects(manifests.load(dist)):
        schemas.validate(manifest)


def test_a_legal_settings_file_passes_every_policy(variant, tmp_path):
    name, _, dist = variant
    if name != "other disks, LAN and VPN":
        folders = policy_suite.folders()
    else:
        # The host-path and TLS policies carry the committed disks and domain as parameters
        # (test_policies checks they agree with settings.yaml); an owner moving the disks
        # changes both together.
        folders = [
            f for f in policy_suite.folders() if f.name not in ("restrict-host-paths", "restrict-pod-host-paths")
        ]
    tree = manifests.load(dist)
    plurals = policy_suite.matched_kinds(folders)
    resources = [
        dist / chart / file for chart, file, m in manifests.objects(tree) if policy_suite.is_matched(m, plurals)
    ]
    built_in = [m for _, _, m in manifests.objects(tree) if policy_suite.is_built_in(m)]
    context = policy_suite.write_context(built_in, tmp_path / "context.yaml")
    report = policy_suite.apply(
        [f.path / "policy.yaml" for f in folders], resources, context, sorted(dist.glob("*/PolicyException.*.yaml"))
    )
    assert report.rules == len(folders) and report.resources == len(resources), report.output
    assert report.counts["fail"] == 0 and report.counts["error"] == 0 and report.counts["pass"] > 0, report.output


def test_every_reviewed_row_is_still_synthesized_by_the_complete_profile(complete_dist):
    """A table row nothing synthesizes any more is stale: remove it with the change that
    removed the right or the deviation."""
    # Rows limited to names are written for the complete profile: every name it grants.
    reviewed = checks.Reviewed.load()
    tree = checks.read(complete_dist)
    committed = settings.load(toolchain.ROOT / "settings.yaml")
    rights, deviations = checks.rights(tree), checks.deviations(tree, checks.disk_roots(committed))
    stale = [
        f"reviewed/rbac.yaml {chart}: {row}"
        for chart, rows in reviewed.rbac.items()
        for row in rows - set(rights.get(chart, ()))
    ] + [
        f"reviewed/deviations.yaml {chart}: {row}"
        for chart, rows in reviewed.deviations.items()
        for row in rows - set(deviations.get(chart, ()))
    ]
    assert stale == []
    checks.verify(
        tree, settings.load(toolchain.ROOT / "settings.yaml").model_copy(update={"profile": settings.Profile.COMPLETE})
    )


def test_the_reviewed_policies_are_the_policy_folders():
    assert checks.Reviewed.load().policies == {folder.name for folder in policy_suite.folders()}


def test_the_vpn_provider_list_is_that_of_the_pinned_gluetun():
    from potatostack import images, vpn_providers

    assert images.GLUETUN.tag == vpn_providers.GLUETUN_VERSION
    assert "mullvad" in vpn_providers.PROVIDERS and "custom" in vpn_providers.PROVIDERS


def test_synth_leaves_the_reviewed_tables_alone(tmp_path):
    """Only hand edits change reviewed/: a synth (what `make synth` runs) writes none of it."""
    before = manifests.files(toolchain.ROOT / "reviewed")
    result = toolchain.synth(tmp_path / "dist")
    assert result.returncode == 0, result.stderr
    assert manifests.files(toolchain.ROOT / "reviewed") == before
