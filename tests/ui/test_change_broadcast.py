"""After each action the window is told what kinds of data it changed, and the views that
show them refresh, wherever the change was made."""

from __future__ import annotations

from loyalty_desktop.core.changes import Change
from loyalty_desktop.services.members import Enrolment, enrol, find_members


def test_an_action_announces_what_it_wrote(qtbot, window) -> None:
    with qtbot.waitSignal(window.ops.changed) as signal:
        window.ops.call(lambda s, a: enrol(s, a, Enrolment(name="Ann")))
    assert signal.args == [Change.MEMBERS]


def test_reading_announces_nothing(qtbot, window) -> None:
    with qtbot.assertNotEmitted(window.ops.changed):
        window.ops.call(lambda s, _a: find_members(s, "Ann"), readonly=True)
        window.ops.call(lambda s, _a: find_members(s, "Ann"))


def test_long_work_announces_too(qtbot, window) -> None:
    with qtbot.waitSignal(window.ops.changed) as signal:
        window.ops.start(
            lambda s, a, _progress: enrol(s, a, Enrolment(name="Bo")),
            on_done=lambda _member: None,
            on_error=lambda error: None,
        )
    assert signal.args == [Change.MEMBERS]


def test_the_members_list_shows_a_member_enrolled_elsewhere(qtbot, window) -> None:
    view = window.members
    window.show_page(view)
    before = view.model.rowCount()
    window.ops.call(lambda s, a: enrol(s, a, Enrolment(name="Cy")))  # e.g. at the till
    assert view.model.rowCount() == before + 1


def test_a_subscriber_hears_only_its_kinds(qtbot, window) -> None:
    heard: list[str] = []
    window.ops.subscribe(Change.COUPONS, lambda: heard.append("coupons"))
    window.ops.subscribe(Change.MEMBERS | Change.POINTS, lambda: heard.append("members"))
    window.ops.call(lambda s, a: enrol(s, a, Enrolment(name="Di")))
    assert heard == ["members"]
