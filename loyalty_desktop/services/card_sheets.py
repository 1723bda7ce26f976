"""What a sheet of member cards holds: the members asked for, then blank cards with new
numbers for pre-printed stock (a blank card's number is kept when a member is enrolled with
it). The command line's ``member cards`` and the Members page's "Print cards…" both ask here,
then hand the result to ``printing.card_pdf.card_sheet``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session

from loyalty_desktop.services import cards, members
from loyalty_desktop.services.rules import load_rules


@dataclass(frozen=True)
class CardSheet:
    shop_name: str
    cards: list[tuple[str, str]]  # (card number, member name); the name is "" on a blank card


def cards_to_print(session: Session, who: Iterable[str], blank: int) -> CardSheet:
    """The members ``who`` names (cards or phone numbers, each exactly one active member) in
    that order, then ``blank`` new card numbers."""
    named = [members.identify(session, query) for query in who]
    printed = [(m.card, m.name) for m in named]
    printed += [(cards.generate_card(), "") for _ in range(blank)]
    return CardSheet(load_rules(session).shop_name, printed)
