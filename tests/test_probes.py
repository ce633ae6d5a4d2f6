"""The blackbox prober probes every web UI and LAN port the declarations expose, each
over a path the NetworkPolicies open, and nothing else of those services."""

import manifests
import pytest
import yaml

from potatostack import observability, reachability, services, settings

PROBER = "blackbox-exporter"
STORE = "victoria-metrics"


@pytest.fixture(scope="module")
def complete(complete_settings):
    return settings.load(complete_settings)


@pytest.fixture(scope="module")
def scrape(complete_tree) -> dict:
    return yaml.safe_load(complete_tree[STORE][f"ConfigMap.{STORE}-config.k8s.yaml"]["data"]["scrape.yml"])


def exposed(enabled) -> set:
    """(service, port number) of every web UI and LAN port of the enabled services."""
    return {
        (spec.name, spec.port(name).number)
        for spec in enabled
        if spec.name != PROBER
        for name in {ui.port for ui in spec.web} | {lan.port for lan in spec.lan}
    }


def probed(scrape: dict) -> set:
    """(service, port number) of every target of the store's probe jobs."""
    found = set()
    for job in scrape["scrape_configs"]:
        if job["metrics_path"] != "/probe":
            continue
        for group in job["static_configs"]:
            for target in group["targets"]:
                host = target.removeprefix("http://").rstrip("/")
                found.add((group["labels"]["service"], int(host.rsplit(":", 1)[1])))
    return found


def test_every_exposed_port_has_a_probe(scrape, complete):
    wanted = exposed(services.chosen(complete))
    assert len(wanted) >= 15, "the web UIs and the LAN ports of the complete profile"
    missing = wanted - probed(scrape)
    assert not missing, f"exposed ports without a probe: {sorted(missing)}"
    assert probed(scrape) <= wanted, "a probe of something no declaration exposes"


def test_a_port_without_a_probe_is_caught(scrape, complete):
    for job in scrape["scrape_configs"]:
        if job["job_name"] == "probe-tcp":
            job["static_configs"] = [g for g in job["static_configs"] if g["labels"]["service"] != "samba"]
    assert ("samba", 445) in exposed(services.chosen(complete)) - probed(scrape)


def test_the_prober_reaches_exactly_the_exposed_ports(complete_tree, complete):
    objects = [m for _, _, m in manifests.objects(complete_tree)]
    matrix = reachability.matrix(objects, complete)
    enabled = services.chosen(complete)
    for spec in enabled:
        if spec.name == PROBER:
            continue
        allowed = set(matrix.get((f"{PROBER}/{PROBER}", f"{spec.namespace}/{spec.name}"), []))
        wanted = {f"{spec.port(name).number}/{spec.port(name).protocol}" for name in observability.exposed_ports(spec)}
        assert allowed == wanted, spec.name


def test_the_store_scrapes_the_prober_at_its_address(scrape):
    for job in scrape["scrape_configs"]:
        if job["metrics_path"] == "/probe":
            (last,) = [rule for rule in job["relabel_configs"] if rule.get("target_label") == "__address__"]
            assert last["replacement"] == f"{PROBER}.{PROBER}.svc:9115"
