"""Composition root: builds config, store, services and screens, and runs the Qt application."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import subprocess
import sys
import types
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from devices.printer import QtDocumentPrinter
from devices.scanner import KeyboardWedge
from kiosk import __version__, paths
from kiosk.cli import SCREENS, UsageError, run_parser, say
from kiosk.config import Settings, apply_overrides, load_settings
from kiosk.dto import NewVisitor
from kiosk.errors import ErrorCode, KioskError
from screens.av_display import DisplayManager
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
    exit_when_ready: bool = False


def _launch(args: argparse.Namespace) -> Launch:
    explicit = getattr(args, "config", None)
    config_path = explicit or paths.config_file()
    settings = load_settings(config_path, required=explicit is not None)
    settings = apply_overrides(settings, dict(getattr(args, "overrides", []) or []))
    kiosk = settings.kiosk_mode if getattr(args, "kiosk", None) is None else bool(args.kiosk)
    lang = getattr(args, "lang", None) or settings.default_language
    return Launch(
        settings=replace(settings, kiosk_mode=kiosk),
        config_path=config_path,
        db_url=args.db or paths.default_db_url(),
        lang=lang,
        kiosk=kiosk,
        screen=getattr(args, "screen", None),
        exit_after_paint=bool(getattr(args, "exit_after_paint", False)),
        exit_when_ready=bool(getattr(args, "exit_when_ready", False)),
    )


def open_store(db_url: str) -> Any:
    """Migrate the database and seed demo content on the very first start (worker thread)."""
    from sqlalchemy import func, select

    from kiosk.db import Store, get_state, make_engine, migrate, set_state, utc_now
    from kiosk.models import Department

    engine = make_engine(db_url)
    migrate(engine)
    store = Store(engine)
    with store.begin() as session:
        if get_state(session, "initialised") is None:
            today = utc_now().replace(hour=0, minute=0, second=0, microsecond=0)
            if session.scalar(select(func.count()).select_from(Department)) == 0:
                from kiosk.demo import fill_demo

                counts = fill_demo(session, seed=1, now=today)
                log.info(
                    "first start: demo content seeded (%d people, %d projects)",
                    counts.people,
                    counts.projects,
                )
            set_state(session, "initialised", today.isoformat())
    return store


class DeferredOperations:
    """Stands in for kiosk.operations.Operations until the store is open on the worker.

    The store opens as the worker's first job, so every later job finds it ready; the GUI
    thread never imports SQLAlchemy or waits for the database, and the first paint is fast.
    """

    def __init__(self) -> None:
        self.target: Any = None

    @property
    def ready(self) -> bool:
        """Whether the store is open."""
        return self.target is not None

    @property
    def store(self) -> Any:
        """The open store (tests and the composition root only)."""
        return self.target.store

    def open(self, db_url: str) -> Any:
        """Open the store and return its StartupInfo (runs on the worker thread)."""
        from kiosk.db import utc_now
        from kiosk.operations import Operations

        self.target = Operations(open_store(db_url), clock=utc_now)
        return self.target.startup_info()

    def __getattr__(self, name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            if self.target is None:
                raise KioskError(ErrorCode.DB_UNAVAILABLE, reason="not open")
            return getattr(self.target, name)(*args, **kwargs)

        return call


def _window(launch: Launch, *, start_worker: str = "after_paint", audio: bool = True) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "build_window needs a QApplication"
    runner = TaskRunner(start=start_worker == "now")  # no parent: stopped before Qt goes
    languages = Languages(app)
    languages.switch(launch.lang)
    ops = DeferredOperations()
    printer = QtDocumentPrinter(paths.data_dir() / "prints", parent=app)
    window = MainWindow(
        ops=ops,
        runner=runner,
        languages=languages,
        settings=launch.settings,
        config_path=launch.config_path,
        now=_utc_now,
        printer=printer,
        export_dir=paths.data_dir() / "exports",
    )
    window.printer = printer  # type: ignore[attr-defined]
    wedge = KeyboardWedge(window)
    wedge.scanned.connect(lambda text: window.handle_scan(text, "qr"))
    app.installEventFilter(wedge)
    window.destroyed.connect(lambda: app.removeEventFilter(wedge))
    window.scanner = wedge  # type: ignore[attr-defined]
    window.ops_ready = lambda: ops.ready  # type: ignore[attr-defined]
    av = DisplayManager(
        window.ctx,
        kiosk_screen=lambda: window.screen().name() if window.screen() is not None else "",
        preferred=lambda: window.settings.av_screen,
        parent=window,
    )
    window.av = av  # type: ignore[attr-defined]
    window.settings_applied.connect(lambda _settings: av.apply())
    window.destroyed.connect(av.close)

    if audio and launch.settings.audio_enabled:  # snapshots leave the sound card alone
        _wire_audio(window)

    def opened(info: Any) -> None:
        window.store_opened(info, first_screen_given=bool(launch.screen))
        av.start()
        if launch.settings.register_url and not launch.exit_after_paint:
            _start_sync(window, ops.store, launch.settings)

    runner.submit(lambda: ops.open(launch.db_url), opened, window.store_failed)
    window.setMinimumSize(QSize(1024, 640))
    if launch.kiosk:
        window.resize(1920, 1080)
    else:
        window.resize(1440, 900)
    window.show_screen(launch.screen or "attract")
    if start_worker == "after_paint":
        # The store opens once the first screen has painted, or after 300 ms at the latest.
        window.installEventFilter(EventFilter(QEvent.Type.Paint, runner.start, window))
        window.screens[window.current_screen].installEventFilter(
            EventFilter(QEvent.Type.Paint, runner.start, window)
        )
        QTimer.singleShot(300, window, runner.start)
    return window


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
    """Chimes and voice activity for group sessions, started the first time the sharing screen
    shows (PortAudio is not touched before): the microphone is listened to only while that
    screen is in front, and any audio trouble is said once in the facilitator's view."""
    audio: dict[str, Any] = {}

    def on_screen_changed(name: str) -> None:
        if name == "sharing" and not audio:
            from devices.audio import AudioSignals, PyAudioPort

            port = PyAudioPort()
            signals = AudioSignals(port, parent=window)
            sharing: Any = window.screens["sharing"]
            sharing.set_chime(port.play)
            signals.voice_changed.connect(sharing.voice_activity)
            signals.unavailable.connect(sharing.audio_unavailable)
            window.destroyed.connect(port.close)
            audio.update(port=port, signals=signals)
            window.audio = audio  # type: ignore[attr-defined]  # tests listen through it
        if not audio:
            return
        if name == "sharing":
            audio["signals"].start_meter()
        else:
            audio["port"].stop_meter()

    window.screen_changed.connect(on_screen_changed)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def build_window(argv: Sequence[str]) -> MainWindow:
    """Build the main window as main.py would for `argv`, without showing it."""
    return _window(_launch(run_parser().parse_args(list(argv))))


def _install_excepthook(window: MainWindow) -> None:
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
        say(f"No display found: rendering every screen in Welsh and English to {out} instead.")
        # Each language renders in a process of its own: one Qt application per process.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        main_py = Path(__file__).resolve().parent.parent / "main.py"
        for lang in ("cy", "en"):
            command = [
                sys.executable,
                str(main_py),
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
    app = _application()
    # Painting once needs no database: the store opens after the first paint in a normal run,
    # so --exit-after-paint leaves it closed and measures just the time to the first picture.
    window = _window(launch, start_worker="never" if launch.exit_after_paint else "after_paint")
    _install_excepthook(window)
    if launch.exit_after_paint:
        target = window.screens[window.current_screen]
        target.installEventFilter(
            EventFilter(QEvent.Type.Paint, lambda: QTimer.singleShot(0, app.exit), target)
        )
    elif launch.exit_when_ready:
        window.runner.became_idle.connect(lambda: window.ops_ready() and app.exit())
    window.present(kiosk=launch.kiosk, screen_name=launch.settings.screen)
    code = app.exec()
    window.runner.shutdown()
    return code


def _scratch_copy(db_url: str, folder: Path) -> str:
    """A copy of an SQLite database to render from, so snapshots never change the room's data."""
    import sqlite3

    prefix = "sqlite:///"
    target = folder / "snapshot.sqlite3"
    if db_url.startswith(prefix) and Path(db_url[len(prefix) :]).exists():
        with sqlite3.connect(db_url[len(prefix) :]) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
    return f"{prefix}{target}"


def snapshot_command(args: argparse.Namespace) -> int:
    """Render every screen (and every check-in step) offscreen to OUTDIR/<name>-<lang>.png."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    launch = _launch(args)
    with tempfile.TemporaryDirectory(prefix="qspace-snapshot-") as scratch:
        launch.db_url = _scratch_copy(launch.db_url, Path(scratch))
        return _render_snapshots(launch, args)


def _render_snapshots(launch: Launch, args: argparse.Namespace) -> int:
    launch.lang = args.lang
    launch.screen = "home"
    app = _application()
    window = _window(launch, start_worker="now", audio=False)
    window.runner.wait_idle()
    if not window.ops_ready():
        raise KioskError(ErrorCode.DB_UNAVAILABLE, reason="see the log")
    width, height = args.size
    window.setMinimumSize(QSize(200, 200))
    window.resize(width, height)
    window.show()
    args.outdir.mkdir(parents=True, exist_ok=True)
    written = 0

    def save(name: str) -> None:
        nonlocal written
        window.runner.wait_idle()
        app.processEvents()
        path = args.outdir / f"{name}-{args.lang}.png"
        if not window.grab().save(str(path)):
            raise UsageError(f"cannot write {path}")
        written += 1

    for name in SCREENS:
        window.show_screen(name)
        save(name)
    window.navigate("pin:set")
    save("pin")
    _snapshot_checkin_steps(window, save)
    _snapshot_charts(window, save)
    written += _snapshot_showcase(window, args.outdir, args.lang)
    _snapshot_sessions(window, save, args)
    written += 2  # the presenter view and its results, saved outside the window
    _snapshot_qnet(window, save)
    window.runner.shutdown()
    # Free the window while Qt is alive: left to the interpreter's last garbage collection,
    # PySide6 objects can be torn down after Qt and abort the process.
    window._may_close = True
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    say(f"Wrote {written} screens to {args.outdir.resolve()} ({args.lang}).")
    return 0


def _snapshot_showcase(window: MainWindow, outdir: Path, lang: str) -> int:
    """Every kind of showcase slide, landscape 1920x1080 and portrait 1080x1920."""
    from screens.slides import SlideView

    settings = window.settings
    examples = window.ctx.ops.showcase_examples(settings.room_name, settings.project_url)
    view = SlideView(
        welsh=window.languages.welsh,
        now=window.ctx.now,
        locale=lambda: window.languages.locale,
        primary=settings.primary_colour,
        accent=settings.accent_colour,
    )
    written = 0
    try:
        for suffix, size in (("", QSize(1920, 1080)), ("-portrait", QSize(1080, 1920))):
            view.setFixedSize(size)
            view.show()
            for showing in examples:
                view.show_slide(showing.kind, showing.content, lang, settings.room_name)
                QApplication.processEvents()
                path = outdir / f"showcase-{showing.kind}-{lang}{suffix}.png"
                if not view.grab().save(str(path)):
                    raise UsageError(f"cannot write {path}")
                written += 1
    finally:
        view.close()
        view.deleteLater()
    return written + _snapshot_posters(window, outdir, lang, examples)


def _snapshot_posters(window: MainWindow, outdir: Path, lang: str, examples: list[Any]) -> int:
    """An A4 project poster, an A3 story poster and an A5 event flyer, as PDFs."""
    from screens import posters

    settings = window.settings
    branding = posters.Branding(
        room_name=settings.room_name,
        health_board=settings.health_board,
        primary=settings.primary_colour,
        accent=settings.accent_colour,
        logo=Path(settings.logo) if settings.logo else None,
    )
    welsh = window.languages.welsh
    written = 0
    for showing in examples:
        if showing.kind == "project":
            posters.project_poster(
                showing.content,
                outdir / f"poster-project-{lang}.pdf",
                paper="A4",
                lang=lang,
                branding=branding,
                welsh=welsh,
            )
            written += 1
        elif showing.kind == "story":
            posters.story_poster(
                showing.content,
                outdir / f"poster-story-{lang}.pdf",
                paper="A3",
                lang=lang,
                branding=branding,
                welsh=welsh,
            )
            written += 1
    events = window.ctx.ops.upcoming_events()
    if events:
        posters.event_flyer(
            window.ctx.ops.flyer_event(events[0].id),
            outdir / f"flyer-event-{lang}.pdf",
            lang="both",
            branding=branding,
            welsh=welsh,
        )
        written += 1
    return written


def _snapshot_charts(window: MainWindow, save: Any) -> None:
    """The four example charts on the Measures page: chart-<kind>-<lang>.png."""
    from kiosk.demo_charts import example_charts
    from screens.chart_presenter import chart_model

    lang = window.languages.current
    window.go_idle()
    window.languages.switch(lang)
    measures: Any = window.screens["measures"]
    examples = example_charts()
    models = [chart_model(e.analysis, title=e.title, unit=e.unit) for e in examples]
    window.show_screen("measures")
    measures.show_examples(models)
    for index, example in enumerate(examples):
        measures.current = index
        measures._render()
        save(f"chart-{example.kind}")


class _SnapshotClock:
    """A monotonic clock the snapshot moves by hand, so the timers show chosen values."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _snapshot_sessions(window: MainWindow, save: Any, args: argparse.Namespace) -> None:
    """The facilitator console and the AV presenter view on a demo session half way through:
    sharing-console-<lang>.png and sharing-presenter-<lang>.png (and the revealed results)."""
    from screens.sharing_presenter_view import PresenterView

    lang = window.languages.current
    window.go_idle()
    window.languages.switch(lang)
    window.navigation.unlock()
    sharing: Any = window.screens["sharing"]
    clock = _SnapshotClock()
    sharing.set_monotonic(clock)
    detail = window.ctx.ops.seed_demo_session(lang)
    window.show_screen("sharing")
    window.runner.wait_idle()
    sharing.presenter.clear()
    sharing.presenter.load(detail)
    sharing._show_page(console=True)
    sharing.start_clock()
    sharing.clock_timer.stop()  # the snapshot moves the clock by hand
    clock.now += 5 * 60 + 1  # the welcome is over: round robin, first team
    sharing.tick()
    speakers = sharing.presenter.speakers()
    sharing.presenter.speaker_tapped(speakers[0])
    clock.now += 4 * 60 + 12
    sharing.presenter.speaker_tapped(speakers[1])
    clock.now += 2 * 60 + 34  # the first team's slot has 3:13 left; Pharmacy asks a question
    sharing.tick()
    first_project = next((i for i in detail.items if i.kind == "project"), None)
    sharing.presenter.present(first_project.id if first_project else None)
    sharing.clock_timer.stop()
    sharing.refresh()
    save("sharing-console")
    # A 4K screen runs Qt's high-DPI scaling at 2: the same layout, drawn at twice the pixels.
    _save_scaled(window, args.outdir / f"sharing-console-{lang}-3840x2160.png", 3840, 2160)
    sharing._show_page(console=False)
    sharing.refresh()
    save("sharing-kiosk")
    view = PresenterView()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    width, height = args.size
    view.resize(width, height)
    view.show()
    view.set_model(sharing.presenter.model())
    _save_widget(view, args.outdir / f"sharing-presenter-{lang}.png")
    # The AV display is often a 4K screen: the same view at 3840x2160.
    view.resize(3840, 2160)
    view.set_model(sharing.presenter.model())
    _save_widget(view, args.outdir / f"sharing-presenter-{lang}-3840x2160.png")
    view.resize(width, height)
    view.set_model(sharing.presenter.model())
    results = window.ctx.ops.reveal_votes(detail.id)
    sharing.presenter.update(window.ctx.ops.session_detail(detail.id))
    view.set_model(sharing.presenter.model())
    if results:
        _save_widget(view, args.outdir / f"sharing-results-{lang}.png")
    view.close()
    view.deleteLater()
    sharing.presenter.clear()
    window.navigation.lock()


def _save_scaled(widget: Any, path: Path, width: int, height: int) -> None:
    """Draw `widget` into a width x height picture, as a high-DPI screen of that size would."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(width / max(1, widget.width()), height / max(1, widget.height()))
    widget.render(painter, QPoint(0, 0))
    painter.end()
    if not image.save(str(path)):
        raise UsageError(f"cannot write {path}")


def _save_widget(widget: Any, path: Path) -> None:
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    if not widget.grab().save(str(path)):
        raise UsageError(f"cannot write {path}")


def _snapshot_qnet(window: MainWindow, save: Any) -> None:
    """Qnet on the scratch copy: a project page, the new-project form with similar projects,
    a coffee round, a topic board and the peer supporters: qnet-<name>-<lang>.png."""
    ops = window.ctx.ops
    lang = window.languages.current
    window.go_idle()
    window.languages.switch(lang)
    cards = ops.browse_projects()
    if cards:
        chosen = max(cards, key=lambda card: card.pdsa_cycles)
        window.navigate(f"project:{chosen.id}")
        save("qnet-project")
    window.navigate("projectform")
    form: Any = window.screens["projectform"]
    window.runner.wait_idle()
    form.project_title.setText("Fewer falls at night on our ward")
    form.aim.setPlainText("Reduce inpatient falls at night by 30% by March")
    form.measures.setPlainText("Falls per 1,000 occupied bed days, weekly")
    form._on_similar_timer_timeout()
    save("qnet-form")
    form.reset()
    window.navigation.unlock()
    window.show_screen("qnet")
    qnet: Any = window.screens["qnet"]
    qnet.show_page("supporters")
    save("qnet-supporters")
    qnet.show_page("coffee")
    window.runner.wait_idle()
    with suppress(KioskError):
        qnet._on_round_run(ops.run_coffee_round(window.ctx.now().date()))
    save("qnet-coffee")
    qnet.show_page("boards")
    window.runner.wait_idle()
    qnet.open_board("data-and-charts")
    save("qnet-board")
    window.go_idle()


def _snapshot_checkin_steps(window: MainWindow, save: Any) -> None:
    """Walk the check-in flow on the scratch copy: search, form, purpose, done, pass, check-out."""
    ops = window.ctx.ops
    lang = window.languages.current
    window.go_idle()
    window.languages.switch(lang)
    window.show_screen("checkin")
    checkin: Any = window.screens["checkin"]
    checkin.search.setText("si")
    save("checkin-search")
    checkin.new.click()
    checkin.name_field.setText("Siân Wynne")
    checkin.email.setText("sian.wynne@")
    checkin.register.click()
    save("checkin-new")
    person = ops.register_visitor(
        NewVisitor(name="Siân Wynne", language=lang, consent_display=True)
    )
    checkin.reset()
    checkin._on_visitor_loaded(ops.visitor_card(person.id))
    window.runner.wait_idle()
    choices = checkin.presenter.state.choices
    if choices is not None and choices.topics:
        checkin._on_topic_clicked(choices.topics[2].slug)
    save("checkin-purpose")
    checkin.confirm.click()
    save("checkin-done")
    checkin.get_pass.click()
    save("checkin-pass")
    window.go_idle()
    window.languages.switch(lang)
    window.handle_scan(ops.current_pass(person.id))
    save("checkin-checkout")
    window.overlay.dismiss()
