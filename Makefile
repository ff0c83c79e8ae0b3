# KAMS — the two commands a new machine needs are `make run` and `make test`.
SHELL := /bin/bash
# The version is wails.json's info.productVersion (main.go embeds it); the
# build's name (the commit) follows it in brackets.
BUILD ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.build=$(BUILD)
WAILS := build/bin/wails
TAGS := $(if $(filter Linux,$(shell uname -s)),webkit2_41,)
# Arguments for the app, e.g. make run ARGS="--db /tmp/try.db"
ARGS ?=

.PHONY: run build frontend bindings test deps

# Build and open the app (first start offers the sample data).
run: build
	./build/bin/kams $(ARGS)

build: deps frontend
	$(WAILS) build -s -m -tags "$(TAGS)" -ldflags "$(LDFLAGS)"

deps:
	scripts/deps.sh run

frontend:
	cd frontend && npm run build

# Regenerate the TypeScript bindings after changing a bound Go method.
bindings:
	$(WAILS) generate module

# Every test: Go, frontend, bindings, end-to-end in Chromium, the real
# window under Xvfb, and the Windows cross-build.
test:
	scripts/deps.sh test
	scripts/test.sh
