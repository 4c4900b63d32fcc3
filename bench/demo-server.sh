# Sourced by the bench scripts: a temporary directory, a demo database, a bearer token for the demo's lead,
# and `trellis serve` on a free loopback port, all stopped and removed when the script exits.
# In: BIN (the trellis binary). Out: tmp, db, token, port, server_pid.
# start_demo_server PREFIX: PREFIX names the temporary directory (/tmp/PREFIX.XXXXXX).
start_demo_server() {
  tmp=$(mktemp -d "/tmp/$1.XXXXXX")
  server_pid=""
  trap 'stop_demo_server' EXIT
  db="sqlite://$tmp/bench.db"
  "$BIN" demo --database "$db" >/dev/null
  token=$("$BIN" token create --database "$db" --email lead@mpusd.example)
  port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$BIN" serve --database "$db" --listen "127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
}

stop_demo_server() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$tmp"
}
