#!/bin/sh
# The README's first two commands on a fresh clone: wall time (and CPU time,
# which other load on the machine does not inflate) of each, as a new user
# meets them. Dependencies must already be in cargo's download cache (the
# clone builds offline); nothing else is shared.
#
#   benches/fresh_clone.sh REPO BRANCH 'FIRST COMMAND' ['SECOND COMMAND']
#   benches/fresh_clone.sh /work/main main 'cargo run --release -- scan fixtures/share'
set -eu
repo=$1 branch=$2 first=$3 second=${4:-cargo test}
dir=$(mktemp -d /tmp/dpscan-clone.XXXXXX)
git clone -q --branch "$branch" "$repo" "$dir"
cd "$dir"
export CARGO_TARGET_DIR="$dir/target"
for command in "$first" "$second"; do
    echo "== $command (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
    start=$(date +%s.%N)
    perf stat -x, -e task-clock -o "$dir/cpu" sh -c "$command > /dev/null 2>$dir/log" || { tail "$dir/log"; exit 1; }
    end=$(date +%s.%N)
    cpu=$(cut -d, -f1 "$dir/cpu" | grep -E '^[0-9.]+$')
    printf 'wall %.0f s, CPU %.0f s\n' "$(echo "$end - $start" | bc)" "$(echo "$cpu / 1000" | bc)"
    grep -E 'Finished' "$dir/log" | sed 's/^ */  cargo: /'
done
rm -rf "$dir"
