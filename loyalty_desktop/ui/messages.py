"""Turning service errors into one plain, translated sentence for the cashier."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication

from loyalty_desktop.core.errors import LoyaltyError

log = logging.getLogger("loyalty_desktop.ui")


def describe(error: BaseException) -> str:
    """A sentence for the user; never a traceback (unexpected errors go to the log)."""
    if isinstance(error, LoyaltyError):
        template = QCoreApplication.translate("errors", type(error).template)
        try:
            return template.format(**error.params)
        except (KeyError, IndexError):
            return str(error)
    log.error("unexpected error: %s", "".join(traceback.format_exception(error)))
    detail = str(error).splitlines()[0] if str(error) else type(error).__name__
    return QCoreApplication.translate("errors", "Something went wrong: {0}").format(detail)
