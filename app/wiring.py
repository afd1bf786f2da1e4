"""Wiring: builds config, store, operations, devices, sync and the main window from a launch."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication

from devices.printer import QtDocumentPrinter
from devices.scanner import KeyboardWedge
from kiosk import paths
from kiosk.config import Settings, apply_overrides, load_settings
from kiosk.errors import ErrorCode, KioskError
from kiosk.ops_handle import OpsHandle
from screens.i18n import Languages
from screens.main_window import MainWindow
from screens.widgets import EventFilter
from screens.worker import TaskRunner, VisitorsFirst

if TYPE_CHECKING:
    from kiosk.db import Store
    from kiosk.dto.catalogue import StartupInfo
    from kiosk.operations import Operations
    from screens.presenters.setup import SetupChoices

log = logging.getLogger(__name__)
# How long a thread may keep the interpreter while another waits for it. Python's default,
# 5 ms, is a visible wait for a screen whose worker answers while another lane reads a slide.
GUI_SWITCH_INTERVAL_S = 0.001


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
    exit_when_ready: bool = False
    # A fresh install may be set up: the default database and no config file, no --screen.
    setup_allowed: bool = False


def launch_from(args: argparse.Namespace) -> Launch:
    explicit = getattr(args, "config", None)
    config_path = explicit or paths.config_file()
    settings = load_settings(config_path, required=explicit is not None)
    settings = apply_overrides(settings, dict(getattr(args, "overrides", []) or []))
    kiosk = settings.kiosk_mode if getattr(args, "kiosk", None) is None else bool(args.kiosk)
    lang = getattr(args, "lang", None) or settings.default_language
    screen = getattr(args, "screen", None)
    exit_early = bool(getattr(args, "exit_after_paint", False)) or bool(
        getattr(args, "exit_when_ready", False)
    )
    # `--db URL` (an existing room, a test, a benchmark) and a config file of any kind mean
    # the kiosk was set up already: the set-up shows only on a fresh install.
    setup_allowed = not args.db and not config_path.exists() and not screen and not exit_early
    return Launch(
        settings=replace(settings, kiosk_mode=kiosk),
        config_path=config_path,
        db_url=args.db or paths.default_db_url(),
        lang=lang,
        kiosk=kiosk,
        screen=screen,
        exit_after_paint=bool(getattr(args, "exit_after_paint", False)),
        exit_when_ready=bool(getattr(args, "exit_when_ready", False)),
        setup_allowed=setup_allowed,
    )


def open_store(
    db_url: str,
    settings: Settings | None = None,
    *,
    seed_demo: bool = True,
    checkpoint_on_commit: bool = True,
) -> Store:
    """Migrate the database and seed demo content on the very first start (worker thread),
    unless `seed_demo` is False (the first start's set-up decides, and seeds on the background
    lane). A SQLite file is backed up before a migration (kiosk.db.migrate) and once a day
    (kiosk.backup)."""
    from kiosk import backup
    from kiosk.db import Store, get_state, make_engine, migrate, set_state, utc_now

    engine = make_engine(db_url, checkpoint_on_commit=checkpoint_on_commit)
    path = backup.database_path(db_url)
    # One backup before a migration, made by migrate() itself (qspace.schema-NNNN.sqlite3.bak
    # beside the database, owner-only): it is what a failed migration is rolled back from.
    migrate(engine)
    store = Store(engine)
    if path is not None and settings is not None:
        try:
            backup.daily_backup(
                path,
                now=utc_now(),
                keep_days=settings.backup_keep_days,
                copy_to=Path(settings.backup_copy_to) if settings.backup_copy_to else None,
            )
        except KioskError as exc:  # a failed backup is logged, never a reason not to start
            log.error("the daily backup failed: %s", exc.describe())
    if seed_demo:
        with store.begin() as session:
            if get_state(session, "initialised") is None:
                from kiosk.demo import seed_if_empty

                counts = seed_if_empty(session, now=utc_now())
                if counts is not None:
                    log.info(
                        "first start: demo content seeded (%d people, %d projects)",
                        counts.people,
                        counts.projects,
                    )
                set_state(session, "initialised", utc_now().isoformat())
    return store


def open_operations(
    db_url: str,
    settings: Settings | None = None,
    *,
    seed_demo: bool = True,
    clock: Callable[[], datetime] | None = None,
    checkpoint_on_commit: bool = True,
) -> Operations:
    """Check the database's integrity, open the store and build the operations over it (on
    the worker, by the OpsHandle). `clock` (the wall clock when None) is what the operations
    take as "now": tests stop it at a chosen moment. `checkpoint_on_commit`: see
    kiosk.db.make_engine (the window checkpoints on its background lane instead).

    A damaged database (StartupInfo.database_ok False) is opened as it was found, neither
    migrated nor backed up, so that the window can offer the newest good backup.

    Raises:
        KioskError: DB_DAMAGED when a damaged database cannot even be opened.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk import backup
    from kiosk.db import Store, make_engine, utc_now
    from kiosk.operations import Operations

    path = backup.database_path(db_url)
    integrity = backup.check_integrity(path) if path is not None else None
    if integrity is not None and not integrity.ok:
        try:
            damaged = Store(make_engine(db_url))
        except SQLAlchemyError:
            raise KioskError(
                ErrorCode.DB_DAMAGED,
                backup=integrity.newest_good_backup or "",
                detail=integrity.detail,
            ) from None
        return Operations(damaged, clock=clock or utc_now, integrity=integrity)
    store = open_store(
        db_url, settings, seed_demo=seed_demo, checkpoint_on_commit=checkpoint_on_commit
    )
    return Operations(store, clock=clock or utc_now, integrity=integrity)


def window_for(
    launch: Launch,
    *,
    start_worker: str = "after_paint",
    audio: bool = True,
    background_lane: bool = True,
    clock: Callable[[], datetime] | None = None,
) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "build_window needs a QApplication"
    # Visitors first: while a visitor's job is in hand the background lane holds back.
    visitors = VisitorsFirst()
    # And the screen gets the interpreter back soon: a worker thread running Python keeps it
    # for up to the switch interval (5 ms by default) each time the GUI thread asks for it.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    # no parent: stopped before Qt goes
    runner = TaskRunner(start=start_worker == "now", visitors=visitors)
    # Background work (showcase loops, housekeeping) gets a thread and connection of its own,
    # started once the store is open: what it is asked before then waits, and is never dropped.
    background = (
        TaskRunner(start=False, name="db.background", behind=visitors) if background_lane else None
    )
    languages = Languages(app)
    languages.switch(launch.lang)
    # On a fresh install the set-up decides on the demo (and seeds it on the background lane).
    seed_demo = not launch.setup_allowed
    ops = OpsHandle(
        lambda: open_operations(
            launch.db_url,
            launch.settings,
            seed_demo=seed_demo,
            clock=clock,
            # A visitor's commit never copies the log back: the background lane does (below).
            checkpoint_on_commit=False,
        )
    )
    printer = QtDocumentPrinter(paths.data_dir() / "prints", parent=app)
    wedge = KeyboardWedge()
    window = MainWindow(
        ops=ops,
        runner=runner,
        languages=languages,
        settings=launch.settings,
        config_path=launch.config_path,
        now=clock or _utc_now,
        printer=printer,
        scanner=wedge,
        ops_ready=lambda: ops.ready,
        export_dir=paths.data_dir() / "exports",
        background=background,
    )
    wedge.scanned.connect(lambda text: window.handle_scan(text, "qr"))
    # The window installs the wedge with its other event filters when it is first shown.
    window.destroyed.connect(lambda: app.removeEventFilter(wedge))
    if audio and launch.settings.audio_enabled:  # snapshots leave the sound card alone
        _wire_audio(window)

    def opened(info: StartupInfo) -> None:
        if not info.database_ok:  # the recovery page first; the rest once it is mended
            _use_recovery(window, launch)
            window.store_opened(info, first_screen_given=bool(launch.screen))
            return
        if background is not None:
            from kiosk.db import pause_reads  # imported by the worker by now

            # The background lane waits for a visitor's job between statements, holding no lock.
            pause_reads(ops.store.engine, visitors.hold)
            background.start()
        _keep_checkpointing(window, ops.store)
        window.store_opened(
            info, first_screen_given=bool(launch.screen), setup_allowed=launch.setup_allowed
        )
        _start_av_display(window)
        if launch.settings.register_url and not launch.exit_after_paint:
            _start_sync(window, ops.store, launch.settings)

    def failed(exc: BaseException) -> None:
        if background is not None:
            background.start()  # its jobs now fail as the store is not open, and say so
        if isinstance(exc, KioskError) and exc.code is ErrorCode.DB_DAMAGED:
            _use_recovery(window, launch)
        window.store_failed(exc)

    def reopen() -> None:  # after a damaged database was restored or set aside
        def reload() -> StartupInfo:
            ops.reload()
            return ops.startup_info()

        runner.submit(reload, opened, failed)

    window.reopen_store = reopen
    window.setup_completed.connect(lambda choices: _on_setup_completed(window, ops, choices))
    # The first job opens the store (whichever it is; this one says what start-up needs).
    runner.submit(ops.startup_info, opened, failed, keep=True)
    window.setMinimumSize(QSize(1024, 640))
    if launch.kiosk:
        window.resize(1920, 1080)
    else:
        window.resize(1440, 900)
    if launch.setup_allowed and not paths.default_db_file().exists():
        window.start_setup()  # a fresh install: set-up first, before the store has opened
    else:
        window.show_screen(launch.screen or "attract")
    if start_worker == "after_paint":
        # The store opens once the first screen has painted, or after 300 ms at the latest.
        window.installEventFilter(EventFilter(QEvent.Type.Paint, runner.start, window))
        window.screens[window.current_screen].installEventFilter(
            EventFilter(QEvent.Type.Paint, runner.start, window)
        )
        QTimer.singleShot(300, window, runner.start)
    return window


CHECKPOINT_EVERY_MS = 30_000


class Checkpoints(QObject):
    """Copies the write-ahead log back into the database every 30 s on the background lane
    (the window's commits do not: see open_operations), so that the log stays small and no
    visitor's check-in pays for it."""

    def __init__(self, window: MainWindow, store: Store) -> None:
        super().__init__(window)
        self.setObjectName("checkpoints")
        self.store = store
        self._lane = window.background
        self.timer = QTimer(self)
        self.timer.setInterval(CHECKPOINT_EVERY_MS)
        self.timer.timeout.connect(self.run)
        self.timer.start()

    def run(self) -> None:
        """One checkpoint now, on the background lane."""
        self._lane.submit(self.store.checkpoint, self._done, self._failed, keep=True)

    def _done(self, pages: int | None) -> None:
        if pages:
            log.debug("checkpoint: %d pages of the log are in the database", pages)

    def _failed(self, exc: BaseException) -> None:
        log.warning("checkpoint failed: %s", type(exc).__name__)  # tried again in 30 s


def _keep_checkpointing(window: MainWindow, store: Store) -> None:
    """Once per window; a store reopened (after a restore) is the one checkpointed then."""
    existing = window.findChild(Checkpoints, "checkpoints")
    if existing is None:
        Checkpoints(window, store)
    else:
        existing.store = store


def _use_recovery(window: MainWindow, launch: Launch) -> None:
    """What the recovery page acts on: the database file of this launch."""
    from kiosk import backup  # SQLAlchemy is imported on the GUI thread only after a failure
    from kiosk.recovery import Recovery

    db_path = backup.database_path(launch.db_url)
    window.recovery = Recovery(db_path) if db_path is not None else None


def _on_setup_completed(window: MainWindow, ops: OpsHandle, choices: SetupChoices) -> None:
    """Set-up ended: keep the device token (the OS keyring, else a 0600 file) and start
    syncing when a register was given."""
    from sync.tokens import TokenStore

    if choices.token:
        try:
            TokenStore().save(choices.token)
        except OSError as exc:
            # The sync page then says the worker is off for want of a token.
            log.error("the device token could not be saved: %s", type(exc).__name__)
    if choices.settings.register_url and window.ctx.sync is None and ops.ready:
        _start_sync(window, ops.store, choices.settings)


def _start_av_display(window: MainWindow) -> None:
    """The AV display and its loop, once the store is open: its slides, charts and QR codes
    are imported then, not before the kiosk's first paint."""
    from screens.av_display import DisplayManager

    av = DisplayManager(
        window.ctx,
        kiosk_screen=lambda: window.screen().name() if window.screen() is not None else "",
        preferred=lambda: window.settings.av_screen,
        parent=window,
    )
    window.set_av_display(av)
    window.settings_applied.connect(lambda _settings: av.apply())
    window.destroyed.connect(av.close)
    av.start()


class _SyncBridge(QObject):
    """Hands the sync worker's reports (made on its own thread) to the GUI thread."""

    reported = Signal(object)


def _start_sync(window: MainWindow, store: Any, settings: Settings) -> None:
    """Start syncing with the central register: at once, every N minutes, on "Sync now", and
    as soon as the register answers again. The token is read from the OS keyring (or the
    kiosk's private token file); without one the worker stays "off" and the page says why."""
    from sync.tokens import TokenStore
    from sync.worker import SyncWorker

    bridge = _SyncBridge(window)
    bridge.reported.connect(window.show_sync_status)
    try:
        token = TokenStore().load()
    except OSError as exc:
        log.error("the device token could not be read: %s", type(exc).__name__)
        token = None
    worker = SyncWorker(
        store,
        register_url=settings.register_url,
        token=token,
        ca_bundle=settings.register_ca_bundle or None,
        allow_http=settings.register_allow_http,
        interval_s=settings.sync_interval_min * 60,
        on_status=bridge.reported.emit,
    )
    window.ctx.sync = worker
    window.destroyed.connect(lambda: worker.stop(timeout=5))
    worker.start()
    window.show_sync_status(worker.status())


def _wire_audio(window: MainWindow) -> None:
    """Chimes and voice activity for group sessions, and testimonials for success stories,
    started the first time the sharing or story screen shows (PortAudio is not touched before):
    the microphone is listened to only while the sharing screen is in front (or a testimonial
    is being recorded), and any audio trouble is said once in the facilitator's view."""
    audio = window.audio
    wired: set[str] = set()

    def on_screen_changed(name: str) -> None:
        if name in ("sharing", "storyadmin") and not audio:
            from devices.audio import AudioSignals, PyAudioPort

            port = PyAudioPort()
            signals = AudioSignals(port, parent=window)
            window.destroyed.connect(port.close)
            audio.update(port=port, signals=signals)
        if name == "sharing" and audio and name not in wired:
            wired.add(name)
            sharing: Any = window.screens["sharing"]
            sharing.set_chime(audio["port"].play)
            audio["signals"].voice_changed.connect(sharing.voice_activity)
            audio["signals"].unavailable.connect(sharing.audio_unavailable)
        if name == "storyadmin" and audio and name not in wired:
            wired.add(name)  # testimonials are recorded and played back on the story page
            stories: Any = window.screens["storyadmin"]
            stories.set_audio(audio["port"])
        if not audio:
            return
        if name == "sharing":
            audio["signals"].start_meter()
        else:
            audio["port"].stop_meter()

    window.screen_changed.connect(on_screen_changed)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def build_window(argv: Sequence[str], *, clock: Callable[[], datetime] | None = None) -> MainWindow:
    """Build the main window as main.py would for `argv`, without showing it; `clock` stops
    "now" for the screens and the operations (tests), the wall clock when None."""
    from app.cli import run_parser

    return window_for(launch_from(run_parser().parse_args(list(argv))), clock=clock)
