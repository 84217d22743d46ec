#!/usr/bin/env python3
"""Summarises JMH's JSON for BENCHMARKS.md: times with error bars, items/s, events/s, ratios, growth."""
import json, sys, math

results = json.load(open(sys.argv[1]))
counts = {}
for line in open(sys.argv[2]):
    items, events = line.split()
    counts[int(items)] = int(events)
per_item = counts[max(counts)] / max(counts)

def events_of(items):
    return counts.get(items, round(items * per_item))

rows = {}
print("| benchmark | params | time/op (ms) ± 99.9 % error | items/s | events/s |")
print("| --- | --- | ---: | ---: | ---: |")
for r in results:
    name = r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]
    params = r.get("params", {})
    m = r["primaryMetric"]
    score, err = m["score"], m["scoreError"]
    if "items" in params:
        items = int(params["items"])
    else:
        items = 8 * 12500
    ips = items / (score / 1000.0)
    # scoreAll's 8 enterprises are of different kinds, so their events are not counted here.
    eps = events_of(items) / (score / 1000.0) if "items" in params else None
    key = (name, tuple(sorted(params.items())))
    rows[key] = (score, err if not math.isnan(err) else 0.0, items)
    p = ", ".join(f"{k}={v}" for k, v in params.items())
    eps_text = f"{eps:,.0f}" if eps is not None else "–"
    print(f"| {name} | {p} | {score:,.2f} ± {err:,.2f} | {ips:,.0f} | {eps_text} |")

def get(name, **params):
    return rows.get((name, tuple(sorted((k, str(v)) for k, v in params.items()))))

def ratio(a, b):
    (sa, ea, _), (sb, eb, _) = a, b
    r = sa / sb
    return r, r * math.sqrt((ea / sa) ** 2 + (eb / sb) ** 2)

print()
print("| items | engine / hand loop | Easy Rules / engine |")
print("| ---: | ---: | ---: |")
for items in (10000, 100000, 1000000):
    e, h, x = (get("PilotScoringBenchmark.engine", items=items), get("PilotScoringBenchmark.handLoop", items=items),
               get("EasyRulesBenchmark.easyRules", items=items))
    eh = "%.2f× ± %.2f" % ratio(e, h) if e and h else "–"
    xe = "%.1f× ± %.1f" % ratio(x, e) if x and e else "–"
    print(f"| {items:,} | {eh} | {xe} |")

print()
print("Growth (engine, time per item relative to 10,000 items; linear means about 1.0):")
base = get("PilotScoringBenchmark.engine", items=10000)
for items in (10000, 100000, 1000000):
    e = get("PilotScoringBenchmark.engine", items=items)
    if e and base:
        print(f"- {items:,} items: {e[0] / items * 1e6:,.2f} ns per item, {(e[0] / items) / (base[0] / 10000):.2f}× the 10,000-item cost")
one, two = get("ScoreAllBenchmark.scoreAll", threads=1), get("ScoreAllBenchmark.scoreAll", threads=2)
if one and two:
    print()
    print("scoreAll over 8 enterprises × 12,500 items: 2 threads are %.2f× ± %.2f as fast as 1" % ratio(one, two))
