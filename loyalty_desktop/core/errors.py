"""Typed domain errors: a code and its parameters, worded in the reader's language.

Services raise these with parameters; ``render(error)`` words one in the process's language (the
UI and the CLI both use it), ``str(error)`` is the English wording (logs, tests). Every
user-facing failure is one of these, so callers never have to show a traceback.

The wordings live in the translation catalogue (context "Errors"). An error's ``reason`` is a
code of its own from ``REASONS`` with its own parameters (``InvalidInput(field="phone",
reason="not_a_phone", text=text)``), and a ``field`` is a name from ``FIELDS`` (context
"Fields"), so no English sentence travels inside a parameter.
"""

from __future__ import annotations

from typing import Any, ClassVar

from loyalty_desktop.core.i18n import FALLBACK, QT_TRANSLATE_NOOP, translate

# What a field is called in a refusal. A field that is not here (a rules path such as
# "earning.multiplier_pct", a label the UI already translated) is shown as it is.
FIELDS = {
    "amount": QT_TRANSLATE_NOOP("Fields", "amount"),
    "answered_at": QT_TRANSLATE_NOOP("Fields", "answered_at"),
    "answers": QT_TRANSLATE_NOOP("Fields", "answers"),
    "as-of": QT_TRANSLATE_NOOP("Fields", "as-of"),
    "at": QT_TRANSLATE_NOOP("Fields", "at"),
    "barcode": QT_TRANSLATE_NOOP("Fields", "barcode"),
    "bearer": QT_TRANSLATE_NOOP("Fields", "bearer"),
    "birthday": QT_TRANSLATE_NOOP("Fields", "birthday"),
    "campaign": QT_TRANSLATE_NOOP("Fields", "campaign"),
    "card": QT_TRANSLATE_NOOP("Fields", "card"),
    "category": QT_TRANSLATE_NOOP("Fields", "category"),
    "choice": QT_TRANSLATE_NOOP("Fields", "choice"),
    "code": QT_TRANSLATE_NOOP("Fields", "code"),
    "comment": QT_TRANSLATE_NOOP("Fields", "comment"),
    "count": QT_TRANSLATE_NOOP("Fields", "count"),
    "coupon": QT_TRANSLATE_NOOP("Fields", "coupon"),
    "coupons": QT_TRANSLATE_NOOP("Fields", "coupons"),
    "csat": QT_TRANSLATE_NOOP("Fields", "csat"),
    "database": QT_TRANSLATE_NOOP("Fields", "database"),
    "date": QT_TRANSLATE_NOOP("Fields", "date"),
    "db": QT_TRANSLATE_NOOP("Fields", "db"),
    "encoding": QT_TRANSLATE_NOOP("Fields", "encoding"),
    "enrolled_at": QT_TRANSLATE_NOOP("Fields", "enrolled_at"),
    "file": QT_TRANSLATE_NOOP("Fields", "file"),
    "folder": QT_TRANSLATE_NOOP("Fields", "folder"),
    "follow-up": QT_TRANSLATE_NOOP("Fields", "follow-up"),
    "from": QT_TRANSLATE_NOOP("Fields", "from"),
    "issued_at": QT_TRANSLATE_NOOP("Fields", "issued_at"),
    "items": QT_TRANSLATE_NOOP("Fields", "items"),
    "key": QT_TRANSLATE_NOOP("Fields", "key"),
    "language": QT_TRANSLATE_NOOP("Fields", "language"),
    "list": QT_TRANSLATE_NOOP("Fields", "list"),
    "marketing_consent": QT_TRANSLATE_NOOP("Fields", "marketing_consent"),
    "member": QT_TRANSLATE_NOOP("Fields", "member"),
    "members/months": QT_TRANSLATE_NOOP("Fields", "members/months"),
    "message": QT_TRANSLATE_NOOP("Fields", "message"),
    "metric": QT_TRANSLATE_NOOP("Fields", "metric"),
    "month": QT_TRANSLATE_NOOP("Fields", "month"),
    "months": QT_TRANSLATE_NOOP("Fields", "months"),
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "note": QT_TRANSLATE_NOOP("Fields", "note"),
    "nps": QT_TRANSLATE_NOOP("Fields", "nps"),
    "occasion": QT_TRANSLATE_NOOP("Fields", "occasion"),
    "offer": QT_TRANSLATE_NOOP("Fields", "offer"),
    "phone": QT_TRANSLATE_NOOP("Fields", "phone"),
    "pin": QT_TRANSLATE_NOOP("Fields", "PIN"),
    "points": QT_TRANSLATE_NOOP("Fields", "points"),
    "price": QT_TRANSLATE_NOOP("Fields", "price"),
    "quantity": QT_TRANSLATE_NOOP("Fields", "quantity"),
    "reason": QT_TRANSLATE_NOOP("Fields", "reason"),
    "receipt": QT_TRANSLATE_NOOP("Fields", "receipt"),
    "redeem": QT_TRANSLATE_NOOP("Fields", "redeem"),
    "reward": QT_TRANSLATE_NOOP("Fields", "reward"),
    "role": QT_TRANSLATE_NOOP("Fields", "role"),
    "screen": QT_TRANSLATE_NOOP("Fields", "screen"),
    "segment": QT_TRANSLATE_NOOP("Fields", "segment"),
    "staff": QT_TRANSLATE_NOOP("Fields", "staff"),
    "status": QT_TRANSLATE_NOOP("Fields", "status"),
    "survey": QT_TRANSLATE_NOOP("Fields", "survey"),
    "tags": QT_TRANSLATE_NOOP("Fields", "tags"),
    "target": QT_TRANSLATE_NOOP("Fields", "target"),
    "template": QT_TRANSLATE_NOOP("Fields", "template"),
    "timestamp": QT_TRANSLATE_NOOP("Fields", "timestamp"),
    "timezone": QT_TRANSLATE_NOOP("Fields", "timezone"),
    "unit_price": QT_TRANSLATE_NOOP("Fields", "unit_price"),
    "valid_from": QT_TRANSLATE_NOOP("Fields", "valid_from"),
    "valid_until": QT_TRANSLATE_NOOP("Fields", "valid_until"),
    "value": QT_TRANSLATE_NOOP("Fields", "value"),
}

# Why a value is refused: {reason code: wording}, the wording's fields being the error's
# other parameters. "detail" carries words we do not write ourselves (the operating system's, the
# database driver's, the document checker's), which no catalogue of ours can translate.
REASONS = {
    # --- any field
    "required": QT_TRANSLATE_NOOP("Errors", "is required"),
    "in_future": QT_TRANSLATE_NOOP("Errors", "is in the future"),
    "not_whole": QT_TRANSLATE_NOOP("Errors", "{text!r} is not a whole number"),
    "not_a_number": QT_TRANSLATE_NOOP("Errors", "{text!r} is not a number"),
    "too_many_decimals": QT_TRANSLATE_NOOP(
        "Errors", "{text!r} has too many decimals (at most {places})"
    ),
    "must_be_whole": QT_TRANSLATE_NOOP("Errors", "must be a whole number"),
    "not_positive": QT_TRANSLATE_NOOP("Errors", "must be more than zero"),
    "negative": QT_TRANSLATE_NOOP("Errors", "must not be negative"),
    "zero": QT_TRANSLATE_NOOP("Errors", "must not be zero"),
    "at_least": QT_TRANSLATE_NOOP("Errors", "must be at least {least}"),
    "at_most": QT_TRANSLATE_NOOP("Errors", "must be at most {most}"),
    "above": QT_TRANSLATE_NOOP("Errors", "must be more than {least}"),
    "too_long": QT_TRANSLATE_NOOP(
        "Errors", "is {length} characters long; at most {limit} are allowed"
    ),
    "max_length": QT_TRANSLATE_NOOP("Errors", "has at most {limit} characters"),
    "control_characters": QT_TRANSLATE_NOOP("Errors", "must not hold control characters"),
    "unknown_setting": QT_TRANSLATE_NOOP("Errors", "is not a known setting"),
    "one_of": QT_TRANSLATE_NOOP("Errors", "must be one of {choices}"),
    "not_a_date": QT_TRANSLATE_NOOP("Errors", "{text!r} is not a date (YYYY-MM-DD)"),
    "not_a_timestamp": QT_TRANSLATE_NOOP(
        "Errors", "{text!r} is not a date and time (YYYY-MM-DD HH:MM[:SS])"
    ),
    "no_time_of_day": QT_TRANSLATE_NOOP("Errors", "{text!r} has no time of day (YYYY-MM-DD HH:MM)"),
    "not_a_month": QT_TRANSLATE_NOOP("Errors", "{text!r} is not a month (YYYY-MM)"),
    "day_out_of_range": QT_TRANSLATE_NOOP("Errors", "{text!r} is not between {first} and {last}"),
    "unknown_zone": QT_TRANSLATE_NOOP("Errors", "unknown time zone {text!r}"),
    "detail": "{detail}",
    # --- amounts and points
    "more_decimals": QT_TRANSLATE_NOOP("Errors", "more than two decimals"),
    "not_yuan": QT_TRANSLATE_NOOP("Errors", "not an amount in yuan (e.g. 88.50)"),
    "amount_too_large": QT_TRANSLATE_NOOP(
        "Errors", "more than ¥{most}, the most one amount may be"
    ),
    "too_many_points": QT_TRANSLATE_NOOP("Errors", "{points} is more than {most:,} points"),
    # --- members and sales
    "not_a_phone": QT_TRANSLATE_NOOP(
        "Errors",
        "{text!r} is not a phone number: expected a mobile number (11 digits starting with "
        "13-19), a landline with its area code (e.g. 010-88886666) or + and a country code",
    ),
    "excel_card": QT_TRANSLATE_NOOP(
        "Errors",
        "{text!r} looks like a number Excel rewrote; format the column as text and export again",
    ),
    "card_characters": QT_TRANSLATE_NOOP("Errors", "{text!r} may only hold letters, digits and -"),
    "card_retired": QT_TRANSLATE_NOOP(
        "Errors", "{text} was replaced by a new card and cannot be given out again"
    ),
    "no_member_id": QT_TRANSLATE_NOOP("Errors", "no member with id {member_id}"),
    "before_enrolment": QT_TRANSLATE_NOOP("Errors", "is before the member enrolled"),
    "walk_in_redeem": QT_TRANSLATE_NOOP("Errors", "a walk-in sale cannot redeem points"),
    "not_a_uuid": QT_TRANSLATE_NOOP("Errors", "{text!r} is not a UUID"),
    "refund_before_sale": QT_TRANSLATE_NOOP("Errors", "a refund cannot come before its sale"),
    "adjust_reason": QT_TRANSLATE_NOOP("Errors", "is required for an adjustment"),
    "erase_reason": QT_TRANSLATE_NOOP(
        "Errors", "is required for an erasure (e.g. the member's request and its date)"
    ),
    "export_folder": QT_TRANSLATE_NOOP("Errors", "{path} is a file, not a folder"),
    "enter_amount": QT_TRANSLATE_NOOP("Errors", "enter the amount"),
    "no_staff": QT_TRANSLATE_NOOP("Errors", "no staff member {staff_id}"),
    "unknown_reward": QT_TRANSLATE_NOOP("Errors", "no reward called {name!r} in the catalogue"),
    "as_of_future": QT_TRANSLATE_NOOP("Errors", "{day} is in the future; give today or earlier"),
    "demo_not_empty": QT_TRANSLATE_NOOP("Errors", "already has data; the demo fills an empty shop"),
    # --- sync packages between tills
    "sync_no_manifest": QT_TRANSLATE_NOOP(
        "Errors", "it has no manifest.json (not a sync package, or not copied whole)"
    ),
    "sync_bad_manifest": QT_TRANSLATE_NOOP("Errors", "its manifest.json is damaged"),
    "sync_missing_file": QT_TRANSLATE_NOOP("Errors", "{file} is missing"),
    "sync_checksum": QT_TRANSLATE_NOOP(
        "Errors", "{file} does not match its checksum (damaged or changed since the export)"
    ),
    "sync_bad_file": QT_TRANSLATE_NOOP("Errors", "{file} is damaged"),
    "sync_bad_row": QT_TRANSLATE_NOOP("Errors", "line {line} of {file} is damaged"),
    "sync_newer_schema": QT_TRANSLATE_NOOP(
        "Errors", "a newer version of the program made it (schema {revision}): update this till"
    ),
    "sync_foreign_shop": QT_TRANSLATE_NOOP(
        "Errors", "it comes from another shop (this till already has sales of its own)"
    ),
    "sync_unlinked": QT_TRANSLATE_NOOP(
        "Errors", "its {file} does not follow what till {till} sent before"
    ),
    "sync_unresolved": QT_TRANSLATE_NOOP(
        "Errors", "{file} refers to a row that is not here ({uuid})"
    ),
    "sync_exists": QT_TRANSLATE_NOOP("Errors", "a sync package of this name is there already"),
    "sync_no_packages": QT_TRANSLATE_NOOP("Errors", "there is no such folder or package"),
    # --- coupons
    "mistyped": QT_TRANSLATE_NOOP("Errors", "mistyped (its check character is wrong)"),
    "not_issued": QT_TRANSLATE_NOOP("Errors", "no such coupon was issued"),
    "used": QT_TRANSLATE_NOOP("Errors", "already used (sale {sale_id})"),
    "void": QT_TRANSLATE_NOOP("Errors", "void ({note})"),
    "void_by_owner": QT_TRANSLATE_NOOP("Errors", "void (by the owner)"),
    "expired": QT_TRANSLATE_NOOP("Errors", "expired"),
    "not_valid_yet": QT_TRANSLATE_NOOP("Errors", "not valid yet"),
    "issued_after_sale": QT_TRANSLATE_NOOP("Errors", "was not issued yet at the time of the sale"),
    "for_members": QT_TRANSLATE_NOOP("Errors", "is for members: scan the member's card first"),
    "other_member": QT_TRANSLATE_NOOP("Errors", "belongs to another member"),
    "min_spend": QT_TRANSLATE_NOOP("Errors", "needs a purchase of ¥{min_spend} or more"),
    "not_with_points": QT_TRANSLATE_NOOP("Errors", "cannot be combined with redeeming points"),
    "bonus_needs_member": QT_TRANSLATE_NOOP("Errors", "bonus points need a member"),
    "used_elsewhere": QT_TRANSLATE_NOOP("Errors", "was just used at another till"),
    "not_open_redeemed": QT_TRANSLATE_NOOP("Errors", "is redeemed, not open"),
    "not_open_void": QT_TRANSLATE_NOOP("Errors", "is void, not open"),
    "locked": QT_TRANSLATE_NOOP("Errors", "locked for {seconds} s after repeated failed scans"),
    "void_reason": QT_TRANSLATE_NOOP("Errors", "is required to void a coupon"),
    "already_passed": QT_TRANSLATE_NOOP("Errors", "has already passed"),
    "day_passed": QT_TRANSLATE_NOOP("Errors", "{day} has already passed"),
    "no_template": QT_TRANSLATE_NOOP("Errors", "no active coupon template {template_id}"),
    "members_only": QT_TRANSLATE_NOOP("Errors", "this template is for members only"),
    "unknown_occasion": QT_TRANSLATE_NOOP("Errors", "{text!r} is not an occasion for an offer"),
    "offer_gone": QT_TRANSLATE_NOOP("Errors", "this coupon is no longer the member's suggestion"),
    "too_many_lines": QT_TRANSLATE_NOOP("Errors", "at most {most} lines in one sale"),
    "items_total": QT_TRANSLATE_NOOP(
        "Errors", "the lines add up to {total}, not to the sale's amount {amount}"
    ),
    "item_taken": QT_TRANSLATE_NOOP("Errors", "{code} is already an item's code or barcode"),
    "no_item": QT_TRANSLATE_NOOP("Errors", "no item on the list has the code {code}"),
    "no_such_receipt": QT_TRANSLATE_NOOP("Errors", "is not a receipt of the sales file"),
    "nobody": QT_TRANSLATE_NOOP("Errors", "no member matched and no bearer count given"),
    "issue_limit": QT_TRANSLATE_NOOP("Errors", "at most {most} coupons in one run"),
    "design_first": QT_TRANSLATE_NOOP("Errors", "design a coupon first"),
    "points_coupon_limit": QT_TRANSLATE_NOOP(
        "Errors", "a points coupon gives at most {most:,} points"
    ),
    "coupon_worth_limit": QT_TRANSLATE_NOOP("Errors", "a coupon is worth at most ¥{most}"),
    "percent_limit": QT_TRANSLATE_NOOP("Errors", "a percent coupon takes at most 100% off"),
    "free_item_name": QT_TRANSLATE_NOOP("Errors", "a free-item coupon needs the item's name"),
    "validity_needed": QT_TRANSLATE_NOOP("Errors", "give valid_days or valid_until"),
    "validity_reversed": QT_TRANSLATE_NOOP("Errors", "valid_until is before valid_from"),
    # --- rules and settings
    "weekdays": QT_TRANSLATE_NOOP("Errors", "weekdays are 1 (Monday) to 7 (Sunday)"),
    "end_before_start": QT_TRANSLATE_NOOP("Errors", "end is before start"),
    "first_tier": QT_TRANSLATE_NOOP(
        "Errors", "the first tier must have threshold 0 (every member is in a tier)"
    ),
    "tier_overlap": QT_TRANSLATE_NOOP(
        "Errors",
        "tier thresholds overlap: {upper} ({upper_threshold}) must be above "
        "{lower} ({lower_threshold})",
    ),
    "tier_names": QT_TRANSLATE_NOOP("Errors", "tier names must be different"),
    "rfm_rising": QT_TRANSLATE_NOOP(
        "Errors", "four thresholds from 1 to at most {most}, rising from score 5 to score 2"
    ),
    "rfm_falling": QT_TRANSLATE_NOOP(
        "Errors", "four thresholds from 1 to at most {most}, falling from score 5 to score 2"
    ),
    "reward_names": QT_TRANSLATE_NOOP("Errors", "reward names must be different"),
    # --- surveys and follow-ups
    "wording_needed": QT_TRANSLATE_NOOP("Errors", "needs a Chinese or an English wording"),
    "choice_count": QT_TRANSLATE_NOOP("Errors", "a choice question has 2 to 6 answers"),
    "no_choices": QT_TRANSLATE_NOOP("Errors", "a {kind} question has no answers to choose from"),
    "survey_scored": QT_TRANSLATE_NOOP("Errors", "a survey asks NPS or CSAT (or both)"),
    "survey_size": QT_TRANSLATE_NOOP("Errors", "a survey has 1 to 3 questions"),
    "survey_repeats": QT_TRANSLATE_NOOP("Errors", "each kind of question may be asked once"),
    "survey_extra": QT_TRANSLATE_NOOP(
        "Errors", "one extra question: either a choice or a free-text question"
    ),
    "not_asked": QT_TRANSLATE_NOOP("Errors", "this survey does not ask it"),
    "nps_range": QT_TRANSLATE_NOOP("Errors", "{value} is not 0 to 10"),
    "csat_range": QT_TRANSLATE_NOOP("Errors", "{value} is not 1 to 5"),
    "no_answer": QT_TRANSLATE_NOOP("Errors", "there is no answer {number}"),
    "nothing_answered": QT_TRANSLATE_NOOP("Errors", "no question was answered"),
    "survey_not_asked": QT_TRANSLATE_NOOP("Errors", "sale {sale_id} did not ask the survey"),
    "already_answered": QT_TRANSLATE_NOOP("Errors", "sale {sale_id} is already answered"),
    "before_sale": QT_TRANSLATE_NOOP("Errors", "is before the sale"),
    "no_follow_up": QT_TRANSLATE_NOOP("Errors", "no follow-up {follow_up_id}"),
    "follow_up_status": QT_TRANSLATE_NOOP("Errors", "{text!r}: use open, contacted or resolved"),
    "nothing_changed": QT_TRANSLATE_NOOP("Errors", "nothing changed: write a note or a new status"),
    # --- reports and member lists
    "months_reversed": QT_TRANSLATE_NOOP("Errors", "the last month is before the first"),
    "month_not_begun": QT_TRANSLATE_NOOP("Errors", "{month} has not begun yet"),
    "segment_grammar": QT_TRANSLATE_NOOP("Errors", "{text!r}: use {grammar}"),
    "filter_name": QT_TRANSLATE_NOOP("Errors", "1 to 40 characters, without ':'"),
    "no_saved_filter": QT_TRANSLATE_NOOP("Errors", "no saved filter {name!r}"),
    "unknown_list": QT_TRANSLATE_NOOP("Errors", "{text!r}: use {choices}"),
    "no_message_template": QT_TRANSLATE_NOOP("Errors", "no message template {name!r}"),
    "message_name_taken": QT_TRANSLATE_NOOP(
        "Errors", "another message template is already called {name!r}"
    ),
    "template_braces": QT_TRANSLATE_NOOP(
        "Errors", "the braces do not pair up (a field is one name between two braces)"
    ),
    "merge_field_plain": QT_TRANSLATE_NOOP(
        "Errors", "write the field {text!r} without ! or : after its name"
    ),
    "unknown_merge_field": QT_TRANSLATE_NOOP(
        "Errors", "{text!r} is not a field; the fields are {choices}"
    ),
    # --- files
    "no_database_file": QT_TRANSLATE_NOOP(
        "Errors", "no database at {path}; create it with `loyalty init`"
    ),
    "file_error": QT_TRANSLATE_NOOP("Errors", "{path}: {detail}"),
    "is_folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file"),
    "empty_file": QT_TRANSLATE_NOOP("Errors", "{path} is empty (a header row is needed)"),
    "csv_syntax": QT_TRANSLATE_NOOP("Errors", "{path}, line {line}: {detail}"),
    "bom_not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "the file starts like UTF-8 (a BOM) but is not UTF-8 text"
    ),
    "not_encoding": QT_TRANSLATE_NOOP("Errors", "the file is not {encodings} text"),
    "row_width": QT_TRANSLATE_NOOP(
        "Errors",
        "{values} values but the header has {columns} columns (a value with a comma needs quotes)",
    ),
    "column_twice": QT_TRANSLATE_NOOP("Errors", "column {columns} appears more than once"),
    "column_twice_as": QT_TRANSLATE_NOOP(
        "Errors", "column {columns} appears more than once (as {spelt})"
    ),
    "column_missing": QT_TRANSLATE_NOOP("Errors", "needs a column named {names}"),
    "not_yes_no": QT_TRANSLATE_NOOP("Errors", "{text!r} is not yes/no"),
    "receipt_required": QT_TRANSLATE_NOOP("Errors", "is required (it makes re-imports safe)"),
    "receipt_recorded": QT_TRANSLATE_NOOP("Errors", "receipt {receipt} is already recorded"),
    "receipt_repeated": QT_TRANSLATE_NOOP(
        "Errors", "receipt {receipt} appears {times} times in the file"
    ),
    "card_phone_differ": QT_TRANSLATE_NOOP("Errors", "card and phone belong to different members"),
    "no_such_member": QT_TRANSLATE_NOOP("Errors", "no member with {field} {value}"),
    # --- backups and restoring them
    "folder_missing": QT_TRANSLATE_NOOP(
        "Errors", "the folder does not exist (is the USB stick plugged in?)"
    ),
    "folder_readonly": QT_TRANSLATE_NOOP("Errors", "the folder cannot be written to"),
    "disk_full": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    "not_absolute": QT_TRANSLATE_NOOP("Errors", "{path} is not a full path"),
    "no_sync_folder": QT_TRANSLATE_NOOP(
        "Errors", "no sync folder is chosen (Settings → Sync): a folder every till can reach"
    ),
    "no_backup_folder": QT_TRANSLATE_NOOP(
        "Errors", "no backup folder is chosen (Settings → Backups); or give a file or folder"
    ),
    "postgres_backup": QT_TRANSLATE_NOOP(
        "Errors",
        "a PostgreSQL shop is backed up with pg_dump and restored with pg_restore, on the server",
    ),
    "not_sqlite_file": QT_TRANSLATE_NOOP("Errors", "it is not a SQLite database file"),
    "not_a_shop": QT_TRANSLATE_NOOP("Errors", "it is not a loyalty-desktop shop"),
    "backup_damaged": QT_TRANSLATE_NOOP("Errors", "it is damaged ({detail})"),
    "backup_checks": QT_TRANSLATE_NOOP("Errors", "`loyalty check` fails on it ({detail})"),
    "is_the_database": QT_TRANSLATE_NOOP("Errors", "it is the shop's database itself"),
    "not_confirmed": QT_TRANSLATE_NOOP("Errors", "not confirmed (answer y, or give --yes)"),
    "not_damaged": QT_TRANSLATE_NOOP(
        "Errors", "the shop's database is not damaged: the owner restores it, signed in"
    ),
    # --- the database
    "concurrent_change": QT_TRANSLATE_NOOP(
        "Errors", "another till changed the same record at the same moment; try again"
    ),
    "no_database": QT_TRANSLATE_NOOP("Errors", "there is no database in this file"),
    "schema_older": QT_TRANSLATE_NOOP(
        "Errors", "schema revision {revision} is older than this program's ({head})"
    ),
    "schema_not_upgraded": QT_TRANSLATE_NOOP(
        "Errors",
        "schema revision {revision} is older than this program's ({head}) and cannot be "
        "upgraded here ({detail})",
    ),
    "schema_newer": QT_TRANSLATE_NOOP(
        "Errors", "schema revision {revision} is newer than this program; update loyalty-desktop"
    ),
    "network_drive": QT_TRANSLATE_NOOP(
        "Errors",
        "the file is on a network drive ({kind}), where SQLite's locking is unreliable and the "
        "shop could be damaged; keep it on this computer, or let the tills share a PostgreSQL "
        "server (Settings → Database)",
    ),
    "server_unreachable": QT_TRANSLATE_NOOP("Errors", "the server cannot be reached ({detail})"),
    "wrong_login": QT_TRANSLATE_NOOP("Errors", "the user name or the password is wrong"),
    "password_needed": QT_TRANSLATE_NOOP("Errors", "the server asks for a password"),
    "no_such_database": QT_TRANSLATE_NOOP("Errors", "this database does not exist on the server"),
    "not_postgres": QT_TRANSLATE_NOOP("Errors", "a shop moves to a PostgreSQL server only"),
    "holds_a_shop": QT_TRANSLATE_NOOP(
        "Errors", "it already holds a shop; a shop moves only into an empty database"
    ),
    "postgres_driver": QT_TRANSLATE_NOOP(
        "Errors", "the PostgreSQL driver is not installed: pip install loyalty-desktop[postgres]"
    ),
    "no_driver": QT_TRANSLATE_NOOP(
        "Errors",
        "no driver for {driver} ({module} is not installed); loyalty-desktop works with SQLite "
        "and PostgreSQL",
    ),
    # --- staff and signing in
    "at_least_characters": QT_TRANSLATE_NOOP("Errors", "must have at least {least} characters"),
    "pin_characters": QT_TRANSLATE_NOOP(
        "Errors", "must not start or end with a space, nor hold control characters"
    ),
    "staff_name_taken": QT_TRANSLATE_NOOP("Errors", "another account is already called {name!r}"),
    "last_owner": QT_TRANSLATE_NOOP("Errors", "the shop needs at least one active owner"),
    "wrong_pin": QT_TRANSLATE_NOOP(
        "Errors", "wrong PIN; {left} more wrong tries lock the account for a while"
    ),
    "account_locked": QT_TRANSLATE_NOOP(
        "Errors", "too many wrong PINs: the account is locked for {seconds} more seconds"
    ),
    "no_pin": QT_TRANSLATE_NOOP(
        "Errors", "this account has no PIN yet; the owner sets one in Settings → Staff"
    ),
    "no_account": QT_TRANSLATE_NOOP("Errors", "there is no such active account"),
    "no_account_named": QT_TRANSLATE_NOOP("Errors", "no active account is called {name!r}"),
    "no_staff_named": QT_TRANSLATE_NOOP("Errors", "no staff account is called {name!r}"),
    "staff_needed": QT_TRANSLATE_NOOP(
        "Errors", "this shop's staff sign in: add --staff NAME (the PIN is asked, or LOYALTY_PIN)"
    ),
    "pin_needed": QT_TRANSLATE_NOOP(
        "Errors", "a PIN is needed: run on a terminal or set LOYALTY_PIN"
    ),
    "owner_exists": QT_TRANSLATE_NOOP("Errors", "the owner's account is already set up"),
}


class LoyaltyError(Exception):
    """Base class: a refusal the user can act on."""

    code: ClassVar[str] = "error"
    template: ClassVar[str] = "{detail}"
    # The wording without the field's name, for a line that names the column already.
    short: ClassVar[str | None] = None
    # Parameters whose values are catalogue texts themselves (context "Errors").
    translated: ClassVar[tuple[str, ...]] = ()

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(render(self, FALLBACK))

    def counted(self, language: str | None) -> dict[str, str]:
        """Parameters that are counts in words ("1 bad row", "2 bad rows"): a plural text needs
        its own literal ``translate`` call for lupdate to know it as one."""
        del language
        return {}


class InvalidInput(LoyaltyError):
    """A field has a value that cannot be accepted."""

    code = "invalid_input"
    template = QT_TRANSLATE_NOOP("Errors", "{field}: {reason}")
    short = QT_TRANSLATE_NOOP("Errors", "{reason}")


class InvalidAmount(InvalidInput):
    code = "invalid_amount"
    template = QT_TRANSLATE_NOOP("Errors", "amount {value!r}: {reason}")
    short = QT_TRANSLATE_NOOP("Errors", "{value!r}: {reason}")


class ProtectedFile(LoyaltyError):
    """An output file would be written over the shop's database or one of its files."""

    code = "protected_file"
    template = QT_TRANSLATE_NOOP("Errors", "{path} is {what}; choose another file name")
    translated = ("what",)


class InvalidCard(LoyaltyError):
    code = "invalid_card"
    template = QT_TRANSLATE_NOOP("Errors", "card {card} is mistyped (its check digit is wrong)")


class MemberNotFound(LoyaltyError):
    code = "member_not_found"
    template = QT_TRANSLATE_NOOP("Errors", "no member with card or phone {query}")


class CardReplaced(LoyaltyError):
    """A card that was reported lost and replaced: refused, never taken for someone else."""

    code = "card_replaced"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "card {card} was replaced by a new card and is no longer valid; ask for the new card "
        "or find the member by phone",
    )


class MemberAnonymised(LoyaltyError):
    """A member removed at their request: their details are gone and stay gone."""

    code = "member_anonymised"
    template = QT_TRANSLATE_NOOP(
        "Errors", "member {card} was removed at their request; their details cannot be changed"
    )


class CardErased(LoyaltyError):
    """The card of a member erased at their request: their sales stay, the card serves no one."""

    code = "card_erased"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "card {card} belonged to a member whose details were erased at their request; it can no "
        "longer be used",
    )


class NotConfirmed(LoyaltyError):
    """Something that cannot be undone was not confirmed (off a terminal: no ``--yes``)."""

    code = "not_confirmed"
    template = QT_TRANSLATE_NOOP(
        "Errors", "not confirmed, so nothing was changed: answer yes on a terminal, or add --yes"
    )


class DuplicateMember(LoyaltyError):
    code = "duplicate_member"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{field} {value} already belongs to member {card} ({name})"
    )


class InsufficientPoints(LoyaltyError):
    code = "insufficient_points"
    template = QT_TRANSLATE_NOOP(
        "Errors", "cannot redeem {requested} points: the balance is {balance}"
    )


class RedeemTooMuch(LoyaltyError):
    code = "redeem_too_much"
    template = QT_TRANSLATE_NOOP(
        "Errors", "cannot redeem {requested} points: at most {maximum} fit this sale"
    )


class RedeemStep(LoyaltyError):
    code = "redeem_step"
    template = QT_TRANSLATE_NOOP(
        "Errors", "points are redeemed in steps of {step}; {requested} is not one"
    )


class ConfirmLargeSale(LoyaltyError):
    """A sale above the owner's threshold needs the cashier's explicit confirmation."""

    code = "confirm_large_sale"
    template = QT_TRANSLATE_NOOP(
        "Errors", "a sale of {amount} is above {threshold}: confirm the amount is right"
    )


class SaleNotFound(LoyaltyError):
    code = "sale_not_found"
    template = QT_TRANSLATE_NOOP("Errors", "no sale {sale}")


class RefundTooLarge(LoyaltyError):
    code = "refund_too_large"
    template = QT_TRANSLATE_NOOP(
        "Errors", "cannot refund {requested}: only {refundable} of sale {sale_id} is left to refund"
    )


class AlreadyRefunded(LoyaltyError):
    code = "already_refunded"
    template = QT_TRANSLATE_NOOP("Errors", "sale {sale_id} is already fully refunded")


class DuplicateReceipt(LoyaltyError):
    code = "duplicate_receipt"
    template = QT_TRANSLATE_NOOP("Errors", "receipt {receipt} is already recorded (sale {sale_id})")


class CouponRefused(LoyaltyError):
    """A coupon cannot be used (or issued); ``reason`` says exactly why."""

    code = "coupon_refused"
    template = QT_TRANSLATE_NOOP("Errors", "coupon {coupon}: {reason}")


class DuplicateTemplate(LoyaltyError):
    code = "duplicate_template"
    template = QT_TRANSLATE_NOOP(
        "Errors", 'a coupon template named "{name}" already exists (template {template_id})'
    )


class OwnCard(LoyaltyError):
    code = "own_card"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{action}: not on the member card linked to your own account; ask a colleague"
    )
    translated = ("action",)


class SignInRefused(LoyaltyError):
    code = "sign_in_refused"
    template = QT_TRANSLATE_NOOP("Errors", "cannot sign in: {reason}")


class PermissionDenied(LoyaltyError):
    code = "permission_denied"
    template = QT_TRANSLATE_NOOP("Errors", "{action} needs the {role} role")
    translated = ("action", "role")


class ProblemsFound(LoyaltyError):
    """A refusal with a list of ``problems`` (each a dataclass), shown one per line."""

    def __init__(self, problems: list[Any], **params: Any) -> None:
        self.problems = problems
        super().__init__(count=len(problems), **params)


class ImportFailed(ProblemsFound):
    """A CSV import had bad rows; nothing was written."""

    code = "import_failed"
    template = QT_TRANSLATE_NOOP("Errors", "{rows} in {file}; nothing was imported")

    def counted(self, language: str | None) -> dict[str, str]:
        rows = translate("Errors", "%n bad row(s)", None, self.params["count"], language=language)
        return {"rows": rows}


class ChecksFailed(ProblemsFound):
    """``check`` found broken invariants."""

    code = "check_failed"
    template = QT_TRANSLATE_NOOP("Errors", "check: {broken}")

    def counted(self, language: str | None) -> dict[str, str]:
        count = self.params["count"]
        return {
            "broken": translate("Errors", "%n invariant(s) broken", None, count, language=language)
        }


class DatabaseBusy(LoyaltyError):
    code = "database_busy"
    template = QT_TRANSLATE_NOOP(
        "Errors", "the database is busy (another till or a long job is writing); try again"
    )


class DatabaseError(LoyaltyError):
    code = "database"
    template = QT_TRANSLATE_NOOP("Errors", "database {url}: {reason}")


class ConnectionLost(LoyaltyError):
    """The database server went away in the middle of an action: its transaction is gone with
    the connection, so nothing of it was kept (a sale retried keeps its key: never twice)."""

    code = "connection_lost"
    template = QT_TRANSLATE_NOOP(
        "Errors", "the database server cannot be reached; nothing was saved — try again"
    )


class DatabaseDamaged(LoyaltyError):
    """SQLite's own check finds the file damaged (flipped bytes, a truncated copy)."""

    code = "database_damaged"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "database {path} is damaged ({detail}); nothing was written to it. Restore your latest "
        "backup with `loyalty restore BACKUP` or with Restore a backup… as the app starts (the "
        "damaged file is kept, renamed)",
    )


class SaleKeyReused(LoyaltyError):
    """An idempotency key came back with a different sale than the one it first recorded."""

    code = "sale_key_reused"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "sale key {key} already recorded sale {sale_id} with different details ({field}); "
        "a new sale needs a new key",
    )


class InvalidUsage(LoyaltyError):
    """A command line that cannot be understood (the CLI exits 2)."""

    code = "usage"
    template = QT_TRANSLATE_NOOP("Errors", "{detail} (see {prog} --help)")


class FileFailed(LoyaltyError):
    """A file that cannot be read or written (the database rolled back)."""

    code = "file"
    template = QT_TRANSLATE_NOOP("Errors", "{path}: {reason}")


class BackupFailed(LoyaltyError):
    """A backup (or the copy a restore keeps first) cannot be written; nothing half-written is
    left behind."""

    code = "backup_failed"
    template = QT_TRANSLATE_NOOP("Errors", "backup to {path}: {reason}")


class RestoreRefused(LoyaltyError):
    """A file that cannot be restored (damaged, foreign, newer) or a restore not confirmed."""

    code = "restore_refused"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be restored: {reason}; the current database is unchanged"
    )


class SyncRefused(LoyaltyError):
    """A sync package that cannot be imported (damaged, changed, from another shop, from a
    newer program): refused whole."""

    code = "sync_refused"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} is not imported: {reason}; nothing was imported from it"
    )


# --- wording ------------------------------------------------------------------------------------

LIST_SEPARATOR = QT_TRANSLATE_NOOP("Errors", ", ")
LINE = QT_TRANSLATE_NOOP("Errors", "line {line}: {detail}")
LINE_AND_COLUMN = QT_TRANSLATE_NOOP("Errors", "line {line}, column {column}: {detail}")


def render(error: LoyaltyError, language: str | None = None, *, short: bool = False) -> str:
    """``error`` as one sentence in ``language`` (default: the process's language). ``short``:
    without the field's name (a line that names the column already)."""
    params = dict(error.params)
    for name in error.translated:
        if isinstance(params.get(name), str):
            params[name] = translate("Errors", params[name], language=language)
    if "field" in params:
        params["field"] = field_name(str(params["field"]), language)
    if "reason" in params:
        params["reason"] = reason_text(params, language)
    params.update(error.counted(language))
    template = (error.short or error.template) if short else error.template
    return fill(translate("Errors", template, language=language), template, params)


def reason_text(params: dict[str, Any], language: str | None = None) -> str:
    """The wording of ``params["reason"]`` (a code of REASONS) with the other parameters."""
    code = str(params["reason"])
    template = REASONS.get(code)
    if template is None:  # not a code: a caller's own words, shown as they are
        return code
    return fill(translate("Errors", template, language=language), template, params)


def field_name(field: str, language: str | None = None) -> str:
    """What a field is called; "amount, member" (a list of fields) name by name."""
    names = [name.strip() for name in field.split(",")]
    called = [
        translate("Fields", FIELDS[n], language=language) if n in FIELDS else n for n in names
    ]
    return translate("Errors", LIST_SEPARATOR, language=language).join(called)


def fill(text: str, source: str, params: dict[str, Any]) -> str:
    """``text`` (a translation of ``source``) filled in; a translation whose fields do not match
    falls back to the source wording rather than fail while reporting a failure."""
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return source.format(**params)
