"""Durability under `kill -9`: client threads write what team members write (meetings with their agenda, decisions,
action items, notes and their edits, items marked done), the server is killed with SIGKILL in the middle of the
load, restarted on the same database, and every write it acknowledged (2xx) is read back intact. A write that was
not acknowledged may be there or not, but never half (a meeting without its agenda, an item without its due date).

Used by tests/test_durability.py (small) and bench/durability.sh (large):
  /usr/bin/python3 bench/durability.py --database sqlite:///tmp/d.db --cycles 20 --writes-per-cycle 1500
Nothing here reaches into the database: it is all HTTP over loopback, as a user would see it.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from trellis_helpers import HTTP_TIMEOUT, Api, Server, cli, create_org, unique  # noqa: E402

# A working day's meeting: its agenda fits however many open action items a new meeting carries over (1 minute
# each; rounds cut short by a kill leave some open) and 20% of it is discussion, so scheduling it is never refused.
DURATION = 480
AGENDA = [("Introductions", 10, "topic"), ("Who is missing?", 100, "discussion"), ("Next steps", 15, "topic")]
OBJECTIVES = ["Identify the team", "Plan outreach"]
# One thread's round of writes: a new meeting, then what a team writes in it. Each step needs the earlier ones
# of the same round to have been acknowledged (a decision goes into the round's meeting).
ROUND = ["meeting", "decision", "action", "note", "done", "decision", "action", "note", "done"]


@dataclass
class Expected:
    """What one meeting must hold after a restart, from the writes the server acknowledged."""
    team_id: int
    title: str
    status: str
    decisions: dict[int, str] = field(default_factory=dict)  # acknowledged: id -> text
    actions: dict[int, dict] = field(default_factory=dict)  # acknowledged: id -> {title, due, owner, status}
    # agenda item id -> texts the note may hold: the last acknowledged one, and any attempted after it
    notes: dict[int, list[str]] = field(default_factory=dict)
    note_required: dict[int, bool] = field(default_factory=dict)  # an acknowledged text exists
    done_pending: set[int] = field(default_factory=set)  # action items whose "done" was sent, not acknowledged


class Ledger:
    """Every write sent and every write acknowledged, across kill cycles (threads share it under a lock)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.meetings: dict[int, Expected] = {}
        self.attempted_titles: set[str] = set()  # meeting titles sent (acknowledged or not)
        self.attempted_texts: set[str] = set()  # decision texts and action item titles sent
        self.acknowledged = 0
        self.unacknowledged = 0  # sent, no answer (the server died under it)
        self.refused: list[str] = []  # answers that are neither 2xx nor a connection lost to the kill
        self.stored_unacknowledged = 0  # sent, no answer, yet stored (whole): found by the last full check

    def ack(self):
        with self.lock:
            self.acknowledged += 1


def plan(title: str, status: str, k: int) -> dict:
    return {"title": title, "goal": "Agree who is missing", "starts_at": f"2031-0{1 + k % 9}-1{k % 10}T16:00:00Z",
            "time_zone": "America/Los_Angeles", "duration_minutes": DURATION, "mode": "hybrid", "location": "Room 12",
            "objectives": OBJECTIVES, "status": status,
            "agenda": [{"title": t, "minutes": m, "kind": kind} for t, m, kind in AGENDA]}


class Writer(threading.Thread):
    """Writes rounds (ROUND) until `stop` is set, the server stops answering, or `limit` writes were sent."""

    def __init__(self, base_url: str, token: str, team_id: int, owner_id: int, ledger: Ledger, stop: threading.Event,
                 limit: int):
        super().__init__(daemon=True)
        self.base_url, self.team_id, self.owner_id = base_url, team_id, owner_id
        self.ledger, self.stop, self.limit = ledger, stop, limit
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token}"
        self.tag = uuid.uuid4().hex[:8]

    def send(self, method: str, path: str, body: dict) -> dict | None:
        """The answer's JSON when acknowledged (2xx); None when the write was refused or lost with the server."""
        try:
            r = self.http.request(method, self.base_url + path, json=body, timeout=HTTP_TIMEOUT)
        except requests.RequestException:
            with self.ledger.lock:
                self.ledger.unacknowledged += 1
            self.stop.set()  # the server is gone: this load is over (the caller restarts it)
            return None
        if 200 <= r.status_code < 300:
            self.ledger.ack()
            return r.json()
        with self.ledger.lock:
            self.ledger.refused.append(f"{method} {path} -> {r.status_code} {r.text[:300]}")
        return None

    def run(self):
        sent = 0
        for k in itertools.count():
            if self.stop.is_set() or sent >= self.limit:
                return
            meeting, expected, item, note_version, action = None, None, None, None, None
            for step in ROUND:
                if self.stop.is_set() or sent >= self.limit:
                    return
                sent += 1
                text = f"{step} {self.tag}-{k}-{sent}" + " and a few more words" * (sent % 5)
                if step == "meeting":
                    title, status = f"Meeting {self.tag}-{k}", ("scheduled" if k % 2 else "draft")
                    with self.ledger.lock:
                        self.ledger.attempted_titles.add(title)
                    meeting = self.send("POST", f"/api/v1/teams/{self.team_id}/meetings", plan(title, status, k))
                    if meeting is None:
                        break
                    expected = Expected(self.team_id, title, status)
                    item = meeting["agenda"][-2]["id"]  # after the carried-over items
                    with self.ledger.lock:
                        self.ledger.meetings[meeting["id"]] = expected
                elif step == "decision":
                    with self.ledger.lock:
                        self.ledger.attempted_texts.add(text)
                    d = self.send("POST", f"/api/v1/meetings/{meeting['id']}/decisions", {"text": text})
                    if d is None:
                        break
                    with self.ledger.lock:
                        expected.decisions[d["id"]] = text
                elif step == "action":
                    due = f"2032-{1 + sent % 12:02d}-{1 + sent % 28:02d}"  # after every meeting (2031)
                    with self.ledger.lock:
                        self.ledger.attempted_texts.add(text)
                    a = self.send("POST", f"/api/v1/meetings/{meeting['id']}/action-items",
                                  {"title": text, "owner_id": self.owner_id, "due": due})
                    if a is None:
                        break
                    action = a
                    with self.ledger.lock:
                        expected.actions[a["id"]] = {"title": text, "due": due, "owner": self.owner_id, "status": "open"}
                elif step == "note":
                    body = {"text": text} if note_version is None else {"text": text, "version": note_version}
                    with self.ledger.lock:
                        expected.notes.setdefault(item, []).append(text)
                    n = self.send("PUT", f"/api/v1/meetings/{meeting['id']}/notes/{item}", body)
                    if n is None:
                        break
                    note_version = n["version"]
                    with self.ledger.lock:
                        expected.notes[item] = [text]  # older texts are overwritten: only this one may remain
                        expected.note_required[item] = True
                elif step == "done":
                    with self.ledger.lock:
                        expected.done_pending.add(action["id"])
                    a = self.send("PATCH", f"/api/v1/action-items/{action['id']}",
                                  {"status": "done", "done_on": "2031-01-15", "version": action["version"]})
                    if a is None:
                        break
                    with self.ledger.lock:
                        expected.actions[action["id"]]["status"] = "done"
                        expected.done_pending.discard(action["id"])


def load_until_killed(srv: Server, token: str, team_id: int, owner_id: int, ledger: Ledger, threads: int,
                      kill_after: int, limit_per_thread: int, deadline_s: float = 120) -> int:
    """Run `threads` writers; once `kill_after` more writes are acknowledged (or the deadline passes), SIGKILL the
    server while they are still writing. Returns how many writes this cycle acknowledged."""
    start = ledger.acknowledged
    stop = threading.Event()
    writers = [Writer(srv.base_url, token, team_id, owner_id, ledger, stop, limit_per_thread) for _ in range(threads)]
    for w in writers:
        w.start()
    deadline = time.monotonic() + deadline_s
    while ledger.acknowledged - start < kill_after and time.monotonic() < deadline and \
            any(w.is_alive() for w in writers):
        time.sleep(0.005)
    srv.kill()  # SIGKILL, mid-load: the writers are still sending
    stop.set()
    for w in writers:
        w.join(timeout=HTTP_TIMEOUT + 5)
    return ledger.acknowledged - start


def check(base_url: str, token: str, team_ids: list[int], ledger: Ledger) -> list[str]:
    """Every problem found reading back these teams: acknowledged writes lost or changed, anything half-written,
    anything that was never sent. Sets ledger.stored_unacknowledged: writes stored though never acknowledged."""
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"

    def get(path: str) -> dict:
        r = http.get(base_url + path, timeout=HTTP_TIMEOUT)
        if r.status_code != 200:
            raise AssertionError(f"GET {path} -> {r.status_code} {r.text[:300]}")
        return r.json()

    problems: list[str] = []
    extras = 0
    listed = [m for team_id in team_ids for m in get(f"/api/v1/teams/{team_id}/meetings")["meetings"]]
    by_id = {m["id"]: m for m in listed}
    titles = [m["title"] for m in listed]
    for m in listed:
        extras += m["id"] not in ledger.meetings
        if m["title"] not in ledger.attempted_titles:
            problems.append(f"meeting {m['id']} {m['title']!r} was never sent")
        if titles.count(m["title"]) > 1:
            problems.append(f"meeting {m['title']!r} is stored {titles.count(m['title'])} times")
        # An unacknowledged meeting may be there, but whole: its agenda and objectives with it. The agenda opens with
        # the team's open action items, carried over.
        carried = [a for a in m["agenda"] if a["carried_over"]]
        planned = [(a["title"], a["minutes"], a["kind"]) for a in m["agenda"] if not a["carried_over"]]
        if m["agenda"][:len(carried)] != carried or planned != AGENDA or m["objectives"] != OBJECTIVES or \
                not all(a["action_item_id"] for a in carried):
            problems.append(f"meeting {m['id']} is half-written: agenda {m['agenda']}, objectives {m['objectives']}")
    acknowledged = {mid: want for mid, want in ledger.meetings.items() if want.team_id in team_ids}
    for mid, want in acknowledged.items():
        if mid not in by_id:
            problems.append(f"acknowledged meeting {mid} {want.title!r} is lost")
        elif by_id[mid]["title"] != want.title or by_id[mid]["status"] != want.status:
            problems.append(f"meeting {mid} reads {by_id[mid]['title']!r}/{by_id[mid]['status']}, "
                            f"acknowledged as {want.title!r}/{want.status}")
    for mid, want in sorted(acknowledged.items()):
        if mid in by_id:
            got = get(f"/api/v1/meetings/{mid}")
            problems += check_meeting(mid, got, want, ledger)
            extras += count_unacknowledged(got, want)
    ledger.stored_unacknowledged = extras
    return problems


def count_unacknowledged(got: dict, want: Expected) -> int:
    """Writes in this meeting that are stored though their answer never came (the kill cut it off)."""
    count = len({d["id"] for d in got["decisions"]} - want.decisions.keys())
    count += len({a["id"] for a in got["action_items"]} - want.actions.keys())
    count += sum(1 for a in got["action_items"] if a["id"] in want.done_pending and a["status"] == "done")
    notes = {n["agenda_item_id"]: n["text"] for n in got["notes"]}
    for item, texts in want.notes.items():  # texts[0] is the acknowledged text when there is one
        if item in notes and (notes[item] != texts[0] or not want.note_required.get(item)):
            count += 1
    return count


def check_meeting(mid: int, got: dict, want: Expected, ledger: Ledger) -> list[str]:
    problems = []
    decisions = {d["id"]: d["text"] for d in got["decisions"]}
    for did, text in want.decisions.items():
        if decisions.get(did) != text:
            problems.append(f"meeting {mid}: acknowledged decision {did} {text!r} reads {decisions.get(did)!r}")
    for did, text in decisions.items():
        if did not in want.decisions and text not in ledger.attempted_texts:
            problems.append(f"meeting {mid}: decision {did} {text!r} was never sent")
    actions = {a["id"]: a for a in got["action_items"]}
    for aid, a in want.actions.items():
        have = actions.get(aid)
        if have is None:
            problems.append(f"meeting {mid}: acknowledged action item {aid} {a['title']!r} is lost")
            continue
        statuses = {a["status"], "done"} if aid in want.done_pending else {a["status"]}
        owner = (have.get("owner") or {}).get("member_id")
        if (have["title"], have["due"], owner) != (a["title"], a["due"], a["owner"]) or have["status"] not in statuses:
            problems.append(f"meeting {mid}: action item {aid} reads {have}, acknowledged as {a}")
        elif have["status"] == "done" and have["done_on"] != "2031-01-15":
            problems.append(f"meeting {mid}: action item {aid} is done without its done_on: {have}")
    for aid, have in actions.items():
        if aid not in want.actions and (have["title"] not in ledger.attempted_texts or not have["due"]):
            problems.append(f"meeting {mid}: action item {aid} {have} was never sent, or is half-written")
    notes = {n["agenda_item_id"]: n["text"] for n in got["notes"]}
    for item, texts in want.notes.items():
        text = notes.get(item)
        if text is None and want.note_required.get(item):
            problems.append(f"meeting {mid}: the acknowledged note {texts[0]!r} on agenda item {item} is lost")
        elif text is not None and text not in texts:
            problems.append(f"meeting {mid}: the note on agenda item {item} reads {text!r}, expected one of {texts}")
    for item in notes.keys() - want.notes.keys():
        problems.append(f"meeting {mid}: a note on agenda item {item} was never sent: {notes[item]!r}")
    return problems


@dataclass
class Workspace:
    """Where the writers write: an organization whose admin they all sign in as."""
    token: str
    org_id: int


def prepare(srv: Server) -> Workspace:
    lead = srv.make_user("durability")
    return Workspace(lead.token, create_org(lead)["id"])


def new_team(srv: Server, ws: Workspace) -> tuple[int, int]:
    """A fresh team for one kill cycle (a new meeting carries over the team's open action items, and a kill leaves
    some open: one team per cycle keeps agendas short). Returns its id and its lead's member id (the owner of the
    action items)."""
    api = Api(srv.base_url, ws.token)
    team = api.ok("POST", f"/api/v1/organizations/{ws.org_id}/teams", {"name": unique("Team")}, status=201)
    members = api.ok("GET", f"/api/v1/teams/{team['id']}")["members"]
    return team["id"], next(m for m in members if m["role"] == "lead")["id"]


def kill_cycles(start_server, cycles: int, threads: int, kill_after: int, limit_per_thread: int,
                report=lambda line: None) -> tuple[Ledger, list[str]]:
    """`start_server(db_url or None)` starts `trellis serve` (a new database when None) and returns the Server.
    Each cycle: load, SIGKILL, restart on the same database, read back what this cycle acknowledged; at the end
    read back everything every cycle acknowledged. Returns the ledger and the problems found."""
    srv = start_server(None)
    ws = prepare(srv)
    ledger = Ledger()
    problems: list[str] = []
    teams = []
    for cycle in range(1, cycles + 1):
        team_id, owner_id = new_team(srv, ws)
        teams.append(team_id)
        acked = load_until_killed(srv, ws.token, team_id, owner_id, ledger, threads, kill_after, limit_per_thread)
        srv = start_server(srv.db_url)
        found = check(srv.base_url, ws.token, [team_id], ledger)
        report(f"cycle {cycle}: {acked} writes acknowledged, {ledger.acknowledged} in all; "
               f"{len(found)} problems after restart")
        problems += [f"cycle {cycle}: {p}" for p in found]
    problems += [f"at the end: {p}" for p in check(srv.base_url, ws.token, teams, ledger)]
    srv.terminate(timeout=30)
    return ledger, problems


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--database", required=True, help="sqlite:///path/new.db or postgresql://... (an empty database)")
    p.add_argument("--cycles", type=int, default=20)
    p.add_argument("--writes-per-cycle", type=int, default=1500, help="acknowledged writes before each kill")
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--workdir", default=None, help="where the server logs go")
    args = p.parse_args(argv)
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="trellis-durability-"))
    cli("migrate", "--database", args.database)
    servers = itertools.count(1)

    def start_server(db_url):
        return Server(db_url or args.database, workdir, None, f"durability-{next(servers)}").start()

    engine = args.database.split(":", 1)[0]
    t0 = time.monotonic()
    ledger, problems = kill_cycles(start_server, args.cycles, args.threads, args.writes_per_cycle,
                                   limit_per_thread=10 * args.writes_per_cycle, report=print)
    for line in problems[:50]:
        print("PROBLEM:", line)
    for line in ledger.refused[:20]:
        print("REFUSED:", line)
    lost = sum(1 for p in problems if "lost" in p)
    print(f"{engine}: acknowledged writes: {ledger.acknowledged}, lost: {lost}, kill cycles: {args.cycles} "
          f"(unanswered when killed: {ledger.unacknowledged}, of which stored whole: {ledger.stored_unacknowledged}; "
          f"other problems: {len(problems) - lost}, "
          f"refused: {len(ledger.refused)}; {time.monotonic() - t0:.0f} s; logs in {workdir})")
    return 0 if not problems and not ledger.refused else 1


if __name__ == "__main__":
    sys.exit(main())
