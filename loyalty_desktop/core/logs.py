"""The log file: a few rotating files in the data directory, so a till left running for months
never fills its disk and support can still read what happened last."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from loyalty_desktop.core import config

LOG_NAME = "loyalty-desktop.log"
LOG_BYTES = 1_000_000  # per file
LOG_BACKUPS = 4  # older files kept beside the current one


def start_log(folder: Path | None = None) -> Path:
    """Send this process's log to ``folder`` (default: the data directory); its path."""
    path = (folder or config.data_dir()) / LOG_NAME
    handler = RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
