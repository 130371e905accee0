#!/usr/bin/env bash
# The longer fuzz run (./build fuzzes each target for 30 s): every fuzz test of tests/org.attest.core.fuzz
# for DURATION (default 10m) in turn, keeping the corpus each one grows, then the executions and findings
# per target, written to the "fuzz-run" section of docs/reliability.md.
#   releng/scripts/fuzz.sh [DURATION] [Maven arguments]     e.g. releng/scripts/fuzz.sh 2m -o
set -euo pipefail
source "$(dirname "$0")/common.sh"
find_jdk
cd "$ATTEST_ROOT"

duration="${1:-10m}"
[ $# -gt 0 ] && shift
module=tests/org.attest.core.fuzz
log="$module/target/fuzz-run.log"
mkdir -p "$module/target"
touch "$module/target/fuzz-run.started"
started="$(date -u +%Y-%m-%d)"
machine="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the start"

# verify without clean: the corpus in $module/.cifuzz-corpus grows from run to run; a finding fails its
# target only, the others still run
./mvnw -B verify -pl "$module" -am -Dattest.fuzz.duration="$duration" -Dsurefire.timeout=0 -Dmaven.test.failure.ignore=true "$@" \
	2>&1 | tee "$log"

# One row per fuzz test, from Surefire's "Running <class>" and libFuzzer's status lines ("#N ...", and
# "Done N runs in S second(s)" when no finding stopped it).
rows="$(awk '
	/Running org\.attest\.core\.fuzz\./ { sub(/.*Running org\.attest\.core\.fuzz\./, ""); target = $0; runs = ""; secs = "" }
	/^#[0-9]+[ \t]/ { runs = substr($1, 2) }
	/^Done [0-9]+ runs in [0-9]+ second/ { runs = $2; secs = $5 }
	/Tests run:.*in org\.attest\.core\.fuzz\./ && target != "" {
		result = ($0 ~ /FAILURE/) ? "finding (see the log)" : "none"
		printf "| %s | %s | %s s | %s |\n", target, runs == "" ? "?" : runs, secs == "" ? "?" : secs, result
		target = ""
	}' "$log")"
[ -n "$rows" ] || die "no fuzz results in $log"
crashes="$(find "$module" -name 'crash-*' -newer "$module/target/fuzz-run.started" -not -path '*/target/*' | sort | tr '\n' ' ')"
found=""
if [ -n "$crashes" ]; then
	found="
New crashing inputs, kept where the regression run replays them: $crashes
"
fi

section="<!-- fuzz-run -->
Measured $started by \`releng/scripts/fuzz.sh $duration\` on $machine; Java $("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p'), Jazzer 0.30.0, heap 512 MB per target.

| fuzz test | executions | time | findings |
|---|---|---|---|
$rows
$found<!-- /fuzz-run -->"

doc=docs/reliability.md
if [ -f "$doc" ] && grep -q '^<!-- fuzz-run -->$' "$doc"; then
	# replace the previous figures, leave the rest of the file as it is
	SECTION="$section" awk '
		/^<!-- fuzz-run -->$/ { print ENVIRON["SECTION"]; skip = 1; next }
		/^<!-- \/fuzz-run -->$/ { skip = 0; next }
		!skip' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
	echo "attest: figures written to $doc" >&2
else
	echo "attest: no <!-- fuzz-run --> section in $doc; the figures:" >&2
	echo "$section"
fi
