"""Helpers for the black-box tests: the running server, the CLI, API clients, the mail sink, assertions.

Everything here talks to the real `trellis` binary over loopback; nothing reaches into its database.
"""
from __future__ import annotations

import email
import email.policy
import json
import os
import re
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

import requests

REPO = Path(__file__).resolve().parent.parent
TRELLIS_BIN = os.environ.get("TRELLIS_BIN", str(REPO / "build" / "trellis"))
HTTP_TIMEOUT = 30  # seconds; every request is bounded
CLI_TIMEOUT = 120
WRITE_METHODS = {"POST", "PATCH", "PUT", "DELETE"}


def unique(prefix: str = "x") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def unique_email(prefix: str = "user") -> str:
    return f"{unique(prefix)}@test.example"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env(extra: dict | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRELLIS_")}
    if extra:
        env.update(extra)
    return env


# ---------------------------------------------------------------------------------------------- CLI

def cli(*args: str, stdin: str | None = None, check: bool = True, env: dict | None = None,
        timeout: float = CLI_TIMEOUT) -> subprocess.CompletedProcess:
    proc = subprocess.run([TRELLIS_BIN, *args], input=stdin, capture_output=True, text=True,
                          timeout=timeout, env=env or clean_env())
    if check and proc.returncode != 0:
        raise AssertionError(f"`trellis {' '.join(args)}` exited {proc.returncode}\n"
                             f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc


# ------------------------------------------------------------------------------------------ clients

class Api:
    """A `requests` session against one server; token auth (Bearer) or none (anonymous)."""

    def __init__(self, base_url: str, token: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.http = requests.Session()
        self.token = token

    def url(self, path: str) -> str:
        return path if path.startswith("http") else self.base_url + path

    def headers_for(self, method: str, headers: dict | None) -> dict:
        h = {}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        h.update(headers or {})
        return h

    def request(self, method: str, path: str, json_body=None, *, data=None, headers=None,
                allow_redirects=False) -> requests.Response:
        method = method.upper()
        kwargs = {"headers": self.headers_for(method, headers), "timeout": HTTP_TIMEOUT,
                  "allow_redirects": allow_redirects}
        if json_body is not None:
            kwargs["json"] = json_body
        if data is not None:
            kwargs["data"] = data
        return self.http.request(method, self.url(path), **kwargs)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, json_body=None, **kw):
        return self.request("POST", path, json_body, **kw)

    def patch(self, path, json_body=None, **kw):
        return self.request("PATCH", path, json_body, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)

    # Expect-a-status shortcuts that say what happened when they fail.
    def ok(self, method: str, path: str, json_body=None, status: int = 200, **kw):
        r = self.request(method, path, json_body, **kw)
        expect_status(r, status)
        if r.status_code == 204 or not r.content:
            return None
        return r.json()


class CookieClient(Api):
    """The web app's way in: a session cookie plus X-CSRF-Token on every write."""

    def __init__(self, base_url: str):
        super().__init__(base_url)
        self.csrf_token: str | None = None
        self.send_csrf = True

    def headers_for(self, method, headers):
        h = {}
        if self.send_csrf and self.csrf_token and method in WRITE_METHODS:
            h["X-CSRF-Token"] = self.csrf_token
        h.update(headers or {})
        return h

    def sign_in(self, email_addr: str, password: str) -> requests.Response:
        r = self.http.post(self.url("/api/v1/session"), json={"email": email_addr, "password": password},
                           timeout=HTTP_TIMEOUT)
        if r.status_code == 200:
            self.csrf_token = r.json().get("csrf_token")
        return r

    def adopt(self, response: requests.Response):
        """Take the csrf token of a response that signed us in (e.g. invitation accept)."""
        self.csrf_token = response.json().get("csrf_token")

    def session_cookie(self) -> str | None:
        return self.http.cookies.get("trellis_session")


class User:
    def __init__(self, server: "Server", email_addr: str, name: str, password: str, token: str):
        self.server = server
        self.email = email_addr
        self.name = name
        self.password = password
        self.token = token
        self.api = Api(server.base_url, token)
        self._id = None

    @property
    def id(self) -> int:
        if self._id is None:
            self._id = self.api.ok("GET", "/api/v1/me")["user"]["id"]
        return self._id

    def cookie_client(self) -> CookieClient:
        c = CookieClient(self.server.base_url)
        r = c.sign_in(self.email, self.password)
        expect_status(r, 200)
        return c


# ------------------------------------------------------------------------------------------ server

class Server:
    """One `trellis serve` process on a free loopback port."""

    def __init__(self, db_url: str, workdir: Path, smtp_port: int | None, label: str,
                 mail: "MailSink | None" = None):
        self.db_url = db_url
        self.workdir = workdir
        self.smtp_port = smtp_port  # None: no SMTP server (mail is only logged)
        self.mail = mail  # the sink that smtp_port delivers to, for reading invitation links
        self.label = label
        self.proc: subprocess.Popen | None = None
        self.port: int | None = None
        self.log_path = workdir / f"{label}.stderr.log"
        self.returncode: int | None = None
        self.extra_args: list[str] = []  # more `trellis serve` options

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, use_env: bool = False, startup_timeout: float = 60):
        last_error = ""
        for _attempt in range(3):
            self.port = free_port()
            settings = {
                "database": self.db_url,
                "listen": f"127.0.0.1:{self.port}",
                "smtp": f"smtp://127.0.0.1:{self.smtp_port}",
                "mail-from": "trellis@test.example",
                "public-url": self.base_url,
            }
            if self.smtp_port is None:
                del settings["smtp"]
            if use_env:
                env = clean_env({"TRELLIS_DATABASE_URL": settings["database"], "TRELLIS_LISTEN": settings["listen"],
                                 "TRELLIS_SMTP_URL": settings.get("smtp", ""),
                                 "TRELLIS_MAIL_FROM": settings["mail-from"],
                                 "TRELLIS_PUBLIC_URL": settings["public-url"]})
                args = [TRELLIS_BIN, "serve"]
            else:
                env = clean_env()
                args = [TRELLIS_BIN, "serve"]
                for k, v in settings.items():
                    args += [f"--{k}", v]
            args += self.extra_args
            log = open(self.log_path, "ab")
            log.write(f"\n===== {' '.join(args)} (env={use_env}) =====\n".encode())
            log.flush()
            self.proc = subprocess.Popen(args, stdout=log, stderr=log, stdin=subprocess.DEVNULL, env=env)
            log.close()
            deadline = time.monotonic() + startup_timeout
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    break
                try:
                    r = requests.get(self.base_url + "/healthz", timeout=2)
                    if r.status_code == 200:
                        return self
                except requests.RequestException:
                    pass
                time.sleep(0.1)
            if self.proc.poll() is None:
                self.kill()
                raise AssertionError(f"trellis serve did not answer /healthz within {startup_timeout}s\n"
                                     f"{self.log_tail()}")
            last_error = self.log_tail()
            if "in use" not in last_error.lower():
                break
        raise AssertionError(f"trellis serve exited with {self.proc.returncode} at start\n{last_error}")

    def wait_until_ready(self, timeout: float = 60) -> requests.Response:
        """/readyz answers 200 (on PostgreSQL also once the instance listens for the others' live events)."""
        deadline = time.monotonic() + timeout
        while True:
            r = requests.get(self.base_url + "/readyz", timeout=HTTP_TIMEOUT)
            if r.status_code == 200 or time.monotonic() > deadline:
                return r
            time.sleep(0.1)

    def terminate(self, timeout: float = 30) -> int | None:
        """SIGTERM and wait (bounded); SIGKILL if it does not stop. Returns the exit code of the SIGTERM."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.returncode = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            self.returncode = None
        return self.returncode

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass

    def log_tail(self, lines: int = 80) -> str:
        try:
            text = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return "(no server log)"
        return f"--- {self.log_path} (last {lines} lines) ---\n" + "\n".join(text[-lines:])

    # --- CLI on this server's database
    def add_user(self, email_addr: str | None = None, name: str | None = None, password: str | None = None,
                 site_admin: bool = False) -> tuple[str, str, str]:
        email_addr = email_addr or unique_email()
        name = name or "Test " + uuid.uuid4().hex[:6]
        password = password or "pw-" + uuid.uuid4().hex[:16]
        args = ["user", "add", "--database", self.db_url, "--email", email_addr, "--name", name, "--password-stdin"]
        if site_admin:
            args.append("--site-admin")
        cli(*args, stdin=password + "\n")
        return email_addr, name, password

    def create_token(self, email_addr: str) -> str:
        out = cli("token", "create", "--database", self.db_url, "--email", email_addr).stdout.strip().splitlines()
        assert len(out) == 1 and out[0].strip(), f"token create printed {out!r}, expected one line"
        return out[0].strip()

    def make_user(self, prefix: str = "user", site_admin: bool = False, name: str | None = None) -> User:
        e, n, p = self.add_user(unique_email(prefix), name=name, site_admin=site_admin)
        return User(self, e, n, p, self.create_token(e))

    def user_from_existing(self, email_addr: str, name: str, password: str) -> User:
        return User(self, email_addr, name, password, self.create_token(email_addr))

    def anon(self) -> Api:
        return Api(self.base_url)


# ---------------------------------------------------------------------------------------- mail sink

def _delivery_order(path: Path):
    """Python's Maildir names a message `<seconds>.M<microseconds>P<pid>Q<count>.<host>`, microseconds not padded:
    sorting the names as text puts M99999 after M123456 within one second. Sort by the numbers instead."""
    m = re.match(r"(\d+)\.M(\d+)P\d+Q(\d+)", path.name)
    return (int(m[1]), int(m[2]), int(m[3]), path.name) if m else (0, 0, 0, path.name)


class MailSink:
    """Reads the Maildir that `python3 -m aiosmtpd ... -c aiosmtpd.handlers.Mailbox DIR` writes."""

    def __init__(self, directory: Path, port: int):
        self.directory = directory
        self.port = port
        # Each message parsed once: the sink lives for the whole run and holds thousands of messages by its end,
        # and waiting for one mail polls it many times (parsing them all on every poll made the suite crawl).
        # Safe because the Maildir writer renames a finished file into new/, never changes it after.
        self._parsed: dict[Path, email.message.EmailMessage] = {}

    def messages(self) -> list[email.message.EmailMessage]:
        out = []
        for sub in ("new", "cur"):
            d = self.directory / sub
            if not d.is_dir():
                continue
            for f in sorted(d.iterdir(), key=_delivery_order):
                if f not in self._parsed:
                    try:
                        self._parsed[f] = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
                    except OSError:
                        continue
                out.append(self._parsed[f])
        return out

    @staticmethod
    def recipients(msg) -> str:
        return " ".join(str(msg.get_all(h, [])) for h in ("To", "Cc", "Bcc", "X-RcptTo")).lower()

    def messages_to(self, address: str) -> list:
        address = address.lower()
        return [m for m in self.messages() if address in self.recipients(m)]

    def wait_for(self, address: str, count: int = 1, timeout: float = 30) -> list:
        deadline = time.monotonic() + timeout
        while True:
            found = self.messages_to(address)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"no mail to {address} within {timeout}s "
                                     f"({len(self.messages())} messages in the sink)")
            time.sleep(0.1)


def mail_text(msg) -> str:
    """All text parts of a message, decoded (plain and HTML)."""
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                parts.append(part.get_content())
            except (LookupError, ValueError):
                parts.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(parts)


def find_links(text: str) -> list[str]:
    return [l.rstrip(".,;)\"'>") for l in re.findall(r"https?://[^\s<>\"']+", text.replace("&amp;", "&"))]


# ------------------------------------------------------------------------------------------ asserts

def describe(r: requests.Response) -> str:
    body = r.text if len(r.text) < 2000 else r.text[:2000] + "..."
    return f"{r.request.method} {urlparse(r.url).path} -> {r.status_code} {r.headers.get('Content-Type')}\n{body}"


def expect_status(r: requests.Response, *statuses: int):
    assert r.status_code in statuses, f"expected {statuses}, got: {describe(r)}"


def expect_problem(r: requests.Response, status: int, ptype: str, field: str | None = None) -> dict:
    """An RFC 9457 problem with this status and type; when `field` is given the detail names it and, for
    validation problems, `errors` has an entry for it."""
    assert r.status_code == status, f"expected {status} {ptype}, got: {describe(r)}"
    ctype = r.headers.get("Content-Type", "")
    assert ctype.startswith("application/problem+json"), f"expected application/problem+json, got: {describe(r)}"
    body = r.json()
    assert body.get("type") == ptype, f"expected type {ptype}, got: {describe(r)}"
    assert body.get("status") == status, f"problem status field: {describe(r)}"
    assert isinstance(body.get("title"), str) and body["title"], f"problem without title: {describe(r)}"
    if field is not None:
        assert field in (body.get("detail") or ""), f"detail does not name `{field}`: {describe(r)}"
        if ptype == "/problems/validation":
            fields = [e.get("field") for e in body.get("errors") or []]
            assert any(field in (f or "") for f in fields), \
                f"errors does not list `{field}`: {describe(r)}"
    return body


def expect_not_visible(r: requests.Response):
    """403 or 404 problem (a person who may not see or change it)."""
    assert r.status_code in (403, 404), f"expected 403/404, got: {describe(r)}"
    assert r.headers.get("Content-Type", "").startswith("application/problem+json"), describe(r)
    assert r.json().get("type") in ("/problems/forbidden", "/problems/not-found"), describe(r)


def raw_http(port: int, request_head: bytes, body: bytes = b"", timeout: float = 30) -> tuple[int | None, bytes]:
    """Send a request over a plain socket, tolerating the server closing early; returns (status, response)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(request_head)
        try:
            view = memoryview(body)
            for i in range(0, len(body), 65536):
                s.sendall(view[i:i + 65536])
        except (BrokenPipeError, ConnectionResetError):
            pass
        data = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
                if b"\r\n\r\n" in data:
                    head, _, rest = data.partition(b"\r\n\r\n")
                    m = re.search(rb"content-length:\s*(\d+)", head, re.I)
                    if m and len(rest) >= int(m.group(1)):
                        break
        except (ConnectionResetError, socket.timeout):
            pass
    finally:
        s.close()
    m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    return (int(m.group(1)) if m else None), data


def load_openapi() -> dict:
    return json.loads((REPO / "docs" / "openapi.json").read_text())


# ------------------------------------------------------------------------------------ domain helpers

def create_org(user: User, name: str | None = None, **fields) -> dict:
    body = {"name": name or unique("Org"), "kind": "district", **fields}
    return user.api.ok("POST", "/api/v1/organizations", body, status=201)


def create_team(user: User, org_id: int, name: str | None = None, **fields) -> dict:
    """Create a team and return it as GET /api/v1/teams/{id} shows it (test_crud checks the 201 body itself)."""
    body = {"name": name or unique("Team"), **fields}
    created = user.api.ok("POST", f"/api/v1/organizations/{org_id}/teams", body, status=201)
    return user.api.ok("GET", f"/api/v1/teams/{created['id']}")


def add_member(user: User, team_id: int, name: str | None = None, email_addr: str | None = None, **fields) -> dict:
    body = {"name": name or unique("Member"), "email": email_addr or unique_email("member"), **fields}
    return user.api.ok("POST", f"/api/v1/teams/{team_id}/members", body, status=201)


def invitation_token(url: str) -> str:
    m = re.search(r"/invitations/([^/?#\s]+)", url)
    assert m, f"invitation url without /invitations/<token>: {url}"
    return m.group(1)


def invitation_links_to(sink: MailSink, address: str) -> list[str]:
    """The invitation links mailed to `address`, oldest first (each once: a mail has it in its text and HTML)."""
    links = [link for msg in sink.messages_to(address) for link in find_links(mail_text(msg)) if "/invitations/" in link]
    return list(dict.fromkeys(links))


def wait_for_invitation_links(sink: MailSink, address: str, count: int = 1, timeout: float = 30) -> list[str]:
    """The invitation links mailed to `address`, once there are at least `count`."""
    deadline = time.monotonic() + timeout
    while len(links := invitation_links_to(sink, address)) < count:
        assert time.monotonic() < deadline, f"no invitation mail to {address} within {timeout}s"
        time.sleep(0.05)
    return links


def invite(user: User, path: str, email_addr: str, role: str) -> tuple[dict, str]:
    """POST an invitation (path like /api/v1/teams/5/invitations); returns the 201 body and the token from the
    mail it sent: with mail configured, only the invitee's mailbox gets the link."""
    sink = user.server.mail
    assert sink is not None, "this server has no mail sink: invitation links reach no one"
    before = len(invitation_links_to(sink, email_addr))
    inv = user.api.ok("POST", path, {"email": email_addr, "role": role}, status=201)
    return inv, invitation_token(wait_for_invitation_links(sink, email_addr, before + 1)[-1])


def join_team_via_invitation(admin: User, team_id: int, role: str = "member", prefix: str = "invitee") -> User:
    """Invite a new e-mail to a team, accept it with a new account, and give that account an API token."""
    server = admin.server
    addr = unique_email(prefix)
    _, token = invite(admin, f"/api/v1/teams/{team_id}/invitations", addr, role)
    name = "Invitee " + uuid.uuid4().hex[:6]
    password = "pw-" + uuid.uuid4().hex[:16]
    r = server.anon().post(f"/api/v1/invitations/{token}/accept", {"name": name, "password": password})
    expect_status(r, 200)
    return server.user_from_existing(addr, name, password)


def join_org_via_invitation(admin: User, org_id: int, role: str) -> User:
    """Invite a new e-mail to an organization with `role`, and accept it with a new account."""
    server = admin.server
    addr = unique_email(f"org{role}")
    _, token = invite(admin, f"/api/v1/organizations/{org_id}/invitations", addr, role)
    password = "pw-long-enough-" + role
    r = server.anon().post(f"/api/v1/invitations/{token}/accept",
                           {"name": f"Org {role}", "password": password})
    expect_status(r, 200)
    return server.user_from_existing(addr, f"Org {role}", password)


def seat_existing_account(manager: User, team_id: int, person: User, role: str = "member") -> dict:
    """Seat an account in a team the only way there is: the team invites its address and the person, signed in,
    accepts (adding a member with that address links no account). Returns the person's seat."""
    _, token = invite(manager, f"/api/v1/teams/{team_id}/invitations", person.email, role)
    person.api.ok("POST", f"/api/v1/invitations/{token}/accept")
    members = manager.api.ok("GET", f"/api/v1/teams/{team_id}")["members"]
    return next(m for m in members if m["user_id"] == person.id)
