"""No god class in the core: every class in kiosk/ has at most 40 public methods."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import kiosk
from kiosk.operations import Operations

MAX_PUBLIC_METHODS = 40


def _kiosk_classes() -> list[type]:
    found: list[type] = []
    for info in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
        if info.name.startswith("kiosk.migrations"):
            continue  # Alembic scripts: functions only, and they need Alembic's context
        module = importlib.import_module(info.name)
        found += [
            cls
            for _, cls in inspect.getmembers(module, inspect.isclass)
            if cls.__module__ == module.__name__
        ]
    return found


def _public_methods(cls: type) -> set[str]:
    """Public methods and properties defined in kiosk (inherited ones included)."""
    names: set[str] = set()
    for klass in cls.__mro__:
        if not klass.__module__.startswith("kiosk"):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_"):
                continue
            if isinstance(value, staticmethod | classmethod | property) or inspect.isfunction(
                value
            ):
                names.add(name)
    return names


def test_no_class_in_the_core_has_more_than_40_public_methods() -> None:
    classes = _kiosk_classes()
    assert len(classes) > 100  # the walk found the core, not an empty package
    too_big = {
        f"{cls.__module__}.{cls.__qualname__}": len(_public_methods(cls))
        for cls in classes
        if len(_public_methods(cls)) > MAX_PUBLIC_METHODS
    }
    assert too_big == {}


def test_the_operations_facade_only_holds_the_features() -> None:
    assert _public_methods(Operations) == {"store", "startup_info"}
    features = {name for name, value in vars(Operations).items() if not name.startswith("_")} - {
        "store",
        "startup_info",
    }
    assert features == set()  # the features are instance attributes, typed in __init__
