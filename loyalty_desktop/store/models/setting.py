from sqlmodel import Field, SQLModel


class Setting(SQLModel, table=True):
    """Key/value store for the shop's rules and preferences; values are JSON text."""

    key: str = Field(primary_key=True, max_length=100)
    value: str
