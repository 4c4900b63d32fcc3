"""Helpers for the student data tests: districts with CDS codes, generated files, people in other roles."""
from __future__ import annotations

import random
import uuid

from trellis_helpers import create_org, expect_status, invite, unique, unique_email

AGGREGATE_HEADER = "org_code,year,indicator,direction,group,denominator,numerator"

# Suspensions in a district of 1,000: African American students are suspended at over four times the rate of
# everyone else; WH's 6 and AS's whole group of 10 are small counts that a shared view must hide (and PI's
# denominator with AS's, so that AS cannot be recovered by subtraction from ALL).
SUSPENSION = [("ALL", 1000, 50), ("AA", 150, 22), ("HI", 480, 20), ("WH", 250, 6), ("AS", 10, 1), ("PI", 110, 1),
              ("EL", 300, 20), ("FOS", 8, 3)]


def district_code() -> str:
    """A fresh 14-digit district CDS code (county 01-58)."""
    return f"{random.randint(1, 58):02d}{random.randint(10000, 99999)}0000000"


def create_district(user, **fields) -> dict:
    return create_org(user, name=unique("District"), cds_code=district_code(), **fields)


def aggregate_csv(cds: str, rows=SUSPENSION, year=2024, indicator="suspension", direction="lower_is_better") -> str:
    lines = [AGGREGATE_HEADER] + [f"{cds},{year},{indicator},{direction},{g},{d},{n}" for g, d, n in rows]
    return "\n".join(lines) + "\n"


def upload(api, org_id: int, text: str | bytes, kind: str, **query):
    params = "&".join([f"kind={kind}"] + [f"{k}={v}" for k, v in query.items()])
    data = text.encode() if isinstance(text, str) else text
    return api.request("POST", f"/api/v1/organizations/{org_id}/data/imports?{params}", data=data,
                       headers={"Content-Type": "text/csv"})


def analysis(api, org_id: int, **query):
    params = "&".join(f"{k}={v}" for k, v in query.items())
    return api.request("GET", f"/api/v1/organizations/{org_id}/data/analysis?{params}")


def groups_by_code(indicator: dict) -> dict:
    return {g["group"]: g for g in indicator["groups"]}


def join_organization(admin, org_id: int, role: str, prefix: str = "orguser"):
    """A new account that belongs to the organization with this role (through an organization invitation)."""
    server = admin.server
    addr = unique_email(prefix)
    _, token = invite(admin, f"/api/v1/organizations/{org_id}/invitations", addr, role)
    name = "Person " + uuid.uuid4().hex[:6]
    password = "pw-" + uuid.uuid4().hex[:16]
    r = server.anon().post(f"/api/v1/invitations/{token}/accept",
                           {"name": name, "password": password})
    expect_status(r, 200)
    return server.user_from_existing(addr, name, password)


STUDENT_HEADER = ("student_id,last_name,district_code,school_code,grade,ethnicity,gender,el,ltel,sed,swd,foster,"
                  "homeless,home_language,programs")


def student_rows(district7: str):
    """A small district: school A (K-2) offers Spanish dual immersion in K and 1; school B has grades 3-5.
    Yields (row dict) with the truth the tests compare against."""
    rows = []
    n = 0

    def add(school, grade, eth, enrolled, el="N", gender="F"):
        nonlocal n
        n += 1
        rows.append({"student_id": f"S{n:06d}", "last_name": f"\"O'Neil, {n}\"", "district_code": district7,
                     "school_code": school, "grade": grade, "ethnicity": eth, "gender": gender, "el": el,
                     "ltel": "N", "sed": "Y" if n % 2 else "N", "swd": "N", "foster": "N", "homeless": "N",
                     "home_language": "Spanish" if eth == "HI" else "English",
                     "programs": "Spanish Dual Immersion" if enrolled else ""})

    for i in range(40):  # HI in K-1: 20 enrolled, 20 of them English learners of whom 5 enrolled
        add("1111111", "K" if i % 2 else "1", "HI", enrolled=i < 20, el="Y" if i >= 15 and i < 35 else "N",
            gender="M" if i % 3 else "F")
    for i in range(40):  # WH in K-1: 30 enrolled
        add("1111111", "K" if i % 2 else "1", "WH", enrolled=i < 30, gender="M" if i % 2 else "F")
    for i in range(30):  # grade 2: no program there, so not in its denominators
        add("1111111", "2", "HI" if i % 2 else "WH", enrolled=False)
    for i in range(50):  # school B
        add("2222222", str(3 + i % 3), "AA" if i % 5 == 0 else "HI", enrolled=False)
    return rows


def students_csv(rows, crlf=True, bom=True) -> bytes:
    header = STUDENT_HEADER.split(",")
    eol = "\r\n" if crlf else "\n"
    text = STUDENT_HEADER + eol + eol.join(",".join(r[c] for c in header) for r in rows) + eol
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode()
