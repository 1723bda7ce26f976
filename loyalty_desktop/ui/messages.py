"""Turning service errors into one plain, translated sentence for the cashier."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication

from loyalty_desktop.core.errors import LoyaltyError, render

log = logging.getLogger("loyalty_desktop.ui")


def describe(error: BaseException) -> str:
    """A sentence for the user; never a traceback (unexpected errors go to the log)."""
    if isinstance(error, LoyaltyError):
        return render(error)  # the catalogue the GUI's language setting chose
    log.error("unexpected error: %s", "".join(traceback.format_exception(error)))
    detail = str(error).splitlines()[0] if str(error) else type(error).__name__
    return QCoreApplication.translate("Errors", "Something went wrong: {0}").format(detail)
