#!/usr/bin/env bash
# Start-up benchmark for the jixiao launcher and the resident jixiao.
#
#   src/bench/startup.sh [runs] [loop] [rss]      (defaults: 11 runs, a 200-command loop, RSS after 1,000)
#
# Prints figures, times nothing against a limit. Uses a throw-away JIXIAO_HOME and JIXIAO_DB, so the user's
# data, cache and resident jixiao are not touched; stops the resident jixiao it started. Needs bash, date, sort.
#   1. medians of `java -version` (the JDK the launcher picks), `./jixiao list --json` in a JVM of its own
#      (JIXIAO_NO_SERVER=1, with the start-up cache) and through the warm resident jixiao: wall time and client
#      CPU (user + system time of the launcher and what it runs; the resident JVM's own CPU is not the client's).
#      The variants take turns, so a burst of load on the machine hits them alike.
#   2. a loop of [loop] one-shot `set` commands through the resident jixiao, the same loop with
#      JIXIAO_NO_SERVER=1, and `./jixiao script` with the same lines: total wall time of each.
#   3. the resident process's memory (RSS) after [rss] commands and after twice as many.
# BENCH_COMMAND overrides `list --json` in 1.

set -u -o pipefail

RUNS="${1:-11}"
LOOP="${2:-200}"
RSS_AT="${3:-1000}"
read -r -a COMMAND <<<"${BENCH_COMMAND:-list --json}"
CACHE_WAIT=180 # seconds to wait for the background training run

ROOT="$(cd -P "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT" || exit 1
for n in "$RUNS" "$LOOP" "$RSS_AT"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [runs] [loop] [rss]" >&2; exit 2; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/jixiao-bench.XXXXXX")"
export JIXIAO_HOME="$WORK/home" JIXIAO_DB="$WORK/db/jixiao"
cleanup() {
  JIXIAO_NO_SERVER= ./jixiao server stop >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$JIXIAO_HOME" "$WORK/db"
unset JIXIAO_DEBUG JIXIAO_NO_SERVER JIXIAO_NO_CACHE

# timed CMD… — runs CMD once (output discarded), prints "WALL_MS CPU_MS" (CPU = user + system of CMD and its
# children that it waited for)
timed() {
  local TIMEFORMAT='%R %U %S' t
  t="$({ time "$@" >/dev/null 2>&1 </dev/null; } 2>&1)"
  awk '{ printf "%d %d\n", $1 * 1000 + 0.5, ($2 + $3) * 1000 + 0.5 }' <<<"$t"
}

# median NUMBER… — prints the median
median() {
  printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# rss_kb — the resident jixiao's RSS in kB (from /proc), or "?"
rss_kb() {
  local info pid line
  info="$(ls "$JIXIAO_HOME"/server/*.info 2>/dev/null | head -n 1)"
  pid="$(sed -n 's/^pid=//p' "$info" 2>/dev/null)"
  line="$(grep '^VmRSS:' "/proc/$pid/status" 2>/dev/null)"
  [[ -n "$line" ]] && awk '{ print $2 }' <<<"$line" || echo "?"
}

# 1. jar, JDK, start-up cache (the launcher's JIXIAO_DEBUG lines name them)
echo "preparing (build if needed, cache training)…" >&2
info="$(JIXIAO_NO_SERVER=1 JIXIAO_DEBUG=1 ./jixiao "${COMMAND[@]}" 2>&1 >/dev/null </dev/null)"
rc=$?
java_bin="$(sed -n 's/^jixiao: JDK .* at \([^ ]*\) .*/\1/p' <<<"$info" | head -n 1)/bin/java"
java_ver="$(sed -n 's/^jixiao: JDK \([^ ]*\) at .*/\1/p' <<<"$info" | head -n 1)"
if [[ ! -x "$java_bin" ]]; then
  echo "the launcher failed (exit $rc):" >&2
  echo "$info" >&2
  exit 3
fi
cache=""
for ((waited = 0; waited < CACHE_WAIT; waited++)); do
  cache="$(find "$JIXIAO_HOME/cache" -maxdepth 1 \( -name 'jixiao-*.aot' -o -name 'jixiao-*.jsa' \) \
    -size +0 2>/dev/null | head -n 1)"
  [[ -n "$cache" ]] && break
  [[ -n "$(find "$JIXIAO_HOME/cache" -maxdepth 1 -name '*.failed' 2>/dev/null)" ]] && break
  sleep 1
done
for ((i = 0; i < 30; i++)); do [[ -d "$JIXIAO_HOME/cache/train.lock" ]] || break; sleep 1; done
[[ -n "$cache" ]] || echo "no start-up cache after ${waited}s (see $JIXIAO_HOME/cache-training.log)" >&2
# the resident jixiao: start it, and warm it (and the client's class data archive) up
for ((i = 0; i < 20; i++)); do ./jixiao "${COMMAND[@]}" >/dev/null 2>&1 </dev/null; done

echo "measuring ($RUNS runs each)…" >&2
w_java=() c_java=() w_own=() c_own=() w_res=() c_res=()
for ((run = 0; run < RUNS; run++)); do
  read -r w c < <(timed "$java_bin" -version); w_java+=("$w"); c_java+=("$c")
  read -r w c < <(JIXIAO_NO_SERVER=1 timed ./jixiao "${COMMAND[@]}"); w_own+=("$w"); c_own+=("$c")
  read -r w c < <(timed ./jixiao "${COMMAND[@]}"); w_res+=("$w"); c_res+=("$c")
done

# 2. the loop: one declaration with one indicator, then LOOP edits of its value
./jixiao new --name 基准测试 --year 2026 --department 基准局 >/dev/null 2>&1 </dev/null
./jixiao add 产出指标/数量指标 车次 --half '≥1辆' --full '≥2辆' >/dev/null 2>&1 </dev/null
script="$WORK/loop.txt"
: >"$script"
for ((i = 1; i <= LOOP; i++)); do echo "set 3.1.1 --full ≥${i}辆" >>"$script"; done
echo "loop of $LOOP set commands: resident…" >&2
start=$(now_ms)
for ((i = 1; i <= LOOP; i++)); do ./jixiao set 3.1.1 --full "≥${i}辆" >/dev/null 2>&1 </dev/null || echo "set failed" >&2; done
loop_res=$(($(now_ms) - start))
echo "… JIXIAO_NO_SERVER=1…" >&2
start=$(now_ms)
for ((i = 1; i <= LOOP; i++)); do
  JIXIAO_NO_SERVER=1 ./jixiao set 3.1.1 --full "≥${i}辆" >/dev/null 2>&1 </dev/null || echo "set failed" >&2
done
loop_own=$(($(now_ms) - start))
echo "… script…" >&2
start=$(now_ms)
JIXIAO_NO_SERVER=1 ./jixiao script "$script" >/dev/null 2>&1 </dev/null || echo "script failed" >&2
loop_script=$(($(now_ms) - start))

# 3. memory: RSS_AT commands, then as many again (four clients at a time; the server runs one after the other)
echo "memory: $((2 * RSS_AT)) commands…" >&2
done_so_far=$((20 + RUNS + 2 + LOOP)) # commands the resident jixiao has served so far
# run_many N — N one-shot commands, four at a time
run_many() {
  local i
  for ((i = 1; i <= $1; i++)); do
    ./jixiao "${COMMAND[@]}" >/dev/null 2>&1 </dev/null &
    ((i % 4 == 0)) && wait
  done
  wait
}
run_many $((RSS_AT > done_so_far ? RSS_AT - done_so_far : 0))
rss1="$(rss_kb)"
run_many "$RSS_AT"
rss2="$(rss_kb)"
status="$(./jixiao server status 2>&1)"

# 4. report
printf '\n%-52s %10s %12s\n' "what (median of $RUNS)" "wall" "client CPU"
printf '%-52s %10s %12s\n' "----------------------------------------------------" "----------" "------------"
printf '%-52s %7s ms %9s ms\n' "java -version" "$(median "${w_java[@]}")" "$(median "${c_java[@]}")"
printf '%-52s %7s ms %9s ms\n' "./jixiao ${COMMAND[*]} (JIXIAO_NO_SERVER=1)" "$(median "${w_own[@]}")" "$(median "${c_own[@]}")"
printf '%-52s %7s ms %9s ms\n' "./jixiao ${COMMAND[*]} (resident jixiao, warm)" "$(median "${w_res[@]}")" "$(median "${c_res[@]}")"
printf '\n%-52s %10s\n' "$LOOP one-shot set commands" "total wall"
printf '%-52s %7s ms\n' "resident jixiao" "$loop_res"
printf '%-52s %7s ms\n' "JIXIAO_NO_SERVER=1 (a JVM each)" "$loop_own"
printf '%-52s %7s ms\n' "./jixiao script with the same $LOOP lines" "$loop_script"
printf '\nresident jixiao RSS: %s kB after %s commands, %s kB after %s\n' "$rss1" "$RSS_AT" "$rss2" "$((2 * RSS_AT))"
printf '%s\n' "$status"
cache_label="none"
[[ -n "$cache" ]] && cache_label="${cache##*/}"
printf 'JDK %s (%s), cache: %s, nproc %s, load %s\n' "$java_ver" "$java_bin" "$cache_label" "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
