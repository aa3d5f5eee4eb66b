# Two commands from nothing: `make run` and `make test` create .venv when missing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip -q --disable-pip-version-check
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_LOGGING_LEVEL ?= WARNING
export DO_NOT_TRACK := 1

.PHONY: run test eval bench install clean-data ui

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(PIP) install --upgrade pip 2>/dev/null || true

# camel-tools goes in with --no-deps: its declared dependencies pull a multi-GB
# CUDA torch that the offline subset we use (normalize, dediac, tokenizers) never imports.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install --no-deps camel-tools==1.6.0 2>&1 | grep -v "^WARNING: Location" || true
	$(PIP) install -e ".[test,dask]" 2>&1 | grep -vE "^WARNING: Location|^ERROR: pip's dependency resolver|^camel-tools 1.6.0 requires" || true
	$(BIN)/python -c "import ziyarat, camel_tools.utils.normalize, prefect, polars, duckdb, ahocorasick"
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/ziyarat run --input seeds --data data

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/ziyarat eval

bench: install
	$(BIN)/python bench/bench.py

ui: install
	$(BIN)/prefect server start
