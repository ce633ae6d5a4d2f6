"""PriorityClasses: who survives when the 2 GB node runs short of memory.

The scheduler preempts lower classes to place higher ones, and the kubelet evicts
lower classes first under memory pressure.
"""

import enum
from dataclasses import dataclass


@dataclass(frozen=True)
class _Class:
    name: str
    value: int
    preempts: bool
    description: str


class Priority(enum.Enum):
    # Ingress, SSO, the database, DNS, GitOps: without them nothing else is usable.
    CRITICAL = _Class("potatostack-critical", 100000, True, "Survives memory pressure: database, SSO, ingress, GitOps")
    # The applications people use.
    STANDARD = _Class("potatostack-standard", 1000, True, "The applications")
    # Work that can wait and restart: P2P, photo processing, speed tests. Never
    # preempts anything to get scheduled.
    BEST_EFFORT = _Class("potatostack-best-effort", 100, False, "Evicted first: P2P, batch processing, speed tests")

    @property
    def class_name(self) -> str:
        return self.value.name
