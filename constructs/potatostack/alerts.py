"""Alert rules, declared with the service or platform piece they watch, and their proof.

A rule is PromQL in the Prometheus rule format (vmalert and Prometheus read the same
file). Every rule carries two promtool tests: input series that make it fire, and
series that look alike but must leave it quiet. observability.py writes the rules and
the tests; the gate runs `promtool test rules` over them, and refuses a rule without
both (tests/test_alerts.py).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import List, Mapping, Sequence

# Prometheus' own rule for alert names: a metric name.
_ALERT_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_DURATION = re.compile(r"^([0-9]+[smhd])+$")


class Severity(enum.Enum):
    # Someone acts now: the push notification (Alertmanager's `page` route) and e-mail.
    PAGE = "page"
    # Worth reading today: e-mail only.
    WARNING = "warning"


@dataclass(frozen=True)
class Series:
    """One input series of a promtool test: `metric{labels}` and its values, one per
    interval, in promtool's expanding notation ('0+1x10', '1x30', '_x5' for missing)."""

    series: str
    values: str


@dataclass(frozen=True)
class Case:
    """Input series, evaluated `at` after the start (a duration the rule's `for` has
    passed). For a firing case, the labels the alert must carry beyond alertname and
    severity (what tells the owner which disk or which pod)."""

    series: Sequence[Series]
    at: str
    labels: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AlertRule:
    name: str
    expr: str
    # How long the condition must hold before the alert fires ("0s": at once).
    for_: str
    severity: Severity
    summary: str
    fires: Case
    quiet: Case

    def problems(self) -> List[str]:
        where = f"alerts.{self.name}"
        found = []
        if not _ALERT_NAME.match(self.name):
            found.append(f"{where}: an alert name is CamelCase letters and digits")
        if not self.expr.strip() or not self.summary.strip():
            found.append(f"{where}: an alert has an expression and a summary")
        for what, value in (("for_", self.for_), ("fires.at", self.fires.at), ("quiet.at", self.quiet.at)):
            if not _DURATION.match(value):
                found.append(f"{where}: {what} {value!r} is not a duration like 10m")
        for what, case in (("fires", self.fires), ("quiet", self.quiet)):
            if not case.series:
                found.append(f"{where}: {what}: a test gives at least one input series")
        if self.quiet.labels:
            found.append(f"{where}: quiet: a quiet case expects no alert, so no labels")
        return found
