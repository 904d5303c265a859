# Makefile - the short commands; the build itself is CMake (CMakeLists.txt)
#
#   make demo          build, then turn examples/*.txt into kgraph.db,
#                      graph.dot, graph.svg and graph.json
#   make test          build with warnings as errors and run every test
#   make asan          the tests again under ASan + UBSan (clang)
#   make stress        the long checks, after make test (none runs in .ci/run);
#                      times on this 2-core machine:
#                        stress-crash  SIGKILL at random points, 20 rounds
#                                      over 1,000 documents (~1 min)
#                        stress-conc   4 concurrent ingests of 3,000
#                                      documents into one database (~10 s)
#                        stress-fuzz   each libFuzzer harness for
#                                      FUZZ_RUNS=10^7 executions, one at a
#                                      time (ASan, 1,000-2,300 executions a
#                                      second: 1.2-4 h per harness)
#                        stress-valgrind  the suite under valgrind (~12 min
#                                      idle, 20-25 beside a fuzzer)
#                      each part also runs alone: make stress-crash etc.
#   make format        clang-format the C sources in place
#   make format-check  fail if a C source is not formatted
#   make clean         remove the build folders and the demo outputs

BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
KGRAPH = $(BUILD)/kgraph
# the C sources: git's list, or every .c/.h outside the build folders
SOURCES = { git ls-files --cached --others --exclude-standard '*.c' '*.h' \
	2>/dev/null || find . -path './build*' -prune -o -name '*.[ch]' -print; }
LSAN = LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp

.PHONY: all deps build demo test asan format format-check clean stress \
	stress-crash stress-conc stress-fuzz stress-valgrind

all: build

deps:
	scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD)
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	rm -f kgraph.db kgraph.db-wal kgraph.db-shm
	$(KGRAPH) ingest --db kgraph.db examples/*.txt
	$(KGRAPH) export --db kgraph.db --format dot -o graph.dot
	$(KGRAPH) render --db kgraph.db -o graph.svg
	$(KGRAPH) export --db kgraph.db --format json -o graph.json
	$(KGRAPH) stats --db kgraph.db

test: deps
	cmake -S . -B $(BUILD) -DCMAKE_COMPILE_WARNING_AS_ERROR=ON
	cmake --build $(BUILD) -j $(JOBS)
	ctest --test-dir $(BUILD) --output-on-failure

asan: deps
	cmake -S . -B $(ASAN_BUILD) -DKG_SANITIZE=ON -DCMAKE_C_COMPILER=clang \
		-DCMAKE_BUILD_TYPE=Debug -DCMAKE_COMPILE_WARNING_AS_ERROR=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	$(LSAN) ctest --test-dir $(ASAN_BUILD) --output-on-failure

# the long checks (README, "Testing"); STRESS is their scratch folder
STRESS = $(BUILD)/stress
FUZZ_RUNS ?= 10000000

stress: stress-crash stress-conc stress-fuzz stress-valgrind

stress-crash: build
	KG_CRASH_DOCS=1000 sh tests/robust/crash.sh $(CURDIR)/$(KGRAPH) $(CURDIR) \
		$(CURDIR)/$(STRESS)/crash 20

stress-conc: build
	KG_CONC_WRITERS=4 KG_CONC_DOCS=3000 sh tests/robust/concurrency.sh \
		$(CURDIR)/$(KGRAPH) $(CURDIR) $(CURDIR)/$(STRESS)/concurrency

stress-fuzz: deps
	KG_FUZZ_RUNS=$(FUZZ_RUNS) tests/fuzz/run.sh

stress-valgrind: deps
	tests/valgrind.sh

format:
	$(SOURCES) | xargs -r clang-format -i

format-check:
	$(SOURCES) | xargs -r clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
	rm -f kgraph.db kgraph.db-wal kgraph.db-shm graph.dot graph.svg graph.json
