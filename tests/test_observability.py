"""The metrics store scrapes every declared metrics port, each scrape has its network
path, and the real tools accept the generated configurations: promtool and
VictoriaMetrics the scrape configuration, amtool Alertmanager's."""

import subprocess

import manifests
import pytest
import toolchain
import yaml

from potatostack import observability, reachability, services, settings

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

STORE = "victoria-metrics"


def _config_file(tree, chart: str, key: str) -> str:
    return tree[chart][f"ConfigMap.{chart}-config.k8s.yaml"]["data"][key]


@pytest.fixture(scope="module")
def scrape(complete_tree) -> dict:
    return yaml.safe_load(_config_file(complete_tree, STORE, "scrape.yml"))


@pytest.fixture(scope="module")
def complete(complete_settings):
    return settings.load(complete_settings)


def _targets(job: dict) -> list:
    return [target for group in job["static_configs"] for target in group["targets"]]


def test_every_metrics_port_of_an_enabled_service_is_scraped_at_its_path(scrape, complete):
    enabled = services.chosen(complete)
    declared = {
        (
            f"127.0.0.1:{port.number}" if spec.name == STORE else f"{spec.name}.{spec.namespace}.svc:{port.number}",
            port.metrics.path,
        )
        for spec in enabled
        for port in spec.ports
        if port.metrics is not None
    }
    assert len(declared) >= 7, "the exporters, the store, vmalert, Alertmanager and Diun declare metrics ports"
    scraped = {(target, job["metrics_path"]) for job in scrape["scrape_configs"] for target in _targets(job)}
    missing = declared - scraped
    assert not missing, f"metrics ports without a scrape: {sorted(missing)}"


def test_every_scrape_has_its_path_in_the_reachability_matrix(scrape, complete_tree, complete):
    objects = [m for _, _, m in manifests.objects(complete_tree)]
    matrix = reachability.matrix(objects, complete)
    source = f"{STORE}/{STORE}"
    platform = {target.job: target for target in observability.PLATFORM_TARGETS}
    egress = complete_tree[STORE][f"NetworkPolicy.allow-{STORE}-to-platform-metrics.k8s.yaml"]["spec"]["egress"]
    unreachable = []
    for job in scrape["scrape_configs"]:
        if job["metrics_path"] == "/probe":
            # The store asks the prober (its own metrics port is a job like any other);
            # the prober's paths to what it probes are tests/test_probes.py's.
            continue
        for target in _targets(job):
            host, port = target.rsplit(":", 1)
            if host == "127.0.0.1":
                continue  # the store itself, on loopback
            if job["job_name"] in platform and platform[job["job_name"]].namespace is not None:
                # An upstream chart's namespace: no pods of ours there, so the matrix has
                # no row; the store's egress rule to exactly that namespace and port is the path.
                namespace = platform[job["job_name"]].namespace
                opened = any(
                    any(
                        peer.get("namespaceSelector", {}).get("matchLabels", {}).get("kubernetes.io/metadata.name")
                        == namespace
                        for peer in rule["to"]
                    )
                    and {"port": int(port), "protocol": "TCP"} in rule["ports"]
                    for rule in egress
                )
                if not opened:
                    unreachable.append(target)
                continue
            if host == str(complete.lan.node_ip):
                destination = "kubelet"
            else:
                name, namespace = host.split(".")[:2]
                destination = f"{namespace}/{name}"
            if f"{port}/TCP" not in matrix.get((source, destination), []):
                unreachable.append(target)
    assert not unreachable, f"scrapes the NetworkPolicies do not let through: {unreachable}"


def test_a_scrape_whose_path_is_closed_is_caught(scrape, complete_tree, complete):
    objects = [
        m
        for _, _, m in manifests.objects(complete_tree)
        if not (m["kind"] == "NetworkPolicy" and m["metadata"]["name"] == "allow-clients-to-node-exporter")
    ]
    matrix = reachability.matrix(objects, complete)
    assert "9100/TCP" not in matrix.get((f"{STORE}/{STORE}", "node-exporter/node-exporter"), [])


def test_the_kubelet_scrapes_keep_only_the_kubelets_own_series(scrape):
    kubelet = next(job for job in scrape["scrape_configs"] if job["job_name"] == "kubelet")
    keep = kubelet["metric_relabel_configs"][0]
    assert keep["action"] == "keep" and keep["regex"].startswith("kubelet_")


def _check(command, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, timeout=120, cwd=tmp_path)


def _scrape_file(complete_tree, tmp_path):
    """The generated file, with the pod's token and CA paths pointing at stand-ins, so
    the checkers read every file it names."""
    text = _config_file(complete_tree, STORE, "scrape.yml")
    for name, path in (("token", observability.TOKEN), ("ca.crt", observability.CLUSTER_CA)):
        (tmp_path / name).write_text("stand-in")
        text = text.replace(path, str(tmp_path / name))
    path = tmp_path / "scrape.yml"
    path.write_text(text)
    return path


def test_promtool_accepts_the_scrape_configuration(complete_tree, tmp_path):
    path = _scrape_file(complete_tree, tmp_path)
    result = _check([toolchain.promtool(), "check", "config", path], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_victoria_metrics_accepts_the_scrape_configuration(complete_tree, tmp_path):
    path = _scrape_file(complete_tree, tmp_path)
    result = _check(
        [toolchain.victoria_metrics(), "-dryRun", f"-promscrape.config={path}", "-promscrape.config.strictParse"],
        tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_checkers_refuse_a_broken_scrape_configuration(complete_tree, tmp_path):
    path = _scrape_file(complete_tree, tmp_path)
    path.write_text(path.read_text().replace("scrape_interval: 60s", "scrape_interval: sixty"))
    assert _check([toolchain.promtool(), "check", "config", path], tmp_path).returncode != 0
    assert _check([toolchain.victoria_metrics(), "-dryRun", f"-promscrape.config={path}"], tmp_path).returncode != 0


def test_amtool_accepts_the_alertmanager_configuration(complete_tree, tmp_path):
    path = tmp_path / "alertmanager.yml"
    path.write_text(_config_file(complete_tree, "alertmanager", "alertmanager.yml"))
    result = _check([toolchain.amtool(), "check-config", path], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_amtool_refuses_a_broken_alertmanager_configuration(complete_tree, tmp_path):
    path = tmp_path / "alertmanager.yml"
    path.write_text(
        _config_file(complete_tree, "alertmanager", "alertmanager.yml").replace("receiver: email", "receiver: nobody")
    )
    assert _check([toolchain.amtool(), "check-config", path], tmp_path).returncode != 0


def test_alertmanager_reads_its_credentials_from_files_only(complete_tree):
    config = yaml.safe_load(_config_file(complete_tree, "alertmanager", "alertmanager.yml"))
    for receiver in config["receivers"]:
        for email in receiver.get("email_configs", []):
            assert "auth_password" not in email and email["auth_password_file"].startswith(observability.NOTIFY_MOUNT)
        for hook in receiver.get("webhook_configs", []):
            assert set(hook["http_config"]["authorization"]) == {"credentials_file"}
    pages = [route for route in config["route"]["routes"] if route["matchers"] == ['severity="page"']]
    assert [route["receiver"] for route in pages] == ["push-and-email"]


def test_the_series_count_is_the_sum_of_the_declared_figures(complete):
    enabled = services.chosen(complete)
    store = next(spec for spec in enabled if spec.name == STORE)
    count = observability.series_count(store, enabled)
    declared = sum(port.metrics.series for spec in enabled for port in spec.ports if port.metrics is not None)
    probes = sum(observability.PROBE_SERIES[target.module] for target in observability.probe_targets(enabled))
    assert probes > 0, "the prober's targets count too"
    assert count == declared + sum(target.metrics.series for target in observability.PLATFORM_TARGETS) + probes


def test_a_bad_metrics_declaration_is_one_line_naming_the_service_and_field():
    import dataclasses

    from potatostack.errors import ConfigError
    from potatostack.service import Metrics, Port
    from potatostack.services.diun import service as diun

    bad = dataclasses.replace(diun, ports=[Port("metrics", 9090, metrics=Metrics(series=60, path="metrics"))])
    with pytest.raises(
        ConfigError, match=r"^diun: ports\.metrics: metrics path 'metrics' is not an absolute, normalised path$"
    ):
        services.configured(bad, settings.load(toolchain.ROOT / "settings.yaml"))


def test_a_slow_exporter_is_scraped_at_its_own_interval(scrape, complete):
    """The speed test runs at every scrape: its job keeps its declared interval and a
    timeout longer than the test (promtool and VictoriaMetrics check the whole file above)."""
    slow = {
        spec.name: port.metrics
        for spec in services.chosen(complete)
        for port in spec.ports
        if port.metrics is not None and port.metrics.interval is not None
    }
    assert "speedtest-exporter" in slow
    jobs = {job["job_name"]: job for job in scrape["scrape_configs"]}
    for name, metrics in slow.items():
        assert jobs[name]["scrape_interval"] == metrics.interval
        assert jobs[name]["scrape_timeout"] == metrics.timeout
    others = [job for name, job in jobs.items() if name not in slow and "scrape_interval" in job]
    assert others == [], "only a declared interval changes a job's"


def test_a_bad_scrape_interval_is_one_line_naming_the_service_and_field():
    import dataclasses

    from potatostack.errors import ConfigError
    from potatostack.service import Metrics, Port
    from potatostack.services.diun import service as diun

    bad = dataclasses.replace(diun, ports=[Port("metrics", 9090, metrics=Metrics(series=60, interval="90"))])
    with pytest.raises(
        ConfigError, match=r"^diun: ports\.metrics: metrics interval '90' is not a duration like 90s, 5m or 1h$"
    ):
        services.configured(bad, settings.load(toolchain.ROOT / "settings.yaml"))


def test_the_disks_from_settings_reach_the_exporters():
    raw = yaml.safe_load((toolchain.ROOT / "settings.yaml").read_text())
    raw["profile"] = "complete"
    raw["storage"] = {**raw["storage"], "main_hdd": "/srv/big", "cache_hdd_device": "/dev/sdc"}
    chosen = {spec.name: spec for spec in services.chosen(settings.Settings.model_validate(raw))}
    smart = chosen["smartctl-exporter"]
    assert [device.path for device in smart.devices] == ["/dev/sda", "/dev/sdc"]
    assert all(device.block for device in smart.devices)
    assert "--smartctl.device=/dev/sdc" in smart.args
    node = chosen["node-exporter"]
    assert {path.path for path in node.node_access.paths} == {"/proc", "/sys", "/srv/big", "/mnt/cachehdd"}
    assert "--collector.textfile.directory=/host/root/srv/big/backups/metrics" in node.args
    hdd = next(rule for rule in node.alerts if rule.name == "HddNearlyFull")
    assert "/srv/big|/mnt/cachehdd" in hdd.expr
