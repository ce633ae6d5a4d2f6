"""vmalert: evaluates every declared alert rule against VictoriaMetrics and hands the
firing ones to Alertmanager (Compose had Prometheus do both).

The rules file is generated from the enabled declarations (observability.py), in
Prometheus' rule format: the gate runs `promtool check rules` and each rule's
`promtool test rules` cases over the very file this pod reads.
"""

from potatostack import images, observability
from potatostack.priority import Priority
from potatostack.service import ConfigFile, Metrics, Port, Resources, RunAs, ServiceSpec, Uses, probes

service = ServiceSpec(
    name="vmalert",
    description="Alert rule evaluation",
    component="alerting",
    image=images.VMALERT,
    # Its own series: 672 counted on its /metrics with the generated rules by
    # scripts/bench_observability.py (per-rule and per-group counters, the Go runtime).
    ports=[Port("http", 8880, metrics=Metrics(series=680, families=("vmalert_.*", "vm_.*", "go_.*", "process_.*")))],
    run_as=RunAs(user=65534, group=65534),
    # 18 MiB resident with the generated rules, measured by scripts/bench_observability.py
    # (README "Measured").
    resources=Resources(cpu="20m", memory="32Mi", memory_limit="96Mi"),
    args=[
        "-rule=/etc/vmalert/rules.yml",
        "-datasource.url=http://${endpoint:victoria-metrics/http}",
        "-notifier.url=http://${endpoint:alertmanager/http}",
        "-httpListenAddr=:${port:http}",
        f"-evaluationInterval={observability.RULES_INTERVAL}",
        # The alerts' state survives a restart: written to and read back from the store.
        "-remoteWrite.url=http://${endpoint:victoria-metrics/http}",
        "-remoteRead.url=http://${endpoint:victoria-metrics/http}",
    ],
    config_files=[ConfigFile("/etc/vmalert/rules.yml", observability.GENERATED_RULES, filled=False)],
    uses=[Uses("victoria-metrics", "http"), Uses("alertmanager", "http")],
    **probes("http", "/health", start_seconds=60),
    priority=Priority.STANDARD,
)
