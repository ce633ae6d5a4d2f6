"""Accounts a service provisions for its clients: PostgreSQL databases and users.

A client declares `Uses("postgres", "postgres", account=True)`; the postgres chart
then generates that client's password (secrets.py), copies it into the client's
namespace, and runs a Job after PostgreSQL is up that creates the role and the
database (incluster/provision_postgres.sh, safe to re-run). The Job is declared like
any workload (`provisioner`).
"""

from __future__ import annotations

import pathlib
from typing import Mapping, Sequence

from constructs import Construct
from potatostack import network
from potatostack.secrets import HELPER_RESOURCES, account_secret, hook_run
from potatostack.service import ConfigFile, Kind, SecretMount, ServiceSpec

SCRIPT = pathlib.Path(__file__).resolve().parent / "incluster" / "provision_postgres.sh"
NAME = "provision-accounts"


def provisioner(
    spec: ServiceSpec, clients: Sequence[str], superuser_secret: str, extensions: Mapping[str, Sequence[str]]
) -> ServiceSpec:
    """The Job that creates each client's role and database on `spec`'s server."""
    # The passwords are read from the mounted Secrets, never from the environment.
    env = {
        "CLIENTS": " ".join(sorted(clients)),
        "PGHOST": spec.name,
        "PGUSER": "postgres",
        "PGPASSWORD_FILE": f"/secrets/{superuser_secret}/password",
    }
    secret_mounts = [SecretMount(superuser_secret, f"/secrets/{superuser_secret}")]
    for client in sorted(clients):
        variable = client.upper().replace("-", "_")
        secret_mounts.append(SecretMount(account_secret(client), f"/secrets/{account_secret(client)}"))
        env[f"PASSWORD_{variable}_FILE"] = f"/secrets/{account_secret(client)}/password"
        if extensions.get(client):
            env[f"EXTENSIONS_{variable}"] = " ".join(extensions[client])
    return ServiceSpec(
        name=NAME,
        part_of=spec.name,
        description=f"creates the accounts {spec.name}'s clients asked for",
        component="accounts",
        kind=Kind.JOB,
        # The server's own image: its psql matches the server.
        image=spec.image,
        command=["sh", "/script/provision.sh"],
        config_files=[ConfigFile("/script/provision.sh", SCRIPT.read_text(), filled=False)],
        run_as=spec.run_as,
        resources=HELPER_RESOURCES,
        # After the StatefulSet (wave 0) is ready.
        run=hook_run(sync_wave=1),
        env=env,
        secret_mounts=secret_mounts,
    )


def allow_provisioner(scope: Construct, spec: ServiceSpec, job: ServiceSpec) -> None:
    """A helper Job (the provisioner, the dump) reaches the server's port, and the
    server lets it in."""
    server_port = [network.port(spec.port("postgres").number)]
    network.policy(
        scope,
        f"allow-{job.name}-to-{spec.name}",
        spec.namespace,
        job.selector,
        egress=[network.egress_to([network.pods_labelled(spec.selector)], server_port)],
    )
    network.policy(
        scope,
        f"allow-{job.name}-into-{spec.name}",
        spec.namespace,
        spec.selector,
        ingress=[network.ingress_from([network.pods_labelled(job.selector)], server_port)],
    )
