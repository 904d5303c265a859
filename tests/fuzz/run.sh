#!/bin/sh
# tests/fuzz/run.sh - build the libFuzzer harnesses (clang, ASan + UBSan) in
# build-fuzz and run each for SECONDS seconds (default 60) from its seed
# corpus; a finding is saved as tests/fuzz/crashes/<harness>-<hash> and fails
# the run.
#
#   tests/fuzz/run.sh [SECONDS] [HARNESS...]
#   KG_FUZZ_RUNS=N tests/fuzz/run.sh [SECONDS] [HARNESS...]
#
# KG_FUZZ_RUNS=N runs each harness for N executions (libFuzzer -runs=N)
# instead, with no time limit unless SECONDS is given (then whichever comes
# first); `make stress` uses 10^7.  New interesting inputs go to
# build-fuzz/fuzz/corpus/<harness>/ (the seed corpus in the source tree is
# only read).
set -eu
cd "$(dirname "$0")/../.."
runs=${KG_FUZZ_RUNS:-}
if [ -n "$runs" ]; then
	secs=${1:-0}        # 0: no time limit
	limit="-runs=$runs" # each execution counts, the seeds too
	what="$runs executions"
	[ "$secs" = 0 ] || what="$what or ${secs}s"
else
	secs=${1:-60}
	limit="-runs=-1"
	what="${secs}s"
fi
case $secs in
'' | *[!0-9]*)
	echo "usage: [KG_FUZZ_RUNS=N] tests/fuzz/run.sh [SECONDS] [HARNESS...]" >&2
	exit 2
	;;
esac
[ $# -gt 0 ] && shift
harnesses=${*:-fuzz_ingest fuzz_jsonl fuzz_lexicon fuzz_date}
build=${KG_FUZZ_BUILD:-build-fuzz}

cmake -S . -B "$build" -DKG_FUZZ=ON -DCMAKE_C_COMPILER=clang \
	-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_COMPILE_WARNING_AS_ERROR=ON \
	-DBUILD_TESTING=OFF >/dev/null
# shellcheck disable=SC2086 # one word per harness
cmake --build "$build" -j "$(nproc)" --target $harnesses >/dev/null

mkdir -p tests/fuzz/crashes
status=0
for h in $harnesses; do
	work="$build/fuzz/corpus/$h"
	mkdir -p "$work"
	log="$build/fuzz/$h.log"
	printf 'fuzz: %s for %s... ' "$h" "$what"
	quiet=0 # the JSONL reader prints a line per bad record: drop them
	[ "$h" = fuzz_jsonl ] && quiet=2
	maxlen=65536 # a date expression is short, and fuzz_date runs the whole
	# extractor twice per input (~800/s under ASan at 128 bytes, ~300/s at
	# 2 kB): long texts are fuzz_ingest's work, not this one's
	[ "$h" = fuzz_date ] && maxlen=256
	if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		LSAN_OPTIONS=suppressions=tests/lsan.supp \
		"$build/fuzz/$h" "$limit" -max_total_time="$secs" -timeout=20 \
		-rss_limit_mb=4096 -max_len=$maxlen -print_final_stats=1 -close_fd_mask=$quiet \
		-artifact_prefix="tests/fuzz/crashes/$h-" \
		"$work" "tests/fuzz/corpus/$h" >"$log" 2>&1; then
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
		speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
		echo "ok, ${execs:-?} executions (${speed:-?}/s)"
	else
		echo "FINDING (log: $log)"
		tail -n 40 "$log" >&2
		status=1
	fi
done
exit $status
