"""One step applies settings.yaml to a declaration (resolve.py), and what it derives
(addresses, ports, the owner, TZ) follows the facts it comes from."""
import dataclasses

import pytest

import toolchain
from potatostack import services, settings
from potatostack.errors import ConfigError
from potatostack.resolve import PLACEHOLDERS, address, resolve
from potatostack.service import OWNER, Port, Uses
from potatostack.services.gitea import service as gitea
from potatostack.services.redis import service as redis
from potatostack.services.vaultwarden import service as vaultwarden

SETTINGS = settings.load(toolchain.ROOT / "settings.yaml")
DECLARED = {spec.name: spec for spec in services.ALL}


def test_an_address_of_a_used_service_is_its_cluster_address():
    resolved = resolve(gitea, SETTINGS, DECLARED)
    assert resolved.env["GITEA__database__HOST"] == f"{address('postgres')}:5432"
    assert resolved.env["GITEA__cache__HOST"] == "redis://redis.redis.svc.cluster.local:6379/0"


def test_an_address_of_a_service_not_in_uses_is_refused():
    spec = dataclasses.replace(vaultwarden, env={**vaultwarden.env, "CACHE": "${address:redis}"})
    with pytest.raises(ConfigError, match=r"^vaultwarden: container vaultwarden: env.CACHE: names redis, which the service does not declare in `uses`"):
        services.chosen(SETTINGS, declared=[*(s for s in services.ALL if s.name != "vaultwarden"), spec])


def test_another_services_port_follows_its_declaration():
    moved = dataclasses.replace(redis, ports=[Port("redis", 6380)])
    declared = {**DECLARED, "redis": moved}
    assert resolve(gitea, SETTINGS, declared).env["GITEA__cache__HOST"].endswith(":6380/0")


def test_an_env_var_naming_the_own_port_follows_the_port():
    moved = dataclasses.replace(vaultwarden, ports=[Port("http", 8181)])
    assert resolve(moved, SETTINGS, DECLARED).env["ROCKET_PORT"] == "8181"


def test_an_unknown_placeholder_is_one_line_listing_the_known_ones():
    spec = dataclasses.replace(vaultwarden, env={"X": "${nope}"})
    with pytest.raises(ConfigError) as raised:
        resolve(spec, SETTINGS, DECLARED)
    text = str(raised.value)
    assert text.startswith("vaultwarden: container vaultwarden: env.X: ${nope} is not one of ${domain}")
    assert all(name in text for name in PLACEHOLDERS) and "\n" not in text


def test_every_container_gets_the_owners_time_and_the_data_owner_resolved():
    spec = dataclasses.replace(redis, run_as=OWNER, uses=[Uses("postgres", "postgres")])
    resolved = resolve(spec, SETTINGS, DECLARED)
    assert resolved.env["TZ"] == SETTINGS.timezone
    assert (resolved.run_as.user, resolved.run_as.group) == (SETTINGS.owner.uid, SETTINGS.owner.gid)


def test_the_budget_and_the_constructs_see_the_same_resolved_spec():
    # What the budget prices (services.left_out/chosen) is resolve's output, the same
    # object the charts are built from: no second path applies settings.
    chosen = services.chosen(SETTINGS)
    assert all(spec.env.get("TZ") == SETTINGS.timezone for spec in chosen)
    assert all("${" not in value for spec in chosen for value in spec.env.values())
