#!/usr/bin/env python3
"""Summarises paired rounds of LedgerImportBenchmark's importJsonLines and rawScan (issue 19's floors: import at
most 2.5x the raw token scan, at least 1,000,000 events a second on one core).

    python3 benchmarks/imports.py PATH...     (JMH JSON files, or directories of them)

As ratios.py: a fork's mean is one observation; the ratio is the mean over the import's forks divided by the mean
over the scan's, with a 95 % bootstrap interval (forks resampled with replacement, fixed seed). Events per second
are the file's events (from events.txt beside the JSON files, as import-rounds.sh writes it) divided by the
import's mean time. Files named round-R-NAME.json are also shown round by round.
"""
import os, re, sys

from forks import gather, mean, print_forks, print_round_ratios, ratio_interval

NAMES = {"LedgerImportBenchmark.importJsonLines": "import", "LedgerImportBenchmark.rawScan": "scan"}
events = set()
for arg in sys.argv[1:]:
    listing = os.path.join(arg if os.path.isdir(arg) else os.path.dirname(arg), "events.txt")
    if os.path.exists(listing):
        events |= {int(m.group(1)) for m in re.finditer(r"(\d+) events", open(listing).read())}
forks, rounds = gather(sys.argv[1:], NAMES.values(), lambda r: NAMES.get(".".join(r["benchmark"].split(".")[-2:])),
                       r"round-(\d+)-\w+\.json$")
if not forks["import"] or not forks["scan"]:
    sys.exit("need forks of both importJsonLines and rawScan")
if len(events) > 1:
    sys.exit(f"the files do not hold the same ledger: {sorted(events)} events")

print_round_ratios(rounds, "import", "scan", ("import (ms)", "raw scan (ms)", "import / scan"))
print_forks(forks)
imp, scan = mean(forks["import"]), mean(forks["scan"])
print()
print(f"Means over the forks: import {imp:,.2f} ms, raw scan {scan:,.2f} ms.")
if min(len(v) for v in forks.values()) < 2:
    print(f"Import / scan: {imp / scan:.2f}× (floor ≤ 2.5; no interval: one fork)")
else:
    lo, hi = ratio_interval(forks["import"], forks["scan"], 19)
    print(f"Import / scan: {imp / scan:.2f}×, 95 % bootstrap interval [{lo:.2f}, {hi:.2f}] (floor ≤ 2.5)")
if events:
    n = events.pop()
    print(f"Events per second: {n / imp * 1000:,.0f} imported ({n:,} events), {n / scan * 1000:,.0f} scanned"
          " (floor ≥ 1,000,000 imported)")
