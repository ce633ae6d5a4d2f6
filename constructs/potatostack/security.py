"""The hardening that cdk8s-plus-27 cannot express, applied by JSON patch in one place.

cdk8s-plus-27 sets runAsNonRoot, readOnlyRootFilesystem, allowPrivilegeEscalation and
privileged, but has no property for a seccomp profile or for dropping capabilities;
Pod Security "restricted" requires both. Every workload goes through `harden`.
"""
from typing import Sequence

import cdk8s

from potatostack import labels


def _escape(key: str) -> str:
    # JSON pointer escaping (RFC 6901): '~' -> '~0', '/' -> '~1'.
    return key.replace("~", "~0").replace("/", "~1")


def harden(
    workload: cdk8s.ApiObject,
    pod_template: str,
    containers: Sequence[Sequence[str]],
    init_containers: Sequence[Sequence[str]] = (),
) -> None:
    """Add seccomp RuntimeDefault to the pod and drop ALL capabilities from each container.

    `pod_template` is the JSON pointer of the pod template in the manifest
    ('/spec/template', or '/spec/jobTemplate/spec/template' for a CronJob);
    `containers` and `init_containers` list, per container in order, the capabilities
    it adds back (declared with a reason, and excepted from the policy by name).
    """
    pod_spec = f"{pod_template}/spec"
    workload.add_json_patch(
        cdk8s.JsonPatch.add(f"{pod_spec}/securityContext/seccompProfile", {"type": "RuntimeDefault"})
    )
    for field, added_per_container in (("containers", containers), ("initContainers", init_containers)):
        for index, added in enumerate(added_per_container):
            capabilities = {"drop": ["ALL"]}
            if added:
                capabilities["add"] = list(added)
            workload.add_json_patch(
                cdk8s.JsonPatch.add(f"{pod_spec}/{field}/{index}/securityContext/capabilities", capabilities)
            )
    remove_address_label(workload, f"{pod_template}/metadata/labels")


def remove_address_label(api_object: cdk8s.ApiObject, labels_pointer: str) -> None:
    """Remove cdk8s-plus's construct-path label from a label map or selector."""
    api_object.add_json_patch(
        cdk8s.JsonPatch.remove(f"{labels_pointer}/{_escape(labels.CDK8S_ADDRESS_LABEL)}")
    )
