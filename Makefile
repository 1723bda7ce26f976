# make run   — install what is needed and start the app
# make test  — install what is needed and run every check (lint: ruff, import contracts, mypy,
#              the Chinese catalogue complete; tests)
# make test-postgres — the services and CLI tests again (and the shared-server UI tests), on a
#                     throwaway PostgreSQL cluster
# make translations — refresh resources/translations/*.ts from the code (then translate them)
# make bench — the benchmark at the quick size (bench/run.py), written to bench/RESULTS.md
# make dist — the one-folder app for this OS (PyInstaller), its self-test, its size; on Linux
#             also the tar.gz an owner unpacks (installer/README.md)
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
LANGUAGES := zh_CN en
QM := $(LANGUAGES:%=loyalty_desktop/resources/translations/loyalty_%.qm)

.PHONY: run test test-postgres system-deps-run system-deps-test system-deps-dist venv lint pytest \
	bench demo screenshots translations qm dist

run: system-deps-run venv qm
	$(BIN)/loyalty-desktop

test: system-deps-test venv lint pytest

system-deps-run:
	@bash scripts/system-deps.sh run

system-deps-test:
	@bash scripts/system-deps.sh test

system-deps-dist:
	@bash scripts/system-deps.sh dist

venv: $(VENV)/.installed

# Re-created/refreshed whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python 3.11 or newer is needed"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres,dist]'
	touch $@

# The compiled catalogue the app reads (build output, not kept in git).
qm: $(QM)

$(QM) &: $(LANGUAGES:%=resources/translations/loyalty_%.ts) | venv
	$(BIN)/python scripts/translations.py release

translations: venv
	$(BIN)/python scripts/translations.py update

# ruff, the arrows between the layers (import-linter), the types (mypy), a complete Chinese
# catalogue; settings in pyproject.
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	$(BIN)/python scripts/translations.py check

pytest: qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-postgres: system-deps-test venv
	bash scripts/test-postgres.sh $(BIN)/python

# The quick size (10,000 members, 50,000 sales): generate, time each figure beside its raw
# baseline, write bench/RESULTS.md (bench/README.md; the larger sizes by hand).
bench: venv
	$(BIN)/python bench/run.py --members 10000

demo: venv qm
	$(BIN)/loyalty init && $(BIN)/loyalty demo

screenshots: system-deps-test venv qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

# PyInstaller does not cross-build: this makes the app for the OS it runs on. The built binary
# checks itself (--self-test, offscreen) before it is packed.
dist: system-deps-dist venv qm
	rm -rf dist/loyalty-desktop
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/loyalty-desktop.spec
	QT_QPA_PLATFORM=offscreen dist/loyalty-desktop/loyalty-desktop --self-test
	@if [ "$$(uname -s)" = Linux ]; then bash installer/linux/package.sh; fi
	@echo "dist/loyalty-desktop: $$(du -sm dist/loyalty-desktop | cut -f1) MB unpacked"
