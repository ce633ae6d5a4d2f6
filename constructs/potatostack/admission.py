"""The policies of policies/ as native ValidatingAdmissionPolicies, enforced by the API
server itself: no webhook, no pod, nothing that fails closed when a pod is evicted.

A Kyverno ValidatingPolicy is CEL already; what the API server lacks is Kyverno's
lookups (resource.List and friends) and its autogen. A policy that looks up other
objects stays in the gate (policies/README.md says which and why). For the others
this module writes, per policy, a ValidatingAdmissionPolicy with the same rules and
its binding:

- autogen, done natively: a pod policy also matches the controllers Kyverno's autogen
  names, and its expressions read the pod template through `variables.podSpec` and
  `variables.podMetadata` instead of `object.spec` and `object.metadata`;
- the upstream namespaces (helm.UPSTREAM_NAMESPACES, the one list) are left out by
  the binding's namespaceSelector, not by a matchCondition in every policy;
- a declared deviation (one container of one workload for one rule) is taken out of
  exactly that rule's container list: the policy's `object.spec.containers` and
  friends become `variables.checked*`, which leave out the containers a declaration
  names for this namespace and workload, and the volumes only they mount. A
  PersistentVolume allowed onto a disk's root is excluded by name in the binding.
"""

from __future__ import annotations

import pathlib
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import yaml

from potatostack import labels
from potatostack.errors import ConfigError
from potatostack.helm import UPSTREAM_NAMESPACES
from potatostack.service import ServiceSpec, persistent_volume_name

API_VERSION = "admissionregistration.k8s.io/v1"
# The folder of dist/ (and Argo CD Application) the native policies ship in.
CHART = "admission"
POLICIES_DIR = pathlib.Path(__file__).resolve().parents[2] / "policies"

# The condition every policy of policies/ carries to leave the upstream namespaces
# alone; natively the binding's namespaceSelector does that, from the same list.
NAMESPACE_CONDITION = "potatostack-namespaces"
# The label the API server sets on every Namespace (since Kubernetes 1.22).
NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"

# Kyverno's CEL libraries the API server does not have: a policy calling one reads
# something besides the object it judges, and stays in the gate.
_KYVERNO_ONLY = re.compile(r"(?<![\w.])(resource|http|globalContext|image|imagedata|generator)\.(\w+)\(")
_LOOKUP_ARGUMENTS = re.compile(r"resource\.(?:List|Get)\('[^']*',\s*'([^']+)'")

# Kyverno autogen's controllers: the API group of each, and where it keeps its pod.
_POD_CONTROLLERS: Dict[str, Tuple[str, str]] = {
    "deployments": ("apps", "object.spec.template"),
    "statefulsets": ("apps", "object.spec.template"),
    "daemonsets": ("apps", "object.spec.template"),
    "jobs": ("batch", "object.spec.template"),
    "cronjobs": ("batch", "object.spec.jobTemplate.spec.template"),
}

# How the policies spell a pod's container and volume lists, and the variable each
# becomes natively: the same list without the declared deviations.
_CHECKED_LISTS = (
    ("object.spec.containers", "checkedContainers"),
    ("object.spec.?initContainers.orValue([])", "checkedInitContainers"),
    ("object.spec.?ephemeralContainers.orValue([])", "checkedEphemeralContainers"),
    ("object.spec.?volumes.orValue([])", "checkedVolumes"),
)
_POD_FIELDS = (
    ("object.spec", "variables.podSpec"),
    ("object.metadata.?labels", "variables.podMetadata.?labels"),
    ("object.metadata.labels", "variables.podMetadata.labels"),
    ("object.metadata.?annotations", "variables.podMetadata.?annotations"),
)


@dataclass(frozen=True)
class ContainerExemption:
    """One container of one workload (namespace, instance label) excused from one policy."""

    policy: str
    namespace: str
    instance: str
    container: str
    reason: str


@dataclass(frozen=True)
class PodExemption:
    """A whole pod excused from one policy: a deviation of the pod, not of a container
    (host namespaces, node paths read by the pod)."""

    policy: str
    namespace: str
    instance: str
    reason: str


@dataclass(frozen=True)
class VolumeExemption:
    """One PersistentVolume, by name, excused from one policy (a disk's root)."""

    policy: str
    volume: str
    reason: str


@dataclass(frozen=True)
class Exemptions:
    containers: Tuple[ContainerExemption, ...] = ()
    pods: Tuple[PodExemption, ...] = ()
    volumes: Tuple[VolumeExemption, ...] = ()


@dataclass(frozen=True)
class SourcePolicy:
    """A ValidatingPolicy of policies/, as read from its file."""

    path: pathlib.Path
    manifest: Mapping[str, Any]

    @property
    def name(self) -> str:
        return str(self.manifest["metadata"]["name"])

    @property
    def spec(self) -> Mapping[str, Any]:
        return self.manifest["spec"]  # type: ignore[no-any-return]

    def expressions(self) -> List[str]:
        spec = self.spec
        return [
            str(item[key])
            for section in ("matchConditions", "variables", "validations")
            for item in spec.get(section, [])
            for key in ("expression", "messageExpression")
            if key in item
        ]

    def gate_only_reason(self) -> Optional[str]:
        """Why the API server cannot enforce this policy, or None when it can."""
        calls = sorted({f"{m.group(1)}.{m.group(2)}" for e in self.expressions() for m in _KYVERNO_ONLY.finditer(e)})
        if not calls:
            return None
        looked_up = sorted({m.group(1) for e in self.expressions() for m in _LOOKUP_ARGUMENTS.finditer(e)})
        what = f"looks up {', '.join(looked_up)}" if looked_up else "reads beyond the object it judges"
        return f"{what} ({', '.join(calls)}, Kyverno-only): the API server's CEL sees only the object"

    def pod_controllers(self) -> List[str]:
        return list(self.spec.get("autogen", {}).get("podControllers", {}).get("controllers", []))


def exemptions_of(specs: Sequence[ServiceSpec]) -> Exemptions:
    """The deviations the workloads declare (ServiceSpec.exceptions, whole-disk volumes):
    the same declarations Kyverno's PolicyExceptions are made from."""
    containers: List[ContainerExemption] = []
    pods: List[PodExemption] = []
    volumes: List[VolumeExemption] = []
    for spec in specs:
        for waiver in spec.exceptions():
            if waiver.pod_wide:
                pods.append(PodExemption(waiver.policy, spec.namespace, spec.instance, waiver.reason))
            else:
                containers.append(
                    ContainerExemption(waiver.policy, spec.namespace, spec.instance, waiver.container, waiver.reason)
                )
        for volume in spec.volumes:
            if volume.whole_disk is not None:
                volumes.append(
                    VolumeExemption(DISK_ROOT_POLICY, persistent_volume_name(spec, volume), volume.whole_disk)
                )
    return Exemptions(tuple(containers), tuple(pods), tuple(volumes))


# The policy a whole-disk volume is excused from, natively and by its PolicyException.
DISK_ROOT_POLICY = "restrict-host-paths"


def manifests(exemptions: Exemptions, folder: pathlib.Path = POLICIES_DIR) -> List[Dict[str, Any]]:
    """Every native policy and binding, for the policies of `folder` that need no lookup."""
    found = []
    for source in source_policies(folder):
        if source.gate_only_reason() is None:
            found += [
                validating_admission_policy(source, exemptions),
                validating_admission_policy_binding(source, exemptions),
            ]
    return found


def source_policies(folder: pathlib.Path = POLICIES_DIR) -> List[SourcePolicy]:
    return [SourcePolicy(path, yaml.safe_load(path.read_text())) for path in sorted(folder.glob("*/policy.yaml"))]


def native_name(policy: str) -> str:
    """The native object's name: Kyverno's own objects of the same name may coexist."""
    return f"potatostack-{policy}"


def validating_admission_policy(source: SourcePolicy, exemptions: Exemptions) -> Dict[str, Any]:
    """The native twin of one ValidatingPolicy, with its declared deviations built in."""
    if source.gate_only_reason() is not None:
        raise ConfigError(f"{source.name}: cannot be enforced natively: {source.gate_only_reason()}")
    spec = source.spec
    controllers = source.pod_controllers()
    rules = _resource_rules(source)
    containers = [e for e in exemptions.containers if e.policy == source.name]
    pods = [e for e in exemptions.pods if e.policy == source.name]
    if (containers or pods) and not controllers:
        raise ConfigError(
            f"{source.name}: a workload deviation from a policy that does not judge pods cannot be expressed natively"
        )

    def native(expression: str) -> str:
        if not controllers:
            return expression
        if containers:
            for spelled, variable in _CHECKED_LISTS:
                expression = expression.replace(spelled, f"variables.{variable}")
        for spelled, replacement in _POD_FIELDS:
            expression = expression.replace(spelled, replacement)
        if "object." in expression:
            raise ConfigError(f"{source.name}: reads {expression!r} of the object, which autogen cannot translate")
        return expression

    conditions = [
        {"name": c["name"], "expression": native(c["expression"])}
        for c in spec.get("matchConditions", [])
        if c["name"] != NAMESPACE_CONDITION
    ]
    variables: List[Dict[str, str]] = []
    if controllers:
        variables += _pod_variables(controllers, containers, bool(pods))
    variables += [{"name": v["name"], "expression": native(v["expression"])} for v in spec.get("variables", [])]
    if pods:
        keys = sorted({f"{e.namespace}/{e.instance}" for e in pods})
        variables.append({"name": "exemptPod", "expression": f"variables.workload in {_cel_list(keys)}"})
    validations = []
    for validation in spec["validations"]:
        rule = {"expression": native(validation["expression"])}
        if pods:
            rule["expression"] = f"variables.exemptPod || ({rule['expression']})"
        for key in ("message", "reason"):
            if key in validation:
                rule[key] = validation[key]
        if "messageExpression" in validation:
            rule["messageExpression"] = native(validation["messageExpression"])
        validations.append(rule)
    metadata = source.manifest["metadata"]
    native_spec: Dict[str, Any] = {
        # An expression that errors (a field of an unexpected type) refuses the object.
        "failurePolicy": "Fail",
        "matchConstraints": {"resourceRules": rules},
    }
    if conditions:
        native_spec["matchConditions"] = conditions
    native_spec["variables"] = variables
    native_spec["validations"] = validations
    return {
        "apiVersion": API_VERSION,
        "kind": "ValidatingAdmissionPolicy",
        "metadata": {
            "name": native_name(source.name),
            "labels": dict(labels.STACK),
            "annotations": {
                **metadata.get("annotations", {}),
                "potatostack.io/source": f"policies/{source.path.parent.name}/policy.yaml",
            },
        },
        "spec": native_spec,
    }


def validating_admission_policy_binding(source: SourcePolicy, exemptions: Exemptions) -> Dict[str, Any]:
    """Deny, everywhere but the upstream namespaces and the PersistentVolumes excused by name."""
    match_resources: Dict[str, Any] = {
        # The policy's own resources again: the API server intersects the two, so this
        # narrows nothing, but the Kyverno CLI judges a bound policy by its binding's
        # matchResources alone and would otherwise apply it to every kind.
        "resourceRules": _resource_rules(source),
        "namespaceSelector": {
            "matchExpressions": [
                {"key": NAMESPACE_NAME_LABEL, "operator": "NotIn", "values": list(UPSTREAM_NAMESPACES)}
            ]
        },
    }
    volumes = sorted({e.volume for e in exemptions.volumes if e.policy == source.name})
    if volumes:
        match_resources["excludeResourceRules"] = [
            {
                "apiGroups": [""],
                "apiVersions": ["v1"],
                "operations": ["CREATE", "UPDATE"],
                "resources": ["persistentvolumes"],
                "resourceNames": volumes,
            }
        ]
    return {
        "apiVersion": API_VERSION,
        "kind": "ValidatingAdmissionPolicyBinding",
        "metadata": {
            "name": native_name(source.name),
            "labels": dict(labels.STACK),
        },
        "spec": {
            "policyName": native_name(source.name),
            "validationActions": list(source.spec["validationActions"]),
            "matchResources": match_resources,
        },
    }


def _resource_rules(source: SourcePolicy) -> List[Dict[str, Any]]:
    """What the policy matches, and the controllers its autogen names."""
    rules = [dict(rule) for rule in source.spec["matchConstraints"]["resourceRules"]]
    by_group: Dict[str, List[str]] = {}
    for plural in source.pod_controllers():
        by_group.setdefault(_POD_CONTROLLERS[plural][0], []).append(plural)
    for group, plurals in by_group.items():
        rules.append(
            {"apiGroups": [group], "apiVersions": ["v1"], "operations": ["CREATE", "UPDATE"], "resources": plurals}
        )
    return rules


def _pod_variables(
    controllers: Sequence[str], containers: Sequence[ContainerExemption], pod_exemptions: bool
) -> List[Dict[str, str]]:
    """The pod wherever the kind keeps it; with exemptions, the workload it belongs to and
    its lists without the excused containers."""
    # Pod is the last branch: a pod's spec is the object's own.
    spec, meta = "object.spec", "object.metadata"
    templates: Dict[str, List[str]] = {}
    for plural in controllers:
        templates.setdefault(_POD_CONTROLLERS[plural][1], []).append(_KINDS[plural])
    for template, kinds in sorted(templates.items(), reverse=True):
        test = " || ".join(f"object.kind == '{kind}'" for kind in sorted(kinds))
        spec = f"({test}) ? {template}.spec : ({spec})"
        meta = f"({test}) ? {template}.?metadata.orValue({{}}) : ({meta})"
    by_workload: Dict[str, List[str]] = {}
    for exemption in containers:
        by_workload.setdefault(f"{exemption.namespace}/{exemption.instance}", []).append(exemption.container)
    pod = [{"name": "podSpec", "expression": spec}, {"name": "podMetadata", "expression": meta}]
    if not by_workload and not pod_exemptions:
        return pod
    workload = {
        "name": "workload",
        "expression": f"request.namespace + '/' + variables.podMetadata.?labels[?'{labels.INSTANCE}'].orValue('')",
    }
    if not by_workload:
        return [*pod, workload]
    entries = ", ".join(f"'{key}': {_cel_list(sorted(set(names)))}" for key, names in sorted(by_workload.items()))
    exempt = f"{{{entries}}}[?variables.workload].orValue([])"
    all_containers = (
        "variables.podSpec.containers + variables.podSpec.?initContainers.orValue([])"
        " + variables.podSpec.?ephemeralContainers.orValue([])"
    )

    def mounted_by(who: str) -> str:
        return f"({all_containers}).exists(c, {who} && c.?volumeMounts.orValue([]).exists(m, m.name == v.name))"

    return [
        *pod,
        workload,
        {"name": "exemptContainers", "expression": exempt},
        {
            "name": "checkedContainers",
            "expression": "variables.podSpec.containers.filter(c, !(c.name in variables.exemptContainers))",
        },
        {
            "name": "checkedInitContainers",
            "expression": (
                "variables.podSpec.?initContainers.orValue([]).filter(c, !(c.name in variables.exemptContainers))"
            ),
        },
        {
            "name": "checkedEphemeralContainers",
            "expression": (
                "variables.podSpec.?ephemeralContainers.orValue([]).filter(c, !(c.name in variables.exemptContainers))"
            ),
        },
        {
            # A volume stays checked unless only excused containers mount it: the pod
            # sets up every volume, mounted or not.
            "name": "checkedVolumes",
            "expression": (
                "variables.podSpec.?volumes.orValue([]).filter(v, !("
                + mounted_by("c.name in variables.exemptContainers")
                + " && !"
                + mounted_by("!(c.name in variables.exemptContainers)")
                + "))"
            ),
        },
    ]


_KINDS = {
    "deployments": "Deployment",
    "statefulsets": "StatefulSet",
    "daemonsets": "DaemonSet",
    "jobs": "Job",
    "cronjobs": "CronJob",
}


def _cel_list(items: Sequence[str]) -> str:
    for item in items:
        if "'" in item or "\\" in item:
            raise ConfigError(f"{item!r} cannot be written into a CEL string literal")
    return "[" + ", ".join(f"'{item}'" for item in items) + "]"
