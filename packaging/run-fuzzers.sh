#!/usr/bin/env bash
# Builds the fuzz preset (clang's libFuzzer with ASan and UBSan) and fuzzes
# each target for a bounded time from a fresh copy of its seed corpus and
# regression inputs; fails on any crash, sanitizer report, leak, timeout or
# out-of-memory. A failing input is kept in build/fuzz/artifacts/<target>/:
# fix the code, then add the input to tests/fuzz/regressions/<target>/.
# PHC_FUZZ_SECONDS sets the time per target (default 60), PHC_FUZZ_JOBS how
# many run at once (default 2); arguments name targets (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${PHC_FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(promtext profile valuesimport promapi adminapi)
declare -A dictionary=([promtext]=promtext [profile]=yaml [valuesimport]=yaml [promapi]=json [adminapi]=json)

echo "== fuzz: build"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
# The seeds and regression inputs, once each, under libFuzzer.
ctest --preset fuzz

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Fuzzes one target; the summary or the end of its log on stdout.
fuzz_one() {
  local t=$1 corpus="$work/$1" artifacts="build/fuzz/artifacts/$1" log="build/fuzz/fuzz_$1.log"
  mkdir -p "$corpus" "$artifacts"
  cp tests/fuzz/corpus/"$t"/* "$corpus"/
  if [ -d tests/fuzz/regressions/"$t" ]; then find tests/fuzz/regressions/"$t" -type f -exec cp -t "$corpus" {} +; fi
  if build/fuzz/tests/fuzz/fuzz_"$t" "$corpus" \
       -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
       -dict=tests/fuzz/dict/"${dictionary[$t]}".dict \
       -artifact_prefix="$artifacts"/ -print_final_stats=1 >"$log" 2>&1; then
    echo "fuzz: $t: $(grep -E '^stat::number_of_executed_units' "$log" | tr -s ' ' | cut -d' ' -f2) runs in ${seconds}s, no findings"
  else
    echo "fuzz: $t FAILED (log $log, input in $artifacts/):"
    tail -n 60 "$log"
    return 1
  fi
}

# PHC_FUZZ_JOBS targets at a time (default 2, one a core here).
jobs=${PHC_FUZZ_JOBS:-2}
failed=()
for ((i = 0; i < ${#targets[@]}; i += jobs)); do
  batch=("${targets[@]:i:jobs}")
  pids=()
  echo "== fuzz: ${batch[*]} for ${seconds}s"
  for t in "${batch[@]}"; do
    fuzz_one "$t" &
    pids+=($!)
  done
  for k in "${!pids[@]}"; do
    wait "${pids[$k]}" || failed+=("${batch[$k]}")
  done
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, no findings"
