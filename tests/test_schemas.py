"""Every synthesized object is valid, strictly, for the Kubernetes version we run."""

import copy

import manifests
import pytest
import schemas


def test_schemas_exist_for_the_pinned_kubernetes_version():
    schemas.check_schema_version_available()


def test_custom_resource_schemas_are_loaded_from_the_vendored_crds():
    kinds = schemas.names_of_custom_kinds()
    for expected in (
        "Application argoproj.io/v1alpha1",
        "AppProject argoproj.io/v1alpha1",
        "ValidatingPolicy policies.kyverno.io/v1",
    ):
        assert expected in kinds


def test_every_synthesized_object_validates_strictly(profile):
    fresh_tree = profile[2]
    problems = []
    for chart, name, manifest in manifests.objects(fresh_tree):
        try:
            schemas.validate(manifest)
        except schemas.SchemaError as error:
            problems.append(f"{chart}/{name}: {error}")
    assert not problems, "\n".join(problems)


def test_every_policy_validates_against_its_crd():
    for policy_file in sorted(schemas.ROOT.glob("policies/*/policy.yaml")):
        import yaml

        schemas.validate(yaml.safe_load(policy_file.read_text()))


# The validator must be able to say no, or the test above proves nothing.


def _first(fresh_tree, kind):
    return copy.deepcopy(next(m for _, _, m in manifests.objects(fresh_tree) if m["kind"] == kind))


def test_an_unknown_field_in_a_core_object_is_rejected(fresh_tree):
    statefulset = _first(fresh_tree, "StatefulSet")
    statefulset["spec"]["template"]["spec"]["containers"][0]["resource"] = {}  # typo of "resources"
    with pytest.raises(schemas.SchemaError, match="resource"):
        schemas.validate(statefulset)


def test_a_wrong_type_in_a_core_object_is_rejected(fresh_tree):
    service = _first(fresh_tree, "Service")
    service["spec"]["ports"][0]["port"] = "five thousand"
    with pytest.raises(schemas.SchemaError, match="spec.ports.0.port"):
        schemas.validate(service)


def test_an_unknown_field_in_a_custom_resource_is_rejected(fresh_tree):
    application = _first(fresh_tree, "Application")
    application["spec"]["syncPolicy"]["automated"]["selfHeel"] = True
    with pytest.raises(schemas.SchemaError, match="selfHeel"):
        schemas.validate(application)


def test_unknown_metadata_in_a_custom_resource_is_rejected(fresh_tree):
    application = _first(fresh_tree, "Application")
    application["metadata"]["label"] = {"a": "b"}
    with pytest.raises(schemas.SchemaError, match="metadata"):
        schemas.validate(application)


def test_a_kind_with_no_schema_is_rejected():
    with pytest.raises(schemas.SchemaError, match="no schema"):
        schemas.validate({"apiVersion": "example.com/v1", "kind": "Gadget", "metadata": {"name": "x"}})


def test_vendored_crds_are_what_their_sources_record():
    # imports/crds/SOURCES.md names module, version, path and sha256 of every CRD
    # (scripts/vendor-crds); a hand edit of a vendored schema shows up here.
    import hashlib
    import re

    recorded = re.findall(
        r"^\| (\S+) \| `[^`]+` \| \S+ \| `([^`]+)` \| `([0-9a-f]{64})` \|$",
        (schemas.ROOT / "imports" / "crds" / "SOURCES.md").read_text(),
        re.M,
    )
    assert recorded
    for project, path, digest in recorded:
        text = (schemas.ROOT / "imports" / "crds" / f"{project}.yaml").read_bytes()
        parts = re.split(rb"(?m)^# \S+@\S+ \S+\n", text)
        bodies = [part.rstrip(b"\n").removesuffix(b"---").rstrip(b"\n") for part in parts[1:]]
        assert any(
            hashlib.sha256(body + b"\n").hexdigest() == digest or hashlib.sha256(body).hexdigest() == digest
            for body in bodies
        ), f"{project}: {path} differs from what vendor-crds recorded"
