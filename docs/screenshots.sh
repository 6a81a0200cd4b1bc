#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/report.png, docs/overview.png): grades the sample
# class with the built grader, then photographs a student's report and the class overview in
# headless Chromium (Debian: apt-get install chromium).
#
#   docs/screenshots.sh            # uses grader/target/grader.jar, building it if it is missing
#
# Run it after changing how reports look, and commit the two images.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/grader/target/grader.jar"
chromium=$(command -v chromium || true)
if [[ -z "$chromium" ]]; then
  echo "screenshots.sh: chromium is not installed (apt-get install chromium)" >&2
  exit 2
fi
if [[ ! -f "$jar" ]]; then
  (cd "$root" && mvn -q -B package -DskipTests)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -jar "$jar" grade "$root/samples" --roster "$root/samples/roster.csv" --out "$work/out" --quiet >/dev/null

# shot PAGE WIDTH HEIGHT PNG: what a window of that size shows of the page's top
shot() {
  local profile
  profile=$(mktemp -d -p "$work")
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars \
    --window-size="$2,$3" --screenshot="$4" "file://$1" >/dev/null 2>&1
  echo "wrote $4"
}

# dave: a mistake in step (spike time not interpolated), so the report shows a failed check,
# the named mistake and the first difference marked on his neuron's plot
shot "$work/out/reports/dave.html" 1100 1850 "$root/docs/report.png"
# the overview at 1024 px wide, the narrowest screen it is made for
shot "$work/out/index.html" 1024 2250 "$root/docs/overview.png"
