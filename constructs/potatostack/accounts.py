"""Accounts a service provisions for its clients: PostgreSQL databases and users.

A client declares `Uses("postgres", "postgres", account=True)`; the postgres chart
then generates that client's password (secrets.py), copies it into the client's
namespace, and runs a Job after PostgreSQL is up that creates the role and the
database (incluster/provision_postgres.sh, safe to re-run).
"""
from __future__ import annotations

import pathlib
from typing import Mapping, Sequence

import cdk8s_plus_27 as kplus
from constructs import Construct

from potatostack import labels, network
from potatostack.jobs import HookJob
from potatostack.service import ServiceSpec
from potatostack.secrets import account_secret

SCRIPT = pathlib.Path(__file__).resolve().parent / "incluster" / "provision_postgres.sh"
NAME = "provision-accounts"


class PostgresAccounts(Construct):
    def __init__(
        self,
        scope: Construct,
        spec: ServiceSpec,
        clients: Sequence[str],
        superuser_secret: str,
        extensions: Mapping[str, Sequence[str]] = {},
    ) -> None:
        super().__init__(scope, NAME)
        namespace = spec.namespace
        env = {
            "CLIENTS": kplus.EnvValue.from_value(" ".join(sorted(clients))),
            "PGHOST": kplus.EnvValue.from_value(spec.name),
            "PGUSER": kplus.EnvValue.from_value("postgres"),
            "PGPASSWORD": _secret(self, superuser_secret),
        }
        for client in sorted(clients):
            variable = client.upper().replace("-", "_")
            env[f"PASSWORD_{variable}"] = _secret(self, account_secret(client))
            if extensions.get(client):
                env[f"EXTENSIONS_{variable}"] = kplus.EnvValue.from_value(" ".join(extensions[client]))
        job = HookJob(
            self,
            name=NAME,
            owner=spec.name,
            namespace=namespace,
            component="accounts",
            # The server's own image: its psql matches the server.
            image=spec.image,
            command=["sh", "/script/provision.sh"],
            files={"provision.sh": SCRIPT.read_text()},
            files_at="/script",
            user=spec.run_as.user,
            # After the StatefulSet (wave 0) is ready.
            sync_wave=1,
            env=env,
        )
        server_port = [network.port(spec.port("postgres").number)]
        network.policy(
            self,
            f"allow-{NAME}-to-{spec.name}",
            namespace,
            job.selector,
            egress=[network.egress_to([network.pods_labelled(labels.selector(spec.name))], server_port)],
        )
        network.policy(
            self,
            f"allow-{NAME}-into-{spec.name}",
            namespace,
            labels.selector(spec.name),
            ingress=[network.ingress_from([network.pods_labelled(job.selector)], server_port)],
        )


def _secret(scope: Construct, name: str) -> kplus.EnvValue:
    return kplus.EnvValue.from_secret_value(
        kplus.SecretValue(secret=kplus.Secret.from_secret_name(scope, f"secret-{name}", name), key="password"),
        optional=False,
    )
