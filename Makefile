# The few verbs people type. `make install` is the whole set-up on a fresh machine.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install serve test test-fast lint eval bench bench-quick soak

install:
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0          # CPU wheel; an unpinned torch pulls CUDA
	$(BIN)/pip install -q -e '.[dev]'

serve: install
	$(BIN)/assistant serve

test:
	$(BIN)/ruff check assistant tests bench
	$(BIN)/python -m pytest -q -p no:cacheprovider
	$(BIN)/assistant eval evals/dialogue.yaml --out report/

test-fast:
	$(BIN)/python -m pytest -q -m "not slow and not browser"

lint:
	$(BIN)/ruff check assistant tests bench
	$(BIN)/ruff format --check assistant tests bench

eval:
	$(BIN)/assistant eval evals/dialogue.yaml --out report/ --compare baseline

bench:
	$(BIN)/python -m bench

bench-quick:
	$(BIN)/python -m bench --quick

soak:
	SOAK_REQUESTS=5000 $(BIN)/python -m pytest -q -s tests/test_soak.py
