"""Organizations, networks, teams, members and perspectives: create, read, list, edit, delete, stale edits."""
from trellis_helpers import (add_member, create_org, create_team, expect_problem, expect_status, invite, unique,
                             unique_email)

FIRST_PERSPECTIVES = ["families", "students", "community_partners", "administration", "counseling_wellness",
                      "special_education"]


def test_organization_create_read_list(admin):
    name = unique("Monterey")
    r = admin.api.post("/api/v1/organizations", {
        "name": name, "kind": "district", "cds_code": "27660920000000", "nces_id": "0625800",
        "grade_spans": ["elementary", "middle", "high"],
        "profile": {"enrollment": 9500, "low_income": 6200, "english_learners": 2400, "foster": 40,
                    "homeless": 700, "locale": "city", "source": "test"}})
    expect_status(r, 201)
    org = r.json()
    assert isinstance(org["id"], int)
    assert r.headers.get("Location", "").endswith(f"/api/v1/organizations/{org['id']}")
    assert org["name"] == name and org["kind"] == "district" and org["cds_code"] == "27660920000000"
    assert org["nces_id"] == "0625800"
    assert sorted(org["grade_spans"]) == ["elementary", "high", "middle"]
    assert org["profile"]["enrollment"] == 9500 and org["profile"]["locale"] == "city"
    assert isinstance(org["version"], int)

    got = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}")
    assert got == org
    listed = admin.api.ok("GET", "/api/v1/organizations")["organizations"]
    assert org["id"] in [o["id"] for o in listed]
    members = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/members")["members"]
    assert [(m["email"], m["role"]) for m in members] == [(admin.email, "admin")]
    me = admin.api.ok("GET", "/api/v1/me")
    assert {"id": org["id"], "role": "admin"}.items() <= next(o for o in me["organizations"]
                                                              if o["id"] == org["id"]).items()


def test_organization_minimal_fields_default_to_null_and_empty(admin):
    org = create_org(admin, kind="intermediary")
    assert org["kind"] == "intermediary"
    assert org["cds_code"] is None and org["nces_id"] is None
    assert org["grade_spans"] == []


def test_organization_patch_and_stale_edit(admin):
    org = create_org(admin)
    v1 = org["version"]
    new_name = unique("Renamed")
    updated = admin.api.ok("PATCH", f"/api/v1/organizations/{org['id']}", {"name": new_name, "version": v1})
    assert updated["name"] == new_name and updated["version"] != v1
    assert updated["kind"] == org["kind"]  # fields not sent are kept

    # Someone still holding version v1 saves: refused, with the current object to merge with.
    r = admin.api.patch(f"/api/v1/organizations/{org['id']}", {"name": "Overwritten", "version": v1})
    body = expect_problem(r, 409, "/problems/stale-edit")
    assert body["current"]["name"] == new_name and body["current"]["version"] == updated["version"]
    stored = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}")
    assert stored["name"] == new_name and stored["version"] == updated["version"]


def test_network_create_members_and_removal(admin):
    facilitator = create_org(admin, kind="intermediary", name=unique("Pivot"))
    mentor = create_org(admin, name=unique("Sanger"))
    peer = create_org(admin, name=unique("Lancaster"))
    r = admin.api.post("/api/v1/networks", {"name": unique("MTSS network"), "focus": "foster and homeless youth",
                                            "facilitator_organization_id": facilitator["id"],
                                            "starts_on": "2026-08-01", "ends_on": "2027-06-30"})
    expect_status(r, 201)
    net = r.json()
    assert isinstance(net["id"], int)
    assert r.headers.get("Location", "").endswith(f"/api/v1/networks/{net['id']}")
    assert net["facilitator"]["id"] == facilitator["id"] and net["facilitator"]["name"] == facilitator["name"]
    assert net["starts_on"] == "2026-08-01" and net["ends_on"] == "2027-06-30"
    assert net["focus"] == "foster and homeless youth" and net["members"] == []

    added = admin.api.ok("POST", f"/api/v1/networks/{net['id']}/members",
                         {"organization_id": mentor["id"], "role": "mentor"}, status=201)
    assert added["organization"]["id"] == mentor["id"] and added["role"] == "mentor"
    admin.api.ok("POST", f"/api/v1/networks/{net['id']}/members", {"organization_id": peer["id"], "role": "peer"},
                 status=201)
    got = admin.api.ok("GET", f"/api/v1/networks/{net['id']}")
    roles = {m["organization"]["id"]: m["role"] for m in got["members"]}
    assert roles == {mentor["id"]: "mentor", peer["id"]: "peer"}
    kinds = {m["organization"]["id"]: m["organization"]["kind"] for m in got["members"]}
    assert kinds[mentor["id"]] == "district"
    assert net["id"] in [n["id"] for n in admin.api.ok("GET", "/api/v1/networks")["networks"]]
    assert net["id"] in [n["id"] for n in admin.api.ok("GET", "/api/v1/me")["networks"]]

    admin.api.ok("DELETE", f"/api/v1/networks/{net['id']}/members/{peer['id']}", status=204)
    got = admin.api.ok("GET", f"/api/v1/networks/{net['id']}")
    assert [m["organization"]["id"] for m in got["members"]] == [mentor["id"]]
    # Removing it again: it is no longer there.
    expect_problem(admin.api.delete(f"/api/v1/networks/{net['id']}/members/{peer['id']}"), 404,
                   "/problems/not-found")


def test_network_patch_and_stale_edit(server, admin):
    facilitator = create_org(admin, kind="intermediary", name=unique("Pivot"))
    net = admin.api.ok("POST", "/api/v1/networks", {"name": unique("Network"), "focus": "old focus",
                                                    "facilitator_organization_id": facilitator["id"],
                                                    "starts_on": "2026-08-01"}, status=201)
    path = f"/api/v1/networks/{net['id']}"
    new_name = unique("Renamed network")
    updated = admin.api.ok("PATCH", path, {"name": new_name, "focus": "attendance", "ends_on": "2027-06-30",
                                           "version": net["version"]})
    assert updated["name"] == new_name and updated["focus"] == "attendance" and updated["version"] != net["version"]
    assert updated["starts_on"] == "2026-08-01" and updated["ends_on"] == "2027-06-30"  # fields not sent are kept
    assert updated["facilitator"]["id"] == facilitator["id"] and updated["may"]["manage"] is True
    # A date is cleared with null; the end may not come before the start.
    cleared = admin.api.ok("PATCH", path, {"starts_on": None, "version": updated["version"]})
    assert cleared["starts_on"] is None and cleared["ends_on"] == "2027-06-30"
    r = admin.api.patch(path, {"starts_on": "2028-01-01", "version": cleared["version"]})
    assert "ends_on" in str(expect_problem(r, 422, "/problems/validation"))
    expect_problem(admin.api.patch(path, {"name": "", "version": cleared["version"]}), 422, "/problems/validation")
    # Someone still holding an old version: refused with the current network.
    body = expect_problem(admin.api.patch(path, {"name": "Overwritten", "version": net["version"]}), 409,
                          "/problems/stale-edit")
    assert body["current"]["name"] == new_name and body["current"]["version"] == cleared["version"]
    # Someone outside the network does not learn it exists.
    outsider = server.make_user("outsider")
    expect_problem(outsider.api.patch(path, {"name": "Mine", "version": cleared["version"]}), 404,
                   "/problems/not-found")
    assert admin.api.ok("GET", path)["name"] == new_name


def test_organization_member_role_change_keeps_an_admin(server, admin):
    org = create_org(admin)
    address = unique_email("colleague")
    _, token = invite(admin, f"/api/v1/organizations/{org['id']}/invitations", address, "member")
    server.anon().post(f"/api/v1/invitations/{token}/accept", {"name": "Colleague", "password": "pw-long-enough-1"})
    people = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/members")["members"]
    colleague = next(p for p in people if p["email"] == address)
    me = next(p for p in people if p["email"] == admin.email)
    path = f"/api/v1/organizations/{org['id']}/members"

    changed = admin.api.ok("PATCH", f"{path}/{colleague['user_id']}", {"role": "viewer"})
    assert changed == {**colleague, "role": "viewer"}
    roles = {p["user_id"]: p["role"] for p in admin.api.ok("GET", path)["members"]}
    assert roles == {colleague["user_id"]: "viewer", me["user_id"]: "admin"}
    expect_problem(admin.api.patch(f"{path}/{colleague['user_id']}", {"role": "owner"}), 422, "/problems/validation")
    expect_problem(admin.api.patch(f"{path}/999999999", {"role": "member"}), 404, "/problems/not-found")
    # The last admin cannot step down; once someone else is an admin, they can.
    expect_problem(admin.api.patch(f"{path}/{me['user_id']}", {"role": "member"}), 409, "/problems/conflict")
    admin.api.ok("PATCH", f"{path}/{colleague['user_id']}", {"role": "admin"})
    assert admin.api.ok("PATCH", f"{path}/{me['user_id']}", {"role": "member"})["role"] == "member"
    # No longer an admin: the list of people (with their addresses) is closed to them.
    expect_problem(admin.api.patch(f"{path}/{colleague['user_id']}", {"role": "member"}), 403, "/problems/forbidden")


def test_team_create_read_list_patch_stale(admin):
    org = create_org(admin)
    name = unique("World Languages")
    r = admin.api.post(f"/api/v1/organizations/{org['id']}/teams", {"name": name, "focus": "standards"})
    expect_status(r, 201)
    team = r.json()
    assert isinstance(team["id"], int)
    assert r.headers.get("Location", "").endswith(f"/api/v1/teams/{team['id']}")
    assert team["name"] == name and team["focus"] == "standards"
    assert team["organization"] == {"id": org["id"], "name": org["name"]}
    # The answer is the whole team (docs/api.md: `201 team`), not a summary.
    missing = {"members", "representation", "outreach_items", "my_role", "version"} - team.keys()
    assert not missing, f"POST /api/v1/organizations/{{id}}/teams answered without {sorted(missing)}: {team}"
    # The org admin who created it is its lead.
    assert team["my_role"] == "lead"
    assert [(m["email"].lower(), m["role"]) for m in team["members"]] == [(admin.email.lower(), "lead")]
    assert team["outreach_items"] == [] and isinstance(team["version"], int)
    assert "missing" in team["representation"]

    assert admin.api.ok("GET", f"/api/v1/teams/{team['id']}")["name"] == name
    assert team["id"] in [t["id"] for t in admin.api.ok("GET", "/api/v1/teams")["teams"]]
    in_org = admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/teams")["teams"]
    summary = next(t for t in in_org if t["id"] == team["id"])
    assert summary == {"id": team["id"], "name": name, "focus": "standards", "time_zone": team["time_zone"],
                       "organization": {"id": org["id"], "name": org["name"]}}
    me_team = next(t for t in admin.api.ok("GET", "/api/v1/me")["teams"] if t["id"] == team["id"])
    assert me_team["organization_id"] == org["id"] and me_team["role"] == "lead"

    v1 = team["version"]
    patched = admin.api.ok("PATCH", f"/api/v1/teams/{team['id']}", {"focus": "new focus", "version": v1})
    assert patched["focus"] == "new focus" and patched["name"] == name and patched["version"] != v1
    r = admin.api.patch(f"/api/v1/teams/{team['id']}", {"name": "Stale rename", "version": v1})
    body = expect_problem(r, 409, "/problems/stale-edit")
    assert body["current"]["name"] == name and body["current"]["version"] == patched["version"]
    stored = admin.api.ok("GET", f"/api/v1/teams/{team['id']}")
    assert stored["name"] == name and stored["focus"] == "new focus"


def test_members_add_patch_stale_delete(admin):
    org = create_org(admin, grade_spans=["elementary", "middle", "high"])
    team = create_team(admin, org["id"])
    addr = unique_email("teacher")
    r = admin.api.post(f"/api/v1/teams/{team['id']}/members", {
        "name": "Ana Teacher", "email": addr, "role": "member", "perspectives": ["families"],
        "content_areas": ["Spanish"], "grade_spans": ["middle"], "skills": ["facilitation"]})
    expect_status(r, 201)
    member = r.json()
    assert isinstance(member["id"], int) and member["team_id"] == team["id"]
    assert member["name"] == "Ana Teacher" and member["email"].lower() == addr.lower()
    assert member["role"] == "member" and member["perspectives"] == ["families"]
    assert member["content_areas"] == ["Spanish"] and member["grade_spans"] == ["middle"]
    assert member["skills"] == ["facilitation"] and isinstance(member["version"], int)

    team_now = admin.api.ok("GET", f"/api/v1/teams/{team['id']}")
    assert member["id"] in [m["id"] for m in team_now["members"]]

    path = f"/api/v1/teams/{team['id']}/members/{member['id']}"
    v1 = member["version"]
    patched = admin.api.ok("PATCH", path, {"perspectives": ["families", "students"], "version": v1})
    assert patched["perspectives"] == ["families", "students"] and patched["version"] != v1
    assert patched["name"] == "Ana Teacher"
    r = admin.api.patch(path, {"name": "Stale Name", "version": v1})
    body = expect_problem(r, 409, "/problems/stale-edit")
    assert body["current"]["name"] == "Ana Teacher" and body["current"]["version"] == patched["version"]
    stored = next(m for m in admin.api.ok("GET", f"/api/v1/teams/{team['id']}")["members"] if m["id"] == member["id"])
    assert stored["name"] == "Ana Teacher" and stored["perspectives"] == ["families", "students"]

    admin.api.ok("DELETE", path, status=204)
    team_now = admin.api.ok("GET", f"/api/v1/teams/{team['id']}")
    assert member["id"] not in [m["id"] for m in team_now["members"]]
    expect_problem(admin.api.delete(path), 404, "/problems/not-found")


def test_member_free_strings_are_trimmed(admin):
    team = create_team(admin, create_org(admin)["id"])
    m = add_member(admin, team["id"], content_areas=["  French  "], skills=[" data "])
    assert m["content_areas"] == ["French"] and m["skills"] == ["data"]


def test_perspective_catalogue_and_site_admin_additions(server, admin, site_admin):
    cat = admin.api.ok("GET", "/api/v1/perspectives")["perspectives"]
    keys = [p["key"] for p in cat]
    assert keys[:6] == FIRST_PERSPECTIVES
    assert all(p["label_en"] and p["label_es"] for p in cat)

    key = "p_" + unique("k").replace("-", "_")[:20]
    body = {"key": key, "label_en": "World language teachers", "label_es": "Docentes de idiomas"}
    expect_problem(admin.api.post("/api/v1/perspectives", body), 403, "/problems/forbidden")
    assert key not in [p["key"] for p in admin.api.ok("GET", "/api/v1/perspectives")["perspectives"]]

    created = site_admin.api.ok("POST", "/api/v1/perspectives", body, status=201)
    assert created["key"] == key
    after = [p["key"] for p in admin.api.ok("GET", "/api/v1/perspectives")["perspectives"]]
    assert after[:len(keys)] == keys and after[-1] == key  # appended in catalogue order

    expect_problem(site_admin.api.post("/api/v1/perspectives", body), 409, "/problems/conflict")
    bad = {"key": "Bad-Key", "label_en": "x", "label_es": "x"}
    expect_problem(site_admin.api.post("/api/v1/perspectives", bad), 422, "/problems/validation", field="key")
    assert "Bad-Key" not in [p["key"] for p in admin.api.ok("GET", "/api/v1/perspectives")["perspectives"]]


def test_team_creation_needs_an_org_admin(server, admin):
    org = create_org(admin)
    outsider = server.make_user("outsider")
    r = outsider.api.post(f"/api/v1/organizations/{org['id']}/teams", {"name": "Not mine"})
    assert r.status_code in (403, 404), r.text
    assert admin.api.ok("GET", f"/api/v1/organizations/{org['id']}/teams")["teams"] == []


def test_concurrent_edits_with_the_same_version_save_exactly_one(admin):
    """Five people save from the same version at once: one wins, four are told, nothing is lost silently."""
    from concurrent.futures import ThreadPoolExecutor

    from trellis_helpers import Api
    team = create_team(admin, create_org(admin)["id"])
    names = [unique(f"Concurrent{i}") for i in range(5)]

    def save(name):
        return Api(admin.server.base_url, admin.token).patch(f"/api/v1/teams/{team['id']}",
                                                            {"name": name, "version": team["version"]})
    with ThreadPoolExecutor(5) as pool:
        results = list(pool.map(save, names))
    codes = sorted(r.status_code for r in results)
    assert codes == [200, 409, 409, 409, 409], [(r.status_code, r.text[:200]) for r in results]
    winner = next(n for n, r in zip(names, results) if r.status_code == 200)
    assert admin.api.ok("GET", f"/api/v1/teams/{team['id']}")["name"] == winner


def test_concurrent_duplicate_members_make_one_member(admin):
    from concurrent.futures import ThreadPoolExecutor

    from trellis_helpers import Api
    team = create_team(admin, create_org(admin)["id"])
    addr = unique_email("racer")

    def add(i):
        return Api(admin.server.base_url, admin.token).post(f"/api/v1/teams/{team['id']}/members",
                                                           {"name": f"Racer {i}", "email": addr})
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(add, range(4)))
    codes = sorted(r.status_code for r in results)
    assert codes == [201, 409, 409, 409], [(r.status_code, r.text[:200]) for r in results]
    members = admin.api.ok("GET", f"/api/v1/teams/{team['id']}")["members"]
    assert [m["email"].lower() for m in members].count(addr.lower()) == 1


def test_text_round_trips_exactly(admin):
    name = "Distrito Señora Pérez — 日本語 \"quoted\" \\ back"
    org = create_org(admin, name=name)
    assert org["name"] == name
    assert admin.api.ok("GET", f"/api/v1/organizations/{org['id']}")["name"] == name
    team = create_team(admin, org["id"], name="Équipe <b>bold</b> & co")
    m = add_member(admin, team["id"], name="José Niño", content_areas=["Español", "中文"])
    got = next(x for x in admin.api.ok("GET", f"/api/v1/teams/{team['id']}")["members"] if x["id"] == m["id"])
    assert got["name"] == "José Niño" and got["content_areas"] == ["Español", "中文"]
    assert admin.api.ok("GET", f"/api/v1/teams/{team['id']}")["name"] == "Équipe <b>bold</b> & co"


def test_unknown_fields_on_patch_are_ignored(admin):
    org = create_org(admin)
    r = admin.api.patch(f"/api/v1/organizations/{org['id']}", {"name": "Kept", "colour": "red",
                                                               "version": org["version"]})
    expect_status(r, 200)
    assert r.json()["name"] == "Kept" and "colour" not in r.json()


def test_every_creation_answers_201_with_an_id_and_a_location(admin):
    org = create_org(admin, grade_spans=["elementary"])
    team = create_team(admin, org["id"])
    fac = create_org(admin, kind="intermediary")
    creations = [
        (f"/api/v1/teams/{team['id']}/members", {"name": "Loc", "email": unique_email("loc")}),
        (f"/api/v1/teams/{team['id']}/outreach-items", {"gap_kind": "perspective", "gap_key": "students"}),
        (f"/api/v1/teams/{team['id']}/invitations", {"email": unique_email("locinv"), "role": "member"}),
        (f"/api/v1/organizations/{org['id']}/invitations", {"email": unique_email("locorg"), "role": "member"}),
        ("/api/v1/tokens", {"name": "location"}),
        ("/api/v1/networks", {"name": unique("LocNet"), "facilitator_organization_id": fac["id"]}),
        ("/api/v1/organizations", {"name": unique("LocOrg"), "kind": "district"}),
        (f"/api/v1/organizations/{org['id']}/teams", {"name": unique("LocTeam")}),
    ]
    problems = []
    for path, body in creations:
        r = admin.api.post(path, body)
        if r.status_code != 201 or not isinstance(r.json().get("id"), int) or not r.headers.get("Location"):
            problems.append(f"POST {path}: {r.status_code} Location={r.headers.get('Location')!r} {r.text[:200]}")
    assert not problems, "\n".join(problems)
