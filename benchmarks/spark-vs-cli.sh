#!/usr/bin/env bash
# The Spark job (local[2]) against the command line on the same articles, in the same run: wall time,
# peak memory, and the Spark job's overhead over the CLI. Not a timed test: a measurement to repeat.
#
#   benchmarks/spark-vs-cli.sh [N...]        # default: 2000 10000
#
# Each archive is the corpus repeated, as copy-K/<path> hard links, until N articles: every article file
# under corpus/ (Wikinews, the CMS trees, open-news), or under the folders of corpus/ that
# COPYDESK_BENCH_CORPUS names (COPYDESK_BENCH_CORPUS="wikinews" for news copy alone). Both sides run
# one JVM with the same options (-Xmx2g -XX:+UseSerialGC), two worker threads: the CLI on this machine's 2 cores, Spark with local[2].
# Besides wall time, each side's processor time (user + system) is recorded: on a machine other builds
# share, it is the steadier measure of the work done. Peak memory is the JVM's resident set (in local
# mode the Spark driver is the executor) and the executor's peak JVM heap from Spark's event log.
# MVN picks the Maven command (default mvn); COPYDESK_BENCH_DIR the work folder (default
# /tmp/copydesk-spark-bench). Results: $work/results.tsv.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mvn="${MVN:-mvn}"
work="${COPYDESK_BENCH_DIR:-/tmp/copydesk-spark-bench}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 10000)
jvm="-Xmx2g -XX:+UseSerialGC"
mkdir -p "$work"

if [ "${COPYDESK_BENCH_SKIP_BUILD:-0}" != 1 ]; then   # 1: measure the jars already built
  (cd "$root" && $mvn -B -q -DskipTests install -pl cli,spark -am) >&2
fi
MVN="$mvn" "$root/spark/spark-submit" --version >/dev/null 2>&1   # builds spark/target/launcher/spark-classpath once

make_archive() {  # $1 = N: the corpus' article files repeated to N files, as hard links
  python3 - "$root/corpus" "$work/articles-$1" "$1" ${COPYDESK_BENCH_CORPUS:-} <<'PY'
import os, shutil, sys
corpus, target, n, folders = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:] or ['.']
exts = ('.txt', '.md', '.markdown', '.html', '.htm')
files = sorted(os.path.relpath(os.path.join(d, f), corpus)
               for folder in folders for d, _, fs in os.walk(os.path.join(corpus, folder)) for f in fs
               if f.endswith(exts) and f != 'README.md' and not f.endswith('-SOURCE.md'))
shutil.rmtree(target, ignore_errors=True)
for i in range(n):
    rel = files[i % len(files)]
    dest = os.path.join(target, 'copy-%d' % (i // len(files)), rel)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    os.link(os.path.join(corpus, rel), dest)
PY
}

peak_heap_mb() {  # the largest JVMHeapMemory in the event logs under $1, in MB
  python3 - "$1" <<'PY'
import json, os, sys
peak = 0
for d, _, fs in os.walk(sys.argv[1]):
    for f in fs:
        if not f.startswith('events'):
            continue
        for line in open(os.path.join(d, f), encoding='utf-8'):
            if not line.strip():
                continue
            event = json.loads(line)
            for key in ('Task Executor Metrics', 'Executor Metrics'):
                peak = max(peak, (event.get(key) or {}).get('JVMHeapMemory', 0))
print(round(peak / 1048576))
PY
}

printf 'articles\tcli_s\tspark_s\tspark/cli\tcli_cpu_s\tspark_cpu_s\tcpu_spark/cli\tcli_rss_mb\tspark_rss_mb\tspark_heap_peak_mb\tspark_articles_per_cpu_s\tuptime\n' > "$work/results.tsv"
for n in "${sizes[@]}"; do
  make_archive "$n"
  load="$(uptime | sed 's/.*load average: //')"
  echo "== $n articles (load average before: $load)" >&2

  /usr/bin/time -f '%e %M %U %S' -o "$work/cli-$n.time" \
    java $jvm -jar "$root/cli/target/copydesk.jar" check --format json --output "$work/cli-$n.json" "$work/articles-$n" || true
  read -r cli_s cli_kb cli_user cli_sys < <(tail -1 "$work/cli-$n.time")   # after "Command exited with non-zero status 1"

  rm -rf "$work/spark-$n" "$work/events-$n" && mkdir -p "$work/events-$n"
  COPYDESK_SPARK_JAVA_OPTS="$jvm" MVN="$mvn" /usr/bin/time -f '%e %M %U %S' -o "$work/spark-$n.time" \
    "$root/spark/spark-submit" --master 'local[2]' \
      --conf spark.eventLog.enabled=true --conf "spark.eventLog.dir=file://$work/events-$n" \
      --conf spark.eventLog.logStageExecutorMetrics=true --conf spark.eventLog.compress=false \
      --class dev.copydesk.spark.CopydeskSparkJob "$root/spark/target/copydesk-spark.jar" \
      "$work/articles-$n" "$work/spark-$n" | tee "$work/spark-$n.summary"
  read -r spark_s spark_kb spark_user spark_sys < <(tail -1 "$work/spark-$n.time")

  # The same totals both ways, or the timing compares different work.
  python3 - "$work/cli-$n.json" "$work/spark-$n.summary" <<'PY'
import json, re, sys
cli = json.load(open(sys.argv[1]))['summary']
line = open(sys.argv[2]).readline()
nums = [int(x.replace(',', '')) for x in re.findall(r'[\d,]+(?= (?:error|warning|info)s?\b)', line)]
if nums != [cli['errors'], cli['warnings'], cli['infos']]:
    sys.exit('totals differ: CLI %s, Spark %s' % (cli, line.strip()))
print('same totals: %d errors, %d warnings, %d infos' % (cli['errors'], cli['warnings'], cli['infos']), file=sys.stderr)
PY
  heap="$(peak_heap_mb "$work/events-$n")"
  python3 - "$n" "$cli_s" "$spark_s" "$cli_kb" "$spark_kb" "$heap" "$load" "$cli_user" "$cli_sys" "$spark_user" "$spark_sys" \
      >> "$work/results.tsv" <<'PY'
import sys
n, cli, spark, cli_kb, spark_kb, heap, load, cu, cs, su, ss = sys.argv[1:]
n, cli, spark = int(n), float(cli), float(spark)
cli_cpu, spark_cpu = float(cu) + float(cs), float(su) + float(ss)
print('\t'.join([str(n), '%.1f' % cli, '%.1f' % spark, '%.2f' % (spark / cli),
                 '%.1f' % cli_cpu, '%.1f' % spark_cpu, '%.2f' % (spark_cpu / cli_cpu), str(int(cli_kb) // 1024),
                 str(int(spark_kb) // 1024), heap, '%.1f' % (n / spark_cpu), load]))
PY
  rm -rf "$work/articles-$n"
done
column -t -s $'\t' "$work/results.tsv"
