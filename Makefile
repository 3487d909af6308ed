# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: run test test-evening lint bench demo clean bytecode installer deb smoke windows windows-smoke

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

# Every test again with the clock at 21:30 UTC (already the next day in Almaty, still the day before in
# Los Angeles) and the machine's zone far from Almaty: a test that depends on the hour it runs fails here.
# Needs Debian's faketime. The offset is relative, so the clock keeps running (timers, timeouts); it needs its
# sign ("-3600s": faketime takes "+-3600s" for no offset at all), and tests/test_clock.py checks the run is faked.
EVENING := $(shell date -ud "$$(date -u +%F) 21:30:00" +%s)
# Left out: the office's tests (tests/sync, tests/server, the window's sync tests) and the two service tests
# that hold a write lock from a thread. Under faketime a Python thread's timed wait (Event.wait, Thread.join
# with a timeout, threading.Timer) never returns, and these wait that way; their dates are time stamps, not a
# user's "today".
test-evening: bytecode
	QT_QPA_PLATFORM=offscreen TZ=America/Los_Angeles QAMQOR_EVENING=1 \
		faketime -f "$$(printf '%+d' $$(( $(EVENING) - $$(date +%s) )))s" $(BIN)/python -m pytest -p no:cacheprovider \
		--ignore=tests/sync --ignore=tests/server --ignore=tests/desktop/test_sync_ui.py \
		--ignore=tests/desktop/test_office_sign_in.py --ignore=tests/desktop/test_sync_refused.py \
		--ignore=tests/services/test_reads_take_no_write_lock.py --ignore=tests/services/test_audit.py

# Types and lint, configured in pyproject.toml ([tool.mypy], [tool.ruff]).
lint: $(BIN)/qamqor
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(BIN)/qamqor
	$(BIN)/python -m tests.bench.rules

# The one-folder bundle dist/qamqor/ (PyInstaller, for this platform), its Debian package, and the smoke
# test of the bundle. installer/README.md tells what goes in them.
$(BIN)/pyinstaller: $(BIN)/qamqor
	$(BIN)/pip install --quiet -e ".[dev,installer]"

installer: $(BIN)/pyinstaller bytecode
	$(BIN)/pyinstaller --noconfirm --clean --log-level ERROR --distpath dist --workpath build/pyinstaller \
		installer/qamqor.spec

deb:
	test -x dist/qamqor/qamqor || $(MAKE) installer
	installer/linux/build_deb.sh

smoke:
	$(BIN)/python scripts/smoke_frozen.py dist/qamqor

# The Windows installer dist/Qamqor-VERSION-setup.exe, built here on Linux (embedded CPython, win_amd64 wheels,
# NSIS), and its smoke test under Wine. Needs wine, nsis, gcc-mingw-w64-x86-64: installer/windows/README.md.
windows: bytecode
	$(BIN)/python installer/windows/build.py

windows-smoke: bytecode
	$(BIN)/python installer/windows/smoke.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm build dist
