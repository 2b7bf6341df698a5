# Quotemark: `make run` and `make test` work on a fresh machine with python3
# and make. Everything is installed into .venv here; nothing system-wide.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
RUN_STAMP  := $(VENV)/.run-installed
TEST_STAMP := $(VENV)/.test-installed
SUPPORT_STAMP := $(VENV)/.pyside-support
SHARED ?= ../shared
# `make bench BENCH=gui IMPORT_POSTS=10000`: one benchmark, a bigger import.
BENCH ?=
IMPORT_POSTS ?= 1000

.PHONY: run test fuzz lint eval train-partial train-pron bench compiled test-compiled package desktop screenshots clean help

help:
	@echo "make run    - create .venv, install Quotemark, open the app"
	@echo "make test   - run the whole test suite (offscreen)"
	@echo "make fuzz   - the import fuzz tests with $(FUZZ_EXAMPLES) inputs of each kind"
	@echo "make lint   - ruff, mypy and the layering contract"
	@echo "make eval   - accuracy tables on $(SHARED)/corpus (tune and check halves)"
	@echo "make train-partial - refit the dropped-span gate on PolNeAR train's tune half (SHIP=1: turn it on)"
	@echo "make train-pron - measure and refit the pronoun-speaker chooser on PolNeAR train's and dev's tune halves (SHIP=1: turn it on)"
	@echo "make bench  - speed benchmarks (BENCH=gui IMPORT_POSTS=10000: one, a bigger import);"
	@echo "              the extraction floor on the pure and the compiled tree, taking turns"
	@echo "make compiled - the hot modules compiled with mypyc into build/compiled (needs gcc, Python.h)"
	@echo "make test-compiled - build it and prove it the same program as the pure tree"
	@echo "make package - build the one-folder app with PyInstaller (dist/quotemark)"
	@echo "make desktop - add Quotemark to your applications menu (after make run)"
	@echo "make screenshots - the AppStream screenshots (light, dark; offscreen) into $(SCREENSHOTS)"
	@echo "                   (REVIEW=1: 1024x700 and 1600x1000 in every theme into build/screenshots)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Quotemark needs Python 3.11 or newer as '$(PYTHON)'."; exit 1; }
	@$(PYTHON) -m venv $(VENV) >/dev/null 2>&1 || { rm -rf $(VENV); \
	  echo "Could not create a Python virtual environment."; \
	  echo "On Debian or Ubuntu: sudo apt install python3-venv"; exit 1; }
	@$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	@touch $@ $(RUN_STAMP)

# PySide6's signature modules unpacked beside shiboken6 and compiled, so a
# start does not compile them from source (packaging/pyside_support.py);
# again after every install, so they are always the installed PySide6's.
$(SUPPORT_STAMP): $(RUN_STAMP)
	$(BIN)/python packaging/pyside_support.py
	@touch $@

run: $(RUN_STAMP) $(SUPPORT_STAMP)
	@$(BIN)/python -m quotemark.app.platform_check
	$(BIN)/quotemark --first-run-sample

test: $(TEST_STAMP) $(SUPPORT_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

FUZZ_EXAMPLES ?= 3000

fuzz: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen QUOTEMARK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest \
	  tests/library/test_fuzz.py -q --hypothesis-show-statistics $(PYTEST_ARGS)

# mypy and lint-imports read files, not the editable install's import hook:
# build/ns/quotemark/{app,library,resources} link to the folders for them.
NS_TREE := build/ns/quotemark
$(NS_TREE)/resources:
	@mkdir -p $(NS_TREE)
	@for d in app library resources; do ln -sfn ../../../$$d $(NS_TREE)/$$d; done

lint: $(TEST_STAMP) $(NS_TREE)/resources
	$(BIN)/ruff check .
	$(BIN)/mypy
	PYTHONPATH=build/ns $(BIN)/lint-imports

eval: $(TEST_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,lint,bench]'
	$(BIN)/python -m evaluation --shared $(SHARED)

train-partial: $(TEST_STAMP)
	$(BIN)/python -m evaluation.train_partial --shared $(SHARED) $(if $(SHIP),--ship)

train-pron: $(TEST_STAMP)
	$(BIN)/python -m evaluation.train_pron --shared $(SHARED) $(if $(SHIP),--ship)

# The compiled build (packaging/compiled.py): the hot modules of library/
# compiled with mypyc into build/compiled, a copy of the tree, never beside
# the sources (an editable install would run stale .so files there). run,
# test and eval keep running the pure modules; package and bench use it.
COMPILED := build/compiled/compiled.stamp
LIBRARY_FILES := $(shell find library -type f -not -path '*/__pycache__/*' 2>/dev/null)
$(COMPILED): $(TEST_STAMP) $(LIBRARY_FILES) packaging/compiled.py
	$(BIN)/python packaging/compiled.py

compiled: $(COMPILED)

# The compiled tree is the same program: (a) it is built; (b) the nine
# modules are compiled in this run (a silent fallback to the pure .py files
# fails here); (c) its output is byte-identical to the pure tree's on every
# page and article of $(SHARED)/corpus; (d) the extraction and analysis
# tests pass on it. About 10 minutes on a quiet two-core machine.
PURE_PATH := $(CURDIR)/build/ns:$(CURDIR)
COMPILED_PATH := $(CURDIR)/build/compiled:$(CURDIR)
COMPILED_SNAPSHOT := build/compiled-same
# The extraction and analysis tests: 2,820 tests, about 2 CPU minutes compiled
# (stop 50); all of tests/library would take 10 minutes more.
COMPILED_TESTS := tests/library/test_compiled_build_s50.py \
  $(wildcard tests/library/test_extract*.py) $(wildcard tests/library/test_analyze*.py)
# Tests that look inside a compiled module (count calls through a patched
# function its compiled callers never make) carry the pure_only mark
# (pyproject.toml); tests/library/conftest.py deselects them when the hot
# modules are compiled, and -m says so here.
test-compiled: $(COMPILED) $(NS_TREE)/resources
	PYTHONPATH=$(COMPILED_PATH) $(BIN)/python packaging/compiled.py --verify
	@if [ -d $(SHARED)/corpus ]; then \
	  set -e; \
	  PYTHONPATH=$(PURE_PATH) $(BIN)/python -m evaluation.same snapshot $(COMPILED_SNAPSHOT) --shared $(SHARED); \
	  PYTHONPATH=$(COMPILED_PATH) $(BIN)/python -m evaluation.same compare $(COMPILED_SNAPSHOT) --shared $(SHARED); \
	else echo "no corpus in $(SHARED): the byte-identical check is skipped"; fi
	PYTHONPATH=$(COMPILED_PATH) QT_QPA_PLATFORM=offscreen QUOTEMARK_EXPECT_COMPILED=1 \
	  QUOTEMARK_SHARED=$(abspath $(SHARED)) $(BIN)/python -m pytest -q -p no:cacheprovider -m "not pure_only" \
	  $(COMPILED_TESTS) $(PYTEST_ARGS)

# The extraction floor runs the whole command on both trees, taking turns,
# and judges the compiled one (what make package ships); without a compiler
# it judges the pure tree and says so.
bench: $(TEST_STAMP) $(NS_TREE)/resources
	$(BIN)/python -m pip install --quiet -e '.[test,lint,bench]'
	$(BIN)/python packaging/pyside_support.py
	@$(BIN)/python packaging/compiled.py || \
	  echo "warning: no compiled build (above): the extraction floor judges the pure tree"
	QT_QPA_PLATFORM=offscreen QUOTEMARK_BENCH_IMPORT_POSTS=$(IMPORT_POSTS) \
	  $(BIN)/python -m benchmarks --shared $(SHARED) $(BENCH)

# From the compiled tree when it builds; else the pure one, with a warning
# (a machine without a C compiler still packages).
package: $(TEST_STAMP) $(SUPPORT_STAMP) $(NS_TREE)/resources
	$(BIN)/python -m pip install --quiet -e '.[package]'
	@if $(BIN)/python packaging/compiled.py; then tree=compiled; else \
	  echo "warning: packaging the pure modules: no compiled build (above)"; tree=ns; fi; \
	  set -x; QUOTEMARK_PACKAGE_TREE=build/$$tree $(BIN)/pyinstaller --noconfirm --clean packaging/quotemark.spec && \
	  $(BIN)/python packaging/check_package.py dist/quotemark/quotemark $$( [ $$tree = compiled ] && echo --compiled)

desktop: $(RUN_STAMP)
	sh packaging/linux/install-desktop-entry.sh

# The window with the sample post, rendered offscreen in a temporary library.
SCREENSHOTS ?= packaging/linux/screenshots
REVIEW ?=
screenshots: $(RUN_STAMP) $(SUPPORT_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m quotemark.app.screenshots \
	  $(if $(REVIEW),--review build/screenshots,$(SCREENSHOTS))

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
