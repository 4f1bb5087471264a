# The two set-up commands are `make serve` and `make test`: each creates .venv when
# missing and installs the pinned requirements before doing its job.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
# Material 9.8 prints an end-of-life banner about MkDocs 2.0 at every build.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build outputs bench lock clean translations translated

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

# axe-core for the browser tests' accessibility checks, pinned in package-lock.json.
# Without npm the tests say so and skip that check (CI installs npm, and there they fail).
$(NODE_STAMP): package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the accessibility checks of tests/browser will skip"; fi

serve: $(STAMP)  ## live-reloading site on http://127.0.0.1:8000 (also reloads on snippet edits)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(STAMP) $(NODE_STAMP)  ## every test: build, doc blocks of all languages, snippets, parity, browser
	$(BIN)/python -m pytest

build: $(STAMP)  ## strict build of all four languages into site/
	$(BIN)/mkdocs build --strict --clean

outputs: $(STAMP)  ## re-run every snippet and lab; rewrite stored .out files and lab notebooks
	$(BIN)/python -m tests.snippet_runner
	$(BIN)/python -m tests.lab_runner

bench: $(STAMP) $(NODE_STAMP)  ## performance figures: build, serve rebuild, doc test vs floor, weights, Lighthouse
	$(BIN)/python -m tests.bench

translations: $(STAMP)  ## list the translations that are behind their English page, with the English diff since
	$(BIN)/python -m tests.translations

translated: $(STAMP)  ## record that FILE (e.g. docs/zh/leaves.md) translates the English page as it is now
	@test -n "$(FILE)" || { echo "usage: make translated FILE=docs/<lang>/<page>"; exit 2; }
	$(BIN)/python -m tests.translations stamp $(FILE)

lock:  ## re-pin requirements.txt from requirements.in (after changing a version there)
	$(BIN)/python -m pip install --quiet -r requirements.in
	$(BIN)/python -m pip freeze --exclude-editable | sed 's/+cpu$$//' > requirements.txt

clean:
	rm -rf site .pytest_cache .cache
