"""What an owner installs holds what the app reads: `loyalty-desktop --self-test` passes from
source; every file ``resource_path()`` is asked for while it runs is in the wheel and in the
PyInstaller build (``make dist``'s dist/loyalty-desktop, when one was built: CI builds it first).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "loyalty-desktop" / "_internal"
# alembic reads this template only to write a new revision, never in the app.
NOT_READ_AT_RUN_TIME = {"script.py.mako"}

# The self-test, with resource_path() replaced before any module imports it, so every request
# made while the app starts, migrates, prints and opens its window is recorded.
RECORDING = """
import json, sys
from loyalty_desktop.core import resources
asked = set()
original = resources.resource_path
def recording(*parts):
    asked.add(parts)
    return original(*parts)
resources.resource_path = recording
from loyalty_desktop.app import main
code = main(["--self-test"])
print(json.dumps(sorted(asked)))
sys.exit(code)
"""


def run_python(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def asked_files() -> list[str]:
    """The package's files the self-test asked for, relative to the package (a folder asked
    for, the migrations, stands for the files in it)."""
    done = run_python("-c", RECORDING)
    assert done.returncode == 0, done.stdout + done.stderr
    *_, asked = done.stdout.strip().splitlines()
    package = ROOT / "loyalty_desktop"
    files: set[str] = set()
    for parts in json.loads(asked):
        path = package.joinpath(*parts)
        found = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        assert found, f"resource_path{tuple(parts)} is asked for but does not exist"
        files |= {
            p.relative_to(package).as_posix()
            for p in found
            if "__pycache__" not in p.parts and p.name not in NOT_READ_AT_RUN_TIME
        }
    return sorted(files)


def test_the_self_test_passes_from_source_in_one_line() -> None:
    done = run_python("-m", "loyalty_desktop", "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    [line] = done.stdout.splitlines()
    assert line.startswith("self-test ok: schema ")
    assert "with a coupon" in line and "main window shown" in line


def test_a_failing_step_is_one_line_and_a_non_zero_exit(monkeypatch, capsys) -> None:
    from loyalty_desktop import self_test

    def no_pdf(*_args, **_kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr(self_test, "report_pdf", no_pdf)
    assert self_test.run(lambda _db: pytest.fail("no window after a failed step")) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert line == "self-test failed: OSError: No space left on device"


def test_the_self_test_asks_for_the_migrations_font_catalogues_and_icons(asked_files) -> None:
    assert "store/migrations/env.py" in asked_files
    assert any(f.startswith("store/migrations/versions/0001_") for f in asked_files)
    assert "resources/fonts/wqy-microhei.ttc" in asked_files
    assert "resources/translations/loyalty_zh_CN.qm" in asked_files
    assert "resources/icons/loyalty-desktop-256.png" in asked_files


def test_every_file_asked_for_is_in_the_wheel(asked_files, tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    [wheel] = tmp_path.glob("loyalty_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert [f for f in asked_files if f"loyalty_desktop/{f}" not in names] == []


@pytest.mark.skipif(not FROZEN.is_dir(), reason="no PyInstaller build: run `make dist`")
def test_every_file_asked_for_is_in_the_frozen_build(asked_files) -> None:
    missing = [f for f in asked_files if not (FROZEN / "loyalty_desktop" / f).is_file()]
    assert missing == []
