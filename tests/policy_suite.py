"""The policies/ folder, read by the gate itself, and the Kyverno CLI's answers about it.

The CLI alone is not trusted to be green for the right reasons: `kyverno apply` drops
a policy file it cannot read without a word, and `kyverno test` reports a declared
'fail' as passed when the policy never matched the resource ("Excluded"). So the gate
parses every policy and test file itself and checks the CLI's counts against them.
"""

from __future__ import annotations

import json
import pathlib
import re
import subprocess
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

import toolchain
import yaml

POLICIES = toolchain.ROOT / "policies"


@dataclass(frozen=True)
class Expectation:
    policy: str
    kind: str
    resource: str  # "namespace/name" or "name"
    result: str  # pass | fail


@dataclass(frozen=True)
class PolicyFolder:
    path: pathlib.Path
    policy: dict
    expectations: Tuple[Expectation, ...]

    @property
    def name(self) -> str:
        return self.policy["metadata"]["name"]

    def resources(self, outcome: str) -> List[dict]:
        """The test resources declared with this outcome."""
        wanted = {(e.kind, e.resource) for e in self.expectations if e.result == outcome}
        found = []
        for document in self.test_documents():
            metadata = document["metadata"]
            key = f"{metadata['namespace']}/{metadata['name']}" if metadata.get("namespace") else metadata["name"]
            if (document["kind"], key) in wanted:
                found.append(document)
        return found

    def test_documents(self) -> List[dict]:
        test = yaml.safe_load((self.path / "kyverno-test.yaml").read_text())
        documents = []
        for relative in test["resources"]:
            documents += [d for d in yaml.safe_load_all((self.path / relative).read_text()) if d]
        return documents


def folders() -> List[PolicyFolder]:
    """Every policy folder; a file that does not parse fails here, loudly."""
    return [folder(path) for path in sorted(p for p in POLICIES.iterdir() if p.is_dir())]


def folder(path: pathlib.Path) -> PolicyFolder:
    policy = yaml.safe_load((path / "policy.yaml").read_text())
    test = yaml.safe_load((path / "kyverno-test.yaml").read_text())
    expectations = tuple(
        Expectation(result["policy"], result["kind"], resource, result["result"])
        for result in test["results"]
        for resource in result["resources"]
    )
    return PolicyFolder(path, policy, expectations)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(toolchain.kyverno()), *args, "--remove-color"], capture_output=True, text=True, timeout=600
    )


_APPLYING = re.compile(r"Applying (\d+) policy rule\(s\) to (\d+) resource\(s\)")
_SUMMARY = re.compile(r"pass: (\d+), fail: (\d+), warn: (\d+), error: (\d+), skip: (\d+)")


@dataclass(frozen=True)
class ApplyReport:
    exit_code: int
    rules: int
    resources: int
    counts: Dict[str, int]
    output: str


def apply(
    policy_files: List[pathlib.Path],
    resource_files: List[pathlib.Path],
    context: Optional[pathlib.Path] = None,
    exceptions: List[pathlib.Path] = (),
    values: Optional[pathlib.Path] = None,
) -> ApplyReport:
    """`kyverno apply`, with every resource file named (it reads folders non-recursively).

    `context` is a cli.kyverno.io Context file: the objects that policies looking up
    other resources (resource.List) see; `values` a cli.kyverno.io Values file (the
    namespaces' labels, which a binding's namespaceSelector reads)."""
    arguments = ["apply", *map(str, policy_files)]
    for resource in resource_files:
        arguments += ["--resource", str(resource)]
    if context is not None:
        arguments += ["--context-file", str(context)]
    if values is not None:
        arguments += ["--values-file", str(values)]
    for exception in exceptions:
        arguments += ["--exception", str(exception)]
    result = run(*arguments)
    output = result.stdout + result.stderr
    applying, summary = _APPLYING.search(output), _SUMMARY.search(output)
    if not applying or not summary:
        raise AssertionError(f"unexpected `kyverno apply` output (exit {result.returncode}):\n{output}")
    counts = dict(zip(("pass", "fail", "warn", "error", "skip"), map(int, summary.groups()), strict=True))
    return ApplyReport(result.returncode, int(applying.group(1)), int(applying.group(2)), counts, output)


def kyverno_test(folder: PolicyFolder) -> Tuple[int, List[dict], str]:
    """`kyverno test` of one folder: exit code, its result rows, the raw output."""
    result = run("test", str(folder.path), "--output-format", "json")
    start, end = result.stdout.find("\n["), result.stdout.rfind("]")
    rows = json.loads(result.stdout[start : end + 1]) if start != -1 and end > start else []
    return result.returncode, rows, result.stdout + result.stderr


def unmet(folder: PolicyFolder) -> List[str]:
    """Every expectation of the folder that `kyverno test` did not prove, as a sentence.

    Only a row reported ("Pass", "Ok") proves an expectation: the CLI also reports
    ("Pass", "Excluded") or ("Pass", "Skipped") for a declared 'fail' when the policy
    never matched the resource, and leaves out resources it did not find at all."""
    exit_code, rows, output = kyverno_test(folder)
    outcomes: Dict[Tuple[str, str], set] = {}
    for row in rows:
        # "v1/Pod/demo/name", "apps/v1/StatefulSet/demo/name"
        parts = row["RESOURCE"].split("/")
        kind_index = next(index for index, part in enumerate(parts) if part[:1].isupper())
        # cluster-scoped objects come with an empty namespace: "v1/PersistentVolume//name"
        key = (parts[kind_index], "/".join(part for part in parts[kind_index + 1 :] if part))
        outcomes.setdefault(key, set()).add((row["RESULT"], row["REASON"]))
    problems = []
    if exit_code != 0:
        problems.append(f"kyverno test exited {exit_code}:\n{output}")
    for expectation in folder.expectations:
        seen = outcomes.get((expectation.kind, expectation.resource))
        if not seen:
            problems.append(f"{expectation}: kyverno test reported nothing for this resource")
        elif seen != {("Pass", "Ok")}:
            problems.append(f"{expectation}: kyverno test reported {sorted(seen)}")
    return problems


def write_context(objects: List[dict], path: pathlib.Path) -> pathlib.Path:
    """A Context file holding `objects`, for policies that look up other resources."""
    context = {
        "apiVersion": "cli.kyverno.io/v1alpha1",
        "kind": "Context",
        "metadata": {"name": "context"},
        "spec": {"resources": objects},
    }
    path.write_text(yaml.safe_dump(context))
    return path


def is_built_in(manifest: dict) -> bool:
    """A Kubernetes kind (core group or *.k8s.io), not a custom resource."""
    group = manifest["apiVersion"].rpartition("/")[0]
    return "." not in group or group.endswith(".k8s.io")


def matched_kinds(folders: List[PolicyFolder]) -> set:
    """The kinds some policy matches (its resourceRules and autogen controllers).

    The CLI spends ~0.4 s on every resource it is given, matched or not; the gate gives
    it only the objects a policy can judge."""
    plurals = set()
    for folder in folders:
        spec = folder.policy["spec"]
        for rule in spec["matchConstraints"]["resourceRules"]:
            plurals.update(rule["resources"])
        plurals.update(spec.get("autogen", {}).get("podControllers", {}).get("controllers", []))
    return plurals


def is_matched(manifest: dict, plurals: set) -> bool:
    kind = manifest["kind"].lower()
    return kind + "s" in plurals or kind + "es" in plurals


def exceptions_beyond_their_container(folder: pathlib.Path, scratch: pathlib.Path) -> List[str]:
    """For each PolicyException in a chart folder: with the container it names removed
    from its workload, the workload must meet the policy. Kyverno exempts whole objects,
    so this is what keeps an exception to the one container that needs it."""
    problems = []
    for path in sorted(folder.glob("PolicyException.*.yaml")):
        exception = yaml.safe_load(path.read_text())
        if "potatostack.io/volume" in exception["metadata"]["annotations"]:
            continue  # names one PersistentVolume, not a container: nothing else to trim
        container = exception["metadata"]["annotations"]["potatostack.io/container"]
        instance = exception["metadata"]["labels"]["app.kubernetes.io/instance"]
        for workload_path in sorted(folder.glob("*.yaml")):
            workload = yaml.safe_load(workload_path.read_text())
            template = workload.get("spec", {}).get("template")
            if workload["kind"] not in ("Deployment", "StatefulSet", "DaemonSet") or template is None:
                continue
            if template["metadata"]["labels"].get("app.kubernetes.io/instance") != instance:
                continue
            pod = template["spec"]
            for key in ("containers", "initContainers"):
                pod[key] = [c for c in pod.get(key, []) if c["name"] != container]
            # and the volumes only that container mounted (a device, say)
            still_mounted = {
                m["name"]
                for key in ("containers", "initContainers")
                for c in pod[key]
                for m in c.get("volumeMounts", [])
            }
            pod["volumes"] = [v for v in pod.get("volumes", []) if v["name"] in still_mounted]
            if not pod["containers"]:
                continue  # the excepted container was the workload's only one
            trimmed = scratch / f"{path.stem}-without-{container}.yaml"
            trimmed.write_text(yaml.safe_dump(workload))
            for ref in exception["spec"]["policyRefs"]:
                report = apply([POLICIES / ref["name"] / "policy.yaml"], [trimmed])
                if report.counts["fail"] or report.counts["error"]:
                    problems.append(
                        f"{path.name}: without container {container}, {workload['metadata']['name']} still breaks "
                        f"{ref['name']}: the exception covers more than its container"
                    )
    return problems
