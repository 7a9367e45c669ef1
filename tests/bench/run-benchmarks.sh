#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md: configures and builds the benchmarks, then runs them.
#   bash tests/bench/run-benchmarks.sh            # everything (~10 minutes; the 1M load alone ~3)
#   B24_BENCH_QUICK=1 bash tests/bench/run-benchmarks.sh   # skip the 1,000,000-record runs
# Build directory: $B24_BENCH_BUILD (default: build-bench next to the repository).
# Results: <build>/bench-results/ (results.jsonl, parse.json, machine.txt, time-v-*.txt).
set -euo pipefail

# Everything runs from one function, so editing this file while it runs cannot derail it.
main() {
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  build="${B24_BENCH_BUILD:-$(dirname "$repo")/build-bench}"
  results="$build/bench-results"
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DB24_BUILD_BENCHMARKS=ON "${launcher[@]}" >/dev/null
  cmake --build "$build" --target b24-bench b24-bench-parse b24-sandbox-portal
  mkdir -p "$results"
  rm -f "$results"/results.jsonl

  {
    echo "date: $(date -u +%FT%TZ)"
    echo "commit: $(git -C "$repo" rev-parse --short HEAD)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "ram: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "qt: $(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)"
    echo "compiler: $(c++ --version | head -1)"
    echo "build type: $(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2)"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee "$results/machine.txt"

  bench="$build/tests/bench/b24-bench"
  out=(--out "$results/results.jsonl")
  loads=10000,100000
  memories=(100000)
  if [ -z "${B24_BENCH_QUICK:-}" ]; then
    loads+=,1000000
    memories+=(1000000)
  fi

  echo "== 6. parser throughput"
  "$build/tests/bench/b24-bench-parse" --benchmark_out="$results/parse.json" --benchmark_out_format=json
  echo "== 1. full loads (rate-limited, then unthrottled)"
  "$bench" --load "$loads" --unthrottled "${out[@]}"
  echo "== 2. naive baseline"
  "$bench" --naive 10000 "${out[@]}"
  echo "== 3. clears"
  "$bench" --clear 100000 "${out[@]}"
  echo "== 4. memory (one process per N, also under /usr/bin/time -v)"
  for n in "${memories[@]}"; do
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -v -o "$results/time-v-$n.txt" "$bench" --memory "$n" "${out[@]}"
      grep 'Maximum resident' "$results/time-v-$n.txt"
    else
      "$bench" --memory "$n" "${out[@]}"
    fi
  done
  echo "== 5. GUI responsiveness"
  QT_QPA_PLATFORM=offscreen "$bench" --stall 100000 "${out[@]}"
  echo "results: $results"
}

main "$@"
exit
