"""Columns shared by every row that travels between tills (DESIGN.md §3, §7)."""

from typing import Protocol

import uuid6
from sqlalchemy import Table, inspect
from sqlmodel import Field, SQLModel


def new_uuid() -> str:
    """A row's global id: UUIDv7, time-ordered, so inserts append to the uuid index instead of
    touching a random page of it (imports stay fast as tables grow)."""
    return str(uuid6.uuid7())


class Travelling(SQLModel):
    """Mixin: a globally unique id and the till that created the row."""

    uuid: str = Field(default_factory=new_uuid, max_length=36, unique=True)
    origin_till: str = Field(max_length=64)


class _Stored(Protocol):
    @property
    def id(self) -> int | None: ...


def saved_id(row: _Stored) -> int:
    """The id of a row already in the database, typed as such (a model's ``id`` is None only
    before its first flush)."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id before it is flushed")
    return row.id


def table_of(model: type[SQLModel]) -> Table:
    """A model's Core table, for bulk statements and column expressions."""
    table = inspect(model).local_table
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to one table")
    return table
