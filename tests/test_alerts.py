"""Every alert rule is declared with what it watches, and proven by promtool: a series
that fires it and one that must leave it quiet, run over the very rules file vmalert
reads. A rule without both cases cannot be declared; a quiet case that fires fails."""

import dataclasses
import subprocess

import pytest
import toolchain
import yaml

from potatostack import observability, services, settings
from potatostack.alerts import AlertRule, Case, Series, Severity

# Runs a tool `make tools` builds (left out of the quick loop, `make check`).
pytestmark = pytest.mark.tools

RULER = "vmalert"


@pytest.fixture(scope="module")
def complete(complete_settings):
    return settings.load(complete_settings)


@pytest.fixture(scope="module")
def rules_text(complete_tree) -> str:
    return complete_tree[RULER][f"ConfigMap.{RULER}-config.k8s.yaml"]["data"]["rules.yml"]


def _promtool_test(tmp_path, rules_text: str, tests_text: str) -> subprocess.CompletedProcess:
    (tmp_path / "rules.yml").write_text(rules_text)
    (tmp_path / "tests.yml").write_text(tests_text)
    return subprocess.run(
        [str(toolchain.promtool()), "test", "rules", "tests.yml"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )


def test_the_rules_cover_what_the_stack_must_be_told(complete):
    owners = {
        (owner, rule.name)
        for owner, rules in observability.alert_groups(services.chosen(complete), complete).items()
        for rule in rules
    }
    wanted = {
        ("node-exporter", "NodeMemoryLow"),
        ("node-exporter", "NodeCPUSaturated"),
        ("node-exporter", "HddNearlyFull"),
        ("kube-state-metrics", "NodePressure"),
        ("smartctl-exporter", "SmartFailed"),
        ("smartctl-exporter", "SmartReallocatedSectorsRising"),
        ("victoria-metrics", "TargetDown"),
        ("kube-state-metrics", "PodCrashLooping"),
        ("kube-state-metrics", "PodEvicted"),
        ("kubelet", "PodOOMKilled"),
        ("p2p", "VpnTunnelDown"),
        ("postgres", "PostgresDumpBackupMissing"),
        ("postgres", "PostgresDumpBackupFailed"),
        ("kopia", "KopiaBackupMissing"),
        ("kopia", "KopiaBackupFailed"),
        ("secrets-export", "SecretsExportBackupMissing"),
        ("secrets-export", "SecretsExportBackupFailed"),
        ("seafile", "MariadbDumpBackupMissing"),
        ("seafile", "MariadbDumpBackupFailed"),
        ("cert-manager", "CertificateExpiresSoon"),
        ("argocd", "ArgoAppOutOfSync"),
        ("argocd", "ArgoAppDegraded"),
    }
    assert wanted <= owners, sorted(wanted - owners)


def test_the_hdd_rule_watches_both_disks_from_settings(rules_text, complete):
    expr = next(
        rule["expr"]
        for group in yaml.safe_load(rules_text)["groups"]
        for rule in group["rules"]
        if rule["alert"] == "HddNearlyFull"
    )
    assert complete.storage.main_hdd in expr and complete.storage.cache_hdd in expr


def test_promtool_accepts_the_rules_file(rules_text, tmp_path):
    (tmp_path / "rules.yml").write_text(rules_text)
    result = subprocess.run(
        [str(toolchain.promtool()), "check", "rules", "rules.yml"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_vmalert_accepts_the_rules_file(rules_text, tmp_path):
    (tmp_path / "rules.yml").write_text(rules_text)
    result = subprocess.run(
        [str(toolchain.vmalert()), "-dryRun", "-rule=rules.yml"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_rule_has_a_firing_and_a_quiet_test(rules_text, complete):
    tests = yaml.safe_load(observability.rule_tests(services.chosen(complete), complete, "rules.yml"))["tests"]
    names = {test["name"] for test in tests}
    rules = [rule["alert"] for group in yaml.safe_load(rules_text)["groups"] for rule in group["rules"]]
    assert rules, "no rules: this test would prove nothing"
    for rule in rules:
        assert {f"{rule} fires", f"{rule} stays quiet"} <= names, rule
    fired = [t for t in tests if t["name"].endswith(" fires")]
    assert all(t["alert_rule_test"][0]["exp_alerts"] for t in fired)
    assert all(not t["alert_rule_test"][0]["exp_alerts"] for t in tests if t["name"].endswith(" stays quiet"))


def test_promtool_passes_every_rules_test(rules_text, complete, tmp_path):
    tests = observability.rule_tests(services.chosen(complete), complete, "rules.yml")
    result = _promtool_test(tmp_path, rules_text, tests)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout + result.stderr


def test_a_quiet_case_that_fires_fails_promtool(rules_text, complete, tmp_path):
    enabled = services.chosen(complete)
    node = next(spec for spec in enabled if spec.name == "node-exporter")
    memory = next(rule for rule in node.alerts if rule.name == "NodeMemoryLow")
    # The quiet case given the firing series: promtool must report the unexpected alert.
    broken = dataclasses.replace(memory, quiet=Case(memory.fires.series, memory.quiet.at))
    enabled = [
        dataclasses.replace(spec, alerts=[broken if r.name == "NodeMemoryLow" else r for r in spec.alerts])
        if spec.name == "node-exporter"
        else spec
        for spec in enabled
    ]
    result = _promtool_test(tmp_path, rules_text, observability.rule_tests(enabled, complete, "rules.yml"))
    assert result.returncode != 0
    assert "NodeMemoryLow" in result.stdout + result.stderr


def test_a_rule_without_a_case_cannot_be_declared():
    rule = AlertRule(
        name="Example",
        expr="up == 0",
        for_="5m",
        severity=Severity.WARNING,
        summary="down",
        fires=Case([Series("up", "0x10")], at="10m"),
        quiet=Case([], at="10m"),
    )
    assert rule.problems() == ["alerts.Example: quiet: a test gives at least one input series"]


def test_a_bad_alert_declaration_is_one_line_naming_the_service_and_rule():
    from potatostack.errors import ConfigError
    from potatostack.services.diun import service as diun

    rule = AlertRule(
        name="DiunDown",
        expr="up == 0",
        for_="five minutes",
        severity=Severity.WARNING,
        summary="down",
        fires=Case([Series("up", "0x10")], at="10m"),
        quiet=Case([Series("up", "1x10")], at="10m"),
    )
    with pytest.raises(ConfigError, match=r"^diun: alerts\.DiunDown: for_ 'five minutes' is not a duration like 10m$"):
        services.configured(dataclasses.replace(diun, alerts=[rule]), settings.load(toolchain.ROOT / "settings.yaml"))
