#!/usr/bin/env bash
# Validation benchmark: how many 20-indicator declarations the full rule catalogue validates per second on
# one thread (target ≥ 200,000/s). See cn.jixiao.bench.ValidationBenchmark (src/test/java).
#
#   src/bench/validation.sh [N] [--per-rule]    (N declarations, default 200000; --per-rule: time of each rule)
#
# Runs on the JDK the launcher picks (newest ≥ 17; JIXIAO_JAVA overrides) with a fixed heap touched in advance
# (-Xms = -Xmx, AlwaysPreTouch): on this kind of virtual machine the first touch of a memory page is slow, and
# a heap that grows while the rounds run makes them differ by 2×. Prints nproc and the JDK first, so that a
# figure can be quoted with the machine it came from.

set -eu -o pipefail
ROOT="$(cd -P "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=src/bench/jdk.sh
source src/bench/jdk.sh
bench_setup
exec "$BENCH_JAVA" -Xms3g -Xmx3g -XX:+AlwaysPreTouch -cp "$BENCH_CP" cn.jixiao.bench.ValidationBenchmark "$@"
