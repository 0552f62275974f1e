#!/usr/bin/env bash
# Runs every fuzz target (Fuzz/: one per reader of untrusted input) for
# SECONDS each, one after the other, and exits non-zero on any crash, failed
# property, leak, timeout (an input taking more than 2 s) or out-of-memory
# (more than 1 GB). Minimized crashers kept in Fuzz/Regressions/<target>/
# are replayed first.
#
#   scripts/fuzz.sh 20                      every target, 20 s each (CI)
#   scripts/fuzz.sh 600 FuzzTurtle          one target, 10 minutes
#
# Targets are built with libFuzzer and AddressSanitizer from the Swift
# toolchain. New inputs collect in Fuzz/.build/corpus/<target> (kept between
# runs, never committed); a failing input is saved in
# Fuzz/.build/artifacts/<target>/, and the run's statistics in
# Fuzz/.build/fuzz-summary.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh SECONDS [TARGET...]" >&2
  exit 2
fi
seconds=$1
shift

# Target, then the longest input it is given (bytes): extraction is slower
# per byte than parsing, so its inputs are kept shorter.
declare -A max_len=(
  [FuzzJSONGraph]=16384 [FuzzGraphML]=16384 [FuzzHTMLPage]=32768 [FuzzPlainText]=4096
  [FuzzTurtle]=8192 [FuzzSPARQL]=4096 [FuzzLexicon]=4096 [FuzzCoNLLU]=8192
)
all_targets=(FuzzJSONGraph FuzzGraphML FuzzHTMLPage FuzzPlainText FuzzTurtle FuzzSPARQL FuzzLexicon FuzzCoNLLU)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  [ -n "${max_len[$target]:-}" ] || { echo "unknown target '$target'; targets: ${all_targets[*]}" >&2; exit 2; }
done

scripts/setup.sh --build
# Swift's own crash backtracer would race AddressSanitizer's report.
export SWIFT_BACKTRACE=enable=no

# ld.gold cannot link libFuzzer's driver with the entry point SwiftPM gives
# executables; the toolchain's lld can.
echo "building the fuzz targets (release, -sanitize=fuzzer,address)"
nice -n 10 swift build -c release --package-path Fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\] ' || true
bin=$(swift build -c release --package-path Fuzz --show-bin-path)

work=Fuzz/.build
summary=$work/fuzz-summary.tsv
printf 'target\tseconds\texecutions\texec_per_s\tcov\tft\tcorpus\tresult\n' > "$summary"
passed=0
failed=0
for target in "${targets[@]}"; do
  [ -x "$bin/$target" ] || { echo "$target was not built" >&2; exit 1; }
  corpus=$work/corpus/$target
  artifacts=$work/artifacts/$target
  log=$work/logs/$target.log
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  options=(-timeout=2 -rss_limit_mb=1024 -malloc_limit_mb=1024 "-max_len=${max_len[$target]}"
    -dict="Fuzz/Dictionaries/$target.dict" -artifact_prefix="$artifacts/")
  result=passed

  regressions=(Fuzz/Regressions/"$target"/*)
  if [ -e "${regressions[0]}" ]; then
    echo "== $target: replaying ${#regressions[@]} saved crashers"
    if ! nice -n 10 "$bin/$target" "${options[@]}" "${regressions[@]}" > "$log" 2>&1; then
      tail -n 40 "$log"
      result=failed
    fi
  fi

  if [ $result = passed ]; then
    echo "== $target: fuzzing for $seconds s"
    if ! nice -n 10 "$bin/$target" "${options[@]}" -max_total_time="$seconds" -print_final_stats=1 \
      "$corpus" "Fuzz/Seeds/$target" > "$log" 2>&1; then
      grep -E 'ERROR|WARNING|fuzz check failed|SUMMARY|Test unit written' "$log" | head -n 20
      tail -n 30 "$log"
      echo "the failing input is in $artifacts/; minimize it with:"
      echo "  $bin/$target -minimize_crash=1 -runs=100000 -exact_artifact_path=Fuzz/Regressions/$target/NAME $artifacts/<file>"
      result=failed
    fi
  fi

  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  status_line=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$status_line")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$status_line")
  corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<< "$status_line")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$seconds" "${executions:--}" "${speed:--}" \
    "${cov:--}" "${ft:--}" "${corp:--}" "$result" >> "$summary"
  echo "   $target: $result, ${executions:-?} executions (${speed:-?}/s), cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"
  if [ $result = passed ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done

awk -F'\t' '{ printf "%-14s %8s %11s %10s %6s %7s %13s %s\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$summary"
echo "fuzz: $passed passed, $failed failed"
[ $failed -eq 0 ]
