"""Several instances on one PostgreSQL behind Debian's nginx (issue 16, item 5): two `trellis serve` processes on
one database, nginx in front (round robin, WebSocket upgrade). What a person does through one instance holds on
the other: live events, sessions and their CSRF token, sign-in limits, the minutes mail (sent once although both
instances run the outbox sender), and a killed instance loses no acknowledged write while its live clients
carry on from the other. Only on PostgreSQL: SQLite is one machine's file.
"""
from __future__ import annotations

import signal
import subprocess
import threading

import pytest
import requests

from live_socket import LiveSocket, SocketClosed
from meeting_helpers import count_mail, good_plan, team_with_people, wait_for_mail
from nginx_proxy import NginxProxy
from trellis_helpers import Api, CookieClient, expect_problem, expect_status, unique, unique_email


class Site:
    """Instances A and B on one database, and nginx over both."""

    def __init__(self, a, b, proxy: NginxProxy):
        self.a, self.b, self.proxy = a, b, proxy


@pytest.fixture(scope="module")
def site(launcher, tmp_path_factory):
    if launcher.db_kind != "postgresql":
        pytest.skip("several instances share one PostgreSQL database; SQLite is one machine's file")
    db_url = launcher.new_database()
    a = launcher.start(db_url)
    b = launcher.start(db_url)
    for instance in (a, b):  # ready: each also listens for the other's live events
        expect_status(instance.wait_until_ready(), 200)
    proxy = NginxProxy(tmp_path_factory.mktemp("nginx"), [a.port, b.port]).start()
    try:
        yield Site(a, b, proxy)
    finally:
        proxy.stop()


@pytest.fixture(scope="module")
def lead(site):
    return site.a.make_user("lead")


def on(server_or_proxy, user) -> Api:
    """`user`'s token against one instance, or against nginx."""
    return Api(server_or_proxy.base_url, user.token)


def open_meeting(lead):
    people = team_with_people(lead)
    meeting = lead.api.ok("POST", f"/api/v1/teams/{people['team']['id']}/meetings", good_plan(), status=201)
    return people, meeting


def is_decision(text):
    return lambda m: (m.get("event") or {}).get("type") == "decision.added" and \
        m["event"]["decision"]["text"] == text


def test_nginx_spreads_requests_over_both_instances(site, lead):
    ids = []
    for _ in range(6):
        r = on(site.proxy, lead).get("/api/v1/me")
        expect_status(r, 200)
        ids.append(r.headers["X-Request-Id"])
    # Each instance logs the requests it answered with their ids: both answered some.
    for instance in (site.a, site.b):
        log = instance.log_path.read_text(errors="replace")
        assert any(f"id={i}" in log for i in ids), f"{instance.label} answered none of the requests through nginx"


def test_an_edit_through_a_reaches_a_live_client_of_b(site, lead):
    _, meeting = open_meeting(lead)
    mid = meeting["id"]
    on_b = LiveSocket(site.b.port, mid, lead.token)
    through_proxy = LiveSocket(site.proxy.port, mid, lead.token)
    try:
        on(site.a, lead).ok("POST", f"/api/v1/meetings/{mid}/decisions", {"text": "Made on A"}, status=201)
        on_b.wait_for(is_decision("Made on A"))
        through_proxy.wait_for(is_decision("Made on A"))
        on(site.proxy, lead).ok("POST", f"/api/v1/meetings/{mid}/decisions", {"text": "Made via nginx"},
                                status=201)
        on_b.wait_for(is_decision("Made via nginx"))
        through_proxy.wait_for(is_decision("Made via nginx"))
    finally:
        on_b.close()
        through_proxy.close()


def test_a_session_and_its_csrf_token_made_on_a_work_on_b(site):
    person = site.a.make_user("session")
    on_a = CookieClient(site.a.base_url)
    expect_status(on_a.sign_in(person.email, person.password), 200)
    on_b = CookieClient(site.b.base_url)
    on_b.http.cookies.set("trellis_session", on_a.session_cookie())
    on_b.csrf_token = on_a.csrf_token
    assert on_b.ok("GET", "/api/v1/me")["user"]["email"] == person.email
    org = on_b.ok("POST", "/api/v1/organizations", {"name": unique("Org"), "kind": "district"}, status=201)
    on_b.send_csrf = False
    expect_problem(on_b.post("/api/v1/organizations", {"name": unique("Org"), "kind": "district"}), 403,
                   "/problems/csrf")
    # Signing out on B ends the session on A too.
    on_b.send_csrf = True
    on_b.ok("DELETE", "/api/v1/session", status=204)
    expect_status(on_a.get(f"/api/v1/organizations/{org['id']}"), 401)


def test_sign_in_failures_count_across_instances(site):
    person = site.a.make_user("limited")
    clients = [CookieClient(site.a.base_url), CookieClient(site.b.base_url)]
    for attempt in range(5):  # five wrong passwords, alternating between A and B
        expect_problem(clients[attempt % 2].sign_in(person.email, "wrong-" + unique()), 401,
                       "/problems/invalid-credentials")
    for client in clients:  # now both refuse, even the right password, and say how long to wait
        r = client.sign_in(person.email, person.password)
        expect_problem(r, 429, "/problems/rate-limited")
        assert int(r.headers["Retry-After"]) > 0


def test_minutes_closed_on_a_are_mailed_once_although_both_instances_send(site, lead, mail_sink):
    people, meeting = open_meeting(lead)
    mid = meeting["id"]
    subject = f"Minutes: {meeting['title']}"
    addresses = [m["email"] for m in people["members"] if m.get("email")]
    assert len(addresses) >= 3

    # B's sender is woken by mail of its own at the moment A queues the minutes, so both senders look at the
    # outbox at once.
    def mail_through_b():
        for _ in range(3):
            Api(site.b.base_url).post("/api/v1/sign-in-links", {"email": unique_email("wake")})

    waker = threading.Thread(target=mail_through_b)
    waker.start()
    on(site.a, lead).ok("POST", f"/api/v1/meetings/{mid}/close")
    waker.join(timeout=60)
    for address in addresses:
        wait_for_mail(mail_sink, address, subject)
    # A last message queued on B and seen delivered: B's sender has had a pass since the minutes were queued.
    sentinel = site.b.make_user("sentinel")
    expect_status(Api(site.b.base_url).post("/api/v1/sign-in-links", {"email": sentinel.email}), 202)
    mail_sink.wait_for(sentinel.email)
    for address in addresses:
        assert count_mail(mail_sink, address, subject) == 1, f"{address} got the minutes more than once"


def test_killing_b_loses_no_acknowledged_write_and_its_live_clients_carry_on_from_a(site, lead, launcher):
    _, meeting = open_meeting(lead)
    mid = meeting["id"]
    on_a = LiveSocket(site.a.port, mid, lead.token)
    on_b = LiveSocket(site.b.port, mid, lead.token)
    acknowledged: list[int] = []
    lost_connection = threading.Event()

    def write_to_b():
        api = on(site.b, lead)
        for n in range(400):  # bounded: stops by itself if B is never killed
            try:
                r = api.post(f"/api/v1/meetings/{mid}/decisions", {"text": f"Decision {n}"})
            except requests.RequestException:
                lost_connection.set()
                return
            if r.status_code == 201:
                acknowledged.append(r.json()["id"])

    writer = threading.Thread(target=write_to_b)
    writer.start()
    last_seen = on_b.hello["seq"]
    for _ in range(400):  # let a few writes be acknowledged and seen live on B
        last_seen = on_b.wait_for(lambda m: "event" in m)["seq"]
        if len(acknowledged) >= 10:
            break
    site.b.proc.send_signal(signal.SIGKILL)
    writer.join(timeout=120)
    assert not writer.is_alive()
    site.b.proc.wait(timeout=30)
    assert lost_connection.is_set() and len(acknowledged) >= 10

    # Every write B acknowledged is in the database, read through A.
    stored = {d["id"] for d in on(site.a, lead).ok("GET", f"/api/v1/meetings/{mid}")["decisions"]}
    assert set(acknowledged) <= stored

    # B's live client finds its socket gone, reconnects through nginx (which now reaches A only) with the last
    # event it saw, and is told either the events it missed or to reload; reloading shows every acknowledged write.
    with pytest.raises(SocketClosed):
        on_b.wait_for(lambda m: False, timeout=30)
    resumed = LiveSocket(site.proxy.port, mid, lead.token, since=last_seen, epoch=on_b.hello["epoch"])
    try:
        first = resumed.message()
        assert first.get("type") == "resync" or first.get("seq") == last_seen + 1, first
        reloaded = {d["id"] for d in on(site.proxy, lead).ok("GET", f"/api/v1/meetings/{mid}")["decisions"]}
        assert set(acknowledged) <= reloaded
        # And it is live on A: an edit through nginx reaches it.
        on(site.proxy, lead).ok("POST", f"/api/v1/meetings/{mid}/decisions", {"text": "After the crash"},
                                status=201)
        resumed.wait_for(is_decision("After the crash"))
    finally:
        resumed.close()
        on_a.close()
    site.b.start()  # back for the later tests
    expect_status(site.b.wait_until_ready(), 200)


def test_a_client_that_resumes_from_n_gets_every_event_after_n(site, lead):
    _, meeting = open_meeting(lead)
    mid = meeting["id"]
    first = LiveSocket(site.a.port, mid, lead.token)
    on(site.a, lead).ok("POST", f"/api/v1/meetings/{mid}/decisions", {"text": "Seen"}, status=201)
    seen = first.wait_for(is_decision("Seen"))
    first.close()
    # While the client is away, edits arrive through both instances.
    missed = [f"Missed {n}" for n in range(6)]
    for n, text in enumerate(missed):
        on(site.a if n % 2 else site.b, lead).ok("POST", f"/api/v1/meetings/{mid}/decisions", {"text": text},
                                                  status=201)
    # Wait until A has all of them (B's arrive through PostgreSQL), seen by a fresh client of A.
    watcher = LiveSocket(site.a.port, mid, lead.token, since=seen["seq"], epoch=first.hello["epoch"])
    watcher.wait_for(is_decision(missed[-1]))
    watcher.close()

    again = LiveSocket(site.a.port, mid, lead.token, since=seen["seq"], epoch=first.hello["epoch"])
    try:
        texts, seqs = [], []
        while len(texts) < len(missed):
            message = again.message()
            assert message.get("type") != "resync", message
            seqs.append(message["seq"])
            texts.append(message["event"]["decision"]["text"])
        assert seqs == list(range(seen["seq"] + 1, seen["seq"] + 1 + len(missed)))
        assert sorted(texts) == sorted(missed)
    finally:
        again.close()


def test_a_request_that_gets_no_connection_in_time_is_answered_503_not_left_hanging(site, launcher, lead):
    # One pooled connection, a short wait; the only connection is then held by a request that PostgreSQL itself
    # holds up (a lock on the tokens table, taken here through psql), so the next request finds none free.
    srv = launcher.start(site.a.db_url, extra_args=("--pool-size", "1", "--pool-wait-ms", "300"))
    locker = subprocess.Popen(["psql", "-X", "-q", "-At", "-d", site.a.db_url], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    held = None
    try:
        locker.stdin.write("BEGIN; LOCK TABLE api_tokens IN ACCESS EXCLUSIVE MODE; SELECT 'locked';\n")
        locker.stdin.flush()
        assert locker.stdout.readline().strip() == "locked"
        results = {}
        held = threading.Thread(target=lambda: results.setdefault("held", on(srv, lead).get("/api/v1/me")))
        held.start()
        for _ in range(300):  # bounded: until the held request waits on the lock, holding the only connection
            waiting = subprocess.run(["psql", "-X", "-At", "-d", site.a.db_url, "-c",
                                      "SELECT count(*) FROM pg_locks WHERE NOT granted"],
                                     capture_output=True, text=True, timeout=30).stdout.strip()
            if waiting != "0":
                break
        r = on(srv, lead).get("/api/v1/me")
        body = expect_problem(r, 503, "/problems/busy")
        assert int(r.headers["Retry-After"]) >= 1 and "try again" in body["detail"]
    finally:
        locker.stdin.write("COMMIT;\n")
        locker.stdin.close()
        locker.wait(timeout=30)
        if held is not None:
            held.join(timeout=60)
    expect_status(results["held"], 200)  # the held request went through once the lock was gone
    expect_status(on(srv, lead).get("/api/v1/me"), 200)
    metrics = srv.anon().get("/metrics").text
    assert "trellis_db_pool_timeouts_total 0\n" not in metrics
    srv.terminate()
