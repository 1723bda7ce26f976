"""Typed domain errors.

Services raise these with parameters; the CLI prints ``str(error)`` (English) and the UI turns
``error.code`` + ``error.params`` into translated text. Every user-facing failure is one of these,
so callers never have to show a traceback.
"""

from __future__ import annotations

from typing import Any, ClassVar


class LoyaltyError(Exception):
    """Base class: a refusal the user can act on."""

    code: ClassVar[str] = "error"
    template: ClassVar[str] = "{detail}"

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.template.format(**params))


class InvalidInput(LoyaltyError):
    """A field has a value that cannot be accepted."""

    code = "invalid_input"
    template = "{field}: {reason}"


class InvalidAmount(InvalidInput):
    code = "invalid_amount"
    template = "amount {value!r}: {reason}"


class ProtectedFile(LoyaltyError):
    """An output file would be written over the shop's database or one of its files."""

    code = "protected_file"
    template = "{path} is {what}; choose another file name"


class InvalidCard(LoyaltyError):
    code = "invalid_card"
    template = "card {card} is mistyped (its check digit is wrong)"


class MemberNotFound(LoyaltyError):
    code = "member_not_found"
    template = "no member with card or phone {query}"


class DuplicateMember(LoyaltyError):
    code = "duplicate_member"
    template = "{field} {value} already belongs to member {card} ({name})"


class InsufficientPoints(LoyaltyError):
    code = "insufficient_points"
    template = "cannot redeem {requested} points: the balance is {balance}"


class RedeemTooMuch(LoyaltyError):
    code = "redeem_too_much"
    template = "cannot redeem {requested} points: at most {maximum} fit this sale"


class RedeemStep(LoyaltyError):
    code = "redeem_step"
    template = "points are redeemed in steps of {step}; {requested} is not one"


class ConfirmLargeSale(LoyaltyError):
    """A sale above the owner's threshold needs the cashier's explicit confirmation."""

    code = "confirm_large_sale"
    template = "a sale of {amount} is above {threshold}: confirm the amount is right"


class SaleNotFound(LoyaltyError):
    code = "sale_not_found"
    template = "no sale {sale}"


class RefundTooLarge(LoyaltyError):
    code = "refund_too_large"
    template = "cannot refund {requested}: only {refundable} of sale {sale_id} is left to refund"


class AlreadyRefunded(LoyaltyError):
    code = "already_refunded"
    template = "sale {sale_id} is already fully refunded"


class DuplicateReceipt(LoyaltyError):
    code = "duplicate_receipt"
    template = "receipt {receipt} is already recorded (sale {sale_id})"


class CouponRefused(LoyaltyError):
    """A coupon cannot be used (or issued); ``reason`` says exactly why."""

    code = "coupon_refused"
    template = "coupon {coupon}: {reason}"


class DuplicateTemplate(LoyaltyError):
    code = "duplicate_template"
    template = 'a coupon template named "{name}" already exists (template {template_id})'


class PermissionDenied(LoyaltyError):
    code = "permission_denied"
    template = "{action} needs the {role} role"


class ProblemsFound(LoyaltyError):
    """A refusal with a list of ``problems`` (each a dataclass), shown one per line."""

    def __init__(self, problems: list[Any], **params: Any) -> None:
        self.problems = problems
        super().__init__(count=len(problems), **params)


class ImportFailed(ProblemsFound):
    """A CSV import had bad rows; nothing was written."""

    code = "import_failed"
    template = "{count} bad row(s) in {file}; nothing was imported"


class ChecksFailed(ProblemsFound):
    """``check`` found broken invariants."""

    code = "check_failed"
    template = "check: {count} invariant(s) broken"


class DatabaseBusy(LoyaltyError):
    code = "database_busy"
    template = "the database is busy (another till or a long job is writing); try again"


class DatabaseError(LoyaltyError):
    code = "database"
    template = "database {url}: {reason}"


class DatabaseDamaged(LoyaltyError):
    """SQLite's own check finds the file damaged (flipped bytes, a truncated copy)."""

    code = "database_damaged"
    template = (
        "database {path} is damaged ({reason}); nothing was written to it. Keep this file, "
        "and copy back your latest backup of it (such as a {name}.before-*.bak file next to it)"
    )


class SaleKeyReused(LoyaltyError):
    """An idempotency key came back with a different sale than the one it first recorded."""

    code = "sale_key_reused"
    template = (
        "sale key {key} already recorded sale {sale_id} with different details ({field}); "
        "a new sale needs a new key"
    )


class InvalidUsage(LoyaltyError):
    """A command line that cannot be understood (the CLI exits 2)."""

    code = "usage"
    template = "{detail}"


class FileFailed(LoyaltyError):
    """A file that cannot be read or written (the database rolled back)."""

    code = "file"
    template = "{path}: {reason}"
