"""Fluent Bit: ships every pod's log lines to VictoriaLogs (Compose's promtail, which
reached its end of life on 2026-03-02).

A DaemonSet tailing the kubelet's log files under /var/log/pods, read-only, adding
each line's pod labels from the API (get/list/watch on pods and namespaces, nothing
else) and sending them to VictoriaLogs' JSON-lines endpoint, one log stream per
container.

Chosen by footprint among the maintained shippers, by their published figures: Fluent
Bit is written in C and sized by its own buffer limit (below: tens of MiB); Vector
publishes up to ~150 MiB, Grafana Alloy ~120 MiB per MiB/s of logs. It is C, so
nothing is built or measured here: the image only, its figure from its manual.
"""

from potatostack import images, observability
from potatostack.priority import Priority
from potatostack.service import (
    ApiAccess,
    ConfigFile,
    HostPath,
    Kind,
    Metrics,
    NodeAccess,
    Port,
    Resources,
    RunAs,
    Scratch,
    ServiceSpec,
    Uses,
    probes,
)

_CONFIG = "/fluent-bit/etc/fluent-bit.yaml"
_PODS = "/var/log/pods"
# Where it remembers how far it read each file: survives a container restart (an
# emptyDir lives as long as the pod), so a restart does not resend what it sent.
_STATE = "/fluent-bit/state"
# The tail input's buffer: when the store is slow, reading pauses at this size instead of
# growing. Fluent Bit's manual ("Memory management") sizes the process at
# (buffer + 2 x buffer for the output's copy) x 1.2: 18 MB for 5 MB.
_BUFFER = "5MB"
# The tag of a line is `kube.` and its file's path with dots; the Kubernetes filter reads
# namespace, pod and container back from the rest of it with the parser below.
_TAG_PREFIX = "kube.var.log.pods."
# VictoriaLogs: a stream per container; the fields that only repeat the pod are dropped.
_STREAM_FIELDS = ",".join(observability.LOG_STREAM_FIELDS)
_IGNORED = "kubernetes.pod_id,kubernetes.docker_id,kubernetes.container_hash,kubernetes.container_image"

_FLUENT_BIT = f"""\
service:
  flush: 5
  log_level: warn
  http_server: on
  http_listen: 0.0.0.0
  http_port: ${{port:http}}
  health_check: on

parsers:
  # /var/log/pods/<namespace>_<pod>_<uid>/<container>/<restart>.log, as a tag.
  - name: pod-log-path
    format: regex
    regex: '^(?<namespace_name>[^_]+)_(?<pod_name>[^_]+)_(?<pod_id>[^.]+)\\.(?<container_name>[^.]+)\\.'

pipeline:
  inputs:
    - name: tail
      path: {_PODS}/*/*/*.log
      tag: kube.*
      # containerd's line format (time, stream, partial flag), partial lines joined.
      multiline.parser: cri
      db: {_STATE}/tail.db
      mem_buf_limit: {_BUFFER}
      skip_long_lines: on
      refresh_interval: 10

  filters:
    - name: kubernetes
      match: kube.*
      kube_url: https://kubernetes.default.svc:443
      kube_tag_prefix: {_TAG_PREFIX}
      regex_parser: pod-log-path
      labels: on
      annotations: off
      namespace_labels: on
      # A line stays as the app wrote it; LogsQL parses JSON at query time.
      merge_log: off

  outputs:
    - name: http
      match: kube.*
      host: ${{address:victoria-logs}}
      port: ${{port:victoria-logs/http}}
      uri: /insert/jsonline?_stream_fields={_STREAM_FIELDS}&_msg_field=log&_time_field=date&ignore_fields={_IGNORED}
      format: json_lines
      json_date_key: date
      json_date_format: iso8601
      compress: gzip
      # The store down for a while: keep retrying, reading paused by the buffer limit.
      retry_limit: no_limits
"""

service = ServiceSpec(
    name="fluent-bit",
    description="Log shipper: every pod's lines to the log store",
    component="logs",
    image=images.FLUENT_BIT,
    kind=Kind.DAEMON_SET,
    # An estimate from its documented metric list (about ten series per input, filter
    # and output plugin, three plugins, and its uptime and build info): image only,
    # nothing counted here.
    ports=[
        Port("http", 2020, metrics=Metrics(series=40, path="/api/v1/metrics/prometheus", families=("fluentbit_.*",)))
    ],
    run_as=RunAs(user=65534, group=65534),
    root_reason="the kubelet writes the pods' log files 0640 root:root; it reads them as their owner, no capability added",
    # Fluent Bit's manual ("Memory management"): (5 MB buffer + 10 MB for the output's
    # copy) x 1.2 = 18 MB; plus the pods' metadata cache for ~40 pods: 24Mi requested,
    # twice that as the limit.
    resources=Resources(cpu="20m", memory="24Mi", memory_limit="48Mi"),
    args=["--config", _CONFIG],
    config_files=[ConfigFile(_CONFIG, _FLUENT_BIT)],
    scratch=[Scratch(_STATE, size_limit="16Mi")],
    node_access=NodeAccess(
        paths=[HostPath(_PODS, _PODS, "the pods' log files the kubelet writes, to ship them to the log store")],
    ),
    uses=[Uses("victoria-logs", "http")],
    api_access=[
        ApiAccess(
            api_groups=[""],
            resources=["pods", "namespaces"],
            verbs=["get", "list", "watch"],
            reason="label each line with its pod's and namespace's labels (the Kubernetes filter)",
            cluster_wide=True,
        ),
    ],
    **probes("http", "/api/v1/health", start_seconds=30),
    priority=Priority.STANDARD,
)
