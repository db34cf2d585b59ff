#!/bin/sh
# Shows that the example plugin works in an unmodified Sublattice distribution: copies the
# distribution to a scratch folder, drops the plugin jar into plugins/, and runs the example
# pipeline in module-path and class-path mode. Usage: run-on-distribution.sh DISTRIBUTION_DIR
set -eu
dist=${1:?usage: run-on-distribution.sh DISTRIBUTION_DIR}
here=$(cd "$(dirname "$0")" && pwd)
jar=$(ls "$here"/target/l12-alloy-*.jar | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$dist" "$work/sublattice"
cp "$jar" "$work/sublattice/plugins/"
for mode in module classpath; do
  flag=""
  [ "$mode" = classpath ] && flag=--classpath
  "$work/sublattice/bin/sublattice" $flag plugins | grep -q "^l12 .*lattice.*l12-alloy" || {
    echo "the l12 lattice is not listed in $mode mode" >&2; exit 1; }
  "$work/sublattice/bin/sublattice" $flag run "$here/pipelines/cu3au-ordering.yaml" -q -o "$work/run-$mode"
  grep -q '"status" : "ok"' "$work/run-$mode/run.json" || { echo "run failed in $mode mode" >&2; exit 1; }
  rows=$(($(wc -l < "$work/run-$mode/heating/energy.csv") - 1))
  [ "$rows" -eq 13 ] || { echo "expected 13 temperatures in $mode mode, got $rows" >&2; exit 1; }
done
echo "example plugin l12 ran on the distribution in module and classpath mode"
