#!/usr/bin/env bash
# Checks the files in deploy/ the way their programs read them: the nginx site with `nginx -t` (inside a
# throwaway nginx.conf, with a self-signed certificate made here in place of the real one) and the systemd unit
# with `systemd-analyze verify`. Called by scripts/run-tests.sh's `checks`; needs nginx (nginx-light), openssl
# and systemd (scripts/install-deps.sh --test).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d /tmp/trellis-deploy.XXXXXX)
trap 'rm -rf "$work"' EXIT
status=0

# --- nginx: the site as shipped, but with a certificate that exists and paths a non-root run may write.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=trellis.example.org" \
  -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null
sed -e "s#/etc/letsencrypt/live/trellis.example.org/#$work/#" \
    -e "s#/var/log/nginx/trellis.access.log#$work/access.log#" \
    deploy/nginx/trellis.conf > "$work/site.conf"
for temp in client_body proxy fastcgi uwsgi scgi; do mkdir -p "$work/$temp"; done
cat > "$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
    access_log off;
    client_body_temp_path $work/client_body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/site.conf;
}
CONF
if ! out=$(nginx -t -q -e "$work/error.log" -p "$work" -c "$work/nginx.conf" 2>&1); then
  echo "deploy/nginx/trellis.conf: nginx -t failed:"; echo "$out"; status=1
fi
# What the site promises, beyond parsing: these lines must stay.
for needed in "Strict-Transport-Security" "return 301 https://" "location = /api/v1/live" \
              "proxy_set_header Upgrade" "proxy_set_header X-Request-Id" "client_max_body_size 256m" \
              "location = /metrics"; do
  grep -qF "$needed" deploy/nginx/trellis.conf || { echo "deploy/nginx/trellis.conf lacks: $needed"; status=1; }
done
# client_max_body_size must match the server's default upload limit.
limit=$(( $(grep -oE 'max_upload_bytes = [0-9]+ \* [0-9]+ \* [0-9]+' include/trellis/http/server.hpp |
             grep -oE '[0-9]+' | paste -sd'*') ))
[ "$limit" = $((256 * 1024 * 1024)) ] || { echo "server upload limit $limit != nginx client_max_body_size 256m"; status=1; }

# --- systemd: verify the unit as shipped, with its binary pointed at one that exists here (the build's, or
# /bin/true before a build: verify checks that ExecStart is executable, not what it does).
binary="$repo/build/trellis"; [ -x "$binary" ] || binary=/bin/true
sed -e "s#/usr/local/bin/trellis#$binary#" deploy/trellis.service > "$work/trellis.service"
if ! out=$(SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no "$work/trellis.service" 2>&1); then
  echo "deploy/trellis.service: systemd-analyze verify failed:"; echo "$out"; status=1
elif grep -q "trellis.service" <<<"$out"; then
  echo "deploy/trellis.service: systemd-analyze verify warns:"; echo "$out"; status=1
fi

[ $status -eq 0 ] && echo "deploy/: nginx site and systemd unit check out"
exit $status
