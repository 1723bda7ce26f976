"""PySide6 widgets. No business rule lives here: every action goes through ``Operations``."""
