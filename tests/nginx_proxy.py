"""Debian's nginx (package nginx-light) in front of several `trellis serve` processes, as deploy/ sets it up: round
robin over the instances, WebSocket upgrade passed through. Everything lives in one directory of its own (prefix,
pid file, logs, temporary files) and it listens on a free loopback port, so tests never touch the system's nginx.
"""
from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
from pathlib import Path

import requests

from trellis_helpers import free_port

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def nginx_config(directory: Path, port: int, upstream_ports: list[int], worker_connections: int = 512) -> str:
    servers = "\n".join(f"    server 127.0.0.1:{p};" for p in upstream_ports)
    # As root, workers would switch to `nobody`, who cannot read a 0700 temporary directory: run as ourselves.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};" if os.geteuid() == 0 else ""
    temp = "\n".join(f"  {kind}_temp_path {directory}/{kind};" for kind in
                     ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""{user}
worker_processes 1;
daemon off;
pid {directory}/nginx.pid;
error_log {directory}/error.log info;
events {{ worker_connections {worker_connections}; }}
http {{
  access_log {directory}/access.log;
{temp}
  map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
  upstream trellis {{
{servers}
  }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://trellis;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_read_timeout 300s;
      proxy_connect_timeout 5s;
    }}
  }}
}}
"""


class NginxProxy:
    def __init__(self, directory: Path, upstream_ports: list[int], worker_connections: int = 512):
        """worker_connections: each proxied request or WebSocket holds two (bench/soak.sh needs thousands)."""
        self.directory = directory
        self.upstream_ports = upstream_ports
        self.worker_connections = worker_connections
        self.proc: subprocess.Popen | None = None
        self.port: int | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, startup_timeout: float = 30) -> "NginxProxy":
        self.directory.mkdir(parents=True, exist_ok=True)
        for _attempt in range(3):  # a free port can be taken before nginx binds it
            self.port = free_port()
            conf = self.directory / "nginx.conf"
            conf.write_text(nginx_config(self.directory, self.port, self.upstream_ports, self.worker_connections))
            log = open(self.directory / "nginx.stderr.log", "ab")
            self.proc = subprocess.Popen([NGINX, "-p", str(self.directory), "-e", str(self.directory / "error.log"),
                                          "-c", str(conf)], stdout=log, stderr=log, stdin=subprocess.DEVNULL)
            log.close()
            deadline = time.monotonic() + startup_timeout
            while time.monotonic() < deadline and self.proc.poll() is None:
                try:
                    if requests.get(self.base_url + "/healthz", timeout=2).status_code == 200:
                        return self
                except requests.RequestException:
                    pass
                time.sleep(0.1)
            self.stop()
        raise AssertionError(f"nginx did not start:\n{self.log_tail()}")

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: fast shutdown of master and workers
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def log_tail(self, lines: int = 40) -> str:
        out = []
        for name in ("nginx.stderr.log", "error.log"):
            path = self.directory / name
            if path.exists():
                out.append(f"--- {path} ---\n" + "\n".join(path.read_text(errors="replace").splitlines()[-lines:]))
        return "\n".join(out) or "(no nginx log)"
