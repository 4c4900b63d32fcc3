"""Health, the OpenAPI document, the CLI's configuration paths, method/route errors."""
import json
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from trellis_helpers import cli, clean_env, expect_problem, expect_status, load_openapi


def test_healthz_reports_process_and_database(server):
    r = server.anon().get("/healthz")
    expect_status(r, 200)
    assert r.json() == {"status": "ok", "database": "ok"}
    # Every answer carries an IMF-fixdate Date header (RFC 9110), in GMT.
    assert r.headers["Date"].endswith(" GMT")
    assert abs(parsedate_to_datetime(r.headers["Date"]) - datetime.now(timezone.utc)) < timedelta(minutes=5)


def test_openapi_document_is_served_and_matches_the_repository(server):
    r = server.anon().get("/api/v1/openapi.json")
    expect_status(r, 200)
    doc = json.loads(r.text)
    assert doc["openapi"].startswith("3.1")
    served = {(p, m) for p, ms in doc["paths"].items() for m in ms}
    ours = {(p, m) for p, ms in load_openapi()["paths"].items() for m in ms}
    assert served == ours


def test_unknown_route_is_a_404_problem(admin):
    expect_problem(admin.api.get("/api/v1/no-such-thing"), 404, "/problems/not-found")


def test_wrong_method_is_a_405_problem(admin):
    expect_problem(admin.api.request("PUT", "/api/v1/organizations", {"name": "x"}), 405,
                   "/problems/method-not-allowed")
    expect_problem(admin.api.delete("/api/v1/perspectives"), 405, "/problems/method-not-allowed")


def test_serve_reads_its_settings_from_the_environment(launcher):
    srv = launcher.start(use_env=True)
    assert srv.anon().get("/healthz").json() == {"status": "ok", "database": "ok"}
    user = srv.make_user("envuser")
    assert user.api.ok("GET", "/api/v1/me")["user"]["email"] == user.email


def test_migrate_twice_is_harmless(launcher):
    url = launcher.new_database(migrate=True)
    cli("migrate", "--database", url)
    srv = launcher.start(url)
    expect_status(srv.anon().get("/healthz"), 200)


def test_user_add_refuses_a_duplicate_email(server):
    email_addr, _, _ = server.add_user()
    proc = cli("user", "add", "--database", server.db_url, "--email", email_addr.upper(), "--name", "Dup",
               "--password-stdin", stdin="another-password-123\n", check=False)
    assert proc.returncode != 0, "a second account with the same e-mail (any case) was accepted"


def test_token_create_for_unknown_email_fails(server):
    proc = cli("token", "create", "--database", server.db_url, "--email", "nobody-here@test.example", check=False)
    assert proc.returncode != 0
    assert proc.stdout.strip() == ""
