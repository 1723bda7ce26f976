"""Every refusal has a Chinese and an English wording, filled with its parameters, and one
renderer words them for the UI and the CLI alike (issue 13)."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from loyalty_desktop.core import i18n
from loyalty_desktop.core.errors import (
    FIELDS,
    REASONS,
    ImportFailed,
    InsufficientPoints,
    InvalidAmount,
    InvalidInput,
    LoyaltyError,
    MemberNotFound,
    PermissionDenied,
    ProblemsFound,
    ProtectedFile,
    render,
)
from loyalty_desktop.services.csv_io import RowProblem
from loyalty_desktop.services.outputs import BACKUP
from loyalty_desktop.services.permissions import WHO, Action
from loyalty_desktop.store.models import Role

CJK = re.compile(r"[\u4e00-\u9fff]")
LEFTOVER = re.compile(r"\{[^{}]*\}|%n")
PACKAGE = Path(__file__).resolve().parents[2] / "loyalty_desktop"
# The words of the operating system, the database driver or pydantic, passed on as they are.
NOT_OURS = {"detail"}


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("en")


def _every_error_class() -> list[type[LoyaltyError]]:
    found, todo = [], [LoyaltyError]
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if cls not in (LoyaltyError, ProblemsFound):
            found.append(cls)
    return sorted(found, key=lambda c: c.code)


def _fields_of(*templates: str) -> set[str]:
    return {
        name
        for template in templates
        for _text, name, _spec, _conv in string.Formatter().parse(template)
        if name
    }


def _instance(cls: type[LoyaltyError]) -> LoyaltyError:
    params: dict[str, object] = dict.fromkeys(_fields_of(cls.template) - {"count"}, 7)
    if "field" in params:
        params["field"] = "phone"
    if "reason" in params:
        params["reason"] = "required"
    if issubclass(cls, ProblemsFound):
        return cls([object(), object()], **params)
    return cls(**params)


@pytest.mark.parametrize("cls", _every_error_class(), ids=lambda c: c.code)
def test_every_error_code_has_a_chinese_and_an_english_wording(cls) -> None:
    error = _instance(cls)
    chinese, english = render(error, "zh_CN"), render(error, "en")
    assert CJK.search(chinese), f"{cls.code}: no Chinese wording: {chinese}"
    assert not CJK.search(english), english
    for text in (chinese, english):
        assert not LEFTOVER.search(text), f"{cls.code}: a parameter was left unfilled: {text}"
    assert english == str(error)


def test_error_codes_are_unique() -> None:
    codes = [cls.code for cls in _every_error_class()]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("code", sorted(REASONS))
def test_every_reason_code_has_a_chinese_and_an_english_wording(code) -> None:
    params: dict[str, object] = dict.fromkeys(_fields_of(REASONS[code]) - {"field"}, 7)
    error = InvalidInput(field="amount", reason=code, **params)
    chinese, english = render(error, "zh_CN"), render(error, "en")
    assert chinese.startswith("金额：") and english.startswith("amount: ")
    reason = chinese.removeprefix("金额：")
    assert code in NOT_OURS or CJK.search(reason), f"{code}: no Chinese wording: {reason}"
    for text in (chinese, english):
        assert not LEFTOVER.search(text), f"{code}: a parameter was left unfilled: {text}"


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_every_field_has_a_chinese_name(field) -> None:
    chinese = render(InvalidInput(field=field, reason="required"), "zh_CN")
    assert CJK.search(chinese.split("：")[0]), chinese


def test_the_names_of_actions_roles_and_protected_files_are_translated() -> None:
    texts = [a.value for a in Action] + list(WHO.values()) + [BACKUP]
    for text in texts:
        assert CJK.search(i18n.translate("Errors", text, language="zh_CN")), text


def _reason_arguments() -> Iterator[tuple[Path, int, ast.expr]]:
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "").endswith(
                ("Error", "Input", "Amount", "Refused", "Failed")
            ):
                for keyword in node.keywords:
                    if keyword.arg == "reason":
                        yield path, node.lineno, keyword.value


def test_every_reason_given_in_the_code_is_a_reason_code() -> None:
    """A reason is a code of REASONS, never an English sentence (which no one could translate)."""
    found = list(_reason_arguments())
    assert len(found) > 80
    for path, line, value in found:
        where = f"{path.relative_to(PACKAGE)}:{line}"
        assert not isinstance(value, ast.JoinedStr), f"{where}: an f-string as a reason"
        if isinstance(value, ast.Constant):
            assert value.value in REASONS, f"{where}: {value.value!r} is not a reason code"


# --- the renderer --------------------------------------------------------------------------------


def test_render_words_an_error_in_the_language_asked_for() -> None:
    error = InsufficientPoints(requested=300, balance=120)
    assert render(error, "zh_CN") == "积分不足：需要 300 积分，当前余额 120"
    assert render(error, "en") == "cannot redeem 300 points: the balance is 120"
    assert render(MemberNotFound(query="138"), "zh_CN") == "找不到卡号或手机号为 138 的会员"


def test_render_follows_the_process_language_and_str_stays_english(chinese) -> None:
    error = InvalidInput(field="phone", reason="not_a_phone", text="12ab")
    assert render(error).startswith("手机号：'12ab' 不是电话号码")
    assert str(error).startswith("phone: '12ab' is not a phone number: expected a mobile")


def test_an_amount_names_the_value_typed() -> None:
    error = InvalidAmount(value="88.505", reason="more_decimals")
    assert render(error, "zh_CN") == "金额 '88.505'：小数超过两位"
    assert str(error) == "amount '88.505': more than two decimals"


def test_catalogue_texts_inside_parameters_are_translated_too() -> None:
    denied = PermissionDenied(action=Action.ADJUST_POINTS.value, role=WHO[frozenset({Role.OWNER})])
    assert render(denied, "zh_CN") == "调整积分需要店主权限"
    assert str(denied) == "adjusting points needs the owner role"
    protected = ProtectedFile(path="shop.bak", what=BACKUP)
    assert render(protected, "zh_CN") == "shop.bak 是本店数据库的备份；请换一个文件名"


def test_counts_take_their_english_plural() -> None:
    assert str(ImportFailed([object()], file="a.csv")) == "1 bad row in a.csv; nothing was imported"
    two = ImportFailed([object(), object()], file="a.csv")
    assert str(two) == "2 bad rows in a.csv; nothing was imported"
    assert render(two, "zh_CN") == "a.csv 有 2 行有问题；没有导入任何数据"


def test_a_list_of_fields_is_named_field_by_field() -> None:
    error = InvalidInput(field="amount, phone", reason="required")
    assert render(error, "zh_CN") == "金额、手机号：必须填写"


def test_a_row_problem_names_its_line_and_column_once() -> None:
    problem = RowProblem(3, "phone", InvalidInput(field="phone", reason="required"))
    assert problem.describe("zh_CN") == "第 3 行，手机号列：必须填写"
    assert str(problem) == "line 3, column phone: is required"
    assert problem.as_dict()["code"] == "invalid_input"
    assert problem.as_dict()["reason"] == "required"


def test_a_reason_that_is_not_a_code_is_shown_as_given() -> None:
    """Never a failure while reporting a failure: unknown words pass through."""
    assert str(InvalidInput(field="x", reason="as typed")) == "x: as typed"
