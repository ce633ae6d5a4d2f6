"""Random credentials made in the cluster, never in git.

A namespace whose services declare GeneratedSecrets, or that provisions accounts for
its clients, gets one secret generator, declared like any workload (`generator`): a
Job (an ArgoCD sync hook, so it runs on every sync) that runs incluster/generate_secrets.py with the Python standard library
and creates what is missing. It never replaces a value. An account's password is
generated in the provider's namespace and copied to the client's, which lets the
provider's generator write that one Secret (a Role in the client's chart).
"""

from __future__ import annotations

import json
import pathlib
from typing import Any, Dict, List, Sequence

from cdk8s_plus_27 import k8s

from constructs import Construct
from potatostack import images, labels
from potatostack.service import ApiAccess, ConfigFile, Kind, Resources, Run, RunAs, ServiceSpec

# A helper's pod: a standard-library script or psql making a few requests, then gone.
# Not measured on the board; the figures the helpers have had since they were first
# written (32Mi requested, 64Mi ceiling), kept until a measurement replaces them.
HELPER_RESOURCES = Resources(cpu="10m", memory="32Mi", memory_limit="64Mi")


def hook_run(sync_wave: int) -> Run:
    """A helper runs on every ArgoCD sync in its wave; five retries within ten minutes
    (the API or the database may still be starting), no TTL: ArgoCD deletes the
    previous run before the next sync creates it."""
    return Run(deadline_seconds=600, backoff_limit=5, sync_wave=sync_wave)


NAME = "secret-generator"
# Generated Secrets say who made them; the disallow-secret-data policy looks for
# managed-by cdk8s, which these must never carry.
GENERATED_LABELS = {"app.kubernetes.io/managed-by": NAME, "app.kubernetes.io/part-of": labels.PART_OF}
SCRIPT = pathlib.Path(__file__).resolve().parent / "incluster" / "generate_secrets.py"


def credentials_secret(provider: str) -> str:
    """The Secret in a client's namespace that holds its account at `provider`."""
    return f"{provider}-credentials"


def account_secret(client: str) -> str:
    """The Secret in the provider's namespace that holds `client`'s account."""
    return f"account-{client}"


def wanted(spec: ServiceSpec, account_clients: Sequence[str]) -> List[Dict[str, Any]]:
    """What the generator of `spec`'s namespace makes: its declared secrets, and one
    account password per client that asked for one (copied into the client's
    namespace)."""
    items: List[Dict[str, Any]] = [
        {"namespace": spec.namespace, "name": secret.name, "keys": list(secret.keys), "labels": GENERATED_LABELS}
        for secret in spec.generated_secrets
    ]
    items += [
        {
            "namespace": spec.namespace,
            "name": account_secret(client),
            "keys": ["password"],
            "labels": GENERATED_LABELS,
            "copies": [{"namespace": client, "name": credentials_secret(spec.name)}],
        }
        for client in sorted(account_clients)
    ]
    return items


# The secrets export (services/secrets_export.py) a generator starts when it made something.
EXPORT_NAMESPACE = EXPORT_CRONJOB = "secrets-export"
EXPORT_JOB = f"{EXPORT_CRONJOB}-after-sync"


def generator(spec: ServiceSpec, items: List[Dict[str, Any]], export: bool = False) -> ServiceSpec:
    """The secret generator of `spec`'s namespace, declared like any workload: a Job
    (an ArgoCD Sync hook before the workloads, wave 0, start) that may create Secrets
    and read or update only the ones it makes. With `export`, it starts the secrets
    export when it creates anything (allow_generator_to_start_export)."""
    names = sorted({item["name"] for item in items})
    return ServiceSpec(
        name=NAME,
        part_of=spec.name,
        description=f"makes {spec.name}'s generated Secrets",
        component="secrets",
        kind=Kind.JOB,
        image=images.PYTHON,
        command=["python3", "/config/generate_secrets.py"],
        config_files=[
            ConfigFile("/config/generate_secrets.py", SCRIPT.read_text(), filled=False),
            ConfigFile("/config/secrets.json", json.dumps(items, indent=2, sort_keys=True), filled=False),
        ],
        env={"EXPORT_CRONJOB": f"{EXPORT_NAMESPACE}/{EXPORT_CRONJOB}"} if export else {},
        # nobody: it needs no file of its own.
        run_as=RunAs(user=65534, group=65534),
        resources=HELPER_RESOURCES,
        run=hook_run(sync_wave=-1),
        api_access=[
            ApiAccess(
                api_groups=[""],
                resources=["secrets"],
                verbs=["create"],
                reason="make the namespace's generated Secrets (create cannot be limited by name)",
            ),
            ApiAccess(
                api_groups=[""],
                resources=["secrets"],
                verbs=["get", "update"],
                resource_names=names,
                reason="fill in missing keys of its own Secrets; never replace a value",
            ),
        ],
    )


def allow_provider_to_write_credentials(scope: Construct, client: ServiceSpec, provider: str) -> None:
    """In the client's namespace: the provider's generator may write the one Secret
    that carries the client's account there."""
    name = f"{provider}-writes-{credentials_secret(provider)}"
    k8s.KubeRole(
        scope,
        f"role-{provider}-credentials",
        metadata=k8s.ObjectMeta(
            name=name,
            namespace=client.namespace,
            annotations={"potatostack.io/reason": f"deliver {client.name}'s account password at {provider}"},
        ),
        rules=[
            # create cannot be limited to a name; get and update can.
            k8s.PolicyRule(api_groups=[""], resources=["secrets"], verbs=["create"]),
            k8s.PolicyRule(
                api_groups=[""],
                resources=["secrets"],
                verbs=["get", "update"],
                resource_names=[credentials_secret(provider)],
            ),
        ],
    )
    k8s.KubeRoleBinding(
        scope,
        f"role-binding-{provider}-credentials",
        metadata=k8s.ObjectMeta(name=name, namespace=client.namespace),
        role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=name),
        subjects=[k8s.Subject(kind="ServiceAccount", name=NAME, namespace=provider)],
    )


def allow_generator_to_start_export(scope: Construct, spec: ServiceSpec) -> None:
    """In the export's namespace: `spec`'s generator may read the export CronJob and
    start its one after-sync Job (replacing a finished one)."""
    name = f"{spec.namespace}-generator-starts-export"
    k8s.KubeRole(
        scope,
        "role-start-secrets-export",
        metadata=k8s.ObjectMeta(
            name=name,
            namespace=EXPORT_NAMESPACE,
            annotations={"potatostack.io/reason": f"export {spec.name}'s Secrets as soon as its generator makes one"},
        ),
        rules=[
            k8s.PolicyRule(
                api_groups=["batch"], resources=["cronjobs"], verbs=["get"], resource_names=[EXPORT_CRONJOB]
            ),
            # create cannot be limited to a name; get and delete can.
            k8s.PolicyRule(api_groups=["batch"], resources=["jobs"], verbs=["create"]),
            k8s.PolicyRule(
                api_groups=["batch"], resources=["jobs"], verbs=["get", "delete"], resource_names=[EXPORT_JOB]
            ),
        ],
    )
    k8s.KubeRoleBinding(
        scope,
        "role-binding-start-secrets-export",
        metadata=k8s.ObjectMeta(name=name, namespace=EXPORT_NAMESPACE),
        role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=name),
        subjects=[k8s.Subject(kind="ServiceAccount", name=NAME, namespace=spec.namespace)],
    )
