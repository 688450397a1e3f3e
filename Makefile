# Peerbot: the two commands a new admin needs are `make run` and `make test`.
# Both create the virtual environment in .venv when it is missing or stale.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test check-model lint typecheck unit e2e bench shell walkthrough lock clean

# Set-up only: (re)build .venv whenever pyproject.toml or constraints.txt change.
install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

# Run the bot (reads settings from the environment and .env).
run: $(STAMP)
	$(BIN)/peerbot run

# Try the bot in the terminal: no token, no network (Bot API emulator, demo world, own database).
shell: $(STAMP)
	$(BIN)/peerbot shell

# Replay the scripted weeks of docs/walkthrough/*.txt and write their transcripts (*.md) again.
walkthrough: $(STAMP)
	$(BIN)/peerbot walkthrough

# Lint, format check, type check and the whole test suite, in TEST_WORKERS processes
# (pytest-xdist, one module per worker at a time). The end-to-end tests mostly wait (on timers,
# the send limiter, restarts), so four workers keep a 2-core machine busy.
TEST_WORKERS ?= 4
test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadscope -m "not slow"

# The minutes-long checks: the shipped crisis model is what training on the corpus gives.
check-model: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy bot handlers tests bench

unit: $(STAMP)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadscope -m "not e2e and not slow"

e2e: $(STAMP)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadscope -m e2e

# Benchmarks (see BENCHMARKS.md).
bench: $(STAMP)
	$(BIN)/python -m bench

# Refresh the pinned versions from the current environment.
lock: $(STAMP)
	(echo "# Pinned versions used by 'make install' (pip install -c constraints.txt). Regenerate with 'make lock'."; \
	 $(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' | grep -v '^#') > constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
