#!/usr/bin/env python3
"""Summarises paired rounds of ScoreAllBenchmark on 1 and 2 threads (issue 26: 2 threads at least 1.8x as fast).

    python3 benchmarks/scoreall.py PATH...     (JMH JSON files, or directories of them)

As ratios.py: a fork's mean is one observation; the speed-up is the mean over the 1-thread forks divided by the
mean over the 2-thread forks, with a 95 % bootstrap interval (forks resampled with replacement, fixed seed).
Files named round-R-tT.json (written by scoreall-rounds.sh) are also shown round by round.
"""
import os, re, sys

from forks import mean, ratio_interval, results

forks = {"1": [], "2": []}
rounds = {}
for path, result, means in results(sys.argv[1:]):
    if not result["benchmark"].endswith("ScoreAllBenchmark.scoreAll"):
        continue
    threads = result["params"]["threads"]
    forks[threads] += means
    m = re.match(r"round-(\d+)-t\d\.json$", os.path.basename(path))
    if m:
        rounds.setdefault(int(m.group(1)), {})[threads] = mean(means)
for values in forks.values():
    values.sort()
if not forks["1"] or not forks["2"]:
    sys.exit("need forks of both threads=1 and threads=2")

complete = {r: v for r, v in sorted(rounds.items()) if "1" in v and "2" in v}
if complete:
    print("| round | 1 thread (ms) | 2 threads (ms) | speed-up |")
    print("| ---: | ---: | ---: | ---: |")
    for r, v in complete.items():
        print(f"| {r} | {v['1']:,.2f} | {v['2']:,.2f} | {v['1'] / v['2']:.2f}× |")
    print()
print("Fork means (ms), sorted:")
for name, values in forks.items():
    print(f"- {name} thread(s) ({len(values)} forks): " + ", ".join(f"{v:,.1f}" for v in values))
one, two = mean(forks["1"]), mean(forks["2"])
print()
if min(len(v) for v in forks.values()) < 2:
    print(f"Speed-up of 2 threads: {one / two:.2f}× (goal ≥ 1.8; no interval: one fork)")
else:
    lo, hi = ratio_interval(forks["1"], forks["2"], 26)
    print(f"Means over the forks: 1 thread {one:,.2f} ms, 2 threads {two:,.2f} ms.")
    print(f"Speed-up of 2 threads: {one / two:.2f}×, 95 % bootstrap interval [{lo:.2f}, {hi:.2f}] (goal ≥ 1.8)")
