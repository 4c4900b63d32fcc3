"""The soak's simulated people (bench/soak.sh; a benchmark, not a test). Python's standard library only: asyncio,
one keep-alive HTTP/1.1 connection per person (as a browser tab holds one) and, for some, a WebSocket on the
live channel, all through one address (nginx in front of the instances).

Each person signs in with a real password (POST /api/v1/session: the session cookie and its CSRF token), then
until the end loops with think time over what the web app asks for: the home page (GET /api/v1/me and
/api/v1/teams), the team page (GET /api/v1/teams/{id} and its meetings), a meeting (GET /api/v1/meetings/{id}) and
an edit of that meeting's note (PUT /api/v1/meetings/{id}/notes/{item}, the version carried from the last
answer). Some keep a live view of their meeting open and now and then reopen it. Every answer that is not 2xx,
every connection error or timeout, and every live socket the server drops counts as an error.
"""
from __future__ import annotations

import asyncio
import base64
import json
import os
import random
import re
import struct
import time
from dataclasses import dataclass, field

REQUEST_TIMEOUT = 30.0


class HttpError(Exception):
    pass


@dataclass
class Assignment:
    """What one person works on: an account, the team, their meeting and the agenda item whose note they keep."""
    email: str
    password: str
    team_id: int
    meeting_id: int
    item_id: int


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)  # route → seconds
    errors: dict[str, int] = field(default_factory=dict)  # route → count
    error_kinds: dict[str, int] = field(default_factory=dict)  # "route: what" (numbers stripped) → count
    signed_in: int = 0
    last_sign_in_at: float = 0.0  # seconds into the soak
    live_opened: int = 0
    live_events: int = 0

    def record(self, route: str, seconds: float):
        self.latencies.setdefault(route, []).append(seconds)

    def error(self, route: str, what: str):
        self.errors[route] = self.errors.get(route, 0) + 1
        kind = f"{route}: {re.sub(r'[0-9]+', 'N', what)[:120]}"
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1


class Connection:
    """One keep-alive HTTP/1.1 connection with a cookie jar (what a browser tab keeps)."""

    def __init__(self, port: int):
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.cookies: dict[str, str] = {}
        self.csrf = ""

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def request(self, method: str, path: str, body: object | None = None) -> tuple[int, bytes]:
        for attempt in range(2):
            reused = self.writer is not None
            if not reused:
                self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
            try:
                return await self._exchange(method, path, body)
            except (ConnectionError, asyncio.IncompleteReadError) as e:
                self.close()
                # A kept-alive connection the proxy closed while the person was thinking: open a new one, once.
                if not (reused and attempt == 0 and getattr(e, "before_answer", False)):
                    raise HttpError(f"{type(e).__name__}: {e}") from e
        raise HttpError("unreachable")

    async def _exchange(self, method: str, path: str, body: object | None) -> tuple[int, bytes]:
        data = b"" if body is None else json.dumps(body).encode()
        head = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}", "Accept: application/json"]
        if self.cookies:
            head.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if method not in ("GET", "HEAD") and self.csrf:
            head.append(f"X-CSRF-Token: {self.csrf}")
        if body is not None:
            head += ["Content-Type: application/json", f"Content-Length: {len(data)}"]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + data)
        try:
            await self.writer.drain()
            status_line = await self.reader.readline()
        except ConnectionError as e:
            e.before_answer = True
            raise
        if not status_line:
            e = asyncio.IncompleteReadError(b"", None)
            e.before_answer = True
            raise e
        status = int(status_line.split()[1])
        length, chunked, close = 0, False, False
        while True:
            line = (await self.reader.readline()).decode("latin-1").strip()
            if not line:
                break
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding" and "chunked" in value.lower():
                chunked = True
            elif name == "connection" and value.lower() == "close":
                close = True
            elif name == "set-cookie":
                cookie = value.split(";", 1)[0]
                key, _, val = cookie.partition("=")
                self.cookies[key.strip()] = val.strip()
        if chunked:
            content = b""
            while True:
                size = int((await self.reader.readline()).split(b";")[0], 16)
                content += await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                content = content[:-2]
        else:
            content = await self.reader.readexactly(length)
        if close:
            self.close()
        return status, content


class LiveView:
    """A WebSocket on /api/v1/live for one meeting, signed in by the session cookie (and the page's Origin)."""

    def __init__(self, port: int, meeting_id: int, cookies: dict[str, str]):
        self.port, self.meeting_id, self.cookies = port, meeting_id, cookies
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.closing = False

    async def open(self):
        key = base64.b64encode(os.urandom(16)).decode()
        head = [f"GET /api/v1/live?topic=meeting:{self.meeting_id} HTTP/1.1", f"Host: 127.0.0.1:{self.port}",
                f"Origin: http://127.0.0.1:{self.port}", "Upgrade: websocket", "Connection: Upgrade",
                "Sec-WebSocket-Version: 13", f"Sec-WebSocket-Key: {key}",
                "Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items())]
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode())
        answer = await self.reader.readuntil(b"\r\n\r\n")
        if not answer.startswith(b"HTTP/1.1 101"):
            raise HttpError(f"live socket refused: {answer.splitlines()[0].decode(errors='replace')}")

    async def _send(self, opcode: int, payload: bytes):
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.writer.write(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + masked)
        await self.writer.drain()

    async def messages(self):
        """Yields each text message; returns when the view is closed by us; raises if the server drops it."""
        while True:
            first, second = await self.reader.readexactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", await self.reader.readexactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", await self.reader.readexactly(8))[0]
            payload = await self.reader.readexactly(length)
            opcode = first & 0x0F
            if opcode == 0x9:
                await self._send(0xA, payload)
            elif opcode == 0x8:
                if self.closing:
                    return
                raise HttpError("the server closed the live socket")
            elif opcode in (0x1, 0x0):
                yield payload

    async def close(self):
        self.closing = True
        try:
            await self._send(0x8, struct.pack(">H", 1000))
            await asyncio.wait_for(self.writer.wait_closed(), 1)
        except (ConnectionError, asyncio.TimeoutError):
            pass
        self.writer.close()


@dataclass
class Plan:
    port: int
    end: float  # loop time at which everyone stops
    think_seconds: float
    live_share: float
    live_reopen_seconds: float
    start: float  # loop time the soak began
    sign_in_slots: asyncio.Semaphore  # at most this many sign-ins in flight: they queue as at a busy door


async def timed(stats: Stats, route: str, call, expect=(200, 201, 204)):
    started = time.perf_counter()
    try:
        status, body = await asyncio.wait_for(call(), REQUEST_TIMEOUT)
    except (HttpError, OSError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
        stats.error(route, f"{type(e).__name__} {e}")
        return None
    stats.record(route, time.perf_counter() - started)
    if status not in expect:
        stats.error(route, f"{status} {body[:200]!r}")
        return None
    return json.loads(body) if body else {}


async def keep_live_view(person: Assignment, conn: Connection, plan: Plan, stats: Stats, rng: random.Random):
    """Keeps a live view open until the end, reopening it now and then (as when a person reloads the page)."""
    loop = asyncio.get_running_loop()
    while loop.time() < plan.end:
        view = LiveView(plan.port, person.meeting_id, conn.cookies)
        try:
            await asyncio.wait_for(view.open(), REQUEST_TIMEOUT)
        except (HttpError, OSError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
            stats.error("live view (WebSocket)", f"{type(e).__name__} {e}")
            await asyncio.sleep(5)
            continue
        stats.live_opened += 1
        until = min(plan.end, loop.time() + rng.uniform(0.5, 1.5) * plan.live_reopen_seconds)

        async def read():
            async for _ in view.messages():
                stats.live_events += 1

        reader = asyncio.ensure_future(read())
        try:
            await asyncio.wait_for(asyncio.shield(reader), max(0.0, until - loop.time()))
            stats.error("live view (WebSocket)", "closed by the server")  # it ended before we closed it
        except asyncio.TimeoutError:
            pass  # still open when we meant to close it: as it should be
        except (HttpError, OSError, asyncio.IncompleteReadError) as e:
            stats.error("live view (WebSocket)", f"dropped: {type(e).__name__} {e}")
        await view.close()
        reader.cancel()
        try:
            await reader
        except (asyncio.CancelledError, HttpError, OSError, asyncio.IncompleteReadError):
            pass


async def person_life(person: Assignment, start_at: float, plan: Plan, stats: Stats, seed: int):
    rng = random.Random(seed)
    loop = asyncio.get_running_loop()
    await asyncio.sleep(max(0.0, start_at - loop.time()))
    conn = Connection(plan.port)
    async with plan.sign_in_slots:
        if loop.time() >= plan.end:
            return  # never got in before the end (counted: PEOPLE minus signed_in)
        signed_in = await timed(stats, "POST /api/v1/session (sign in)",
                                lambda: conn.request("POST", "/api/v1/session",
                                                     {"email": person.email, "password": person.password}),
                                expect=(200,))
    if signed_in is None:
        conn.close()
        return
    stats.signed_in += 1
    stats.last_sign_in_at = loop.time() - plan.start
    conn.csrf = signed_in.get("csrf_token", "")
    live = None
    if rng.random() < plan.live_share:
        live = asyncio.ensure_future(keep_live_view(person, conn, plan, stats, rng))
    version = None
    team, meeting = person.team_id, person.meeting_id
    pages = [
        ("home", [("GET /api/v1/me", "/api/v1/me"), ("GET /api/v1/teams", "/api/v1/teams")]),
        ("team", [("GET /api/v1/teams/{id}", f"/api/v1/teams/{team}"),
                  ("GET /api/v1/teams/{id}/meetings", f"/api/v1/teams/{team}/meetings")]),
        ("meeting", [("GET /api/v1/meetings/{id}", f"/api/v1/meetings/{meeting}")]),
    ]
    edit_count = 0
    while True:
        think = rng.expovariate(1.0 / plan.think_seconds)
        if loop.time() + think >= plan.end:
            break
        await asyncio.sleep(think)
        choice = rng.random()
        if choice < 0.75:  # read a page: every request it makes, one after another
            _, requests = pages[int(choice / 0.25)]
            for route, path in requests:
                if await timed(stats, route, lambda path=path: conn.request("GET", path)) is None:
                    break
        else:  # edit the meeting's note
            edit_count += 1
            body = {"text": f"Notes from {person.email}, revision {edit_count}: we agreed on the unit plan."}
            if version is not None:
                body["version"] = version
            answer = await timed(stats, "PUT /api/v1/meetings/{id}/notes/{item}",
                                 lambda: conn.request("PUT", f"/api/v1/meetings/{meeting}/notes/{person.item_id}",
                                                      body))
            if answer is not None:
                version = answer.get("version", version)
    if live is not None:
        await live
    conn.close()


async def run_people(people: list[Assignment], plan: Plan, ramp_seconds: float, stats: Stats):
    loop = asyncio.get_running_loop()
    now = loop.time()
    tasks = [asyncio.ensure_future(person_life(p, now + ramp_seconds * i / len(people), plan, stats, i))
             for i, p in enumerate(people)]
    # Stops by itself: everyone ends at plan.end; whatever still hangs a while later is cancelled.
    done, pending = await asyncio.wait(tasks, timeout=max(0.0, plan.end - loop.time()) + REQUEST_TIMEOUT + 15)
    for task in pending:
        task.cancel()
        stats.error("(person still busy at the end)", "cancelled")
    for task in done:
        if task.exception() is not None:
            stats.error("(person failed)", repr(task.exception()))
