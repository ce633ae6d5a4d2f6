"""Nothing reaches anything it has not declared: the paths the synthesized
NetworkPolicies open equal the paths the service declarations ask for."""

import manifests
import pytest
import test_argocd
import test_cert_manager
import toolchain

from potatostack import reachability, services, settings


def _matrix(fresh_tree):
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    return reachability.matrix([m for _, _, m in manifests.objects(fresh_tree)], chosen)


def _enabled(settings_file):
    return services.chosen(settings.load(settings_file))


def _declared_paths(enabled):
    """(source, destination) pairs that the declarations ask for, and Argo CD's own
    (written out in test_argocd.py)."""
    paths = set(test_argocd.ARGOCD_PATHS) | test_cert_manager.CERT_MANAGER_PATHS
    for spec in enabled:
        me = f"{spec.name}/{spec.name}"
        if spec.resolver is None:
            paths.add((me, "cluster DNS"))
        paths.update((me, f"{use.service}/{use.service}") for use in spec.uses)
        if spec.api_access:
            paths.add((me, "Kubernetes API"))
        if spec.scrapes_metrics:
            paths.add((me, "kubelet"))
        if spec.internet:
            paths.add((me, "internet"))
        if spec.router:
            paths.add((me, "router"))
        if spec.web:
            paths.add(("ingress (Traefik)", me))
        if spec.lan:
            paths.add(("LAN", me))
        # The in-cluster helpers of a namespace: the secret generator talks to the API,
        # the account provisioner to its server.
        if spec.generated_secrets or services.account_clients(spec, enabled):
            paths.update(
                {(f"{spec.name}/secret-generator", "Kubernetes API"), (f"{spec.name}/secret-generator", "cluster DNS")}
            )
        if services.account_clients(spec, enabled):
            # and the nightly dump to its server too.
            for helper in (f"{spec.name}/provision-accounts", f"{spec.name}/postgres-dump"):
                paths.update({(helper, me), (helper, "cluster DNS")})
        # Helpers a service declares (Seafile's MariaDB dump) reach what their uses name.
        for helper in spec.helpers:
            paths.add((f"{spec.name}/{helper.name}", "cluster DNS"))
            paths.update((f"{spec.name}/{helper.name}", f"{use.service}/{use.service}") for use in helper.uses)
    return paths


def test_the_open_paths_are_exactly_the_declared_ones(profile):
    _, _, tree, settings_file = profile
    opened = set(_matrix(tree))
    declared = _declared_paths(_enabled(settings_file))
    assert opened - declared == set(), f"open but not declared: {sorted(opened - declared)}"
    assert declared - opened == set(), f"declared but closed: {sorted(declared - opened)}"


# Who may reach the shared databases, written out (not derived from the declarations
# the rules come from): a new client shows up here as a reviewed change.
DATABASE_CLIENTS = {
    # The default profile runs neither (dist/BUDGET.md): nobody reaches them.
    "essentials": {"postgres": set(), "redis": set()},
    "complete": {
        "postgres": {
            "authelia/authelia",
            "gitea/gitea",
            "immich/immich",
            "postgres/postgres-dump",
            "postgres/provision-accounts",
        },
        "redis": {"authelia/authelia", "gitea/gitea", "immich/immich", "seafile/seafile"},
    },
}


def test_nothing_but_its_declared_clients_reaches_postgres_or_redis(profile):
    name, _, tree, _ = profile
    matrix = _matrix(tree)
    for server, clients in DATABASE_CLIENTS[name].items():
        sources = {source for source, destination in matrix if destination == f"{server}/{server}"}
        assert sources == clients, server


def test_no_app_reaches_the_kubernetes_api_unless_declared(profile):
    _, _, tree, settings_file = profile
    callers = {source for source, destination in _matrix(tree) if destination == "Kubernetes API"}
    declared = {f"{s.name}/{s.name}" for s in _enabled(settings_file) if s.api_access}
    platform_callers = {
        source
        for source, destination in test_argocd.ARGOCD_PATHS | test_cert_manager.CERT_MANAGER_PATHS
        if destination == "Kubernetes API"
    }
    assert {c for c in callers if not c.endswith("/secret-generator")} == declared | platform_callers


def test_p2p_reaches_nothing_but_the_vpn_endpoint(complete_tree, complete_settings):
    """qBittorrent and slskd share the pod's network with Gluetun: whatever they send
    outside the pod can only go to the VPN endpoint's port, the tunnel. No cluster
    DNS (names resolve through Gluetun), no other pod, no LAN."""
    tree, settings_file = complete_tree, complete_settings
    vpn = settings.load(settings_file).vpn
    reached = {destination: ports for (source, destination), ports in _matrix(tree).items() if source == "p2p/p2p"}
    assert reached == {"internet": [f"{vpn.endpoint_port}/{vpn.endpoint_protocol}"]}
    reaching = {source for source, destination in _matrix(tree) if destination == "p2p/p2p"}
    # Traefik for its web UIs, and the prober's probes of those same UIs (answers go
    # back on the prober's connection; nothing leaves the pod but the tunnel).
    assert reaching == {"ingress (Traefik)", "blackbox-exporter/blackbox-exporter"}
    probed = _matrix(tree)[("blackbox-exporter/blackbox-exporter", "p2p/p2p")]
    assert probed == _matrix(tree)[("ingress (Traefik)", "p2p/p2p")]


def test_the_report_in_dist_is_the_matrix(fresh_tree, fresh_dist):
    chosen = settings.load(toolchain.ROOT / "settings.yaml")
    assert (fresh_dist / "REACHABILITY.md").read_text() == reachability.report(
        [m for _, _, m in manifests.objects(fresh_tree)], chosen
    )


def test_a_policy_that_opens_too_much_is_caught(complete_tree):
    # Widen redis's ingress to the whole cluster and let vaultwarden send anywhere:
    # the matrix must show the new path, and only because both ends allow it.
    tree = {chart: dict(files) for chart, files in complete_tree.items()}
    policy = dict(tree["redis"]["NetworkPolicy.allow-clients-to-redis.k8s.yaml"])
    policy["spec"] = {**policy["spec"], "ingress": [{"from": [{"namespaceSelector": {}}]}]}
    tree["redis"]["NetworkPolicy.allow-clients-to-redis.k8s.yaml"] = policy
    assert ("vaultwarden/vaultwarden", "redis/redis") not in _matrix(tree)
    tree["vaultwarden"]["NetworkPolicy.egress-anywhere.k8s.yaml"] = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "egress-anywhere", "namespace": "vaultwarden"},
        "spec": {"podSelector": {}, "policyTypes": ["Egress"], "egress": [{}]},
    }
    assert _matrix(tree)[("vaultwarden/vaultwarden", "redis/redis")] == ["6379/TCP"]


# The metrics store and what needs it (the rule evaluator, Grafana): the tests below put
# a stand-in scraper in their place, or none, to prove the rules a scraper gets.
REAL_STORE = ("victoria-metrics", "vmalert", "grafana")


def _without_the_store(tmp_path_factory, *extra):
    from potatostack import app

    out = tmp_path_factory.mktemp("scraper") / "dist"
    declared = [spec for spec in services.ALL if spec.name not in REAL_STORE]
    app.synth(toolchain.every_service(), out, declared=[*declared, *extra])
    return manifests.load(out)


# A stand-in scraper: the rules for a metrics scraper must open metrics ports only.
@pytest.fixture(scope="module")
def scraped_tree(tmp_path_factory):
    import dataclasses

    from potatostack.service import Port
    from potatostack.services.redis import service as redis

    # redis's pod with a scraper's name and flag (its probes are on port "redis")
    scraper = dataclasses.replace(redis, name="prometheus", ports=[Port("redis", 9090)], scrapes_metrics=True)
    return _without_the_store(tmp_path_factory, scraper)


@pytest.fixture(scope="module")
def unscraped_tree(tmp_path_factory):
    return _without_the_store(tmp_path_factory)


def test_the_metrics_scraper_reaches_metrics_ports_and_nothing_else(scraped_tree):
    matrix = _matrix(scraped_tree)
    enabled = [spec for spec in services.chosen(toolchain.every_service()) if spec.name not in REAL_STORE]
    metrics = {
        (f"{spec.name}/{spec.name}", f"{port.number}/{port.protocol}")
        for spec in enabled
        for port in spec.ports
        if port.metrics is not None
    }
    assert metrics, "no service declares a metrics port: this test would prove nothing"
    reached = {
        (destination, port)
        for (source, destination), ports in matrix.items()
        if source == "prometheus/prometheus"
        for port in ports
        if destination not in ("cluster DNS", "kubelet")
    }
    assert reached == metrics
    # and nobody else gets in through a metrics port, but a client that declares it uses
    # that port (VictoriaLogs serves its ingestion and its metrics on one port)
    for destination, port in metrics:
        sources = {s for (s, d), ports in matrix.items() if d == destination and port in ports}
        assert sources == {"prometheus/prometheus"} | _declared_clients(enabled, destination, port), destination


def _declared_clients(enabled, destination: str, port: str) -> set:
    """The services that declare they use this service's port ('name/name', '9428/TCP')."""
    name = destination.split("/")[1]
    target = next(spec for spec in enabled if spec.name == name)
    named = {p.name for p in target.ports if f"{p.number}/{p.protocol}" == port}
    return {
        f"{spec.name}/{spec.name}"
        for spec in enabled
        for use in spec.uses
        if use.service == name and use.port in named and spec.name not in REAL_STORE
    }


def test_without_a_scraper_no_metrics_port_is_open(unscraped_tree):
    matrix = _matrix(unscraped_tree)
    enabled = [spec for spec in services.chosen(toolchain.every_service()) if spec.name not in REAL_STORE]
    assert any(port.metrics for spec in enabled for port in spec.ports), (
        "no metrics port: this test would prove nothing"
    )
    for spec in enabled:
        for port in spec.ports:
            if port.metrics:
                opened = [
                    s
                    for (s, d), ports in matrix.items()
                    if d == f"{spec.name}/{spec.name}" and f"{port.number}/{port.protocol}" in ports
                ]
                clients = _declared_clients(enabled, f"{spec.name}/{spec.name}", f"{port.number}/{port.protocol}")
                assert set(opened) == clients, (spec.name, opened)
