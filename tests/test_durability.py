"""Nothing a user wrote is lost: every write Trellis acknowledged survives `kill -9` of the server in the middle
of a write load, on both engines; nothing is left half-written. The load and the read-back live in
bench/durability.py, which bench/durability.sh runs at a larger size for the figures in docs/performance.md."""
import sys
import threading

from trellis_helpers import REPO

sys.path.insert(0, str(REPO / "bench"))
import durability  # noqa: E402

CYCLES = 3
THREADS = 4
WRITES_BEFORE_KILL = 150  # per cycle; the writers are still sending when the kill comes


def test_acknowledged_writes_survive_kill_9_mid_load(launcher):
    ledger, problems = durability.kill_cycles(launcher.start, CYCLES, THREADS, WRITES_BEFORE_KILL,
                                              limit_per_thread=10 * WRITES_BEFORE_KILL)
    assert not ledger.refused, f"writes refused under load: {ledger.refused[:5]}"
    assert ledger.acknowledged >= CYCLES * WRITES_BEFORE_KILL, \
        f"only {ledger.acknowledged} writes acknowledged in {CYCLES} cycles"
    assert not problems, f"{len(problems)} problems after kill -9 and restart " \
                         f"({ledger.acknowledged} writes acknowledged): {problems[:10]}"


def test_the_read_back_notices_a_lost_write(launcher):
    """The check above is only worth something if it sees a loss: claim an acknowledged decision that was never
    written and an acknowledged note edit that was, and both must be reported."""
    srv = launcher.start()
    ws = durability.prepare(srv)
    team_id, owner_id = durability.new_team(srv, ws)
    ledger = durability.Ledger()
    durability.Writer(srv.base_url, ws.token, team_id, owner_id, ledger, threading.Event(),
                      limit=len(durability.ROUND)).run()
    assert not ledger.refused and ledger.acknowledged == len(durability.ROUND), ledger.refused
    assert durability.check(srv.base_url, ws.token, [team_id], ledger) == []
    expected = next(iter(ledger.meetings.values()))
    expected.decisions[10**9] = "a decision that was never written"
    item = next(iter(expected.notes))
    expected.notes[item] = ["a note text that was never written"]
    found = durability.check(srv.base_url, ws.token, [team_id], ledger)
    assert any("a decision that was never written" in p for p in found), found
    assert any("a note text that was never written" in p for p in found), found
