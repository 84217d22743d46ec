"""Shared by ratios.py, scoreall.py and imports.py: reads JMH's JSON files, given as paths or directories of them, as one
observation per JVM fork (the mean of the fork's measured iterations)."""
import glob, json, os, random


def results(args):
    """Yields (path, result, fork means) for every benchmark result in the files or directories given."""
    for arg in args:
        for path in sorted(glob.glob(os.path.join(arg, "*.json"))) if os.path.isdir(arg) else [arg]:
            for result in json.load(open(path)):
                yield path, result, [sum(f) / len(f) for f in result["primaryMetric"]["rawData"]]


def mean(values):
    return sum(values) / len(values)


def ratio_interval(numerator, denominator, seed):
    """The 95 % bootstrap interval of mean(numerator) / mean(denominator): both lists of fork means resampled with
    replacement, 20,000 times, with a fixed seed."""
    rng = random.Random(seed)
    boot = sorted(mean([rng.choice(numerator) for _ in numerator]) / mean([rng.choice(denominator) for _ in denominator])
                  for _ in range(20000))
    return boot[int(0.025 * len(boot))], boot[int(0.975 * len(boot)) - 1]
