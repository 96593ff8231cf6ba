# newsprism: two commands. `make demo` sets everything up and runs the main job on examples/;
# `make test` runs the whole test suite. Both create .venv when it is missing.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.newsprism-installed
TEST_STAMP := $(VENV)/.newsprism-test-installed

.PHONY: demo test lint bench clean install lock

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# torch first, from the machine's local CPU wheel: otherwise pip pulls a multi-GB CUDA build.
	$(BIN)/pip install --disable-pip-version-check -q torch==2.13.0
	$(BIN)/pip install --disable-pip-version-check -q -c constraints.txt -e .
	@touch $(STAMP)

# The tests need the dev tools and cover the Postgres store and the Spark batch path (optional extras).
$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --disable-pip-version-check -q -c constraints.txt -e '.[dev,postgres,spark]'
	@touch $(TEST_STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/newsprism analyze examples/ --db demo.db --out demo-report.html

test: $(TEST_STAMP)
	@bash scripts/ensure-chromium.sh
	$(BIN)/python -m pytest -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

lock: $(TEST_STAMP)
	( echo "# Every package of the environment, pinned (pip install -c). Regenerate: make lock"; \
	  $(BIN)/pip freeze --exclude-editable | grep -v -i '^newsprism' | sed 's/^torch==2.13.0+cpu/torch==2.13.0/' | sort -f ) > constraints.txt

clean:
	rm -rf $(VENV) demo.db* demo-report.html newsprism.db* .pytest_cache
