"""The index members are searched by name with (see migration 0011).

SQLite, three ways, each kept in step with ``member.name`` by triggers (so every writer —
enrolment, edit, erasure, import, sync — keeps them right):
- three or more characters, anywhere in the name: ``member_name``, an FTS5 table with the
  trigram tokenizer (external content: the index only, not the names again);
- two characters anywhere (a Chinese given name, "小明" in 张小明): ``member_bigram``, each two
  characters of each name;
- one character, from the name's start (a surname, 王): ``ix_member_name_nocase``.

PostgreSQL: a pg_trgm GIN index on ``lower(name)`` serves the ``LIKE '%…%'`` the search writes
there, when the server offers the extension.
"""

from __future__ import annotations

from sqlalchemy import Connection, Integer, Select, column, func, select, table, text

from loyalty_desktop.store.models import Member
from loyalty_desktop.store.models.base import table_of

FTS = "member_name"
TRIGRAM = 3  # the shortest text the trigram index can match
LAST_CHARACTER = "\U0010ffff"  # sorts after any character: ``x <= v < x + LAST`` = starts with x

_PG_INDEX = "ix_member_name_trgm"
_NOCASE_INDEX = "ix_member_name_nocase"
BIGRAMS = "member_bigram"
_POSITIONS = "name_position"  # 1 … the longest name: a trigger's loop over a name's characters
_LONGEST_NAME = 200  # store/models/member.py: name max_length


def _bigrams(name: str, source: str) -> str:
    """SELECT each two characters of a name (lower case, as the search asks them) with the
    member's id; ``source``: the FROM clause naming the positions."""
    return (
        f"SELECT lower(substr({name}.name, n, 2)), {name}.id FROM {source}"
        f" WHERE n < length({name}.name)"
    )


def _forget(row: str) -> str:
    """Statements taking ``row``'s name out of both indexes."""
    grams = f"SELECT lower(substr({row}.name, n, 2)) FROM {_POSITIONS} WHERE n < length({row}.name)"
    return (
        f"INSERT INTO {FTS}({FTS}, rowid, name) VALUES ('delete', {row}.id, {row}.name);"
        f" DELETE FROM {BIGRAMS} WHERE member_id = {row}.id AND gram IN ({grams});"
    )


def _learn(row: str) -> str:
    """Statements putting ``row``'s name into both indexes."""
    return (
        f"INSERT INTO {FTS}(rowid, name) VALUES ({row}.id, {row}.name);"
        f" INSERT OR IGNORE INTO {BIGRAMS}(gram, member_id) {_bigrams(row, _POSITIONS)};"
    )


_SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS} USING fts5("
    "name, content='member', content_rowid='id', tokenize='trigram')",
    f"CREATE TABLE {_POSITIONS} (n INTEGER PRIMARY KEY)",
    f"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {_LONGEST_NAME})"
    f" INSERT INTO {_POSITIONS} (n) SELECT n FROM k",
    f"CREATE TABLE {BIGRAMS} (gram TEXT NOT NULL, member_id INTEGER NOT NULL,"
    " PRIMARY KEY (gram, member_id)) WITHOUT ROWID",
    f"CREATE TRIGGER member_name_insert AFTER INSERT ON member BEGIN {_learn('new')} END",
    f"CREATE TRIGGER member_name_delete AFTER DELETE ON member BEGIN {_forget('old')} END",
    f"CREATE TRIGGER member_name_update AFTER UPDATE OF name ON member BEGIN"
    f" {_forget('old')} {_learn('new')} END",
    f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
    f"INSERT OR IGNORE INTO {BIGRAMS}(gram, member_id)"
    f" {_bigrams('member', f'member, {_POSITIONS}')}",
    f"CREATE INDEX {_NOCASE_INDEX} ON member (name COLLATE NOCASE)",
)
_SQLITE_DROP = (
    f"DROP INDEX IF EXISTS {_NOCASE_INDEX}",
    "DROP TRIGGER IF EXISTS member_name_update",
    "DROP TRIGGER IF EXISTS member_name_delete",
    "DROP TRIGGER IF EXISTS member_name_insert",
    f"DROP TABLE IF EXISTS {BIGRAMS}",
    f"DROP TABLE IF EXISTS {_POSITIONS}",
    f"DROP TABLE IF EXISTS {FTS}",
)


def fts_storage(name: str) -> bool:
    """The FTS table and its shadow tables: pages whose bytes depend on when segments merged,
    whose meaning follows ``member.name``."""
    return name == FTS or name.startswith(f"{FTS}_")


def outside_models(name: str | None) -> bool:
    """A table or index of this module, which the models do not declare (it differs by
    database): the FTS table and its shadow tables, the bigrams, the two indexes."""
    return name is not None and (
        name in (_PG_INDEX, _NOCASE_INDEX, BIGRAMS, _POSITIONS) or fts_storage(name)
    )


def _pg_trgm_available(bind: Connection) -> bool:
    query = text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    return bind.execute(query).first() is not None


def create_statements(bind: Connection) -> list[str]:
    if bind.dialect.name == "sqlite":
        return list(_SQLITE_CREATE)
    if not _pg_trgm_available(bind):
        return []  # the search still works, by reading the table
    return [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        f"CREATE INDEX IF NOT EXISTS {_PG_INDEX} ON member USING gin (lower(name) gin_trgm_ops)",
    ]


def drop_statements(bind: Connection) -> list[str]:
    if bind.dialect.name == "sqlite":
        return list(_SQLITE_DROP)
    return [f"DROP INDEX IF EXISTS {_PG_INDEX}"]


def purge(connection: Connection) -> None:
    """Drop what the index still holds of rows deleted or renamed: FTS5 keeps a removed name's
    entries in its older segments until they merge, and an erased member's name must be gone
    from the file (SQLite only; PostgreSQL's index follows the row)."""
    if connection.dialect.name == "sqlite":
        connection.execute(text(f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')"))


def _fts_phrase(words: str) -> str:
    """The text as one FTS5 phrase: matched as it is, whatever quotes or operators it holds."""
    return '"' + words.replace('"', '""') + '"'


def matching_ids(dialect: str, words: str) -> Select[tuple[int]]:
    """The ids of members whose name holds ``words`` (one character: whose name starts with
    it), each path served by an index; ``words`` is a cleaned, non-empty search text."""
    member = table_of(Member)
    if dialect != "sqlite":
        lower = func.lower(member.c.name)
        if len(words) == 1:
            return select(member.c.id).where(lower.startswith(words.lower(), autoescape=True))
        return select(member.c.id).where(lower.contains(words.lower(), autoescape=True))
    if len(words) >= TRIGRAM:
        fts = table(FTS, column("rowid", Integer), column(FTS))
        return select(fts.c.rowid).where(fts.c[FTS].op("MATCH")(_fts_phrase(words)))
    if len(words) == TRIGRAM - 1:
        bigrams = table(BIGRAMS, column("gram"), column("member_id", Integer))
        return select(bigrams.c.member_id).where(bigrams.c.gram == func.lower(words))
    name = member.c.name.collate("NOCASE")
    return select(member.c.id).where(name >= words, name < words + LAST_CHARACTER)
