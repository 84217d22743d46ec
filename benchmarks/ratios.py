#!/usr/bin/env python3
"""Summarises the paired rounds of ratios.sh: the ratios within each round, and over the rounds their
geometric mean with a 95 % confidence interval (Student's t on the logarithms of the ratios)."""
import glob, json, math, os, re, sys

# Two-sided 95 % quantiles of Student's t, by degrees of freedom.
T975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262,
        10: 2.228, 11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131, 16: 2.120, 17: 2.110, 18: 2.101,
        19: 2.093, 20: 2.086}

directory = sys.argv[1]
rounds = {}
for path in glob.glob(os.path.join(directory, "round-*-*.json")):
    r, name = re.match(r"round-(\d+)-(\w+)\.json", os.path.basename(path)).groups()
    result = json.load(open(path))
    if result:
        rounds.setdefault(int(r), {})[name] = result[0]["primaryMetric"]["score"]
complete = {r: v for r, v in sorted(rounds.items()) if len(v) == 3}
if not complete:
    sys.exit("no complete round in " + directory)

def summary(values):
    logs = [math.log(v) for v in values]
    mean = sum(logs) / len(logs)
    if len(logs) < 2:
        return math.exp(mean), float("nan"), float("nan")
    sd = math.sqrt(sum((x - mean) ** 2 for x in logs) / (len(logs) - 1))
    half = T975.get(len(logs) - 1, 1.96) * sd / math.sqrt(len(logs))
    return math.exp(mean), math.exp(mean - half), math.exp(mean + half)

print("| round | engine (ms) | hand loop (ms) | Easy Rules (ms) | engine / hand loop | Easy Rules / engine |")
print("| ---: | ---: | ---: | ---: | ---: | ---: |")
eh, xe = [], []
for r, v in complete.items():
    e, h, x = v["engine"], v["handLoop"], v["easyRules"]
    eh.append(e / h)
    xe.append(x / e)
    print(f"| {r} | {e:,.2f} | {h:,.2f} | {x:,.2f} | {e / h:.3f}× | {x / e:.1f}× |")
g1, lo1, hi1 = summary(eh)
g2, lo2, hi2 = summary(xe)
print()
print(f"Over {len(complete)} rounds (geometric mean, 95 % confidence interval):")
print(f"- engine / hand loop: {g1:.3f}× [{lo1:.3f}, {hi1:.3f}]; rounds {min(eh):.3f}–{max(eh):.3f} (target ≤ 1.3)")
print(f"- Easy Rules / engine: {g2:.1f}× [{lo2:.1f}, {hi2:.1f}]; rounds {min(xe):.1f}–{max(xe):.1f} (target ≥ 20)")
