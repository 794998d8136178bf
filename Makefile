# ESA: two commands on a fresh machine.
#   make run   - set up everything, build p4src/esa.p4 and run the demo (embedded target by default)
#   make test  - set up everything and run the test suite
# Real p4c/BMv2 are used when p4c-bm2-ss / simple_switch_grpc are on PATH.

SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
BUILD ?= build
PYTEST_ARGS ?=

# Which P4 toolchain: the real one when installed, the embedded one otherwise.
P4C := $(shell command -v p4c-bm2-ss 2>/dev/null || echo $(BIN)/p4emu-compile)
SWITCH := $(shell command -v simple_switch_grpc 2>/dev/null || echo $(BIN)/p4emu-switch)

.PHONY: setup system-deps venv build run stop clean test test-fast help

help:
	@echo "make run        set up, build p4src/esa.p4, run the demo"
	@echo "make test       set up, run the whole test suite (what CI runs)"
	@echo "make test-fast  the suite without the slow end-to-end group"
	@echo "make build      compile p4src/esa.p4 into $(BUILD)/ with $(notdir $(P4C))"
	@echo "make stop       stop what 'make run' left running"
	@echo "make clean      remove build outputs and the virtual environment"

setup: system-deps venv

# Debian packages: Mininet (+ mnexec), brctl, ping, ethtool, the C preprocessor.
system-deps:
	@missing=""; \
	command -v mnexec >/dev/null || missing="$$missing mininet"; \
	command -v brctl >/dev/null || missing="$$missing bridge-utils"; \
	command -v ping >/dev/null || missing="$$missing iputils-ping"; \
	command -v ethtool >/dev/null || missing="$$missing ethtool"; \
	command -v cpp >/dev/null || missing="$$missing cpp"; \
	command -v ip >/dev/null || missing="$$missing iproute2"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "missing Debian packages:$$missing (run 'make setup' as root)"; exit 1; fi; \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $@

build: venv
	@mkdir -p $(BUILD)
	$(P4C) --p4v 16 -o $(BUILD)/esa.json --p4runtime-files $(BUILD)/esa.p4info.txtpb p4src/esa.p4

run: setup
	@echo "The ESA demo is not built yet (issue 'End to end'); the environment is set up."

stop:
	@echo "nothing running"

clean:
	rm -rf $(BUILD) $(VENV) .pytest_cache

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: setup
	$(PY) -m pytest -m "not e2e" $(PYTEST_ARGS)
