"""Strict schema validation, offline.

Core kinds: the JSON schemas of the exact Kubernetes minor that the pinned k3s runs,
as shipped by kubernetes-validate (its "strict" variant rejects unknown fields).
Custom resources: the openAPIV3Schema of their vendored CRD (imports/crds), made
strict the way the API server prunes: an object with declared properties accepts no
other field unless it says x-kubernetes-preserve-unknown-fields.
"""

from __future__ import annotations

import copy
import functools
import pathlib
from typing import Dict, List, Tuple

import jsonschema
import kubernetes_validate
import kubernetes_validate.utils as kv_utils
import yaml
from referencing import Registry, Resource

from potatostack import platform

ROOT = pathlib.Path(__file__).resolve().parent.parent
CRD_FILES = sorted((ROOT / "imports" / "crds").glob("*.yaml"))
OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"


class SchemaError(Exception):
    pass


def kubernetes_minor() -> str:
    return ".".join(platform.KUBERNETES_VERSION.split(".")[:2])


def check_schema_version_available() -> None:
    available = {kv_utils.major_minor(version) for version in kv_utils.all_versions()}
    if kubernetes_minor() not in available:
        raise SchemaError(
            f"kubernetes-validate {kubernetes_validate.__version__} has no schema for Kubernetes "
            f"{kubernetes_minor()} (k3s {platform.K3S_VERSION}); bump it in requirements.in and run `make lock`"
        )


def validate(manifest: dict) -> None:
    """Raise SchemaError with the field path of the first problem."""
    group_version, kind = manifest.get("apiVersion", ""), manifest.get("kind", "")
    custom = custom_resource_validators()
    if (group_version, kind) in custom:
        _raise_first(custom[(group_version, kind)], manifest)
        _raise_first(_object_meta_validator(), manifest.get("metadata", {}), prefix="metadata")
        return
    check_schema_version_available()
    try:
        kubernetes_validate.validate(manifest, platform.KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.ValidationError as error:
        path = ".".join(str(part) for part in error.path) or "(root)"
        raise SchemaError(f"{path}: {error.message}") from None
    except kv_utils.SchemaNotFoundError as error:
        raise SchemaError(
            f"no schema for {kind} {group_version} in Kubernetes {kubernetes_minor()} nor in imports/crds: {error.message}"
        ) from None


def _raise_first(validator: jsonschema.protocols.Validator, instance: dict, prefix: str = "") -> None:
    errors = sorted(validator.iter_errors(instance), key=lambda error: list(error.path))
    if errors:
        error = errors[0]
        path = ".".join([prefix] * bool(prefix) + [str(part) for part in error.path]) or "(root)"
        raise SchemaError(f"{path}: {error.message}")


@functools.lru_cache(maxsize=None)
def custom_resource_validators() -> Dict[Tuple[str, str], jsonschema.protocols.Validator]:
    validators = {}
    for crd_file in CRD_FILES:
        for crd in yaml.safe_load_all(crd_file.read_text()):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
            for version in crd["spec"]["versions"]:
                if not version.get("served", False):
                    continue
                schema = strict(copy.deepcopy(version["schema"]["openAPIV3Schema"]))
                schema.setdefault("required", [])
                for field in ("apiVersion", "kind", "metadata"):
                    if field not in schema["required"]:
                        schema["required"].append(field)
                validators[(f"{group}/{version['name']}", kind)] = jsonschema.Draft7Validator(schema)
    return validators


def strict(schema: dict) -> dict:
    """An OpenAPI v3 structural schema as JSON Schema that rejects unknown fields."""
    if not isinstance(schema, dict):
        return schema
    if schema.pop("x-kubernetes-int-or-string", False):
        schema.pop("type", None)
        schema["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if schema.get("nullable"):
        kind = schema.get("type")
        if kind:
            schema["type"] = [kind, "null"]
    for key in ("properties", "patternProperties"):
        for name, child in schema.get(key, {}).items():
            schema[key][name] = strict(child)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            schema[key] = strict(schema[key])
    for key in ("allOf", "anyOf", "oneOf"):
        if key in schema:
            schema[key] = [strict(child) for child in schema[key]]
    if (
        schema.get("type") == "object"
        and "properties" in schema
        and "additionalProperties" not in schema
        and not schema.get("x-kubernetes-preserve-unknown-fields")
    ):
        schema["additionalProperties"] = False
    return schema


@functools.lru_cache(maxsize=None)
def _object_meta_validator() -> jsonschema.protocols.Validator:
    directory = f"kubernetes-json-schema/v{_schema_version()}-local-strict"
    definitions = kv_utils.schema_contents(f"{directory}/_definitions.json", platform.KUBERNETES_VERSION)
    registry = Resource.from_contents(definitions) @ Registry()
    schema = {"$ref": f"{definitions['$id']}#/$defs/{OBJECT_META}"}
    return jsonschema.Draft202012Validator(schema, registry=registry)


def _schema_version() -> str:
    check_schema_version_available()
    return [version for version in kv_utils.all_versions() if kv_utils.major_minor(version) == kubernetes_minor()][-1]


def names_of_custom_kinds() -> List[str]:
    return sorted(f"{kind} {group_version}" for group_version, kind in custom_resource_validators())


# Built-in kinds without a namespace (the API server's discovery says so; the list
# covers the kinds this project may write).
_CLUSTER_SCOPED_BUILT_IN = {
    "APIService",
    "ClusterRole",
    "ClusterRoleBinding",
    "CSIDriver",
    "CustomResourceDefinition",
    "IngressClass",
    "MutatingWebhookConfiguration",
    "Namespace",
    "Node",
    "PersistentVolume",
    "PriorityClass",
    "RuntimeClass",
    "StorageClass",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "ValidatingWebhookConfiguration",
}


@functools.lru_cache(maxsize=None)
def _custom_scopes() -> Dict[Tuple[str, str], str]:
    scopes = {}
    for crd_file in CRD_FILES:
        for crd in yaml.safe_load_all(crd_file.read_text()):
            if crd and crd.get("kind") == "CustomResourceDefinition":
                for version in crd["spec"]["versions"]:
                    scopes[(f"{crd['spec']['group']}/{version['name']}", crd["spec"]["names"]["kind"])] = crd["spec"][
                        "scope"
                    ]
    return scopes


def is_namespaced(manifest: dict) -> bool:
    key = (manifest["apiVersion"], manifest["kind"])
    if key in _custom_scopes():
        return _custom_scopes()[key] == "Namespaced"
    return manifest["kind"] not in _CLUSTER_SCOPED_BUILT_IN
