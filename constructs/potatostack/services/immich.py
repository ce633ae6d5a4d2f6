"""Immich: the photo and video library.

Compose: immich-server (256m/512m) and immich-microservices (192m/384m), photos in
seconddrive/immich/{upload,library}. Since Immich 1.106 one server process runs the
API and the background jobs, so one workload replaces both. Machine learning (smart
search, faces) is off: its models alone outgrow the 2 GB node. The media keep their
Compose paths inside the container, because Immich stores absolute paths in its
database.
"""
import json

from potatostack import images
from potatostack.priority import Priority
from potatostack.service import (
    OWNER, ConfigFile, Disk, Login, Port, Probe, Resources, Scratch, SecretEnv, ServiceSpec, Uses, Volume, WebUI,
)

_MEDIA = "/usr/src/app/upload"

# Immich's config file: what the admin UI would otherwise store in the database.
# One job at a time: thumbnails and transcodes of a big import must not take the node.
_CONFIG = json.dumps(
    {
        "machineLearning": {"enabled": False},
        "job": {
            name: {"concurrency": 1}
            for name in (
                "backgroundTask", "smartSearch", "metadataExtraction", "faceDetection", "search",
                "sidecar", "library", "migration", "thumbnailGeneration", "videoConversion", "notifications",
            )
        },
        "ffmpeg": {"threads": 1, "preset": "veryfast"},
        "newVersionCheck": {"enabled": False},
    },
    indent=2,
    sort_keys=True,
) + "\n"

service = ServiceSpec(
    name="immich",
    description="Photo and video library",
    component="photos",
    image=images.IMMICH_SERVER,
    ports=[Port("http", 2283)],
    # The owner's photos; Immich's rootless setup runs it as an ordinary uid.
    run_as=OWNER,
    # ~450 MiB reported idle with an empty library; imports and transcodes spike.
    resources=Resources(cpu="100m", memory="384Mi", memory_limit="1Gi"),
    env={
        "IMMICH_PORT": "${port:http}",
        "IMMICH_MEDIA_LOCATION": _MEDIA,
        "IMMICH_CONFIG_FILE": "/config/immich.json",
        "DB_HOSTNAME": "${address:postgres}",
        "DB_USERNAME": "immich",
        "DB_DATABASE_NAME": "immich",
        "DB_VECTOR_EXTENSION": "vectorchord",
        "REDIS_HOSTNAME": "${address:redis}",
    },
    secret_env=[SecretEnv("DB_PASSWORD", secret="postgres-credentials", key="password")],
    config_files=[ConfigFile("/config/immich.json", _CONFIG)],
    volumes=[
        Volume("upload", Disk.MAIN, "immich/upload", _MEDIA, size="2Ti"),
        Volume("library", Disk.MAIN, "immich/library", f"{_MEDIA}/library", size="4Ti"),
    ],
    scratch=[Scratch("/tmp", size_limit="512Mi")],
    # Immich's account is no superuser but owns its database: the provisioner creates
    # the untrusted extensions (its start-up creates only those that are missing).
    uses=[
        Uses("postgres", "postgres", account=True, extensions=("vchord", "earthdistance")),
        Uses("redis", "redis"),
    ],
    readiness=Probe.http("/api/server/ping", "http", period_seconds=10, timeout_seconds=5),
    liveness=Probe.http("/api/server/ping", "http", period_seconds=30, timeout_seconds=5, failure_threshold=3),
    # Database migrations on an upgrade run before it answers: up to 10 minutes.
    startup=Probe.http("/api/server/ping", "http", period_seconds=10, timeout_seconds=5, failure_threshold=60),
    # The mobile apps log in to Immich itself and would not pass an SSO redirect.
    web=[WebUI(port="http", login=Login.OWN, group="Media", icon="immich.png", subdomain="photos")],
    optional="photos: Immich wants 4 GB without machine learning, the largest single piece",
    # Its background jobs (thumbnails, transcodes) are the photo processing that may
    # be evicted first.
    priority=Priority.BEST_EFFORT,
)
