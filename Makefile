# One command each: `make demo`, `make test`, `make ui`. Every target sets up what it needs on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
# torch CPU build from the machine's wheel cache; without the pin SDV's torch range pulls a multi-GB CUDA build.
TORCH := torch==2.13.0
export DAGSTER_HOME := $(CURDIR)/.dagster_home
SECRET_FILE := .governance-secret
HOST ?= 127.0.0.1
PORT ?= 3000

.PHONY: install install-test demo test ui docs clean

LOG := $(VENV)/install.log
# variables, because a comma inside $(call ...) would split its argument. The core package is light; the demo
# uses every extra (synthesis: sdv and torch, contract: great-expectations, postgres: psycopg, ui: dagster-webserver,
# openlineage: openlineage-python); the tests add polars, spark (pyspark with its Spark Connect dependencies), test
# and docs
DEMO_EXTRAS := '.[synthesis,contract,postgres,ui,openlineage]'
TEST_EXTRAS := '.[synthesis,contract,postgres,ui,openlineage,polars,spark,test,docs]'
# pip's own warnings go to the log; on failure the log is printed
QUIET_PIP = $(PIP) install --quiet $(1) >> $(LOG) 2>&1 || { cat $(LOG); exit 1; }

$(PY):
	$(PYTHON) -m venv $(VENV)
	@$(call QUIET_PIP,--upgrade pip)

$(VENV)/.installed: pyproject.toml | $(PY)
	@echo "installing governance-dagster and its dependencies into $(VENV) (log: $(LOG)) ..."
	@$(call QUIET_PIP,$(TORCH))
	@$(call QUIET_PIP,-e $(DEMO_EXTRAS))
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	@echo "installing the test and docs extras ..."
	@$(call QUIET_PIP,-e $(TEST_EXTRAS))
	@touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

$(SECRET_FILE):
	@umask 077; $(PY) -c "import secrets; print(secrets.token_hex(32))" > $@

# python_log_level: Dagster's step subprocesses log their start at DEBUG to the console, ignoring the run's logger config
$(DAGSTER_HOME)/dagster.yaml: Makefile
	@mkdir -p $(DAGSTER_HOME)
	@printf 'telemetry:\n  enabled: false\npython_logs:\n  python_log_level: INFO\n' > $@

demo: install $(SECRET_FILE) $(DAGSTER_HOME)/dagster.yaml
	GOVERNANCE_SECRET=$$(cat $(SECRET_FILE)) $(PY) -m example_project.demo

ui: install $(SECRET_FILE) $(DAGSTER_HOME)/dagster.yaml
	GOVERNANCE_SECRET=$$(cat $(SECRET_FILE)) $(VENV)/bin/dagster dev -m example_project.definitions -h $(HOST) -p $(PORT)

# the documentation site, built strictly into site/: a broken page, link or docstring fails the build (and make test)
docs: install-test
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir site

# two xdist workers, each module's tests on one of them in their order and the Spark tier's modules together
# (tests/conftest.py's worker_group); a plain `pytest` runs all of it in one process
test: install-test docs
	$(PY) -m pytest -n 2 --dist loadgroup

clean:
	rm -rf $(VENV) .dagster_home example_project/data $(SECRET_FILE)
