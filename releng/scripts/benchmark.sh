#!/usr/bin/env bash
# Runs the benchmarks (not part of ./build) and writes their figures to docs/benchmarks.md:
#   releng/scripts/benchmark.sh                        every benchmark
#   releng/scripts/benchmark.sh JsonlExportBenchmark   one, by its class name
set -euo pipefail
source "$(dirname "$0")/common.sh"
find_jdk
ensure_packages xvfb xauth
ensure_gtk
cd "$ATTEST_ROOT"
if [[ $# -gt 0 && $1 != -* ]]; then
	chosen=("-Dtest=$1" -Dsurefire.failIfNoSpecifiedTests=false -Dattest.failIfNoTests=false)
	shift
	set -- "${chosen[@]}" "$@"
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -Pbenchmarks verify -pl tests/org.attest.ui.benchmarks,tests/org.attest.core.benchmarks -am \
	-Dtycho.surefire.timeout=0 "$@"
