"""Fixtures for the black-box tests: a throwaway PostgreSQL cluster, an SMTP sink, and `trellis serve`
processes on SQLite and on PostgreSQL. Every test that uses `server` or `launcher` runs on both databases.
"""
from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

import pytest

from trellis_helpers import REPO, TRELLIS_BIN, MailSink, Server, cli, free_port

DATABASES = ["sqlite", "postgresql"]
LIVE_SERVERS: list[Server] = []  # servers whose logs are shown when a test fails


def pytest_sessionstart(session):
    if not os.access(TRELLIS_BIN, os.X_OK):
        raise pytest.UsageError(f"{TRELLIS_BIN} is missing: build it first (cmake --build build)")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    if rep.failed and LIVE_SERVERS:
        for srv in list(LIVE_SERVERS)[-4:]:
            rep.sections.append((f"trellis stderr ({srv.label}, {srv.db_url})", srv.log_tail(60)))


# ------------------------------------------------------------------------------------------ PostgreSQL

class PostgresCluster:
    def __init__(self, url: str, directory: str | None):
        self.url = url
        self.directory = directory
        u = urlparse(url)
        self.host = u.hostname or "127.0.0.1"
        self.port = u.port or 5432
        self.user = u.username or "postgres"

    def create_database(self) -> str:
        name = "trellis_t_" + uuid.uuid4().hex[:12]
        subprocess.run(["createdb", "-h", self.host, "-p", str(self.port), "-U", self.user, name],
                       check=True, capture_output=True, text=True, timeout=60)
        return f"postgresql://{self.user}@{self.host}:{self.port}/{name}"


@pytest.fixture(scope="session")
def pg_cluster():
    url = os.environ.get("TRELLIS_TEST_POSTGRES_URL")
    if url:
        yield PostgresCluster(url, None)
        return
    script = REPO / "scripts" / "pg-test-cluster.sh"
    directory = tempfile.mkdtemp(prefix="trpg")  # short: the Unix socket lives in it
    os.rmdir(directory)  # the script wants to create it fresh
    proc = subprocess.run(["bash", str(script), "start", directory], capture_output=True, text=True, timeout=180)
    if proc.returncode != 0:
        pytest.fail(f"pg-test-cluster.sh start failed ({proc.returncode}):\n{proc.stderr}", pytrace=False)
    url = proc.stdout.strip().splitlines()[-1]
    try:
        yield PostgresCluster(url, directory)
    finally:
        subprocess.run(["bash", str(script), "stop", directory], capture_output=True, text=True, timeout=120)


# ------------------------------------------------------------------------------------------- SMTP sink

@pytest.fixture(scope="session")
def mail_sink(tmp_path_factory):
    # aiosmtpd's Mailbox makes a Maildir (new/, cur/, tmp/) only when the folder does not exist yet.
    directory = tmp_path_factory.mktemp("smtp") / "maildir"
    port = free_port()
    log = open(directory.parent / "smtp-sink.log", "wb")
    proc = subprocess.Popen(["/usr/bin/python3", "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                             "-c", "aiosmtpd.handlers.Mailbox", str(directory)],
                            stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("the SMTP sink (aiosmtpd) did not start", pytrace=False)
            time.sleep(0.1)
    try:
        yield MailSink(directory, port)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


# --------------------------------------------------------------------------------------------- servers

class Launcher:
    """Makes fresh databases of one kind and starts `trellis serve` on them; stops them all at teardown."""

    def __init__(self, db_kind: str, workdir: Path, sink: MailSink, request):
        self.db_kind = db_kind
        self.workdir = workdir
        self.sink = sink
        self.request = request
        self.servers: list[Server] = []

    def new_database(self, migrate: bool = True) -> str:
        if self.db_kind == "sqlite":
            url = "sqlite://" + str(self.workdir / f"{uuid.uuid4().hex[:12]}.db")
        else:
            url = self.request.getfixturevalue("pg_cluster").create_database()
        if migrate:
            cli("migrate", "--database", url)
        return url

    def start(self, db_url: str | None = None, use_env: bool = False, smtp: bool = True,
              extra_args: tuple[str, ...] = ()) -> Server:
        """smtp=False: a server with no SMTP server configured (it only logs mail); extra_args: more
        `trellis serve` options (e.g. --web-root)."""
        db_url = db_url or self.new_database()
        label = f"{self.db_kind}-{len(self.servers) + 1}"
        srv = Server(db_url, self.workdir, self.sink.port, label, self.sink) if smtp else \
            Server(db_url, self.workdir, None, label)
        srv.extra_args = list(extra_args)
        self.servers.append(srv)
        LIVE_SERVERS.append(srv)
        srv.start(use_env=use_env)
        return srv

    def stop_all(self):
        for srv in self.servers:
            srv.terminate(timeout=20)
            if srv in LIVE_SERVERS:
                LIVE_SERVERS.remove(srv)


@pytest.fixture(scope="module", params=DATABASES)
def db_kind(request):
    return request.param


@pytest.fixture(scope="module")
def launcher(db_kind, tmp_path_factory, mail_sink, request):
    launcher = Launcher(db_kind, tmp_path_factory.mktemp(f"trellis-{db_kind}"), mail_sink, request)
    try:
        yield launcher
    finally:
        launcher.stop_all()


@pytest.fixture(scope="module")
def server(launcher) -> Server:
    """A server shared by the tests of one module (each test makes its own users and objects)."""
    return launcher.start()


@pytest.fixture(scope="module")
def site_admin(server):
    return server.make_user("siteadmin", site_admin=True)


@pytest.fixture(scope="module")
def admin(server):
    """An ordinary account that creates organizations (and so becomes their admin)."""
    return server.make_user("orgadmin")
