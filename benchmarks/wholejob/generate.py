#!/usr/bin/env python3
"""Seeded inputs for the whole-job timings of docs/performance.md ("Whole jobs").

Writes into the folder given as the first argument (default: benchmarks/wholejob/data):

* rates_1m.csv       -- 1,000,000 rows id,count,denominator (a third of the counts 0-9, the rest 10-5,000;
                        denominators 5,000-200,000), the `rates` job. `--rates-rows N` changes the row count.
* index_data.csv,    -- 11,000 units x 50 indicators in 10 domains (COINr layout: uCode, a group column, the
  index_meta.csv        indicators; 0.5 % missing, every fifth indicator heavily skewed), the `index` job.
* access_demand.csv, -- 50,000 demand points (id,demand,x,y) and 1,000 sites (id,capacity,x,y) uniform in a
  access_supply.csv     100 x 100 km square, the `access` job (2SFCA, radius 30).

Only the standard library; the same seed gives the same files on every machine. Run with
`python3 benchmarks/wholejob/generate.py [FOLDER] [--rates-rows N]`; the data folder is not committed.
"""
import os
import random
import sys


def rates(path, rows, rng):
    with open(path, "w", newline="\n") as f:
        f.write("id,count,denominator\n")
        for i in range(rows):
            den = rng.randint(5_000, 200_000)
            count = rng.randint(0, 9) if i % 3 == 0 else rng.randint(10, 5_000)
            f.write(f"r{i},{count},{den}\n")


def index(data_path, meta_path, rng, units=11_000, indicators=50, domains=10):
    codes = [f"I{k:02d}" for k in range(indicators)]
    with open(meta_path, "w", newline="\n") as f:
        f.write("iCode,iName,Level,Parent,Direction,Weight,Type\n")
        for k, c in enumerate(codes):
            direction = -1 if k % 7 == 3 else 1
            f.write(f"{c},Indicator {k},1,D{k % domains},{direction},1,Indicator\n")
        for d in range(domains):
            f.write(f"D{d},Domain {d},2,Index,1,1,Aggregate\n")
        f.write("Index,Index,3,,1,1,Aggregate\n")
        f.write("Region,,,,,,Group\n")
    with open(data_path, "w", newline="\n") as f:
        f.write("uCode,Region," + ",".join(codes) + "\n")
        for u in range(units):
            cells = [f"U{u:05d}", f"R{u % 40:02d}"]
            for k in range(indicators):
                if rng.random() < 0.005:
                    cells.append("")
                elif k % 5 == 0:
                    cells.append(repr(round(rng.lognormvariate(0, 1.5), 6)))
                else:
                    cells.append(repr(round(rng.gauss(50, 10), 6)))
            f.write(",".join(cells) + "\n")


def access(demand_path, supply_path, rng, demand=50_000, sites=1_000, side=100.0):
    with open(demand_path, "w", newline="\n") as f:
        f.write("id,demand,x,y\n")
        for i in range(demand):
            f.write(f"d{i},{rng.randint(50, 4_999)},{rng.uniform(0, side):.4f},{rng.uniform(0, side):.4f}\n")
    with open(supply_path, "w", newline="\n") as f:
        f.write("id,capacity,x,y\n")
        for j in range(sites):
            f.write(f"s{j},{rng.randint(1, 49)},{rng.uniform(0, side):.4f},{rng.uniform(0, side):.4f}\n")


def main(argv):
    args = list(argv)
    rows = 1_000_000
    if "--rates-rows" in args:
        i = args.index("--rates-rows")
        rows = int(args[i + 1])
        del args[i:i + 2]
    folder = args[0] if args else os.path.join(os.path.dirname(__file__), "data")
    os.makedirs(folder, exist_ok=True)
    rates(os.path.join(folder, "rates_1m.csv" if rows == 1_000_000 else f"rates_{rows}.csv"), rows, random.Random(42))
    index(os.path.join(folder, "index_data.csv"), os.path.join(folder, "index_meta.csv"), random.Random(43))
    access(os.path.join(folder, "access_demand.csv"), os.path.join(folder, "access_supply.csv"), random.Random(44))


if __name__ == "__main__":
    main(sys.argv[1:])
