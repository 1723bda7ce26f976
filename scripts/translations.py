"""The translation catalogue: refresh the .ts sources from the code, compile them to .qm, check
that Chinese is complete.

    python scripts/translations.py update    # pyside6-lupdate: new texts in, vanished ones out
    python scripts/translations.py release   # pyside6-lrelease: .ts -> loyalty_desktop/resources
    python scripts/translations.py check     # fails on a text missing or unfinished in zh_CN

Sources (.ts, edited with Qt Linguist or by hand) live in ``resources/translations``; the
compiled .qm files are build output next to the bundled fonts, where ``resource_path`` finds them
in a checkout, an installed wheel and a PyInstaller bundle alike.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "loyalty_desktop" / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
COMPLETE = "zh_CN"  # the language every text must be translated into
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def ts_file(language: str) -> Path:
    return SOURCES / f"loyalty_{language}.ts"


def qm_file(language: str) -> Path:
    return COMPILED / f"loyalty_{language}.qm"


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6, next to this Python."""
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def code_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "loyalty_desktop").rglob("*.py"))


def lupdate(targets: list[Path]) -> None:
    """Refresh ``targets`` from the code (no line numbers: they would make every edit a diff; no
    guesses copied from another context's same text: they would pass as unfinished translations)."""
    command = [
        tool("pyside6-lupdate"),
        *code_files(),
        "-source-language",
        "en",
        "-no-obsolete",
        "-disable-heuristic",
        "sametext",
        "-disable-heuristic",
        "similartext",
        "-locations",
        "none",
        "-silent",
        "-ts",
        *map(str, targets),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def update() -> None:
    SOURCES.mkdir(parents=True, exist_ok=True)
    lupdate([ts_file(language) for language in LANGUAGES])


def release() -> None:
    COMPILED.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        command = [
            tool("pyside6-lrelease"),
            "-silent",
            "-nounfinished",
            str(ts_file(language)),
            "-qm",
            str(qm_file(language)),
        ]
        subprocess.run(command, check=True)


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """{(context, source, disambiguation): <message>} of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def problems_in(message: ET.Element) -> list[str]:
    """What is wrong with one zh_CN entry: unfinished, empty, or placeholders that differ."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return ["unfinished"]
    forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
    source = message.findtext("source", "")
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    wrong = []
    for form in forms:
        if not form.strip():
            wrong.append("empty")
        elif sorted(set(PLACEHOLDER.findall(form))) != wanted:
            wrong.append(f"placeholders {sorted(set(PLACEHOLDER.findall(form)))} != {wanted}")
    return wrong


class _Marked(ast.NodeVisitor):
    """Every text the code marks with a literal: {(context, source): "file:line"}, and the
    calls whose source is an f-string (never in the catalogue)."""

    def __init__(self, path: str) -> None:
        self.path, self.classes = path, [""]
        self.found: dict[tuple[str, str], str] = {}
        self.bad: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        where = f"{self.path}:{node.lineno}"
        texts = [a.value if isinstance(a, ast.Constant) else a for a in node.args[:2]]
        if name == "tr" and texts and self.classes[-1]:
            context, source = self.classes[-1], texts[0]
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2:
            context, source = texts
        else:
            context = source = None
        if isinstance(source, ast.JoinedStr):
            self.bad.append(f"{where}: an f-string cannot be translated; format after tr()")
        elif isinstance(context, str) and isinstance(source, str):
            self.found[(context, source)] = where
        self.generic_visit(node)


def unseen_by_lupdate(current: dict[tuple[str, str, str], ET.Element]) -> list[str]:
    """Texts marked in the code that lupdate did not extract (a keyword argument before the
    count, for one), and f-string sources."""
    extracted = {(context, source) for context, source, _ in current}
    problems = []
    for file in code_files():
        marked = _Marked(file)
        marked.visit(ast.parse((ROOT / file).read_text(encoding="utf-8")))
        problems += marked.bad
        problems += [
            f"{where}: lupdate cannot see {source!r} (pass disambiguation and n positionally)"
            for (context, source), where in marked.found.items()
            if (context, source) not in extracted
        ]
    return problems


def check() -> int:
    """Non-zero when the code has a text the zh_CN catalogue lacks, or an entry is unfinished."""
    committed = ts_file(COMPLETE)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / committed.name
        shutil.copy(committed, fresh)
        lupdate([fresh])
        current, stale = messages(fresh), messages(committed)
    failures = [
        f"missing from {committed.name} (run `make translations`): {k[0]}: {k[1]!r}"
        for k in current.keys() - stale.keys()
    ]
    failures += [
        f"no longer in the code (run `make translations`): {k[0]}: {k[1]!r}"
        for k in stale.keys() - current.keys()
    ]
    failures += unseen_by_lupdate(current)
    for key, message in current.items():
        failures += [f"{committed.name}: {key[0]}: {key[1]!r}: {p}" for p in problems_in(message)]
    for line in failures:
        print(line, file=sys.stderr)
    if failures:
        print(f"{len(failures)} translation problem(s)", file=sys.stderr)
    return 1 if failures else 0


def main(argv: list[str]) -> int:
    commands = {"update": update, "release": release}
    if argv == ["check"]:
        return check()
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
