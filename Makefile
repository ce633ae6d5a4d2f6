# PotatoStack on k3s. The two commands of the README:
#   make synth   install everything, then synthesize dist/
#   make test    install everything, then run the whole gate
# Every install step is here, so a fresh clone needs only python3, npm and go.

include toolchain.env

PYTHON  ?= python3
VENV    := .venv
PY      := $(VENV)/bin/python
KYVERNO := .tools/kyverno-$(KYVERNO_VERSION)/kyverno
KOPIA   := .tools/kopia-$(KOPIA_VERSION)/kopia
HELM    := .tools/helm-$(HELM_VERSION)/helm
# The cdk8s CLI and the Node.js 22 that jsii runs on, both from node_modules.
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
export JSII_NODE := $(CURDIR)/node_modules/.bin/node

.PHONY: install synth test bench diff imports lock tools

install: $(VENV)/.installed node_modules/.installed tools

# Reinstalled only when the lock changes.
$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

tools: $(KYVERNO)
tools: $(KOPIA) postgresql
tools: $(HELM)

# Kyverno's go.mod has replace directives, so `go install pkg@version` is refused:
# scripts/build-go-tool downloads the module and builds it in a writable copy.
$(KYVERNO):
	scripts/build-go-tool kyverno $(KYVERNO_MODULE) $(KYVERNO_VERSION) ./cmd/cli/kubectl-kyverno \
	  "-X github.com/kyverno/kyverno/pkg/version.BuildVersion=$(KYVERNO_VERSION)"

# Kopia for the file-backup round trip (tests/test_backups.py), the image's release.
$(KOPIA):
	scripts/build-go-tool kopia $(KOPIA_MODULE) $(KOPIA_VERSION) . \
	  "-X github.com/kopia/kopia/repo.BuildVersion=$(KOPIA_VERSION:v%=%)"

# Helm renders cert-manager's chart from its Go module (scripts/vendor-upstream; the gate
# checks the rendered file is current).
$(HELM):
	scripts/build-go-tool helm $(HELM_MODULE) $(HELM_VERSION) ./cmd/helm \
	  "-X helm.sh/helm/v4/internal/version.version=$(HELM_VERSION)"

# PostgreSQL and sqlite3 from Debian for the database round trip; installed only when missing.
.PHONY: postgresql
postgresql:
	@command -v pg_dump >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v sqlite3 >/dev/null || \
	  { apt-get update && apt-get install -y postgresql sqlite3; }

# main.py itself, not `cdk8s synth` (which runs the same main.py, see cdk8s.yaml): on a
# mistake the CLI prints its own Node.js stack after the one line that says what is wrong.
synth: $(VENV)/.installed node_modules/.installed
	$(PY) main.py

test: install
	$(PY) -m pytest

# What a sync of the working tree would do against the committed dist/ (or REF=<git ref>).
diff: $(VENV)/.installed node_modules/.installed
	$(PY) scripts/diff --against $(or $(REF),HEAD)

# Prints synth time, warm gate time and the cold Kyverno build time (see README).
bench: install
	$(PY) scripts/bench

# Regenerate the typed classes in imports/ from the vendored CRDs (scripts/vendor-crds).
imports: node_modules/.installed
	cdk8s import --no-check-upgrade --language python --output imports

lock: $(VENV)/.installed
	$(PY) -m pip install --quiet pip-tools==7.6.2
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in
