"""Running the kiosk: the Qt application, the window shown, and no traceback on any error."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import types
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from app.wiring import launch_from, window_for
from devices.watchdog import start_watchdog
from kiosk import __version__
from kiosk.cmdline import say
from screens.main_window import MainWindow
from screens.widgets import EventFilter

log = logging.getLogger(__name__)


def install_excepthook(window: MainWindow) -> None:
    def hook(
        kind: type[BaseException], value: BaseException, tb: types.TracebackType | None
    ) -> None:
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


def application(argv0: str = "main.py") -> QApplication:
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
    launch = launch_from(args)
    if not _has_display():
        import subprocess  # only here: not imported before a normal start's first paint

        out = Path("snapshots").resolve()
        say(f"No display found: rendering every screen in Welsh and English to {out} instead.")
        # Each language renders in a process of its own: one Qt application per process.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        main_py = Path(__file__).resolve().parent.parent / "main.py"
        for lang in ("cy", "en"):
            command = [
                sys.executable,
                *([] if getattr(sys, "frozen", False) else [str(main_py)]),  # the bundle's exe
                "snapshot",
                str(out),
                "--lang",
                lang,
                *(["--db", args.db] if args.db else []),
                *(["--config", str(args.config)] if args.config else []),
            ]
            result = subprocess.run(command, env=env, check=False, capture_output=True, text=True)
            if result.returncode != 0:
                log.error("snapshot in %s failed: %s", lang, result.stderr.strip()[-400:])
                say("The screens could not be rendered; details are in the log.", file=sys.stderr)
                return 1
            say(result.stdout.strip())
        say(f"Snapshots are in {out}.")
        return 0
    app = application()
    # Painting once needs no database: the store opens after the first paint in a normal run,
    # so --exit-after-paint leaves it closed and measures just the time to the first picture.
    window = window_for(launch, start_worker="never" if launch.exit_after_paint else "after_paint")
    install_excepthook(window)
    if launch.exit_after_paint:
        target = window.screens[window.current_screen]
        target.installEventFilter(
            EventFilter(QEvent.Type.Paint, lambda: QTimer.singleShot(0, app.exit), target)
        )
    elif launch.exit_when_ready:
        window.runner.became_idle.connect(lambda: window.ops_ready() and app.exit())
    window.present(kiosk=launch.kiosk, screen_name=launch.settings.screen)
    start_watchdog(window)  # READY=1 after the first paint, then pings, under systemd
    code = app.exec()
    window.runner.shutdown()
    window.background.shutdown()
    return leave(code, window)


def leave(code: int, window: MainWindow) -> NoReturn:
    """Leave the process at once, the window closed and its workers stopped: the database
    closed and the log flushed first.

    What normal interpreter exit would do next is teardown nobody sees: Python and Qt
    destroying the window, its screens and their wrappers one at a time, while the window's
    event filters are told of each child going (some 100 ms, three times a bare window's).
    Nothing in it is needed by a closed kiosk, and none of it can now print a traceback."""
    try:
        window.ctx.ops.close()
    except Exception as exc:  # noqa: BLE001 - leaving regardless: committed work is on disk
        log.error("closing the database on exit failed: %s", type(exc).__name__)
    log.info("kiosk closed (exit code %d)", code)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
