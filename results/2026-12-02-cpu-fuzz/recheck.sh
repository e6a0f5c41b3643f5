#!/usr/bin/env bash
# Re-runs every finding of this campaign with the current visabench: `fixed` (now agrees),
# `contraction` (agrees with `#pragma OPENCL FP_CONTRACT OFF`), or `open`.
# Usage: results/2026-12-02-cpu-fuzz/recheck.sh [VISABENCH]
v=${1:-target/release/visabench}
here=$(dirname "$0")
tmp=$(mktemp -d)
for f in "$here"/seeds-*/finding-*.cl; do
  args="--global 256 --local 64 --elements 256 --seed 7 --ulps 4"
  if $v diff "$f" $args >/dev/null 2>&1; then s=fixed
  else
    { echo "#pragma OPENCL FP_CONTRACT OFF"; cat "$f"; } > "$tmp/k.cl"
    if $v diff "$tmp/k.cl" $args >/dev/null 2>&1; then s=contraction; else s=open; fi
  fi
  echo "$(basename "$f" .cl) $s"
done
rm -rf "$tmp"
