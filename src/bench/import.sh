#!/usr/bin/env bash
# Import benchmark: N generated 20-indicator declarations imported from Markdown and from JSON (read, validated with
# every rule, stored into an H2 file), next to a raw JDBC batch insert of the same rows, under -Xmx256m.
# See cn.jixiao.bench.ImportBench (src/test/java).
#
#   src/bench/import.sh [N] [--postgres]      (default 10000; --postgres: on a PostgreSQL server the benchmark starts)
#
# Compiles main and test classes (no tests run); uses a throw-away directory under $TMPDIR. Runs on the JDK the
# launcher picks, with the 256 MB heap touched in advance (see validation.sh for why).
set -eu -o pipefail
ROOT="$(cd -P "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=src/bench/jdk.sh
source src/bench/jdk.sh
bench_setup
exec "$BENCH_JAVA" -Xms256m -Xmx256m -XX:+AlwaysPreTouch -cp "$BENCH_CP" cn.jixiao.bench.ImportBench "${@:-10000}"
