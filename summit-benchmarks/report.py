#!/usr/bin/env python3
"""Turns JMH JSON results (-rf json) into the tables of BENCHMARKS.md.

usage: python3 summit-benchmarks/report.py results.json [more.json ...]

Times are divided by the floor measured in the same run: ParseBenchmark.floor for the afternoon post,
ScalingBenchmark.floor at the same size, CorpusBenchmark.floor at the same thread count. "mean" is JMH's
mean score; "best" is the fastest measurement iteration, the more robust figure on a shared, busy machine
(interference only ever adds time). Allocation (gc.alloc.rate.norm, with -prof gc) is exact per operation.
"""
import json
import sys


def load(paths):
    rows = {}
    for p in paths:
        for r in json.load(open(p)):
            cls, method = r["benchmark"].rsplit(".", 2)[-2:]
            key = f"{cls}.{method}"
            params = r.get("params") or {}
            if params:
                key += "[" + ",".join(f"{k}={v}" for k, v in sorted(params.items())) + "]"
            pm = r["primaryMetric"]
            iters = [x for fork in pm["rawData"] for x in fork]
            alloc = (r.get("secondaryMetrics") or {}).get("gc.alloc.rate.norm", {}).get("score")
            rows[key] = dict(mean=pm["score"], err=pm["scoreError"], best=min(iters), unit=pm["scoreUnit"],
                             alloc=alloc)
    return rows


def floor_of(key, rows):
    cls = key.split(".")[0]
    if cls in ("ScalingBenchmark", "CorpusBenchmark"):
        return rows.get(cls + ".floor" + key[key.index("["):])
    if key == "ParseBenchmark.parseAllDay1":
        return rows.get("ParseBenchmark.floorDay1")
    return rows.get("ParseBenchmark.floor")


def x(a, b):
    return f"{a / b:.2f}×" if a and b else "–"


def main():
    rows = load(sys.argv[1:])
    print("| benchmark | mean ± error | best | ref (floor) | mean / ref | best / ref | alloc B/op | alloc / ref |")
    print("|---|---:|---:|---|---:|---:|---:|---:|")
    for key in sorted(rows):
        r = rows[key]
        f = floor_of(key, rows)
        fname = "–"
        if f is not None:
            fname = [k for k, v in rows.items() if v is f][0]
        same = f is not None and f["unit"] == r["unit"]
        alloc = f"{r['alloc']:,.0f}" if r["alloc"] is not None else "–"
        print(f"| {key} | {r['mean']:,.1f} ± {r['err']:,.1f} {r['unit']} | {r['best']:,.1f} | {fname} | "
              f"{x(r['mean'], f['mean']) if same else '–'} | {x(r['best'], f['best']) if same else '–'} | "
              f"{alloc} | {x(r['alloc'], f['alloc']) if f is not None and r['alloc'] and f['alloc'] else '–'} |")
    sizes = {1: 87437, 10: None, 100: None}
    scal = {int(k.split("copies=")[1].rstrip("]")): v for k, v in rows.items()
            if k.startswith("ScalingBenchmark.parse[")}
    if scal:
        print()
        print("Scaling (time per copy of the post; the post grows linearly with copies):")
        for c in sorted(scal):
            print(f"  {c:>3}×: mean {scal[c]['mean'] / c:,.1f}, best {scal[c]['best'] / c:,.1f} {scal[c]['unit']} per copy")
        if 10 in scal and 100 in scal:
            print(f"  100× vs 10× per byte: mean {x(scal[100]['mean'] / 100, scal[10]['mean'] / 10)}, "
                  f"best {x(scal[100]['best'] / 100, scal[10]['best'] / 10)}")
    corp = {k: v for k, v in rows.items() if k.startswith("CorpusBenchmark")}
    if corp:
        print()
        print("Corpus speed-up with 2 threads (time 1 thread / time 2 threads):")
        for m in ("floor", "parse"):
            one, two = corp.get(f"CorpusBenchmark.{m}[threads=1]"), corp.get(f"CorpusBenchmark.{m}[threads=2]")
            if one and two:
                print(f"  {m}: mean {x(one['mean'], two['mean'])}, best {x(one['best'], two['best'])}")


if __name__ == "__main__":
    main()
