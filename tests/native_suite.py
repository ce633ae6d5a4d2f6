"""The native ValidatingAdmissionPolicies of dist/admission, put to the Kyverno CLI.

The CLI judges a ValidatingAdmissionPolicy with the API server's own admission code
(k8s.io/apiserver's validating policy plugin), bindings and namespaceSelectors
included. It is given, for each namespace, the label the API server puts on every
Namespace (kubernetes.io/metadata.name), which the bindings select on.
"""

from __future__ import annotations

import pathlib
import re
from typing import Dict, Iterable, List, Set, Tuple

import policy_suite
import yaml

from potatostack import admission
from potatostack.workload import EXCEPTED_NAMESPACE


def files(dist: pathlib.Path, policy: str) -> List[pathlib.Path]:
    """The ValidatingAdmissionPolicy and its binding, as synthesized."""
    name = admission.native_name(policy)
    return [
        dist / admission.CHART / f"{kind}.{name}.k8s.yaml"
        for kind in ("ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding")
    ]


def all_files(dist: pathlib.Path) -> List[pathlib.Path]:
    return sorted((dist / admission.CHART).glob("*.yaml"))


def namespaces_of(documents: Iterable[dict]) -> Set[str]:
    found = set()
    for document in documents:
        if document["kind"] == "Namespace":
            found.add(document["metadata"]["name"])
        elif document["metadata"].get("namespace"):
            found.add(document["metadata"]["namespace"])
    return found


def namespace_selector(namespaces: Iterable[str]) -> List[dict]:
    """The namespaces' labels as the API server sets them, in the CLI's Values shape."""
    return [{"name": name, "labels": {admission.NAMESPACE_NAME_LABEL: name}} for name in sorted(namespaces)]


def write_values(namespaces: Iterable[str], path: pathlib.Path) -> pathlib.Path:
    values = {
        "apiVersion": "cli.kyverno.io/v1alpha1",
        "kind": "Values",
        "metadata": {"name": "values"},
        "namespaceSelector": namespace_selector(namespaces),
    }
    path.write_text(yaml.safe_dump(values))
    return path


def test_folder(
    source: policy_suite.PolicyFolder, dist: pathlib.Path, scratch: pathlib.Path
) -> policy_suite.PolicyFolder:
    """A kyverno-test folder for the native twin of `source`: its policy and binding
    from dist/, the same resource files and the same expectations, under the native name."""
    scratch.mkdir(parents=True, exist_ok=True)
    policy_files = []
    for path in files(dist, source.name):
        (scratch / path.name).write_text(path.read_text())
        policy_files.append(path.name)
    test = yaml.safe_load((source.path / "kyverno-test.yaml").read_text())
    for relative in test["resources"]:
        target = scratch / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((source.path / relative).read_text())
    native = admission.native_name(source.name)
    results = []
    for result in test["results"]:
        results.append(
            {
                "policy": native,
                "isValidatingAdmissionPolicy": True,
                "kind": result["kind"],
                "resources": result["resources"],
                "result": result["result"],
            }
        )
    native_test = {
        "apiVersion": "cli.kyverno.io/v1alpha1",
        "kind": "Test",
        "metadata": {"name": native},
        "policies": policy_files,
        "resources": test["resources"],
        "values": {"namespaceSelector": namespace_selector(namespaces_of(source.test_documents()))},
        "results": results,
    }
    (scratch / "kyverno-test.yaml").write_text(yaml.safe_dump(native_test, sort_keys=False))
    expectations = tuple(policy_suite.Expectation(native, e.kind, e.resource, e.result) for e in source.expectations)
    policy = yaml.safe_load(files(dist, source.name)[0].read_text())
    return policy_suite.PolicyFolder(scratch, policy, expectations)


_EXEMPT_ENTRY = re.compile(r"'([^']+)': \[([^\]]*)\]")


def listed_exemptions(policy_manifest: dict) -> Set[Tuple[str, str, str]]:
    """(policy of policies/, "namespace/instance", container) excused in a native policy,
    read back from its exemptContainers variable."""
    source = policy_manifest["metadata"]["annotations"]["potatostack.io/source"].split("/")[1]
    expression = next(
        (v["expression"] for v in policy_manifest["spec"].get("variables", []) if v["name"] == "exemptContainers"),
        "[]",
    )
    found = set()
    for workload, names in _EXEMPT_ENTRY.findall(expression):
        for container in re.findall(r"'([^']+)'", names):
            found.add((source, workload, container))
    return found


_EXEMPT_POD = re.compile(r"variables\.workload in \[([^\]]*)\]")


def listed_pod_exemptions(policy_manifest: dict) -> Set[Tuple[str, str]]:
    """(policy of policies/, "namespace/instance") excused as a whole pod (host paths,
    host namespaces: they belong to the pod), read back from its exemptPod variable."""
    source = policy_manifest["metadata"]["annotations"]["potatostack.io/source"].split("/")[1]
    expression = next(
        (v["expression"] for v in policy_manifest["spec"].get("variables", []) if v["name"] == "exemptPod"), ""
    )
    found = set()
    for listed in _EXEMPT_POD.findall(expression):
        found |= {(source, workload) for workload in re.findall(r"'([^']+)'", listed)}
    return found


def declared_exceptions(dist: pathlib.Path) -> Set[Tuple[str, str, str]]:
    """The same triples, from the Kyverno PolicyExceptions synthesized from the declarations."""
    found = set()
    for path in sorted(dist.glob("*/PolicyException.*.yaml")):
        exception = yaml.safe_load(path.read_text())
        annotations = exception["metadata"]["annotations"]
        if "potatostack.io/container" not in annotations:
            continue  # a PersistentVolume's, by name
        # The exception lives in Kyverno's namespace; the workload's is annotated.
        namespace = annotations[EXCEPTED_NAMESPACE]
        workload = f"{namespace}/{exception['metadata']['labels']['app.kubernetes.io/instance']}"
        for ref in exception["spec"]["policyRefs"]:
            for container in annotations["potatostack.io/container"].split(","):
                found.add((ref["name"], workload, container))
    return found


def pod_template(workload: dict) -> Dict:
    spec = workload["spec"]
    return spec["jobTemplate"]["spec"]["template"] if workload["kind"] == "CronJob" else spec["template"]
