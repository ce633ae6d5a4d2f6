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
# The cluster's Kubernetes version, from the one place it is pinned.
KUBERNETES_VERSION := $(shell sed -n 's/^K3S_VERSION = "\(v[0-9.]*\)+.*/\1/p' constructs/potatostack/platform.py)
KUBERNETES := .tools/kubernetes-$(KUBERNETES_VERSION)
KUBERNETES_COMMANDS := control-plane kubectl
KINE    := .tools/kine-$(KINE_VERSION)/kine
KWOK    := .tools/kwok-$(KWOK_VERSION)/kwok
PROMTOOL := .tools/promtool-$(PROMTOOL_VERSION)/promtool
AMTOOL  := .tools/amtool-$(AMTOOL_VERSION)/amtool
VICTORIA_METRICS := .tools/victoria-metrics-$(VICTORIA_METRICS_VERSION)/victoria-metrics
VMALERT := .tools/vmalert-$(VICTORIA_METRICS_VERSION)/vmalert
# Built only for `make bench` (scripts/bench_observability.py, bench_cluster.py --coredns), not for the gate.
PROMETHEUS := .tools/prometheus-$(PROMETHEUS_VERSION)/prometheus
ALERTMANAGER := .tools/alertmanager-$(AMTOOL_VERSION)/alertmanager
NODE_EXPORTER := .tools/node_exporter-$(NODE_EXPORTER_VERSION)/node_exporter
COREDNS := .tools/coredns-$(COREDNS_VERSION)/coredns
VICTORIA_LOGS := .tools/victoria-logs-$(VICTORIA_LOGS_VERSION)/victoria-logs
HELM    := .tools/helm-$(HELM_VERSION)/helm
ARGOCD  := .tools/argocd-$(ARGOCD_VERSION)/argocd
# The cdk8s CLI and the Node.js 22 that jsii runs on, both from node_modules.
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
export JSII_NODE := $(CURDIR)/node_modules/.bin/node

.PHONY: install synth test check bench diff imports lock tools bench-tools

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
tools: $(addprefix $(KUBERNETES)/,$(KUBERNETES_COMMANDS)) $(KINE) $(KWOK)
tools: $(PROMTOOL) $(AMTOOL) $(VICTORIA_METRICS) $(VMALERT)
tools: $(VICTORIA_LOGS)
bench-tools: $(PROMETHEUS) $(ALERTMANAGER) $(NODE_EXPORTER) $(COREDNS)
tools: $(HELM)
tools: $(ARGOCD)

# Kyverno's go.mod has replace directives, so `go install pkg@version` is refused:
# scripts/build-go-tool downloads the module and builds it in a writable copy.
$(KYVERNO):
	scripts/build-go-tool kyverno $(KYVERNO_MODULE) $(KYVERNO_VERSION) ./cmd/cli/kubectl-kyverno \
	  "-X github.com/kyverno/kyverno/pkg/version.BuildVersion=$(KYVERNO_VERSION)"

# Kopia for the file-backup round trip (tests/test_backups.py), the image's release.
$(KOPIA):
	scripts/build-go-tool kopia $(KOPIA_MODULE) $(KOPIA_VERSION) . \
	  "-X github.com/kopia/kopia/repo.BuildVersion=$(KOPIA_VERSION:v%=%)"

# The box's control plane: one wrapper module and build cache for both. kubectl first
# (it writes the wrapper); ours again whenever its source changes.
$(KUBERNETES)/kubectl:
	scripts/build-kubernetes $(KUBERNETES_VERSION) kubectl
$(KUBERNETES)/control-plane: scripts/control-plane/main.go | $(KUBERNETES)/kubectl
	rm -f $@
	scripts/build-kubernetes $(KUBERNETES_VERSION) control-plane

# kine with cgo SQLite, the build tags and C flags of kine's own scripts/build.
$(KINE):
	CGO_ENABLED=1 GO_BUILD_TAGS=sqlite_unlock_notify,sqlite_vtable,sqlite_stat4,sqlite_preupdate_hook,sqlite_math_functions,sqlite_dbstat,sqlite_column_metadata \
	CGO_CFLAGS="-DSQLITE_DEFAULT_MEMSTATUS=0 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_STAT4 -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_THREADSAFE=1" \
	  scripts/build-go-tool kine $(KINE_MODULE) $(KINE_VERSION) . "-X github.com/k3s-io/kine/pkg/version.Version=$(KINE_VERSION)"

# kwok and its own stage files (passed to it explicitly: it will not start without).
$(KWOK):
	MODULE_FILES=kustomize/stage:stages scripts/build-go-tool kwok $(KWOK_MODULE) $(KWOK_VERSION) ./cmd/kwok

# From Debian, installed only when missing: PostgreSQL and sqlite3 for the database
# round trip, openssl for the box's certificates.
# The observability checks (tests/test_observability.py, tests/test_alerts.py). The
# version ldflags make `--version` say the release, as the images' binaries do.
PROM_VERSION_FLAG := -X github.com/prometheus/common/version.Version
VM_VERSION_FLAG := -X github.com/VictoriaMetrics/VictoriaMetrics/lib/buildinfo.Version
$(PROMTOOL):
	scripts/build-go-tool promtool $(PROMTOOL_MODULE) $(PROMTOOL_VERSION) ./cmd/promtool \
	  "$(PROM_VERSION_FLAG)=$(PROMTOOL_VERSION:v0.3%=3.%)"
$(AMTOOL):
	scripts/build-go-tool amtool $(AMTOOL_MODULE) $(AMTOOL_VERSION) ./cmd/amtool "$(PROM_VERSION_FLAG)=$(AMTOOL_VERSION:v%=%)"
$(VICTORIA_METRICS):
	scripts/build-go-tool victoria-metrics $(VICTORIA_METRICS_MODULE) $(VICTORIA_METRICS_VERSION) ./app/victoria-metrics \
	  "$(VM_VERSION_FLAG)=victoria-metrics-$(VICTORIA_METRICS_VERSION)"
$(VMALERT):
	scripts/build-go-tool vmalert $(VICTORIA_METRICS_MODULE) $(VICTORIA_METRICS_VERSION) ./app/vmalert \
	  "$(VM_VERSION_FLAG)=vmalert-$(VICTORIA_METRICS_VERSION)"
$(PROMETHEUS):
	scripts/build-go-tool prometheus $(PROMETHEUS_MODULE) $(PROMETHEUS_VERSION) ./cmd/prometheus \
	  "$(PROM_VERSION_FLAG)=$(PROMETHEUS_VERSION:v0.3%=3.%)"
# Only to measure its memory: the module zip lacks the compiled web UI it embeds, so an
# empty page stands in (the UI is static files; it changes the binary, not the heap).
$(ALERTMANAGER):
	BUILD_GO_TOOL_PREPARE='mkdir -p ui/app/dist && echo "UI not built" > ui/app/dist/index.html' \
	  scripts/build-go-tool alertmanager $(AMTOOL_MODULE) $(AMTOOL_VERSION) ./cmd/alertmanager "$(PROM_VERSION_FLAG)=$(AMTOOL_VERSION:v%=%)"
# The log store: the gate sends it the shipper's records (tests/test_logs.py) and the
# benchmark measures it (scripts/bench_logs.py). Its module imports VictoriaMetrics' lib/buildinfo.
$(VICTORIA_LOGS):
	scripts/build-go-tool victoria-logs $(VICTORIA_LOGS_MODULE) $(VICTORIA_LOGS_VERSION) ./app/victoria-logs \
	  "$(VM_VERSION_FLAG)=victoria-logs-$(VICTORIA_LOGS_VERSION)"
$(NODE_EXPORTER):
	scripts/build-go-tool node_exporter $(NODE_EXPORTER_MODULE) $(NODE_EXPORTER_VERSION) . "$(PROM_VERSION_FLAG)=$(NODE_EXPORTER_VERSION:v%=%)"
$(COREDNS):
	scripts/build-go-tool coredns $(COREDNS_MODULE) $(COREDNS_VERSION) .
# Helm renders cert-manager's chart from its Go module (scripts/vendor-upstream; the gate
# checks the rendered file is current).
$(HELM):
	scripts/build-go-tool helm $(HELM_MODULE) $(HELM_VERSION) ./cmd/helm \
	  "-X helm.sh/helm/v4/internal/version.version=$(HELM_VERSION)"

# Argo CD for the sync test: its go.mod points gitops-engine at a folder the module zip
# leaves out, so the copy uses the proxy's gitops-engine module of the same release
# instead. bin/ holds the commands the repo server runs from PATH for every Git source
# (the images put them in /usr/local/bin) and the component names of the multi-call
# binary (it dispatches on the name it was started by).
ARGOCD_COMPONENTS := argocd-application-controller argocd-repo-server
$(ARGOCD):
	GOTOOLCHAIN=$(ARGOCD_GO) MODULE_FILES=bin:bin \
	BUILD_GO_TOOL_PREPARE='go mod edit -dropreplace=github.com/argoproj/argo-cd/gitops-engine/v3 \
	  && go mod download github.com/argoproj/argo-cd/gitops-engine/v3 \
	  && mkdir bin && cp hack/git-verify-wrapper.sh hack/gpg-wrapper.sh bin/ && chmod +x bin/*.sh \
	  && for name in $(ARGOCD_COMPONENTS); do ln -s ../argocd bin/$$name; done' \
	  scripts/build-go-tool argocd $(ARGOCD_MODULE) $(ARGOCD_VERSION) ./cmd \
	  "-X github.com/argoproj/argo-cd/v3/common.version=$(ARGOCD_VERSION:v%=%) -X github.com/argoproj/argo-cd/v3/common.buildDate=1970-01-01T00:00:00Z"

# From Debian, installed only when missing: PostgreSQL, MariaDB and sqlite3 for the database
# round trips, openssl for the box's certificates, redis-server for Argo CD's cache in the
# sync test, Graphviz for the network picture (scripts/draw-network).
.PHONY: postgresql
postgresql:
	@command -v pg_dump >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v sqlite3 >/dev/null && command -v openssl >/dev/null \
	  && command -v mariadbd >/dev/null && command -v mariadb-dump >/dev/null && command -v redis-server >/dev/null \
	  && command -v dot >/dev/null || \
	  { apt-get update && apt-get install -y postgresql sqlite3 openssl mariadb-server mariadb-client redis-server graphviz; }

# main.py itself, not `cdk8s synth` (which runs the same main.py, see cdk8s.yaml): on a
# mistake the CLI prints its own Node.js stack after the one line that says what is wrong.
synth: $(VENV)/.installed node_modules/.installed
	$(PY) main.py

test: install
	$(PY) -m pytest

# The quick loop: synth, snapshots, schemas, budget, unit tests; nothing `make tools`
# builds (no Kyverno, Kopia, PostgreSQL or box). `make test` is still the gate.
check: $(VENV)/.installed node_modules/.installed
	POTATOSTACK_QUICK=1 $(PY) -m pytest -m "not tools" -q

# What a sync of the working tree would do against the committed dist/ (or REF=<git ref>).
diff: $(VENV)/.installed node_modules/.installed
	$(PY) scripts/diff --against $(or $(REF),HEAD)

# Prints synth time, warm gate time and the cold Kyverno build time (see README).
bench: install bench-tools
	$(PY) scripts/bench

# Regenerate the typed classes in imports/ from the vendored CRDs (scripts/vendor-crds).
imports: node_modules/.installed
	cdk8s import --no-check-upgrade --language python --output imports

lock: $(VENV)/.installed
	$(PY) -m pip install --quiet pip-tools==7.6.2
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in
