"""The resource library (issue 12, item 5): links, files and notes shared with a team, an organization or a
network, searched with each engine's full-text index. What a user notices: the better match comes first on both
engines (Spanish too), a stranger finds and opens nothing, a file whose content is not what its name says is refused,
a file is downloaded as an attachment that the browser does not sniff, only the author and the owning
district's admins change a resource, and only the district's staff add one (not its viewers)."""
import pytest

from matrix_world import add_to_network
from trellis_helpers import create_org, create_team, expect_problem, expect_status, join_org_via_invitation, unique

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(scope="module")
def world(server):
    author = server.make_user("sanger")
    sanger = create_org(author, name=unique("Sanger Unified"))
    facilitator = server.make_user("facilitator")
    hub = create_org(facilitator, name=unique("Hub"), kind="intermediary")
    network = facilitator.api.ok("POST", "/api/v1/networks", {"name": unique("MTSS network"),
                                                              "facilitator_organization_id": hub["id"]}, status=201)
    peer = server.make_user("peer")
    monterey = create_org(peer, name=unique("Monterey"))
    add_to_network(facilitator, network["id"], sanger["id"], "mentor", author)
    add_to_network(facilitator, network["id"], monterey["id"], "peer", peer)
    stranger = server.make_user("stranger")
    create_org(stranger, name=unique("Elsewhere"))
    team = create_team(author, sanger["id"], unique("Sanger MTSS team"))

    def add(**fields):
        body = {"kind": "note", "body": "", "share_scope": "network", "share_id": network["id"], **fields}
        if body["kind"] != "note":
            body.pop("body")
        return author.api.ok("POST", "/api/v1/resources", body, status=201)

    flow = add(kind="file", title="Tiered-support referral flow",
               description="How a referral moves from a teacher to the student support team, step by step",
               topics=["mtss"], grade_from=0, grade_to=8)
    author.api.ok("PUT", f"/api/v1/resources/{flow['id']}/file?name=referral-flow.pdf", data=PDF,
                  headers={"Content-Type": "application/pdf"})
    menu = add(title="Intervention menu", body="Tier 2 and tier 3 interventions; a referral is not needed for tier 2.",
               topics=["mtss", "chronic_absence"], grade_from=6, grade_to=12)
    spanish = add(title="Menú de intervenciones para familias", language="es",
                  body="Las intervenciones de nivel 2 se explican a las familias en su idioma.", topics=["mtss"])
    private = add(kind="link", title="Referral flow draft for the team", url="https://example.org/draft",
                  share_scope="team", share_id=team["id"])
    return {"author": author, "peer": peer, "stranger": stranger, "facilitator": facilitator, "network": network,
            "sanger": sanger, "monterey": monterey, "team": team, "flow": flow, "menu": menu, "spanish": spanish,
            "private": private}


def titles(user, query=""):
    return [r["title"] for r in user.api.ok("GET", f"/api/v1/resources{query}")["resources"]]


def test_the_better_match_comes_first_for_a_peer_in_the_network(world):
    found = titles(world["peer"], "?q=referral%20flow")
    assert found[0] == "Tiered-support referral flow"
    assert "Intervention menu" in found  # it names a referral once, in its note
    assert "Referral flow draft for the team" not in found  # shared with Sanger's team only
    assert titles(world["peer"], "?q=intervention")[0] == "Intervention menu"


def test_a_spanish_resource_is_found_by_another_form_of_its_words(world):
    assert titles(world["peer"], "?q=intervenci%C3%B3n")[0] == "Menú de intervenciones para familias"
    assert titles(world["peer"], "?q=familias") == ["Menú de intervenciones para familias"]


def test_filters_narrow_the_results(world):
    peer = world["peer"]
    assert set(titles(peer, "?topic=chronic_absence")) == {"Intervention menu"}
    assert set(titles(peer, "?grades=3")) == {"Tiered-support referral flow"}
    assert set(titles(peer, "?grades=6-7&q=referral")) == {"Tiered-support referral flow", "Intervention menu"}
    assert titles(peer, "?scope=team") == []
    assert "Referral flow draft for the team" in titles(world["author"], "?scope=team")
    expect_problem(peer.api.get("/api/v1/resources?grades=13"), 422, "/problems/validation", "grades")
    expect_problem(peer.api.get("/api/v1/resources?topic=astrology"), 422, "/problems/validation", "topic")


def test_a_stranger_finds_and_opens_nothing(world):
    stranger = world["stranger"]
    assert titles(stranger) == []
    assert titles(stranger, "?q=referral") == []
    for path in (f"/api/v1/resources/{world['flow']['id']}", f"/api/v1/resources/{world['flow']['id']}/file"):
        expect_status(stranger.api.get(path), 404)
    expect_status(stranger.api.patch(f"/api/v1/resources/{world['flow']['id']}", {"title": "Mine", "version": 1}),
                  404)
    # The peer reads the network's resources but not the one shared with Sanger's team.
    expect_status(world["peer"].api.get(f"/api/v1/resources/{world['private']['id']}"), 404)


def test_a_file_is_served_as_an_attachment_only_to_readers(world):
    r = world["peer"].api.get(f"/api/v1/resources/{world['flow']['id']}/file")
    expect_status(r, 200)
    assert r.content == PDF
    assert r.headers["Content-Type"] == "application/pdf"
    assert r.headers["Content-Disposition"].startswith('attachment; filename="referral-flow.pdf"')
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    shown = world["peer"].api.ok("GET", f"/api/v1/resources/{world['flow']['id']}")
    assert shown["file"]["name"] == "referral-flow.pdf" and shown["file"]["size"] == len(PDF)
    assert shown["may_edit"] is False


def test_a_file_whose_content_is_not_its_type_is_refused(world):
    author, flow = world["author"], world["flow"]
    before = author.api.ok("GET", f"/api/v1/resources/{flow['id']}")
    r = author.api.request("PUT", f"/api/v1/resources/{flow['id']}/file?name=flow.pdf", data=b"MZ\x90\x00program",
                           headers={"Content-Type": "application/pdf"})
    problem = expect_problem(r, 422, "/problems/validation", "file")
    assert "not a PDF" in problem["detail"]
    r = author.api.request("PUT", f"/api/v1/resources/{flow['id']}/file?name=flow.exe", data=b"MZ")
    assert "only PDF" in expect_problem(r, 422, "/problems/validation", "file")["detail"]
    big = b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024)
    r = author.api.request("PUT", f"/api/v1/resources/{flow['id']}/file?name=big.pdf", data=big)
    expect_status(r, 413)
    assert "10 MB" in r.json()["detail"]
    assert author.api.ok("GET", f"/api/v1/resources/{flow['id']}") == before


def test_only_the_author_and_the_districts_admins_change_a_resource(world):
    menu = world["menu"]
    expect_status(world["peer"].api.patch(f"/api/v1/resources/{menu['id']}", {"title": "Ours", "version": 1}), 403)
    changed = world["author"].api.ok("PATCH", f"/api/v1/resources/{menu['id']}",
                                     {"description": "Supports by tier", "version": menu["version"]})
    assert changed["version"] == menu["version"] + 1
    stale = world["author"].api.patch(f"/api/v1/resources/{menu['id']}", {"title": "Late", "version": 1})
    expect_status(stale, 409)
    assert stale.json()["current"]["description"] == "Supports by tier"


def test_an_organizations_viewer_adds_nothing_to_its_library(world):
    # The superintendent or a board member reads the district's work; a resource speaks for the district: its staff
    # add one. Whatever else the body says, the viewer is refused (403), nothing is stored, and a member may.
    viewer = join_org_via_invitation(world["author"], world["sanger"]["id"], "viewer")
    for body in ({"kind": "note", "title": "Viewer's note", "body": "Mine", "organization_id": world["sanger"]["id"],
                  "share_scope": "organization", "share_id": world["sanger"]["id"]},
                 {"kind": "note", "title": "Viewer's note", "body": "Mine", "share_scope": "organization",
                  "share_id": world["sanger"]["id"]},
                 {"kind": "note", "title": "", "organization_id": world["sanger"]["id"]}):
        expect_problem(viewer.api.post("/api/v1/resources", body), 403, "/problems/forbidden")
    assert "Viewer's note" not in titles(world["author"], "?scope=organization")
    assert "Viewer's note" not in titles(viewer)
    member = join_org_via_invitation(world["author"], world["sanger"]["id"], "member")
    member.api.ok("POST", "/api/v1/resources", {"kind": "note", "title": "Member's note", "body": "Ours",
                                               "share_scope": "organization", "share_id": world["sanger"]["id"]},
                  status=201)
    assert "Member's note" in titles(world["author"], "?scope=organization")


def test_bad_input_names_each_field_and_changes_nothing(world):
    author = world["author"]
    r = author.api.post("/api/v1/resources", {"kind": "link", "title": "", "url": "javascript:alert(1)",
                                             "share_scope": "network", "share_id": 999999, "topics": ["astrology"],
                                             "grade_from": 5, "grade_to": 2})
    problem = expect_problem(r, 422, "/problems/validation")
    fields = {e["field"] for e in problem["errors"]}
    assert {"title", "url", "share_id", "topics", "grade_to"} <= fields
    # A team of another district is not a sharing target.
    r = author.api.post("/api/v1/resources", {"kind": "note", "title": "x", "body": "y", "share_scope": "team",
                                             "share_id": create_team(world["peer"], world["monterey"]["id"])["id"]})
    expect_problem(r, 422, "/problems/validation", "share_id")
    assert "x" not in titles(author)


def test_a_removed_resource_is_gone_from_search(world):
    author = world["author"]
    gone = author.api.ok("POST", "/api/v1/resources", {"kind": "note", "title": "Zebra crossing guide",
                                                       "body": "Walking routes", "share_scope": "organization",
                                                       "share_id": world["sanger"]["id"]}, status=201)
    assert titles(author, "?q=zebra") == ["Zebra crossing guide"]
    author.api.ok("DELETE", f"/api/v1/resources/{gone['id']}", status=204)
    assert titles(author, "?q=zebra") == []


def test_a_coach_attaches_a_network_resource_to_a_coaching_entry(server, mail_sink):
    from agreement_helpers import Network
    net = Network(server, mail_sink)
    agreement = net.create()
    shared = net.coach.api.ok("POST", "/api/v1/resources", {
        "kind": "link", "title": "Intervention menu", "url": "https://example.org/menu", "topics": ["mtss"],
        "share_scope": "network", "share_id": net.n}, status=201)
    own = net.coach.api.ok("POST", "/api/v1/resources", {
        "kind": "note", "title": "Coach's private notes", "body": "Only Sanger", "share_scope": "organization",
        "share_id": net.m["id"]}, status=201)
    team = create_team(net.p1_admin, net.p1["id"], unique("Monterey MTSS"))
    entry = {"date": "2026-10-01", "kind": "virtual_coaching", "hours": 1, "team_ids": [team["id"]],
             "focus": "Tier 2 referrals"}
    path = f"/api/v1/agreements/{agreement['id']}/coaching-log"
    # One the peer district could not open is refused, and so is one the coach cannot read.
    r = net.coach.api.post(path, {**entry, "resource_ids": [own["id"]]})
    assert "not shared with this agreement's network" in expect_problem(r, 422, "/problems/validation", "resource_ids")["detail"]
    stranger = server.make_user("outsider")
    elsewhere = create_org(stranger, name=unique("Elsewhere"))
    hidden = stranger.api.ok("POST", "/api/v1/resources", {"kind": "note", "title": "Hidden", "body": "x",
                                                           "share_scope": "organization",
                                                           "share_id": elsewhere["id"]}, status=201)
    expect_problem(net.coach.api.post(path, {**entry, "resource_ids": [hidden["id"]]}), 422, "/problems/validation",
                   "resource_ids")
    logged = net.coach.api.ok("POST", path, {**entry, "resource_ids": [shared["id"]]}, status=201)["entry"]
    assert logged["resources"] == [{"id": shared["id"], "kind": "link", "title": "Intervention menu"}]
    # The peer district's admin reads the entry and opens the resource.
    entries = net.p1_admin.api.ok("GET", path)["entries"]
    assert entries[0]["resources"][0]["title"] == "Intervention menu"
    net.p1_admin.api.ok("GET", f"/api/v1/resources/{shared['id']}")


def test_every_byte_of_a_file_comes_back_as_uploaded(world):
    author = world["author"]
    made = author.api.ok("POST", "/api/v1/resources", {"kind": "file", "title": "Chart", "share_scope": "organization",
                                                       "share_id": world["sanger"]["id"]}, status=201)
    for size in (8, 9, 10, 8 + 256 * 4):  # each padding of the stored base64, and every byte value
        png = (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)[:size]
        author.api.ok("PUT", f"/api/v1/resources/{made['id']}/file?name=chart.png", data=png)
        r = author.api.get(f"/api/v1/resources/{made['id']}/file")
        expect_status(r, 200)
        assert r.content == png and r.headers["Content-Type"] == "image/png"
