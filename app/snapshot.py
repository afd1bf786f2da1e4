"""`main.py snapshot`: every screen, check-in step, chart, slide and poster rendered offscreen."""

from __future__ import annotations

import argparse
import gc
import os
from contextlib import suppress
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication

from app.run import application
from app.wiring import Launch, launch_from, window_for
from kiosk.cmdline import UsageError, say
from kiosk.dto.checkin import NewVisitor
from kiosk.errors import ErrorCode, KioskError
from screens.main_window import MainWindow
from screens.registry import CLI_SCREENS


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
    launch = launch_from(args)
    with tempfile.TemporaryDirectory(prefix="qspace-snapshot-") as scratch:
        launch.db_url = _scratch_copy(launch.db_url, Path(scratch))
        return _render_snapshots(launch, args)


def _render_snapshots(launch: Launch, args: argparse.Namespace) -> int:
    launch.lang = args.lang
    launch.screen = "home"
    app = application()
    # One runner for everything: each picture shows what every job before it left.
    window = window_for(launch, start_worker="now", audio=False, background_lane=False)
    # A fresh database is migrated and seeded with the demo room first: that can take a
    # while on a busy machine, so wait for it far longer than for one screen's data.
    window.runner.wait_idle(300_000)
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

    only = getattr(args, "screen", None)
    for name in only or CLI_SCREENS:
        window.show_screen(name)
        save(name)
    if only:
        return _close(window, args, written)
    _snapshot_event_form(window, save)
    window.languages.switch(args.lang)  # leaving a page went back to the room's language
    window.navigate("pin:set")
    save("pin")
    _snapshot_checkin_steps(window, save)
    _snapshot_attract_slides(window, save)
    _snapshot_charts(window, save)
    written += _snapshot_showcase(window, args.outdir, args.lang)
    _snapshot_sessions(window, save, args)
    written += 2  # the presenter view and its results, saved outside the window
    _snapshot_qnet(window, save)
    _snapshot_mysettings(window, save, args.lang)
    return _close(window, args, written)


def _close(window: MainWindow, args: argparse.Namespace, written: int) -> int:
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
    examples = window.ctx.ops.showcase.showcase_examples(settings.room_name, settings.project_url)
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
    events = window.ctx.ops.catalogue.upcoming_events()
    if events:
        posters.event_flyer(
            window.ctx.ops.showcase.flyer_event(events[0].id),
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
    from screens.presenters.chart import chart_model

    lang = window.languages.current
    window.go_idle()
    window.languages.switch(lang)
    measures: Any = window.screens["measures"]
    examples = example_charts()
    models = []
    for example in examples:
        title, unit = example.words(lang)
        models.append(chart_model(example.analysis, title=title, unit=unit))
    window.show_screen("measures")
    measures.show_examples(models)
    for index, example in enumerate(examples):
        measures.current = index
        measures._render()
        save(f"chart-{example.kind}")
    # The facilitator's editor with a new measure's form and a point by touch (a p chart's).
    measures.editor.show()
    measures.measure_form.fill(None)
    measures.measure_form.charts["p"].setChecked(True)
    measures.measure_form.show()
    measures.point_entry.set_measure("p", example_words(lang), window.ctx.now().date())
    measures.point_entry.show()
    save("chart-editor")
    measures.reset()


def example_words(lang: str) -> str:
    """What an example p chart's denominator counts, in the snapshot's language."""
    return "cleifion a gyrhaeddodd" if lang == "cy" else "patients arriving"


class _SnapshotClock:
    """A monotonic clock the snapshot moves by hand, so the timers show chosen values."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _snapshot_sessions(window: MainWindow, save: Any, args: argparse.Namespace) -> None:
    """The facilitator console and the AV presenter view on a demo session half way through:
    sharing-console-<lang>.png and sharing-presenter-<lang>.png (and the revealed results)."""
    from screens.sharing_view import PresenterView

    lang = window.languages.current
    window.go_idle()
    window.languages.switch(lang)
    sharing: Any = window.screens["sharing"]
    clock = _SnapshotClock()
    sharing.set_monotonic(clock)
    detail = window.ctx.ops.sessions.seed_demo_session(lang)
    window.show_screen("sharing")
    window.navigation.unlock()  # after arriving: a public screen ends a facilitator session
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
    results = window.ctx.ops.sessions.reveal_votes(detail.id)
    sharing.presenter.update(window.ctx.ops.sessions.session_detail(detail.id))
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
    cards = ops.projects.browse_projects()
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
    window.show_screen("qnet")
    window.navigation.unlock()  # after arriving: a public screen ends a facilitator session
    qnet: Any = window.screens["qnet"]
    qnet.show_page("supporters")
    save("qnet-supporters")
    qnet.show_page("coffee")
    window.runner.wait_idle()
    with suppress(KioskError):
        qnet._on_round_run(ops.coffee.run_coffee_round(window.ctx.now().date()))
    save("qnet-coffee")
    qnet.show_page("boards")
    window.runner.wait_idle()
    qnet.open_board("data-and-charts")
    save("qnet-board")
    window.go_idle()


def _snapshot_event_form(window: MainWindow, save: Any) -> None:
    """The events page's form on a series (eventadmin-form) and its dates to skip
    (eventadmin-series)."""
    window.navigation.unlock()
    window.show_screen("eventadmin")
    window.runner.wait_idle()
    page: Any = window.screens["eventadmin"]
    events = page.events or []
    if events:
        page.open_event(next((e for e in events if e.repeat_rule), events[0]))
        save("eventadmin-form")
        page.form_scroll.verticalScrollBar().setValue(10_000)
        save("eventadmin-series")
    page.reset()
    window.go_idle()


def _snapshot_mysettings(window: MainWindow, save: Any, lang: str) -> None:
    """A visitor's own settings on the scratch copy, filled in (in the coffee trials and
    paused, one person avoided, a peer supporter, on a project's team), its end scrolled to,
    and a reply being written on a topic board: mysettings-*-<lang>.png, qnet-reply-<lang>.png."""
    from datetime import timedelta

    from kiosk.dto.projects import ProjectDraft

    ops = window.ctx.ops
    window.go_idle()  # back to the room's default language: the one asked for again
    window.languages.switch(lang)
    person = ops.checkin.register_visitor(
        NewVisitor(name="Megan Hughes", language=lang, consent_display=True)
    ).id
    other = ops.checkin.register_visitor(
        NewVisitor(name="Gwilym Prydderch", language=lang, consent_display=True)
    ).id
    today = window.ctx.now().date()
    ops.coffee.set_coffee_opt_in(person, True, today + timedelta(days=14))
    ops.coffee.set_coffee_avoid(person, other)
    topics = [t.slug for t in ops.checkin.checkin_choices().topics[:2]]
    ops.qnet.set_peer_supporter(person, topics)
    ops.projects.log_project(
        ProjectDraft(
            title="Gwell trosglwyddo rhwng shifftiau · Better shift handovers",
            aim="Every handover on Ward 3 uses SBAR by April.",
            member_ids=(person,),
        )
    )
    window.ctx.identify(person)
    window.show_screen("mysettings")
    save("mysettings-visitor")
    screen: Any = window.screens["mysettings"]
    window.runner.wait_idle()
    QApplication.processEvents()  # the page laid out with its projects: the end is known
    bar = screen.page_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    save("mysettings-visitor-end")
    window.navigate("qnet:boards")
    qnet: Any = window.screens["qnet"]
    qnet.open_board(topics[0] if topics else "data-and-charts")
    window.runner.wait_idle()
    if not qnet.posts:
        ops.qnet.post_to_board(qnet.board_topic, "How do we start a run chart?", False)
        qnet.shown()
        window.runner.wait_idle()
    if qnet.posts:
        qnet._on_post_card_activated(qnet.posts[0].id)
    qnet.compose.setPlainText("Start with 10 points before you change anything.")
    save("qnet-reply")
    window.go_idle()


def _snapshot_attract_slides(window: MainWindow, save: Any) -> None:
    """Every kind of slide in the attract screen's band, whatever the loop would show now.

    The room's loop shows some slides only at some hours (what's on, in the morning): the
    band between the header and the language bar must hold each of them at any time.
    """
    from screens.attract import AttractScreen

    settings = window.settings
    examples = window.ctx.ops.showcase.showcase_examples(settings.room_name, settings.project_url)
    window.show_screen("attract")
    attract = window.screens["attract"]
    assert isinstance(attract, AttractScreen)
    attract.player.stop()  # the loop would move on: each example stays until it is saved
    try:
        for showing in examples:
            attract.player.view.show_slide(
                showing.kind, showing.content, window.languages.current, settings.room_name
            )
            save(f"attract-{showing.kind}")
    finally:
        attract.player.start()  # the loop plays on from the schedule's next slide
        window.go_idle()


def _snapshot_checkin_steps(window: MainWindow, save: Any) -> None:
    """Walk the check-in flow on the scratch copy: search (also with the on-screen keyboard open),
    form, purpose, done, pass, check-out."""
    ops = window.ctx.ops
    lang = window.languages.current
    window.go_idle()
    window.languages.switch(lang)
    window.show_screen("checkin")
    checkin: Any = window.screens["checkin"]
    checkin.search.setText("si")
    save("checkin-search")
    # The search with the on-screen keyboard open, whatever kiosk.on_screen_keyboard says.
    checkin.search.setFocus()
    window.keyboard.open_for(checkin.search, force=True)
    save("checkin-keyboard")
    window.keyboard.close_keyboard()
    checkin.new.click()
    checkin.name_field.setText("Siân Wynne")
    checkin.email.setText("sian.wynne@")
    checkin.register.click()
    save("checkin-new")
    person = ops.checkin.register_visitor(
        NewVisitor(name="Siân Wynne", language=lang, consent_display=True)
    )
    checkin.reset()
    checkin._on_visitor_loaded(ops.checkin.visitor_card(person.id))
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
    window.handle_scan(ops.checkin.current_pass(person.id))
    save("checkin-checkout")
    window.overlay.dismiss()
