"""`trellis directory load`: the statewide directory from the state's public files (../shared/data), on both
databases. What a user notices: every open county office, district and school with pupil counts is there once,
with the state's figures; a second run changes nothing; an organization Trellis already held is updated, not
duplicated, and one the state has closed is marked closed; a broken file loads nothing. The expected figures are
counted from the files themselves here, independently of the C++ readers."""
from __future__ import annotations

import csv
import json
import math
import os
import shutil
from pathlib import Path

import pytest

from trellis_helpers import cli, create_org, create_team, expect_problem

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TRELLIS_SHARED_DATA", REPO.parent / "shared" / "data"))
DIRECTORY = SHARED / "ca" / "pubschls_2018-06.txt"
pytestmark = pytest.mark.skipif(not DIRECTORY.exists(), reason="shared data not present")

# A district the state closed (a regional occupational program), which no count file lists.
CLOSED_DISTRICT = "01740390000000"


def load(url: str, folder: Path = SHARED, check: bool = True):
    return cli("directory", "load", "--database", url, str(folder), check=check)


def expected_from_files() -> dict:
    """Created per kind, and skipped per reason, as the documented rules applied to the files."""
    counted = set()
    for name in ("cupc1819-k12_lea.csv", "cupc1819-k12_school.csv"):
        with open(SHARED / "ca" / name, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                counted.add(row["County Code"].zfill(2) + row["District Code"].zfill(5) + row["School Code"].zfill(7))
    created = {"county_office": 0, "district": 0, "school": 0}
    skipped = {"closed": 0, "no counts": 0}
    with open(DIRECTORY, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            cds = row["CDSCode"].zfill(14)
            if row["StatusType"] in ("Closed", "Merged"):
                skipped["closed"] += 1
            elif cds not in counted:
                skipped["no counts"] += 1
            elif not cds.endswith("0000000"):
                created["school"] += 1
            elif row["DOCType"].startswith("County Office of Education"):
                created["county_office"] += 1
            else:
                created["district"] += 1
    return {"created": created, "skipped": skipped}


@pytest.fixture(scope="module")
def loaded(launcher):
    """A database where an admin made Monterey's district and the closed district before the load."""
    url = launcher.new_database()
    srv = launcher.start(url)
    admin = srv.make_user("diradmin", site_admin=True)
    monterey = create_org(admin, "MPUSD (typed by hand)", cds_code="27660920000000")
    closed = create_org(admin, "East Bay ROP", cds_code=CLOSED_DISTRICT)
    first = json.loads(load(url).stdout)
    second = json.loads(load(url).stdout)
    return {"url": url, "srv": srv, "admin": admin, "monterey": monterey["id"], "closed": closed["id"],
            "first": first, "second": second}


def search(user, **query) -> dict:
    params = "&".join(f"{k}={v}" for k, v in query.items())
    return user.api.ok("GET", f"/api/v1/directory?{params}")


def profile_of(user, cds: str) -> dict:
    [entry] = [r for r in search(user, q=cds)["results"] if r["cds_code"] == cds]
    return user.api.ok("GET", f"/api/v1/directory/{entry['id']}")


def test_every_open_entry_with_counts_is_created_once_by_kind(loaded):
    expected = expected_from_files()
    first = loaded["first"]
    # The two organizations made by hand were updated, not created again.
    created = dict(expected["created"])
    created["district"] -= 1
    assert first["created_by_kind"] == created
    assert first["created"] == sum(created.values())
    assert first["updated"] == 2
    # The closed district Trellis held was kept (and marked), so it is not among the skipped.
    assert first["skipped_reasons"] == {"closed": expected["skipped"]["closed"] - 1,
                                        "no counts": expected["skipped"]["no counts"]}
    assert first["skipped"] == sum(first["skipped_reasons"].values())


def test_a_second_run_creates_and_changes_nothing(loaded):
    second = loaded["second"]
    assert second["created"] == 0
    assert second["updated"] == 0
    assert second["unchanged"] == loaded["first"]["created"] + loaded["first"]["updated"]
    assert second["skipped_reasons"] == loaded["first"]["skipped_reasons"]


@pytest.mark.parametrize("cds, name, nces, county, enrollment, low_income, el, foster, homeless, locale", [
    ("10624140000000", "Sanger Unified", "0635250", "Fresno", 10780, 7441, 1716, 97, 77, "Town: Fringe"),
    ("27660920000000", "Monterey Peninsula Unified", "0625530", "Monterey", 9499, 6232, 2577, 20, 880,
     "Suburb: Midsize"),
    ("19646670000000", "Lancaster Elementary", "0620880", "Los Angeles", 14089, 12541, 2294, 404, 810,
     "Suburb: Large"),
])
def test_the_articles_districts_carry_the_states_figures(loaded, cds, name, nces, county, enrollment, low_income,
                                                          el, foster, homeless, locale):
    p = profile_of(loaded["admin"], cds)
    assert (p["name"], p["kind"], p["nces_id"], p["county"], p["status"]) == (name, "district", nces, county, "open")
    assert p["figures"] == {"enrollment": enrollment, "low_income": low_income, "english_learners": el,
                            "foster": foster, "homeless": homeless,
                            "source": "CALPADS unduplicated pupil count 2018-19"}
    assert p["locale"] == locale
    assert p["in_directory"] is True
    assert p["schools"], "a district lists its schools"
    assert all(s["kind"] == "school" for s in p["schools"])


def test_a_school_names_its_district_and_the_hand_made_district_keeps_its_id(loaded):
    admin = loaded["admin"]
    monterey = profile_of(admin, "27660920000000")
    assert monterey["id"] == loaded["monterey"]
    assert search(admin, q="27660920000000")["total"] == 1
    school = admin.api.ok("GET", f"/api/v1/directory/{monterey['schools'][0]['id']}")
    assert school["parent"]["id"] == loaded["monterey"]
    assert school["grades"]


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (tuple(math.radians(v) for v in p) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def districts_near(cds: str, km: float) -> set[str]:
    """Open districts with counts (the directory's district entries) within `km` of a district's office, by the
    file's own coordinates."""
    counted = set()
    with open(SHARED / "ca" / "cupc1819-k12_lea.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            counted.add(row["County Code"].zfill(2) + row["District Code"].zfill(5) + "0000000")
    places = {}
    with open(DIRECTORY, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            code = row["CDSCode"].zfill(14)
            if (code.endswith("0000000") and row["StatusType"] in ("Active", "Pending") and code in counted
                    and not row["DOCType"].startswith("County Office of Education") and row["Latitude"]):
                places[code] = (float(row["Latitude"]), float(row["Longitude"]))
    return {c for c, p in places.items() if c != cds and haversine_km(places[cds], p) <= km}


def test_the_distance_band_keeps_the_districts_within_it_and_says_how_far_each_is(loaded):
    """Matching's distance band measures from the district office the state's directory places: a Monterey team
    asking for districts within 50 km gets exactly the file's districts that near, each with its distance, and
    Sanger (in Fresno County) is about 209 km away."""
    admin = loaded["admin"]
    team = create_team(admin, loaded["monterey"], "Distance team")
    near = admin.api.ok("GET", f"/api/v1/teams/{team['id']}/matches?kind=district&within_km=50&limit=100")
    expected = districts_near("27660920000000", 50)
    assert expected, "the file places other districts near Monterey"
    assert near["considered"] == len(expected)
    assert {r["organization"]["cds_code"] for r in near["results"]} == expected
    assert all(0 < r["distance_km"] <= 50 for r in near["results"])
    fresno = admin.api.ok("GET", f"/api/v1/teams/{team['id']}/matches?county=Fresno&within_km=250&limit=100")
    sanger = next(r for r in fresno["results"] if r["organization"]["cds_code"] == "10624140000000")
    assert sanger["distance_km"] == pytest.approx(209, abs=1)
    wide = admin.api.ok("GET", f"/api/v1/teams/{team['id']}/matches?kind=district")
    assert wide["considered"] > near["considered"]
    assert all(r["distance_km"] is not None for r in wide["results"])
    refused = admin.api.request("GET", f"/api/v1/teams/{team['id']}/matches?within_km=0")
    expect_problem(refused, 422, "/problems/validation", "within_km")
    # A team whose district the directory does not place cannot ask for a distance: it is told why.
    elsewhere = create_team(admin, create_org(admin, "Unplaced Unified")["id"], "Unplaced team")
    unplaced = admin.api.request("GET", f"/api/v1/teams/{elsewhere['id']}/matches?within_km=50")
    problem = expect_problem(unplaced, 422, "/problems/validation", "within_km")
    assert "no location" in problem["detail"]


def test_a_closed_district_is_marked_closed_when_held_and_otherwise_left_out(loaded):
    admin = loaded["admin"]
    closed = admin.api.ok("GET", f"/api/v1/directory/{loaded['closed']}")
    assert closed["status"] == "closed"
    assert search(admin, status="closed", kind="district")["total"] == 1
    # Another closed district of the file was not created.
    assert search(admin, q="01756220000000")["total"] == 0


def test_search_filters_pages_and_shows_public_facts_only(loaded):
    user = loaded["srv"].make_user("dirreader")  # any signed-in person
    page = search(user, q="unified", county="Fresno", kind="district", status="open", per_page=5)
    assert page["total"] >= 5 and len(page["results"]) == 5
    names = [r["name"] for r in page["results"]]
    assert names == sorted(names)
    assert all(r["county"] == "Fresno" and r["kind"] == "district" for r in page["results"])
    second = search(user, q="unified", county="Fresno", kind="district", status="open", per_page=5, page=2)
    assert not {r["id"] for r in second["results"]} & {r["id"] for r in page["results"]}
    p = user.api.ok("GET", f"/api/v1/directory/{page['results'][0]['id']}")
    for private in ("members", "teams", "networks", "invitations", "may"):
        assert private not in p
    assert user.api.request("GET", "/api/v1/directory?kind=planet").status_code == 422


def test_an_organization_the_directory_does_not_list_stays_private(loaded):
    """A partner typed in by hand is not in the search, and its profile answers only those who may read it."""
    admin = loaded["admin"]
    private = create_org(admin, "Quiet Partners of the Valley", kind="partner")
    assert search(admin, q="Quiet Partners")["total"] == 0
    assert admin.api.ok("GET", f"/api/v1/directory/{private['id']}")["in_directory"] is False
    stranger = loaded["srv"].make_user("dirstranger")
    refused = stranger.api.request("GET", f"/api/v1/directory/{private['id']}")
    unknown = stranger.api.request("GET", "/api/v1/directory/99999999")
    assert refused.status_code == unknown.status_code == 404


def test_a_broken_file_loads_nothing_and_says_where(launcher, tmp_path):
    url = launcher.new_database()
    copy = tmp_path / "data"
    shutil.copytree(SHARED, copy, ignore=shutil.ignore_patterns("oneroster"))
    for p in copy.rglob("*"):
        p.chmod(0o644 if p.is_file() else 0o755)
    lines = (copy / "ca" / "pubschls_2018-06.txt").read_text(encoding="utf-8").split("\n")
    fields = lines[499].split("\t")
    fields[3] = "Open"  # StatusType
    lines[499] = "\t".join(fields)
    (copy / "ca" / "pubschls_2018-06.txt").write_text("\n".join(lines), encoding="utf-8")
    bad = load(url, copy, check=False)
    assert bad.returncode == 1
    assert "pubschls_2018-06.txt:500:4:" in bad.stderr and "StatusType" in bad.stderr, bad.stderr
    # A count file whose header lost a column.
    lea = copy / "ca" / "cupc1819-k12_lea.csv"
    lea.write_text(lea.read_text(encoding="utf-8").replace("Total Enrollment", "Enrolment", 1), encoding="utf-8")
    bad = load(url, copy, check=False)
    assert bad.returncode == 1 and "cupc1819-k12_lea.csv:1:" in bad.stderr and "Total Enrollment" in bad.stderr
    missing = load(url, tmp_path / "nowhere", check=False)
    assert missing.returncode == 1 and "nowhere" in missing.stderr
    # Nothing was written: a load from the real files creates everything.
    assert json.loads(load(url).stdout)["updated"] == 0


def test_the_demos_districts_and_schools_become_the_directorys_entries(launcher):
    """`make demo` loads the directory after `trellis demo`: the demo's three districts and four Monterey schools
    (real CDS codes) are updated in place, never created a second time."""
    url = launcher.new_database(migrate=False)
    cli("demo", "--database", url)
    summary = json.loads(load(url).stdout)
    assert summary["updated"] == 7
    assert summary["created"] == sum(expected_from_files()["created"].values()) - 7
