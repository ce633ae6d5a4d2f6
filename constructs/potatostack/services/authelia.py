"""Authelia: single sign-on and two-factor login in front of the web UIs.

Compose: authelia/authelia, port 9091, config folder, 64m reserved / 128m limit;
sessions in Redis. On k3s its configuration is a ConfigMap, its secrets are generated
in the cluster and read from files, its storage is a PostgreSQL database of its own,
and Traefik asks it about every request to a UI declared with Login.AUTHELIA.

The owner provides the users: a Secret `authelia-users` in the `authelia` namespace
with the key `users_database.yml` (docs/operations.md, Secrets).
"""

from potatostack import images
from potatostack.priority import Priority
from potatostack.service import (
    ConfigFile,
    ForwardAuth,
    GeneratedSecret,
    Login,
    Port,
    Probe,
    Resources,
    RunAs,
    Scratch,
    SecretMount,
    ServiceSpec,
    Uses,
    WebUI,
)

_CONFIGURATION = """\
# Authelia for PotatoStack (generated from constructs/potatostack/services/authelia.py).
# Secrets are read from files named by the AUTHELIA_*_FILE variables.
theme: auto
server:
  address: tcp://:${port:http}/
  # It would write /app/.healthcheck.env, and the root filesystem is read-only.
  disable_healthcheck: true
log:
  level: info
totp:
  issuer: ${domain}
authentication_backend:
  # The users file is a read-only Secret: passwords change there, not in the portal.
  password_reset:
    disable: true
  file:
    path: /users/users_database.yml
    password:
      algorithm: argon2
      argon2:
        variant: argon2id
        iterations: 3
        # 64 MiB per login being hashed: the memory limit leaves room for two at once.
        memory: 65536
        parallelism: 2
        key_length: 32
        salt_length: 16
access_control:
  default_policy: deny
  rules:
    - domain: "*.${domain}"
      policy: two_factor
session:
  cookies:
    - domain: ${domain}
      authelia_url: ${url}
  redis:
    host: ${address:redis}
    port: 6379
storage:
  postgres:
    address: tcp://${endpoint:postgres/postgres}
    database: authelia
    username: authelia
notifier:
  # No mail server in the stack: one-time registration links land in this file
  # (kubectl -n authelia exec deploy/authelia -- cat /notifications/notification.txt).
  filesystem:
    filename: /notifications/notification.txt
"""

service = ServiceSpec(
    name="authelia",
    description="Single sign-on and two-factor login",
    component="auth",
    image=images.AUTHELIA,
    ports=[Port("http", 9091)],
    # Any uid works once nothing needs chown; the image would start as root otherwise.
    run_as=RunAs(user=1000, group=1000),
    # 20-50 MiB idle; each login hashes with argon2 at 64 MiB.
    resources=Resources(cpu="50m", memory="48Mi", memory_limit="192Mi"),
    uses=[Uses("postgres", "postgres", account=True), Uses("redis", "redis")],
    env={
        "X_AUTHELIA_CONFIG": "/config/configuration.yml",
        "AUTHELIA_IDENTITY_VALIDATION_RESET_PASSWORD_JWT_SECRET_FILE": "/secrets/authelia/jwt-secret",
        "AUTHELIA_SESSION_SECRET_FILE": "/secrets/authelia/session-secret",
        "AUTHELIA_STORAGE_ENCRYPTION_KEY_FILE": "/secrets/authelia/storage-encryption-key",
        "AUTHELIA_STORAGE_POSTGRES_PASSWORD_FILE": "/secrets/postgres/password",
    },
    config_files=[ConfigFile("/config/configuration.yml", _CONFIGURATION)],
    generated_secrets=[GeneratedSecret("authelia-secrets", ["jwt-secret", "session-secret", "storage-encryption-key"])],
    secret_mounts=[
        SecretMount("authelia-secrets", "/secrets/authelia"),
        SecretMount("postgres-credentials", "/secrets/postgres"),
        # Provided by the owner (README): the accounts and their argon2 hashes.
        SecretMount("authelia-users", "/users"),
    ],
    scratch=[Scratch("/notifications", size_limit="1Mi"), Scratch("/tmp", size_limit="16Mi")],
    readiness=Probe.http("/api/health", "http", period_seconds=10, timeout_seconds=5),
    liveness=Probe.http("/api/health", "http", period_seconds=30, timeout_seconds=5, failure_threshold=5),
    # It checks PostgreSQL and Redis at start; give a slow board two minutes.
    startup=Probe.http("/api/health", "http", period_seconds=5, timeout_seconds=5, failure_threshold=24),
    # The portal is the login page itself.
    web=[WebUI(port="http", login=Login.OWN, group="Security", icon="authelia.png", subdomain="auth")],
    forward_auth=ForwardAuth(
        port="http",
        path="/api/authz/forward-auth",
        response_headers=["Remote-User", "Remote-Groups", "Remote-Email", "Remote-Name"],
    ),
    # Without it no protected UI opens.
    priority=Priority.CRITICAL,
    optional=(
        "SSO needs PostgreSQL and Redis besides itself, more than the 2 GB node has left next "
        "to the platform (dist/BUDGET.md); the UIs it keeps have their own logins"
    ),
)
