"""`trellis backup`, `restore` and `copy`: a site moves from SQLite to PostgreSQL and back with every row, id and
sequence intact and keeps working; a backup taken while people write is one consistent moment; a bad file or a
target that is not empty is refused with a message that says what and where, and changes nothing.

The contents are compared by reading each database directly (Python's sqlite3, psql), never through trellis."""
from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
import subprocess
import threading
import uuid
from pathlib import Path

import pytest

from trellis_helpers import CookieClient, Server, cli, create_org, expect_status

LEAD = ("lead@mpusd.example", "trellis-demo-2026")
INTEGER_TYPES = {"bigint", "integer", "smallint"}
REAL_TYPES = {"double precision", "real"}


# ------------------------------------------------------------------------------ reading databases directly

def normalised(value, kind: str):
    if value is None:
        return None
    if kind == "integer":
        return int(value)
    if kind == "real":
        return float(value)
    return str(value)


def digest(columns: list[tuple[str, str]], rows: list[dict]) -> str:
    columns = sorted(columns)  # the catalogs list them in different orders
    lines = sorted(json.dumps([normalised(row[name], kind) for name, kind in columns]) for row in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def sqlite_kind(declared: str) -> str:
    declared = declared.upper()
    if "INT" in declared:
        return "integer"
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return "real"
    return "text"


def sqlite_contents(url: str) -> dict[str, tuple[int, str]]:
    """Every table but the migrations' bookkeeping and a full-text index (an FTS5 table and its shadow tables:
    derived from the rows it indexes, rebuilt as a restore inserts them): (row count, checksum of its rows)."""
    db = sqlite3.connect(url.removeprefix("sqlite://"))
    try:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' AND name != 'schema_migrations' AND name NOT IN "
                                          "(SELECT name FROM pragma_table_list WHERE type IN ('virtual', 'shadow'))")]
        out = {}
        for name in names:
            columns = [(r[1], sqlite_kind(r[2])) for r in db.execute(f'PRAGMA table_info("{name}")')]
            cursor = db.execute(f'SELECT * FROM "{name}"')
            fields = [d[0] for d in cursor.description]
            rows = [dict(zip(fields, r)) for r in cursor]
            out[name] = (len(rows), digest(columns, rows))
        return out
    finally:
        db.close()


def psql(url: str, sql: str) -> str:
    proc = subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-Atc", sql], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def pg_contents(url: str) -> dict[str, tuple[int, str]]:
    tables = json.loads(psql(url, """
        SELECT json_object_agg(table_name, columns) FROM (
          SELECT c.table_name, json_agg(json_build_array(c.column_name, c.data_type)) AS columns
          FROM information_schema.columns c JOIN information_schema.tables t
            ON t.table_name = c.table_name AND t.table_schema = c.table_schema
          WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            AND c.table_name != 'schema_migrations'
          GROUP BY c.table_name) x"""))
    out = {}
    for name, raw_columns in tables.items():
        columns = [(column, "integer" if kind in INTEGER_TYPES else "real" if kind in REAL_TYPES else "text")
                   for column, kind in raw_columns]
        rows = json.loads(psql(url, f'SELECT COALESCE(json_agg(t), \'[]\') FROM "{name}" t'))
        out[name] = (len(rows), digest(columns, rows))
    return out


def contents(url: str) -> dict[str, tuple[int, str]]:
    return sqlite_contents(url) if url.startswith("sqlite://") else pg_contents(url)


def assert_same_contents(expected: dict, actual: dict, step: str):
    assert set(actual) == set(expected), f"{step}: tables differ: {set(actual) ^ set(expected)}"
    differing = {name: (expected[name], actual[name]) for name in expected if expected[name] != actual[name]}
    assert not differing, f"{step}: these tables' (row count, checksum) differ: {differing}"


def restore(url: str, path: Path, check: bool = True) -> subprocess.CompletedProcess:
    return cli("restore", "--database", url, str(path), check=check)


def backup(url: str, path: Path) -> Path:
    cli("backup", "--database", url, str(path))
    return path


def schema_version(url: str) -> int:
    return int(cli("migrate", "--database", url).stdout.split()[-1])


@pytest.fixture
def sqlite_url(tmp_path):
    return lambda: "sqlite://" + str(tmp_path / f"{uuid.uuid4().hex[:10]}.db")


@pytest.fixture(scope="module")
def demo_backup(tmp_path_factory):
    """The demo loaded into SQLite, backed up once: the source of the round trip and of the bad files."""
    folder = tmp_path_factory.mktemp("backup-demo")
    url = "sqlite://" + str(folder / "demo.db")
    cli("demo", "--database", url)
    return url, backup(url, folder / "demo.trellis-backup")


# ------------------------------------------------------------------------------------------ round trip

def test_demo_moves_sqlite_to_postgresql_and_back_unchanged_and_the_site_works(demo_backup, pg_cluster,
                                                                                sqlite_url, tmp_path):
    source_url, first_backup = demo_backup
    expected = contents(source_url)
    assert expected["organizations"][0] > 0 and expected["meetings"][0] > 0, expected

    postgres_url = pg_cluster.create_database()
    restore(postgres_url, first_backup)
    assert_same_contents(expected, contents(postgres_url), "SQLite backup restored into PostgreSQL")

    second_backup = backup(postgres_url, tmp_path / "from-postgresql.trellis-backup")
    back_url = sqlite_url()
    restore(back_url, second_backup)
    assert_same_contents(expected, contents(back_url), "PostgreSQL backup restored into SQLite")
    # The library's search index came back with the rows (issue 12): the restored SQLite finds by words.
    db = sqlite3.connect(back_url.removeprefix("sqlite://"))
    try:
        found = db.execute("SELECT r.title FROM resources_search JOIN resources r ON r.id = resources_search.rowid "
                           "WHERE resources_search MATCH 'referral' ORDER BY bm25(resources_search)").fetchall()
    finally:
        db.close()
    assert found and found[0][0] == "Tiered-support referral flow", found

    copied_url = pg_cluster.create_database()
    out = cli("copy", "--from", back_url, "--to", copied_url).stdout
    assert "copied" in out
    assert_same_contents(expected, contents(copied_url), "trellis copy from SQLite to PostgreSQL")

    # The site on the restored PostgreSQL database: the lead signs in and reads their team as on SQLite.
    before = Server(source_url, tmp_path, None, "backup-source").start()
    after = Server(postgres_url, tmp_path, None, "backup-restored").start()
    try:
        answers = []
        for srv in (before, after):
            lead = CookieClient(srv.base_url)
            expect_status(lead.sign_in(*LEAD), 200)
            me = lead.ok("GET", "/api/v1/me")
            teams = lead.ok("GET", "/api/v1/teams")["teams"]
            assert teams, "the lead should see their teams"
            team = lead.ok("GET", f"/api/v1/teams/{teams[0]['id']}")
            # The library searches the same on both engines after the move (issue 12).
            library = [r["title"] for r in lead.ok("GET", "/api/v1/resources?q=referral")["resources"]]
            assert library and library[0] == "Tiered-support referral flow", library
            answers.append((me, teams, team))
            if srv is after:
                # A new row gets an id above every id the source had: the sequence moved with the data.
                highest = max(r[0] for r in sqlite3.connect(source_url.removeprefix("sqlite://"))
                              .execute("SELECT id FROM organizations"))
                created = lead.ok("POST", "/api/v1/organizations",
                                  {"name": "After the move", "kind": "district"}, status=201)
                assert created["id"] > highest, (created["id"], highest)
        assert answers[0][0]["user"]["email"] == answers[1][0]["user"]["email"] == LEAD[0]
        assert answers[0][1] == answers[1][1], "the lead's team list differs after the move"
        assert answers[0][2] == answers[1][2], "the lead's team reads differently after the move"
    finally:
        before.terminate()
        after.terminate()


def test_sequences_continue_above_ids_of_deleted_rows(pg_cluster, sqlite_url, tmp_path):
    """An id once handed out is never handed out again after a move, even when its row was deleted."""
    url = sqlite_url()
    cli("migrate", "--database", url)
    srv = Server(url, tmp_path, None, "backup-sequence").start()
    try:
        owner = srv.make_user("seq")
        kept = create_org(owner)
        dropped = create_org(owner)
    finally:
        srv.terminate()
    with sqlite3.connect(url.removeprefix("sqlite://")) as db:
        db.execute("DELETE FROM organization_members WHERE organization_id = ?", (dropped["id"],))
        db.execute("DELETE FROM organizations WHERE id = ?", (dropped["id"],))
    postgres_url = pg_cluster.create_database()
    restore(postgres_url, backup(url, tmp_path / "seq.trellis-backup"))
    moved = Server(postgres_url, tmp_path, None, "backup-sequence-pg").start()
    try:
        owner_after = moved.user_from_existing(owner.email, owner.name, owner.password)
        new = create_org(owner_after)
        assert new["id"] > dropped["id"] > kept["id"], (new["id"], dropped["id"])
    finally:
        moved.terminate()


# ---------------------------------------------------------------------------------- while people write

def rows_of(path: Path) -> dict[str, list[list]]:
    """The backup file as a user of docs/operations.md would read it: table lines, then their rows."""
    tables: dict[str, list[list]] = {}
    columns: dict[str, list[str]] = {}
    current = None
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            item = json.loads(line)
            if number == 1:
                assert item["format"] == "trellis-backup" and item["format_version"] == 1, item
            elif isinstance(item, list):
                tables[current].append(dict(zip(columns[current], item)))
            elif "table" in item:
                current = item["table"]
                columns[current] = [name for name, _kind in item["columns"]]
                tables[current] = []
            else:
                assert item["end"] is True and item["rows"] == sum(len(r) for r in tables.values()), item
    return tables


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_backup_while_a_writer_is_busy_is_one_consistent_moment(engine, pg_cluster, sqlite_url, tmp_path):
    url = sqlite_url() if engine == "sqlite" else pg_cluster.create_database()
    cli("migrate", "--database", url)
    srv = Server(url, tmp_path, None, f"backup-busy-{engine}").start()
    stop = threading.Event()
    some_written = threading.Event()
    created: list[int] = []
    failures: list[BaseException] = []
    try:
        writer = srv.make_user("busy")

        def write():
            try:
                while not stop.is_set():
                    created.append(create_org(writer)["id"])  # an organization and its first admin, together
                    if len(created) >= 3:
                        some_written.set()
            except BaseException as error:  # reported below
                failures.append(error)
                some_written.set()

        thread = threading.Thread(target=write)
        thread.start()
        assert some_written.wait(120), "the writer made nothing"
        files = [backup(url, tmp_path / f"busy-{i}.trellis-backup") for i in range(3)]
        stop.set()
        thread.join(120)
        assert not failures, failures
    finally:
        stop.set()
        srv.terminate()
    writer_id = None
    for path in files:
        tables = rows_of(path)
        users = {u["email"]: u["id"] for u in tables["users"]}
        writer_id = users[writer.email]
        organizations = {o["id"] for o in tables["organizations"]}
        admins = {m["organization_id"] for m in tables["organization_members"] if m["user_id"] == writer_id}
        assert organizations, "the backup caught none of the writer's organizations"
        assert organizations == admins, f"{path.name}: organizations and their admins disagree"
    # And such a backup restores.
    target = sqlite_url()
    restore(target, files[-1])
    assert contents(target)["organizations"][0] == len(rows_of(files[-1])["organizations"])


# ------------------------------------------------------------------------------------------- bad input

def rewritten(source: Path, target: Path, change) -> Path:
    with gzip.open(source, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    with gzip.open(target, "wt", encoding="utf-8") as f:
        f.write("\n".join(change(lines)) + "\n")
    return target


def assert_refused(url: str, path: Path, *words: str) -> str:
    proc = restore(url, path, check=False)
    assert proc.returncode != 0, f"restore of {path.name} should fail:\n{proc.stdout}\n{proc.stderr}"
    for word in words:
        assert word in proc.stderr, f"expected {word!r} in the message:\n{proc.stderr}"
    return proc.stderr


def assert_no_rows(url: str):
    if url.startswith("sqlite://") and not Path(url.removeprefix("sqlite://")).exists():
        return
    holding = {name: count for name, (count, _) in contents(url).items() if count and name != "perspectives"}
    assert not holding, f"the target holds rows after a refused restore: {holding}"


def test_a_missing_file_is_refused_and_the_target_not_created(sqlite_url, tmp_path):
    url = sqlite_url()
    assert_refused(url, tmp_path / "nowhere.trellis-backup", "nowhere.trellis-backup", "no such backup file")
    assert not Path(url.removeprefix("sqlite://")).exists()


def test_a_file_that_is_not_a_backup_is_refused(sqlite_url, tmp_path):
    url = sqlite_url()
    path = tmp_path / "notes.txt"
    path.write_text("meeting notes\n")
    assert_refused(url, path, f"{path}:1:", "not a Trellis backup")
    assert not Path(url.removeprefix("sqlite://")).exists()


def test_a_garbled_row_is_refused_with_its_line_number(demo_backup, sqlite_url, pg_cluster, tmp_path):
    _, good = demo_backup

    def garble(lines):
        row = next(i for i, line in enumerate(lines) if line.startswith("[") and i > 5)
        lines[row] = lines[row][: len(lines[row]) // 2]
        garble.line = row + 1
        return lines

    bad = rewritten(good, tmp_path / "garbled.trellis-backup", garble)
    for url in (sqlite_url(), pg_cluster.create_database()):
        assert_refused(url, bad, f"{bad}:{garble.line}:", "not valid JSON")
        assert_no_rows(url)


def test_a_truncated_file_is_refused(demo_backup, sqlite_url, tmp_path):
    _, good = demo_backup
    data = good.read_bytes()
    cut = tmp_path / "cut.trellis-backup"
    cut.write_bytes(data[: len(data) // 2])
    url = sqlite_url()
    assert_refused(url, cut, str(cut), "cut short")
    assert_no_rows(url)
    # Cut at a line boundary, inside a whole gzip stream: the missing end line gives it away.
    lines_cut = rewritten(good, tmp_path / "lines-cut.trellis-backup", lambda lines: lines[: len(lines) // 2])
    url = sqlite_url()
    assert_refused(url, lines_cut, str(lines_cut), "cut short")
    assert_no_rows(url)


def test_a_wrong_format_or_schema_version_is_refused_saying_both(demo_backup, sqlite_url, tmp_path):
    _, good = demo_backup

    def with_header(**fields):
        def change(lines):
            header = json.loads(lines[0])
            header.update(fields)
            return [json.dumps(header)] + lines[1:]
        return change

    newer = rewritten(good, tmp_path / "format-99.trellis-backup", with_header(format_version=99))
    url = sqlite_url()
    assert_refused(url, newer, f"{newer}:1:", "format version 99", "reads 1")
    assert not Path(url.removeprefix("sqlite://")).exists(), "a refused header must not create the target"

    current = schema_version(sqlite_url())
    other = rewritten(good, tmp_path / "schema-999.trellis-backup", with_header(schema_version=999))
    url = sqlite_url()
    assert_refused(url, other, "schema version 999", f"version {current}")
    assert not Path(url.removeprefix("sqlite://")).exists()


def test_a_target_that_holds_data_is_refused_and_left_unchanged(demo_backup, pg_cluster, sqlite_url):
    source_url, good = demo_backup
    for url in (sqlite_url(), pg_cluster.create_database()):
        cli("demo", "--database", url)
        before = contents(url)
        message = assert_refused(url, good, "not empty")
        named = message.split("table ", 1)[1].split()[0]
        assert before[named][0] > 0, f"the message names {named}, which holds no rows"
        assert contents(url) == before
    # Copy refuses the same way.
    target = pg_cluster.create_database()
    cli("demo", "--database", target)
    proc = cli("copy", "--from", source_url, "--to", target, check=False)
    assert proc.returncode != 0 and "not empty" in proc.stderr, proc.stderr


def test_anything_after_the_end_line_is_refused_before_anything_is_kept(demo_backup, sqlite_url, tmp_path):
    _, good = demo_backup
    extra = rewritten(good, tmp_path / "extra.trellis-backup", lambda lines: lines + ['[1,"stray"]'])
    url = sqlite_url()
    assert_refused(url, extra, f"{extra}:", "after the end line")
    assert_no_rows(url)


def test_backing_up_a_database_that_is_not_there_creates_nothing(tmp_path):
    missing = tmp_path / "typo.db"
    proc = cli("backup", "--database", f"sqlite://{missing}", str(tmp_path / "b.trellis-backup"), check=False)
    assert proc.returncode != 0 and str(missing) in proc.stderr, proc.stderr
    assert not missing.exists() and not (tmp_path / "b.trellis-backup").exists()
    assert not (tmp_path / "b.trellis-backup.tmp").exists()
