"""The notes the programme writes on ledger entries itself.

They are stored in English — exports, the audit trail and tills of different languages share
them — and shown in the reader's language: ``shown`` recognises a stored note by its template
and words it afresh. A note a person typed (an adjustment's reason) is shown as typed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

ENROLMENT_BONUS = QT_TRANSLATE_NOOP("LedgerNotes", "enrolment bonus")
BIRTHDAY_BONUS = QT_TRANSLATE_NOOP("LedgerNotes", "birthday bonus {year}")
REFERRAL_WELCOME = QT_TRANSLATE_NOOP("LedgerNotes", "referral bonus (welcome)")
REFERRAL_BONUS = QT_TRANSLATE_NOOP("LedgerNotes", "referral bonus for {card}")
REFERRAL_TAKEN_BACK = QT_TRANSLATE_NOOP("LedgerNotes", "referral bonus taken back (refund)")
POINTS_EXPIRED = QT_TRANSLATE_NOOP("LedgerNotes", "points expired")
OPENING_BALANCE = QT_TRANSLATE_NOOP("LedgerNotes", "opening balance from {file}")
REWARD = QT_TRANSLATE_NOOP("LedgerNotes", "reward: {name}")
COUPON_BONUS = QT_TRANSLATE_NOOP("LedgerNotes", "coupon {code}")
COUPON_TAKEN_BACK = QT_TRANSLATE_NOOP("LedgerNotes", "coupon {code} bonus taken back (refund)")
BONUS_TWICE = QT_TRANSLATE_NOOP(
    "LedgerNotes", "birthday bonus {year} given again at another till: taken back"
)
REFUND_TWICE = QT_TRANSLATE_NOOP(
    "LedgerNotes", "sale refunded again at another till: points settled"
)
TEMPLATES = (
    ENROLMENT_BONUS,
    BONUS_TWICE,  # before BIRTHDAY_BONUS, whose {year} would swallow its tail
    BIRTHDAY_BONUS,
    REFERRAL_WELCOME,
    REFERRAL_BONUS,
    REFERRAL_TAKEN_BACK,
    POINTS_EXPIRED,
    OPENING_BALANCE,
    REWARD,
    COUPON_TAKEN_BACK,  # before COUPON_BONUS, whose {code} would swallow its tail
    COUPON_BONUS,
    REFUND_TWICE,
)


def written(template: str, **params: Any) -> str:
    """The note as stored."""
    return template.format(**params)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+)" for i, p in enumerate(parts))
    return re.compile(body)


def shown(note: str, language: str | None = None) -> str:
    """A stored note in ``language`` (default: the process's)."""
    for template in TEMPLATES:
        if found := _pattern(template).fullmatch(note):
            words = translate("LedgerNotes", template, None, -1, language=language)
            return words.format(**found.groupdict())
    return note
