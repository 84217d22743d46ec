#!/usr/bin/env python3
"""Summarises JMH results of the engine, the hand loop and Easy Rules at 100,000 items for the two ratio
targets of issue 11.

    python3 benchmarks/ratios.py PATH...     (JMH JSON files, or directories of them)

The unit of measurement is the fork: each JVM compiles the code its own way, and on a shared machine
the forks of one benchmark differ far more than the iterations within a fork, so a fork's mean is one
observation. The ratios are those of the means over all forks given (engine / hand loop, Easy Rules /
engine), with a 95 % bootstrap interval (forks resampled with replacement, fixed seed, so the same forks give
the same output in whatever order the files are given). Files named round-R-NAME.json (written by ratios.sh) are also shown round by
round, with the ratios within each round.
"""
import random, sys

from forks import gather, mean, print_forks

NAMES = {"PilotScoringBenchmark.engine": "engine", "PilotScoringBenchmark.handLoop": "handLoop",
         "EasyRulesBenchmark.easyRules": "easyRules", "DroolsBenchmark.droolsStateless": "drools"}
CORE = ("engine", "handLoop", "easyRules")

forks, rounds = gather(sys.argv[1:], NAMES.values(),
                       lambda r: NAMES.get(".".join(r["benchmark"].split(".")[-2:]))
                       if r.get("params", {}).get("items") == "100000" else None,
                       r"round-(\d+)-\w+\.json$")
if any(not forks[k] for k in CORE):
    sys.exit("need results of all three benchmarks at items=100000, found forks: "
             + ", ".join(f"{k} {len(v)}" for k, v in forks.items()))
drools = bool(forks["drools"])  # Drools (issue 26) is optional: ratios.sh runs it with DROOLS=1
if not drools:
    del forks["drools"]

complete = {r: v for r, v in sorted(rounds.items()) if all(k in v for k in CORE)}
if complete:
    if drools:
        print("| round | engine (ms) | hand loop (ms) | Easy Rules (ms) | Drools (ms) | engine / hand loop | Easy Rules / engine | Drools / engine |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    else:
        print("| round | engine (ms) | hand loop (ms) | Easy Rules (ms) | engine / hand loop | Easy Rules / engine |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for r, v in complete.items():
        e, h, x = v["engine"], v["handLoop"], v["easyRules"]
        if drools and "drools" in v:
            d = v["drools"]
            print(f"| {r} | {e:,.2f} | {h:,.2f} | {x:,.2f} | {d:,.2f} | {e / h:.3f}× | {x / e:.1f}× | {d / e:.1f}× |")
        else:
            print(f"| {r} | {e:,.2f} | {h:,.2f} | {x:,.2f} | {e / h:.3f}× | {x / e:.1f}× |")
    print()

print_forks(forks)
e, h, x = mean(forks["engine"]), mean(forks["handLoop"]), mean(forks["easyRules"])
rng = random.Random(11)
eh, xe, de = [], [], []
for _ in range(20000):
    s = {k: mean([rng.choice(v) for _ in v]) for k, v in forks.items()}
    eh.append(s["engine"] / s["handLoop"])
    xe.append(s["easyRules"] / s["engine"])
    if drools:
        de.append(s["drools"] / s["engine"])
eh.sort()
xe.sort()
de.sort()
lo, hi = int(0.025 * len(eh)), int(0.975 * len(eh)) - 1
print()
print(f"Means over the forks: engine {e:,.2f} ms, hand loop {h:,.2f} ms, Easy Rules {x:,.2f} ms.")
if min(len(v) for v in forks.values()) < 2:
    print(f"- engine / hand loop: {e / h:.3f}× (target ≤ 1.3)")
    print(f"- Easy Rules / engine: {x / e:.1f}× (target ≥ 20)")
    print("(no interval: a benchmark has only one fork)")
else:
    print(f"- engine / hand loop: {e / h:.3f}×, 95 % bootstrap interval [{eh[lo]:.3f}, {eh[hi]:.3f}] (target ≤ 1.3)")
    print(f"- Easy Rules / engine: {x / e:.1f}×, 95 % bootstrap interval [{xe[lo]:.1f}, {xe[hi]:.1f}] (target ≥ 20)")
if drools:
    d = mean(forks["drools"])
    if min(len(forks["drools"]), len(forks["engine"])) < 2:
        print(f"- Drools (stateless) / engine: {d / e:.1f}× (target ≥ 5; no interval: one fork)")
    else:
        print(f"- Drools (stateless, {d:,.2f} ms) / engine: {d / e:.1f}×, 95 % bootstrap interval [{de[lo]:.1f}, {de[hi]:.1f}] (target ≥ 5)")
