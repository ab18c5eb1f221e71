#!/usr/bin/env bash
# Validation benchmark: how many 20-indicator declarations the full rule catalogue validates per second on
# one thread (target ≥ 200,000/s). See cn.jixiao.bench.ValidationBenchmark (src/test/java).
#
#   src/bench/validation.sh [N] [--per-rule]    (N declarations, default 200000; --per-rule: time of each rule)
#
# Prints nproc and the JDK first, so that a figure can be quoted with the machine it came from.

set -u -o pipefail
ROOT="$(cd -P "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT" || exit 1
echo "nproc: $(nproc); $(java -version 2>&1 | head -1)"
ARGS="$*"
exec ./mvnw -q test-compile exec:java -Dexec.mainClass=cn.jixiao.bench.ValidationBenchmark \
  -Dexec.classpathScope=test ${ARGS:+"-Dexec.args=$ARGS"}
