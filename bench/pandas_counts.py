"""bench/import.sh's pandas anchor: the same counts as Trellis's student import.

Definitions (identical in duckdb_counts.mjs and in Trellis): a student belongs to ALL, their race code (AA AI AS FI
HI PI WH MR), EL LTEL SED SWD FOS HOM where the flag is Y, gender:<lower>, lang:<lower>. Organizations: each
school (district code + school code) and each district (district code + 0000000, all its students). A program
is offered in an organization in the grades where at least one of its students is enrolled in it; the
denominator is the group's students in those grades, the numerator the group's students enrolled.
    /usr/bin/python3 bench/pandas_counts.py FILE OUT.csv
"""
import sys

import pandas as pd

path, out = sys.argv[1], sys.argv[2]
columns = ["district_code", "school_code", "grade", "ethnicity", "gender", "el", "ltel", "sed", "swd", "foster",
           "homeless", "home_language", "programs"]
df = pd.read_csv(path, usecols=columns, dtype="category", keep_default_na=False, na_filter=False)
# Students with the same unit, grade and attributes counted once, then expanded to groups.
df = df.groupby(columns, observed=True).size().rename("n").reset_index()
df["programs"] = df.programs.astype(str)
keys = ["district_code", "school_code", "grade"]
races = ["AA", "AI", "AS", "FI", "HI", "PI", "WH", "MR"]
flags = [("el", "EL"), ("ltel", "LTEL"), ("sed", "SED"), ("swd", "SWD"), ("foster", "FOS"), ("homeless", "HOM")]


def counts(frame, extra):
    k = keys + extra
    size = lambda f, by: f.groupby(by, observed=True)["n"].sum().reset_index()
    parts = [size(frame, k).assign(g="ALL")]
    parts.append(size(frame[frame.ethnicity.isin(races)], k + ["ethnicity"]).rename(columns={"ethnicity": "g"}))
    for col, code in flags:
        parts.append(size(frame[frame[col] == "Y"], k).assign(g=code))
    for col, prefix in [("gender", "gender:"), ("home_language", "lang:")]:
        t = size(frame[frame[col] != ""], k + [col])
        t["g"] = prefix + t[col].astype(str).str.lower()
        parts.append(t.drop(columns=[col]))
    for p in parts:
        for c in k + ["g"]:
            p[c] = p[c].astype(str)
    return pd.concat(parts, ignore_index=True)


pop_unit = counts(df, [])
sp = df[df.programs != ""].copy()
sp["p"] = sp.programs.str.split(";")
sp = sp.explode("p")
enr_unit = counts(sp, ["p"])


def orgs(t, by):
    school = t[(t.school_code != "") & (t.school_code != "0000000")].copy()
    school["org"] = school.district_code + school.school_code
    district = t.copy()
    district["org"] = district.district_code + "0000000"
    both = pd.concat([school, district], ignore_index=True)
    return both.groupby(["org"] + by, observed=True)["n"].sum().reset_index()


pop = orgs(pop_unit, ["grade", "g"])
enr = orgs(enr_unit, ["p", "grade", "g"])
offered = enr[enr.g == "ALL"][["org", "p", "grade"]].drop_duplicates()
den = offered.merge(pop, on=["org", "grade"]).groupby(["org", "p", "g"])["n"].sum().rename("denominator")
num = enr.groupby(["org", "p", "g"])["n"].sum().rename("numerator")
result = den.to_frame().join(num, how="left").fillna(0).reset_index()
result = result[result.denominator > 0]
result["indicator"] = "program:" + result.p
result = result.rename(columns={"org": "org_code", "g": "group"})[["org_code", "indicator", "group", "denominator", "numerator"]]
result["numerator"] = result.numerator.astype("int64")
result.sort_values(["org_code", "indicator", "group"]).to_csv(out, index=False)
