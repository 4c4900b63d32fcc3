#!/usr/bin/env python3
"""Writes a statewide-shaped California School Dashboard indicator file (the state's layout: tab-separated,
header row, CRLF; about 200,000 rows: 13,333 schools and districts x 15 student groups, suppressed cells among
them) with Monterey Peninsula Unified's district rows (27660920000000, as in the demo data) at the end.
Usage: bench/make-dashboard-file.py OUT.txt"""
import random
import sys

COLUMNS = ["cds", "rtype", "schoolname", "districtname", "countyname", "charter_flag", "coe_flag", "dass_flag",
           "studentgroup", "currnumer", "currdenom", "currstatus", "priornumer", "priordenom", "priorstatus",
           "change", "statuslevel", "changelevel", "color", "box", "reportingyear"]
GROUPS = ["ALL", "AA", "AI", "AS", "FI", "HI", "PI", "WH", "MR", "EL", "LTEL", "SED", "SWD", "FOS", "HOM"]
MONTEREY = "27660920000000"


def row(rng, cds, rtype, group):
    denominator = rng.randint(0, 3000)
    numerator = rng.randint(0, max(denominator // 10, 0))
    small = denominator < 11
    cn, cd = ("*", "*") if small else (str(numerator), str(denominator))
    return "\t".join([cds, rtype, "" if rtype == "D" else f'"School {cds[-7:]}, CA"', "District", "County", "N", "N",
                      "N", group, cn, cd, "" if small else f"{100 * numerator / max(denominator, 1):.1f}",
                      str(numerator), str(denominator), "", "", "3", "2", "4", "", "2024"])


def main(out):
    rng = random.Random(14)
    with open(out, "w", newline="") as f:
        f.write("\t".join(COLUMNS) + "\r\n")
        for i in range(13_333):
            district = i % 10 == 0
            cds = f"{(i % 58) + 1:02d}{10000 + i:05d}" + ("0000000" if district else f"{1000000 + i:07d}")
            for group in GROUPS:
                f.write(row(rng, cds, "D" if district else "S", group) + "\r\n")
        for group in GROUPS:
            f.write(row(rng, MONTEREY, "D", group) + "\r\n")


if __name__ == "__main__":
    main(sys.argv[1])
