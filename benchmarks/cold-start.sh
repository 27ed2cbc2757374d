#!/usr/bin/env bash
# Whole-process times of Copydesk beside bare LanguageTool 6.6, in one run on this machine: the seed
# article cold (a fresh JVM for one article, as a pre-commit hook or an editor's "check this file"
# pays it) and the 163 Wikinews articles, each ROUNDS times (default 5), the programs taking turns.
# Copydesk runs three ways: ./copydesk (its launcher: serial collector, the quick compiler for small
# runs, the class archive cli/target/copydesk.jsa), ./copydesk with COPYDESK_CDS=0 (no archive), and
# java -jar cli/target/copydesk.jar with the JVM's defaults. Prints the median wall time of each and
# its ratio to bare LanguageTool's, and writes benchmarks/target/cold-start.tsv. Not part of the build.
#
# usage: benchmarks/cold-start.sh            (after: mvn -B -q -DskipTests install)
#        ROUNDS=3 benchmarks/cold-start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
jar=cli/target/copydesk.jar
bench=benchmarks/target/benchmarks.jar
[ -f "$jar" ] && [ -f "$bench" ] || { echo "needs $jar and $bench: mvn -B -q -DskipTests install" >&2; exit 2; }
./copydesk --version >/dev/null 2>&1 || true   # makes the class archive once, outside the timings
seed=samples/asianews-2021-07-27.txt
corpus=corpus/wikinews
mkdir -p benchmarks/target
tsv=benchmarks/target/cold-start.tsv
raw=$(mktemp)
trap 'rm -f "$raw"' EXIT

seconds() { # label input command... : one timed run, appended to $raw
  local label=$1 input=$2 start end
  shift 2
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true   # a check with errors exits 1
  end=$(date +%s.%N)
  echo -e "$label\t$input\t$(echo "$end - $start" | bc)" >>"$raw"
}
for input in "$seed" "$corpus"; do
  name=$([ "$input" = "$seed" ] && echo seed || echo wikinews)
  for _ in $(seq 1 "$ROUNDS"); do
    seconds "./copydesk" "$name" ./copydesk check "$input"
    seconds "./copydesk, no class archive" "$name" env COPYDESK_CDS=0 ./copydesk check "$input"
    seconds "java -jar copydesk.jar" "$name" java -jar "$jar" check "$input"
    seconds "bare LanguageTool" "$name" java -cp "$bench" dev.copydesk.benchmarks.BareLanguageTool "$input"
  done
done

python3 - "$raw" "$tsv" "$ROUNDS" <<'PY'
import statistics, sys
from collections import defaultdict
raw, tsv, rounds = sys.argv[1], sys.argv[2], sys.argv[3]
times = defaultdict(list)
order = []
for line in open(raw):
    label, name, s = line.rstrip('\n').split('\t')
    if (label, name) not in times:
        order.append((label, name))
    times[(label, name)].append(float(s))
with open(tsv, 'w') as out:
    out.write('program\tinput\tmedian_s\tmin_s\tmax_s\tratio_to_languagetool\n')
    print(f'median wall time of {rounds} runs each (load average at the end: {open("/proc/loadavg").read().split()[0]})')
    for label, name in order:
        t = times[(label, name)]
        ratio = statistics.median(t) / statistics.median(times[('bare LanguageTool', name)])
        out.write(f'{label}\t{name}\t{statistics.median(t):.2f}\t{min(t):.2f}\t{max(t):.2f}\t{ratio:.2f}\n')
        print(f'{name:9} {label:30} {statistics.median(t):7.2f} s  ({min(t):.2f}-{max(t):.2f})  x{ratio:.2f} of bare LanguageTool')
print(f'figures in {tsv}')
PY
