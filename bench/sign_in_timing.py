#!/usr/bin/python3
"""Does the answer time tell whether an account exists? Median of N sign-ins for unknown addresses against
known accounts with a wrong password, and of N password-reset requests for each.

    bench/sign_in_timing.py [path/to/trellis] [N]      (default build/trellis, 20)

Starts its own `trellis serve` on a throwaway SQLite database. Each attempt comes from its own loopback
address (127.0.1.x) and each known account is tried once, so the sign-in limits never answer instead.
"""
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter

BIN = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parent.parent / "build" / "trellis")
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20


class FromAddress(HTTPAdapter):
    def __init__(self, source_ip):
        self.source_ip = source_ip
        super().__init__()

    def init_poolmanager(self, connections, maxsize, block=False, **kwargs):
        kwargs["source_address"] = (self.source_ip, 0)
        super().init_poolmanager(connections, maxsize, block, **kwargs)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed_post(base, source_ip, path, body):
    http = requests.Session()
    http.mount("http://", FromAddress(source_ip))
    http.get(base + "/healthz", timeout=30)  # connect first: time the request, not the handshake
    start = time.perf_counter()
    r = http.post(base + path, json=body, timeout=30)
    elapsed = (time.perf_counter() - start) * 1000
    return r.status_code, elapsed


def main():
    work = Path(tempfile.mkdtemp(prefix="trellis-timing-"))
    db = f"sqlite://{work}/t.db"
    subprocess.run([BIN, "migrate", "--database", db], check=True, capture_output=True)
    known = []
    for i in range(N):
        email = f"known-{i}-{uuid.uuid4().hex[:6]}@bench.example"
        subprocess.run([BIN, "user", "add", "--database", db, "--email", email, "--name", "Known",
                        "--password-stdin"], input="the-right-password-1\n", text=True, check=True,
                       capture_output=True)
        known.append(email)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([BIN, "serve", "--database", db, "--listen", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                requests.get(base + "/healthz", timeout=1)
                break
            except requests.RequestException:
                time.sleep(0.1)
        results = {"sign-in, unknown address": [], "sign-in, known account, wrong password": [],
                   "reset request, unknown address": [], "reset request, known account": []}
        for i in range(N):  # interleaved, so machine load falls on both alike
            ip = f"127.0.1.{i + 1}"
            s1, t1 = timed_post(base, ip, "/api/v1/session",
                                {"email": f"nobody-{uuid.uuid4().hex[:8]}@bench.example", "password": "wrong-1"})
            s2, t2 = timed_post(base, ip, "/api/v1/session", {"email": known[i], "password": "wrong-1"})
            s3, t3 = timed_post(base, ip, "/api/v1/password-resets",
                                {"email": f"nobody-{uuid.uuid4().hex[:8]}@bench.example"})
            s4, t4 = timed_post(base, ip, "/api/v1/password-resets", {"email": known[i]})
            assert (s1, s2, s3, s4) == (401, 401, 202, 202), (s1, s2, s3, s4)
            for key, t in zip(results, (t1, t2, t3, t4)):
                results[key].append(t)
        for key, times in results.items():
            print(f"{key:42s} median {statistics.median(times):7.1f} ms  "
                  f"(min {min(times):.1f}, max {max(times):.1f}, n={len(times)})")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
