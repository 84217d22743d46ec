#!/usr/bin/env python3
"""Summarises paired rounds of ScoreAllBenchmark on 1 and 2 threads (issue 26: 2 threads at least 1.8x as fast).

    python3 benchmarks/scoreall.py PATH...     (JMH JSON files, or directories of them)

As ratios.py: a fork's mean is one observation; the speed-up is the mean over the 1-thread forks divided by the
mean over the 2-thread forks, with a 95 % bootstrap interval (forks resampled with replacement, fixed seed).
Files named round-R-tT.json (written by scoreall-rounds.sh) are also shown round by round.
"""
import sys

from forks import gather, mean, print_forks, print_round_ratios, ratio_interval

forks, rounds = gather(sys.argv[1:], ("1", "2"),
                       lambda r: r["params"]["threads"] if r["benchmark"].endswith("ScoreAllBenchmark.scoreAll") else None,
                       r"round-(\d+)-t\d\.json$")
if not forks["1"] or not forks["2"]:
    sys.exit("need forks of both threads=1 and threads=2")

print_round_ratios(rounds, "1", "2", ("1 thread (ms)", "2 threads (ms)", "speed-up"))
print_forks(forks, "{} thread(s)")
one, two = mean(forks["1"]), mean(forks["2"])
print()
if min(len(v) for v in forks.values()) < 2:
    print(f"Speed-up of 2 threads: {one / two:.2f}× (goal ≥ 1.8; no interval: one fork)")
else:
    lo, hi = ratio_interval(forks["1"], forks["2"], 26)
    print(f"Means over the forks: 1 thread {one:,.2f} ms, 2 threads {two:,.2f} ms.")
    print(f"Speed-up of 2 threads: {one / two:.2f}×, 95 % bootstrap interval [{lo:.2f}, {hi:.2f}] (goal ≥ 1.8)")
