"""A small WebSocket client for the live channel (/api/v1/live), enough for the black-box tests: the opening
handshake, reading the server's text frames (reassembling fragments, answering pings) and a bounded wait for the
message a test expects. Debian's Python has no WebSocket library, and the protocol's client side is short.
"""
from __future__ import annotations

import base64
import json
import os
import socket
import struct
import time


class SocketClosed(Exception):
    """The server closed the socket (a close frame, or the connection dropped, e.g. its process was killed)."""


class LiveSocket:
    def __init__(self, port: int, meeting_id: int, token: str, since: int | None = None,
                 epoch: str | None = None, timeout: float = 30):
        query = f"topic=meeting:{meeting_id}"
        if since is not None:
            query += f"&since={since}"
        if epoch is not None:
            query += f"&epoch={epoch}"
        key = base64.b64encode(os.urandom(16)).decode()
        head = [f"GET /api/v1/live?{query} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Upgrade: websocket",
                "Connection: Upgrade", "Sec-WebSocket-Version: 13", f"Sec-WebSocket-Key: {key}",
                f"Authorization: Bearer {token}"]
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self._recv()
        answer, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 101"), f"the live socket was refused: {answer!r}"
        self.hello = self.message()
        assert self.hello.get("type") == "hello", f"expected hello first, got {self.hello}"

    def _recv(self) -> bytes:
        try:
            chunk = self.sock.recv(65536)
        except (ConnectionResetError, BrokenPipeError) as e:
            raise SocketClosed(str(e)) from e
        if not chunk:
            raise SocketClosed("the connection dropped")
        return chunk

    def _exactly(self, n: int) -> bytes:
        while len(self.buffer) < n:
            self.buffer += self._recv()
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def _frame(self) -> tuple[bool, int, bytes]:
        first, second = self._exactly(2)
        length = second & 0x7F
        if length == 126:
            length = struct.unpack(">H", self._exactly(2))[0]
        elif length == 127:
            length = struct.unpack(">Q", self._exactly(8))[0]
        return bool(first & 0x80), first & 0x0F, self._exactly(length)

    def _send(self, opcode: int, payload: bytes = b""):
        mask = os.urandom(4)  # a client masks every frame
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + masked)

    def message(self) -> dict:
        """The next text message as JSON; raises SocketClosed when the server closes."""
        parts = []
        while True:
            fin, opcode, payload = self._frame()
            if opcode == 8:
                raise SocketClosed(f"close frame {payload!r}")
            if opcode == 9:
                self._send(10, payload)  # pong
                continue
            if opcode in (0, 1):
                parts.append(payload)
                if fin:
                    return json.loads(b"".join(parts))

    def wait_for(self, predicate, timeout: float = 30) -> dict:
        """The first message that satisfies `predicate` (others are skipped), within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.sock.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                found = self.message()
            except socket.timeout:
                break
            if predicate(found):
                return found
        raise AssertionError(f"no matching live message within {timeout}s")

    def close(self):
        try:
            self._send(8, struct.pack(">H", 1000))
        except OSError:
            pass
        self.sock.close()
