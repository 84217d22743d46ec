"""Shared by ratios.py and scoreall.py: reads JMH's JSON files, given as paths or directories of them, as one
observation per JVM fork (the mean of the fork's measured iterations)."""
import glob, json, os


def results(args):
    """Yields (path, result, fork means) for every benchmark result in the files or directories given."""
    for arg in args:
        for path in sorted(glob.glob(os.path.join(arg, "*.json"))) if os.path.isdir(arg) else [arg]:
            for result in json.load(open(path)):
                yield path, result, [sum(f) / len(f) for f in result["primaryMetric"]["rawData"]]


def mean(values):
    return sum(values) / len(values)
