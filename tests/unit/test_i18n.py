"""The Qt-free catalogue reader: a .qm file compiled by Qt's own lrelease, Qt's plural rules,
and the language the computer asks for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from loyalty_desktop.core import i18n
from loyalty_desktop.core.i18n import Catalogue, plural_form, system_language

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}" sourcelanguage="en">
<context>
    <name>Till</name>
    <message>
        <source>Balance {{points}}</source>
        <translation>{balance}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>{visits}</translation>
    </message>
</context>
</TS>
"""


def _compiled(tmp_path: Path, language: str, balance: str, visits: list[str]) -> Catalogue:
    forms = "".join(f"<numerusform>{form}</numerusform>" for form in visits)
    ts = tmp_path / f"test_{language}.ts"
    ts.write_text(TS.format(language=language, balance=balance, visits=forms), encoding="utf-8")
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return Catalogue.read(qm)


def test_a_compiled_catalogue_is_read_without_qt(tmp_path) -> None:
    catalogue = _compiled(tmp_path, "zh_CN", "余额 {points}", ["%n 次"])
    assert catalogue.lookup("Till", "Balance {points}", "", -1) == "余额 {points}"
    assert catalogue.lookup("Till", "%n visit(s)", "", 3) == "%n 次"
    assert catalogue.lookup("Till", "not in the file", "", -1) is None
    assert catalogue.lookup("Other", "Balance {points}", "", -1) is None


def test_english_plural_forms(tmp_path) -> None:
    catalogue = _compiled(tmp_path, "en", "Balance {points}", ["%n visit", "%n visits"])
    rules = catalogue.numerus_rules
    assert [plural_form(n, rules) for n in (0, 1, 2, 11, 21)] == [1, 0, 1, 1, 1]
    assert catalogue.lookup("Till", "%n visit(s)", "", 1) == "%n visit"
    assert catalogue.lookup("Till", "%n visit(s)", "", 2) == "%n visits"


def test_chinese_has_one_plural_form(tmp_path) -> None:
    rules = _compiled(tmp_path, "zh_CN", "余额 {points}", ["%n 次"]).numerus_rules
    assert {plural_form(n, rules) for n in (0, 1, 2, 5, 100)} == {0}


def test_not_a_catalogue_is_refused(tmp_path) -> None:
    fake = tmp_path / "fake.qm"
    fake.write_bytes(b"not a qm file")
    with pytest.raises(ValueError, match="not a Qt translation file"):
        Catalogue.read(fake)


def test_translate_fills_the_count_and_falls_back_to_the_source() -> None:
    assert i18n.translate("Errors", "%n bad row(s)", None, 1, language="en") == "1 bad row"
    assert i18n.translate("Errors", "%n bad row(s)", None, 2, language="en") == "2 bad rows"
    assert i18n.translate("Nowhere", "As written", language="zh_CN") == "As written"


@pytest.mark.parametrize(
    ("override", "lang", "expected"),
    [
        ("zh_CN", "", "zh_CN"),
        ("zh_CN.UTF-8", "en_US.UTF-8", "zh_CN"),
        ("en", "zh_CN.UTF-8", "en"),
        ("", "zh_CN.UTF-8", "zh_CN"),
        ("", "zh_TW.UTF-8", "zh_CN"),
        ("", "en_US.UTF-8", "en"),
        ("", "C", "en"),
        ("", "C.UTF-8", "en"),
        ("", "POSIX", "en"),
        ("", "", "en"),
    ],
)
def test_system_language(monkeypatch, override, lang, expected) -> None:
    monkeypatch.setenv("LOYALTY_LANG", override)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert system_language() == expected


def test_system_language_prefers_the_gui_locale_names_to_the_environment(monkeypatch) -> None:
    monkeypatch.delenv("LOYALTY_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert system_language(["zh-Hans-CN", "en-US"]) == "zh_CN"
    monkeypatch.setenv("LANGUAGE", "zh_CN:en")
    assert system_language() == "zh_CN"


def test_only_languages_with_a_catalogue_can_be_chosen() -> None:
    with pytest.raises(ValueError):
        i18n.set_language("fr")
    assert i18n.resolve("zh_CN") == "zh_CN"
