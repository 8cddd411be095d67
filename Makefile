# Two commands for a newcomer:  make demo  (run everything on the bundled examples)
#                               make test  (run the whole test suite)
# Both create .venv and install what they need themselves.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   ?= demo-uitvoer

.PHONY: demo test system-deps bench clean help

help:
	@echo "make demo   - installeer en draai wmo-docs op de voorbeelden (uitvoer in $(DEMO)/)"
	@echo "make test   - installeer en draai alle tests"
	@echo "make bench  - draai de benchmarks in bench/"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# LibreOffice (PDF), Chromium (HTML-rapport in een echte browser) en poppler (PDF-tekst)
# komen uit Debian. Alleen installeren wat ontbreekt; sudo alleen als we geen root zijn.
system-deps:
	@missing=""; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  echo "Installeren uit Debian:$$missing"; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

demo: $(STAMP)
	bash scripts/demo.sh $(BIN) $(DEMO)

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(DEMO) build dist *.egg-info
