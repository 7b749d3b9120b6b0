# Hiwar: build, test, try on the sample articles, score the extraction, install.
# `make demo` and `make test` are the two commands a newcomer runs (README.md).

PREFIX ?= /usr/local
SWIFT ?= swift
PYTHON ?= python3
# Ground truth kept beside the checkout: the scorer and the development corpus.
SHARED ?= ../shared
BIN := .build/release/hiwar
DEMO_DB := demo/hiwar.sqlite

.PHONY: build test demo eval install clean

build:
	$(SWIFT) build -c release

test:
	$(SWIFT) test

demo: build
	mkdir -p demo
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) --db $(DEMO_DB) import SampleData
	$(BIN) --db $(DEMO_DB) timeline

eval: build
	$(PYTHON) $(SHARED)/eval/score.py --bin $(BIN) --verbose SampleData
	if [ -d $(SHARED)/corpus/dev ]; then $(PYTHON) $(SHARED)/eval/score.py --bin $(BIN) --verbose $(SHARED)/corpus/dev; fi

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/hiwar

clean:
	rm -rf .build demo
