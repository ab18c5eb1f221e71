#!/usr/bin/env bash
# Import benchmark: N generated 20-indicator declarations imported (Markdown and JSON), validated and stored
# into an H2 file, next to a raw JDBC batch insert of the same rows, under -Xmx256m.
#
#   src/bench/import.sh [N]      (default 10000)
#
# Compiles main and test classes (no tests run); uses a throw-away directory under $TMPDIR.
set -eu -o pipefail
ROOT="$(cd -P "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT"
N="${1:-10000}"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    cn.jixiao.bench.ImportBench "$N"
