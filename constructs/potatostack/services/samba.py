"""Samba: the shared files as an SMB share for the LAN's computers.

Compose: 'unified-fileserver' (Alpine installing samba, sshd and Filebrowser at start,
the whole main disk at /data), port 445 and 139. Here Samba comes from an image made
for it, on port 445 only (no NetBIOS), and shares the `files` folder of the main disk
rather than the whole disk: the disk also holds the databases, the password vault and
the keys, which no file share should expose. One user, the owner of the shared data,
whose password is generated in the cluster (docs/operations.md, Secrets).
"""

from potatostack import images
from potatostack.service import (
    OWNER,
    ConfigFile,
    Disk,
    GeneratedSecret,
    LanPort,
    Port,
    Probe,
    Resources,
    Scratch,
    SecretMount,
    ServiceSpec,
    Volume,
)

# The image's format: users, then shares (crazy-max/docker-samba's config.yml).
_CONFIG = """\
auth:
  - user: owner
    group: owner
    uid: ${owner_uid}
    gid: ${owner_gid}
    password_file: /secrets/samba/password
share:
  - name: files
    path: /samba/files
    browsable: yes
    readonly: no
    guestok: no
    validusers: owner
    writelist: owner
"""

service = ServiceSpec(
    name="samba",
    description="SMB file share on the LAN",
    component="file-share",
    image=images.SAMBA,
    ports=[Port("smb", 445)],
    # The pod's default user and the volume's group: the data owner.
    run_as=OWNER,
    root_reason="smbd runs as root and switches to each logged-in user; its entrypoint creates those users",
    added_capabilities={
        "SETUID": "smbd switches to the logged-in user",
        "SETGID": "smbd switches to the logged-in user's group",
        "CHOWN": "the entrypoint and smbd hand files to the user",
        "DAC_OVERRIDE": "smbd reads its own state and the share root as root",
    },
    writable_root_reason="the entrypoint writes /etc/samba/smb.conf, /etc/passwd and /etc/localtime at start",
    # No upstream figure; smbd with a handful of clients stays in tens of MiB.
    # Its writable root and logs on the system disk: a bound, not a measurement (the
    # kubelet keeps up to 5 x 10Mi of logs by default, plus the files named above;
    # cdk8s-plus writes ephemeral storage in whole GiB).
    resources=Resources(cpu="20m", memory="32Mi", memory_limit="96Mi", ephemeral_storage="1Gi"),
    env={"CONFIG_FILE": "/config/config.yml", "SAMBA_LOG_LEVEL": "0", "SAMBA_SERVER_STRING": "PotatoStack"},
    config_files=[ConfigFile("/config/config.yml", _CONFIG)],
    generated_secrets=[GeneratedSecret("samba-owner", ["password"])],
    secret_mounts=[SecretMount("samba-owner", "/secrets/samba")],
    volumes=[Volume("files", Disk.MAIN, "files", "/samba/files", size="10Ti")],
    # Samba's own state (the password database is rebuilt from the config each start).
    scratch=[Scratch("/data", size_limit="64Mi")],
    readiness=Probe.tcp("smb", period_seconds=10, timeout_seconds=3),
    liveness=Probe.tcp("smb", period_seconds=30, timeout_seconds=5, failure_threshold=3),
    lan=[LanPort("smb", 445, "Windows, macOS and Linux file sharing from the LAN's computers")],
)
