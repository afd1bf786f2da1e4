# Qspace Kiosk: `make run` starts the kiosk, `make test` runs the whole suite headless.
# Both install what they need first (Debian packages, .venv, compiled translations).
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TS     := $(wildcard assets/i18n/*.ts)
QM     := $(TS:.ts=.qm)
ARGS   ?=

.PHONY: setup run test check lint unit bench screenshots translations clean package package-test

setup: $(STAMP) $(QM)

$(STAMP): requirements.txt requirements-dev.txt installer/apt-packages.txt installer/setup.sh \
		package.json package-lock.json
	installer/setup.sh
	@touch $(STAMP)

assets/i18n/%.qm: assets/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: setup

# A development checkout opens the demo room at once (`--screen` skips the first start's set-up,
# which `python main.py` on a fresh install shows).
run: setup
	$(PY) main.py --screen attract $(ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# GUI tests run one file per process: Qt objects left by hundreds of windows in one process
# once aborted the interpreter in a later test's garbage collection (a fresh process per file
# keeps each file's windows to itself).
unit: setup
	QSPACE_TEST_POSTGRES_URL=$$(installer/start-postgres.sh) QT_QPA_PLATFORM=offscreen \
		$(VENV)/bin/pytest -q tests/unit tests/integration tests/audio tests/browser
	@status=0; for f in tests/gui/test_*.py; do \
		QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -p no:cacheprovider $$f || status=1; \
	done; exit $$status

test: lint unit package-test

# The room PC's package (issue 18): a PyInstaller one-folder bundle dist/qspace-kiosk/ and the
# Debian package dist/qspace-kiosk_<version>_amd64.deb. The bundle is rebuilt when a source,
# asset or migration changed. The tools it needs (cage, makensis, xmllint) are in
# installer/apt-packages.txt, PyInstaller in requirements-dev.txt.
BUNDLE  := dist/qspace-kiosk/qspace-kiosk
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' kiosk/__init__.py)
DEB     := dist/qspace-kiosk_$(VERSION)_amd64.deb
SOURCES := $(shell find main.py app kiosk screens devices sync assets -type f \
             \( -name '*.py' -o -name '*.qss' -o -name '*.wav' -o -name '*.toml' \) 2>/dev/null)

package: $(BUNDLE) $(DEB)

$(BUNDLE): $(STAMP) packaging/qspace-kiosk.spec $(SOURCES) $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/qspace-kiosk.spec

$(DEB): $(BUNDLE) packaging/build-deb.sh packaging/qspace-kiosk.service $(wildcard packaging/debian/*)
	packaging/build-deb.sh

# The built bundle and .deb, tried as the room PC would: a bare environment, old databases,
# the unit file, the Windows installer script (makensis) and Shell Launcher XML (its schema).
package-test: package
	QSPACE_PACKAGE_REQUIRED=1 $(VENV)/bin/pytest -q tests/packaging

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
	rm -rf $(VENV) assets/i18n/*.qm snapshots .pytest_cache .mypy_cache .ruff_cache build dist
