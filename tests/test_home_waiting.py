"""`GET /api/v1/me/waiting`: what the home page says waits on each demo person (issue 17 item 3), and that a
person of another organization sees none of it."""
import pytest

from trellis_helpers import CookieClient, cli

PASSWORD = "trellis-demo-2026"


@pytest.fixture(scope="module")
def demo(launcher):
    url = launcher.new_database(migrate=False)
    cli("demo", "--database", url)
    return launcher.start(url)


def waiting_for(srv, address: str) -> dict:
    c = CookieClient(srv.base_url)
    assert c.sign_in(address, PASSWORD).status_code == 200
    r = c.get("/api/v1/me/waiting")
    assert r.status_code == 200, r.text
    return r.json()


def test_a_lead_sees_the_sections_under_way_and_the_network_invitation_to_answer(demo):
    w = waiting_for(demo, "lead@mpusd.example")
    sections = {(s["team"]["name"], s["title"]["en"]) for s in w["sections"]}
    assert ("World Languages Standards", "B. Find and build on common ground") in sections, sections
    assert all(s["title"]["es"] for s in w["sections"])  # both languages, for the reader's
    invited = {(i["organization"]["name"], i["network"]["name"]) for i in w["network_invitations"]}
    assert invited == {("Monterey Peninsula Unified", "Dual-language programs circle")}, invited


def test_the_peer_lead_sees_the_coaches_next_step_waiting_for_an_answer(demo):
    w = waiting_for(demo, "lead@lancaster.example")
    steps = {(s["team"]["name"], s["title"]) for s in w["next_steps"]}
    assert steps == {("MTSS for foster and homeless youth", "Track referrals weekly on the run chart")}, steps
    assert not w["network_invitations"]


def test_the_facilitator_sees_the_teams_that_need_attention_and_why(demo):
    w = waiting_for(demo, "facilitator@pivotlearning.example")
    attention = {t["team"]["name"]: t for t in w["teams_needing_attention"]}
    assert attention["World Languages Standards"]["overdue_items"] == 1, attention
    for t in w["teams_needing_attention"]:
        assert t["overdue_items"] > 0 or t["rhythm_lost"], t
        assert t["network"]["name"]
    # The facilitator sits on no team: no sections, no next steps of their own to answer.
    assert w["sections"] == [] and w["next_steps"] == []


def test_a_participant_and_a_viewer_are_asked_for_no_answers(demo):
    for address in ("carmen.delgado@familias.example", "superintendent@mpusd.example"):
        w = waiting_for(demo, address)
        assert w["next_steps"] == [] and w["network_invitations"] == [] and w["teams_needing_attention"] == [], address


def test_a_stranger_sees_nothing_of_the_demo(demo):
    stranger = demo.make_user("stranger")
    r = stranger.api.get("/api/v1/me/waiting")
    assert r.status_code == 200
    assert r.json() == {"sections": [], "next_steps": [], "network_invitations": [], "teams_needing_attention": []}
