"""My settings: a visitor's own choices, reached by scanning their pass or finding themselves at
check-in: the coffee trials (join, snooze, leave, "don't pair me with"), offering peer support
on chosen topics, their projects (edited without the PIN) and the way to reply on the boards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.checkin import PersonMatch, TopicOption
from kiosk.dto.qnet import VisitorSettings
from kiosk.errors import KioskError
from screens import words
from screens.base import Screen, ScreenContext
from screens.flow import FlowLayout
from screens.presenters.mysettings import (
    AVOID_RESULTS,
    Coffee,
    MySettingsPresenter,
    coffee_place,
    snooze_until,
)
from screens.widgets import Button, WrapButton, label, named

Loaded = tuple[tuple[TopicOption, ...], VisitorSettings]


def _fit(button: WrapButton) -> None:
    """As high as its new words need at the width it has (a button only measures them again
    when resized, and the other language's words can take another line); never lower than a
    touch target, so a page laid out before the buttons were measured is not squeezed."""
    width = button.width()
    button.setMinimumHeight(button.heightForWidth(width) if width > 0 else 56)


class MySettingsScreen(Screen):
    """The identified visitor's own settings; without one, the way to check in."""

    name = "mysettings"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.presenter = MySettingsPresenter()
        self._topics: tuple[TopicOption, ...] = ()
        self.title = label("mysettings.title", "h1")
        self.body.addWidget(self.title)
        self.lead = label("mysettings.lead", "lead")
        self.body.addWidget(self.lead)
        self.check_in = Button("mysettings.checkin", "primary")
        self.check_in.clicked.connect(lambda: self.ctx.navigate("checkin"))
        self.body.addWidget(self.check_in, 0, Qt.AlignmentFlag.AlignLeft)

        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("mysettings.scroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        host.setProperty("screen", True)
        page = QVBoxLayout(host)
        page.setContentsMargins(0, 0, 12, 0)
        page.setSpacing(14)
        self._build_coffee(page)
        self._build_supporter(page)
        self._build_projects(page)
        self._build_boards(page)
        page.addStretch(1)
        self.page_scroll.setWidget(host)
        self.body.addWidget(self.page_scroll, 1)
        self._spare = self.body.count()
        self.body.addStretch(0)  # takes the height the hidden settings leave (no visitor)

        footer = FlowLayout(spacing=16)
        self.done = Button("mysettings.done", "primary")
        self.done.clicked.connect(lambda: self.ctx.navigate("attract"))
        footer.addWidget(self.done)
        self.body.addLayout(footer)
        # Once the page has its layout (after new words, a language or a text-size change), the
        # wrapped buttons are measured again at the width they got.
        self.refit_timer = QTimer(self)
        self.refit_timer.setObjectName("mysettings.refit_timer")
        self.refit_timer.setSingleShot(True)
        self.refit_timer.setInterval(0)
        self.refit_timer.timeout.connect(self._on_refit_timer_timeout)
        self.retranslate()

    # --- building ------------------------------------------------------------------------------

    def _build_coffee(self, page: QVBoxLayout) -> None:
        self.coffee_heading = label("mysettings.coffee.heading", "h2")
        page.addWidget(self.coffee_heading)
        self.coffee_status = label("mysettings.coffee.status", "lead")
        page.addWidget(self.coffee_status)
        row = FlowLayout(spacing=16)
        self.coffee_join = Button("mysettings.coffee.join", "primary")
        self.coffee_join.clicked.connect(lambda: self._set_coffee(True, None))
        self.coffee_snooze = Button("mysettings.coffee.snooze")
        self.coffee_snooze.clicked.connect(
            lambda: self._set_coffee(True, snooze_until(self.ctx.now().date()))
        )
        self.coffee_resume = Button("mysettings.coffee.resume", "primary")
        self.coffee_resume.clicked.connect(lambda: self._set_coffee(True, None))
        self.coffee_leave = Button("mysettings.coffee.leave")
        self.coffee_leave.clicked.connect(lambda: self._set_coffee(False, None))
        for button in (self.coffee_join, self.coffee_snooze, self.coffee_resume, self.coffee_leave):
            row.addWidget(button)
        page.addLayout(row)
        self.avoid_heading = label("mysettings.avoid.heading", "list-heading")
        page.addWidget(self.avoid_heading)
        self.avoid_note = label("mysettings.avoid.note", "muted")
        page.addWidget(self.avoid_note)
        self.avoid_row = FlowLayout(spacing=12)
        page.addLayout(self.avoid_row)
        self.avoid_buttons: list[Button] = []
        self.avoid_search = named(QLineEdit(), "mysettings.avoid.search")
        self.avoid_search.setMaxLength(60)
        self.avoid_search.textChanged.connect(self._on_avoid_search_text_changed)
        page.addWidget(self.avoid_search)
        results = QGridLayout()
        results.setSpacing(12)
        self.avoid_results: list[WrapButton] = []
        for index in range(AVOID_RESULTS):
            button = WrapButton(f"mysettings.avoid.result.{index}")
            button.setProperty("content", True)
            button.clicked.connect(lambda _=False, i=index: self._on_avoid_result_clicked(i))
            button.hide()
            results.addWidget(button, index // 2, index % 2)
            self.avoid_results.append(button)
        page.addLayout(results)

    def _build_supporter(self, page: QVBoxLayout) -> None:
        self.supporter_heading = label("mysettings.supporter.heading", "h2")
        page.addWidget(self.supporter_heading)
        self.supporter_status = label("mysettings.supporter.status", "lead")
        page.addWidget(self.supporter_status)
        self.topic_grid = QGridLayout()
        self.topic_grid.setSpacing(12)
        self.topic_grid.setColumnStretch(0, 1)
        self.topic_grid.setColumnStretch(1, 1)
        page.addLayout(self.topic_grid)
        self.topic_buttons: dict[str, WrapButton] = {}
        row = FlowLayout(spacing=16)
        self.supporter_save = Button("mysettings.supporter.save", "primary")
        self.supporter_save.clicked.connect(self._on_supporter_save_clicked)
        self.supporter_stop = Button("mysettings.supporter.stop")
        self.supporter_stop.clicked.connect(self._on_supporter_stop_clicked)
        row.addWidget(self.supporter_save)
        row.addWidget(self.supporter_stop)
        page.addLayout(row)

    def _build_projects(self, page: QVBoxLayout) -> None:
        self.projects_heading = label("mysettings.projects.heading", "h2")
        page.addWidget(self.projects_heading)
        self.projects_note = label("mysettings.projects.note", "muted")
        page.addWidget(self.projects_note)
        self.project_column = QVBoxLayout()
        self.project_column.setSpacing(12)
        page.addLayout(self.project_column)
        self.project_buttons: list[WrapButton] = []

    def _build_boards(self, page: QVBoxLayout) -> None:
        self.boards_heading = label("mysettings.boards.heading", "h2")
        page.addWidget(self.boards_heading)
        self.boards_note = label("mysettings.boards.note", "muted")
        page.addWidget(self.boards_note)
        row = FlowLayout(spacing=16)
        self.boards = Button("mysettings.boards")
        self.boards.clicked.connect(lambda: self.ctx.navigate("qnet:boards"))
        row.addWidget(self.boards)
        page.addLayout(row)

    # --- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("My settings"))
        self.check_in.set_text(self.tr("Check in or find myself"))
        self.coffee_heading.setText(self.tr("Coffee trials"))
        self.coffee_join.set_text(self.tr("Join the coffee trials"))
        self.coffee_snooze.set_text(self.tr("Pause for two weeks"))
        self.coffee_resume.set_text(self.tr("Start again now"))
        self.coffee_leave.set_text(self.tr("Leave the coffee trials"))
        self.avoid_heading.setText(self.tr("Don't pair me with"))
        self.avoid_note.setText(
            self.tr(
                "Find someone by name: only people who agreed to be shown are found. "
                "Nobody is told."
            )
        )
        self.avoid_search.setPlaceholderText(self.tr("Type a name"))
        self.avoid_search.setAccessibleName(self.tr("Find someone not to be paired with"))
        self.supporter_heading.setText(self.tr("Peer supporter"))
        self.supporter_stop.set_text(self.tr("Stop offering help"))
        self.projects_heading.setText(self.tr("My projects"))
        self.boards_heading.setText(self.tr("Topic boards"))
        self.boards_note.setText(
            self.tr("Read the boards and reply to a post: replies are anonymous, as posts are.")
        )
        self.boards.set_text(self.tr("Go to the topic boards"))
        self.done.set_text(self.tr("Done"), self.tr("Done: forget me on this kiosk"))
        self.page_scroll.setAccessibleName(self.tr("My settings"))
        self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit_timer.start()

    def _on_refit_timer_timeout(self) -> None:
        for button in (*self.topic_buttons.values(), *self.project_buttons, *self.avoid_results):
            if button.isVisible():
                _fit(button)

    # --- loading -------------------------------------------------------------------------------

    def reset(self) -> None:
        self.presenter.reset()
        self.avoid_search.blockSignals(True)
        self.avoid_search.clear()
        self.avoid_search.blockSignals(False)
        self._render()

    def shown(self) -> None:
        person = self.ctx.person()
        if person is None:
            self.presenter.reset()
            self._render()
            return
        ops = self.ctx.ops

        def job() -> Loaded:
            return ops.checkin.checkin_choices().topics, ops.qnet.visitor_settings(person)

        self.run(job, self._on_loaded)

    def _on_loaded(self, loaded: Loaded) -> None:
        topics, settings = loaded
        if settings.person_id != self.ctx.person():
            return  # an earlier visitor's settings: they have gone
        self._topics = topics
        self.presenter.loaded(settings)
        self._render()

    def _save(self, job: Callable[[], object], said: str) -> None:
        """Run a change, then load the settings again and say it was saved."""
        person, ops = self.ctx.person(), self.ctx.ops
        if person is None:
            return

        def change() -> VisitorSettings:
            job()
            return ops.qnet.visitor_settings(person)

        def done(settings: VisitorSettings) -> None:
            if settings.person_id != self.ctx.person():
                return
            self.presenter.loaded(settings)
            self._render()
            self.ctx.notify(said, "info")

        self.ctx.runner.submit(change, done, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KioskError):
            self.ctx.notify(words.error_text(exc), "error")
        else:
            self._on_job_failed(exc)

    # --- rendering -----------------------------------------------------------------------------

    def _render(self) -> None:
        settings = self.presenter.state.settings
        self.page_scroll.setVisible(settings is not None)
        self.check_in.setVisible(settings is None)
        self.done.setVisible(settings is not None)
        self.body.setStretch(self._spare, 0 if settings is not None else 1)
        if settings is None:
            self.lead.setText(
                self.tr(
                    "Scan your QR pass, or find yourself at check-in, to see and change "
                    "your own settings."
                )
            )
            return
        self.lead.setText(
            self.tr(
                "Hello, %1. These are your own choices. Tap Done when you have finished: "
                "this kiosk then forgets you."
            ).replace("%1", settings.first_name)
        )
        self._render_coffee(settings)
        self._render_supporter(settings)
        self._render_projects(settings)
        self.refit_timer.start()

    def _render_coffee(self, settings: VisitorSettings) -> None:
        place = coffee_place(settings, self.ctx.now().date())
        if place is Coffee.OUT:
            status = self.tr("You are not in the coffee trials.")
        elif place is Coffee.SNOOZED and settings.snoozed_until is not None:
            day = settings.snoozed_until
            status = self.tr("You are in the coffee trials, paused until %1.").replace(
                "%1",
                self.ctx.languages.locale.toString(QDate(day.year, day.month, day.day), "d MMMM"),
            )
        else:
            status = self.tr("You are in the coffee trials: your match shows when you check in.")
        self.coffee_status.setText(status)
        self.coffee_join.setVisible(place is Coffee.OUT)
        self.coffee_snooze.setVisible(place is Coffee.IN)
        self.coffee_resume.setVisible(place is Coffee.SNOOZED)
        self.coffee_leave.setVisible(place is not Coffee.OUT)
        for old in self.avoid_buttons:
            self.avoid_row.removeWidget(old)
            old.deleteLater()
        self.avoid_buttons = []
        for index, avoided in enumerate(settings.avoiding):
            name = avoided.first_name or self.tr("Someone not shown by name")
            button = Button(f"mysettings.avoid.remove.{index}")
            button.set_text(f"{name}  ✕", self.tr("Pair me with %1 again").replace("%1", name))
            button.setProperty("content", bool(avoided.first_name))
            button.clicked.connect(
                lambda _=False, p=avoided.person_id: self._on_avoid_remove_clicked(p)
            )
            self.avoid_row.addWidget(button)
            button.show()
            self.avoid_buttons.append(button)
        welsh = self.ctx.languages.current == "cy"
        matches = self.presenter.state.matches
        for index, button in enumerate(self.avoid_results):
            if index < len(matches):
                match = matches[index]
                department = match.department_cy if welsh else match.department_en
                text = f"{match.first_name} · {department}" if department else match.first_name
                button.set_text(text, self.tr("Don't pair me with %1").replace("%1", text))
                _fit(button)
                button.show()
            else:
                button.hide()

    def _render_supporter(self, settings: VisitorSettings) -> None:
        welsh = self.ctx.languages.current == "cy"
        chosen = self.presenter.state.topics
        for index, topic in enumerate(self._topics):
            button = self.topic_buttons.get(topic.slug)
            if button is None:
                button = WrapButton(f"mysettings.topic.{topic.slug}")
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, s=topic.slug: self._on_topic_clicked(s))
                self.topic_grid.addWidget(button, index // 2, index % 2)
                self.topic_buttons[topic.slug] = button
            button.set_text(topic.name_cy if welsh else topic.name_en)
            _fit(button)
            button.setChecked(topic.slug in chosen)
            button.setEnabled(settings.consent_display)
        if not settings.consent_display:
            status = self.tr(
                "Peer supporters are listed by first name, so offering help needs your "
                "agreement to be shown. A facilitator can change that for you."
            )
        elif settings.supporter_active:
            status = self.tr("You offer help with the topics chosen below.")
        else:
            status = self.tr("Choose the topics you could help colleagues with.")
        self.supporter_status.setText(status)
        self.supporter_save.set_text(
            self.tr("Save my topics") if settings.supporter_active else self.tr("Offer help")
        )
        self.supporter_save.setEnabled(self.presenter.may_offer_help)
        self.supporter_save.setVisible(settings.consent_display)
        self.supporter_stop.setVisible(settings.supporter_active)

    def _render_projects(self, settings: VisitorSettings) -> None:
        self.projects_note.setText(
            self.tr("Projects you are on the team of: open one to change it.")
            if settings.projects
            else self.tr("You are not on a project's team yet.")
        )
        while len(self.project_buttons) < len(settings.projects):
            index = len(self.project_buttons)
            button = WrapButton(f"mysettings.project.{index}")
            button.setProperty("content", True)
            button.clicked.connect(lambda _=False, i=index: self._on_project_clicked(i))
            self.project_column.addWidget(button)
            self.project_buttons.append(button)
        for index, button in enumerate(self.project_buttons):
            if index < len(settings.projects):
                project = settings.projects[index]
                button.set_text(project.title, self.tr("Edit %1").replace("%1", project.title))
                _fit(button)
                button.show()
            else:
                button.hide()

    # --- input ---------------------------------------------------------------------------------

    def _set_coffee(self, active: bool, until: date | None) -> None:
        person, ops = self.ctx.person(), self.ctx.ops
        if person is None:
            return
        if not active:
            said = self.tr("Saved: you have left the coffee trials.")
        elif until is not None:
            said = self.tr("Saved: you are paused for two weeks.")
        else:
            said = self.tr("Saved: you are in the coffee trials.")
        self._save(lambda: ops.coffee.set_coffee_opt_in(person, active, until), said)

    def _on_avoid_search_text_changed(self, text: str) -> None:
        if not self.presenter.wants_search(text):
            self._render()
            return
        query, ops = text, self.ctx.ops
        # Only people who agreed to be shown are found: a name on this screen is always one
        # its owner allowed to be shown.
        self.run(
            lambda: ops.checkin.search_people(query, AVOID_RESULTS + 2, shown_only=True),
            lambda matches: self._on_avoid_found(query, matches),
        )

    def _on_avoid_found(self, query: str, matches: list[PersonMatch]) -> None:
        if self.presenter.matches_found(query, matches):
            self._render()

    def _on_avoid_result_clicked(self, index: int) -> None:
        matches, person, ops = self.presenter.state.matches, self.ctx.person(), self.ctx.ops
        if index >= len(matches) or person is None:
            return
        other = matches[index]
        self.presenter.clear_search()
        self.avoid_search.blockSignals(True)
        self.avoid_search.clear()
        self.avoid_search.blockSignals(False)
        self._save(
            lambda: ops.coffee.set_coffee_avoid(person, other.id, True),
            self.tr("Saved: you will not be paired with %1.").replace("%1", other.first_name),
        )

    def _on_avoid_remove_clicked(self, other: str) -> None:
        person, ops = self.ctx.person(), self.ctx.ops
        if person is None:
            return
        self._save(
            lambda: ops.coffee.set_coffee_avoid(person, other, False),
            self.tr("Saved: you may be paired with them again."),
        )

    def _on_topic_clicked(self, slug: str) -> None:
        self.presenter.toggle_topic(slug)
        settings = self.presenter.state.settings
        if settings is not None:
            self._render_supporter(settings)

    def _on_supporter_save_clicked(self) -> None:
        person, ops = self.ctx.person(), self.ctx.ops
        if person is None or not self.presenter.may_offer_help:
            return
        order = {t.slug: n for n, t in enumerate(self._topics)}
        topics = sorted(self.presenter.state.topics, key=lambda s: order.get(s, len(order)))
        settings = self.presenter.state.settings
        skills = settings.supporter_skills if settings else ""
        times = settings.supporter_times if settings else ""
        self._save(
            lambda: ops.qnet.set_peer_supporter(person, topics, skills, times, active=True),
            self.tr("Saved: you are listed as a peer supporter."),
        )

    def _on_supporter_stop_clicked(self) -> None:
        person, ops, settings = self.ctx.person(), self.ctx.ops, self.presenter.state.settings
        if person is None or settings is None:
            return
        topics, skills = settings.supporter_topics, settings.supporter_skills
        times = settings.supporter_times
        self._save(
            lambda: ops.qnet.set_peer_supporter(person, topics, skills, times, active=False),
            self.tr("Saved: you are no longer listed as a peer supporter."),
        )

    def _on_project_clicked(self, index: int) -> None:
        settings = self.presenter.state.settings
        if settings is not None and index < len(settings.projects):
            self.ctx.navigate(f"myproject:{settings.projects[index].id}")
