"""The wiring rules hold: buttons are built by their classes, services are wired once."""

from __future__ import annotations

import ast
from pathlib import Path

import bot.features  # noqa: F401  (imports every feature, so every kind of button is registered)
from bot.domain.callback import CallbackData

ROOT = Path(__file__).resolve().parents[2]
# Where button classes live: the base, the older features' modules, feature packages' models.
BUTTON_HOMES = (
    ROOT / "bot" / "domain" / "callback.py",
    ROOT / "bot" / "domain" / "buttons",
    # A feature package's button classes live in its model.py.
    *(path.parent / "model.py" for path in ROOT.glob("bot/*/feature.py")),
)


def _sources(*folders: str) -> list[Path]:
    """The Python files under the given project folders."""
    return [path for folder in folders for path in (ROOT / folder).rglob("*.py")]


def _leading_text(node: ast.expr) -> str | None:
    """The literal text a string (or f-string) starts with; None for other expressions."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def _hand_built_buttons(path: Path, heads: set[str]) -> list[str]:
    """Strings in a file that start like a registered button's data (`oc:…`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    hits = []
    for node in ast.walk(tree):
        if id(node) in docstrings or not isinstance(node, ast.expr):
            continue
        text = _leading_text(node)
        if text and ":" in text and text.split(":", 1)[0] in heads:
            hits.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    return hits


def test_button_data_is_built_by_its_class() -> None:
    """No module writes a button's data by hand: it packs the feature's CallbackData class."""
    heads = {kind.prefix.split(":")[0] for kind in CallbackData.registry.values()}
    assert len(heads) > 10
    files = [
        path
        for path in _sources("bot", "handlers")
        if not any(path == home or home in path.parents for home in BUTTON_HOMES)
        and "devtools" not in path.parts
    ]
    assert [hit for path in files for hit in _hand_built_buttons(path, heads)] == []


def _string_patterns(path: Path) -> list[str]:
    """CallbackQueryHandler calls whose pattern is a hand-written string."""
    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (
            isinstance(node, ast.Call) and getattr(node.func, "id", "") == "CallbackQueryHandler"
        ):
            continue
        for keyword in node.keywords:
            if keyword.arg == "pattern" and _leading_text(keyword.value) is not None:
                hits.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return hits


def test_button_handlers_take_their_pattern_from_the_classes() -> None:
    """Every button handler's pattern is a matcher of its CallbackData classes, not a regex."""
    files = _sources("bot", "handlers")
    assert [hit for path in files for hit in _string_patterns(path)] == []


def _attribute_assignments(path: Path) -> list[str]:
    """Assignments to an attribute (`service.thing = …`) at any depth of a file."""
    return [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Assign)
        and any(isinstance(target, ast.Attribute) for target in node.targets)
    ]


def test_services_are_wired_once_when_built() -> None:
    """The composition passes every dependency to constructors; nothing is patched on after
    (the outbox worker is joined through the OutboxLink every sending service was given)."""
    names = ("bot/services/container.py", "bot/services/builders.py", "bot/runner.py")
    assert [hit for name in names for hit in _attribute_assignments(ROOT / name)] == []


# Services whose parts handlers may read (settings, content files and texts are data).
DATA = frozenset({"settings", "content", "crisis_lines", "texts"})


def _reach_through(path: Path) -> list[str]:
    """Calls like `services.flags.writer.name_of(…)`: a handler reaching into a service's parts."""
    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        chain, value = [node.func.attr], node.func.value
        while isinstance(value, ast.Attribute):
            chain.append(value.attr)
            value = value.value
        names = list(reversed(chain))
        if "services" in names:
            after = names[names.index("services") + 1 :]
            if len(after) > 2 and after[0] not in DATA:
                hits.append(f"{path.relative_to(ROOT)}:{node.lineno}: {'.'.join(names)}")
    return hits


def test_handlers_call_services_not_their_parts() -> None:
    """Handlers call a service's own methods, never a repository or writer inside it."""
    files = [*_sources("handlers"), *(ROOT / "bot").glob("*/handlers.py")]
    files += [*(ROOT / "bot").glob("*/handlers_*.py")]
    assert [hit for path in files for hit in _reach_through(path)] == []
