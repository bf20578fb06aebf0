# Set-up and everyday commands. Every target creates .venv first when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test quick bench lint typecheck clean dist translations translations-build

# The interface's languages besides English (resources/translations/copeditor_<code>.ts).
LANGUAGES := fr es ar ru zh
TRANSLATIONS := resources/translations
# English has a catalogue too, of plural forms only ("1 word", "2 words").
QM_FILES := $(foreach code,en $(LANGUAGES),$(TRANSLATIONS)/copeditor_$(code).qm)

# `make run FILE=x.json LANGUAGE=fr`: the editor in another language than the one chosen.
# Only a LANGUAGE given to make counts: the environment's (gettext's "en_US:en") does not.
run: $(STAMP) translations-build
	$(BIN)/python main.py $(if $(filter command line,$(origin LANGUAGE)),--language $(LANGUAGE)) $(FILE)

# Lint, types and layer contracts first: they take seconds and catch what the tests would not.
test: lint typecheck translations-build
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The edit-test loop: everything but the long kill tests.
quick: $(STAMP) translations-build
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -q $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

lint: $(STAMP)
	$(BIN)/ruff check copeditor tests benchmarks main.py

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/lint-imports

# The one-folder bundle for people without Python, and its archive (packaging/copeditor.spec).
dist: $(VENV)/.installed-dist translations-build
	rm -rf build/pyinstaller dist/copeditor
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/copeditor.spec
	cd dist && tar -czf copeditor-$$($(CURDIR)/$(BIN)/python -c 'import copeditor; \
		print(copeditor.__version__)')-linux-$$(uname -m).tar.gz copeditor

$(VENV)/.installed-dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $@

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The .qm files the editor loads, built from the committed .ts files (never edited by hand).
translations-build: $(QM_FILES)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the code: new strings appear unfinished (translate them in Qt
# Linguist or by hand), strings gone from the code are dropped.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find copeditor/ui -name '*.py' | sort) -no-obsolete -locations none \
		$(foreach code,$(LANGUAGES),-ts $(TRANSLATIONS)/copeditor_$(code).ts)
	$(BIN)/pyside6-lupdate $$(find copeditor/ui -name '*.py' | sort) -no-obsolete -locations none \
		-pluralonly -ts $(TRANSLATIONS)/copeditor_en.ts

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis $(QM_FILES)
