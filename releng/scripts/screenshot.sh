#!/usr/bin/env bash
# Takes a PNG of the workbench as ./workbench starts it, on a virtual display with a fresh workspace:
#   releng/scripts/screenshot.sh docs/workbench.png
# Shows the gold layer unless $ATTEST_ANNOTATOR says otherwise. Waits until the window's title names the document opened, then trims the unused screen.
set -euo pipefail
source "$(dirname "$0")/common.sh"
out="$(realpath -m "${1:?usage: screenshot.sh OUT.png}")"
# the emoji font lets the sample texts render as a reader sees them
ensure_packages xvfb imagemagick x11-utils fonts-noto-color-emoji

display=":$((90 + RANDOM % 100))"
workspace="$(mktemp -d)"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb_pid=$!
trap 'kill "$workbench_pid" "$xvfb_pid" 2>/dev/null; rm -rf "$workspace"' EXIT
DISPLAY="$display" ATTEST_WORKSPACE="$workspace" ATTEST_ANNOTATOR="${ATTEST_ANNOTATOR:-gold}" "$ATTEST_ROOT/workbench" >"$workspace.log" 2>&1 &
workbench_pid=$!

for _ in $(seq 1 240); do
	if DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q '\.txt - Attest\|\.attest - Attest'; then
		sleep 2 # let the editor paint after its title appears
		DISPLAY="$display" import -window root -trim +repage "$out"
		echo "wrote $out"
		exit 0
	fi
	sleep 0.5
done
die "the workbench window did not show a document within 2 minutes; see $workspace.log"
