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

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from potatostack import images, labels, rbac, security
from potatostack.priority import Priority
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
        pod_labels = {
            labels.NAME: NAME,
            labels.INSTANCE: f"{spec.name}-{NAME}",
            "app.kubernetes.io/component": "secrets",
            "app.kubernetes.io/part-of": labels.PART_OF,
            "app.kubernetes.io/managed-by": labels.MANAGED_BY,
            "app.kubernetes.io/version": images.PYTHON.tag,
        }
        metadata = lambda name: cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels=pod_labels)  # noqa: E731
        account = kplus.ServiceAccount(self, "service-account", metadata=metadata(NAME), automount_token=False)
        role = k8s.KubeRole(
            self,
            "role",
            metadata=k8s.ObjectMeta(name=NAME, namespace=namespace, labels=pod_labels),
            rules=[k8s.PolicyRule(api_groups=[""], resources=["secrets"], verbs=["get", "create", "update"])],
        )
        k8s.KubeRoleBinding(
            self,
            "role-binding",
            metadata=k8s.ObjectMeta(name=NAME, namespace=namespace, labels=pod_labels),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=role.name),
            subjects=[k8s.Subject(kind="ServiceAccount", name=NAME, namespace=namespace)],
        )
        config = kplus.ConfigMap(
            self,
            "config",
            metadata=metadata(NAME),
            data={"generate_secrets.py": SCRIPT.read_text(), "secrets.json": json.dumps(items, indent=2, sort_keys=True)},
        )
        job = kplus.Job(
            self,
            "job",
            metadata=cdk8s.ApiObjectMetadata(
                name=NAME,
                namespace=namespace,
                labels=pod_labels,
                annotations={
                    # Runs on every sync, before the workloads (wave 0) start.
                    "argocd.argoproj.io/hook": "Sync",
                    "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
                    "argocd.argoproj.io/sync-wave": "-1",
                },
            ),
            pod_metadata=cdk8s.ApiObjectMetadata(labels=pod_labels),
            select=False,
            service_account=account,
            automount_service_account_token=True,
            backoff_limit=3,
            active_deadline=cdk8s.Duration.minutes(5),
            security_context=kplus.PodSecurityContextProps(ensure_non_root=True, user=65534, group=65534),
            containers=[
                kplus.ContainerProps(
                    name="generate",
                    image=images.PYTHON.reference,
                    image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
                    command=["python3", "/config/generate_secrets.py"],
                    resources=kplus.ContainerResources(
                        cpu=kplus.CpuResources(request=kplus.Cpu.millis(10)),
                        memory=kplus.MemoryResources(request=cdk8s.Size.mebibytes(32), limit=cdk8s.Size.mebibytes(64)),
                    ),
                    security_context=kplus.ContainerSecurityContextProps(
                        ensure_non_root=True,
                        privileged=False,
                        read_only_root_filesystem=True,
                        allow_privilege_escalation=False,
                        user=65534,
                        group=65534,
                    ),
                    volume_mounts=[
                        kplus.VolumeMount(path="/config", volume=kplus.Volume.from_config_map(self, "config-volume", config))
                    ],
                )
            ],
        )
        pod = cdk8s.ApiObject.of(job)
        security.harden(pod, "/spec/template", ["generate"])
        pod.add_json_patch(cdk8s.JsonPatch.add("/spec/template/spec/priorityClassName", Priority.STANDARD.class_name))
        pod.add_json_patch(cdk8s.JsonPatch.add("/spec/template/spec/enableServiceLinks", False))
        rbac.allow_api(
            self,
            namespace,
            {labels.NAME: NAME, labels.INSTANCE: pod_labels[labels.INSTANCE]},
            f"allow-{NAME}-to-api",
            settings,
        )


def allow_provider_to_write_credentials(scope: Construct, client: ServiceSpec, provider: str) -> None:
    """In the client's namespace: the provider's generator may write the one Secret
    that carries the client's account there."""
    name = f"{provider}-writes-{credentials_secret(provider)}"
    k8s.KubeRole(
        scope,
        f"role-{provider}-credentials",
        metadata=k8s.ObjectMeta(name=name, namespace=client.namespace),
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
