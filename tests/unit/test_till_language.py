"""Each till remembers its own language setting; a value the catalogue cannot serve is refused."""

from __future__ import annotations

import pytest
from support import snapshot

from loyalty_desktop.core.errors import InvalidInput
from loyalty_desktop.services.settings import set_till_language, till_language


def test_a_till_follows_the_system_until_told_otherwise(db) -> None:
    with db.session() as s:
        assert till_language(s, "till-a") == "system"
        set_till_language(s, "till-a", "zh_CN")
        set_till_language(s, "till-b", "en")
    with db.session(readonly=True) as s:
        assert till_language(s, "till-a") == "zh_CN"
        assert till_language(s, "till-b") == "en"
        assert till_language(s, "till-c") == "system"


def test_an_unknown_language_is_refused_and_nothing_changes(db) -> None:
    with db.session() as s:
        set_till_language(s, "till-a", "en")
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refused, db.session() as s:
        set_till_language(s, "till-a", "fr")
    assert "language: must be one of system, zh_CN, en" in str(refused.value)
    assert refused.value.params["field"] == "language"
    assert snapshot(db) == before
    with db.session(readonly=True) as s:
        assert till_language(s, "till-a") == "en"
