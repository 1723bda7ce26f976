"""Columns shared by every row that travels between tills (DESIGN.md §3, §7)."""

import uuid

from sqlmodel import Field, SQLModel


def new_uuid() -> str:
    return str(uuid.uuid4())


class Travelling(SQLModel):
    """Mixin: a globally unique id and the till that created the row."""

    uuid: str = Field(default_factory=new_uuid, max_length=36, unique=True)
    origin_till: str = Field(max_length=64)
