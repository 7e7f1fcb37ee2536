# Sourced by ./test: installs what the integration tests talk to (Debian's PostgreSQL, Chromium and
# ChromeDriver) when missing, and starts a throwaway PostgreSQL on 127.0.0.1 that stops when the shell exits.
# Where installing is impossible (not root, no package access), the tests that need these skip and say why.

install_missing() {
  local missing=()
  [ -x "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/initdb" ] || missing+=(postgresql)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "test: ${missing[*]} not installed and cannot be installed here; the tests that need them will skip" >&2
    return 0
  fi
  echo "test: installing ${missing[*]} from Debian's packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || echo "test: could not install ${missing[*]}; the tests that need them will skip" >&2
}

start_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -x "$bin/initdb" ] || return 0
  PG_DIR="$(mktemp -d /tmp/arbiter-pg.XXXXXX)"
  PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)"
  local run=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$PG_DIR" 2>/dev/null || { echo "test: no postgres user; PostgreSQL tests will skip" >&2; return 0; }
    run=(runuser -u postgres --)
  fi
  if ! "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres >"$PG_DIR/initdb.log" 2>&1; then
    echo "test: initdb failed (see $PG_DIR/initdb.log); PostgreSQL tests will skip" >&2
    return 0
  fi
  if ! "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
      -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
    echo "test: PostgreSQL did not start (see $PG_DIR/server.log); PostgreSQL tests will skip" >&2
    return 0
  fi
  PG_STOP=("${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast stop)
  trap 'stop_postgres' EXIT
  ARBITER_TEST_POSTGRESQL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres"
  echo "test: throwaway PostgreSQL on 127.0.0.1:$PG_PORT" >&2
}

stop_postgres() {
  [ ${#PG_STOP[@]} -gt 0 ] && "${PG_STOP[@]}" >/dev/null 2>&1 || true
  [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"
}
