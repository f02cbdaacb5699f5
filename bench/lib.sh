# Helpers shared by the bench scripts; sourced, never run. The script sets BENCH (this directory), ROOT
# (the repository root) and NAME (its own name, which prefixes its messages) before sourcing.
# shellcheck shell=bash

say() { echo "$NAME: $*" >&2; }
die() { echo "$NAME: error: $*" >&2; exit 1; }
# Maven, quiet: its output only when it fails
mvnq() {
  mkdir -p "$BENCH/target"
  mvn -B -q -ntp "$@" >"$BENCH/target/$NAME.mvn.log" 2>&1 || { cat "$BENCH/target/$NAME.mvn.log" >&2; return 1; }
}

# need PROGRAM PACKAGE: installs the Debian package when the program is missing and we may
need() {
  command -v "$1" >/dev/null && return
  [ "$(id -u)" = 0 ] || die "$1 is missing: apt-get install $2"
  say "installing $2"
  apt-get update -qq >&2 && apt-get install -y -qq "$2" >&2
}

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# build_jarmor: sets JARMOR_JAR, building the CLI when it is missing or older than its sources
build_jarmor() {
  JARMOR_JAR="$ROOT/cli/target/jarmor.jar"
  if [ ! -f "$JARMOR_JAR" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/core/pom.xml" "$ROOT/core/src/main" \
      "$ROOT/cli/pom.xml" "$ROOT/cli/src/main" -newer "$JARMOR_JAR" -print -quit)" ]; then
    say "building the jarmor CLI"
    (cd "$ROOT" && mvnq -DskipTests install)
  fi
}

# the report lines every bench script ends with: when, at which commit, on what
date_line() {
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$([ -n "$(git -C "$ROOT" status --porcelain -- core cli 2>/dev/null)" ] && echo " (core/cli modified)")"
}
machine_line() {
  local cpu mem java_version
  cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  mem="$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  java_version="$("$JAVA" -version 2>&1 | sed -n 2p)"
  echo "- Machine: $(nproc) cores, $mem, $cpu; $java_version"
}

# record KEY REPORT: puts REPORT into BENCHMARKS.md as the section of KEY, between markers naming this
# script; a later run with the same KEY replaces it, other sections stay
record() {
  local benchmarks="$ROOT/BENCHMARKS.md"
  local begin="<!-- bench/$NAME $1: begin -->" end="<!-- bench/$NAME $1: end -->"
  if [ ! -f "$benchmarks" ]; then
    printf '# Benchmarks\n\nMeasured by the scripts in bench/ (see bench/README.md); each section says how to run it again.\n' \
      >"$benchmarks"
  fi
  if grep -qF "$begin" "$benchmarks"; then
    awk -v begin="$begin" -v end="$end" -v file="$2" '
      $0 == begin { print; while ((getline line < file) > 0) print line; skip = 1; next }
      $0 == end { skip = 0 }
      !skip' "$benchmarks" >"$benchmarks.tmp"
    mv "$benchmarks.tmp" "$benchmarks"
  else
    printf '\n%s\n%s\n%s\n' "$begin" "$(cat "$2")" "$end" >>"$benchmarks"
  fi
  say "recorded in BENCHMARKS.md"
}
