"""What each native ValidatingAdmissionPolicy of dist/admission must do with the test
fixtures of the ValidatingPolicy it comes from, without the objects themselves.

The Kyverno CLI proves these cases in the gate (tests/test_native_policies.py); a test
against a real kube-apiserver can reuse the same list: create each fixture (its
namespace first, labelled as the API server labels namespaces) with dist/admission
applied, and expect `refused` to be denied by the named policy and `admitted` to be
stored. A fixture `not judged` (the policy's matchConditions leave it alone) is
admitted too; it is listed apart so that a refusal by another policy can be told from
a wrong match.
"""

from __future__ import annotations

import pathlib
from dataclasses import dataclass
from typing import List

import policy_suite

from potatostack import admission

# kyverno test's outcome in a policy folder -> what the API server does.
OUTCOMES = {"fail": "refused", "pass": "admitted", "skip": "not judged"}


@dataclass(frozen=True)
class NativeCase:
    policy: str  # the ValidatingPolicy of policies/
    native: str  # the ValidatingAdmissionPolicy (and binding) of dist/admission
    fixture: pathlib.Path  # the file in policies/<policy>/resources/ that holds the object
    kind: str
    resource: str  # "namespace/name", or "name" for a cluster-scoped object
    outcome: str  # refused | admitted | not judged


def native_policies() -> List[str]:
    """The policies of policies/ that the API server enforces itself."""
    return [source.name for source in admission.source_policies() if source.gate_only_reason() is None]


def cases() -> List[NativeCase]:
    """Every fixture of every native policy, with what the API server must do with it."""
    found = []
    native = set(native_policies())
    for folder in policy_suite.folders():
        if folder.name not in native:
            continue
        for expectation in folder.expectations:
            found.append(
                NativeCase(
                    policy=folder.name,
                    native=admission.native_name(folder.name),
                    fixture=folder.path / "resources" / f"{expectation.result}.yaml",
                    kind=expectation.kind,
                    resource=expectation.resource,
                    outcome=OUTCOMES[expectation.result],
                )
            )
    return found


def refused(policy: str) -> List[NativeCase]:
    """The fixtures the native twin of `policy` must deny."""
    return [case for case in cases() if case.policy == policy and case.outcome == "refused"]
