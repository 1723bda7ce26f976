"""The counter survey as the cashier and the customer meet it: the customer display asks after
the sale, one tap answers, a walk-away records nothing, one-screen shops ask with F9; the
owner works the follow-up queue and edits the questions."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from sqlmodel import func, select
from support import nav_item, scan, snapshot, type_by_hand, visible_text, when_modal

from loyalty_desktop.services import follow_ups, surveys
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import FollowUp, Sale, SurveyResponse


def use_survey(db, actor, **changes) -> None:  # type: ignore[no-untyped-def]
    """Switch the survey on: every member sale, no rest period, NPS only unless changed."""
    settings = {"enabled": True, "min_days_between": 0, "questions": [surveys.NPS_QUESTION]}
    with db.session() as s:
        surveys.save_survey(s, actor, surveys.SurveyDefinition(**{**settings, **changes}))


def tap(widget: QWidget, name: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A finger on the button the customer sees (found by its accessible name, e.g. "nps 9")."""
    buttons = [b for b in widget.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(buttons) == 1, f"one button {name!r} on screen"
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def sell(qtbot, till, card: str, amount: str) -> None:  # type: ignore[no-untyped-def]
    scan(qtbot, till.scan_field, card)
    type_by_hand(qtbot, till.sale_panel.amount, amount)
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)


def responses(db) -> list[SurveyResponse]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return list(s.exec(select(SurveyResponse).order_by(SurveyResponse.id)))


def last_sale_id(db) -> int:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return s.exec(select(func.max(Sale.id))).one()


def test_the_customer_display_asks_after_the_sale_and_one_tap_answers(
    qtbot, window, two_screens, db, actor, zhang
) -> None:
    use_survey(db, actor)
    window.display_button.click()
    customer = window.customer_display
    assert customer.isVisible() and not customer.asking
    sell(qtbot, window.till, zhang.card, "50")
    sale_id = last_sale_id(db)
    assert customer.asking
    shown = " ".join(label.text() for label in customer.findChildren(type(customer.banner)))
    assert "recommend us to a friend" in shown and "Earned 50 points" in shown
    assert window.till.scan_field.hasFocus()  # the display never takes the scanner's keys
    tap(customer, "nps 9", qtbot)
    assert not customer.asking
    [answer] = responses(db)
    assert (answer.sale_id, answer.member_id, answer.nps, answer.csat) == (
        sale_id,
        zhang.id,
        9,
        None,
    )
    assert "Thank you for your feedback" in customer.headline.text()


def test_a_customer_who_walks_away_leaves_nothing_and_the_till_keeps_working(
    qtbot, window, two_screens, db, actor, zhang
) -> None:
    use_survey(db, actor, timeout_seconds=5)
    with db.session() as s:
        li = enrol(s, actor, Enrolment(name="Li Si", phone="13900139000"))
    window.display_button.click()
    customer, till = window.customer_display, window.till
    sell(qtbot, till, zhang.card, "30")
    assert customer.asking
    before = snapshot(db)
    # The next customer is served while the question is still up.
    scan(qtbot, till.scan_field, li.card)
    assert till.member_panel.name.text() == "Li Si"
    type_by_hand(qtbot, till.sale_panel.amount, "12")
    assert till.pay_panel.labels["pay"].text() == "¥12.00"
    assert customer.asking  # the first customer's question waits for them
    qtbot.waitUntil(lambda: not customer.asking, timeout=8_000)
    assert snapshot(db) == before  # nothing recorded for the unanswered question
    shown = visible_text(customer)  # the waiting customer comes up, with their bill
    assert "Li Si" in shown and "To pay ¥12.00" in shown
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    with db.session(readonly=True) as s:
        assert s.exec(select(func.count(Sale.id)).where(Sale.member_id == li.id)).one() == 1
    assert responses(db) == []


def test_the_next_sale_ends_a_half_answered_survey_and_keeps_the_answer(
    qtbot, window, two_screens, db, actor, zhang
) -> None:
    use_survey(db, actor, questions=[surveys.NPS_QUESTION, surveys.CSAT_QUESTION])
    window.display_button.click()
    customer, till = window.customer_display, window.till
    sell(qtbot, till, zhang.card, "30")
    first_sale = last_sale_id(db)
    tap(customer, "nps 10", qtbot)
    assert customer.asking  # now the CSAT question
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F6)  # a walk-in is served meanwhile
    type_by_hand(qtbot, till.sale_panel.amount, "8")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)
    [answer] = responses(db)
    assert (answer.sale_id, answer.nps, answer.csat) == (first_sale, 10, None)
    assert not customer.asking  # member-sales mode does not ask walk-ins


def test_one_screen_shops_ask_with_f9_and_a_detractor_lands_in_the_queue(
    qtbot, window, db, actor, zhang
) -> None:
    use_survey(db, actor, questions=[surveys.NPS_QUESTION, surveys.COMMENT_QUESTION])
    till = window.till
    sell(qtbot, till, zhang.card, "20")
    sale_id = last_sale_id(db)
    assert "F9" in till.message.text()

    def answer(dialog: QWidget) -> None:
        tap(dialog, "nps 3", qtbot)
        comment = dialog.findChild(QLineEdit, "surveyComment")
        assert comment is not None
        typed = QInputMethodEvent()  # Chinese arrives from the input method, not key by key
        typed.setCommitString("咖啡太凉了")
        QApplication.sendEvent(comment, typed)
        qtbot.keyClick(comment, Qt.Key.Key_Return)  # Enter must not send for the customer
        assert dialog.isVisible()
        send = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Send")
        qtbot.mouseClick(send, Qt.MouseButton.LeftButton)

    when_modal(answer)
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F9)
    assert "answered for sale" in till.message.text()
    [response] = responses(db)
    assert (response.sale_id, response.nps, response.comment) == (sale_id, 3, "咖啡太凉了")
    with db.session(readonly=True) as s:
        queue = follow_ups.follow_ups(s, "open")
    assert [(row.sale_id, row.comment) for row in queue] == [(sale_id, "咖啡太凉了")]
    window.activateWindow()  # what the window system does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F9)  # answered: nothing to ask again
    assert "No survey" in till.message.text()


def test_after_the_last_tap_the_comment_box_takes_the_keyboard(
    qtbot, window, db, actor, zhang
) -> None:
    questions = [surveys.NPS_QUESTION, surveys.CSAT_QUESTION, surveys.COMMENT_QUESTION]
    use_survey(db, actor, questions=questions)
    till = window.till
    sell(qtbot, till, zhang.card, "20")
    sale_id = last_sale_id(db)

    def answer(dialog: QWidget) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)  # the dialog, not the till behind it, has the keys
        tap(dialog, "nps 9", qtbot)
        tap(dialog, "csat 5", qtbot)
        # The keys go wherever the keyboard's focus is, as a customer's typing does.
        qtbot.keyClicks(QApplication.focusWidget() or dialog, "great coffee")
        send = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Send")
        qtbot.mouseClick(send, Qt.MouseButton.LeftButton)

    when_modal(answer)
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F9)
    [response] = responses(db)
    assert (response.sale_id, response.nps, response.csat) == (sale_id, 9, 5)
    assert response.comment == "great coffee"


def test_the_customer_display_never_takes_the_keyboard_for_its_comment_box(
    qtbot, window, two_screens, db, actor, zhang
) -> None:
    use_survey(db, actor, questions=[surveys.NPS_QUESTION, surveys.COMMENT_QUESTION])
    window.display_button.click()
    customer, till = window.customer_display, window.till
    sell(qtbot, till, zhang.card, "20")
    tap(customer, "nps 9", qtbot)
    assert customer.findChild(QLineEdit, "surveyComment") is not None
    assert till.scan_field.hasFocus()  # the scanner's keys still reach the till


def test_the_owner_works_the_follow_up_queue(qtbot, window, db, actor, zhang) -> None:
    use_survey(db, actor)
    with db.session() as s:
        sale = record_sale(s, actor, SaleRequest(5000, zhang.id, ask_survey=True)).sale
        surveys.record_response(s, actor, sale.id, surveys.Answers(nps=2))
    window.show_page(window.surveys)
    view = window.surveys
    view.tabs.setCurrentWidget(view.follow_up)
    tab = view.follow_up
    assert tab.table.rowCount() == 1
    assert "Zhang San" in tab.table.item(0, 1).text()
    assert tab.table.item(0, 2).text() == "no consent to contact"
    tab.table.selectRow(0)
    qtbot.keyClicks(tab.note, "called, apologised")
    qtbot.mouseClick(tab.buttons["contacted"], Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        [follow_up] = s.exec(select(FollowUp)).all()
    assert follow_up.status == "contacted"
    assert follow_up.notes.endswith("Owner: contacted — called, apologised")
    assert tab.table.rowCount() == 0  # no longer open
    tab.status.setCurrentIndex(tab.status.findData("contacted"))
    assert tab.table.rowCount() == 1


def test_marking_contacted_twice_changes_only_the_chosen_follow_up(
    qtbot, window, db, actor, zhang
) -> None:
    use_survey(db, actor)
    with db.session() as s:
        li = enrol(s, actor, Enrolment(name="Li Si", phone="13900139000"))
        for member_id in (li.id, zhang.id):  # Zhang San's is the newest: the first row
            sale = record_sale(s, actor, SaleRequest(5000, member_id, ask_survey=True)).sale
            surveys.record_response(s, actor, sale.id, surveys.Answers(nps=2))
    window.show_page(window.surveys)
    view = window.surveys
    view.tabs.setCurrentWidget(view.follow_up)
    tab = view.follow_up
    assert tab.table.rowCount() == 2
    qtbot.mouseClick(
        tab.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.table.visualItemRect(tab.table.item(0, 1)).center(),
    )
    assert "Zhang San" in tab.table.item(0, 1).text()
    qtbot.mouseClick(tab.buttons["contacted"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.buttons["contacted"], Qt.MouseButton.LeftButton)  # a second click
    with db.session(readonly=True) as s:
        statuses = {f.status for f in s.exec(select(FollowUp)).all()}
        [contacted] = follow_ups.follow_ups(s, "contacted")
    assert statuses == {"open", "contacted"}
    assert contacted.name == "Zhang San"
    assert tab.table.rowCount() == 1 and tab.selected() is None  # Li Si was not chosen
    assert not any(button.isEnabled() for button in tab.buttons.values())
    # In the list of every status the row acted on stays chosen, with its new status.
    tab.status.setCurrentIndex(tab.status.findData(None))
    tab.table.selectRow([r.id for r in tab.rows].index(contacted.id))
    qtbot.mouseClick(tab.buttons["resolved"], Qt.MouseButton.LeftButton)
    chosen = tab.selected()
    assert chosen is not None and (chosen.id, chosen.status) == (contacted.id, "resolved")


def test_a_walk_in_detractor_shows_in_the_results_and_not_in_the_queue(
    qtbot, window, db, actor, zhang
) -> None:
    use_survey(
        db,
        actor,
        ask="every_nth",
        every_n=1,
        questions=[surveys.NPS_QUESTION, surveys.COMMENT_QUESTION],
    )
    with db.session() as s:
        sale = record_sale(s, actor, SaleRequest(5000, zhang.id, ask_survey=True)).sale
        surveys.record_response(s, actor, sale.id, surveys.Answers(nps=2))
    till = window.till
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F6)  # a walk-in
    type_by_hand(qtbot, till.sale_panel.amount, "8")
    qtbot.keyClick(till.sale_panel.amount, Qt.Key.Key_Return)

    def answer(dialog: QWidget) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        tap(dialog, "nps 1", qtbot)
        qtbot.keyClicks(QApplication.focusWidget() or dialog, "too slow")
        send = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Send")
        qtbot.mouseClick(send, Qt.MouseButton.LeftButton)

    when_modal(answer)
    qtbot.keyClick(till.scan_field, Qt.Key.Key_F9)
    assert [(r.member_id, r.nps, r.comment) for r in responses(db)][-1] == (None, 1, "too slow")
    window.show_page(window.surveys)
    view = window.surveys
    comments = view.results.comments
    written = [[comments.item(r, c).text() for c in (1, 4)] for r in range(comments.rowCount())]
    assert ["Walk-in", "too slow"] in written
    view.tabs.setCurrentWidget(view.follow_up)
    tab = view.follow_up
    for status in ("open", None):  # neither in the open queue nor in the list of every status
        tab.status.setCurrentIndex(tab.status.findData(status))
        customers = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
        assert customers == [f"Zhang San ({zhang.card})"]


def test_results_show_nps_and_csat_for_the_month(qtbot, window, db, actor, zhang) -> None:
    use_survey(db, actor, questions=[surveys.NPS_QUESTION, surveys.CSAT_QUESTION])
    with db.session() as s:
        for nps, csat in ((10, 5), (9, 4), (3, 2)):
            sale = record_sale(s, actor, SaleRequest(1000, zhang.id, ask_survey=True)).sale
            surveys.record_response(s, actor, sale.id, surveys.Answers(nps=nps, csat=csat))
    window.show_page(window.surveys)
    results = window.surveys.results
    assert results.figures["nps"].text() == "+33"  # (2 − 1) / 3
    assert results.figures["csat"].text() == "3.67"  # 11 / 3
    assert results.figures["rate"].text() == "100%"
    this_month = datetime.now(UTC).astimezone(results_zone()).strftime("%B %Y")
    assert results.months.item(0, 0).text() == this_month
    assert [results.months.item(0, c).text() for c in (2, 4, 5, 6, 7)] == [
        "3",
        "+33",
        "2",
        "0",
        "1",
    ]
    assert results.chart.series()[0].count() >= 1


def results_zone():  # type: ignore[no-untyped-def]
    from loyalty_desktop.services.rules import DEFAULT_RULES

    return DEFAULT_RULES.zone


def test_the_owner_edits_the_questions_and_an_invalid_survey_cannot_be_saved(
    qtbot, window, db
) -> None:
    window.show_page(window.surveys)
    tab = window.surveys.questions
    window.surveys.tabs.setCurrentWidget(tab)
    tab.enabled.setChecked(True)
    tab.use["csat"].setChecked(False)
    tab.use["nps"].setChecked(False)
    assert not tab.save_button.isEnabled()
    assert "NPS or CSAT" in tab.status.text()
    tab.use["csat"].setChecked(True)
    tab.extra.setCurrentIndex(tab.extra.findData("choice"))
    tab.choices.setPlainText("太慢 | Too slow\n太贵 | Too expensive")
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    with db.session(readonly=True) as s:
        version, saved = surveys.current_survey(s)
    assert version is not None and saved.enabled
    assert [q.kind for q in saved.questions] == ["csat", "choice"]
    assert [c.en for c in saved.questions[1].choices] == ["Too slow", "Too expensive"]


def test_a_cashier_cannot_read_the_surveys(cashier_window) -> None:
    assert cashier_window.surveys is None
    assert nav_item(cashier_window, "Surveys").flags() == Qt.ItemFlag.NoItemFlags
