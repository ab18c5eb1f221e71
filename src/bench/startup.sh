#!/usr/bin/env bash
# Start-up benchmark for the jixiao launcher.
#
#   src/bench/startup.sh [runs]      (default 11 runs per measurement)
#
# Makes sure the jar and the JVM start-up cache exist (runs the launcher once and waits for its
# background training run), then reports the median wall time of
#   - ./jixiao <one-shot command>   (default `list --json`; BENCH_COMMAND overrides it)
#   - java -version                 with the JDK the launcher picks (the floor: an empty JVM)
# Uses a throw-away JIXIAO_HOME and JIXIAO_DB, so the user's data and cache are not touched.
# Needs only bash, date and sort (no hyperfine).

set -u -o pipefail

RUNS="${1:-11}"
read -r -a COMMAND <<<"${BENCH_COMMAND:-list --json}"
CACHE_WAIT=120 # seconds to wait for the background training run

ROOT="$(cd -P "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT" || exit 1
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [runs]" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/jixiao-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export JIXIAO_HOME="$WORK/home" JIXIAO_DB="$WORK/db/jixiao"
mkdir -p "$JIXIAO_HOME" "$WORK/db"
unset JIXIAO_DEBUG

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# time_ms CMD… — runs CMD once (output discarded), prints its wall time in ms
time_ms() {
  local start
  start=$(now_ms)
  "$@" >/dev/null 2>&1 </dev/null
  echo $(($(now_ms) - start))
}

# median NUMBER… — prints the median
median() {
  printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"
}

# 1. jar + which JDK/cache the launcher uses (its JIXIAO_DEBUG lines name them)
echo "preparing (build if needed, cache training)…" >&2
info="$(JIXIAO_DEBUG=1 ./jixiao "${COMMAND[@]}" 2>&1 >/dev/null </dev/null)"
rc=$?
java_bin="$(sed -n 's/^jixiao: JDK .* at \([^ ]*\) .*/\1/p' <<<"$info" | head -n 1)/bin/java"
java_ver="$(sed -n 's/^jixiao: JDK \([^ ]*\) at .*/\1/p' <<<"$info" | head -n 1)"
if [[ ! -x "$java_bin" ]]; then
  echo "the launcher failed (exit $rc):" >&2
  echo "$info" >&2
  exit 3
fi
((rc == 0)) || echo "note: ./jixiao ${COMMAND[*]} exits $rc" >&2

# 2. wait for the background training run to publish the cache
cache=""
for ((waited = 0; waited < CACHE_WAIT; waited++)); do
  cache="$(find "$JIXIAO_HOME/cache" -maxdepth 1 \( -name 'jixiao-*.aot' -o -name 'jixiao-*.jsa' \) \
    -size +0 2>/dev/null | head -n 1)"
  [[ -n "$cache" ]] && break
  [[ -n "$(find "$JIXIAO_HOME/cache" -maxdepth 1 -name '*.failed' 2>/dev/null)" ]] && break
  sleep 1
done
# a training run may still be cleaning up: let it finish so it does not compete for the CPU
for ((i = 0; i < 30; i++)); do [[ -d "$JIXIAO_HOME/cache/train.lock" ]] || break; sleep 1; done
[[ -n "$cache" ]] || echo "no start-up cache after ${waited}s (see $JIXIAO_HOME/cache-training.log)" >&2

# 3. measure
# The variants take turns, so a burst of load on the machine hits them alike.
echo "measuring ($RUNS runs each)…" >&2
t_java=() t_plain=() t_cache=()
for ((run = 0; run < RUNS; run++)); do
  t_java+=("$(time_ms "$java_bin" -version)")
  t_plain+=("$(JIXIAO_NO_CACHE=1 time_ms ./jixiao "${COMMAND[@]}")")
  [[ -n "$cache" ]] && t_cache+=("$(time_ms ./jixiao "${COMMAND[@]}")")
done
java_version="$(median "${t_java[@]}") ms"
no_cache="$(median "${t_plain[@]}") ms"
with_cache="no cache"
[[ -n "$cache" ]] && with_cache="$(median "${t_cache[@]}") ms"

# 4. report
printf '\n%-40s %s\n' "what (median of $RUNS)" "wall time"
printf '%-40s %s\n' "----------------------------------------" "---------"
printf '%-40s %s\n' "java -version" "$java_version"
printf '%-40s %s\n' "./jixiao ${COMMAND[*]} (no cache)" "$no_cache"
printf '%-40s %s\n' "./jixiao ${COMMAND[*]} (start-up cache)" "$with_cache"
cache_label="none"
[[ -n "$cache" ]] && cache_label="${cache##*/}"
printf '\nJDK %s (%s), cache: %s, nproc %s\n' "$java_ver" "$java_bin" "$cache_label" "$(nproc)"
