"""The layering rules hold: imports point one way, SQL stays in storage."""

from __future__ import annotations

import ast
import inspect
import sys
from pathlib import Path

import pytest

import handlers
from bot.feature import PersonalData
from bot.features import FEATURES

ROOT = Path(__file__).resolve().parents[2]
COMPOSITION_ROOT = {ROOT / "bot" / "app.py", ROOT / "bot" / "features.py"}


def _imports(path: Path) -> set[str]:
    """Return every module name a file imports (absolute imports only)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(*folders: str) -> list[Path]:
    """Return the Python files under the given project folders."""
    return [path for folder in folders for path in (ROOT / folder).rglob("*.py")]


def _offenders(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    """List file:module pairs where a file imports a forbidden package."""
    return [
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in _imports(path)
        if name.split(".")[0] in forbidden or name.startswith(forbidden)
    ]


def test_domain_and_crisis_are_pure() -> None:
    """Domain and crisis modules import neither telegram nor aiosqlite nor storage."""
    files = (
        _files("bot/domain", "bot/crisis")
        if (ROOT / "bot/crisis").exists()
        else _files("bot/domain")
    )
    assert _offenders(files, ("telegram", "aiosqlite", "bot.storage", "bot.services")) == []


def _feature_package_files(name: str) -> list[Path]:
    """The modules called `name` (or `name_<part>`, a split one) in feature packages (those
    with a feature.py: bot/rules)."""
    packages = [path.parent for path in ROOT.glob("bot/*/feature.py")]
    return sorted(
        path
        for package in packages
        for path in (*package.glob(f"{name}.py"), *package.glob(f"{name}_*.py"))
    )


# A feature package's layers below Telegram: these never count as its handler layer.
_BELOW_TELEGRAM = ("__init__", "model", "storage", "service")


def _feature_handler_layer() -> list[Path]:
    """A feature package's Telegram modules: handlers.py and every module that imports
    `telegram` or `handlers` (bot/joingate/raid.py), never its pure, SQL and service modules."""
    packages = [path.parent for path in ROOT.glob("bot/*/feature.py")]
    return sorted(
        path
        for package in packages
        for path in package.glob("*.py")
        if path.stem not in _BELOW_TELEGRAM and (path.stem == "handlers" or _speaks_telegram(path))
    )


def _speaks_telegram(path: Path) -> bool:
    """Whether a module imports Telegram's library or the handlers package."""
    return any(name.split(".")[0] in ("telegram", "handlers") for name in _imports(path))


def test_handlers_do_not_touch_storage() -> None:
    """Handlers, also a feature package's Telegram modules, reach data only through services."""
    # feature.py names its eraser (a storage function) for the composition root.
    layer = [path for path in _feature_handler_layer() if path.stem != "feature"]
    files = [*_files("handlers"), *layer]
    storage = ("aiosqlite", "sqlite3", "bot.storage")
    own_storage = tuple(f"bot.{path.parent.name}.storage" for path in files if "bot" in path.parts)
    assert _offenders(files, storage + own_storage) == []


def _beyond_the_standard_library(files: list[Path]) -> list[str]:
    """file:module pairs importing anything but the standard library and bot.domain."""
    return [
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in _imports(path)
        if name.split(".")[0] not in sys.stdlib_module_names and not name.startswith("bot.domain")
    ]


def test_feature_package_models_are_pure() -> None:
    """A feature package's model.py imports the standard library and bot.domain only."""
    assert _beyond_the_standard_library(_feature_package_files("model")) == []


def test_only_the_composition_root_imports_handlers() -> None:
    """Within bot/, only the composition root (bot/app.py, bot/features.py) imports handlers."""
    in_handler_layer = set(_feature_handler_layer())
    files = [path for path in _files("bot") if path not in COMPOSITION_ROOT | in_handler_layer]
    assert _offenders(files, ("handlers",)) == []


def test_domain_is_standard_library_only() -> None:
    """bot/domain imports nothing but the standard library and itself."""
    assert _beyond_the_standard_library(_files("bot/domain")) == []


def test_production_code_never_imports_devtools() -> None:
    """Nothing outside bot/devtools imports it (the CLI offers `peerbot shell` by name only)."""
    files = [path for path in _files("bot", "handlers") if "devtools" not in path.parts]
    assert _offenders(files, ("bot.devtools",)) == []


def test_every_handler_module_with_register_belongs_to_a_feature() -> None:
    """A handlers module that registers handlers belongs to exactly one feature of the list."""
    owners: dict[str, set[str]] = {}
    for feature in FEATURES:
        for registrar in (*feature.handlers, *feature.wiring):
            if registrar.__module__.startswith("handlers."):
                owners.setdefault(registrar.__module__, set()).add(feature.name)
    modules = {
        f"handlers.{path.stem}": path for path in Path(handlers.__file__).parent.glob("*.py")
    }
    with_register = {
        name for name, path in modules.items() if "\ndef register(" in path.read_text("utf-8")
    }
    # Registered by their feature's main module (meetings, checkins).
    nested = {"handlers.meeting_changes", "handlers.meeting_reminders", "handlers.mood"}
    assert sorted(with_register - nested - set(owners)) == []
    assert {module: names for module, names in owners.items() if len(names) > 1} == {}


def test_features_have_unique_names_and_declare_their_data() -> None:
    """Feature names are unique; each declares personal data through a function it owns."""
    names = [feature.name for feature in FEATURES]
    assert len(names) == len(set(names))
    for feature in FEATURES:
        assert inspect.isfunction(feature.personal_data), feature.name


def test_gate_first_and_fallback_last() -> None:
    """The gate is registered before any feature answers and the fallback is the last feature."""
    assert FEATURES[-1].name == "fallback"
    names = [feature.name for feature in FEATURES]
    assert names.index("gate") < names.index("members")


def test_sql_lives_in_storage() -> None:
    """Outside bot/storage (and the emulator), no module imports a SQLite driver."""
    files = [
        path
        for path in _files("bot", "handlers")
        if "storage" not in path.parts and "devtools" not in path.parts
    ]
    assert _offenders(files, ("aiosqlite", "sqlite3")) == []


def test_a_feature_keeping_personal_columns_must_erase_them() -> None:
    """PersonalData refuses personal columns without an eraser, and bare 'not personal' claims."""
    with pytest.raises(ValueError, match="nothing erases"):
        PersonalData(columns=("members.user_id",))
    with pytest.raises(ValueError, match="without a reason"):
        PersonalData(not_personal={"groups.title": " "})
    with pytest.raises(ValueError, match=r"table\.column"):
        PersonalData(not_personal={"title": "a group's name"})


RAW_BOT_API = {"parse_mode", "inline_keyboard", "callback_data", "sendMessage", "editMessageText"}


def _raw_api_strings(path: Path) -> list[str]:
    """String constants in a file that spell Bot API parameters by hand."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.relative_to(ROOT)}:{node.lineno}: {node.value}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in RAW_BOT_API
    ]


def test_features_write_messages_as_values_not_bot_api_json() -> None:
    """Services, handlers and feature packages use bot/domain/messages.py, not raw API JSON."""
    files = [
        path
        for path in _files("bot", "handlers")
        if not {"devtools", "delivery"} & set(path.parts)
        and path.name != "messages.py"
        and path.parent.name != "storage"
    ]
    assert [hit for path in files for hit in _raw_api_strings(path)] == []


def _positional_constructions(path: Path) -> list[str]:
    """Calls of a class (a capitalised name) with more than one positional argument."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        if node.func.id[:1].isupper() and len(node.args) > 1:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.func.id}")
    return found


def test_services_are_built_with_keyword_arguments() -> None:
    """The composition names every argument of a multi-argument constructor (no order to
    get wrong when a service gains a dependency)."""
    names = ("bot/services/container.py", "bot/services/builders.py", "bot/rules/service.py")
    assert [hit for name in names for hit in _positional_constructions(ROOT / name)] == []
