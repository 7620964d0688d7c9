#!/usr/bin/env bash
# bench/parsers.sh (also: bench/run.sh --parsers ...): which CSV parser should cloudcost's streaming
# readers use? Measures it (issue 2).
#
# Builds the bench module, generates a deterministic FOCUS 1.2 CSV (28 columns, JSON tags,
# quoted commas, NULLs; same bytes every run) under bench/target/data/, then runs
# org.cloudcost.bench.ParserComparison on it: each approach (cloudcost's reader, its
# tokenizer alone, FastCSV, Jackson CSV, Tablesaw) computes the sum of BilledCost by
# (ResourceId, ServiceName, charge day), alternating within each repetition after one
# warm-up run each, in one JVM with -Xmx1g. Prints a Markdown table (median, min-max, MB/s,
# heap after GC, groups, total) and exits non-zero when the approaches disagree.
# The results and the decision are written up in docs/performance.md.
#
# Usage: bench/parsers.sh [--lines N | --small] [--reps N] [--warmup N] [--approaches a,b,...]
#                     [--heap SIZE] [--out FILE] [--no-build]
#   --lines N        lines of the generated file (default 1000000, ~560 MB)
#   --small          100000 lines, 2 repetitions: a smoke run (~1 min) for CI; asserts agreement, not times
#   --reps N         timed repetitions per approach (default 5; --small: 2)
#   --warmup N       untimed warm-up runs per approach (default 1)
#   --approaches L   comma-separated subset; `--approaches list` prints the ids
#                    (cloudcost, tokenizer, tokenize-only, fastcsv-record, fastcsv-handler, fastcsv-scan-only,
#                     jackson-array, jackson-stream, tablesaw)
#   --heap SIZE      the JVM's -Xmx (default 1g)
#   --out FILE       also write the table (with machine facts) to FILE
#   --no-build       use the jar already built
# Environment: BUILD_DIR (default target) is passed to Maven as -Dbuild.dir, so a work tree
# shared with other builds can keep its own output folder; the data stays in bench/target/data.
#
# Examples:
#   bench/parsers.sh                               # 1M lines, all approaches
#   bench/parsers.sh --small                       # smoke run
#   bench/parsers.sh --lines 5000000 --approaches cloudcost,tokenizer,fastcsv-handler
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

lines=1000000
reps=""
warmup=1
approaches=""
heap=1g
out=""
build=1
small=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --lines) lines="${2:?--lines needs a number}"; shift 2 ;;
    --small) small=1; lines=100000; shift ;;
    --reps) reps="${2:?--reps needs a number}"; shift 2 ;;
    --warmup) warmup="${2:?--warmup needs a number}"; shift 2 ;;
    --approaches) approaches="${2:?--approaches needs a list}"; shift 2 ;;
    --heap) heap="${2:?--heap needs a size such as 1g}"; shift 2 ;;
    --out) out="${2:?--out needs a file}"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/parsers.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$reps" ]]; then
  if [[ $small -eq 1 ]]; then reps=2; else reps=5; fi
fi

build_dir="${BUILD_DIR:-target}"
jar="bench/$build_dir/cloudcost-bench.jar"
if [[ $build -eq 1 || ! -f "$jar" ]]; then
  echo "building bench (./mvnw -q -Dbuild.dir=$build_dir -pl bench -am package -DskipTests) ..." >&2
  ./mvnw -q -Dbuild.dir="$build_dir" -pl bench -am package -DskipTests
fi

java_opts=(-Xmx"$heap" -XX:+UseG1GC -Dslf4j.internal.verbosity=ERROR)
if [[ "$approaches" == "list" ]]; then
  exec java -jar "$jar" --list
fi

data="bench/target/data"
mkdir -p "$data"
file="$data/focus-${lines}.csv"
# kept when its .expected sidecar says it was generated with these lines by this generator version
java -Xmx1g -cp "$jar" org.cloudcost.bench.FocusCsvGenerator --lines "$lines" --out "$file"

args=("$file" --reps "$reps" --warmup "$warmup")
[[ -n "$approaches" ]] && args+=(--approaches "$approaches")

machine() {
  echo "Machine: $(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/^Mem:/{print $2}') GiB RAM;" \
       "$(java -version 2>&1 | head -1); JVM flags ${java_opts[*]}; $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
}

# other processes on a 2-core machine skew every number: the load averages show whether there were any
run() {
  local rc=0
  machine
  java "${java_opts[@]}" -jar "$jar" "${args[@]}" || rc=$?
  echo
  echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  return "$rc"
}

status=0
if [[ -n "$out" ]]; then
  mkdir -p "$(dirname "$out")"
  # pipefail: the pipeline fails with java's status, not tee's
  run | tee "$out" || status=$?
else
  run || status=$?
fi
exit "$status"
