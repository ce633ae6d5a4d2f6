"""Accounts a service provisions for its clients: PostgreSQL databases and users.

A client declares `Uses("postgres", "postgres", account=True)`; the postgres chart
then generates that client's password (secrets.py), copies it into the client's
namespace, and runs a Job after PostgreSQL is up that creates the role and the
database (incluster/provision_postgres.sh, safe to re-run).
"""
from __future__ import annotations

import pathlib
from typing import Sequence

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from potatostack import labels, security
from potatostack.priority import Priority
from potatostack.service import ServiceSpec
from potatostack.secrets import account_secret

SCRIPT = pathlib.Path(__file__).resolve().parent / "incluster" / "provision_postgres.sh"
NAME = "provision-accounts"


class PostgresAccounts(Construct):
    def __init__(self, scope: Construct, spec: ServiceSpec, clients: Sequence[str], superuser_secret: str) -> None:
        super().__init__(scope, NAME)
        namespace = spec.namespace
        pod_labels = {
            labels.NAME: NAME,
            labels.INSTANCE: f"{spec.name}-{NAME}",
            "app.kubernetes.io/component": "accounts",
            "app.kubernetes.io/part-of": labels.PART_OF,
            "app.kubernetes.io/managed-by": labels.MANAGED_BY,
            "app.kubernetes.io/version": spec.image.tag,
        }
        config = kplus.ConfigMap(
            self,
            "script",
            metadata=cdk8s.ApiObjectMetadata(name=NAME, namespace=namespace, labels=pod_labels),
            data={"provision.sh": SCRIPT.read_text()},
        )
        account = kplus.ServiceAccount(
            self,
            "service-account",
            metadata=cdk8s.ApiObjectMetadata(name=NAME, namespace=namespace, labels=pod_labels),
            automount_token=False,
        )
        env = {
            "CLIENTS": kplus.EnvValue.from_value(" ".join(sorted(clients))),
            "PGHOST": kplus.EnvValue.from_value(spec.name),
            "PGUSER": kplus.EnvValue.from_value("postgres"),
            "PGPASSWORD": _secret(self, superuser_secret),
        }
        for client in sorted(clients):
            env[f"PASSWORD_{client.upper().replace('-', '_')}"] = _secret(self, account_secret(client))
        job = kplus.Job(
            self,
            "job",
            metadata=cdk8s.ApiObjectMetadata(
                name=NAME,
                namespace=namespace,
                labels=pod_labels,
                annotations={
                    # After the StatefulSet (wave 0) is ready: ArgoCD waits between waves.
                    "argocd.argoproj.io/hook": "Sync",
                    "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
                    "argocd.argoproj.io/sync-wave": "1",
                },
            ),
            pod_metadata=cdk8s.ApiObjectMetadata(labels=pod_labels),
            select=False,
            service_account=account,
            automount_service_account_token=False,
            backoff_limit=5,
            active_deadline=cdk8s.Duration.minutes(10),
            security_context=kplus.PodSecurityContextProps(ensure_non_root=True, user=999, group=999),
            containers=[
                kplus.ContainerProps(
                    name="provision",
                    # The server's own image: its psql matches the server.
                    image=spec.image.reference,
                    image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
                    command=["sh", "/script/provision.sh"],
                    env_variables=env,
                    resources=kplus.ContainerResources(
                        cpu=kplus.CpuResources(request=kplus.Cpu.millis(10)),
                        memory=kplus.MemoryResources(request=cdk8s.Size.mebibytes(16), limit=cdk8s.Size.mebibytes(64)),
                    ),
                    security_context=kplus.ContainerSecurityContextProps(
                        ensure_non_root=True,
                        privileged=False,
                        read_only_root_filesystem=True,
                        allow_privilege_escalation=False,
                        user=999,
                        group=999,
                    ),
                    volume_mounts=[
                        kplus.VolumeMount(path="/script", volume=kplus.Volume.from_config_map(self, "script-volume", config))
                    ],
                )
            ],
        )
        pod = cdk8s.ApiObject.of(job)
        security.harden(pod, "/spec/template", ["provision"])
        pod.add_json_patch(cdk8s.JsonPatch.add("/spec/template/spec/priorityClassName", Priority.STANDARD.class_name))
        pod.add_json_patch(cdk8s.JsonPatch.add("/spec/template/spec/enableServiceLinks", False))
        port = spec.port("postgres")
        selector = {labels.NAME: NAME, labels.INSTANCE: pod_labels[labels.INSTANCE]}
        k8s.KubeNetworkPolicy(
            self,
            "to-server",
            metadata=k8s.ObjectMeta(name=f"allow-{NAME}-to-{spec.name}", namespace=namespace),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels=selector),
                policy_types=["Egress"],
                egress=[
                    k8s.NetworkPolicyEgressRule(
                        to=[k8s.NetworkPolicyPeer(pod_selector=k8s.LabelSelector(match_labels=labels.selector(spec.name)))],
                        ports=[k8s.NetworkPolicyPort(port=k8s.IntOrString.from_number(port.number), protocol="TCP")],
                    )
                ],
            ),
        )
        k8s.KubeNetworkPolicy(
            self,
            "from-provisioner",
            metadata=k8s.ObjectMeta(name=f"allow-{NAME}-into-{spec.name}", namespace=namespace),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels=labels.selector(spec.name)),
                policy_types=["Ingress"],
                ingress=[
                    k8s.NetworkPolicyIngressRule(
                        from_=[k8s.NetworkPolicyPeer(pod_selector=k8s.LabelSelector(match_labels=selector))],
                        ports=[k8s.NetworkPolicyPort(port=k8s.IntOrString.from_number(port.number), protocol="TCP")],
                    )
                ],
            ),
        )


def _secret(scope: Construct, name: str) -> kplus.EnvValue:
    return kplus.EnvValue.from_secret_value(
        kplus.SecretValue(secret=kplus.Secret.from_secret_name(scope, f"secret-{name}", name), key="password"),
        optional=False,
    )
