"""The soak (bench/soak.sh; a benchmark, not a test): PEOPLE simulated people for DURATION seconds against two
`trellis serve` instances on one throwaway PostgreSQL 15 cluster, Debian's nginx in front (round robin, WebSocket
upgrade), set up as tests/test_instances.py does (scripts/pg-test-cluster.sh, tests/nginx_proxy.py). The people
are bench/soak_people.py. Samples each instance's resident memory every SAMPLE_SECONDS, then reports errors, the
p99 per route and the memory, and writes the section "Soak: ..." of docs/performance.md.
Everything it starts (cluster, instances, nginx) is stopped when it ends, whatever happens.
"""
from __future__ import annotations

import asyncio
import json
import math
import os
import re
import statistics
import subprocess
import signal
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))

from nginx_proxy import NginxProxy  # noqa: E402
from soak_people import Assignment, Plan, Stats, run_people  # noqa: E402
from trellis_helpers import free_port  # noqa: E402

BIN = os.environ.get("TRELLIS_BIN", str(REPO / "build" / "trellis"))
PEOPLE = int(os.environ.get("PEOPLE", "2000"))
DURATION = float(os.environ.get("DURATION", "600"))
# Sign-ins spread over this many seconds: each costs an Argon2id hash (about 70 ms of a core and 64 MB while it
# runs), and two instances on 2 cores shared with other work sign in a few people a second.
# Closed loop: at most SIGN_IN_CONCURRENCY sign-ins in flight (people arriving later wait at the door), so an
# overloaded machine slows the arrivals instead of piling up requests that all time out.
RAMP = float(os.environ.get("RAMP", "120"))
SIGN_IN_CONCURRENCY = int(os.environ.get("SIGN_IN_CONCURRENCY", "4"))
THINK = float(os.environ.get("THINK", "10"))  # mean think time between a person's actions, seconds
LIVE_SHARE = float(os.environ.get("LIVE_SHARE", "0.5"))  # share of people who keep a live view open
LIVE_REOPEN = float(os.environ.get("LIVE_REOPEN", "120"))  # about how long a live view stays open before reopening
SAMPLE_SECONDS = float(os.environ.get("SAMPLE_SECONDS", "5"))
ITEMS_PER_MEETING = 20
DEMO_PASSWORD = "trellis-demo-2026"  # the demo's password for every account (`trellis demo` prints it)
# The demo's members of the World Languages team who take part in its meetings (a viewer does not).
ACCOUNTS = ["lead@mpusd.example", "wl.teacher@mpusd.example", "carmen.delgado@familias.example",
            "student.rep@mpusd.example"]
TEAM_NAME = "World Languages Standards"


def api(port: int, token: str, method: str, path: str, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{method} {path}: {e.code} {e.read()[:500]!r}") from e


def sign_in_cookie(port: int, email: str):
    """A session for `email` through the project's sign-in, and the CSRF token: (cookie header, csrf)."""
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/session", method="POST",
                                 data=json.dumps({"email": email, "password": DEMO_PASSWORD}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        cookie = r.headers["Set-Cookie"].split(";", 1)[0]
        return cookie, json.load(r)["csrf_token"]


def can_take_part(port: int, email: str, meeting_id: int, item_id: int) -> bool:
    """Whether `email` may write a note in the team's meetings (tried on a meeting no soak person uses)."""
    cookie, csrf = sign_in_cookie(port, email)
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/meetings/{meeting_id}/notes/{item_id}",
                                 method="PUT", data=json.dumps({"text": "probe"}).encode(),
                                 headers={"Content-Type": "application/json", "Cookie": cookie, "X-CSRF-Token": csrf,
                                          "Origin": f"http://127.0.0.1:{port}"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status in (200, 201)
    except urllib.error.HTTPError:
        return False


def plan_meetings(port: int, token: str, team_id: int, count: int) -> list[tuple[int, list[int]]]:
    """`count` scheduled meetings of ITEMS_PER_MEETING agenda items each, planned by the lead through the API."""
    meetings = []
    for i in range(count):
        m = api(port, token, "POST", f"/api/v1/teams/{team_id}/meetings", {
            "title": f"Soak meeting {i + 1}", "goal": "Agree on the unit plan",
            "starts_at": "2030-05-14T09:00:00-07:00", "time_zone": "America/Los_Angeles",
            "duration_minutes": 90, "mode": "hybrid", "location": "Room 12",
            "objectives": ["Review the unit"],
            "agenda": [{"title": f"Item {k + 1}", "minutes": 3, "kind": ("topic", "discussion")[k % 2]}
                       for k in range(ITEMS_PER_MEETING)],
            "status": "scheduled"})
        meetings.append((m["id"], [a["id"] for a in m["agenda"]]))
    return meetings


def rss_kb(pid: int) -> int:
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


async def sample_memory(pids: list[int], until: float, samples: list[tuple[float, list[int]]]):
    loop = asyncio.get_running_loop()
    start = loop.time()
    while loop.time() < until:
        samples.append((loop.time() - start, [rss_kb(p) for p in pids]))
        await asyncio.sleep(SAMPLE_SECONDS)
    samples.append((loop.time() - start, [rss_kb(p) for p in pids]))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def memory_at(samples, seconds: float) -> list[int]:
    """The sample nearest `seconds` into the soak."""
    return min(samples, key=lambda s: abs(s[0] - seconds))[1]


def report(stats: Stats, samples, setup: dict) -> str:
    rows = []
    total_errors = sum(stats.errors.values())
    routes = sorted(set(stats.latencies) | set(stats.errors))
    for route in routes:
        lat = [x * 1000 for x in stats.latencies.get(route, [])]
        if lat:
            rows.append(f"| `{route}` | {len(lat)} | {stats.errors.get(route, 0)} | {percentile(lat, 0.5):.1f} | "
                        f"{percentile(lat, 0.99):.1f} | {max(lat):.1f} |")
        else:
            rows.append(f"| `{route}` | 0 | {stats.errors.get(route, 0)} | | | |")
    end_t = samples[-1][0]
    minute1, end = memory_at(samples, 60), samples[-1][1]
    settled = max(setup["ramp"], stats.last_sign_in_at) + 30  # everyone in
    after_ramp = memory_at(samples, settled)
    peak = [max(s[1][i] for s in samples) for i in range(len(end))]
    mem_rows = []
    for i, label in enumerate(("A", "B")):
        growth = (end[i] - minute1[i]) / minute1[i] * 100 if minute1[i] else float("nan")
        growth_ramp = (end[i] - after_ramp[i]) / after_ramp[i] * 100 if after_ramp[i] else float("nan")
        mem_rows.append(f"| {label} | {minute1[i] / 1024:.1f} | {after_ramp[i] / 1024:.1f} | {end[i] / 1024:.1f} | "
                        f"{peak[i] / 1024:.1f} | {growth:+.1f}% | {growth_ramp:+.1f}% |")
    timeline = ", ".join(f"{t / 60:.0f} min: " + " / ".join(f"{kb / 1024:.0f}" for kb in kbs)
                         for t, kbs in samples if t < 1 or abs(t / 60 - round(t / 60)) * 60 < SAMPLE_SECONDS / 2)
    kinds = sorted(stats.error_kinds.items(), key=lambda kv: -kv[1])
    samples_text = "; ".join(f"{kind} ({n})" for kind, n in kinds[:6]) if kinds else "none"
    return f"""## Soak: 2,000 people for 10 minutes on two instances (bench/soak.sh)

Command: `bench/soak.sh` (PEOPLE={PEOPLE} DURATION={DURATION:.0f} RAMP={RAMP:.0f} THINK={THINK:.0f}
LIVE_SHARE={LIVE_SHARE} LIVE_REOPEN={LIVE_REOPEN:.0f} SIGN_IN_CONCURRENCY={SIGN_IN_CONCURRENCY}). Measured {setup['date']} UTC at commit {setup['commit']}; load
average {setup['load_before']} before, {setup['load_after']} at the end. Two `trellis serve` instances on one throwaway
PostgreSQL 15 cluster (fsync off), Debian's nginx in front (round robin, WebSocket upgrade), the people in one
Python process (bench/soak_people.py, standard library only): all of it on this machine's {os.cpu_count()} cores,
which other developers' builds shared during the run, so the two instances were loaded.

{PEOPLE} people arrive over the first {RAMP:.0f} s and sign in with the demo's password (POST /api/v1/session; they
share the demo's {setup['accounts']} accounts that take part in the World Languages team's meetings, each person with
a session of their own), at most {SIGN_IN_CONCURRENCY} sign-ins in flight (an Argon2id hash each): **{stats.signed_in}
of {PEOPLE} were signed in by the end, the last {stats.last_sign_in_at:.0f} s into the soak**. Then each loops until the
end with exponential think time (mean {THINK:.0f} s): the home page (GET me and teams), the team page (the team and
its meetings), a meeting, or an edit of their own note on their own agenda item of one of {setup['meetings']}
meetings (PUT, the version carried). {LIVE_SHARE:.0%} keep a live view of their meeting open through nginx
(WebSocket, session cookie), reopened about every {LIVE_REOPEN:.0f} s.
Latency is from the request's sending to the whole answer, through nginx.

**Errors: {total_errors}** (every answer not 2xx, connection error, timeout over 30 s, or live socket the server
dropped; by kind: {samples_text}). Live views opened: {stats.live_opened}; live events received: {stats.live_events}.

| route | requests | errors | p50 ms | p99 ms | max ms |
| --- | ---: | ---: | ---: | ---: | ---: |
{chr(10).join(rows)}

Each instance's resident memory (VmRSS, MB), sampled every {SAMPLE_SECONDS:.0f} s ({len(samples)} samples over
{end_t / 60:.1f} min):

| instance | minute 1 | {settled:.0f} s (after the last sign-in) | end | peak | growth from minute 1 | growth from {settled:.0f} s |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
{chr(10).join(mem_rows)}

Each minute (A / B, MB): {timeline}.

Targets (issue 16): 0 errors, memory flat (growth under 10% after the first minute).
"""


def write_section(section: str):
    path = REPO / "docs" / "performance.md"
    text = path.read_text()
    heading = section.strip().splitlines()[0]
    pattern = re.compile(re.escape(heading) + r"\n.*?(?=\n## |\Z)", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section.strip() + "\n", text)
    else:
        text = text.rstrip() + "\n\n" + section.strip() + "\n"
    path.write_text(text)


def main():
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("soak: terminated"))  # still stops what it started
    work = Path(tempfile.mkdtemp(prefix="trellis-soak."))
    pg_dir = tempfile.mkdtemp(prefix="trpgs")  # short: the cluster's Unix socket lives in it
    os.rmdir(pg_dir)
    servers: list[subprocess.Popen] = []
    proxy = None
    try:
        db = subprocess.run(["bash", str(REPO / "scripts" / "pg-test-cluster.sh"), "start", pg_dir], check=True,
                            capture_output=True, text=True, timeout=180).stdout.strip().splitlines()[-1]
        subprocess.run([BIN, "demo", "--database", db], check=True, capture_output=True, timeout=300)
        token = subprocess.run([BIN, "token", "create", "--database", db, "--email", ACCOUNTS[0]], check=True,
                               capture_output=True, text=True, timeout=60).stdout.strip().splitlines()[-1]
        ports = []
        for label in ("a", "b"):
            port = free_port()
            log = open(work / f"server-{label}.log", "wb")
            servers.append(subprocess.Popen([BIN, "serve", "--database", db, "--listen", f"127.0.0.1:{port}",
                                             "--trusted-proxy", "127.0.0.1"],
                                            stdout=log, stderr=log, stdin=subprocess.DEVNULL))
            ports.append(port)
        for port in ports:
            for _ in range(300):
                try:
                    if urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2).status == 200:
                        break
                except OSError:
                    time.sleep(0.1)
        proxy = NginxProxy(work / "nginx", ports, worker_connections=16384).start()
        team = [t for t in api(ports[0], token, "GET", "/api/v1/teams")["teams"] if t["name"] == TEAM_NAME][0]
        meetings = plan_meetings(ports[0], token, team["id"], math.ceil(PEOPLE / ITEMS_PER_MEETING) + 1)
        probe_meeting = meetings.pop()
        accounts = [a for i, a in enumerate(ACCOUNTS) if can_take_part(ports[0], a, probe_meeting[0],
                                                                       probe_meeting[1][i])]
        print(f"accounts taking part: {accounts}; {len(meetings)} meetings", flush=True)
        people = []
        for i in range(PEOPLE):
            meeting_id, items = meetings[i % len(meetings)]
            item = items[(i // len(meetings)) % len(items)]
            # One note per account and item: a person's (meeting, item) is theirs alone, whatever the account.
            people.append(Assignment(accounts[i % len(accounts)], DEMO_PASSWORD, team["id"], meeting_id, item))
        setup = {"date": time.strftime("%Y-%m-%d %H:%M", time.gmtime()), "ramp": RAMP, "meetings": len(meetings),
                 "accounts": len(accounts), "load_before": " ".join(open("/proc/loadavg").read().split()[:3]),
                 "commit": subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                                          capture_output=True, text=True).stdout.strip()}
        stats = Stats()
        samples: list = []

        async def soak():
            loop = asyncio.get_running_loop()
            plan = Plan(proxy.port, loop.time() + DURATION, THINK, LIVE_SHARE, LIVE_REOPEN, loop.time(),
                        asyncio.Semaphore(SIGN_IN_CONCURRENCY))
            sampler = asyncio.ensure_future(sample_memory([s.pid for s in servers], plan.end, samples))
            progress = asyncio.ensure_future(show_progress(stats, samples, plan.end))
            await run_people(people, plan, RAMP, stats)
            await sampler
            progress.cancel()

        asyncio.run(soak())
        setup["load_after"] = " ".join(open("/proc/loadavg").read().split()[:3])
        section = report(stats, samples, setup)
        write_section(section)
        print(section)
    finally:
        if proxy is not None:
            proxy.stop()
        for s in servers:
            s.terminate()
        for s in servers:
            try:
                s.wait(timeout=30)
            except subprocess.TimeoutExpired:
                s.kill()
        subprocess.run(["bash", str(REPO / "scripts" / "pg-test-cluster.sh"), "stop", pg_dir], capture_output=True,
                       timeout=120)
        subprocess.run(["rm", "-rf", str(work)])


async def show_progress(stats: Stats, samples, end: float):
    loop = asyncio.get_running_loop()
    while loop.time() < end:
        await asyncio.sleep(30)
        requests = sum(len(v) for v in stats.latencies.values())
        mem = " / ".join(f"{kb / 1024:.0f} MB" for kb in samples[-1][1]) if samples else "?"
        print(f"{time.strftime('%H:%M:%S')} signed_in={stats.signed_in} requests={requests} errors={sum(stats.errors.values())} "
              f"live_open={stats.live_opened} events={stats.live_events} rss={mem} "
              f"load={open('/proc/loadavg').read().split()[0]}", flush=True)


if __name__ == "__main__":
    main()
