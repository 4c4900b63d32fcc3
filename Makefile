# Trellis: the two commands a new user needs are `make demo` and `make test` (see README.md).
BUILD      ?= build
JOBS       ?= $(shell nproc)
DEMO_DB    ?= $(CURDIR)/trellis-demo.db
LISTEN     ?= 127.0.0.1:8080
# The state's public files beside the checkout: `make demo` loads the statewide directory from them when present
# (the demo's districts and schools carry real CDS codes, so they become the directory's entries, not copies).
SHARED_DATA ?= $(abspath $(CURDIR)/../shared/data)
# ccache hits across checkouts (a fresh clone in CI reuses what any earlier build compiled).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1
WEB_SOURCES := $(shell find web/src web/index.html web/package.json web/vite.config.ts web/tsconfig*.json web/scripts -type f 2>/dev/null)

.PHONY: all deps deps-test build configure server web demo demo-build demo-reset test check test-unit test-fuzz test-blackbox test-browser bench-http clean

all: build

deps:
	@scripts/install-deps.sh

deps-test:
	@scripts/install-deps.sh --test

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

configure: $(BUILD)/CMakeCache.txt

server: configure
	cmake --build $(BUILD) -j $(JOBS)

web/dist/index.html: $(WEB_SOURCES) web/package-lock.json
	cd web && npm run build

web: web/dist/index.html

# Leaves the binary at build/trellis and the web app in web/dist.
build: deps server web

# Only the server binary (not the unit tests) and the web app: what `make demo` needs.
demo-build: deps configure web
	cmake --build $(BUILD) -j $(JOBS) --target trellis

# Sets up and runs Trellis with demo data on an embedded SQLite database. An existing demo database is kept,
# so nothing you typed into the demo is lost; `make demo-reset` starts over. Another address: make demo LISTEN=...
demo: demo-build
	@if [ ! -f "$(DEMO_DB)" ]; then $(BUILD)/trellis demo --database "sqlite://$(DEMO_DB)" && \
	   if [ -d "$(SHARED_DATA)/ca" ]; then echo "Loading the statewide directory from $(SHARED_DATA)"; \
	     $(BUILD)/trellis directory load --database "sqlite://$(DEMO_DB)" "$(SHARED_DATA)"; fi; \
	 else echo "Using the existing demo database $(DEMO_DB) (make demo-reset to start over)."; \
	      $(BUILD)/trellis demo --accounts; fi
	@echo "Open http://$(LISTEN) and sign in. Stop with Ctrl-C."
	$(BUILD)/trellis serve --database "sqlite://$(DEMO_DB)" --listen $(LISTEN)

demo-reset:
	rm -f "$(DEMO_DB)" "$(DEMO_DB)-wal" "$(DEMO_DB)-shm"

# Everything: unit tests, black-box HTTP tests on SQLite and PostgreSQL, browser tests.
test: deps-test build
	scripts/run-tests.sh all

check: deps-test build
	scripts/run-tests.sh checks

test-unit: deps-test build
	scripts/run-tests.sh unit

test-fuzz: deps-test build
	scripts/run-tests.sh fuzz

test-blackbox: deps-test build
	scripts/run-tests.sh blackbox

test-browser: deps-test build
	scripts/run-tests.sh browser

bench-http: deps-test build
	bench/http.sh

clean:
	rm -rf $(BUILD) web/dist
