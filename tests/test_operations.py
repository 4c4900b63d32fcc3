"""What an operator expects (issue 16, item 8): a request id on every answer and log line, readiness apart from
liveness, Prometheus metrics for loopback or the metrics token only, logs as JSON lines when asked, and live
clients told to reconnect when the server restarts."""
import json
import re
import signal
import socket
import sqlite3
import subprocess

from meeting_helpers import good_plan
from trellis_helpers import create_org, create_team, expect_problem, expect_status

METRICS_TOKEN = "scrape-token-for-tests-0123456789"


def log_lines_of_last_start(srv) -> list[str]:
    text = srv.log_path.read_text(errors="replace")
    return [line for line in text.split("=====")[-1].splitlines()[1:] if line.strip()]


def test_every_answer_carries_a_request_id_the_callers_when_sane(server):
    anon = server.anon()
    mine = anon.get("/healthz", headers={"X-Request-Id": "lb-7f3a.2_x"})
    assert mine.headers["X-Request-Id"] == "lb-7f3a.2_x"
    for bad in ("has space", "x" * 65, "semi;colon"):
        made = anon.get("/api/v1/no-such-thing", headers={"X-Request-Id": bad})
        expect_status(made, 404)
        assert re.fullmatch(r"[0-9a-f]{16,}", made.headers["X-Request-Id"]), made.headers
    first, second = anon.get("/healthz"), anon.get("/healthz")
    assert re.fullmatch(r"[0-9a-f]{16,}", first.headers["X-Request-Id"])
    assert first.headers["X-Request-Id"] != second.headers["X-Request-Id"]
    # The access log line carries it, so one request can be followed from the proxy's log into ours.
    anon.get("/healthz", headers={"X-Request-Id": "follow-me-42"})
    anon.get("/healthz")  # the line of the request before is written once this one is answered
    assert any("follow-me-42" in line for line in log_lines_of_last_start(server))


def raise_schema_version(db_url: str, version: int):
    """What a newer trellis does when it migrates the shared database while this one runs."""
    sql = f"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({version}, 'from the future', 0)"
    if db_url.startswith("sqlite://"):
        with sqlite3.connect(db_url[len("sqlite://"):]) as db:
            db.execute(sql)
    else:
        subprocess.run(["psql", "-q", "-d", db_url, "-c", sql], check=True, capture_output=True, timeout=60)


def test_readiness_needs_the_database_at_this_binarys_schema(launcher):
    srv = launcher.start()
    ready = srv.wait_until_ready()
    assert ready.json()["status"] == "ready"
    expected = ready.json()["schema_version"]

    raise_schema_version(srv.db_url, expected + 100)
    body = expect_problem(srv.anon().get("/readyz"), 503, "/problems/unavailable")
    assert f"version {expected + 100}" in body["detail"] and f"expects version {expected}" in body["detail"]
    # Liveness is another question: the process still answers and the database is reachable.
    expect_status(srv.anon().get("/healthz"), 200)


def test_metrics_count_requests_by_route_pattern_for_loopback_or_the_token_only(launcher):
    srv = launcher.start(extra_args=("--metrics-token", METRICS_TOKEN))
    admin = srv.make_user("metrics")
    org = create_org(admin)
    admin.api.ok("GET", f"/api/v1/organizations/{org['id']}")

    local = srv.anon().get("/metrics")
    expect_status(local, 200)
    assert local.headers["Content-Type"].startswith("text/plain; version=0.0.4")
    text = local.text
    line = re.search(r'^trellis_http_requests_total\{route="/api/v1/organizations/\{id\}",method="GET",'
                     r'status="200"\} (\d+)$', text, re.M)
    assert line and int(line.group(1)) >= 1, text
    assert f"/api/v1/organizations/{org['id']}" not in text  # patterns, never raw paths
    assert re.search(r'^trellis_http_request_duration_seconds_count\{route="/api/v1/organizations/\{id\}"\} \d+$',
                     text, re.M)
    for gauge in ("trellis_db_pool_size", "trellis_db_pool_connections_in_use", "trellis_db_pool_waits_total",
                  "trellis_live_clients", "trellis_mail_outbox_queued", "trellis_mail_outbox_failed"):
        assert re.search(rf"^{gauge} \d+$", text, re.M), gauge

    # A caller that comes through a proxy is not local: without the token it finds nothing there.
    remote = {"X-Forwarded-For": "203.0.113.9"}
    expect_problem(srv.anon().get("/metrics", headers=remote), 404, "/problems/not-found")
    expect_problem(srv.anon().get("/metrics", headers={**remote, "Authorization": "Bearer wrong-token"}), 404,
                   "/problems/not-found")
    with_token = srv.anon().get("/metrics", headers={**remote, "Authorization": f"Bearer {METRICS_TOKEN}"})
    expect_status(with_token, 200)
    assert "trellis_http_requests_total" in with_token.text


def test_json_log_lines_parse_and_keep_secrets_out(launcher):
    srv = launcher.start(extra_args=("--log-format", "json"))
    anon = srv.anon()
    anon.get("/api/v1/no-such-thing?password=hunter2", headers={"X-Request-Id": "json-line-1"})
    anon.get("/calendar/supersecrettoken123.ics?x=1", headers={"X-Request-Id": "json-line-2"})
    anon.get("/healthz")

    lines = log_lines_of_last_start(srv)
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all({"time", "level", "message"} <= set(r) for r in records)
    by_id = {r["request_id"]: r for r in records if "request_id" in r}
    missing = by_id["json-line-1"]
    assert missing["method"] == "GET" and missing["status"] == 404 and missing["route"] is None
    assert missing["path"] == "/api/v1/no-such-thing" and isinstance(missing["duration_ms"], (int, float))
    feed = by_id["json-line-2"]
    assert feed["route"].startswith("/calendar/{token}") and feed["path"] == "/calendar/[redacted].ics"
    text = "\n".join(lines)
    assert "hunter2" not in text and "supersecrettoken123" not in text


def read_frame(sock) -> tuple[int, bytes]:
    """One unmasked server frame: (opcode, payload)."""
    def exactly(n):
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            assert chunk, "the server closed the connection without a close frame"
            data += chunk
        return data
    first, second = exactly(2)
    length = second & 0x7F
    if length == 126:
        length = int.from_bytes(exactly(2), "big")
    elif length == 127:
        length = int.from_bytes(exactly(8), "big")
    return first & 0x0F, exactly(length)


def test_sigterm_asks_live_clients_to_reconnect(launcher):
    srv = launcher.start()
    admin = srv.make_user("restart")
    team = create_team(admin, create_org(admin)["id"])
    meeting = admin.api.ok("POST", f"/api/v1/teams/{team['id']}/meetings", good_plan(), status=201)
    head = [f"GET /api/v1/live?topic=meeting:{meeting['id']} HTTP/1.1", f"Host: 127.0.0.1:{srv.port}",
            "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 13",
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", f"Authorization: Bearer {admin.token}"]
    with socket.create_connection(("127.0.0.1", srv.port), timeout=30) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        answer = b""
        while b"\r\n\r\n" not in answer:
            answer += sock.recv(1)
        assert answer.startswith(b"HTTP/1.1 101") and b"X-Request-Id: " in answer, answer
        assert read_frame(sock)[0] == 1  # the hello
        srv.proc.send_signal(signal.SIGTERM)
        opcode, payload = read_frame(sock)
        while opcode != 8:
            opcode, payload = read_frame(sock)
        assert int.from_bytes(payload[:2], "big") == 1012  # service restart
        assert b"reconnect" in payload[2:]
    assert srv.proc.wait(timeout=30) == 0
