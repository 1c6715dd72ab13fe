# The few verbs people type. Each one sets up what it needs, so any of them works first on a
# fresh clone; `make install` alone is the whole set-up.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Re-install only when pyproject.toml changes: the stamp's name carries its hash.
HASH := $(shell $(PY) -c "import hashlib; print(hashlib.sha256(open('pyproject.toml', 'rb').read()).hexdigest()[:16])")
STAMP := $(VENV)/.installed-$(HASH)

.PHONY: install serve test test-fast lint eval bench bench-quick soak

install: $(STAMP)

$(STAMP):
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0          # CPU wheel; an unpinned torch pulls CUDA
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/python -m assistant.encoder          # the model's ONNX export, for torch-free queries
	rm -f $(VENV)/.installed-*
	touch $@

serve: install
	$(BIN)/assistant serve

test: install
	$(BIN)/ruff check assistant tests bench
	$(BIN)/python -m pytest -q -p no:cacheprovider
	@# The eval gates: every set runs, and any missed threshold fails the target.
	status=0; \
	$(BIN)/assistant eval evals/dialogue.yaml --out report/ || status=1; \
	$(BIN)/assistant eval evals/dev_questions.yaml --out report/dev/ || status=1; \
	$(BIN)/assistant eval evals/extra_questions.yaml --out report/extra/ || status=1; \
	$(BIN)/assistant eval evals/holdout_questions.yaml --out report/holdout/ || status=1; \
	$(BIN)/assistant eval evals/smuggling_questions.yaml --out report/smuggling/ || status=1; \
	$(BIN)/assistant eval evals/environment_questions.yaml --out report/environment/ || status=1; \
	$(BIN)/assistant eval evals/assets_questions.yaml --out report/assets/ || status=1; \
	$(BIN)/assistant eval evals/fraud_questions.yaml --out report/fraud/ || status=1; \
	$(BIN)/assistant eval evals/firearms_questions.yaml --out report/firearms/ || status=1; \
	$(BIN)/assistant eval evals/heritage_questions.yaml --out report/heritage/ || status=1; \
	$(BIN)/assistant eval evals/evidence_questions.yaml --out report/evidence/ || status=1; \
	$(BIN)/assistant eval evals/witness_questions.yaml --out report/witness/ || status=1; \
	$(BIN)/assistant eval evals/labour_questions.yaml --out report/labour/ || status=1; \
	$(BIN)/assistant eval evals/maritime_questions.yaml --out report/maritime/ || status=1; \
	$(BIN)/assistant eval evals/central_authorities_questions.yaml --out report/central_authorities/ || status=1; \
	$(BIN)/assistant eval evals/medicines_questions.yaml --out report/medicines/ || status=1; \
	$(BIN)/assistant eval evals/technical_assistance_questions.yaml --out report/technical_assistance/ || status=1; \
	$(BIN)/assistant eval evals/online_recruitment_questions.yaml --out report/online_recruitment/ || status=1; \
	$(BIN)/assistant eval evals/forced_criminality_questions.yaml --out report/forced_criminality/ || status=1; \
	$(BIN)/assistant eval evals/precursors_questions.yaml --out report/precursors/ || status=1; \
	$(BIN)/assistant eval evals/joint_investigation_questions.yaml --out report/joint_investigation/ || status=1; \
	$(BIN)/assistant eval evals/gold_flows_questions.yaml --out report/gold_flows/ || status=1; \
	$(BIN)/assistant eval evals/pesticides_questions.yaml --out report/pesticides/ || status=1; \
	$(BIN)/assistant eval evals/matchfixing_questions.yaml --out report/matchfixing/ || status=1; \
	$(BIN)/assistant eval evals/travel_documents_questions.yaml --out report/travel_documents/ || status=1; \
	$(BIN)/assistant eval evals/prisons_questions.yaml --out report/prisons/ || status=1; \
	$(BIN)/assistant eval evals/extortion_questions.yaml --out report/extortion/ || status=1; \
	$(BIN)/assistant eval evals/vehicles_questions.yaml --out report/vehicles/ || status=1; \
	exit $$status

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not browser"

lint: install
	$(BIN)/ruff check assistant tests bench
	$(BIN)/ruff format --check assistant tests bench

eval: install
	$(BIN)/assistant eval evals/dialogue.yaml --out report/ --compare baseline

bench: install
	$(BIN)/python -m bench

bench-quick: install
	$(BIN)/python -m bench --quick

soak: install
	SOAK_REQUESTS=5000 $(BIN)/python -m pytest -q -s tests/test_soak.py
