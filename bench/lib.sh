# Helpers shared by the bench scripts; sourced, never run. The script sets BENCH (this directory), ROOT
# (the repository root) and NAME (its own name, which prefixes its messages) before sourcing.
# shellcheck shell=bash
# patterns such as -test?(s).jar (a suite's tests jar under either classifier)
shopt -s extglob

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
  if [ ! -f "$JARMOR_JAR" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/runtime/pom.xml" "$ROOT/runtime/src/main" "$ROOT/core/pom.xml" "$ROOT/core/src/main" \
      "$ROOT/check-junit/pom.xml" "$ROOT/check-junit/src/main" "$ROOT/cli/pom.xml" "$ROOT/cli/src/main" -newer "$JARMOR_JAR" -print -quit)" ]; then
    say "building the jarmor CLI"
    # package, not install: the scripts read cli/target/jarmor.jar, and ~/.m2 may be shared by other checkouts.
    # -Dpeer.skip: cli's verify phase runs bench/peer, which may be what called us.
    (cd "$ROOT" && mvnq -DskipTests -Dpeer.skip package)
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

# record KEY REPORT: puts REPORT into the script's results file as the section of KEY, between the markers
# `<!-- bench/NAME KEY: begin -->` and `<!-- bench/NAME KEY: end -->` (`bench/NAME` alone for an empty KEY); a
# later run with the same KEY replaces the section, a new KEY is appended, other sections stay. The script
# sets RESULTS, the file from the repository root (one of docs/benchmarks/; BENCHMARKS.md holds only the
# headline figures, written by hand from those files).
record() {
  [ -n "${RESULTS:-}" ] || die "record: RESULTS names no file"
  local file="$ROOT/$RESULTS" marker="bench/$NAME${1:+ $1}"
  local begin="<!-- $marker: begin -->" end="<!-- $marker: end -->"
  if [ ! -f "$file" ]; then
    mkdir -p "$(dirname "$file")"
    printf '# Benchmarks: bench/%s\n\nRecorded by `bench/%s` (see bench/README.md); each section says how to run it again.\n' \
      "$NAME" "$NAME" >"$file"
  fi
  if grep -qxF "$begin" "$file"; then
    grep -qxF "$end" "$file" || die "record: $RESULTS has \"$begin\" but not \"$end\"; not touching it"
    awk -v begin="$begin" -v end="$end" -v file="$2" '
      $0 == begin { print; while ((getline line < file) > 0) print line; skip = 1; next }
      $0 == end { skip = 0 }
      !skip' "$file" >"$file.tmp"
    mv "$file.tmp" "$file"
  else
    printf '\n%s\n%s\n%s\n' "$begin" "$(cat "$2")" "$end" >>"$file"
  fi
  say "recorded in $RESULTS"
}

# --- the peer obfuscators (bench/tools/pom.xml), for bench/peer; bench/throughput has its own copies ---

# What a report calls each tool, and the artifact whose version is the tool's, by profile of tools/pom.xml
declare -A PEER_TOOL_NAME=([proguard]=ProGuard [yguard]=yGuard [r8]=R8)
declare -A PEER_TOOL_ARTIFACT=([proguard]=proguard-base [yguard]=yguard [r8]=r8)

# tool_classpath PROFILE: the runtime class path of one profile of tools/pom.xml (resolved from Maven
# Central on first use, never committed)
tool_classpath() {
  local file="$BENCH/target/$NAME/tools/$1.classpath"
  mkdir -p "$(dirname "$file")"
  mvnq -f "$BENCH/tools/pom.xml" -P "$1" dependency:build-classpath -Dmdep.outputFile="$file" \
    || die "cannot resolve $1 through bench/tools/pom.xml"
  cat "$file"
}

# tool_version PROFILE CLASSPATH: the version of the tool's own artifact, from its jar's file name on
# CLASSPATH, so that reports name the version that ran rather than one copied from the pom
tool_version() {
  local artifact="${PEER_TOOL_ARTIFACT[$1]}" jar entries=()
  IFS=: read -r -a entries <<<"$2"
  for jar in "${entries[@]}"; do
    jar="$(basename "$jar" .jar)"
    if [[ "$jar" =~ ^"$artifact"-([0-9][^-]*)$ ]]; then echo "${BASH_REMATCH[1]}"; return; fi
  done
  die "no $artifact-<version>.jar on the class path of $1"
}

# java_home: the home of the JDK that $JAVA runs (R8 reads the JDK from it; ProGuard its jmods/)
java_home() { "$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p'; }

# with_required MODULES: the comma-separated JDK modules with every module they require, transitively.
# jdeps names the fewest modules that read the rest (java.sql stands for java.logging too); ProGuard
# needs each one it reads listed.
with_required() {
  local todo=() module
  local -A seen=()
  IFS=, read -r -a todo <<<"$1"
  while [ ${#todo[@]} -gt 0 ]; do
    module="${todo[0]}"
    todo=("${todo[@]:1}")
    [ -z "${seen[$module]:-}" ] || continue
    seen[$module]=1
    mapfile -t -O "${#todo[@]}" todo < <("$JAVA" --describe-module "$module" | awk '$1 == "requires" { print $2 }')
  done
  printf '%s\n' "${!seen[@]}" | sort | paste -sd,
}

# jdk_modules LOG CLASSPATH JAR...: the JDK modules the jars use (with those they require), as a ProGuard
# user lists them; every module of the JDK when jdeps cannot tell, with its complaint in LOG
jdk_modules() {
  local log="$1" classpath="$2" modules
  shift 2
  if modules="$("$(java_home)/bin/jdeps" --multi-release base --ignore-missing-deps --print-module-deps \
      ${classpath:+--class-path "$classpath"} "$@" 2>"$log")" && [ -n "$modules" ]; then
    with_required "$modules"
  else
    say "jdeps cannot tell which JDK modules $(basename "$1") uses (see $log): giving ProGuard them all"
    (cd "$(java_home)/jmods" && ls -- *.jmod | sed 's/\.jmod$//' | paste -sd,)
  fi
}

# words ARGS...: the arguments as a shell would need them typed, quoted where needed
words() {
  local arg out=""
  for arg in "$@"; do
    if [[ "$arg" =~ ^[A-Za-z0-9_./:=@+-]+$ ]]; then out+=" $arg"; else out+=" '$arg'"; fi
  done
  echo "${out# }"
}
# shown PATH: a path as typed from the repository root, where the recorded commands run
shown() { local path; path="$(realpath "$1")"; echo "${path#"$ROOT"/}"; }

# --- the test suites of bench/suites/pom.xml, for bench/peer and bench/check ---

# suite_settings SUITE: what the suite's own build (Surefire's settings in its pom) does, for a JUnit console
# launcher: SUITE_JVM_OPTS for the test JVM, SUITE_INCLUDE and SUITE_EXCLUDE the class name filters (regexps);
# returns 1 for a suite it does not know. Neither suite runs JUnit 4 tests: bench/peer also excludes the vintage
# engine.
suite_settings() {
  case "$1" in
    commons-lang3)
      # the suite's reflection tests open JDK internals; the default heap is not enough on a small machine
      SUITE_JVM_OPTS=(-Xmx512m --add-opens java.base/java.lang.reflect=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED
        --add-opens java.base/java.util=ALL-UNNAMED)
      # the launcher's default class name pattern finds the 11,508 tests Surefire runs
      SUITE_INCLUDE=()
      SUITE_EXCLUDE=()
      ;;
    commons-collections4)
      SUITE_JVM_OPTS=()
      # Surefire's includes are *Test classes and no nested ones (their tests run through @Nested)
      SUITE_INCLUDE=('^.*Test$')
      SUITE_EXCLUDE=('^.*\$.*$')
      ;;
    kafka-streams-scala_2.13)
      SUITE_JVM_OPTS=()
      # Gradle's test task runs every test class of the project; nested classes hold no tests
      SUITE_INCLUDE=('^.*Test$')
      SUITE_EXCLUDE=('^.*\$.*$')
      ;;
    *) return 1 ;;
  esac
}

# resolve_suite SUITE DIR: copies the suite's jars (its profile of bench/suites/pom.xml) into DIR, emptied first,
# and sets TESTS_JAR (its released tests jar), LIB_JAR (the library), LAUNCHER (the JUnit console launcher of the
# suite's own JUnit version), DEPS (the test dependencies, an array), VERSION (the library's)
resolve_suite() {
  local suite="$1" dir="$2" jar
  say "resolving $suite, its tests and their dependencies"
  rm -rf "$dir"
  mvnq -f "$BENCH/suites/pom.xml" -P "$suite" dependency:copy-dependencies -DoutputDirectory="$dir" \
    || die "cannot resolve $suite"
  one() { [ $# = 1 ] && [ -f "$1" ] || die "expected one $(basename "$1") in $dir"; echo "$1"; }
  # the tests' classifier: `tests` (Maven's test-jar) or `test` (Kafka's Gradle build)
  TESTS_JAR="$(one "$dir/$suite"-[0-9]*-test?(s).jar)"
  LIB_JAR="$(one "${TESTS_JAR%-test?(s).jar}.jar")"
  LAUNCHER="$(one "$dir"/junit-platform-console-standalone-*.jar)"
  DEPS=()
  for jar in "$dir"/*.jar; do
    case "$jar" in "$TESTS_JAR"|"$LIB_JAR"|"$LAUNCHER") ;; *) DEPS+=("$jar") ;; esac
  done
  VERSION="$(basename "$LIB_JAR" .jar)"
  VERSION="${VERSION#"$suite"-}"
}

# suite_resources DIR: the test resources of TESTS_JAR (everything but classes and META-INF) in
# DIR/src/test/resources, where the suite's tests read them by relative path, as in the library's source tree
# (collections4's canonical serialized forms)
suite_resources() {
  mkdir -p "$1/src/test/resources"
  unzip -q -o "$TESTS_JAR" -x '*.class' 'META-INF/*' -d "$1/src/test/resources"
}
