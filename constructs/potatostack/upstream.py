"""Upstream release manifests (imports/upstream/, scripts/vendor-upstream) as cdk8s objects."""

from __future__ import annotations

import pathlib
from typing import Any, Dict, List, Mapping, Sequence, Tuple

import cdk8s
import yaml

from constructs import Construct
from potatostack.errors import ConfigError

FOLDER = pathlib.Path(__file__).resolve().parents[2] / "imports" / "upstream"


def documents(path: pathlib.Path, skip: str = "") -> List[Dict[str, Any]]:
    """The objects of a multi-document file; documents containing `skip` are not parsed
    (Argo CD's ApplicationSet CRD is most of its release file)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    found = []
    for document in path.read_text().split("\n---\n"):
        if skip and skip in document:
            continue
        manifest = yaml.load(document, Loader=loader)
        if manifest:
            found.append(manifest)
    return found


def include(scope: Construct, manifest: Mapping[str, Any]) -> cdk8s.ApiObject:
    """A plain manifest as a cdk8s object (one JSON patch per top-level field: cdk8s.Include
    costs ~90 ms a file in jsii)."""
    body = dict(manifest)
    metadata = body.pop("metadata")
    api_object = cdk8s.ApiObject(
        scope,
        f"{body['kind']}-{metadata['name']}",
        api_version=body.pop("apiVersion"),
        kind=body.pop("kind"),
        metadata=cdk8s.ApiObjectMetadata(
            name=metadata["name"],
            namespace=metadata.get("namespace"),
            labels=metadata.get("labels"),
            annotations=metadata.get("annotations"),
        ),
    )
    for field, value in body.items():
        api_object.add_json_patch(cdk8s.JsonPatch.add(f"/{field}", value))
    return api_object


def label_pods(manifest: Dict[str, Any], component: str) -> None:
    """The standard labels on a workload's pod template (the pod policies check pods), none
    of them in a selector: app.kubernetes.io/name stays upstream's, the one they select on."""
    pod_labels = manifest["spec"]["template"]["metadata"].setdefault("labels", {})
    name = pod_labels.get("app.kubernetes.io/name", manifest["metadata"]["name"])
    pod_labels.update(
        {
            "app.kubernetes.io/name": name,
            "app.kubernetes.io/instance": pod_labels.get("app.kubernetes.io/instance", name),
            "app.kubernetes.io/component": pod_labels.get("app.kubernetes.io/component", component),
            "app.kubernetes.io/part-of": "potatostack",
            "app.kubernetes.io/managed-by": "cdk8s",
        }
    )


def opaque_schemas(crd: Dict[str, Any], paths: Sequence[str], reason: str) -> None:
    """Replace the named parts of a CRD's schema (`spec.acme.solvers[]`: a field path,
    `[]` for an array's items) with an object the API server stores unvalidated.

    The API server holds every CRD's schema several times over (its validators, the
    structural schema, the OpenAPI documents it serves), about 60 times its size in
    memory here (docs/budget.md); these parts are the largest and nobody here writes
    them. Each replacement says why in its description, which `kubectl explain` shows."""
    for version in crd["spec"]["versions"]:
        for path in paths:
            parent, last = _schema_parent(version["schema"]["openAPIV3Schema"], path, crd["metadata"]["name"])
            container, key = (parent, "items") if last == "[]" else (parent["properties"], last)
            if container[key].get("type") != "object":
                raise ConfigError(
                    f"{crd['metadata']['name']}: {path} is of type {container[key].get('type')}, not an object "
                    "(for an array, name its items: path[])"
                )
            container[key] = {
                "type": "object",
                "x-kubernetes-preserve-unknown-fields": True,
                "description": f"Not validated by the API server in PotatoStack: {reason}",
            }


def _schema_parent(schema: Dict[str, Any], path: str, crd: str) -> Tuple[Dict[str, Any], str]:
    steps = path.replace("[]", ".[]").split(".")
    node: Any = schema
    for step in steps[:-1]:
        node = node.get("items") if step == "[]" else (node.get("properties") or {}).get(step)
        if not isinstance(node, dict):
            break
    last = steps[-1]
    if (
        not isinstance(node, dict)
        or (last == "[]" and "items" not in node)
        or (last != "[]" and last not in (node.get("properties") or {}))
    ):
        raise ConfigError(
            f"{crd}: its schema has no {path} (upstream changed? check the pin in scripts/vendor-upstream)"
        )
    return node, last
