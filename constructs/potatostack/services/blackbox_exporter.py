"""blackbox-exporter: probes every web UI and LAN port the declarations expose
(Compose's blackbox-exporter).

The probes are generated (observability.probe_targets): each web UI gets an HTTP GET
of its Service, each LAN port a TCP connect; the metrics store scrapes the prober's
/probe once per target, so adding a UI or a LAN port to a declaration adds its probe.
Its NetworkPolicies follow from the same list: it may open those ports and no other.
"""

from potatostack import images, observability
from potatostack.alerts import AlertRule, Case, Series, Severity
from potatostack.priority import Priority
from potatostack.service import ConfigFile, Metrics, Port, Resources, RunAs, ServiceSpec, probes

_CONFIG = "/etc/blackbox/blackbox.yml"

# A live app answers an anonymous GET with a page, a redirect to its login, or a refusal
# (Authelia's forward-auth is not in the path: the Service is probed directly). A
# timeout, a reset or a 5xx fails the probe.
_MODULES = f"""\
modules:
  {observability.HTTP_MODULE}:
    prober: http
    timeout: 10s
    http:
      method: GET
      follow_redirects: false
      preferred_ip_protocol: ip4
      valid_status_codes: [200, 204, 301, 302, 303, 307, 308, 401, 403, 404]
  {observability.TCP_MODULE}:
    prober: tcp
    timeout: 10s
    tcp:
      preferred_ip_protocol: ip4
"""


def _probe_failed() -> AlertRule:
    success = 'probe_success{job="probe-http",instance="http://gitea.gitea.svc:3000/",service="gitea"}'
    return AlertRule(
        name="ProbeFailed",
        expr="probe_success == 0",
        for_="10m",
        severity=Severity.WARNING,
        summary="{{ $labels.service }}: {{ $labels.instance }} has not answered its probe for 10 minutes",
        fires=Case(
            [Series(success, "0x20")],
            at="15m",
            labels={"job": "probe-http", "instance": "http://gitea.gitea.svc:3000/", "service": "gitea"},
        ),
        # A restart: down for a few minutes, then back.
        quiet=Case([Series(success, "0x5 1x15")], at="15m"),
    )


service = ServiceSpec(
    name="blackbox-exporter",
    description="Probes of every web UI and LAN port",
    component="metrics",
    image=images.BLACKBOX_EXPORTER,
    # Its own /metrics (the Go runtime, config reloads); the probes' series are counted
    # per target by observability.series_count. Families: its own blackbox_* and the
    # probes' probe_* (its README), both read through the store.
    ports=[Port("http", 9115, metrics=Metrics(series=80, families=("probe_.*", "blackbox_.*", "go_.*", "process_.*")))],
    run_as=RunAs(user=65534, group=65534),
    # No upstream figure and not buildable here (its module is not served by the Go
    # module proxy): a Go exporter doing one short probe at a time, sized like
    # node_exporter's measured 21 MiB. An estimate to confirm on the board.
    resources=Resources(cpu="10m", memory="24Mi", memory_limit="64Mi"),
    args=[f"--config.file={_CONFIG}", "--web.listen-address=:${port:http}"],
    config_files=[ConfigFile(_CONFIG, _MODULES, filled=False)],
    probes_endpoints=True,
    **probes("http", "/-/healthy", start_seconds=30),
    alerts=[_probe_failed()],
    optional=(
        "probes of the web UIs and LAN ports from outside their pods: a scraped service that stops answering "
        "already alerts as a target down; what is left of the 2 GB node goes to the stores first (dist/BUDGET.md)"
    ),
    priority=Priority.STANDARD,
)
