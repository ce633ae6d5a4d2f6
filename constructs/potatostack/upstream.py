"""Upstream release manifests (imports/upstream/, scripts/vendor-upstream) as cdk8s objects."""

from __future__ import annotations

import pathlib
from typing import Any, Dict, List, Mapping

import cdk8s
import yaml

from constructs import Construct

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
