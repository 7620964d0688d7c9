#!/usr/bin/env bash
# bench/run.sh: is cloudcost's ingest faster than DuckDB on the same file? Measures it (issue 8).
#
# Builds the bench module and the CLI, generates the inputs deterministically (seeded, same bytes
# every run) under bench/target/data/ - a legacy CUR CSV (23 columns, ~450 bytes a line) and a
# FOCUS 1.2 CSV, both with quoted commas and now and then a quoted line break, plus their Parquet
# copies written with DuckDB (CUR 2.0 and FOCUS, typed as AWS exports them) - and keeps a file
# whose .expected sidecar matches it. Then org.cloudcost.bench.EndToEndBench runs, per input,
# cloudcost's ingest into the billing frame (IngestBilling, on the CLI jar's classes, as
# `cloudcost analyze` runs) and DuckDB's in-process GROUP BY
# (DuckDbGroupBy, 2 threads) as separate processes, alternately, one warm-up each then the
# timed repetitions; wall time from spawn to exit, peak RSS (VmHWM) as each child reports it.
# Both totals must agree with each other and with the generator's exact sum to 0.01 (exit 1 if
# not). Full mode also times the case-study demo end to end (cloudcost demo; cloudcost analyze
# on its input) and writes the results, with machine, JDK, DuckDB version and date, between
# <!-- bench:begin --> and <!-- bench:end --> in docs/performance.md.
#
# Usage: bench/run.sh [--small] [--lines "N ..."] [--reps N] [--warmup N] [--no-parquet]
#                     [--no-demo] [--jvm-opts "OPTS"] [--demo-jvm-opts "OPTS"] [--docs | --no-docs] [--no-build]
#        bench/run.sh --jmh [JMH options]        the kernels (tokenizer, decimal, timestamp) with JMH
#        bench/run.sh --parsers [options]        the CSV parser comparison of issue 2 (bench/parsers.sh)
#   --small          CI smoke: 1M lines, 1 repetition, no warm-up, no Parquet, no demo, docs untouched;
#                    checks that the totals agree and asserts no time (~2-3 min on 2 cores once built)
#   --lines "N ..."  input sizes (default "1000000 10000000"; --small: 1000000)
#   --reps N         timed repetitions per program and input (default 5: a ratio near 1 moves ±15% on a
#                    shared 2-core guest, so the median of 3 was too easily swayed; --small: 1)
#   --warmup N       untimed runs first (default 1; --small: 0)
#   --no-parquet     skip the Parquet copies
#   --no-demo        skip the demo's end-to-end time
#   --jvm-opts OPTS  options for every measured ingest JVM (cloudcost, DuckDB), e.g. "-Xmx1g"; default none
#   --demo-jvm-opts OPTS  options for the demo's CLI runs; default what ./cloudcost picks for an input
#                    that small: "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx800m", and
#                    -XX:+UseTransparentHugePages where the kernel offers them (keep the two in step)
#   --docs/--no-docs write the results into docs/performance.md or not (default: full mode writes)
#   --no-build       use the jars already built
# Environment: BUILD_DIR (default target) is passed to Maven as -Dbuild.dir, so a work tree
# shared with other builds can keep its own output folder; the data stays in bench/target/data.
# Disk: the full mode's inputs take about 12 GB (10M lines: CUR 4.5 GB, FOCUS 5.6 GB).
#
# Examples:
#   bench/run.sh                 # 1M and 10M lines, 5 repetitions, Parquet, demo; writes the docs (~25 min)
#   bench/run.sh --small         # smoke run
#   bench/run.sh --jmh -f 1 -wi 2 -i 3
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

case "${1:-}" in
  --parsers) shift; exec bench/parsers.sh "$@" ;;
esac

build_dir="${BUILD_DIR:-target}"
jar="bench/$build_dir/cloudcost-bench.jar"
cli_jar="cli/$build_dir/cloudcost.jar"

if [[ "${1:-}" == "--jmh" ]]; then
  shift
  echo "building bench (./mvnw -q -Dbuild.dir=$build_dir -pl bench -am package -DskipTests) ..." >&2
  ./mvnw -q -Dbuild.dir="$build_dir" -pl bench -am package -DskipTests
  exec java -cp "$jar" org.openjdk.jmh.Main CsvKernelsBenchmark "$@"
fi

small=0
lines=""
reps=""
warmup=""
parquet=1
demo=1
jvm_opts=""
demo_jvm_opts="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx800m"
# the launcher adds transparent huge pages where the kernel offers them: so does the demo's default
thp=/sys/kernel/mm/transparent_hugepage/enabled
if [[ -r "$thp" ]] && grep -q -e '\[always\]' -e '\[madvise\]' "$thp"; then
  demo_jvm_opts="$demo_jvm_opts -XX:+UseTransparentHugePages"
fi
docs=""
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --small) small=1; shift ;;
    --lines) lines="${2:?--lines needs sizes}"; shift 2 ;;
    --reps) reps="${2:?--reps needs a number}"; shift 2 ;;
    --warmup) warmup="${2:?--warmup needs a number}"; shift 2 ;;
    --no-parquet) parquet=0; shift ;;
    --no-demo) demo=0; shift ;;
    --jvm-opts) jvm_opts="${2?--jvm-opts needs options}"; shift 2 ;;
    --demo-jvm-opts) demo_jvm_opts="${2?--demo-jvm-opts needs options}"; shift 2 ;;
    --docs) docs=1; shift ;;
    --no-docs) docs=0; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ $small -eq 1 ]]; then
  : "${lines:=1000000}" "${reps:=1}" "${warmup:=0}" "${docs:=0}"
  parquet=0
  demo=0
else
  : "${lines:=1000000 10000000}" "${reps:=5}" "${warmup:=1}" "${docs:=1}"
fi

# the CLI's jar too: cloudcost's ingest runs on its classes, as `cloudcost analyze` does
modules=bench,cli
if [[ $build -eq 1 || ! -f "$jar" || ! -f "$cli_jar" ]]; then
  echo "building $modules (./mvnw -q -Dbuild.dir=$build_dir -pl $modules -am package -DskipTests) ..." >&2
  ./mvnw -q -Dbuild.dir="$build_dir" -pl "$modules" -am package -DskipTests
fi

data="bench/target/data"
mkdir -p "$data"
inputs=()
for n in $lines; do
  # each generator keeps a file whose .expected sidecar says it wrote it with these lines and size
  java -cp "$jar" org.cloudcost.bench.CurCsvGenerator --lines "$n" --out "$data/cur-$n.csv"
  java -cp "$jar" org.cloudcost.bench.FocusCsvGenerator --lines "$n" --quoted-newlines --out "$data/focus-$n.csv"
  inputs+=("$data/cur-$n.csv" "$data/focus-$n.csv")
  if [[ $parquet -eq 1 ]]; then
    java -cp "$jar" org.cloudcost.bench.ParquetCopies cur2 "$data/cur-$n.csv" "$data/cur2-$n.parquet"
    java -cp "$jar" org.cloudcost.bench.ParquetCopies focus "$data/focus-$n.csv" "$data/focus-$n.parquet"
    inputs+=("$data/cur2-$n.parquet" "$data/focus-$n.parquet")
  fi
done

results="bench/target/e2e-results.md"
log="bench/target/e2e-children.log"
: > "$log"
args=(--reps "$reps" --warmup "$warmup" --jvm-opts "$jvm_opts" --log "$log" --out "$results" --ingest-jar "$cli_jar")
[[ $demo -eq 1 ]] && args+=(--cli-jar "$cli_jar" --demo-dir bench/target/demo --demo-jvm-opts "$demo_jvm_opts")

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started="$(date -u +%Y-%m-%dT%H:%MZ)"
status=0
java -cp "$jar" org.cloudcost.bench.EndToEndBench "${args[@]}" "${inputs[@]}" || status=$?
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "(children's stderr: $log)" >&2

if [[ $docs -eq 1 && -f "$results" ]]; then
  mode="full"
  [[ $small -eq 1 ]] && mode="small"
  section="$(mktemp)"
  {
    echo "Written by \`bench/run.sh\` ($mode mode: lines $lines, $reps repetition(s) after $warmup warm-up$([[ -n "$jvm_opts" ]] && echo ", --jvm-opts \"$jvm_opts\"")) on $started."
    echo "Everything between the bench markers is replaced by the next run; nothing here is typed by hand."
    echo
    echo "- Machine: $(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/^Mem:/{print $2}') GiB RAM; load average $load_before before, $load_after after the run"
    echo "- JDK: $(java -version 2>&1 | head -1); $(java -version 2>&1 | sed -n 2p)"
    echo "- Inputs (bench/target/data, seeded, kept between runs): \`CurCsvGenerator\` (legacy CUR, 23 columns), \`FocusCsvGenerator --quoted-newlines\` (FOCUS 1.2, 28 columns)$([[ $parquet -eq 1 ]] && echo ", and their Parquet copies by \`ParquetCopies\` (CUR 2.0 and FOCUS types)")"
    echo "- cloudcost: \`IngestBilling\`, i.e. \`CostDataset.read().billing(file).load()\` and the reconciliation, on the CLI's jar (\`cli/target/cloudcost.jar\` first on its class path, the classes \`cloudcost analyze\` runs on); DuckDB: \`DuckDbGroupBy\`, \`read_csv\`/\`read_parquet\` + \`GROUP BY ALL\` over the frame's key columns and the day"
    echo
    cat "$results"
  } > "$section"
  doc="docs/performance.md"
  if ! grep -q '^<!-- bench:begin -->$' "$doc"; then
    echo "bench/run.sh: $doc has no <!-- bench:begin --> marker; results left in $results" >&2
  else
    tmp="$(mktemp)"
    awk -v section="$section" '
      /^<!-- bench:begin -->$/ { print; while ((getline line < section) > 0) print line; skip = 1; next }
      /^<!-- bench:end -->$/ { skip = 0 }
      !skip { print }
    ' "$doc" > "$tmp"
    cat "$tmp" > "$doc"
    rm -f "$tmp"
    echo "bench/run.sh: results written to $doc" >&2
  fi
  rm -f "$section"
fi
exit "$status"
