# Two commands for a fresh machine with Python 3.11+ and make:
#   make run   -- set up .venv from pyproject.toml, build the translations, then open the app
#   make test  -- set up .venv (with test extras), build the translations, then run the whole suite headless
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TRANSLATIONS := $(wildcard resources/translations/*.ts)
QM_FILES := $(TRANSLATIONS:.ts=.qm)

.PHONY: run test lint bench translations portable test-portable install-desktop uninstall-desktop clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# Re-install only when pyproject.toml changes: keeps both commands idempotent and fast.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compiled translations (.qm, not committed) are rebuilt only when their source (.ts) changes.
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM_FILES)
	$(PY) main.py $(ARGS)

test: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --ignore=tests/portable/test_built_app.py
	$(VENV)/bin/lint-imports

# Not part of `make test`: each benchmark script prints its figures (import, dossier, opening a big case).
bench: $(STAMP) $(QM_FILES)
	for script in tests/benchmarks/bench_*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$script || exit 1; done

# After changing user-visible strings: refresh the .ts sources from desktop/ui and rebuild the .qm.
translations: $(STAMP)
	VENV=$(VENV) tools/update_translations.sh

# The portable app: dist/RefundCaseOrganizer/, a folder that runs without Python installed.
portable: $(STAMP) $(QM_FILES)
	$(PY) -m pip install --quiet -e '.[build]'
	$(PY) tools/build_portable.py

# The built folder, run as on another computer (tests/portable/test_built_app.py): after `make portable`.
test-portable: $(STAMP)
	REFUND_CASE_BUILT_APP=dist/RefundCaseOrganizer QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/portable/test_built_app.py

# Linux, installed mode: *.refundcase files open with this checkout by double-click (this user only).
install-desktop: $(STAMP) $(QM_FILES)
	$(PY) tools/desktop_integration.py install

uninstall-desktop:
	$(PYTHON) tools/desktop_integration.py uninstall

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
