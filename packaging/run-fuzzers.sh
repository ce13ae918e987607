#!/usr/bin/env bash
# Builds the fuzz preset (clang's libFuzzer with ASan and UBSan) and fuzzes
# each target for a bounded time from a fresh copy of its seed corpus and
# regression inputs; fails on any crash, sanitizer report, leak, timeout or
# out-of-memory. A failing input is kept in build/fuzz/artifacts/<target>/:
# fix the code, then add the input to tests/fuzz/regressions/<target>/.
# PHC_FUZZ_SECONDS sets the time per target (default 60); arguments name
# targets (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${PHC_FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(promtext profile valuesimport promapi)
declare -A dictionary=([promtext]=promtext [profile]=yaml [valuesimport]=yaml [promapi]=json)

echo "== fuzz: build"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
# The seeds and regression inputs, once each, under libFuzzer.
ctest --preset fuzz

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=()
for t in "${targets[@]}"; do
  corpus="$work/$t"
  artifacts="build/fuzz/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  cp tests/fuzz/corpus/"$t"/* "$corpus"/
  if [ -d tests/fuzz/regressions/"$t" ]; then cp tests/fuzz/regressions/"$t"/* "$corpus"/; fi
  log="build/fuzz/fuzz_$t.log"
  echo "== fuzz: $t for ${seconds}s ($(ls "$corpus" | wc -l) seeds; log $log)"
  if build/fuzz/tests/fuzz/fuzz_"$t" "$corpus" \
       -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
       -dict=tests/fuzz/dict/"${dictionary[$t]}".dict \
       -artifact_prefix="$artifacts"/ -print_final_stats=1 >"$log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | tr '\n' ' '
    echo
  else
    failed+=("$t")
    tail -n 60 "$log"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} (inputs in build/fuzz/artifacts/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, no findings"
