# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: run test lint bench demo clean bytecode

$(BIN)/qamqor: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

# Qamqor's own modules compiled ahead: an editable install leaves them as source, and where
# PYTHONDONTWRITEBYTECODE is set every start would compile them again (0.3 s a command).
bytecode: $(BIN)/qamqor
	$(BIN)/python -m compileall -q models desktop migrations > /dev/null

# Opens the application on a demo database (made on first run).
run: bytecode
	test -f $(DEMO_DB) || $(BIN)/qamqor --db $(DEMO_DB) demo --persons 2000
	$(BIN)/qamqor --db $(DEMO_DB)

test: bytecode
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Types and lint, configured in pyproject.toml ([tool.mypy], [tool.ruff]).
lint: $(BIN)/qamqor
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(BIN)/qamqor
	$(BIN)/python -m tests.bench.rules

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
