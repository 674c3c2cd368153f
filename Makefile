# 报告阅读器 — one command to run the app, one to run the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)  ## set up and open the bundled report
	$(BIN)/python main.py $(ARGS)

test: $(STAMP)  ## set up and run the whole test suite (offscreen)
	$(BIN)/python -m pytest
	$(BIN)/ruff check reader tests bench main.py

lint: $(STAMP)
	$(BIN)/ruff check reader tests bench main.py

bench: $(STAMP)  ## run the benchmarks by hand; results go to docs/PERFORMANCE.md
	$(BIN)/python bench/startup.py

translations: $(STAMP)  ## refresh the .ts from the source, then compile the .qm
	$(BIN)/pyside6-lupdate reader/ui/*.py reader/ui/models/*.py reader/app.py -ts resources/translations/reader_zh_CN.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/reader_zh_CN.ts -qm resources/translations/reader_zh_CN.qm

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
