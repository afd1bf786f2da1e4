"""The main window: header, banner and the stack of screens; navigation, idle and kiosk mode."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Settings
from kiosk.errors import ErrorCode, KioskError
from kiosk.palette import build_palette
from screens import words
from screens.base import Screen, ScreenContext
from screens.i18n import Languages
from screens.input_policy import InputPolicy
from screens.keyboard import OnScreenKeyboard
from screens.presenters.navigation import ALL_SCREENS, NavigationPresenter
from screens.presenters.sync import indicator
from screens.registry import BY_NAME
from screens.sync_screen import SyncIndicator
from screens.theme import screen_scale, style_sheet
from screens.touch import TouchScrolling
from screens.widgets import Banner, EventFilter, Header, Overlay, touch_combos
from screens.worker import TaskRunner

if TYPE_CHECKING:
    from kiosk.dto.catalogue import StartupInfo
    from kiosk.ops_handle import OpsHandle
    from kiosk.ports import DocumentPrinter
    from screens.attract import AttractScreen
    from screens.av_display import DisplayManager
    from screens.pin import PinScreen

    # Imported where used: the PIN rules (and the room's time zone) are not needed before
    # the first paint.
    from screens.presenters.pin import PinMode
    from screens.settings import SettingsScreen
    from screens.sync_screen import SyncScreen

DefaultT = TypeVar("DefaultT")

# Screens where the hidden scan field holds the focus, ready for a pass.
SCAN_SCREENS = ("attract", "checkin")


class Screens(Mapping[str, Screen]):
    """The window's screens by name, each built the first time it is asked for."""

    def __init__(self, build: Callable[[str], Screen]) -> None:
        self._build = build
        self._built: dict[str, Screen] = {}

    def __getitem__(self, name: str) -> Screen:
        if name not in self._built:
            if name not in BY_NAME:
                raise KeyError(name)
            self._built[name] = self._build(name)
        return self._built[name]

    @overload
    def get(self, name: str, /) -> Screen | None: ...

    @overload
    def get(self, name: str, /, default: Screen | DefaultT) -> Screen | DefaultT: ...

    def get(self, name: str, /, default: object = None) -> object:
        """A screen that has been built, or `default` (never builds)."""
        return self._built.get(name, default)

    def __iter__(self) -> Iterator[str]:
        return iter(BY_NAME)

    def __len__(self) -> int:
        return len(BY_NAME)

    def built(self) -> list[Screen]:
        """The screens built so far."""
        return list(self._built.values())

    def built_by_name(self) -> list[tuple[str, Screen]]:
        """The screens built so far with their names."""
        return list(self._built.items())

    def forget(self, name: str) -> Screen | None:
        """Drop a built screen (the next request builds a fresh one); the screen, or None."""
        return self._built.pop(name, None)


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


class InputHub(QObject):
    """The one application event filter: asks an event its type once and hands it only to
    the filters that want that type, in the order Qt would call them had each been installed
    on its own (the last given first).

    Qt runs every application filter for every event of every object: five filters, each
    asking `event.type()` (a Python enum built per call), cost some 25 ms of a scan's
    confirmation on a busy room PC; one question and a dictionary lookup cost a fifth."""

    def __init__(
        self, routes: list[tuple[QObject, frozenset[QEvent.Type]]], parent: QObject
    ) -> None:
        super().__init__(parent)
        table: dict[QEvent.Type, list[QObject]] = {}
        for target, kinds in reversed(routes):
            for kind in kinds:
                table.setdefault(kind, []).append(target)
        self._table = {kind: tuple(targets) for kind, targets in table.items()}
        self._quiet = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        targets = self._table.get(event.type())
        if targets is None:
            return False
        return any(target.eventFilter(watched, event) for target in targets)

    @contextmanager
    def quiet(self, adopt: Callable[[], None]) -> Iterator[None]:
        """Stand aside while the kiosk changes itself (a screen brought to the front, the
        language changed), then `adopt()` what was polished meanwhile.

        Such a change sends some hundreds of events (show, hide, language, locale, layout)
        that none of the filters wants, and handing each to Python cost more than the change
        itself: half of a Welsh visitor's scan-to-greeting time. No input can arrive meanwhile:
        the change is made in one go on the GUI thread."""
        app = QCoreApplication.instance()
        if self._quiet or app is None:
            yield
            return
        self._quiet = True
        app.removeEventFilter(self)
        try:
            yield
        finally:
            app.installEventFilter(self)
            self._quiet = False
            try:
                adopt()
            except Exception as exc:  # noqa: BLE001 - the change itself is done: never undo it
                log.error("input rules for new widgets failed: %s", type(exc).__name__)


class LanguageGate(QObject):
    """Holds a change of language back from the hidden screens (and the closed on-screen
    keyboard), and hands it on when one is shown.

    Qt tells every widget of every built screen at once: a Welsh visitor's scan retranslated
    a dozen hidden pages (some 25 ms) before their greeting could show. Installed on each
    screen and on the keyboard, each of which keeps a locale of its own (the window's change
    of locale passes them by); one held back catches up, words and locale, by `refresh()`,
    which the window calls before a screen comes to the front, or else when it is shown.
    """

    def __init__(
        self, languages: Languages, front: Callable[[], QWidget | None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._languages = languages
        self._front = front  # the screen in front, or coming to the front
        self._screens: set[QWidget] = set()
        self._behind: set[QWidget] = set()
        self._passing: QWidget | None = None

    def watch(self, widget: QWidget, *, screen: bool = False) -> None:
        """Gate `widget`'s changes of language from now on: while it is hidden or, for a
        `screen`, while it is not the one in front (the one leaving is not told)."""
        widget.setLocale(self._languages.locale)
        widget.installEventFilter(self)
        if screen:
            self._screens.add(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and isinstance(watched, QWidget):
            if watched is not self._passing and (
                watched.isHidden() or (watched in self._screens and watched is not self._front())
            ):
                self._behind.add(watched)
                return True  # its children are not told either: it catches up when shown
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget):
            self.refresh(watched)
        return False

    def refresh(self, widget: QWidget) -> None:
        """Bring `widget` into the language showing, if a change was held back from it."""
        locale = self._languages.locale
        if widget.locale() != locale:
            widget.setLocale(locale)
        if widget in self._behind:
            self._behind.discard(widget)
            self._passing = widget
            try:
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
            finally:
                self._passing = None

    def forget(self, widget: QWidget) -> None:
        """A screen thrown away."""
        self._behind.discard(widget)
        self._screens.discard(widget)


class MainWindow(QMainWindow):
    """The kiosk window. Build it with app.wiring.build_window()."""

    screen_changed = Signal(str)
    settings_applied = Signal(object)
    # The first start's set-up ended (screens.presenters.setup.SetupChoices): the composition
    # root saves the device token and starts syncing.
    setup_completed = Signal(object)
    _store_problem = ""  # set when the store could not be opened: that message stays up
    _style_pending = False  # the style sheet waits for the window's polish (see _restyle)

    def __init__(
        self,
        *,
        ops: OpsHandle,
        runner: TaskRunner,
        languages: Languages,
        settings: Settings,
        config_path: Path,
        now: Callable[[], datetime],
        printer: DocumentPrinter | None = None,
        scanner: QObject | None = None,
        ops_ready: Callable[[], bool] = lambda: True,
        export_dir: Path | None = None,
        background: TaskRunner | None = None,
    ) -> None:
        """Build the window; the composition root hands in the devices.

        `printer` prints badges and exports; `scanner` is the keyboard-wedge event filter
        (the window owns it); `ops_ready` says whether the store is open yet.
        """
        super().__init__()
        self.setObjectName("main_window")
        self.ops = ops
        self.printer = printer
        self.scanner = scanner
        if scanner is not None:
            scanner.setParent(self)
        self.ops_ready = ops_ready
        # The AV display, once the composition root has set it up (set_av_display).
        self.av: DisplayManager | None = None
        # The sharing screen's audio ("port" and "signals"), once it has started; tests
        # listen through it.
        self.audio: dict[str, Any] = {}
        self.runner = runner
        # The showcase loops and housekeeping run here, never ahead of a visitor's action.
        self.background = background if background is not None else runner
        self.languages = languages
        self.settings = settings
        self.config_path = config_path
        self.navigation = NavigationPresenter(max_s=settings.facilitator_timeout_s)
        self.export_dir = export_dir
        self._kiosk = False
        self._may_close = False
        self._after_pin: Callable[[], None] | None = None
        self._current = ""
        self._visitor = 0  # counts visitors: the attract loop and each scan start a new one
        self._person: str | None = None  # the visitor identified (pass or check-in), if any
        self._scale = 1.0
        self._frameless = False  # whether the window flags are kiosk mode's

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = Header()
        self.header.home_requested.connect(self._on_header_home_requested)
        self.header.language_requested.connect(self._on_header_language_requested)
        self.sync_indicator = SyncIndicator()
        self.sync_indicator.clicked.connect(lambda: self.navigate("sync"))
        self.header.add_status(self.sync_indicator)
        layout.addWidget(self.header)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        layout.addWidget(self.stack, 1)
        # Docked under the stack: the page shrinks above it, so it never covers a field.
        self.keyboard = OnScreenKeyboard(self, settings)
        self.settings_applied.connect(self.keyboard.apply_settings)
        layout.addWidget(self.keyboard)
        self.touch_scrolling = TouchScrolling(self)
        self.scan_input = QLineEdit(central)
        self.scan_input.setObjectName("scan.input")
        self.scan_input.setGeometry(0, 0, 2, 2)
        self.scan_input.setMaxLength(200)
        # Out of the Tab chain: Tab never lands on an invisible field; the window gives it the
        # focus on the scan screens (focus_scan_input), where the scanner types into it.
        self.scan_input.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.scan_input.returnPressed.connect(self._on_scan_input_return_pressed)
        self.scan_input.textEdited.connect(self._on_scan_input_text_edited)
        self.setCentralWidget(central)
        self.overlay = Overlay(central)
        self.overlay.closed.connect(self._on_overlay_closed)
        # The banner floats over the page (above any dialog), so it never moves a control.
        self.banner = Banner(central, anchor=self.header)

        self.ctx = ScreenContext(
            ops=ops,
            runner=runner,
            languages=languages,
            notify=self.notify,
            navigate=self.navigate,
            settings=lambda: self.settings,
            now=now,
            printer=printer,
            is_facilitator=lambda: self.navigation.unlocked,
            view_changed=self._on_screen_view_changed,
            visitor=lambda: self._visitor,
            person=lambda: self._person,
            identify=self._identify,
            background=self.background,
        )
        self.language_gate = LanguageGate(languages, lambda: self.screens.get(self._current), self)
        self.language_gate.watch(self.keyboard)  # closed, it catches up when it opens
        self.screens = Screens(self._build_screen)
        self.header.demo.hide()
        self.first_run_pin = False
        self.setup_pending = False
        self._setup_done = False  # set-up ended in this run (before the store said so)
        # Set by the composition root: what the recovery page does with a damaged database
        # (kiosk.recovery.Recovery), and how the store is opened again afterwards.
        self.recovery: Any = None
        self.reopen_store: Callable[[], None] = lambda: None

        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("idle.timer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self.idle_watcher = IdleWatcher(self.idle_timer, self)
        self.input_policy = InputPolicy(self)
        self._filters_installed = False
        self.input_hub: InputHub | None = None
        self._filters_pending = False
        runner.job_failed.connect(self._on_runner_job_failed)
        self.housekeeping_timer = QTimer(self)
        self.housekeeping_timer.setObjectName("housekeeping.timer")
        self.housekeeping_timer.setSingleShot(True)
        self.housekeeping_timer.timeout.connect(self.run_housekeeping)
        self.backup_timer = QTimer(self)
        self.backup_timer.setObjectName("backup.timer")
        self.backup_timer.setSingleShot(True)
        self.backup_timer.timeout.connect(self.run_daily_backup)
        languages.changed.connect(self._on_languages_changed)
        self.apply_settings(settings)
        self._on_languages_changed(languages.current)

    def _build_screen(self, name: str) -> Screen:
        spec = BY_NAME[name]
        cls = getattr(importlib.import_module(spec.module), spec.cls)
        if name == "settings":
            screen = cls(self.ctx, lambda: self.config_path)
            screen.settings_saved.connect(self._on_settings_screen_settings_saved)
        elif name == "recovery":
            screen = cls(self.ctx, lambda: self.recovery)
            screen.recovered.connect(self._on_recovery_screen_recovered)
        elif name in ("people", "measures", "sharing", "eventadmin", "exports", "whoshere"):
            screen = cls(self.ctx, self.export_dir)
        elif name == "showcase":
            screen = cls(self.ctx, lambda: self.config_path, self.export_dir)
            screen.settings_saved.connect(self._on_settings_screen_settings_saved)
            screen.notice_changed.connect(self.refresh_showcase)
            screen.playlist_changed.connect(self.refresh_showcase)
        else:
            screen = cls(self.ctx)
        if name == "checkin":
            screen.checkout_offered.connect(self._on_checkin_checkout_offered)
            screen.scan_typed.connect(self._on_checkin_scan_typed)
        if name == "facilitator":
            screen.demo_removed.connect(self._on_facilitator_demo_removed)
        if name == "setup":
            screen.pin_wanted.connect(self._on_setup_pin_wanted)
        if name == "pin":
            screen.accepted.connect(self._on_pin_accepted)
            screen.cancelled.connect(self._on_pin_cancelled)
            screen.pin_set.connect(self._on_pin_set)
        assert isinstance(screen, Screen), spec
        touch_combos(screen)
        if name != "checkin":
            # Hidden, it catches up when shown. Check-in is the exception: a scan brings it to
            # the front from the attract loop, so it changes language with the room (back to
            # the room's language while the loop plays), not while a visitor waits.
            self.language_gate.watch(screen, screen=True)
        self.stack.addWidget(screen)
        return screen

    def set_av_display(self, av: DisplayManager) -> None:
        """The room's AV display, made by the composition root once the window exists."""
        self.av = av

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

    def store_opened(
        self, info: StartupInfo, *, first_screen_given: bool, setup_allowed: bool = False
    ) -> None:
        """The database is open: tidy up visits, show the demo badge, on a first run ask for
        a PIN (or, on a fresh install, show the set-up). A damaged database shows the recovery
        page and nothing else starts."""
        if not info.database_ok:
            self.show_recovery(info.newest_good_backup or "")
            return
        self.header.demo.setVisible(info.is_demo)
        self.run_housekeeping()
        self._schedule_backup()  # the store's opening made the day's first backup
        if setup_allowed and not info.initialised and not first_screen_given:
            if self._current in ("", "attract") and not self._setup_done:
                self.start_setup()
            return
        if not info.pin_set and not first_screen_given and self._current in ("", "attract"):
            self.first_run_pin = True
            self.navigate("pin:set")

    # --- first start --------------------------------------------------------------------------

    def start_setup(self) -> None:
        """A fresh install: the set-up page in front (then the PIN, then the attract loop)."""
        self.setup_pending = True
        self.show_screen("setup")

    def _on_setup_pin_wanted(self) -> None:
        from screens.presenters.pin import PinMode

        self._ask_pin(PinMode.SET, self._finish_setup)

    def _finish_setup(self) -> None:
        """The PIN is set: write the settings, mark the room set up, start the demo seeding on
        the background lane if it was chosen, and take visitors at once."""
        from kiosk.config import save_settings

        setup: Any = self.screens["setup"]
        choices = setup.choices
        if choices is None:  # the form was not checked: back to it
            self.show_screen("setup")
            return
        try:
            save_settings(choices.settings, self.config_path)
        except OSError as exc:
            log.error("set-up: the settings file could not be written: %s", type(exc).__name__)
            self.show_screen("setup")
            setup.message.setText(self.tr("The settings file could not be written. Please ask IT."))
            return
        self.setup_pending = False
        self._setup_done = True
        self.apply_settings(choices.settings)
        self.setup_completed.emit(choices)
        self.runner.submit(
            lambda: self.ctx.ops.golive.finish_setup(),
            lambda _none: None,
            self._on_runner_job_failed,
        )
        if choices.demo:
            # On the background lane: a visitor checking in meanwhile is served by the main
            # worker and waits at most for SQLite's write lock, never for the whole seeding.
            self.background.submit(
                lambda: self.ctx.ops.golive.seed_demo(),
                self._on_demo_seeded,
                self._on_demo_seed_failed,
            )
        self.go_idle()

    def _on_demo_seeded(self, seeded: bool) -> None:
        if seeded:
            self.header.demo.setVisible(True)
            self.refresh_showcase()

    def _on_facilitator_demo_removed(self) -> None:
        self.header.demo.hide()
        self.refresh_showcase()

    def _on_demo_seed_failed(self, exc: BaseException) -> None:
        log.error("the demo room could not be seeded: %s", type(exc).__name__)

    def show_recovery(self, backup_path: str) -> None:
        """A damaged database: the recovery page, whatever else was in front."""
        log.error("the database is damaged; newest good backup: %s", bool(backup_path))
        self.overlay.dismiss()
        self.show_screen("recovery")

    def _on_recovery_screen_recovered(self) -> None:
        self.notify(self.tr("The room's database is back. The kiosk is starting."), "info")
        self.reopen_store()
        self.go_idle()

    def store_failed(self, exc: BaseException) -> None:
        """The database could not be opened: say so, and keep saying it (no later message
        replaces it, no timer hides it); the screens stay empty. A damaged database shows the
        recovery page instead (restore the newest good backup, or start afresh)."""
        log.error("the database could not be opened: %s", exc)
        if isinstance(exc, KioskError) and exc.code is ErrorCode.DB_DAMAGED:
            self.show_recovery(str(exc.params.get("backup") or ""))
            return
        if isinstance(exc, KioskError) and exc.code is ErrorCode.DB_UPGRADE_FAILED:
            text = words.error_text(exc)
        else:
            text = self.tr(
                "The room's database could not be opened. Please ask a facilitator; "
                "the details are in the log."
            )
        self._store_problem = text
        self.notify(text, "error")
        self.banner.timer.stop()

    # --- navigation -------------------------------------------------------------------------

    @property
    def current_screen(self) -> str:
        """The name of the screen in front ("pin" while the PIN pad shows)."""
        return self._current

    def navigate(self, target: str) -> None:
        """Go to a screen by name, through the PIN pad where needed; also "exit", "pin:set"."""
        from screens.presenters.pin import PinMode

        if target == "exit":
            self.request_exit()
            return
        if target == "pin:set":
            self._ask_pin(PinMode.SET, lambda: self.show_screen("facilitator"))
            return
        if target == "attract":
            self.go_idle()
            return
        if target.startswith("pin:"):
            back = target.partition(":")[2]
            self._ask_pin(PinMode.VERIFY, lambda: self.show_screen(back))
            return
        if target.startswith("measures:"):
            measures = self.screens["measures"]
            measures.set_project(target.partition(":")[2])  # type: ignore[attr-defined]
            self.show_screen("measures")
            return
        if target.startswith("project:"):
            project: Any = self.screens["project"]
            project.set_project(target.partition(":")[2])
            self.show_screen("project")
            return
        if target.startswith("projectform"):
            self._open_project_form(target.partition(":")[2])
            return
        if target.startswith("qnet:"):  # a Qnet page: supporters, coffee or boards
            self.show_screen("qnet")
            qnet: Any = self.screens["qnet"]
            qnet.show_page(target.partition(":")[2])
            return
        if target.startswith("myproject:"):
            self._open_own_project(target.partition(":")[2])
            return
        route = self.navigation.route(target)
        if route.needs_pin:
            self._ask_pin(PinMode.VERIFY, lambda: self.show_screen(target))
        else:
            self.show_screen(target)

    def _open_project_form(self, project_id: str) -> None:
        """A blank new-project form, or (behind the PIN) the form filled with a project."""
        from screens.presenters.pin import PinMode

        form: Any = self.screens["projectform"]
        if not project_id:
            form.new_project()
            self.show_screen("projectform")
            return

        def open_filled() -> None:
            def filled(page: Any) -> None:
                form.edit(page)
                self.show_screen("projectform")

            self.runner.submit(
                lambda: self.ctx.ops.projects.project_page(project_id),
                filled,
                self._on_runner_job_failed,
            )

        if self.navigation.unlocked:
            open_filled()
        else:
            self._ask_pin(PinMode.VERIFY, open_filled)

    def _identify(self, person_id: str | None) -> None:
        """The visitor in front is this person (a pass scanned, or they found themselves)."""
        self._person = person_id

    @property
    def identified_person(self) -> str | None:
        """The person id of the visitor identified now, or None."""
        return self._person

    def _open_own_project(self, project_id: str) -> None:
        """The project form for the identified visitor's own project, without the PIN: the core
        refuses (NOT_TEAM_MEMBER) anyone not on its team, and nothing opens."""
        person = self._person
        if person is None:
            self.show_screen("mysettings")
            return
        form: Any = self.screens["projectform"]
        visitor = self._visitor

        def opened(page: Any) -> None:
            if self._visitor == visitor and self._person == person:
                form.edit(page, member=person)
                self.show_screen("projectform")

        def refused(exc: BaseException) -> None:
            if self._visitor != visitor:
                return
            if isinstance(exc, KioskError):
                self.notify(words.error_text(exc), "error")
            else:
                self._on_runner_job_failed(exc)

        self.runner.submit(
            lambda: self.ctx.ops.projects.own_project_page(project_id, person), opened, refused
        )

    def _changing(self) -> AbstractContextManager[None]:
        """A change the kiosk makes to itself: the input filters stand aside meanwhile."""
        hub = self.input_hub
        return nullcontext() if hub is None else hub.quiet(self._adopt_polished)

    def _adopt_polished(self) -> None:
        # What a change polishes is in the screen it brought to the front (the header, banner
        # and keyboard were polished with the window, before the filters were installed).
        front = self.screens.get(self._current)
        if front is not None:
            self.touch_scrolling.adopt_children(front)
            self.input_policy.adopt_children(front)

    def show_screen(self, name: str, before: Callable[[Screen], None] | None = None) -> None:
        """Bring `name` to the front (no PIN check: callers have done it).

        `before(screen)` runs once the screen is the one in front (a change of language
        reaches it) but before it is shown: what it sets up shows at once, with no page of
        the screen shown on the way (a scan's confirmation).
        """
        with self._changing():
            self._show_screen(name, before)

    def _show_screen(self, name: str, before: Callable[[Screen], None] | None) -> None:
        previous_name = self._current
        previous = self.screens.get(previous_name)
        if previous is not None and previous_name != name and name != "pin":
            self._reset_screen(previous_name, previous)
        screen = self.screens[name]
        if previous_name != name and name != "pin":
            # A message belongs to the screen that raised it (unless this move raised it).
            self.banner.clear_stale(owner=name)
        self._current = name
        if before is not None:
            before(screen)
        self.language_gate.refresh(screen)  # before it shows: no second layout after
        self.stack.setCurrentWidget(screen)
        self.header.home.setVisible(name not in ("attract", "home", "setup", "recovery"))
        if name == "attract":
            self.idle_timer.stop()
        else:
            self.idle_timer.start()
        screen.shown()
        self._on_screen_view_changed()
        if name in SCAN_SCREENS and not self.overlay.isVisible():
            self.focus_scan_input()
        elif self.scan_input.hasFocus():
            # Elsewhere the invisible field must not hold the focus: Tab starts at the top.
            self.scan_input.clearFocus()
        self.screen_changed.emit(name)

    def _on_screen_view_changed(self) -> None:
        # The screen in front, or the view inside it, changed: a public one ends the
        # facilitator session (the session console inside Sharing is a protected view).
        screen = self.screens.get(self._current)
        view = bool(screen is not None and screen.facilitator_view())
        self.navigation.entered(self._current, facilitator_view=view)

    def _reset_screen(self, name: str, screen: Screen) -> bool:
        """Reset one screen; one that fails is thrown away (a fresh one is built when next
        needed), so that no screen can keep the kiosk from its attract loop."""
        try:
            screen.reset()
        except Exception as exc:  # noqa: BLE001 - any failure: the screen is replaced
            log.error("reset of screen %s failed: %s", name, type(exc).__name__)
            self._discard_screen(name)
            return False
        return True

    def _discard_screen(self, name: str) -> None:
        screen = self.screens.forget(name)
        if screen is None:
            return
        self.language_gate.forget(screen)
        self.stack.removeWidget(screen)
        screen.hide()
        screen.deleteLater()

    def go_idle(self) -> None:
        """Back to the attract loop: every input cleared, the PIN needed again.

        Each step is on its own: a screen or part that fails is logged (and a failing screen
        replaced), and the attract loop is reached whatever happened.
        """
        with self._changing():
            self._go_idle()

    def _go_idle(self) -> None:
        self._visitor += 1
        # Answers still to come for the visitor who has gone are dropped, not shown to the next.
        self.runner.new_generation()
        self._person = None  # the visitor's session ends: My settings forgets them
        self.navigation.lock()
        self._after_pin = None
        for name, screen in self.screens.built_by_name():
            self._reset_screen(name, screen)
        for step in (
            self.overlay.dismiss,
            self.keyboard.close_keyboard,
            self.scan_input.clear,
            self.banner.clear,
        ):
            self._guarded(step)

        def room_language(_attract: Screen) -> None:
            # Once the attract loop is in front: the screens behind catch up when next shown.
            if self.languages.current != self.settings.default_language:
                self._guarded(lambda: self.languages.switch(self.settings.default_language))

        try:
            self.show_screen("attract", before=room_language)
        except Exception as exc:  # noqa: BLE001 - the attract loop must show regardless
            log.error("showing the attract loop failed: %s", type(exc).__name__)
            self._force_attract()

    def _guarded(self, step: Callable[[], object]) -> None:
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - one part failing must not stop the rest
            log.error("returning to the attract loop: a step failed: %s", type(exc).__name__)

    def _force_attract(self) -> None:
        """The attract loop in front by the shortest path (when the usual path failed)."""
        self._discard_screen("attract")
        attract = self.screens["attract"]
        self._current = "attract"
        if self.languages.current != self.settings.default_language:
            self._guarded(lambda: self.languages.switch(self.settings.default_language))
        self._guarded(lambda: self.language_gate.refresh(attract))
        self.stack.setCurrentWidget(attract)
        self.header.home.hide()
        self.idle_timer.stop()
        self.screen_changed.emit("attract")

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
        if self.setup_pending:
            self.show_screen("setup")
            return
        if self.first_run_pin:
            self.first_run_pin = False
            self.go_idle()
        else:
            self.show_screen("home")

    def _on_header_home_requested(self) -> None:
        self.navigate("home")

    def _on_header_language_requested(self) -> None:
        with self._changing():
            self.languages.switch("en" if self.languages.current == "cy" else "cy")
        screen = self.screens.get(self._current)
        if screen is not None:
            screen.language_chosen()  # the visitor's own choice: their flow keeps it

    def _on_languages_changed(self, lang: str) -> None:
        self.banner.clear_stale()  # a message in the other language would stay untranslated
        # Widgets keep the locale they were built with: date fields and their calendars would
        # name months in English on a Welsh screen. Children follow the window's locale.
        self.setLocale(self.languages.locale)
        front = self.screens.get(self._current)
        if front is not None and not front.isHidden():
            self.language_gate.refresh(front)  # its locale (it was told the words)
        self.header.set_language(lang)
        self.header.home.set_text(self.tr("Home"), self.tr("Go to the home screen"))
        self.scan_input.setAccessibleName(self.tr("Scan a QR pass"))
        self.header.demo.setText(self.tr("Demo content"))
        self.header.demo.setAccessibleName(self.tr("This room is showing demo content"))
        self.setWindowTitle(self.tr("Qspace Kiosk"))

    def _on_idle_timer_timeout(self) -> None:
        if self.setup_pending or self._current == "recovery":
            return  # set-up and recovery wait for the facilitator, however long
        log.info("idle timeout: back to the attract loop")
        self.go_idle()

    def notify(self, text: str, kind: str = "info") -> None:
        """Show a message in the kiosk banner, about the screen in front now (none other while
        the store could not be opened)."""
        if self._store_problem and text != self._store_problem:
            return
        self.banner.show_message(text, kind, owner=self._current)

    def recover(self) -> None:
        """After an unexpected error: back to the start with a friendly message.

        go_idle() resets each screen on its own and replaces one whose reset fails, so the
        reset that just failed is not called again.
        """
        self.go_idle()
        self.notify(
            self.tr("Sorry, something went wrong. We have gone back to the start."), "error"
        )

    def _on_runner_job_failed(self, _exc: object) -> None:
        self.notify(
            self.tr("Sorry, that did not work. Please try again or ask a facilitator."), "error"
        )

    # --- passes and scans -------------------------------------------------------------------

    def focus_scan_input(self) -> None:
        """Give the hidden scan field the focus, ready for the next pass."""
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_scan(self, text: str, source: str = "qr") -> None:
        """A pass was scanned or its code typed: check the person in, or offer check-out."""
        self.runner.submit(
            lambda: self.ctx.ops.checkin.scan(text, source),
            self._on_scan_done,
            self._on_scan_failed,
            keep=True,  # the pass is the next visitor's: a reset meanwhile does not drop it
        )

    def _on_scan_done(self, outcome: Any) -> None:
        self._visitor += 1
        self._person = None  # a new visitor: check-in identifies them (show_scan)
        self.banner.clear_stale()  # a new visitor: nothing said to the last one stays
        self.overlay.dismiss()
        # The confirmation is set up before check-in shows: its search page never shows first.
        self.show_screen("checkin", before=lambda checkin: checkin.show_scan(outcome))  # type: ignore[attr-defined]

    def _on_scan_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KioskError) and exc.code in words.SCAN_REFUSALS:
            log.info("pass refused: %s", exc.code.value)
            if self._current == "attract":  # the bilingual screen: Welsh first, then English
                source = words.SCAN_REFUSALS[exc.code]
                self.notify(self.languages.both("Words", source, "\n"), "error")
            else:
                self.notify(words.error_text(exc), "error")
        else:
            log.error("scan failed: %s", type(exc).__name__)
            self.notify(
                self.tr("Sorry, that did not work. Please try again or ask a facilitator."), "error"
            )
        if self._current in SCAN_SCREENS and not self.overlay.isVisible():
            self.focus_scan_input()

    def _on_scan_input_return_pressed(self) -> None:
        text = self.scan_input.text().strip()
        self.scan_input.clear()
        if text:
            self.handle_scan(text, "typed")

    def _on_scan_input_text_edited(self, text: str) -> None:
        # Someone typing their name on the check-in screen: give it to the search field.
        if self._current == "checkin" and not text.upper().startswith("Q"):
            checkin = self.screens["checkin"]
            search = checkin.search  # type: ignore[attr-defined]
            if checkin.pages.currentWidget() is checkin.find_page:  # type: ignore[attr-defined]
                self.scan_input.clear()
                search.setFocus()
                search.setText(search.text() + text)

    def _on_checkin_scan_typed(self, text: str) -> None:
        self.handle_scan(text, "typed")

    def _on_checkin_checkout_offered(self, visitor: Any) -> None:
        from screens.presenters.events import ROOM_ZONE

        since = visitor.checked_in_at
        when = since.astimezone(ROOM_ZONE).strftime("%H:%M") if since else ""
        self.overlay.ask(
            self.tr("You are already checked in, %1").replace("%1", visitor.first_name),
            self.tr("You checked in at %1. Are you leaving now?").replace("%1", when),
            [
                (
                    "checkin.checkout",
                    self.tr("Check out"),
                    "primary",
                    lambda: self._check_out(visitor),
                ),
                ("checkin.stay", self.tr("Stay checked in"), "", None),
                (
                    "checkout.my_settings",
                    self.tr("My settings"),
                    "",
                    lambda: self.navigate("mysettings"),
                ),
            ],
        )

    def _check_out(self, visitor: Any) -> None:
        visit_id = visitor.open_visit_id
        self.runner.submit(
            lambda: self.ctx.ops.checkin.check_out(visit_id),
            lambda _r: self._on_checked_out(visitor.first_name),
            self._on_scan_failed,
        )

    def _on_checked_out(self, first_name: str) -> None:
        self.go_idle()
        self.notify(self.tr("Goodbye, %1. Thank you for coming!").replace("%1", first_name), "info")

    def _on_overlay_closed(self) -> None:
        if self._current in SCAN_SCREENS:
            self.focus_scan_input()

    # --- housekeeping -----------------------------------------------------------------------

    def run_housekeeping(self) -> None:
        """Close visits left open at closing time and anonymise old ones (start and daily)."""
        from datetime import time as day_time

        from screens.presenters.events import ROOM_ZONE

        closing = day_time.fromisoformat(self.settings.closing_time)
        days = self.settings.retention_days
        self.background.submit(
            lambda: self.ctx.ops.checkin.housekeeping(closing, ROOM_ZONE, days),
            self._on_housekeeping_done,
            self._on_housekeeping_failed,
            keep=True,
        )
        self._schedule_housekeeping()

    def _schedule_housekeeping(self) -> None:
        from screens.presenters.events import ROOM_ZONE
        from screens.presenters.housekeeping import ms_until_next_run

        self.housekeeping_timer.start(
            ms_until_next_run(self.ctx.now(), self.settings.closing_time, ROOM_ZONE)
        )

    def run_daily_backup(self) -> None:
        """The daily backup on the background lane (copied to `backup.copy_to`, pruned after
        `backup.keep_days`), then the next one scheduled."""
        copy_to, keep_days = self.settings.backup_copy_to, self.settings.backup_keep_days
        self.background.submit(
            lambda: self.ctx.ops.golive.daily_backup(copy_to, keep_days),
            self._on_daily_backup_done,
            self._on_daily_backup_failed,
        )
        self._schedule_backup()

    def _schedule_backup(self) -> None:
        from screens.presenters.backups import ms_until_next_backup
        from screens.presenters.events import ROOM_ZONE

        self.backup_timer.start(
            ms_until_next_backup(self.ctx.now(), self.settings.closing_time, ROOM_ZONE)
        )

    def _on_daily_backup_done(self, made: Any) -> None:
        log.info("daily backup written (%d bytes)", made.size)
        page = self.screens.get("backups")
        if page is not None:
            page.shown()

    def _on_daily_backup_failed(self, exc: BaseException) -> None:
        log.error("the daily backup failed: %s", type(exc).__name__)

    def _on_housekeeping_done(self, report: Any) -> None:
        log.info(
            "housekeeping: %d visits closed, %d anonymised",
            report.closed_visits,
            report.anonymised_visits,
        )

    def _on_housekeeping_failed(self, exc: BaseException) -> None:
        log.error("housekeeping failed: %s", type(exc).__name__)

    # --- settings, theme and kiosk mode ------------------------------------------------------

    def show_sync_status(self, status: Any) -> None:
        """The sync worker reported: the header's indicator and the sync page follow."""
        self.sync_indicator.show_indicator(indicator(status, now=self.ctx.now()))
        page = self.screens.get("sync")
        if page is not None:
            cast("SyncScreen", page).show_status(status)

    def refresh_showcase(self) -> None:
        """A notice was raised or cleared, or a loop edited: every loop asks again now."""
        attract = self.screens.get("attract")
        if attract is not None:
            cast("AttractScreen", attract).player.refresh_now()
        if self.av is not None:
            self.av.display.player.refresh_now()

    def show_on_av(self, widget: QWidget) -> bool:
        """Put `widget` on the AV display; False (and nothing shown) when there is none."""
        return self.av is not None and self.av.present(widget)

    def apply_settings(self, settings: Settings) -> None:
        """Apply settings live: names, theme, text size, idle timeout, kiosk mode."""
        self.settings = settings
        self.header.room.setText(settings.room_name)
        self.header.board.setText(settings.health_board)
        self.header.set_logo(settings.logo)
        self._restyle()
        self.idle_timer.setInterval(settings.idle_timeout_s * 1000)
        self.navigation.max_s = settings.facilitator_timeout_s
        self.settings_applied.emit(settings)

    def _restyle(self) -> None:
        # Until the window is polished (just before it is first shown or grabbed) the sheet
        # waits: applied then, at the size the window has by then, every widget is polished
        # once with it. Applying it here and again at the first resize polished them twice.
        if not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            if not self._style_pending:
                # A filter that stands down once used, not an override of event(): Python in
                # every event of the window (each repaint) kept the workers from the
                # interpreter while the window painted.
                self.installEventFilter(
                    EventFilter(QEvent.Type.Polish, self._apply_pending_style, self)
                )
            self._style_pending = True
            return
        self._style_pending = False
        palette = build_palette(self.settings.primary_colour, self.settings.accent_colour)
        sheet = style_sheet(palette, large_text=self.settings.large_text, scale=self._scale)
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def install_input_filters(self) -> None:
        """Install the application event filters: the on-screen keyboard, touch scrolling,
        the idle watcher, the input policy and the scanner (Qt asks the last installed first).

        Done once the window has first painted (MainWindow.showEvent): each filter is Python
        code run for every event of every object; before the first paint that is thousands of
        polish events, and handing Qt's private objects (the window's QWindow, the style) to
        Python builds some 130 of PySide6's enum types. The polish-time rules are applied to
        the widgets polished by then."""
        if self._filters_installed:
            return
        self._filters_installed = True
        app = QApplication.instance()
        if app is None:
            return
        self.touch_scrolling.adopt_children(self)
        self.input_policy.adopt_children(self)
        routes: list[tuple[QObject, frozenset[QEvent.Type]]] = [
            (self.keyboard, frozenset({QEvent.Type.MouseButtonPress})),
            (self.touch_scrolling, frozenset({QEvent.Type.Polish})),
            (self.idle_watcher, frozenset(USER_INPUT)),
            (
                self.input_policy,
                frozenset({QEvent.Type.ContextMenu, QEvent.Type.Wheel, QEvent.Type.Polish}),
            ),
        ]
        if self.scanner is not None:
            routes.append((self.scanner, frozenset({QEvent.Type.KeyPress})))
        self.input_hub = InputHub(routes, self)
        app.installEventFilter(self.input_hub)
        # The on-screen keyboard's keys are built in idle time, once the first screen is up.
        QTimer.singleShot(1000, self.keyboard, self.keyboard.build_keys)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._filters_installed and not self._filters_pending:
            self._filters_pending = True
            # Once painted, in a turn of its own: the picture is up before the filters go in.
            self.installEventFilter(
                EventFilter(
                    QEvent.Type.Paint,
                    lambda: QTimer.singleShot(0, self, self.install_input_filters),
                    self,
                )
            )
        super().showEvent(event)

    def _apply_pending_style(self) -> None:
        # The window is polished before its children: the sheet reaches them first time.
        if not self._style_pending:
            return
        self._style_pending = False
        self._scale = screen_scale(self.width(), self.height())
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
        if kiosk != self._frameless:
            # Changing the flags re-parents the window, which polishes every widget again with
            # the style sheet: only when they change (a new window has the ordinary flags).
            self._frameless = kiosk
            flags = Qt.WindowType.Window
            if kiosk:
                flags |= Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            self.setWindowFlags(flags)
        if kiosk:
            if target is not None:
                self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
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
        from screens.presenters.pin import PinMode

        if not self._kiosk or self.navigation.unlocked:
            self._may_close = True
            self.close()
            return
        self._ask_pin(PinMode.VERIFY, self._allow_exit)

    def _allow_exit(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        from screens.presenters.pin import PinMode

        if self._kiosk and not self._may_close:
            event.ignore()
            self._ask_pin(PinMode.VERIFY, self._allow_exit)
            return
        app = QApplication.instance()
        if app is not None and self.input_hub is not None:
            app.removeEventFilter(self.input_hub)
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
