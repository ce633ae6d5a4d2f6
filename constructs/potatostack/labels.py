"""The app.kubernetes.io labels: which of them select pods, and which only describe."""

from typing import TYPE_CHECKING, Dict

if TYPE_CHECKING:
    from potatostack.service import ServiceSpec

PART_OF = "potatostack"
MANAGED_BY = "cdk8s"
NAME = "app.kubernetes.io/name"
INSTANCE = "app.kubernetes.io/instance"

# cdk8s-plus adds this label (a hash of the construct path) to pod templates and
# Service selectors. Renaming a construct would change it, and a StatefulSet's
# selector cannot change, so it is removed everywhere (security.py).
CDK8S_ADDRESS_LABEL = "cdk8s.io/metadata.addr"

# The labels of what belongs to the stack as a whole rather than to one service (the
# platform's objects, Argo CD's Applications and projects, the admission policies).
STACK: Dict[str, str] = {"app.kubernetes.io/part-of": PART_OF, "app.kubernetes.io/managed-by": MANAGED_BY}


def selector(name: str) -> Dict[str, str]:
    """The only labels a selector uses: they never change for the life of a service."""
    return {NAME: name, INSTANCE: name}


def standard(name: str, component: str, version: str) -> Dict[str, str]:
    return {
        **selector(name),
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/part-of": PART_OF,
        "app.kubernetes.io/managed-by": MANAGED_BY,
        "app.kubernetes.io/version": version,
    }


def of_service(spec: "ServiceSpec") -> Dict[str, str]:
    """The standard labels of every object a workload makes (a ServiceSpec; a helper's
    instance is <service>-<name>)."""
    return {**standard(spec.name, spec.component, spec.image.tag), INSTANCE: spec.instance}
