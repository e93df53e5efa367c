# Two set-up commands: `make run` and `make test`. Everything else is a helper for them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
PIP := $(BIN)/python -m pip --disable-pip-version-check
export AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE := 1

.PHONY: run test lint model icons audio lambda bench clean

$(BIN)/python:
	@echo "==> creating $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# `make run` needs the runtime and the audio build; `make test` adds the test tools, in the same
# pip run when the virtualenv is new (one resolve, one editable build).
$(BIN)/.runtime: pyproject.toml | $(BIN)/python
	@echo "==> installing the skill and the audio build (first time: a few minutes)"
	$(PIP) install --progress-bar off -e '.[audio]'
	$(BIN)/python -c 'import skill.hosting.webhook, skill.audio.build'
	touch $@

$(BIN)/.installed: pyproject.toml | $(BIN)/python
	@echo "==> installing the skill, the audio build and the test tools (first time: a few minutes)"
	$(PIP) install --progress-bar off -e '.[audio,test]'
	$(BIN)/python -c 'import skill.hosting.webhook, skill.audio.build, pytest, moto, mutagen'
	touch $(BIN)/.runtime $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## Serve the skill on http://127.0.0.1:$(PORT)/alexa: SQLite, local audio, no account, no network.
## SKILL_ENDPOINT_URL=https://<your tunnel>/alexa makes clip URLs use the tunnel's origin.
## Without a tunnel, clip URLs name https://localhost:PORT: Alexa (and virtual-alexa) only
## play https, and no device can reach this machine anyway; the files are at /audio/ here.
run: $(BIN)/.runtime
	@echo "==> serving on http://$${HOST:-127.0.0.1}:$(PORT)/alexa (Ctrl-C stops)"
	@# PUBLIC_BASE_URL first: the shell expands assignments in order, and its default asks
	@# whether *you* set SKILL_ENDPOINT_URL, not whether the next line did.
	VERIFY_REQUESTS=$${VERIFY_REQUESTS:-false} HOST=$${HOST:-127.0.0.1} PORT=$(PORT) \
		PUBLIC_BASE_URL=$${PUBLIC_BASE_URL:-$$([ -n "$${SKILL_ENDPOINT_URL}" ] || echo https://localhost:$(PORT))} \
		SKILL_ENDPOINT_URL=$${SKILL_ENDPOINT_URL:-http://$${HOST:-127.0.0.1}:$(PORT)/alexa} \
		$(BIN)/cramp-coach serve

## Create the virtualenv, install everything, and run the whole suite.
test: $(BIN)/.installed node_modules/.installed
	$(BIN)/ruff check skill tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(BIN)/.installed
	$(BIN)/ruff check skill tests bench
	$(BIN)/mypy

## Rebuild interaction_model/ (the skill package) from the content.
model: $(BIN)/.runtime
	$(BIN)/cramp-coach build-model

## Redraw the store icons into interaction_model/assets/images/.
icons: $(BIN)/.runtime
	$(BIN)/cramp-coach build-icons

## Render the audio clips (offline engine; ENGINE=gtts for production voices).
audio: $(BIN)/.runtime
	$(BIN)/cramp-coach build-audio --engine $${ENGINE:-offline}

## dist/cramp-coach-lambda.zip: the runtime only, clips served from AUDIO_BASE_URL.
lambda: $(BIN)/.runtime
	$(BIN)/cramp-coach build-lambda

$(BIN)/.bench: $(BIN)/.installed
	$(PIP) install --progress-bar off -e '.[audio,test,bench]'
	touch $@

## Benchmarks: writes bench/results/latest.json. `python -m bench.profile` shows where a
## request's time goes.
bench: $(BIN)/.bench
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) node_modules dist .pytest_cache .ruff_cache
