"""SFTPGo: the shared files over SFTP, and in the browser.

Replaces the SFTP server and Filebrowser of Compose's 'unified-fileserver' (sshd on
port 2223 and Filebrowser on 8087, both installed at start). Filebrowser's upstream
was archived in September 2026 with known unfixed flaws, and SFTPGo's web client does
the same job (browse, upload, share links) from the same non-root process that serves
SFTP. Users are SFTPGo's own (its own login, set up in its admin UI); their home is
the `files` folder Samba shares, so both see the same files.
"""

from potatostack import images
from potatostack.service import (
    OWNER,
    Disk,
    GeneratedSecret,
    LanPort,
    Login,
    Port,
    Probe,
    Resources,
    Scratch,
    SecretEnv,
    ServiceSpec,
    Volume,
    WebUI,
)

service = ServiceSpec(
    name="sftpgo",
    description="SFTP and web access to the shared files",
    component="file-share",
    image=images.SFTPGO,
    ports=[Port("sftp", 2022), Port("http", 8080), Port("telemetry", 10000)],
    # Files uploaded belong to the data owner, like those written through Samba.
    run_as=OWNER,
    # No upstream figure; a Go server with a SQLite user database, tens of MiB.
    resources=Resources(cpu="20m", memory="32Mi", memory_limit="96Mi"),
    env={
        "SFTPGO_SFTPD__BINDINGS__0__PORT": "${port:sftp}",
        "SFTPGO_HTTPD__BINDINGS__0__PORT": "${port:http}",
        # /healthz for the kubelet, on every address (the default is loopback only).
        "SFTPGO_TELEMETRY__BIND_PORT": "${port:telemetry}",
        "SFTPGO_TELEMETRY__BIND_ADDRESS": "",
        "SFTPGO_DATA_PROVIDER__CREATE_DEFAULT_ADMIN": "true",
        "SFTPGO_DEFAULT_ADMIN_USERNAME": "admin",
        # New users get a folder of their own in the share; give a user the share's
        # root, /srv/sftpgo/data, as home to see all of it. Backups go to its state.
        "SFTPGO_DATA_PROVIDER__USERS_BASE_DIR": "/srv/sftpgo/data",
        "SFTPGO_DATA_PROVIDER__BACKUPS_PATH": "/var/lib/sftpgo/backups",
    },
    secret_env=[
        SecretEnv(
            "SFTPGO_DEFAULT_ADMIN_PASSWORD",
            "sftpgo-admin",
            "password",
            plain_reason="SFTPGo's create_default_admin takes the password from this variable only (used at first start)",
        )
    ],
    generated_secrets=[GeneratedSecret("sftpgo-admin", ["password"])],
    volumes=[
        # Its users, settings and SSH host keys (stable across restarts).
        Volume("state", Disk.MAIN, "sftpgo", "/var/lib/sftpgo", size="1Gi", sqlite=["sftpgo.db"]),
        Volume("files", Disk.MAIN, "files", "/srv/sftpgo/data", size="10Ti"),
    ],
    scratch=[Scratch("/tmp", size_limit="256Mi")],
    readiness=Probe.http("/healthz", "telemetry", period_seconds=10, timeout_seconds=3),
    liveness=Probe.http("/healthz", "telemetry", period_seconds=30, timeout_seconds=5, failure_threshold=3),
    web=[WebUI(port="http", login=Login.OWN, group="Files", icon="sftpgo.png", subdomain="files")],
    lan=[LanPort("sftp", 2223, "SFTP clients on the LAN, on Compose's port 2223")],
)
