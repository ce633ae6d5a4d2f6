"""Redis: the shared cache (Gitea, Immich, Seafile, Authelia sessions).

Compose: redis:7-alpine, port 6379, 48m reserved / 64m limit. A cache, so nothing is
persisted: a restart costs a few logins, not data. Only the services that declare
they use it can reach it (NetworkPolicy), which is its access control.
"""

from potatostack import images
from potatostack.priority import Priority
from potatostack.service import Port, Probe, Resources, RunAs, Scratch, ServiceSpec

_PING = ("redis-cli", "-h", "127.0.0.1", "ping")

service = ServiceSpec(
    name="redis",
    description="Shared in-memory cache",
    component="cache",
    image=images.REDIS,
    ports=[Port("redis", 6379)],
    # The image's redis user; started as it, the entrypoint skips its chown and gosu.
    run_as=RunAs(user=999, group=1000),
    # About 3-10 MiB in use for a few apps' sessions and queues; maxmemory stays under
    # the limit so Redis evicts keys before the kernel kills it.
    resources=Resources(cpu="20m", memory="16Mi", memory_limit="64Mi"),
    args=[
        "redis-server",
        "--maxmemory",
        "48mb",
        "--maxmemory-policy",
        "allkeys-lru",
        # Pure cache: no snapshots, no append-only file.
        "--save",
        "",
        "--appendonly",
        "no",
    ],
    scratch=[Scratch("/data", size_limit="16Mi")],
    readiness=Probe.run(*_PING, period_seconds=10, timeout_seconds=3),
    liveness=Probe.tcp("redis", period_seconds=20, timeout_seconds=3, failure_threshold=3),
    # Authelia keeps its sessions here: losing Redis logs everybody out.
    priority=Priority.CRITICAL,
    optional=(
        "the cache of Gitea, Authelia, Immich and Seafile, none of which fits the 2 GB node "
        "next to the platform (dist/BUDGET.md)"
    ),
)
