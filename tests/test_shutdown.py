"""Graceful shutdown: SIGTERM during a burst of writes loses none that were acknowledged."""
import threading
import time

import requests

from trellis_helpers import HTTP_TIMEOUT, create_org, expect_status


def test_sigterm_during_writes_keeps_every_acknowledged_write(launcher):
    srv = launcher.start()
    admin = srv.make_user("burst")
    org = create_org(admin)
    acked, errors, stop = [], [], threading.Event()
    lock = threading.Lock()

    def writer(k):
        s = requests.Session()
        i = 0
        while not stop.is_set():
            name = f"burst-{k}-{i}"
            i += 1
            try:
                r = s.post(f"{srv.base_url}/api/v1/organizations/{org['id']}/teams", json={"name": name},
                           headers={"Authorization": f"Bearer {admin.token}"}, timeout=HTTP_TIMEOUT)
            except requests.RequestException:
                if srv.proc.poll() is not None:
                    return
                time.sleep(0.01)
                continue
            if 200 <= r.status_code < 300:
                with lock:
                    acked.append((name, r.json()["id"]))
            elif r.status_code >= 500 and r.status_code != 503:
                with lock:
                    errors.append(f"{r.status_code} {r.text[:200]}")

    threads = [threading.Thread(target=writer, args=(k,), daemon=True) for k in range(3)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 60
    while len(acked) < 30 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(acked) >= 30, f"only {len(acked)} writes acknowledged before the deadline; errors: {errors[:5]}"
    rc = srv.terminate(timeout=30)
    stop.set()
    for t in threads:
        t.join(timeout=HTTP_TIMEOUT + 5)
    assert rc == 0, f"trellis serve exited with {rc} after SIGTERM (None = did not stop within 30 s)"
    assert not errors, errors[:5]

    again = launcher.start(srv.db_url)
    teams = admin.api.__class__(again.base_url, admin.token).ok("GET", f"/api/v1/organizations/{org['id']}/teams")
    stored = {(t["name"], t["id"]) for t in teams["teams"]}
    lost = [a for a in acked if a not in stored]
    assert not lost, f"{len(lost)} of {len(acked)} acknowledged writes are gone after restart: {lost[:10]}"
    expect_status(again.anon().get("/healthz"), 200)


def test_sigterm_when_idle_exits_zero(launcher):
    srv = launcher.start()
    assert srv.terminate(timeout=30) == 0
