"""A failing command says why in the user's language (LOYALTY_LANG, else the locale); its
--json error document keeps the code and the parameters for scripts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cli_helpers import assert_fails

from loyalty_desktop.core import i18n


@pytest.fixture
def chinese(monkeypatch) -> Iterator[None]:
    monkeypatch.setenv("LOYALTY_LANG", "zh_CN")
    yield
    i18n.set_language("en")  # the CLI set the process language; the next test expects English


def test_a_failure_is_said_in_chinese_on_stderr(run_cli, chinese) -> None:
    result = run_cli("sale", "13800009999", "88")
    assert_fails(result, 1)
    assert result.err.strip() == "loyalty: 错误: 找不到卡号或手机号为 13800009999 的会员"


def test_the_json_error_keeps_its_code_and_parameters(run_cli, chinese) -> None:
    result = run_cli("member", "add", "--name", "王芳", "--phone", "12ab", "--json")
    assert_fails(result, 1)
    error = result.json()["error"]
    assert error["code"] == "invalid_input"
    assert error["field"] == "phone" and error["reason"] == "not_a_phone"
    assert error["text"] == "12ab"
    assert error["message"].startswith("手机号：'12ab' 不是电话号码")
    assert result.err.strip().endswith(" ".join(error["message"].split()))


def test_import_problems_are_listed_in_chinese(run_cli, chinese, tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,phone\n,13900000001\n甲,12ab\n", encoding="utf-8")
    result = run_cli("import", "members", bad)
    assert_fails(result, 1, "bad.csv 有 2 行有问题；没有导入任何数据")
    assert result.out.splitlines()[0] == "第 2 行，姓名列：必须填写"


def test_english_stays_the_default_of_the_tests(run_cli) -> None:
    result = run_cli("sale", "13800009999", "88")
    assert result.err.strip() == "loyalty: error: no member with card or phone 13800009999"
