"""Shared by ratios.py, scoreall.py and imports.py: reads JMH's JSON files, given as paths or directories of them, as one
observation per JVM fork (the mean of the fork's measured iterations)."""
import glob, json, os, random, re


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


def gather(args, names, name_of, round_file):
    """Reads the files or directories given into fork means by name (each list sorted, so that a bootstrap does not
    depend on the order the files were given in) and means by round and name. names: the names in the order they
    are printed; name_of(result): a result's name, or None to skip it; round_file: the pattern of a file name whose
    first group is its round."""
    forks = {name: [] for name in names}
    rounds = {}
    for path, result, means in results(args):
        name = name_of(result)
        if name is None:
            continue
        forks[name] += means
        m = re.match(round_file, os.path.basename(path))
        if m:
            rounds.setdefault(int(m.group(1)), {})[name] = mean(means)
    for values in forks.values():
        values.sort()
    return forks, rounds


def print_forks(forks, label="{}"):
    """Prints each name's fork means, sorted; label formats a name."""
    print("Fork means (ms), sorted:")
    for name, values in forks.items():
        print(f"- {label.format(name)} ({len(values)} forks): " + ", ".join(f"{v:,.1f}" for v in values))


def print_round_ratios(rounds, a, b, columns):
    """Prints, for every round that has both a and b, their means and a / b as a Markdown table; columns: the
    headings of a, b and the ratio."""
    complete = {r: v for r, v in sorted(rounds.items()) if a in v and b in v}
    if complete:
        print("| round | " + " | ".join(columns) + " |")
        print("| ---: | ---: | ---: | ---: |")
        for r, v in complete.items():
            print(f"| {r} | {v[a]:,.2f} | {v[b]:,.2f} | {v[a] / v[b]:.2f}× |")
        print()
