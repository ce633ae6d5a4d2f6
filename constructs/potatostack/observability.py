"""What the metrics store scrapes and evaluates, generated from the declarations.

- Scrape jobs: one per declared metrics port (`Port(..., metrics=Metrics(...))`) of an
  enabled service, at its Service's cluster address; the store's own port on loopback;
  and the platform's targets below (the kubelet), which no service declares.
- Alert rules: every enabled service's `alerts`, and the platform pieces' below; one
  rule group per owner, so a rule is found next to what it watches.
- promtool tests: each rule's firing and quiet case (alerts.Case) as one test file.
- Alertmanager's routes: `page` alerts to the push service and e-mail, the rest e-mail.

The store takes the Prometheus formats for all of it, so promtool checks them in the gate.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence

import yaml

from potatostack import platform
from potatostack.alerts import AlertRule, Case, Series, Severity
from potatostack.errors import ConfigError
from potatostack.service import ConfigFile, Metrics, ServiceSpec
from potatostack.settings import Settings

# One sample a minute: the alerts' windows are minutes long, and on four slow cores
# every scrape costs CPU the stack needs; half the samples of the usual 30 s.
SCRAPE_INTERVAL = "60s"
SCRAPE_TIMEOUT = "20s"
RULES_INTERVAL = "60s"
# Where the kubelet's metrics are read: its own port, with the ServiceAccount's token
# (the store's api_access allows get on nodes/metrics, nothing more).
KUBELET_PORT = platform.KUBELET_PORT
TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token"
CLUSTER_CA = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt"
# k3s runs the API server, controllers and scheduler in the kubelet's process, so the
# kubelet's /metrics repeats their series (apiserver_*, etcd_*, workqueue_*, ...):
# only the kubelet's own are kept.
KUBELET_KEEP = (
    "kubelet_(running_pods|running_containers|evictions|volume_stats_(used|capacity|available)_bytes|node_name)"
)
# cAdvisor: the few series the alerts and dashboards read, per container.
CADVISOR_KEEP = (
    "container_(cpu_usage_seconds_total|memory_working_set_bytes|memory_rss|oom_events_total|"
    "spec_memory_limit_bytes|last_seen|start_time_seconds)"
)


# A declared config file with one of these contents is written from the enabled
# declarations (generated() below): the declaration says where the file goes.
GENERATED_SCRAPE_CONFIG = "<generated: the scrape configuration>"
GENERATED_RULES = "<generated: the alert rules>"

# The fields of a log line in VictoriaLogs that a dashboard's LogsQL may name, as the
# shipper (services/fluent_bit.py) writes them: its log stream is a container, the line
# is `_msg`, and the tail input's cri parser and the Kubernetes filter add the rest
# (the parser's `time` and `_p` are stored too, and not worth a query). A name ending
# in a dot is a family (the pod's and the namespace's labels, one field per label);
# dashboards.unknown_log_fields holds the queries to this list.
LOG_STREAM_FIELDS = ("kubernetes.namespace_name", "kubernetes.pod_name", "kubernetes.container_name")
LOG_FIELDS = (
    "_msg",
    "_time",
    "_stream",
    "_stream_id",
    *LOG_STREAM_FIELDS,
    "stream",
    "kubernetes.host",
    "kubernetes.labels.",
    "kubernetes.namespace_labels.",
)


@dataclass(frozen=True)
class PlatformTarget:
    """A scrape target no declaration of the stack owns: k3s's kubelet, and the metrics
    Services of the upstream charts. `namespace` None: the kubelet on the storage node's
    address; otherwise `<service>.<namespace>.svc`, reached by an egress rule of the
    store's (allow_platform_scrapes) since those namespaces have no policies of ours."""

    job: str
    path: str
    port: int
    metrics: Metrics
    keep: str = ""
    namespace: Optional[str] = None
    service: str = ""


PLATFORM_TARGETS = (
    # ~40 containers x 7 kept series, plus the pods' and the node's cgroups; counted from
    # the kept names over the complete profile's containers.
    PlatformTarget("kubelet-cadvisor", "/metrics/cadvisor", KUBELET_PORT, Metrics(series=400), CADVISOR_KEEP),
    # Running pods and containers, evictions, and 3 volume series x ~30 claims.
    PlatformTarget("kubelet", "/metrics", KUBELET_PORT, Metrics(series=120), KUBELET_KEEP),
    # cert-manager's controller: certificate expiry and readiness (its chart's metrics
    # Service, port 9402). Only the certificate series are kept.
    PlatformTarget(
        "cert-manager",
        "/metrics",
        9402,
        Metrics(series=20),
        "certmanager_certificate_.*",
        namespace="cert-manager",
        service="cert-manager",
    ),
    # Argo CD's application controller: each Application's sync and health state.
    PlatformTarget(
        "argocd",
        "/metrics",
        8082,
        Metrics(series=60),
        "argocd_app_info",
        namespace="argocd",
        service="argocd-metrics",
    ),
)


@dataclass(frozen=True)
class ScrapeJob:
    """One job of the store's scrape configuration."""

    job: str
    # The declaring service, or None for a platform target.
    service: Optional[str]
    port: int
    address: str
    metrics: Metrics
    # Loopback: the store scrapes itself without a network path.
    local: bool = False


def scrape_jobs(store: ServiceSpec, enabled: Sequence[ServiceSpec]) -> List[ScrapeJob]:
    jobs = []
    for spec in sorted(enabled, key=lambda spec: spec.name):
        metric_ports = [port for port in spec.ports if port.metrics is not None]
        for port in metric_ports:
            assert port.metrics is not None
            job = spec.name if len(metric_ports) == 1 else f"{spec.name}-{port.name}"
            local = spec.name == store.name
            host = "127.0.0.1" if local else f"{spec.name}.{spec.namespace}.svc"
            jobs.append(ScrapeJob(job, spec.name, port.number, f"{host}:{port.number}", port.metrics, local))
    return jobs


def series_count(store: ServiceSpec, enabled: Sequence[ServiceSpec]) -> int:
    """The series the stack's scrapes produce, from the declared figures."""
    return (
        sum(job.metrics.series for job in scrape_jobs(store, enabled))
        + sum(target.metrics.series for target in PLATFORM_TARGETS)
        + sum(PROBE_SERIES[target.module] for target in probe_targets(enabled))
    )


# The blackbox prober's modules (services/blackbox_exporter.py defines them): an HTTP GET
# answered with any status a live app gives an anonymous client, and a TCP connect.
HTTP_MODULE = "http_up"
TCP_MODULE = "tcp_up"
# Series one probe returns: blackbox_exporter's probe_* for the module (the HTTP
# module's timings by phase, status, TLS and redirects; a TCP connect's few), plus the
# scrape's own five.
PROBE_SERIES = {HTTP_MODULE: 25, TCP_MODULE: 10}


@dataclass(frozen=True)
class ProbeTarget:
    """One probe of the blackbox prober: a web UI (HTTP) or a LAN port (TCP) of a service,
    at its Service's cluster address (the ingress and k3s's ServiceLB in front of it are
    the platform's; what is probed is that the app answers)."""

    service: str
    port: str
    module: str
    target: str


def exposed_ports(spec: ServiceSpec) -> List[str]:
    """The names of a service's ports that the declarations expose: its web UIs' and
    its LAN ports."""
    return sorted({ui.port for ui in spec.web} | {lan.port for lan in spec.lan})


def probe_targets(enabled: Sequence[ServiceSpec]) -> List[ProbeTarget]:
    prober = next((spec for spec in enabled if spec.probes_endpoints), None)
    if prober is None:
        return []
    targets = []
    for spec in sorted(enabled, key=lambda spec: spec.name):
        if spec.name == prober.name:
            continue
        web = {ui.port for ui in spec.web}
        for name in exposed_ports(spec):
            port = spec.port(name)
            address = f"{spec.name}.{spec.namespace}.svc:{port.number}"
            if name in web:
                targets.append(ProbeTarget(spec.name, name, HTTP_MODULE, f"http://{address}/"))
            elif port.protocol == "TCP":
                targets.append(ProbeTarget(spec.name, name, TCP_MODULE, address))
    return targets


def probe_jobs(enabled: Sequence[ServiceSpec]) -> List[Dict[str, Any]]:
    """The store's jobs that ask the prober to probe each target: one per module, the
    target passed as the `target` parameter, the prober's address as the one scraped."""
    prober = next((spec for spec in enabled if spec.probes_endpoints), None)
    if prober is None:
        return []
    address = f"{prober.name}.{prober.namespace}.svc:{prober.ports[0].number}"
    jobs = []
    for module in (HTTP_MODULE, TCP_MODULE):
        targets = [target for target in probe_targets(enabled) if target.module == module]
        if not targets:
            continue
        jobs.append(
            {
                "job_name": f"probe-{module.split('_')[0]}",
                "metrics_path": "/probe",
                "params": {"module": [module]},
                "static_configs": [
                    {"targets": [target.target], "labels": {"service": target.service, "port": target.port}}
                    for target in targets
                ],
                "relabel_configs": [
                    {"source_labels": ["__address__"], "target_label": "__param_target"},
                    {"source_labels": ["__param_target"], "target_label": "instance"},
                    {"target_label": "__address__", "replacement": address},
                ],
            }
        )
    return jobs


def scrape_config(store: ServiceSpec, enabled: Sequence[ServiceSpec], settings: Settings) -> str:
    """The store's scrape configuration, in Prometheus' format."""
    jobs: List[Dict[str, Any]] = []
    for job in scrape_jobs(store, enabled):
        entry: Dict[str, Any] = {
            "job_name": job.job,
            "metrics_path": job.metrics.path,
            "static_configs": [{"targets": [job.address], "labels": {"service": job.service}}],
        }
        if job.metrics.interval is not None:
            entry["scrape_interval"] = job.metrics.interval
        if job.metrics.timeout is not None:
            entry["scrape_timeout"] = job.metrics.timeout
        if job.metrics.drop:
            entry["metric_relabel_configs"] = [
                {"source_labels": ["__name__"], "regex": job.metrics.drop, "action": "drop"}
            ]
        jobs.append(entry)
    for target in PLATFORM_TARGETS:
        keep = [{"source_labels": ["__name__"], "regex": target.keep, "action": "keep"}]
        if target.namespace is not None:
            jobs.append(
                {
                    "job_name": target.job,
                    "metrics_path": target.path,
                    "static_configs": [{"targets": [f"{target.service}.{target.namespace}.svc:{target.port}"]}],
                    "metric_relabel_configs": keep,
                }
            )
            continue
        jobs.append(
            {
                "job_name": target.job,
                "scheme": "https",
                "metrics_path": target.path,
                "authorization": {"credentials_file": TOKEN},
                # k3s signs the kubelet's serving certificate with the cluster's CA, for
                # the node's address.
                "tls_config": {"ca_file": CLUSTER_CA},
                "static_configs": [
                    {"targets": [f"{settings.lan.node_ip}:{target.port}"], "labels": {"node": settings.storage_node}}
                ],
                "metric_relabel_configs": keep,
            }
        )
    jobs += probe_jobs(enabled)
    config = {
        "global": {"scrape_interval": SCRAPE_INTERVAL, "scrape_timeout": SCRAPE_TIMEOUT},
        "scrape_configs": jobs,
    }
    return yaml.safe_dump(config, sort_keys=False)


# The platform pieces' rules: what no service declaration owns.
def platform_alerts(settings: Settings) -> Dict[str, Sequence[AlertRule]]:
    return {
        "kubelet": (
            AlertRule(
                name="PodOOMKilled",
                expr="increase(container_oom_events_total[15m]) > 0",
                for_="0s",
                severity=Severity.WARNING,
                summary="{{ $labels.namespace }}/{{ $labels.pod }}: container {{ $labels.container }} was killed for memory",
                fires=Case(
                    [
                        Series(
                            'container_oom_events_total{namespace="p2p",pod="p2p-0",container="slskd"}', "0 0 0 1 1 1"
                        )
                    ],
                    at="5m",
                    labels={"namespace": "p2p", "pod": "p2p-0", "container": "slskd"},
                ),
                quiet=Case(
                    [Series('container_oom_events_total{namespace="p2p",pod="p2p-0",container="slskd"}', "2x10")],
                    at="5m",
                ),
            ),
        ),
        "cert-manager": (
            AlertRule(
                name="CertificateExpiresSoon",
                # cert-manager renews 30 days ahead (its default): 14 days left means it failed.
                expr="certmanager_certificate_expiration_timestamp_seconds - time() < 14 * 86400",
                for_="1h",
                severity=Severity.WARNING,
                summary="certificate {{ $labels.namespace }}/{{ $labels.name }} expires in less than 14 days",
                fires=Case(
                    [
                        Series(
                            'certmanager_certificate_expiration_timestamp_seconds{namespace="gitea",name="gitea-tls"}',
                            "86400x120",
                        )
                    ],
                    at="90m",
                    labels={"namespace": "gitea", "name": "gitea-tls"},
                ),
                quiet=Case(
                    [
                        Series(
                            'certmanager_certificate_expiration_timestamp_seconds{namespace="gitea",name="gitea-tls"}',
                            "5184000x120",
                        )
                    ],
                    at="90m",
                ),
            ),
        ),
        "argocd": (
            AlertRule(
                name="ArgoAppOutOfSync",
                expr='argocd_app_info{sync_status!="Synced"} == 1',
                for_="30m",
                severity=Severity.WARNING,
                summary="Argo CD application {{ $labels.name }} is {{ $labels.sync_status }}: git and the cluster differ",
                fires=Case(
                    [Series('argocd_app_info{name="gitea",sync_status="OutOfSync",health_status="Healthy"}', "1x40")],
                    at="35m",
                    labels={"name": "gitea", "sync_status": "OutOfSync", "health_status": "Healthy"},
                ),
                quiet=Case(
                    [Series('argocd_app_info{name="gitea",sync_status="Synced",health_status="Healthy"}', "1x40")],
                    at="35m",
                ),
            ),
            AlertRule(
                name="ArgoAppDegraded",
                expr='argocd_app_info{health_status=~"Degraded|Missing"} == 1',
                for_="15m",
                severity=Severity.PAGE,
                summary="Argo CD application {{ $labels.name }} is {{ $labels.health_status }}",
                fires=Case(
                    [Series('argocd_app_info{name="postgres",sync_status="Synced",health_status="Degraded"}', "1x30")],
                    at="20m",
                    labels={"name": "postgres", "sync_status": "Synced", "health_status": "Degraded"},
                ),
                quiet=Case(
                    [
                        Series(
                            'argocd_app_info{name="postgres",sync_status="Synced",health_status="Progressing"}', "1x30"
                        )
                    ],
                    at="20m",
                ),
            ),
        ),
    }


def store_alerts() -> Sequence[AlertRule]:
    """The store's own: a target it cannot scrape."""
    up = 'up{job="diun",instance="diun.diun.svc:9090",service="diun"}'
    return (
        AlertRule(
            name="TargetDown",
            expr="up == 0",
            for_="10m",
            severity=Severity.WARNING,
            summary="{{ $labels.job }} ({{ $labels.instance }}) has not answered a scrape for 10 minutes",
            fires=Case(
                [Series(up, "0x20")],
                at="15m",
                labels={"job": "diun", "instance": "diun.diun.svc:9090", "service": "diun"},
            ),
            quiet=Case([Series(up, "1x20")], at="15m"),
        ),
    )


def generated(spec: ServiceSpec, enabled: Sequence[ServiceSpec], settings: Settings) -> ServiceSpec:
    """`spec` with its GENERATED_* config files written from the enabled declarations:
    the scrape configuration, the rules, and (dashboards.GENERATED_DASHBOARDS, a file in
    the folder Grafana reads) one file per dashboard."""
    from potatostack import dashboards

    markers = (GENERATED_SCRAPE_CONFIG, GENERATED_RULES, dashboards.GENERATED_DASHBOARDS)
    if not any(file.content in markers for file in spec.config_files):
        return spec
    boards = [
        ConfigFile(f"{posixpath.dirname(file.path)}/{name}", text, filled=False)
        for file in spec.config_files
        if file.content == dashboards.GENERATED_DASHBOARDS
        for name, text in dashboards.dashboard_files(enabled, settings).items()
    ]
    spec = dataclasses.replace(
        spec,
        config_files=[
            *(file for file in spec.config_files if file.content != dashboards.GENERATED_DASHBOARDS),
            *boards,
        ],
    )
    content = {
        GENERATED_SCRAPE_CONFIG: lambda: scrape_config(spec, enabled, settings),
        GENERATED_RULES: lambda: rules_file(enabled, settings),
    }
    files = [
        dataclasses.replace(file, content=content[file.content]()) if file.content in content else file
        for file in spec.config_files
    ]
    return dataclasses.replace(spec, config_files=files)


def alert_groups(enabled: Sequence[ServiceSpec], settings: Settings) -> Dict[str, Sequence[AlertRule]]:
    """Each owner's rules: the enabled services' and the platform pieces'."""
    groups: Dict[str, Sequence[AlertRule]] = {spec.name: spec.alerts for spec in enabled if spec.alerts}
    groups.update(platform_alerts(settings))
    # promtool tests an alert by its name, across groups: one name, one rule.
    owners: Dict[str, str] = {}
    for owner, rules in sorted(groups.items()):
        for rule in rules:
            if rule.name in owners:
                raise ConfigError(f"{owner}: alerts.{rule.name}: {owners[rule.name]} declares an alert of that name")
            owners[rule.name] = owner
    return dict(sorted(groups.items()))


def rules_file(enabled: Sequence[ServiceSpec], settings: Settings) -> str:
    groups = [
        {
            "name": owner,
            "interval": RULES_INTERVAL,
            "rules": [
                {
                    "alert": rule.name,
                    "expr": rule.expr,
                    "for": rule.for_,
                    "labels": {"severity": rule.severity.value, "owner": owner},
                    "annotations": {"summary": rule.summary},
                }
                for rule in rules
            ],
        }
        for owner, rules in alert_groups(enabled, settings).items()
    ]
    return yaml.safe_dump({"groups": groups}, sort_keys=False, width=1000)


def rule_tests(enabled: Sequence[ServiceSpec], settings: Settings, rules_path: str) -> str:
    """promtool's test file: for every rule, its firing case and its quiet case."""
    tests = []
    for owner, rules in alert_groups(enabled, settings).items():
        for rule in rules:
            for case, expected in ((rule.fires, True), (rule.quiet, False)):
                tests.append(_test(owner, rule, case, expected))
    return yaml.safe_dump(
        {"rule_files": [rules_path], "evaluation_interval": RULES_INTERVAL, "tests": tests},
        sort_keys=False,
        width=1000,
    )


_LABEL_REFERENCE = re.compile(r"\{\{ \$labels\.([a-z_]+) \}\}")


def _rendered(summary: str, labels: Mapping[str, str]) -> str:
    """The summary as Prometheus renders it for an alert with these labels (summaries
    name labels only, as `{{ $labels.<name> }}`)."""
    return _LABEL_REFERENCE.sub(lambda match: labels.get(match.group(1), ""), summary)


def _test(owner: str, rule: AlertRule, case: Case, fires: bool) -> Dict[str, Any]:
    expected = (
        [
            {
                "exp_labels": {"severity": rule.severity.value, "owner": owner, **case.labels},
                "exp_annotations": {"summary": _rendered(rule.summary, case.labels)},
            }
        ]
        if fires
        else []
    )
    return {
        "name": f"{rule.name} {'fires' if fires else 'stays quiet'}",
        "interval": "1m",
        "input_series": [{"series": series.series, "values": series.values} for series in case.series],
        "alert_rule_test": [{"eval_time": case.at, "alertname": rule.name, "exp_alerts": expected}],
    }


# Alertmanager: the owner's addresses come from settings.yaml `alerting`; the SMTP
# password and the push token are files from the Secret the owner creates.
NOTIFY_SECRET = "alertmanager-notify"
NOTIFY_MOUNT = "/etc/alertmanager/secrets"


def alertmanager_config(settings: Settings) -> str:
    alerting = settings.alerting
    # ntfy renders Alertmanager's JSON with these Go templates (ntfy's message templating).
    push_query = urllib.parse.urlencode(
        {
            "tpl": "yes",
            "t": "{{.status}}: {{.commonLabels.alertname}}",
            "m": "{{range .alerts}}{{.annotations.summary}}\n{{end}}",
        }
    )
    email = {
        "to": alerting.email_to,
        "from": alerting.email_from,
        "smarthost": alerting.smtp_smarthost,
        "auth_username": alerting.smtp_username,
        "auth_password_file": f"{NOTIFY_MOUNT}/smtp-password",
        "require_tls": True,
        "send_resolved": True,
    }
    config = {
        "route": {
            "receiver": "email",
            "group_by": ["alertname", "owner"],
            "group_wait": "1m",
            "group_interval": "5m",
            # A problem that lasts is repeated twice a day, not every hour.
            "repeat_interval": "12h",
            "routes": [{"matchers": [f'severity="{Severity.PAGE.value}"'], "receiver": "push-and-email"}],
        },
        # A page already says it; its warning twin (same owner) stays quiet meanwhile.
        "inhibit_rules": [
            {
                "source_matchers": [f'severity="{Severity.PAGE.value}"'],
                "target_matchers": [f'severity="{Severity.WARNING.value}"'],
                "equal": ["owner"],
            }
        ],
        "receivers": [
            {"name": "email", "email_configs": [email]},
            {
                "name": "push-and-email",
                "email_configs": [email],
                "webhook_configs": [
                    {
                        "url": f"{alerting.push_url}?{push_query}",
                        "http_config": {"authorization": {"credentials_file": f"{NOTIFY_MOUNT}/push-token"}},
                        "send_resolved": True,
                    }
                ],
            },
        ],
    }
    return yaml.safe_dump(config, sort_keys=False, width=1000)
