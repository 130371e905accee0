# Shared by ./workbench, ./build and ./attest: find a JDK >= 21 and the system packages the workbench needs.
# Sourced, not run.

ATTEST_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ATTEST_PRODUCT_DIR="$ATTEST_ROOT/releng/org.attest.product/target/products/org.attest.product/linux/gtk/x86_64/attest"

die() {
	echo "attest: $*" >&2
	exit 1
}

# The major version of the java at $1 (e.g. 21), or nothing if it does not run.
java_major() {
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
}

# Sets JAVA_HOME to a JDK >= 21: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
find_jdk() {
	if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
		export JAVA_HOME
		return
	fi
	local best="" best_major=0 candidate major
	for candidate in /usr/lib/jvm/*; do
		[ -x "$candidate/bin/javac" ] || continue
		major="$(java_major "$candidate/bin/java")"
		if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
			best="$candidate"
			best_major="$major"
		fi
	done
	[ -n "$best" ] || die "no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, nothing suitable under /usr/lib/jvm).
Install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it."
	export JAVA_HOME="$best"
}

# Installs the given Debian packages when missing (as root, through apt-get), else says what to install.
ensure_packages() {
	local missing=() package
	for package in "$@"; do
		dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
	done
	[ ${#missing[@]} -eq 0 ] && return
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
		echo "attest: installing ${missing[*]}" >&2
		DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || die "apt-get update failed"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
			|| die "could not install ${missing[*]}"
	else
		die "missing system packages: ${missing[*]}. Install them, e.g.: sudo apt-get install ${missing[*]}"
	fi
}

# GTK 3 for SWT; the package's name differs between Debian releases.
ensure_gtk() {
	ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' && return
	if command -v apt-cache >/dev/null && apt-cache show libgtk-3-0t64 >/dev/null 2>&1; then
		ensure_packages libgtk-3-0t64
	else
		ensure_packages libgtk-3-0
	fi
}

# Builds the workbench product when it is missing or older than a source file (target/ and scripts aside).
ensure_product() {
	local marker="$ATTEST_PRODUCT_DIR/configuration/config.ini"
	if [ ! -f "$marker" ] || [ -n "$(find "$ATTEST_ROOT/bundles" "$ATTEST_ROOT/features" "$ATTEST_ROOT/releng" \
			"$ATTEST_ROOT/pom.xml" -type f -newer "$marker" -not -path '*/target/*' -not -path '*/scripts/*' \
			-not -name '.polyglot.*' -not -name '.tycho-consumer-pom.xml' -print -quit)" ]; then
		echo "attest: building the workbench product (JAVA_HOME=$JAVA_HOME)" >&2
		mvnw -q package -DskipTests -pl releng/org.attest.product -am >&2
	fi
}

# Runs the Maven wrapper from the repository root with the JDK found.
mvnw() {
	(cd "$ATTEST_ROOT" && ./mvnw -B "$@")
}
