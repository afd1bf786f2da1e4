"""systemd's notify protocol: READY after the first paint, watchdog pings from the GUI thread.

Under systemd (Type=notify, WatchdogSec=) the service manager hands the kiosk NOTIFY_SOCKET and
WATCHDOG_USEC. The pings come from a timer on the GUI thread, so a frozen window (an endless
loop or a deadlock on the GUI thread) stops them and systemd restarts the kiosk, not only a
crashed one. With NOTIFY_SOCKET unset (a developer's `make run`) nothing is sent.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# Test-only: when this variable names a file and the file appears, the GUI thread sleeps for
# FREEZE_S seconds (other threads keep running), standing in for a frozen window.
FREEZE_FILE_ENV = "QSPACE_TEST_FREEZE_FILE"
FREEZE_S = 3600.0


def sd_notify(message: str, *, environ: dict[str, str] | None = None) -> bool:
    """Send one sd_notify datagram ("READY=1", "WATCHDOG=1", ...); False when not under systemd.

    Args:
        message: newline-separated KEY=VALUE assignments.
        environ: the environment to read NOTIFY_SOCKET from (default: os.environ).
    """
    address = (os.environ if environ is None else environ).get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    import socket  # only under systemd: not imported before a normal start's first paint

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message.encode("utf-8"))
    except OSError as exc:
        log.warning("sd_notify failed: %s", type(exc).__name__)
        return False
    return True


def watchdog_interval_ms(environ: dict[str, str] | None = None) -> int | None:
    """Half of WATCHDOG_USEC in milliseconds (systemd's advice), or None when not asked for.

    WATCHDOG_PID, when set, must be this process or its parent: under cage (the service's main
    process) the kiosk, cage's one client, is the process meant to ping; any further child
    inheriting the variables is not.
    """
    env = os.environ if environ is None else environ
    try:
        usec = int(env.get("WATCHDOG_USEC", "0"))
    except ValueError:
        return None
    pid = env.get("WATCHDOG_PID")
    if usec <= 0 or (pid and pid not in (str(os.getpid()), str(os.getppid()))):
        return None
    return max(1, usec // 2000)


class _FirstPaint(QObject):
    """Calls back once, after the first paint of any widget in `window`.

    It watches the whole application for that moment: a screen fully covered by opaque
    children (the attract loop's slides) never gets a paint event of its own.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        app = QCoreApplication.instance()
        assert app is not None, "the watchdog needs a QApplication"
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._callback is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            callback, self._callback = self._callback, None
            QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            QTimer.singleShot(0, self, callback)  # once this paint is done
        return False


class Watchdog(QObject):
    """Tells systemd the kiosk is ready once `widget`'s window painted, then pings from the GUI
    thread."""

    def __init__(self, widget: QWidget, *, environ: dict[str, str] | None = None) -> None:
        super().__init__(widget)
        self.setObjectName("systemd_watchdog")
        self._environ = dict(os.environ if environ is None else environ)
        self.ready_sent = False
        self.timer = QTimer(self)
        self.timer.setObjectName("systemd_watchdog_ping")
        self.timer.timeout.connect(self._on_timer_timeout)
        self._freeze = self._environ.get(FREEZE_FILE_ENV, "")
        _FirstPaint(widget.window(), self._on_widget_painted)

    def _on_widget_painted(self) -> None:
        self.ready_sent = sd_notify(
            "READY=1\nSTATUS=Showing the first screen", environ=self._environ
        )
        interval = watchdog_interval_ms(self._environ)
        if self.ready_sent:
            log.info("told systemd the kiosk is ready (watchdog every %s ms)", interval)
        if interval is not None:
            self.timer.start(interval)

    def _on_timer_timeout(self) -> None:
        if self._freeze and Path(self._freeze).exists():
            log.warning("test hook: freezing the GUI thread")
            time.sleep(FREEZE_S)
        sd_notify("WATCHDOG=1", environ=self._environ)


def start_watchdog(widget: QWidget) -> Watchdog | None:
    """Report readiness and ping systemd's watchdog for the life of `widget`; None when the
    kiosk does not run under systemd's notify protocol (NOTIFY_SOCKET unset)."""
    if not os.environ.get("NOTIFY_SOCKET"):
        return None
    return Watchdog(widget)
