"""Composition root: builds config, store, services and screens, and runs the Qt application."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import types
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from kiosk import __version__, paths
from kiosk.cli import SCREENS, UsageError, run_parser, snapshot_parser
from kiosk.config import Settings, apply_overrides, load_settings
from kiosk.db import Store, get_state, make_engine, migrate, set_state, utc_now
from kiosk.models import Department
from kiosk.operations import Operations
from screens.i18n import Languages
from screens.main_window import MainWindow
from screens.widgets import EventFilter
from screens.worker import TaskRunner

log = logging.getLogger(__name__)


@dataclass
class Launch:
    """What the command line asked for, after the config file and overrides."""

    settings: Settings
    config_path: Path
    db_url: str
    lang: str
    kiosk: bool
    screen: str | None
    exit_after_paint: bool


def _launch(args: argparse.Namespace) -> Launch:
    explicit = getattr(args, "config", None)
    config_path = explicit or paths.config_file()
    settings = load_settings(config_path, required=explicit is not None)
    settings = apply_overrides(settings, dict(getattr(args, "overrides", []) or []))
    kiosk = settings.kiosk_mode if getattr(args, "kiosk", None) is None else bool(args.kiosk)
    lang = getattr(args, "lang", None) or settings.default_language
    return Launch(settings=replace(settings, kiosk_mode=kiosk), config_path=config_path,
                  db_url=args.db or paths.default_db_url(), lang=lang, kiosk=kiosk,
                  screen=getattr(args, "screen", None),
                  exit_after_paint=bool(getattr(args, "exit_after_paint", False)))


def open_store(db_url: str) -> Store:
    """Migrate the database and seed demo content on the very first start."""
    engine = make_engine(db_url)
    migrate(engine)
    store = Store(engine)
    with store.begin() as session:
        if get_state(session, "initialised") is None:
            today = utc_now().replace(hour=0, minute=0, second=0, microsecond=0)
            if session.scalar(select(func.count()).select_from(Department)) == 0:
                from kiosk.demo import fill_demo

                counts = fill_demo(session, seed=1, now=today)
                log.info("first start: demo content seeded (%d people, %d projects)",
                         counts.people, counts.projects)
            set_state(session, "initialised", today.isoformat())
    return store


def _is_demo(store: Store) -> bool:
    with store.begin() as session:
        return get_state(session, "demo_seed") is not None


def _pin_is_set(store: Store) -> bool:
    with store.begin() as session:
        return get_state(session, "pin_hash") is not None


def _window(launch: Launch) -> MainWindow:
    store = open_store(launch.db_url)
    app = QApplication.instance()
    assert isinstance(app, QApplication), "build_window needs a QApplication"
    runner = TaskRunner(app)
    languages = Languages(app)
    languages.switch(launch.lang)
    ops = Operations(store, clock=utc_now)
    window = MainWindow(ops=ops, runner=runner, languages=languages, settings=launch.settings,
                        config_path=launch.config_path, now=utc_now, is_demo=_is_demo(store))
    window.store = store  # type: ignore[attr-defined]  # kept alive with the window
    window.setMinimumSize(QSize(1024, 640))
    window.resize(1920, 1080) if launch.kiosk else window.resize(1440, 900)
    if launch.screen:
        window.show_screen(launch.screen)
    elif not _pin_is_set(store):
        window.navigate("pin:set")
        window.pin.cancelled.disconnect()
        window.pin.cancelled.connect(window.go_idle)
    else:
        window.show_screen("attract")
    return window


def build_window(argv: Sequence[str]) -> MainWindow:
    """Build the main window as main.py would for `argv`, without showing it."""
    return _window(_launch(run_parser().parse_args(list(argv))))


def _install_excepthook(window: MainWindow) -> None:
    def hook(kind: type[BaseException], value: BaseException,
             tb: types.TracebackType | None) -> None:
        log.error("uncaught %s", kind.__name__, exc_info=(kind, value, tb))
        try:
            window.recover()
        except Exception:
            log.exception("recovery failed")

    sys.excepthook = hook


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _application(argv0: str = "main.py") -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication([argv0])
    app.setApplicationName("Qspace Kiosk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Qspace")
    return app


def run_command(args: argparse.Namespace) -> int:
    """Run the kiosk; on a machine with no display, render snapshots instead."""
    launch = _launch(args)
    if not _has_display():
        out = Path("snapshots").resolve()
        print("No display found: rendering every screen in Welsh and English to "  # noqa: T201
              f"{out} instead.")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        for lang in ("cy", "en"):
            snapshot_command(snapshot_parser().parse_args(
                [str(out), "--lang", lang, *(["--db", args.db] if args.db else []),
                 *(["--config", str(args.config)] if args.config else [])]))
        print(f"Snapshots are in {out}.")  # noqa: T201 - CLI output
        return 0
    app = _application()
    window = _window(launch)
    _install_excepthook(window)
    if launch.exit_after_paint:
        target = window.screens[launch.screen or window.current_screen or "attract"]
        target.installEventFilter(EventFilter(QEvent.Type.Paint,
                                              lambda: QTimer.singleShot(0, app.quit), target))
    window.present(kiosk=launch.kiosk, screen_name=launch.settings.screen)
    code = app.exec()
    window.runner.shutdown()
    return code


def snapshot_command(args: argparse.Namespace) -> int:
    """Render every screen offscreen to OUTDIR/<screen>-<lang>.png."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    launch = _launch(args)
    launch.lang = args.lang
    launch.screen = "home"
    app = _application()
    window = _window(launch)
    width, height = args.size
    window.setMinimumSize(QSize(200, 200))
    window.resize(width, height)
    window.show()
    args.outdir.mkdir(parents=True, exist_ok=True)
    names = [*SCREENS, "pin"]
    for name in names:
        if name == "pin":
            window.pin.begin(window.pin.presenter.mode.__class__.VERIFY)
            window.pin.presenter.entered = "12"
            window.pin._refresh()
        window.show_screen(name)
        window.runner.wait_idle()
        app.processEvents()
        path = args.outdir / f"{name}-{args.lang}.png"
        if not window.grab().save(str(path)):
            raise UsageError(f"cannot write {path}")
    window.runner.shutdown()
    print(f"Wrote {len(names)} screens to {args.outdir.resolve()} ({args.lang}).")  # noqa: T201
    return 0
