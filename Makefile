# Two set-up commands: `make run` and `make test`. Everything else is a helper for them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
export AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE := 1

.PHONY: run test lint model audio bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## Serve the skill on http://127.0.0.1:$(PORT)/alexa: SQLite, local audio, no account, no network.
run: $(BIN)/.installed
	VERIFY_REQUESTS=$${VERIFY_REQUESTS:-false} HOST=$${HOST:-127.0.0.1} PORT=$(PORT) \
		$(BIN)/cramp-coach serve

## Create the virtualenv, install everything, and run the whole suite.
test: $(BIN)/.installed node_modules/.installed
	$(BIN)/ruff check skill tests bench
	$(BIN)/python -m pytest -q

lint: $(BIN)/.installed
	$(BIN)/ruff check skill tests bench

## Rebuild interaction_model/ from the content.
model: $(BIN)/.installed
	$(BIN)/cramp-coach build-model

## Render the audio clips (offline engine; ENGINE=gtts for production voices).
audio: $(BIN)/.installed
	$(BIN)/cramp-coach build-audio --engine $${ENGINE:-offline}

## Benchmarks: writes bench/results/latest.json.
bench: $(BIN)/.installed
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache
