# Hiwar: build, test, try on the sample articles, score the extraction, install.
# `make demo` and `make test` are the two commands a newcomer runs (README.md).

PREFIX ?= /usr/local
SWIFT ?= swift
PYTHON ?= python3
# Ground truth kept beside the checkout: the scorer and the development corpus.
SHARED ?= ../shared
BIN := .build/release/hiwar
DEMO_DB := demo/hiwar.sqlite

.PHONY: build test demo eval install clean bench bench-build bench-quick

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

# The benchmark (docs/PERFORMANCE.md): hiwar and hiwar-bench built for release, then import, search, timeline
# and export measured against the sqlite3 tool on generated corpora (about 25 minutes); the tables replace the
# generated part of docs/PERFORMANCE.md. `bench-quick` runs small sizes in two minutes and writes no report.
BENCH := .build/release/hiwar-bench

bench-build:
	@command -v sqlite3 >/dev/null || { echo "make bench needs the sqlite3 tool: apt-get install sqlite3"; exit 1; }
	$(SWIFT) build -c release --product hiwar
	$(SWIFT) build -c release --product hiwar-bench

bench: bench-build
	$(BENCH) run --report docs/PERFORMANCE.md

bench-quick: bench-build
	$(BENCH) run --quick

clean:
	rm -rf .build demo
