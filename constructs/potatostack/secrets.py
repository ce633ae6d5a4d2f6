"""Random credentials made in the cluster, never in git.

A namespace whose services declare GeneratedSecrets, or that provisions accounts for
its clients, gets one SecretGenerator: a Job (an ArgoCD sync hook, so it runs on
every sync) that runs incluster/generate_secrets.py with the Python standard library
and creates what is missing. It never replaces a value. An account's password is
generated in the provider's namespace and copied to the client's, which lets the
provider's generator write that one Secret (a Role in the client's chart).
"""
from __future__ import annotations

import json
import pathlib
from typing import List, Sequence

from cdk8s_plus_27 import k8s
from constructs import Construct

from potatostack import images, labels, rbac
from potatostack.jobs import HookJob
from potatostack.service import ServiceSpec
from potatostack.settings import Settings

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


def wanted(spec: ServiceSpec, account_clients: Sequence[str]) -> List[dict]:
    """What the generator of `spec`'s namespace makes: its declared secrets, and one
    account password per client that asked for one (copied into the client's
    namespace)."""
    items = [
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


class SecretGenerator(Construct):
    def __init__(self, scope: Construct, spec: ServiceSpec, items: List[dict], settings: Settings) -> None:
        super().__init__(scope, NAME)
        namespace = spec.namespace
        job = HookJob(
            self,
            name=NAME,
            owner=spec.name,
            namespace=namespace,
            component="secrets",
            image=images.PYTHON,
            command=["python3", "/config/generate_secrets.py"],
            files={"generate_secrets.py": SCRIPT.read_text(), "secrets.json": json.dumps(items, indent=2, sort_keys=True)},
            files_at="/config",
            user=65534,
            # Before the workloads (wave 0) start.
            sync_wave=-1,
            api_token=True,
        )
        k8s.KubeRole(
            self,
            "role",
            metadata=k8s.ObjectMeta(
                name=NAME,
                namespace=namespace,
                labels=job.pod_labels,
                annotations={
                    "potatostack.io/reason": "make the namespace's generated Secrets; never replace a value",
                    **job.dependency_annotations,
                },
            ),
            rules=[k8s.PolicyRule(api_groups=[""], resources=["secrets"], verbs=["get", "create", "update"])],
        )
        k8s.KubeRoleBinding(
            self,
            "role-binding",
            metadata=k8s.ObjectMeta(
                name=NAME, namespace=namespace, labels=job.pod_labels, annotations=job.dependency_annotations
            ),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=NAME),
            subjects=[k8s.Subject(kind="ServiceAccount", name=NAME, namespace=namespace)],
        )
        rbac.allow_api(self, namespace, job.selector, f"allow-{NAME}-to-api", settings)


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
                api_groups=[""], resources=["secrets"], verbs=["get", "update"], resource_names=[credentials_secret(provider)]
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
