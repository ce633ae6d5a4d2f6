"""The in-cluster secret generator, run for real against a fake Kubernetes API on loopback."""

import base64
import http.server
import json
import os
import re
import subprocess
import sys
import threading

import pytest
import toolchain

SCRIPT = toolchain.ROOT / "constructs" / "potatostack" / "incluster" / "generate_secrets.py"
SECRET = re.compile(r"^/api/v1/namespaces/([^/]+)/secrets(?:/([^/]+))?$")
NAMESPACE = re.compile(r"^/api/v1/namespaces/([^/]+)$")


class FakeApi(http.server.BaseHTTPRequestHandler):
    store = {}
    tokens = []

    def _answer(self, code, body=None):
        payload = json.dumps(body or {}).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _route(self):
        self.tokens.append(self.headers.get("Authorization"))
        match = SECRET.match(self.path)
        if not match:
            self._answer(400)
        return match

    def do_GET(self):
        if NAMESPACE.match(self.path):
            # Every namespace exists here (the import creates missing ones).
            return self._answer(200, {"metadata": {"name": NAMESPACE.match(self.path).group(1)}})
        match = self._route()
        if match:
            found = self.store.get((match.group(1), match.group(2)))
            self._answer(200, found) if found else self._answer(404, {"reason": "NotFound"})

    def do_POST(self):
        match = self._route()
        if match:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            key = (match.group(1), body["metadata"]["name"])
            if key in self.store:
                return self._answer(409)
            self.store[key] = body
            self._answer(201, body)

    def do_PUT(self):
        match = self._route()
        if match:
            self.store[(match.group(1), match.group(2))] = json.loads(
                self.rfile.read(int(self.headers["Content-Length"]))
            )
            self._answer(200)

    def log_message(self, *args):
        pass


@pytest.fixture
def api(tmp_path):
    FakeApi.store, FakeApi.tokens = {}, []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FakeApi)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    (tmp_path / "token").write_text("test-token\n")
    yield server
    server.shutdown()


def run(api, tmp_path, config):
    (tmp_path / "secrets.json").write_text(json.dumps(config))
    env = {
        **os.environ,
        "KUBERNETES_API": f"http://127.0.0.1:{api.server_address[1]}",
        "SERVICEACCOUNT_DIR": str(tmp_path),
        "SECRETS_CONFIG": str(tmp_path / "secrets.json"),
    }
    result = subprocess.run([sys.executable, str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def value(namespace, name, key):
    return base64.b64decode(FakeApi.store[(namespace, name)]["data"][key]).decode()


CONFIG = [
    {
        "namespace": "postgres",
        "name": "database-gitea",
        "keys": ["password"],
        "labels": {"app.kubernetes.io/managed-by": "potatostack-secret-generator"},
        "copies": [{"namespace": "gitea", "name": "postgres-credentials"}],
    }
]


def test_first_run_creates_a_random_value_and_its_copy(api, tmp_path):
    output = run(api, tmp_path, CONFIG)
    password = value("postgres", "database-gitea", "password")
    assert len(password) == 32 and re.fullmatch(r"[A-Za-z0-9_-]+", password)
    assert value("gitea", "postgres-credentials", "password") == password
    assert "created postgres/database-gitea" in output and "copied to gitea/postgres-credentials" in output
    assert set(FakeApi.tokens) == {"Bearer test-token"}


def test_a_second_run_keeps_every_value(api, tmp_path):
    run(api, tmp_path, CONFIG)
    before = repr(sorted(FakeApi.store.items()))
    output = run(api, tmp_path, CONFIG)
    assert repr(sorted(FakeApi.store.items())) == before
    assert "kept postgres/database-gitea" in output


def test_a_new_key_is_added_and_the_old_ones_kept(api, tmp_path):
    run(api, tmp_path, CONFIG)
    password = value("postgres", "database-gitea", "password")
    run(api, tmp_path, [{**CONFIG[0], "keys": ["password", "secret-key"]}])
    assert value("postgres", "database-gitea", "password") == password
    assert len(value("postgres", "database-gitea", "secret-key")) == 32
    assert value("gitea", "postgres-credentials", "secret-key") == value("postgres", "database-gitea", "secret-key")


def test_a_copy_that_drifted_is_set_back_to_the_original(api, tmp_path):
    run(api, tmp_path, CONFIG)
    FakeApi.store[("gitea", "postgres-credentials")]["data"]["password"] = base64.b64encode(b"tampered").decode()
    output = run(api, tmp_path, CONFIG)
    assert value("gitea", "postgres-credentials", "password") == value("postgres", "database-gitea", "password")
    assert "updated the copy gitea/postgres-credentials" in output
