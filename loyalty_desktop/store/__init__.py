"""The store: the tables (``models``), their migrations and the engine/session scope (``db``)."""
