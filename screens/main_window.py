"""The main window: header, banner and the stack of screens; navigation, idle and kiosk mode."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Settings
from kiosk.dto import StartupInfo
from kiosk.palette import build_palette
from screens.base import Screen, ScreenContext
from screens.i18n import Languages
from screens.navigation_presenter import ALL_SCREENS, NavigationPresenter
from screens.pin_presenter import PinMode
from screens.theme import screen_scale, style_sheet
from screens.widgets import Banner, Header
from screens.worker import TaskRunner

if TYPE_CHECKING:
    from screens.pin import PinScreen
    from screens.settings import SettingsScreen

# Screen modules and classes, imported when a screen is first shown (fast start-up).
SCREEN_CLASSES = {
    "attract": ("screens.attract", "AttractScreen"),
    "home": ("screens.home", "HomeScreen"),
    "checkin": ("screens.checkin", "CheckinScreen"),
    "projects": ("screens.projects", "ProjectsScreen"),
    "stories": ("screens.stories", "StoriesScreen"),
    "events": ("screens.events", "EventsScreen"),
    "sharing": ("screens.sharing", "SharingScreen"),
    "facilitator": ("screens.facilitator", "FacilitatorScreen"),
    "settings": ("screens.settings", "SettingsScreen"),
    "pin": ("screens.pin", "PinScreen"),
}


class Screens(Mapping[str, Screen]):
    """The window's screens by name, each built the first time it is asked for."""

    def __init__(self, build: Callable[[str], Screen]) -> None:
        self._build = build
        self._built: dict[str, Screen] = {}

    def __getitem__(self, name: str) -> Screen:
        if name not in self._built:
            if name not in SCREEN_CLASSES:
                raise KeyError(name)
            self._built[name] = self._build(name)
        return self._built[name]

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        """A screen that has been built, or `default` (never builds)."""
        return self._built.get(name, default)

    def __iter__(self) -> Iterator[str]:
        return iter(SCREEN_CLASSES)

    def __len__(self) -> int:
        return len(SCREEN_CLASSES)

    def built(self) -> list[Screen]:
        """The screens built so far."""
        return list(self._built.values())


log = logging.getLogger(__name__)

USER_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Restarts the idle timer on any touch, click or key anywhere in the application."""

    def __init__(self, timer: QTimer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = timer

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT and self._timer.isActive():
            self._timer.start()
        return False


class MainWindow(QMainWindow):
    """The kiosk window. Build it with kiosk.app.build_window()."""

    screen_changed = Signal(str)
    settings_applied = Signal(object)

    def __init__(
        self,
        *,
        ops: Any,
        runner: TaskRunner,
        languages: Languages,
        settings: Settings,
        config_path: Path,
        now: Callable[[], datetime],
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.ops = ops
        self.runner = runner
        self.languages = languages
        self.settings = settings
        self.config_path = config_path
        self.navigation = NavigationPresenter()
        self._kiosk = False
        self._may_close = False
        self._after_pin: Callable[[], None] | None = None
        self._current = ""
        self._scale = 1.0

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = Header()
        self.header.home_requested.connect(self._on_header_home_requested)
        self.header.language_requested.connect(self._on_header_language_requested)
        layout.addWidget(self.header)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.ctx = ScreenContext(
            ops=ops,
            runner=runner,
            languages=languages,
            notify=self.notify,
            navigate=self.navigate,
            settings=lambda: self.settings,
            now=now,
        )
        self.screens = Screens(self._build_screen)
        self.header.demo.hide()
        self.first_run_pin = False

        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("idle.timer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self.idle_watcher = IdleWatcher(self.idle_timer, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle_watcher)
        runner.job_failed.connect(self._on_runner_job_failed)
        languages.changed.connect(self._on_languages_changed)
        self.apply_settings(settings)
        self._on_languages_changed(languages.current)

    def _build_screen(self, name: str) -> Screen:
        module, cls_name = SCREEN_CLASSES[name]
        cls = getattr(importlib.import_module(module), cls_name)
        if name == "settings":
            screen = cls(self.ctx, lambda: self.config_path)
            screen.settings_saved.connect(self._on_settings_screen_settings_saved)
        else:
            screen = cls(self.ctx)
        if name == "pin":
            screen.accepted.connect(self._on_pin_accepted)
            screen.cancelled.connect(self._on_pin_cancelled)
            screen.pin_set.connect(self._on_pin_set)
        self.stack.addWidget(screen)
        return screen

    @property
    def store(self) -> Any:
        """The open store (for tests and the composition root)."""
        return self.ctx.ops.store

    @property
    def pin(self) -> PinScreen:
        """The PIN pad."""
        return self.screens["pin"]  # type: ignore[return-value]

    @property
    def settings_screen(self) -> SettingsScreen:
        """The settings form."""
        return self.screens["settings"]  # type: ignore[return-value]

    def store_opened(self, info: StartupInfo, *, first_screen_given: bool) -> None:
        """The database is open: show the demo badge; on a first run, ask for a PIN."""
        self.header.demo.setVisible(info.is_demo)
        if not info.pin_set and not first_screen_given and self._current in ("", "attract"):
            self.first_run_pin = True
            self.navigate("pin:set")

    def store_failed(self, exc: BaseException) -> None:
        """The database could not be opened: say so; the screens stay empty."""
        log.error("the database could not be opened: %s", exc)
        self.notify(
            self.tr(
                "The room's database could not be opened. Please ask a facilitator; "
                "the details are in the log."
            ),
            "error",
        )

    # --- navigation -------------------------------------------------------------------------

    @property
    def current_screen(self) -> str:
        """The name of the screen in front ("pin" while the PIN pad shows)."""
        return self._current

    def navigate(self, target: str) -> None:
        """Go to a screen by name, through the PIN pad where needed; also "exit", "pin:set"."""
        if target == "exit":
            self.request_exit()
            return
        if target == "pin:set":
            self._ask_pin(PinMode.SET, lambda: self.show_screen("facilitator"))
            return
        if target == "attract":
            self.go_idle()
            return
        route = self.navigation.route(target)
        if route.needs_pin:
            self._ask_pin(PinMode.VERIFY, lambda: self.show_screen(target))
        else:
            self.show_screen(target)

    def show_screen(self, name: str) -> None:
        """Bring `name` to the front (no PIN check: callers have done it)."""
        previous = self.screens.get(self._current)
        if previous is not None and self._current != name and name != "pin":
            previous.reset()
        screen = self.screens[name]
        self._current = name
        self.stack.setCurrentWidget(screen)
        self.header.home.setVisible(name not in ("attract", "home"))
        if name == "attract":
            self.idle_timer.stop()
        else:
            self.idle_timer.start()
        screen.shown()
        self.screen_changed.emit(name)

    def go_idle(self) -> None:
        """Back to the attract loop: every input cleared, the PIN needed again."""
        self.navigation.lock()
        self._after_pin = None
        for screen in self.screens.built():
            screen.reset()
        self.banner.hide()
        if self.languages.current != self.settings.default_language:
            self.languages.switch(self.settings.default_language)
        self.show_screen("attract")

    def _ask_pin(self, mode: PinMode, then: Callable[[], None]) -> None:
        self._after_pin = then
        self.pin.begin(mode)
        self.show_screen("pin")

    def _on_pin_accepted(self) -> None:
        self.navigation.unlock()
        then, self._after_pin = self._after_pin, None
        if then is not None:
            then()

    def _on_pin_set(self) -> None:
        self.first_run_pin = False
        self._on_pin_accepted()

    def _on_pin_cancelled(self) -> None:
        self._after_pin = None
        if self.first_run_pin:
            self.first_run_pin = False
            self.go_idle()
        else:
            self.show_screen("home")

    def _on_header_home_requested(self) -> None:
        self.navigate("home")

    def _on_header_language_requested(self) -> None:
        self.languages.switch("en" if self.languages.current == "cy" else "cy")

    def _on_languages_changed(self, lang: str) -> None:
        self.header.set_language(lang)
        self.header.home.set_text(self.tr("Home"), self.tr("Go to the home screen"))
        self.header.demo.setText(self.tr("Demo content"))
        self.header.demo.setAccessibleName(self.tr("This room is showing demo content"))
        self.setWindowTitle(self.tr("Qspace Kiosk"))

    def _on_idle_timer_timeout(self) -> None:
        log.info("idle timeout: back to the attract loop")
        self.go_idle()

    def notify(self, text: str, kind: str = "info") -> None:
        """Show a message in the kiosk banner."""
        self.banner.show_message(text, kind)

    def recover(self) -> None:
        """After an unexpected error: back to the start with a friendly message."""
        self.go_idle()
        self.notify(
            self.tr("Sorry, something went wrong. We have gone back to the start."), "error"
        )

    def _on_runner_job_failed(self, _exc: object) -> None:
        self.notify(
            self.tr("Sorry, that did not work. Please try again or ask a facilitator."), "error"
        )

    # --- settings, theme and kiosk mode ------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Apply settings live: names, theme, text size, idle timeout, kiosk mode."""
        self.settings = settings
        self.header.room.setText(settings.room_name)
        self.header.board.setText(settings.health_board)
        self.header.set_logo(settings.logo)
        self._restyle()
        self.idle_timer.setInterval(settings.idle_timeout_s * 1000)
        self.settings_applied.emit(settings)

    def _restyle(self) -> None:
        palette = build_palette(self.settings.primary_colour, self.settings.accent_colour)
        self.setStyleSheet(
            style_sheet(palette, large_text=self.settings.large_text, scale=self._scale)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        scale = screen_scale(event.size().width(), event.size().height())
        if scale != self._scale:
            self._scale = scale
            self._restyle()
        super().resizeEvent(event)

    def _on_settings_screen_settings_saved(self, settings: Settings) -> None:
        kiosk_changed = settings.kiosk_mode != self._kiosk
        self.apply_settings(settings)
        if kiosk_changed and self.isVisible():
            self.present(kiosk=settings.kiosk_mode, screen_name=settings.screen)

    @property
    def kiosk(self) -> bool:
        """Whether the window is in kiosk mode."""
        return self._kiosk

    def present(self, *, kiosk: bool, screen_name: str = "") -> None:
        """Show the window: full screen and frameless on the chosen screen in kiosk mode."""
        self._kiosk = kiosk
        target = self._find_screen(screen_name)
        if kiosk:
            self.setWindowFlags(
                Qt.WindowType.Window
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
            if target is not None:
                self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.setWindowFlags(Qt.WindowType.Window)
            if target is not None:
                self.move(target.availableGeometry().topLeft())
            self.showNormal()
        self.exit_screen_watch()

    def exit_screen_watch(self) -> None:
        """Keep the window on a screen that exists when screens come and go."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not getattr(self, "_watching", False):
            app.screenRemoved.connect(self._on_app_screen_removed)
            self._watching = True

    def _find_screen(self, name: str) -> QScreen | None:
        for screen in QGuiApplication.screens():
            if name and screen.name() == name:
                return screen
        return QGuiApplication.primaryScreen()

    def _on_app_screen_removed(self, _screen: QScreen) -> None:
        QTimer.singleShot(0, self._on_screens_settled)

    def _on_screens_settled(self) -> None:
        target = self._find_screen(self.settings.screen)
        if target is None:
            return
        if self._kiosk:
            self.setGeometry(target.geometry())
            self.showFullScreen()
        elif not target.availableGeometry().intersects(self.frameGeometry()):
            self.move(target.availableGeometry().topLeft())

    def request_exit(self) -> None:
        """Leave the application: in kiosk mode only after the facilitator PIN."""
        if not self._kiosk or self.navigation.unlocked:
            self._may_close = True
            self.close()
            return
        self._ask_pin(PinMode.VERIFY, self._allow_exit)

    def _allow_exit(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._kiosk and not self._may_close:
            event.ignore()
            self._ask_pin(PinMode.VERIFY, self._allow_exit)
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_watcher)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if not self._kiosk and self._current not in ("attract", "home"):
                self.navigate("home")
            event.accept()
            return
        super().keyPressEvent(event)

    def all_screen_names(self) -> tuple[str, ...]:
        """Every screen, in the order snapshots show them."""
        return ALL_SCREENS
