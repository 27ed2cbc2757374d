#!/usr/bin/env bash
# Load benchmark of `copydesk serve` against LanguageTool 6.6's own server, in the same run, on this
# machine's loopback only. wrk (Debian: apt-get install wrk) posts /v2/check forms: the seed and
# Wikinews articles in turn, with 1, 4 and 16 connections for DURATION (default 60 s) each; then the
# seed alone at 1 connection (the warm seed latency). Prints throughput, p50, p99 and errors per run
# and writes them to benchmarks/target/server-load.tsv. Not part of the build.
#
# usage: benchmarks/server-load.sh            (after: mvn -B -q -DskipTests install)
#        DURATION=10s CONNECTIONS="1 4" WORKERS=2 benchmarks/server-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-"1 4 16"}
WORKERS=${WORKERS:-$(nproc)}
CD_PORT=${CD_PORT:-18081}
LT_PORT=${LT_PORT:-18082}
out=benchmarks/target/server-load
mkdir -p "$out"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 2; }
[ -f cli/target/copydesk.jar ] || { echo "needs cli/target/copydesk.jar: mvn -B -q -DskipTests install" >&2; exit 2; }

# LanguageTool's server and its dependencies: the server module's test class path (kept until the pom changes).
if [ ! -f "$out/lt-classpath.txt" ] || [ server/pom.xml -nt "$out/lt-classpath.txt" ] || [ pom.xml -nt "$out/lt-classpath.txt" ]; then
  ${MVN:-mvn} -B -q -pl server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$out/lt-classpath.txt" >/dev/null
fi
# A copy of the jar, so that a build during the run cannot change the classes under the server.
cp cli/target/copydesk.jar "$out/copydesk.jar"

seed=samples/asianews-2021-07-27.txt
wikinews=$(ls corpus/wikinews/*.md | head -40)
python3 benchmarks/server-load/make-forms.py en-US "$out/mixed.forms" $seed $wikinews
python3 benchmarks/server-load/make-forms.py en-US "$out/seed.forms" $seed
python3 benchmarks/server-load/make-forms.py en-US "$out/700-words.forms" corpus/wikinews/0010.md

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

java -XX:+UseSerialGC -jar "$out/copydesk.jar" serve --port "$CD_PORT" --workers "$WORKERS" >"$out/copydesk.log" 2>&1 &
pids+=($!); cd_pid=$!
java -cp "$(cat "$out/lt-classpath.txt")" org.languagetool.server.HTTPServer --port "$LT_PORT" >"$out/languagetool.log" 2>&1 &
pids+=($!); lt_pid=$!

wait_ready() { # url
  for _ in $(seq 1 240); do
    if curl -sf -o /dev/null "$1"; then return 0; fi
    sleep 0.5
  done
  echo "not ready: $1" >&2; exit 1
}
wait_ready "http://127.0.0.1:$CD_PORT/health"
wait_ready "http://127.0.0.1:$LT_PORT/v2/languages"
# Warm both the same way: every form once per worker, then 20 s of load.
for port in $CD_PORT $LT_PORT; do
  FORMS="$out/mixed.forms" wrk -t2 -c"$WORKERS" -d20s --timeout 30s -s benchmarks/server-load/post-forms.lua "http://127.0.0.1:$port" >/dev/null
done

tsv=benchmarks/target/server-load.tsv
printf 'server\tforms\tconnections\trequests\tthroughput_per_s\tp50_ms\tp99_ms\tnon2xx\tsocket_errors\ttimeouts\tload_before\tcpu_s\n' >"$tsv"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # name port forms connections pid
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local before; before=$(cpu_ticks "$5")
  local line
  line=$(FORMS="$out/$3.forms" wrk -t$(( $4 < 2 ? 1 : 2 )) -c"$4" -d"$DURATION" --timeout 30s --latency \
    -s benchmarks/server-load/post-forms.lua "http://127.0.0.1:$2" | grep '^RESULT')
  # Processor time the server spent in the run: a figure the other programs on the machine inflate less than latency.
  local cpu; cpu=$(awk -v a="$before" -v b="$(cpu_ticks "$5")" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", (b - a) / hz}')
  echo "$1 $3 c=$4 $line cpu_s=$cpu (load average $load)"
  echo "$line" | sed -E 's/RESULT requests=([0-9]+) seconds=[0-9.]+ throughput=([0-9.]+) p50_ms=([0-9.]+) p99_ms=([0-9.]+) non2xx=([0-9]+) socket_errors=([0-9]+) timeouts=([0-9]+)/\1\t\2\t\3\t\4\t\5\t\6\t\7/' \
    | awk -v s="$1" -v f="$3" -v c="$4" -v l="$load" -v u="$cpu" '{print s "\t" f "\t" c "\t" $0 "\t" l "\t" u}' >>"$tsv"
}
for c in $CONNECTIONS; do
  run copydesk "$CD_PORT" mixed "$c" "$cd_pid"
  run languagetool "$LT_PORT" mixed "$c" "$lt_pid"
done
run copydesk "$CD_PORT" 700-words 4 "$cd_pid"
run languagetool "$LT_PORT" 700-words 4 "$lt_pid"
run copydesk "$CD_PORT" seed 1 "$cd_pid"
run languagetool "$LT_PORT" seed 1 "$lt_pid"
echo "copydesk resident memory: $(( $(ps -o rss= -p "$cd_pid") / 1024 )) MB; languagetool: $(( $(ps -o rss= -p "$lt_pid") / 1024 )) MB"
echo "uptime: $(uptime)"
echo "figures in $tsv"
