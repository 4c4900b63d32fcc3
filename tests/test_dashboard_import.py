"""The state's published indicator files, as published (issue 14, items 2 and 7): a California School Dashboard
download (tab-delimited, header row, the state's column names) imports one district's own rows (rtype D) as the
indicator's counts for the year given and the year before; the state's suppressed cells (blank or `*`) are unknown,
never zero, and the analysis says so; a statewide file imports only the district's rows; bad input changes
nothing. The files are written here in the state's record layout: none is provided."""
import json

from data_helpers import analysis, create_district, district_code, groups_by_code, upload
from trellis_helpers import cli, expect_problem

# The state's layout, with a few extra columns, as the download has them.
COLUMNS = ["cds", "rtype", "schoolname", "districtname", "countyname", "charter_flag", "coe_flag", "dass_flag",
           "studentgroup", "currnumer", "currdenom", "currstatus", "priornumer", "priordenom", "priorstatus",
           "change", "statuslevel", "changelevel", "color", "box", "reportingyear"]

# (group, current numerator, current denominator, prior numerator, prior denominator); "" and "*" are suppressed.
DISTRICT_ROWS = [("ALL", "301", "9499", "322", "9610"), ("HI", "190", "5000", "201", "5050"),
                 ("AA", "40", "400", "44", "410"), ("FOS", "*", "*", "3", "14"), ("HOM", "", "48", "6", "51"),
                 ("LTEL", "", "", "", "")]


def row(cds, rtype, group, cn, cd, pn, pd, district="Sample Unified", school=""):
    values = {"cds": cds, "rtype": rtype, "schoolname": school, "districtname": district, "countyname": "Monterey",
              "studentgroup": group, "currnumer": cn, "currdenom": cd, "priornumer": pn, "priordenom": pd,
              "currstatus": "3.2", "priorstatus": "3.4", "color": "4", "reportingyear": "2024"}
    return "\t".join(values.get(c, "") for c in COLUMNS)


def dashboard_file(cds: str, columns=COLUMNS, others=True) -> str:
    lines = ["\t".join(columns)]
    if others:
        lines.append(row("00000000000000", "X", "ALL", "210000", "6000000", "200000", "5900000"))
        lines.append(row(cds[:7] + "6025886", "S", "ALL", "60", "1400", "58", "1390", school='"Seaside High, CA"'))
        lines.append(row(district_code(), "D", "ALL", "700", "14000", "690", "13900"))
    lines += [row(cds, "D", *r, district='"Sample ""Unified"""') for r in DISTRICT_ROWS]
    return "\r\n".join(lines) + "\r\n"


def analyze(db, cds, year, indicator="suspension", check=True):
    proc = cli("data", "analyze", "--database", db, "--org", cds, "--year", str(year), "--indicator", indicator,
               "--format", "json", check=check)
    return groups_by_code(json.loads(proc.stdout)["indicators"][0]) if proc.returncode == 0 else None


def test_the_cli_imports_the_districts_rows_for_the_year_and_the_year_before(admin, server, tmp_path):
    org = create_district(admin)
    cds = org["cds_code"]
    path = tmp_path / "suspdownload2024.txt"
    path.write_text(dashboard_file(cds), newline="")
    summary = json.loads(cli("data", "import", "--database", server.db_url, "--org", cds, "--year", "2024",
                             str(path)).stdout)
    assert summary["kind"] == "dashboard" and summary["indicator"] == "suspension"
    assert summary["rows"] == 9 and summary["rows_taken"] == 6
    assert summary["suppressed_cells"] == 7 and summary["years"] == [2023, 2024]

    now = analyze(server.db_url, cds, 2024)
    assert (now["ALL"]["denominator"], now["ALL"]["numerator"]) == (9499, 301)
    assert (now["HI"]["denominator"], now["HI"]["numerator"]) == (5000, 190)
    # Suppressed by the state: listed as such, with what was published, never as zero.
    assert now["FOS"]["flag"] == "suppressed_by_state" and now["FOS"]["numerator"] is None
    assert now["FOS"]["denominator"] is None and now["FOS"]["rate"] is None
    assert now["HOM"]["flag"] == "suppressed_by_state" and now["HOM"]["denominator"] == 48
    assert now["HOM"]["numerator"] is None
    assert now["LTEL"]["flag"] == "suppressed_by_state"
    before = analyze(server.db_url, cds, 2023)
    assert (before["ALL"]["denominator"], before["ALL"]["numerator"]) == (9610, 322)
    assert (before["FOS"]["denominator"], before["FOS"]["numerator"]) == (14, 3)
    assert before["LTEL"]["flag"] == "suppressed_by_state"
    shared = json.loads(cli("data", "analyze", "--database", server.db_url, "--org", cds, "--year", "2024",
                            "--shared", "--format", "json").stdout)
    hom = groups_by_code(shared["indicators"][0])["HOM"]
    assert hom["flag"] == "suppressed_by_state" and hom["denominator"] is None

    # The indicator from --indicator when the file's name does not say; columns in another order are fine.
    other = tmp_path / "download.txt"
    lines = [line.split("\t") for line in dashboard_file(cds).strip("\r\n").split("\r\n")]
    other.write_text("\r\n".join("\t".join(reversed(line)) for line in lines) + "\r\n", newline="")
    summary = json.loads(cli("data", "import", "--database", server.db_url, "--org", cds, "--year", "2024",
                             "--indicator", "chronic_absence", str(other)).stdout)
    assert summary["indicator"] == "chronic_absence"
    assert analyze(server.db_url, cds, 2024, "chronic_absence")["AA"]["numerator"] == 40


def test_a_statewide_file_imports_only_the_districts_rows(admin, server, tmp_path):
    org = create_district(admin)
    cds = org["cds_code"]
    path = tmp_path / "chronicdownload2024.txt"
    with path.open("w", newline="") as f:
        f.write("\t".join(COLUMNS) + "\r\n")
        f.write(row("00000000000000", "X", "ALL", "1", "2", "1", "2") + "\r\n")
        groups = ["ALL", "AA", "AI", "AS", "FI", "HI", "PI", "WH", "MR", "EL", "LTEL", "SED", "SWD", "FOS", "HOM"]
        for i in range(13_333):  # ~200,000 rows: 15 groups of 13,333 schools and districts
            code = f"{(i % 58) + 1:02d}{10000 + i:05d}" + ("0000000" if i % 10 == 0 else f"{1000000 + i:07d}")
            if code == cds:
                continue
            rtype = "D" if i % 10 == 0 else "S"
            for g in groups:
                f.write(row(code, rtype, g, "5", "100", "4", "90") + "\r\n")
        for r in DISTRICT_ROWS:
            f.write(row(cds, "D", *r) + "\r\n")
    summary = json.loads(cli("data", "import", "--database", server.db_url, "--org", cds, "--year", "2024",
                             str(path)).stdout)
    assert summary["rows"] >= 199_000 and summary["rows_taken"] == len(DISTRICT_ROWS)
    assert summary["indicator"] == "chronic_absence" and summary["organizations"] == 1
    groups = analyze(server.db_url, cds, 2024, "chronic_absence")
    assert groups["ALL"]["denominator"] == 9499 and set(groups) == {g for g, *_ in DISTRICT_ROWS}
    # Another district of the file got nothing.
    assert analyze(server.db_url, "01100000000000", 2024, "chronic_absence", check=False) is None


def test_bad_input_is_refused_clearly_and_stores_nothing(admin, server, tmp_path):
    org = create_district(admin)
    cds = org["cds_code"]
    db = server.db_url
    good = tmp_path / "suspdownload2024.txt"
    good.write_text(dashboard_file(cds), newline="")

    def refused(*args, says):
        proc = cli("data", "import", "--database", db, *args, check=False)
        assert proc.returncode != 0, proc.stdout
        assert says in proc.stderr, proc.stderr
        assert analyze(db, cds, 2024, check=False) is None  # nothing stored

    refused("--org", cds, str(good), says="needs --year")
    refused("--org", "01234560000000", "--year", "2024", str(good), says="no organization has this CDS code")
    unnamed = tmp_path / "download.txt"
    unnamed.write_text(dashboard_file(cds), newline="")
    refused("--org", cds, "--year", "2024", str(unnamed), says="--indicator suspension")
    wrong = tmp_path / "susp_wrong.txt"
    wrong.write_text("district\tgroup\trate\r\nSample\tALL\t3.2\r\n", newline="")
    refused("--org", cds, "--year", "2024", str(wrong), says="the header is not")
    missing = tmp_path / "susp_missing.txt"
    missing.write_text(dashboard_file(cds, [c if c != "priordenom" else "prior_denominator" for c in COLUMNS]),
                       newline="")
    refused("--org", cds, "--year", "2024", str(missing), says='no "priordenom" column')
    damaged = tmp_path / "susp_damaged.txt"
    damaged.write_text(dashboard_file(cds).replace("\t9499\t", "\tmany\t"), newline="")
    refused("--org", cds, "--year", "2024", str(damaged), says="currdenom must be a whole number")
    elsewhere = tmp_path / "susp_elsewhere.txt"
    elsewhere.write_text(dashboard_file(district_code()), newline="")
    refused("--org", cds, "--year", "2024", str(elsewhere), says="no district row")


def test_the_web_import_takes_a_dashboard_file_with_its_year_and_indicator(admin):
    org = create_district(admin)
    cds = org["cds_code"]
    text = dashboard_file(cds)
    r = upload(admin.api, org["id"], text, "dashboard", year=2024, filename="chronicdownload2024.txt")
    assert r.status_code == 201, r.text
    summary = r.json()["summary"]
    assert summary["indicator"] == "chronic_absence" and summary["rows_taken"] == 6
    assert summary["suppressed_cells"] == 7
    body = analysis(admin.api, org["id"], indicator="chronic_absence", year=2024).json()
    groups = groups_by_code(body["indicators"][0])
    assert groups["FOS"]["flag"] == "suppressed_by_state" and groups["FOS"]["numerator"] is None

    expect_problem(upload(admin.api, org["id"], text, "dashboard", filename="chronicdownload2024.txt"), 422,
                   "/problems/validation")
    body = expect_problem(upload(admin.api, org["id"], text, "dashboard", year=2024, filename="download.txt"), 422,
                          "/problems/import-rejected")
    assert "suspension or chronic_absence" in body["detail"]
    assert [(e["code"], e["params"]) for e in body["errors"]] == [
        ("indicator_needed", {"allowed": ["suspension", "chronic_absence"]})]
    body = expect_problem(upload(admin.api, org["id"], dashboard_file(district_code()), "dashboard", year=2025,
                                 indicator="suspension"), 422, "/problems/import-rejected")
    assert body["errors"][0]["code"] == "no_district_row"
    assert analysis(admin.api, org["id"], indicator="suspension", year=2025).status_code == 404  # nothing stored
