"""A service declaration is checked before anything is built; each mistake is named."""

import dataclasses

import pytest

from potatostack import services
from potatostack.errors import ConfigError
from potatostack.service import Port, Probe, Resources, RunAs, Scratch, Uses, Volume
from potatostack.services import ALL
from potatostack.services.postgres import service as declared_postgres
from potatostack.settings import GitOps, Profile, ServiceSettings, Settings

# PostgreSQL as a service of every profile: these tests are about declarations and
# dependencies; which profile runs it is test_budget's and the declaration's business.
postgres = dataclasses.replace(declared_postgres, optional=None)


def test_every_declared_service_is_valid():
    assert ALL, "no services found"
    for spec in ALL:
        spec.validate()


@pytest.mark.parametrize(
    "change, message",
    [
        (dict(name="Postgres"), "name 'Postgres' is not a lowercase DNS label"),
        (dict(ports=[]), "ports: a StatefulSet serves; at least one port is needed"),
        (dict(ports=[Port("postgres", 5432), Port("postgres", 5433)]), "ports: duplicate port names"),
        (dict(ports=[Port("a-very-long-port-name", 5432)]), "ports.a-very-long-port-name: a port name is 1-15"),
        (dict(ports=[Port("postgres", 70000)]), "ports.postgres: 70000 is not a port number"),
        (
            dict(resources=Resources(cpu="100m", memory="96MB", memory_limit="192Mi")),
            "resources: '96MB' is not a memory size",
        ),
        (
            dict(resources=Resources(cpu="0.1", memory="96Mi", memory_limit="192Mi")),
            "resources: '0.1' is not a CPU amount",
        ),
        (dict(run_as=RunAs(user=0, group=999)), "run_as: containers never run as uid or gid 0"),
        (dict(liveness=Probe.tcp("http")), "liveness: no port named 'http'"),
        (dict(readiness=Probe(command=("true",), tcp_port="postgres")), "readiness: a probe is exactly one of"),
        (dict(env={"BAD-NAME": "x"}), "env: 'BAD-NAME' is not a valid variable name"),
        (
            dict(volumes=[Volume("data", postgres.volumes[0].disk, "../etc", "/data", "1Gi")]),
            "volumes.data: path '../etc'",
        ),
        (
            dict(volumes=[Volume("data", postgres.volumes[0].disk, "/postgres", "/data", "1Gi")]),
            "volumes.data: path '/postgres'",
        ),
        (dict(scratch=[Scratch("/var/lib/postgresql/data")]), "two volumes mounted at the same path"),
        (dict(uses=[Uses("postgres", "postgres")]), "uses: a service does not need a rule to reach itself"),
        (
            dict(uses=[Uses("redis", "redis", extensions=("vector",))]),
            "uses redis: extensions are created in the account's database",
        ),
        (
            dict(uses=[Uses("redis", "redis", account=True, extensions=("drop table",))]),
            "uses redis: 'drop table' is not an extension name",
        ),
        (
            dict(volumes=[Volume("data", postgres.volumes[0].disk, "postgres", None, "1Gi")]),
            "volumes.data: mounted nowhere",
        ),
        (dict(root_reason=" "), "root_reason: say why"),
        (dict(optional=""), "optional: say why the stack can do without it"),
        (dict(resolver="127.0.0.1"), "resolver: its namespace gets no cluster DNS"),
        (dict(run_as=RunAs(user=-5, group=999)), "run_as: containers never run as uid or gid 0"),
    ],
)
def test_a_bad_declaration_is_named(change, message):
    with pytest.raises(ConfigError) as raised:
        dataclasses.replace(postgres, **change).validate()
    text = str(raised.value)
    assert text.startswith(f"{change.get('name', 'postgres')}: ") and message in text, text


SETTINGS = Settings(gitops=GitOps(repo_url="https://git.example.org/stack.git"))
CLIENT = dataclasses.replace(postgres, name="app", uses=[Uses("postgres", "postgres")])


def test_a_dependency_makes_the_client_known_to_the_server():
    enabled = services.chosen(SETTINGS, declared=[postgres, CLIENT])
    assert services.clients_of(enabled[0], enabled) == ((enabled[1], ("postgres",)),)


@pytest.mark.parametrize(
    "declared, chosen, message",
    [
        (
            [postgres, CLIENT],
            {"postgres": ServiceSettings(enabled=False)},
            "app: uses postgres:postgres, but postgres is disabled in settings.yaml",
        ),
        (
            [dataclasses.replace(postgres, optional="a test"), CLIENT],
            {},
            "app: uses postgres:postgres, but postgres is left out of the 'essentials' profile (enable it in settings.yaml)",
        ),
        ([CLIENT], {}, "app: uses postgres:postgres, but postgres is not a service"),
        (
            [postgres, dataclasses.replace(CLIENT, uses=[Uses("postgres", "pg")])],
            {},
            "app: uses postgres:pg, but postgres has no port 'pg' (declared: postgres)",
        ),
    ],
)
def test_a_broken_dependency_names_both_ends(declared, chosen, message):
    with pytest.raises(ConfigError) as raised:
        services.chosen(SETTINGS.model_copy(update={"services": chosen}), declared=declared)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    "change, level",
    [
        (dict(), "restricted"),
        (dict(root_reason="switches users"), "baseline"),
        (dict(root_reason="switches users", added_capabilities={"SETUID": "x", "CHOWN": "y"}), "baseline"),
        (dict(added_capabilities={"NET_ADMIN": "routes"}), "privileged"),
        (dict(root_reason="switches users", added_capabilities={"SETUID": "x", "SYS_ADMIN": "mounts"}), "privileged"),
    ],
)
def test_the_pod_security_level_is_the_least_the_deviations_need(change, level):
    spec = dataclasses.replace(postgres, **change)
    found, reason = spec.pod_security()
    assert found == level
    assert bool(reason) == (level != "restricted")


def test_the_profile_decides_unless_the_owner_does():
    optional = dataclasses.replace(postgres, optional="a test")
    complete = SETTINGS.model_copy(update={"profile": Profile.COMPLETE})
    assert services.is_enabled(postgres, SETTINGS)
    assert not services.is_enabled(optional, SETTINGS)
    assert services.is_enabled(optional, complete)
    forced = SETTINGS.model_copy(update={"services": {"postgres": ServiceSettings(enabled=True)}})
    assert services.is_enabled(optional, forced)
    off = complete.model_copy(update={"services": {"postgres": ServiceSettings(enabled=False)}})
    assert not services.is_enabled(postgres, off)


def test_a_configure_step_that_breaks_is_one_line_naming_the_service():
    def broken(spec, settings):
        return {}["missing"]

    with pytest.raises(ConfigError, match=r"^postgres: applying settings.yaml failed: KeyError\('missing'\)$"):
        services.chosen(SETTINGS, declared=[dataclasses.replace(postgres, configure=broken)])


def test_a_configure_step_is_checked_like_the_declaration():
    def too_big(spec, settings):
        return dataclasses.replace(spec, resources=Resources(cpu="1", memory="1Gi", memory_limit="512Mi"))

    with pytest.raises(
        ConfigError, match="^postgres: container postgres: resources: memory request 1Gi is above the memory limit"
    ):
        services.chosen(SETTINGS, declared=[dataclasses.replace(postgres, configure=too_big)])


def test_two_services_on_one_lan_port_are_refused():
    from potatostack.service import LanPort
    from potatostack.services.samba import service as samba

    other = dataclasses.replace(postgres, lan=[LanPort("postgres", 445, "a test")])
    with pytest.raises(ConfigError, match=r"^postgres: lan port 445/TCP is already samba's$"):
        services.chosen(SETTINGS, declared=[samba, other])


def test_a_lan_port_of_the_node_itself_is_refused():
    from potatostack.service import LanPort

    other = dataclasses.replace(postgres, lan=[LanPort("postgres", 443, "a test")])
    with pytest.raises(ConfigError, match=r"^postgres: lan port 443/TCP is already Traefik \(https\)'s$"):
        services.chosen(SETTINGS, declared=[other])


def test_two_services_at_one_web_address_are_refused():
    from potatostack.service import Login, WebUI

    first = dataclasses.replace(
        postgres, web=[WebUI(port="postgres", login=Login.OWN, group="x", icon="x", subdomain="db")]
    )
    second = dataclasses.replace(first, name="pg2")
    with pytest.raises(ConfigError, match=r"^pg2: web address db.lepotato.local is already postgres's$"):
        services.chosen(SETTINGS, declared=[first, second])
