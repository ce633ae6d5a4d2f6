"""VictoriaMetrics single-node: the metrics store (Compose's prometheus).

Chosen over Prometheus by measured memory at the stack's own series count
(scripts/bench_observability.py; README "Measured"). It scrapes with a Prometheus-format
configuration generated from the declarations (observability.py: every declared
metrics port, itself, the kubelet) and answers PromQL (MetricsQL is a superset) for
vmalert and Grafana. No rules here: vmalert evaluates them.
"""

import dataclasses

from potatostack import images, observability
from potatostack.priority import Priority
from potatostack.service import (
    ApiAccess,
    ConfigFile,
    Disk,
    Metrics,
    Port,
    Resources,
    RunAs,
    ServiceSpec,
    Volume,
    probes,
)
from potatostack.settings import Settings

# Twelve months: at about 0.5-1 byte a sample (VictoriaMetrics' published compression)
# the stack's ~4,600 series at one sample a minute are 1-2.5 GB a year on the 14 TB disk;
# memory does not grow with retention (the index is per month, caches are bounded).
RETENTION = "12"


def _named_node(spec: ServiceSpec, settings: Settings) -> ServiceSpec:
    """Its right to read the kubelet names the one node it scrapes."""
    rules = [dataclasses.replace(rule, resource_names=[settings.storage_node]) for rule in spec.api_access]
    return dataclasses.replace(spec, api_access=rules)


service = ServiceSpec(
    name="victoria-metrics",
    description="Metrics store (PromQL), scraping every declared metrics port",
    component="metrics",
    image=images.VICTORIA_METRICS,
    # Its own series: 1,233 counted on its /metrics by scripts/bench_observability.py
    # (before the drop below).
    ports=[
        Port(
            "http",
            8428,
            metrics=Metrics(
                series=1250,
                drop="go_gc_.*|vm_cache_.*_misses_total",
                # Its /metrics as the benchmark read it: vm_*, the Go runtime, the process.
                families=("vm_.*", "go_.*", "process_.*"),
            ),
        )
    ],
    # The image runs as root by default; any uid works with a writable data folder.
    run_as=RunAs(user=65534, group=65534),
    # Measured by scripts/bench_observability.py at the complete profile's series count
    # (README "Measured": 68 MiB peak at 6,105 series, 80-81 in earlier runs at 4,640; it
    # moves by about 10 MiB run to run): the request covers the highest peak, the limit
    # the background merges' spikes.
    # -memory.allowedPercent (60% of the limit, VictoriaMetrics' default) bounds the caches.
    resources=Resources(cpu="50m", memory="96Mi", memory_limit="256Mi"),
    args=[
        "-storageDataPath=/storage",
        f"-retentionPeriod={RETENTION}",
        "-httpListenAddr=:${port:http}",
        "-promscrape.config=/etc/victoria-metrics/scrape.yml",
        # A typo in the generated file stops the start instead of dropping a job.
        "-promscrape.config.strictParse",
        # One node, a few thousand series: no need for more than the default caches.
        "-search.maxUniqueTimeseries=50000",
    ],
    config_files=[ConfigFile("/etc/victoria-metrics/scrape.yml", observability.GENERATED_SCRAPE_CONFIG, filled=False)],
    volumes=[
        Volume(
            "storage",
            Disk.MAIN,
            "victoria-metrics",
            "/storage",
            size="20Gi",
            not_backed_up="metrics history; losing it loses the graphs, not the stack's data",
        )
    ],
    **probes("http", "/health", start_seconds=120),
    scrapes_metrics=True,
    api_access=[
        ApiAccess(
            api_groups=[""],
            resources=["nodes/metrics"],
            verbs=["get"],
            reason="read the kubelet's cAdvisor and own metrics on its port 10250 (observability.PLATFORM_TARGETS)",
            cluster_wide=True,
        ),
    ],
    configure=_named_node,
    alerts=observability.store_alerts(),
    priority=Priority.STANDARD,
)
