# Hiwar: build, test, try on the sample articles, score the extraction, install.
# `make demo` and `make test` are the two commands a newcomer runs (README.md).

PREFIX ?= /usr/local
SWIFT ?= swift
PYTHON ?= python3
# Ground truth kept beside the checkout: the scorer and the development corpus.
SHARED ?= ../shared
BIN := .build/release/hiwar
DEMO_DB := demo/hiwar.sqlite

.PHONY: build test demo eval install clean fuzz bench bench-build bench-quick man completions

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

# The libFuzzer target over article reading and extraction (Fuzz/ArticleFuzzer.swift): HiwarModel and
# HiwarIngest built with coverage instrumentation in their own scratch path, linked with the harness, run
# for FUZZ_SECONDS from the sample articles. Inputs that crash land in $(FUZZ_SCRATCH)/findings/.
FUZZ_SECONDS ?= 60
FUZZ_SCRATCH ?= .build-fuzz
FUZZ_BIN := $(FUZZ_SCRATCH)/article-fuzzer

fuzz:
	$(SWIFT) build -c release --scratch-path $(FUZZ_SCRATCH) --target HiwarIngest -Xswiftc -sanitize=fuzzer
	swiftc -O -sanitize=fuzzer -parse-as-library -I $(FUZZ_SCRATCH)/release/Modules Fuzz/ArticleFuzzer.swift \
		$(FUZZ_SCRATCH)/release/HiwarModel.build/*.o $(FUZZ_SCRATCH)/release/HiwarIngest.build/*.o -o $(FUZZ_BIN)
	mkdir -p $(FUZZ_SCRATCH)/corpus $(FUZZ_SCRATCH)/findings
	SWIFT_BACKTRACE=enable=no $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 \
		-artifact_prefix=$(FUZZ_SCRATCH)/findings/ $(FUZZ_SCRATCH)/corpus SampleData

# The benchmark (docs/PERFORMANCE.md): hiwar and hiwar-bench built for release, then import, search, timeline
# and export measured against the sqlite3 tool on generated corpora (about 25 minutes); the tables replace the
# generated part of docs/PERFORMANCE.md. `bench-quick` runs small sizes in two minutes and writes no report.
BENCH := .build/release/hiwar-bench

bench-build:
	@command -v sqlite3 >/dev/null || { echo "make bench needs the sqlite3 tool: apt-get install sqlite3"; exit 1; }
	@[ -x /usr/bin/time ] || apt-get install -y time  # GNU time measures each child's peak memory
	$(SWIFT) build -c release --product hiwar
	$(SWIFT) build -c release --product hiwar-bench

bench: bench-build
	$(BENCH) run --report docs/PERFORMANCE.md

bench-quick: bench-build
	$(BENCH) run --quick

# The man page and shell completions, both produced from the argument parser's own description of hiwar.
man:
	mkdir -p share/man/man1
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --output-directory share/man/man1

completions: build
	mkdir -p share/completions
	for shell in bash zsh fish; do $(BIN) --generate-completion-script $$shell > share/completions/hiwar.$$shell; done

clean:
	rm -rf .build demo share
