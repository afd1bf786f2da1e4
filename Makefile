# Qspace Kiosk: `make run` starts the kiosk, `make test` runs the whole suite headless.
# Both install what they need first (Debian packages, .venv, compiled translations).
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TS     := $(wildcard assets/i18n/*.ts)
QM     := $(TS:.ts=.qm)
ARGS   ?=

.PHONY: setup run test check lint unit bench screenshots translations clean

setup: $(STAMP) $(QM)

$(STAMP): requirements.txt requirements-dev.txt installer/apt-packages.txt installer/setup.sh \
		package.json package-lock.json
	installer/setup.sh
	@touch $(STAMP)

assets/i18n/%.qm: assets/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: setup

run: setup
	$(PY) main.py $(ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

unit: setup
	QSPACE_TEST_POSTGRES_URL=$$(installer/start-postgres.sh) QT_QPA_PLATFORM=offscreen \
		$(VENV)/bin/pytest -q tests/unit tests/integration tests/gui tests/audio tests/browser

test: lint unit

# The fast loop before a commit (also .pre-commit-config.yaml): lint, types, import contracts
# and the unit tests; under 90 s on 2 cores. `make test` is everything.
check: lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -m "not slow" tests/unit

bench: setup
	$(PY) tests/bench/bench_startup.py
	$(PY) tests/bench/bench_checkin.py
	$(PY) tests/bench/bench_search.py
	$(PY) tests/bench/bench_spc.py
	$(PY) tests/bench/bench_chart.py
	$(PY) tests/bench/bench_slides.py
	$(PY) tests/bench/bench_showcase.py
	$(PY) tests/bench/bench_similar.py
	$(PY) tests/bench/bench_audio.py
	$(PY) tests/bench/bench_sync.py
	$(PY) tests/bench/bench_console.py

# Screenshots of a fresh demo room (a throwaway database), whatever this machine's own holds.
SHOTS_DB := $(or $(TMPDIR),/tmp)/qspace-screenshots.sqlite3
screenshots: setup
	rm -f $(SHOTS_DB) $(SHOTS_DB)-wal $(SHOTS_DB)-shm
	QT_QPA_PLATFORM=offscreen $(PY) main.py snapshot docs/screenshots --lang en --size 1600x900 --db sqlite:///$(SHOTS_DB)
	QT_QPA_PLATFORM=offscreen $(PY) main.py snapshot docs/screenshots --lang cy --size 1600x900 --db sqlite:///$(SHOTS_DB)
	$(PY) tests/browser/shoot_console.py

clean:
	rm -rf $(VENV) assets/i18n/*.qm snapshots .pytest_cache .mypy_cache .ruff_cache
