"""An import in progress (services/importing.py). A large import commits in batches so tills
get the write lock between them; this row notes which rows each batch added, so a failure (or
a crash, found on the next start) deletes them all again. It is gone once the import is done."""

from datetime import datetime

from sqlmodel import Field, SQLModel


class ImportRun(SQLModel, table=True):
    __tablename__ = "import_run"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)  # members or sales
    file: str = Field(max_length=255)
    host: str = Field(max_length=255)  # the machine and process doing it (is it still alive?)
    pid: int
    started_at: datetime
    heartbeat_at: datetime  # the last batch it committed
    # {table: [[first id, last id], ...]}: the rows its committed batches added (JSON)
    written: str = "{}"
