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

# stale FILE SOURCE...: whether FILE is missing or older than one of the SOURCE files or folders (those missing left out)
stale() {
  local file="$1" sources=() source
  shift
  [ -f "$file" ] || return 0
  for source in "$@"; do [ ! -e "$source" ] || sources+=("$source"); done
  [ ${#sources[@]} -gt 0 ] && [ -n "$(find "${sources[@]}" -newer "$file" -print -quit)" ]
}

# the CLI's modules, as folders of the repository root: their poms and main sources are what cli/target/jarmor.jar is built from
JARMOR_MODULES=(runtime core check-junit kotlin cli)

# build_root WHAT: the root reactor's package phase, no tests, no bench/ (cli's verify phase runs bench/peer and
# bench/spark, which may be what called us). package, not install: the scripts read the modules' target/ folders,
# and ~/.m2 may be shared by other checkouts.
build_root() {
  say "building $1 (mvn package at the root)"
  (cd "$ROOT" && mvnq -DskipTests -Dpeer.skip package)
}

# build_jarmor: sets JARMOR_JAR, building the CLI when it is missing or older than its sources
build_jarmor() {
  local module sources=("$ROOT/pom.xml")
  JARMOR_JAR="$ROOT/cli/target/jarmor.jar"
  for module in "${JARMOR_MODULES[@]}"; do sources+=("$ROOT/$module/pom.xml" "$ROOT/$module/src/main"); done
  if stale "$JARMOR_JAR" "${sources[@]}"; then build_root "the jarmor CLI"; fi
}

# resolve_subject SUBJECT DIR: copies SUBJECT's jar (a profile of bench/subjects/pom.xml, not a fat-* one) and its
# Maven dependencies into DIR; sets SUBJECT_JAR and SUBJECT_LIB_PATH (the dependencies, colon-separated), which a
# protector and a decompiler get as libraries
resolve_subject() {
  local subject="$1" dir="$2" jar
  mkdir -p "$dir"
  mvnq -f "$BENCH/subjects/pom.xml" -P "$subject" dependency:copy-dependencies -DoutputDirectory="$dir" \
    || die "cannot resolve $subject"
  local inputs=("$dir/$subject"-[0-9]*.jar)
  [ ${#inputs[@]} = 1 ] && [ -f "${inputs[0]}" ] \
    || die "no $subject-<version>.jar resolved: --jar takes a profile of bench/subjects/pom.xml (not a fat-* one)"
  SUBJECT_JAR="${inputs[0]}"
  SUBJECT_LIB_PATH=""
  for jar in "$dir"/*.jar; do [ "$jar" = "$SUBJECT_JAR" ] || SUBJECT_LIB_PATH+="${SUBJECT_LIB_PATH:+:}$jar"; done
}

# launcher_java_opts: the JVM options ./jarmor gives jarmor, read from its exec line, so that a script measures what
# launcher users get
launcher_java_opts() {
  local options
  options="$(sed -n 's/^exec java \(.*\) \${JARMOR_JAVA_OPTS.*$/\1/p' "$ROOT/jarmor")"
  [ -n "$options" ] || die "cannot read the JVM options of ./jarmor's exec line"
  echo "$options"
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

# --- a program protected by jarmor and ProGuard, run, and compared with the original (bench/spark, bench/programs) ---
# The script sets WORK (the folder of one program's jars and logs), TIMEOUT (seconds), LEVELS, WIRES and TOOLS
# (arrays), and ROWS (the report's rows, an array) and JARMOR_NOT_SAME (the jarmor variants that were not the
# original's, for --strict), both empty before its program's first variant.

# the tools a program is protected with besides the original's run, and the defaults of the options below
VARIANT_TOOLS=(jarmor proguard)
LEVELS=(1 2 3)
WIRES=(open closed)
TOOLS=("${VARIANT_TOOLS[@]}")
TIMEOUT=600
NOTE=""
RECORD=1
STRICT=0

# variant_option ARGS...: takes the option of ARGS (--level, --wire, --tools, --timeout, --note, --no-record,
# --strict), setting it, and sets TAKEN to the number of words it used; returns 1 for any other option
variant_option() {
  TAKEN=2
  case "$1" in
    --level|--wire|--tools|--timeout|--note) [ $# -ge 2 ] || usage_error "$1 needs a value" ;;
  esac
  case "$1" in
    --level) IFS=, read -r -a LEVELS <<<"$2" ;;
    --wire) IFS=, read -r -a WIRES <<<"$2" ;;
    --tools) IFS=, read -r -a TOOLS <<<"$2" ;;
    --timeout) TIMEOUT="$2" ;;
    --note) NOTE="$2" ;;
    --no-record) RECORD=0; TAKEN=1 ;;
    --strict) STRICT=1; TAKEN=1 ;;
    *) return 1 ;;
  esac
}
# check_variant_options: the values variant_option took, checked (usage_error, the script's, when one is wrong);
# sets LEVELS_SHOWN, WIRES_SHOWN and TOOLS_SHOWN, as typed
check_variant_options() {
  local level wire tool
  for level in "${LEVELS[@]}"; do [[ "$level" =~ ^[0-3]$ ]] || usage_error "a level is 0 to 3, not '$level'"; done
  for wire in "${WIRES[@]}"; do [ "$wire" = open ] || [ "$wire" = closed ] || usage_error "a wire mode is open or closed, not '$wire'"; done
  for tool in "${TOOLS[@]}"; do
    [[ " ${VARIANT_TOOLS[*]} " == *" $tool "* ]] || usage_error "unknown tool '$tool' (tools: ${VARIANT_TOOLS[*]})"
  done
  [[ "$TIMEOUT" =~ ^[1-9][0-9]*$ ]] || usage_error "--timeout takes a number of seconds"
  LEVELS_SHOWN="$(IFS=,; echo "${LEVELS[*]}")"
  WIRES_SHOWN="$(IFS=,; echo "${WIRES[*]}")"
  TOOLS_SHOWN="$(IFS=,; echo "${TOOLS[*]}")"
  need timeout coreutils
}
# uses TOOL: whether this run protects with TOOL
uses() { [[ " ${TOOLS[*]} " == *" $1 "* ]]; }
# variant_key: the key of the section a run records, one per set of tools, levels and wire modes (no double hyphen:
# the markers are HTML comments)
variant_key() {
  local key="tools $TOOLS_SHOWN"
  ! uses jarmor || key="level $LEVELS_SHOWN wire $WIRES_SHOWN $key"
  echo "$key"
}
# variant_command SCRIPT: the command line that runs this set of variants again
variant_command() {
  local command="bench/$1"
  ! uses jarmor || command+=" --level $LEVELS_SHOWN --wire $WIRES_SHOWN"
  command+=" --tools $TOOLS_SHOWN"
  [ "$TIMEOUT" = 600 ] || command+=" --timeout $TIMEOUT"
  echo "$command"
}

# timed DIR OUT ERR COMMAND...: runs COMMAND in DIR, at most TIMEOUT seconds, its standard output into OUT and its
# standard error into ERR (the same file given twice holds both); sets STATUS (its exit status, 124 when it timed
# out) and TOOK (its wall time in seconds, one decimal)
timed() {
  local dir="$1" out="$2" err="$3" start
  shift 3
  start="$(date +%s.%N)"
  STATUS=0
  if [ "$out" = "$err" ]; then
    (cd "$dir" && exec timeout "$TIMEOUT" "$@") >"$out" 2>&1 || STATUS=$?
  else
    (cd "$dir" && exec timeout "$TIMEOUT" "$@") >"$out" 2>"$err" || STATUS=$?
  fi
  TOOK="$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
}

# first_exception LOG: the root cause of the first exception LOG shows (the last "Caused by" of its trace), quoted
first_exception() {
  awk '/^(Exception in thread "[^"]*" )?[a-zA-Z_$][a-zA-Z0-9_$.]*(Exception|Error)(: |$)/ && !top { top = $0; next }
    top && /^Caused by: / { root = $0 }
    top && !/^(\t|Caused by: )/ && !/^$/ { if (root) exit }
    END { sub(/^(Exception in thread "[^"]*" |Caused by: )/, "", root); sub(/^Exception in thread "[^"]*" /, "", top)
          if (root || top) print "`" substr(root ? root : top, 1, 240) "`" }' "$1"
}

# first_difference EXPECTED OUT: the first line of OUT that is not EXPECTED's, with the expected one; nothing when OUT
# is EXPECTED or the start of it
first_difference() {
  awk 'NR == FNR { want[FNR] = $0; next }
    $0 != want[FNR] { printf "line %d: `%s`, expected `%s`\n", FNR, substr($0, 1, 200), substr(want[FNR], 1, 200); exit }' "$1" "$2"
}

# outcome STATUS ERR EXPECTED OUT [WHY]: what a run gave, as RESULT: failed (timed out, or its exit status and WHY
# ERR's cause: the command WHY, first_exception by default; with EXPECTED, the first line of OUT that differs from it
# or how many of its lines OUT had), reference (no EXPECTED: the original's run), same (OUT is EXPECTED), different
# (the first differing line, and the first exception of ERR, if any)
outcome() {
  local status="$1" err="$2" expected="$3" out="$4" why="${5:-first_exception}" line cause
  [ -z "$expected" ] || line="$(first_difference "$expected" "$out")"
  if [ "$status" = 124 ]; then
    RESULT="failed: timed out after $TIMEOUT s"
  elif [ "$status" != 0 ]; then
    cause="$("$why" "$err")"
    RESULT="failed (exit $status): ${cause:-no exception in $(shown "$err")}"
    if [ -n "$line" ]; then
      RESULT+=", the output different before: $line"
    elif [ -n "$expected" ]; then
      RESULT+=", the output the original's up to then ($(wc -l <"$out") of $(wc -l <"$expected") lines)"
    fi
  elif [ -z "$expected" ]; then
    RESULT="reference"
  elif cmp -s "$expected" "$out"; then
    RESULT="same"
  else
    [ -n "$line" ] || line="line $(($(wc -l <"$out") + 1)): $([ "$(wc -l <"$out")" -lt "$(wc -l <"$expected")" ] && echo missing || echo more than the original)"
    cause="$(first_exception "$err")"
    RESULT="different: $line${cause:+, and on standard error $cause}"
  fi
}

# protected ID LABEL RUN COMMAND...: protects with COMMAND, which writes $WORK/ID.jar (its output in $WORK/ID.log),
# then runs the protected jar with `RUN ID JAR`, which sets RUN_SECONDS and RESULT; adds the row "LABEL |
# protection time | run time | result" to ROWS, or why the protection failed and the jar was not run
protected() {
  local id="$1" label="$2" run="$3" jar="$WORK/$1.jar" log="$WORK/$1.log" why
  shift 3
  say "$id: protecting"
  timed "$WORK" "$log" "$log" "$@"
  if [ "$STATUS" != 0 ] || [ ! -s "$jar" ]; then
    why="$(grep -m 1 -E '^(Error|jarmor: error|Exception)|(Exception|Error)(: |$)' "$log" | cut -c1-240 || true)"
    [ "$STATUS" != 124 ] || why="timed out after $TIMEOUT s"
    say "$id: the protection failed (exit $STATUS): ${why:-see $log}"
    ROWS+=("$label | failed (exit $STATUS) in $TOOK s | – | not run: the protection failed: ${why:-see $(shown "$log")}")
    RESULT="not run"
  else
    local took="$TOOK"
    "$run" "$id" "$jar"
    ROWS+=("$label | $took s | $RUN_SECONDS s | $RESULT")
  fi
  case "$id" in jarmor-*) [ "$RESULT" = same ] || JARMOR_NOT_SAME+=("$id") ;; esac
}

# jarmor_variants INPUT LIBS RUN: INPUT protected by jarmor with no rules, LIBS (a class path) as its libraries, at
# each of LEVELS in each of WIRES, and run with RUN (see protected)
jarmor_variants() {
  local input="$1" libs="$2" run="$3" level wire id
  for level in "${LEVELS[@]}"; do
    for wire in "${WIRES[@]}"; do
      id="jarmor-level$level-$wire"
      # no rules: what jarmor finds in the program and its libraries alone decides what keeps its name
      protected "$id" "jarmor --level $level --wire $wire" "$run" "$JAVA" -jar "$JARMOR_JAR" protect "$input" \
        --lib "$libs" --level "$level" --wire "$wire" -o "$WORK/$id.jar" --mapping "$WORK/$id.mapping.txt"
    done
  done
}
# the jarmor command of the report, for a program named by INPUT and libraries named by LIBS
jarmor_line() { echo "- jarmor: \`jarmor protect $1 --lib $2 --level L --wire W -o <jar>\`, no rules"; }

# resolve_proguard: sets PROGUARD_CP and PROGUARD_VERSION (bench/tools/pom.xml's proguard profile)
resolve_proguard() {
  say "resolving ProGuard"
  PROGUARD_CP="$(tool_classpath proguard)"
  PROGUARD_VERSION="$(tool_version proguard "$PROGUARD_CP")"
  [ -d "$(java_home)/jmods" ] || die "no $(java_home)/jmods: ProGuard needs a JDK with jmods"
}

# proguard_variant ID LABEL INPUT LIBS RUN CONFIG...: INPUT protected by ProGuard (resolve_proguard first) with the
# CONFIG files, given the JDK modules INPUT uses (jdeps, as in bench/peer; set as MODULES) and each jar of LIBS (a
# class path) as -libraryjars, its mapping in $WORK/ID.mapping.txt, and run with RUN (see protected)
proguard_variant() {
  local id="$1" label="$2" input="$3" libs="$4" run="$5" config module jar jars=()
  shift 5
  IFS=: read -r -a jars <<<"$libs"
  MODULES="$(jdk_modules "$WORK/$id.jdeps.log" "$libs" "$input")"
  {
    for config in "$@"; do echo "-include $config"; done
    echo "-injars $input"
    echo "-outjars $WORK/$id.jar"
    for module in ${MODULES//,/ }; do echo "-libraryjars $(java_home)/jmods/$module.jmod(!**.jar;!module-info.class)"; done
    for jar in "${jars[@]}"; do echo "-libraryjars $jar"; done
    echo "-printmapping $WORK/$id.mapping.txt"
  } >"$WORK/$id.pro"
  protected "$id" "$label" "$run" "$JAVA" -cp "$PROGUARD_CP" proguard.ProGuard @"$WORK/$id.pro"
}

# rows_table: the report's table of ROWS
rows_table() {
  local row
  echo "| variant | protection | run (wall) | result |"
  echo "|---|---:|---:|---|"
  for row in "${ROWS[@]}"; do echo "| $row |"; done
}

# strict_exit: with --strict, exit 1 when a jarmor variant did not give the original's output
strict_exit() {
  if [ "$STRICT" = 1 ] && [ "${#JARMOR_NOT_SAME[@]}" -gt 0 ]; then
    say "not the original's output: ${JARMOR_NOT_SAME[*]}"
    exit 1
  fi
}
