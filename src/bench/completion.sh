#!/usr/bin/env bash
# Completion benchmark: 100,000 catalogue indicators, completion by Chinese prefix and by pinyin initials.
#
#   src/bench/completion.sh [N]      (default 100000)
#
# Compiles main and test classes (no tests run) and prints median / p99 / worst time per completion.
set -eu -o pipefail
ROOT="$(cd -P "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    cn.jixiao.bench.CompletionBench "${1:-100000}"
