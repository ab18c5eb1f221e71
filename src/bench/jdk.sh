# Sourced by the benchmarks: sets BENCH_JAVA to the JDK the launcher would run jixiao on (the newest >= 17 among
# $JIXIAO_JAVA, $JAVA_HOME, java on PATH and /usr/lib/jvm/*), and builds BENCH_CP, the test class path.
bench_java() {
  local c real release feature best=0
  BENCH_JAVA=""
  local candidates=()
  [[ -n "${JIXIAO_JAVA:-}" ]] && candidates=("$JIXIAO_JAVA")
  if [[ ${#candidates[@]} -eq 0 ]]; then
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
    command -v java >/dev/null && candidates+=("$(command -v java)")
    candidates+=(/usr/lib/jvm/*/bin/java)
  fi
  for c in "${candidates[@]}"; do
    [[ -x "$c" ]] || continue
    real="$(readlink -f "$c")"
    release="$(dirname "$(dirname "$real")")/release"
    feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null)"
    if [[ -n "$feature" ]] && ((feature >= 17 && feature > best)); then
      best="$feature"
      BENCH_JAVA="$real"
    fi
  done
  [[ -n "$BENCH_JAVA" ]] || { echo "no JDK 17 or newer found" >&2; exit 1; }
}

bench_classpath() {
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
  BENCH_CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}

# Both of the above, then a line naming the machine and the JDK, so that a figure can be quoted with them.
bench_setup() {
  bench_java
  bench_classpath
  echo "nproc: $(nproc); $("$BENCH_JAVA" -version 2>&1 | head -1)"
}
