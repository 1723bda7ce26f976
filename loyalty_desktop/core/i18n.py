"""The one catalogue of everything a person reads, for code that runs without Qt.

The texts live in Qt's own translation files (``resources/translations/*.ts``, compiled to
``.qm`` by ``scripts/translations.py``). The GUI loads the ``.qm`` files into ``QTranslator``;
services, printing and the command line read the very same files here, so a wording is written
once and every screen, printout and message agrees.

Mark a text with ``translate(context, source)`` where it is used, or with
``QT_TRANSLATE_NOOP(context, source)`` where it is only named (a table of labels) and translated
later; ``pyside6-lupdate`` finds both. Placeholders are ``str.format`` fields (``{balance}``);
``%n`` is the count of a plural text (``translate("Members", "%n visit(s)", None, 3)``).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from loyalty_desktop.core.resources import resource_path

LANGUAGES = ("zh_CN", "en")  # what the catalogue is written for; the first is the shop's own
SYSTEM = "system"  # the language setting that follows the computer's locale
FALLBACK = "en"  # the source texts are English
ENV_LANGUAGE = "LOYALTY_LANG"  # stands in for the system language (support, tests)

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES, _SECTION_NUMERUS = 0x69, 0x88
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT, _TAG_OBSOLETE2 = 6, 7, 8, 9
_TEXT_TAGS = {_TAG_SOURCE: "source", _TAG_CONTEXT: "context", _TAG_COMMENT: "comment"}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate knows this name
    """Mark ``source`` for the catalogue without translating it yet (tables of labels)."""
    del context
    return source


@dataclass
class Catalogue:
    """One compiled ``.qm`` file: {(context, source, disambiguation): [translations]}."""

    messages: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)
    numerus_rules: bytes = b""

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        """Parse a ``.qm`` file written by lrelease (which keeps every message's context and
        source text, so a plain dictionary replaces Qt's hash lookup)."""
        data = path.read_bytes()
        if not data.startswith(_MAGIC):
            raise ValueError(f"{path} is not a Qt translation file")
        catalogue = cls()
        at = len(_MAGIC)
        while at < len(data):
            tag, length = struct.unpack_from(">BI", data, at)
            at += 5
            block = data[at : at + length]
            at += length
            if tag == _SECTION_MESSAGES:
                catalogue._read_messages(block)
            elif tag == _SECTION_NUMERUS:
                catalogue.numerus_rules = block
        return catalogue

    def _read_messages(self, block: bytes) -> None:
        at, texts = 0, dict.fromkeys(_TEXT_TAGS.values(), "")
        translations: list[str] = []
        while at < len(block):
            tag = block[at]
            at += 1
            if tag == _TAG_END:
                key = (texts["context"], texts["source"], texts["comment"])
                self.messages[key] = translations
                texts, translations = dict.fromkeys(_TEXT_TAGS.values(), ""), []
            elif tag in (_TAG_OBSOLETE1, _TAG_OBSOLETE2):
                at += 4 if tag == _TAG_OBSOLETE1 else 0
            else:
                (length,) = struct.unpack_from(">I", block, at)
                at += 4
                if length == 0xFFFFFFFF:
                    continue
                raw = block[at : at + length]
                at += length
                if tag == _TAG_TRANSLATION:
                    translations.append(raw.decode("utf-16-be"))
                else:
                    texts[_TEXT_TAGS[tag]] = raw.decode("utf-8")

    def lookup(self, context: str, source: str, disambiguation: str, n: int) -> str | None:
        # lrelease writes a disambiguation only where two texts would otherwise collide.
        forms = self.messages.get((context, source, disambiguation)) or self.messages.get(
            (context, source, "")
        )
        if not forms:
            return None
        form = (
            forms[min(plural_form(n, self.numerus_rules), len(forms) - 1)] if n >= 0 else forms[0]
        )
        return form or None


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes under a ``.qm`` file's numerus rules (Qt's own little
    program: comparisons joined by AND/OR, one rule per form but the last)."""
    equal, less, less_equal, between = 1, 2, 3, 4
    negate, mod_10, mod_100, lead_1000 = 0x08, 0x10, 0x20, 0x40
    and_, or_ = 0xFD, 0xFE
    form, i = 0, 0
    if not rules:
        return 0
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode, right = rules[i], rules[i + 1]
                i += 2
                left = n % 10 if opcode & mod_10 else n % 100 if opcode & mod_100 else n
                while opcode & lead_1000 and left >= 1000:
                    left //= 1000
                op = opcode & 0x07
                if op == between:
                    truth = right <= left <= rules[i]
                    i += 1
                else:
                    truth = {equal: left == right, less: left < right, less_equal: left <= right}[
                        op
                    ]
                all_true = all_true and (not truth if opcode & negate else truth)
                if i == len(rules) or rules[i] != and_:
                    break
                i += 1
            any_true = any_true or all_true
            if i == len(rules) or rules[i] != or_:
                break
            i += 1
        if any_true:
            return form
        form += 1
        if i == len(rules):
            return form
        i += 1  # the next rule


def catalogue_path(language: str) -> Path:
    return resource_path("resources", "translations", f"loyalty_{language}.qm")


@cache
def catalogue(language: str) -> Catalogue:
    """The compiled catalogue of ``language`` (empty when there is none: the source texts)."""
    path = catalogue_path(language)
    return Catalogue.read(path) if path.exists() else Catalogue()


def system_language(names: Iterable[str] = ()) -> str:
    """The catalogue language closest to the computer's: ``LOYALTY_LANG`` if set, else the given
    locale names (Qt's ``QLocale.system().uiLanguages()`` in the GUI), else LANGUAGE / LC_ALL /
    LC_MESSAGES / LANG; Chinese for any Chinese locale, English otherwise."""
    override = os.environ.get(ENV_LANGUAGE, "")
    candidates = (
        [override]
        if override
        else list(names)
        or [os.environ.get(name, "") for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    )
    for name in candidates:
        first = name.split(":")[0].strip()
        if first and first not in ("C", "POSIX") and not first.startswith("C."):
            return "zh_CN" if first.lower().startswith("zh") else "en"
    return FALLBACK


def resolve(setting: str | None, system_names: Iterable[str] = ()) -> str:
    """The language a setting means: one of LANGUAGES, or the system's for "system"/None."""
    return setting if setting in LANGUAGES else system_language(system_names)


class _State:
    language = FALLBACK


def set_language(language: str) -> None:
    """Switch this process's language (the GUI also swaps its QTranslator)."""
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for {language!r}")
    _State.language = language


def current_language() -> str:
    return _State.language


def translate(
    context: str,
    source: str,
    disambiguation: str | None = None,
    n: int = -1,
    /,
    *,
    language: str | None = None,
) -> str:
    """``source`` in ``language`` (default: the process's), as Qt's translate() would give it.

    Positional only, like lupdate reads it: a call whose disambiguation or count is a keyword
    (or whose third argument is ``language=``) is invisible to lupdate, so with a literal source
    pass ``None, -1`` before ``language=`` (``scripts/translations.py check`` catches a miss)."""
    found = catalogue(language or _State.language).lookup(context, source, disambiguation or "", n)
    text = source if found is None else found
    return text.replace("%n", str(n)) if n >= 0 else text
