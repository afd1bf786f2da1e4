"""Check in: find yourself or register, choose what you came for, and see who else is here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.checkin import CheckinChoices, CheckinResult, PersonMatch, ScanOutcome, VisitorCard
from kiosk.dto.coffee import CoffeeMember
from kiosk.dto.qnet import CheckinNotices
from kiosk.errors import ErrorCode, KioskError
from kiosk.ports import PrintDocument
from kiosk.qr import qr_png
from screens import words
from screens.base import Screen, ScreenContext
from screens.keyboard import HIDES_UNDER_KEYBOARD
from screens.presenters.checkin import FORM_FIELDS, CheckinPresenter, FormProblem, Step
from screens.presenters.events import local
from screens.widgets import Button, PageStack, WrapButton, label, named

MAX_RESULTS = 8
PASS_PREFIX = "QS1"


def _page() -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    page.setProperty("screen", True)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(20)
    return page, layout


class CheckinScreen(Screen):
    """The check-in flow in four steps; a scan or a typed pass code jumps to the last."""

    name = "checkin"
    checkout_offered = Signal(object)
    scan_typed = Signal(str)
    results_shown = Signal(str)
    confirmation_shown = Signal()

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.presenter = CheckinPresenter()
        self.pages = PageStack()
        self.pages.setObjectName("checkin.pages")
        self.body.addWidget(self.pages, 1)
        self._build_find()
        self._build_register()
        self._build_purpose()
        self._build_done()
        self.done_timer = QTimer(self)
        self.done_timer.setObjectName("checkin.done_timer")
        self.done_timer.setSingleShot(True)
        self.done_timer.setInterval(10_000)
        self.done_timer.timeout.connect(self._on_done_timer_timeout)
        self._pass_png: bytes | None = None
        self.retranslate()

    # --- building ---------------------------------------------------------------------------

    def _build_find(self) -> None:
        page, layout = _page()
        self.find_title = label("checkin.title", "h1")
        self.prompt = label("checkin.prompt", "lead")
        self.search = named(QLineEdit(), "checkin.search")
        self.search.setMaxLength(100)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        for widget in (self.find_title, self.prompt, self.search):
            layout.addWidget(widget)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.result_buttons: list[WrapButton] = []
        for index in range(MAX_RESULTS):
            button = WrapButton(f"checkin.result.{index}")
            button.setProperty("content", True)
            button.clicked.connect(lambda _=False, i=index: self._on_result_clicked(i))
            button.hide()
            grid.addWidget(button, index // 2, index % 2)
            self.result_buttons.append(button)
        # The matches scroll when the page is short (the on-screen keyboard open under it).
        results = QWidget()
        results.setProperty("screen", True)
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid)
        self.empty = label("checkin.empty", "muted")
        column.addWidget(self.empty)
        column.addStretch(1)
        self.results_scroll = QScrollArea()
        self.results_scroll.setObjectName("checkin.results")
        self.results_scroll.setWidgetResizable(True)
        self.results_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.results_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_scroll.setWidget(results)
        # Less than a scroll area's usual least height, so the page fits above the keyboard.
        self.results_scroll.setMinimumHeight(48)
        layout.addWidget(self.results_scroll, 1)
        row = QHBoxLayout()
        self.new_prompt = label("checkin.new_prompt", "lead")
        self.new = Button("checkin.new", "primary")
        self.new.clicked.connect(self._on_new_clicked)
        row.addWidget(self.new_prompt, 1)
        row.addWidget(self.new)
        layout.addLayout(row)
        self.scan_hint = label("checkin.scan_hint", "muted")
        layout.addWidget(self.scan_hint)
        # Room for the matches above the on-screen keyboard on a short screen (1280x800): the
        # field's placeholder still says what to type.
        for widget in (self.find_title, self.prompt, self.scan_hint):
            widget.setProperty(HIDES_UNDER_KEYBOARD, True)
        self.pages.addWidget(page)
        self.find_page = page

    def _field(self, layout: QGridLayout, row: int, name: str, widget: QWidget) -> QLabel:
        caption = label(f"checkin.{name}.caption", wrap=False)
        caption.setBuddy(widget)
        error = label(f"checkin.{name}.error")
        error.setProperty("role", "error")
        error.hide()
        layout.addWidget(caption, row * 2, 0)
        layout.addWidget(widget, row * 2, 1)
        layout.addWidget(error, row * 2 + 1, 1)
        self.captions[name] = caption
        self.errors[name] = error
        return caption

    def _build_register(self) -> None:
        page, layout = _page()
        self.register_title = label("checkin.register_title", "h1")
        layout.addWidget(self.register_title)
        form_host = QWidget()
        form_host.setProperty("screen", True)
        form = QGridLayout(form_host)
        form.setHorizontalSpacing(28)
        form.setVerticalSpacing(8)
        form.setColumnStretch(1, 1)
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.name_field = named(QLineEdit(), "checkin.name")
        self.name_field.setMaxLength(200)
        self.department = named(QComboBox(), "checkin.department")
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.email = named(QLineEdit(), "checkin.email")
        self.email.setMaxLength(300)
        self.role_field = named(QLineEdit(), "checkin.role")
        self.role_field.setMaxLength(200)
        self.language_field = named(QComboBox(), "checkin.language")
        self.language_field.addItem("Cymraeg", "cy")
        self.language_field.addItem("English", "en")
        for row, (name, widget) in enumerate(
            (
                ("name", self.name_field),
                ("department", self.department),
                ("email", self.email),
                ("role", self.role_field),
                ("language", self.language_field),
            )
        ):
            self._field(form, row, name, widget)
        self.consent_display = named(QCheckBox(), "checkin.consent.display")
        self.consent_contact = named(QCheckBox(), "checkin.consent.contact")
        form.addWidget(self.consent_display, 10, 0, 1, 2)
        form.addWidget(self.consent_contact, 11, 0, 1, 2)
        self.privacy = label("checkin.privacy", "muted")
        form.addWidget(self.privacy, 12, 0, 1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_host)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.register_back = Button("checkin.register_back")
        self.register_back.clicked.connect(self._on_back_clicked)
        self.register = Button("checkin.register", "primary")
        self.register.clicked.connect(self._on_register_clicked)
        for name, edit in (
            ("name", self.name_field),
            ("department", self.department.lineEdit()),
            ("email", self.email),
            ("role", self.role_field),
        ):
            if edit is not None:
                edit.textEdited.connect(lambda text, n=name: self._on_form_field_edited(n, text))
        buttons.addWidget(self.register_back)
        buttons.addStretch(1)
        buttons.addWidget(self.register)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.register_page = page

    def _build_purpose(self) -> None:
        page, layout = _page()
        self.purpose_title = label("checkin.purpose_title", "h1")
        layout.addWidget(self.purpose_title)
        self.events_heading = label("checkin.events_heading", "h2")
        layout.addWidget(self.events_heading)
        self.event_row = QVBoxLayout()
        self.event_row.setSpacing(12)
        layout.addLayout(self.event_row)
        self.event_buttons: list[WrapButton] = []
        self.topics_heading = label("checkin.topics_heading", "h2")
        layout.addWidget(self.topics_heading)
        self.topic_grid = QGridLayout()
        self.topic_grid.setSpacing(14)
        self.topic_grid.setColumnStretch(0, 1)
        self.topic_grid.setColumnStretch(1, 1)
        layout.addLayout(self.topic_grid)
        self.topic_buttons: dict[str, WrapButton] = {}
        layout.addStretch(1)
        row = QHBoxLayout()
        self.purpose_back = Button("checkin.purpose_back")
        self.purpose_back.clicked.connect(self._on_back_clicked)
        self.confirm = Button("checkin.confirm", "primary")
        self.confirm.clicked.connect(self._on_confirm_clicked)
        row.addWidget(self.purpose_back)
        row.addStretch(1)
        row.addWidget(self.confirm)
        layout.addLayout(row)
        self.pages.addWidget(page)
        self.purpose_page = page

    def _build_done(self) -> None:
        page, layout = _page()
        layout.addStretch(1)
        self.greeting = label("checkin.greeting", "hero-dark")
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = label("checkin.summary", "lead")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.others = label("checkin.others", "lead")
        self.others.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.greeting, self.summary, self.others):
            layout.addWidget(widget)
        # Qnet at check-in: the coffee match, "did you meet?", requests to collaborate, and who
        # can help with the topics chosen (issue 8).
        self.qnet_note = label("checkin.qnet", "lead")
        self.qnet_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qnet_note.setProperty("content", True)
        self.qnet_note.hide()
        layout.addWidget(self.qnet_note)
        coffee_row = QHBoxLayout()
        coffee_row.addStretch(1)
        self.coffee_yes = Button("checkin.coffee_yes")
        self.coffee_yes.clicked.connect(lambda: self._on_coffee_answered(True))
        self.coffee_no = Button("checkin.coffee_no")
        self.coffee_no.clicked.connect(lambda: self._on_coffee_answered(False))
        self.coffee_join = Button("checkin.coffee_join")
        self.coffee_join.clicked.connect(self._on_coffee_join_clicked)
        for button in (self.coffee_yes, self.coffee_no, self.coffee_join):
            button.hide()
            coffee_row.addWidget(button)
        coffee_row.addStretch(1)
        layout.addLayout(coffee_row)
        self._notices: CheckinNotices | None = None
        self.qr = named(QLabel(), "checkin.qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.hide()
        layout.addWidget(self.qr)
        self.qr_caption = label("checkin.qr_caption", "muted")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.hide()
        layout.addWidget(self.qr_caption)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.get_pass = Button("checkin.pass")
        self.get_pass.clicked.connect(self._on_pass_clicked)
        self.print_badge = Button("checkin.print")
        self.print_badge.clicked.connect(self._on_print_clicked)
        self.print_badge.hide()
        # The visitor's own coffee, peer-support and project choices (no PIN: it is them).
        self.my_settings = Button("checkin.my_settings")
        self.my_settings.clicked.connect(lambda: self.ctx.navigate("mysettings"))
        self.done = Button("checkin.done", "primary")
        self.done.clicked.connect(self._on_done_clicked)
        for button in (self.get_pass, self.print_badge, self.my_settings, self.done):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pages.addWidget(page)
        self.done_page = page

    # --- text -------------------------------------------------------------------------------

    def topic_name(self, slug: str) -> str:
        """A topic's name in the language showing."""
        choices = self.presenter.state.choices
        for topic in choices.topics if choices else ():
            if topic.slug == slug:
                return topic.name_cy if self.ctx.languages.current == "cy" else topic.name_en
        return slug

    def retranslate(self) -> None:
        self.find_title.setText(self.tr("Check in"))
        self.prompt.setText(self.tr("Type the first letters of your name"))
        self.search.setPlaceholderText(self.tr("Your name"))
        self.search.setAccessibleName(self.tr("Your name"))
        self.new_prompt.setText(self.tr("First time in Qspace?"))
        self.new.set_text(self.tr("I'm new here"))
        self.scan_hint.setText(self.tr("Have a QR pass? Hold it under the scanner at any time."))
        self.register_title.setText(self.tr("Welcome! Tell us a little about you"))
        captions = {
            "name": self.tr("Your name"),
            "department": self.tr("Department"),
            "email": self.tr("Email (optional)"),
            "role": self.tr("Role (optional)"),
            "language": self.tr("Language"),
        }
        widgets = {
            "name": self.name_field,
            "department": self.department,
            "email": self.email,
            "role": self.role_field,
            "language": self.language_field,
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
            widgets[key].setAccessibleName(text)
        department_edit = self.department.lineEdit()
        if department_edit is not None:  # the combo box is editable: it always has one
            department_edit.setPlaceholderText(self.tr("Choose or type your department"))
        self.consent_display.setText(self.tr("Show my first name on the room screens"))
        self.consent_display.setAccessibleName(self.consent_display.text())
        self.consent_contact.setText(self.tr("Contact me about peer support and coffee meet-ups"))
        self.consent_contact.setAccessibleName(self.consent_contact.text())
        self.privacy.setText(
            self.tr(
                "Both are up to you and can be changed later. A facilitator can show you or erase "
                "everything we keep about you."
            )
        )
        self.register_back.set_text(self.tr("Back"))
        self.register.set_text(self.tr("Continue"))
        self.events_heading.setText(self.tr("On now"))
        self.topics_heading.setText(self.tr("I'd like to talk about"))
        self.purpose_back.set_text(self.tr("Back"))
        self.confirm.set_text(self.tr("Check in"))
        self.get_pass.set_text(self.tr("Get my QR pass"))
        self.print_badge.set_text(self.tr("Print a badge"))
        self.done.set_text(self.tr("Done"))
        self.my_settings.set_text(self.tr("My settings"))
        self.coffee_yes.set_text(self.tr("Yes, we met"))
        self.coffee_no.set_text(self.tr("No, not yet"))
        self.coffee_join.set_text(self.tr("Join the coffee trials"))
        self.qr_caption.setText(
            self.tr(
                "Photograph this pass or print it as a badge. Scan it "
                "next time to check in at once."
            )
        )
        self._render()

    # --- state to widgets -------------------------------------------------------------------

    def _render(self) -> None:
        state = self.presenter.state
        page = {
            Step.FIND: self.find_page,
            Step.REGISTER: self.register_page,
            Step.PURPOSE: self.purpose_page,
            Step.ALREADY_IN: self.find_page,
            Step.DONE: self.done_page,
        }[state.step]
        self.pages.setCurrentWidget(page)
        welsh = self.ctx.languages.current == "cy"
        for index, button in enumerate(self.result_buttons):
            if index < len(state.matches):
                match = state.matches[index]
                department = match.department_cy if welsh else match.department_en
                text = f"{match.first_name}\n{department}" if department else match.first_name
                button.set_text(text, f"{match.first_name}, {department}")
                button.show()
            else:
                button.hide()
        searched = len(state.query.strip()) >= CheckinPresenter.MIN_QUERY
        self.empty.setText(
            self.tr("Nobody found with that name. New here? Tap “I'm new here”.")
            if searched and not state.matches
            else ""
        )
        self._render_problem(state.problem)
        self.purpose_title.setText(
            self.tr("Hello, %1. What brings you in today?").replace("%1", state.first_name)
        )
        self._render_choices()
        self.confirm.setEnabled(self.presenter.can_confirm)
        if state.result is not None:
            self._render_result(state.result)

    def _render_problem(self, problem: FormProblem | None) -> None:
        for name in FORM_FIELDS:
            error = self.errors[name]
            if problem is not None and problem.field == name:
                error.setText(self._problem_text(problem))
                error.show()
            else:
                error.clear()
                error.hide()

    def _problem_text(self, problem: FormProblem) -> str:
        if problem.code in (
            ErrorCode.FIELD_EMPTY,
            ErrorCode.FIELD_TOO_LONG,
            ErrorCode.FIELD_CONTROL_CHARS,
            ErrorCode.EMAIL_INVALID,
            ErrorCode.DEPARTMENT_UNKNOWN,
        ):
            return words.code_text(problem.code, limit=problem.limit or 100)
        return self.tr("Please check this.")

    def _render_choices(self) -> None:
        choices = self.presenter.state.choices
        if choices is None:
            return
        welsh = self.ctx.languages.current == "cy"
        if not self.topic_buttons:
            for index, topic in enumerate(choices.topics):
                button = WrapButton(f"checkin.topic.{topic.slug}")
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, s=topic.slug: self._on_topic_clicked(s))
                self.topic_grid.addWidget(button, index // 2, index % 2)
                self.topic_buttons[topic.slug] = button
        for topic in choices.topics:
            button = self.topic_buttons[topic.slug]
            button.set_text(topic.name_cy if welsh else topic.name_en)
            button.setChecked(topic.slug in self.presenter.state.topics)
        while len(self.event_buttons) < len(choices.events_now):
            index = len(self.event_buttons)
            button = WrapButton(f"checkin.event.{index}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, i=index: self._on_event_clicked(i))
            self.event_row.addWidget(button)
            self.event_buttons.append(button)
        for index, button in enumerate(self.event_buttons):
            if index < len(choices.events_now):
                event = choices.events_now[index]
                start, end = local(event.starts_at), local(event.ends_at)
                title = event.title_cy if welsh else event.title_en
                button.set_text(f"{title}  ({start:%H:%M}–{end:%H:%M})")
                button.setChecked(self.presenter.state.event_id == event.id)
                button.show()
            else:
                button.hide()
        self.events_heading.setVisible(bool(choices.events_now))

    def _render_result(self, result: CheckinResult) -> None:
        self.greeting.setText(self.tr("Welcome, %1!").replace("%1", result.first_name))
        welsh = self.ctx.languages.current == "cy"
        parts = [self.topic_name(slug) for slug in result.topics]
        event = result.event_title_cy if welsh else result.event_title_en
        if event:
            parts.insert(0, event)
        self.summary.setText(
            self.tr("You are checked in for: %1").replace("%1", ", ".join(parts))
            if parts
            else self.tr("You are checked in.")
        )
        if result.others_here:
            self.others.setText(
                self.tr("Also here for the same: %1").replace("%1", ", ".join(result.others_here))
            )
        else:
            self.others.setText(
                self.tr("You are the first here for this. A facilitator will say hello.")
            )

    # --- input ------------------------------------------------------------------------------

    def reset(self) -> None:
        self.done_timer.stop()
        self._notices = None
        for widget in (self.qnet_note, self.coffee_yes, self.coffee_no, self.coffee_join):
            widget.hide()
        self.presenter.reset()
        self._pass_png = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for field in (self.name_field, self.email, self.role_field):
            field.clear()
        self.department.setCurrentIndex(-1)
        self.department.setEditText("")
        self.language_field.setCurrentIndex(
            self.language_field.findData(self.ctx.languages.current)
        )
        self.consent_display.setChecked(False)
        self.consent_contact.setChecked(False)
        self.qr.clear()
        self.qr.hide()
        self.qr_caption.hide()
        self.print_badge.hide()
        self.get_pass.show()
        # A registration in flight when the kiosk reset never answers (its answer is dropped).
        self.register.setEnabled(True)
        self._render()

    def shown(self) -> None:
        if self.presenter.state.step is Step.DONE:
            self.confirmation_shown.emit()  # a scan's confirmation, set up before it showed
        # Every time: the events on now change with the clock and with the facilitator's
        # authoring, and an event made a minute ago must be offered at once.
        self.run(lambda: self.ctx.ops.checkin.checkin_choices(), self._on_choices_loaded)

    def _on_choices_loaded(self, choices: CheckinChoices) -> None:
        self.presenter.state.choices = choices
        chosen = self.department.currentData()
        self.department.clear()
        welsh = self.ctx.languages.current == "cy"
        for department in choices.departments:
            self.department.addItem(
                department.name_cy if welsh else department.name_en, department.id
            )
        self.department.setCurrentIndex(self.department.findData(chosen) if chosen else -1)
        self._render()

    def _on_search_text_changed(self, text: str) -> None:
        if text.strip().upper().startswith(PASS_PREFIX) and " " not in text.strip():
            return  # a pass code being typed: Enter checks it
        if self.presenter.wants_search(text):
            query = text
            self.run(
                lambda: self.ctx.ops.checkin.find_people(query),
                lambda matches: self._on_people_found(query, matches),
            )
        else:
            self._render()

    def _on_people_found(self, query: str, matches: list[PersonMatch]) -> None:
        if self.presenter.matches_found(query, matches):
            self._render()
            self.results_shown.emit(query)

    def _on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        if text.upper().startswith(PASS_PREFIX):
            self.search.clear()
            self.scan_typed.emit(text)

    def _on_result_clicked(self, index: int) -> None:
        matches = self.presenter.state.matches
        if index < len(matches):
            person_id = matches[index].id
            self.run(lambda: self.ctx.ops.checkin.visitor_card(person_id), self._on_visitor_loaded)

    def _on_visitor_loaded(self, visitor: VisitorCard) -> None:
        self.presenter.person_chosen(visitor)
        self.ctx.identify(visitor.person_id)  # they found themselves: My settings is theirs
        self._show_visitor_language(visitor.language)
        if visitor.open_visit_id:
            self.presenter.state.step = Step.FIND
            self.checkout_offered.emit(visitor)
        self._render()

    def _show_visitor_language(self, stored: str) -> None:
        lang = self.presenter.language_to_show(stored, self.ctx.languages.current)
        if lang is not None:
            self.ctx.languages.switch(lang)

    def language_chosen(self) -> None:
        self.presenter.visitor_chose_language()

    def _on_new_clicked(self) -> None:
        self.presenter.start_new_visitor()
        # The form starts in the language the visitor is using now.
        self.language_field.setCurrentIndex(
            self.language_field.findData(self.ctx.languages.current)
        )
        self.name_field.setText(self.search.text().strip())
        self._render()
        self.name_field.setFocus()

    def _on_back_clicked(self) -> None:
        self.presenter.state.step = Step.FIND
        self._render()

    def _department_choice(self) -> tuple[str | None, str]:
        typed = self.department.currentText().strip()
        index = self.department.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.department.itemData(index), typed
        return None, typed

    def _on_register_clicked(self) -> None:
        visitor = self.presenter.new_visitor(
            self.name_field.text(),
            self._department_choice(),
            self.email.text(),
            self.role_field.text(),
            str(self.language_field.currentData()),
            self.consent_display.isChecked(),
            self.consent_contact.isChecked(),
        )
        self.register.setEnabled(False)
        self.ctx.runner.submit(
            lambda: self.ctx.ops.checkin.register_visitor(visitor),
            self._on_registered,
            self._on_register_failed,
        )

    def _on_registered(self, match: PersonMatch) -> None:
        self.register.setEnabled(True)
        self.presenter.state.choices = None  # a new department may have been added
        self.run(lambda: self.ctx.ops.checkin.checkin_choices(), self._on_choices_loaded)
        person_id = match.id
        self.run(lambda: self.ctx.ops.checkin.visitor_card(person_id), self._on_visitor_loaded)

    def _on_register_failed(self, exc: BaseException) -> None:
        self.register.setEnabled(True)
        if not isinstance(exc, KioskError):
            self._on_job_failed(exc)
            return
        problem = self.presenter.form_failed(exc)
        self._render()
        target = {
            "name": self.name_field,
            "department": self.department,
            "email": self.email,
            "role": self.role_field,
        }.get(problem.field)
        if target is not None:
            target.setFocus()

    def _on_form_field_edited(self, name: str, text: str) -> None:
        if self.presenter.field_edited(name, text):
            self._render_problem(self.presenter.state.problem)

    def _on_topic_clicked(self, slug: str) -> None:
        self.presenter.toggle_topic(slug)
        self._render()

    def _on_event_clicked(self, index: int) -> None:
        choices = self.presenter.state.choices
        if choices is not None and index < len(choices.events_now):
            self.presenter.toggle_event(choices.events_now[index].id)
            self._render()

    def _on_confirm_clicked(self) -> None:
        state = self.presenter.state
        if not self.presenter.can_confirm or state.person_id is None:
            return
        person_id, topics, event_id = state.person_id, sorted(state.topics), state.event_id
        self.confirm.setEnabled(False)
        self.ctx.runner.submit(
            lambda: self.ctx.ops.checkin.check_in(person_id, topics, event_id, "touch"),
            self.show_result,
            self._on_check_in_failed,
        )

    def _on_check_in_failed(self, exc: BaseException) -> None:
        self.confirm.setEnabled(True)
        if isinstance(exc, KioskError) and exc.code is ErrorCode.ALREADY_IN:
            self.ctx.navigate("attract")  # the attract loop clears messages: say it there
            self.ctx.notify(words.error_text(exc), "info")
        elif isinstance(exc, KioskError) and exc.code is ErrorCode.EVENT_NOT_ON:
            self.ctx.notify(words.error_text(exc), "error")
            self.presenter.state.choices = None
            self.run(lambda: self.ctx.ops.checkin.checkin_choices(), self._on_choices_loaded)
        else:
            self._on_job_failed(exc)

    def show_result(self, result: CheckinResult) -> None:
        """Show the confirmation, in the visitor's language; back to attract after 10 s."""
        self._show_visitor_language(result.language)
        self.presenter.checked_in(result)
        self.ctx.identify(result.person_id)
        self._render()
        self.done_timer.start()
        if self.isVisible():  # a scan sets the confirmation up before check-in shows: shown()
            self.confirmation_shown.emit()
        ops, person_id, topics = self.ctx.ops, result.person_id, result.topics
        self.run(lambda: ops.qnet.checkin_notices(person_id, topics), self._on_notices_loaded)

    # --- Qnet at check-in -------------------------------------------------------------------

    def _on_notices_loaded(self, notices: CheckinNotices) -> None:
        self._notices = notices
        self._render_notices()
        if notices.coffee_match or notices.coffee_question or notices.collaboration:
            self.done_timer.start()  # more to read: the full time again

    def _render_notices(self) -> None:
        notices = self._notices
        if notices is None:
            return
        welsh = self.ctx.languages.current == "cy"

        def people(members: tuple[CoffeeMember, ...]) -> str:
            return ", ".join(
                f"{m.first_name} ({m.department_cy if welsh else m.department_en})".replace(
                    " ()", ""
                )
                for m in members
            )

        lines = []
        if notices.coffee_match is not None:
            lines.append(
                self.tr("Your coffee match this round: %1. Say hello and find a time!").replace(
                    "%1", people(notices.coffee_match.partners)
                )
            )
        if notices.coffee_question is not None:
            lines.append(
                self.tr("Did you meet %1 for coffee?").replace(
                    "%1", people(notices.coffee_question.partners)
                )
            )
        for request in notices.collaboration:
            lines.append(
                self.tr("Someone would like to work with you on %1: %2")
                .replace("%1", request.to_project_title)
                .replace("%2", request.message)
            )
        if notices.supporters:
            names = ", ".join(
                f"{s.first_name} ({s.usual_times})" if s.usual_times else s.first_name
                for s in notices.supporters[:4]
            )
            lines.append(self.tr("Peer supporters who can help with this: %1").replace("%1", names))
        self.qnet_note.setText("\n".join(lines))
        self.qnet_note.setVisible(bool(lines))
        asking = notices.coffee_question is not None
        self.coffee_yes.setVisible(asking)
        self.coffee_no.setVisible(asking)
        self.coffee_join.setVisible(not notices.coffee_opted_in)

    def _on_coffee_answered(self, met: bool) -> None:
        notices, person_id = self._notices, self.presenter.state.person_id
        if notices is None or notices.coffee_question is None or person_id is None:
            return
        round_id, ops = notices.coffee_question.round_id, self.ctx.ops
        self.coffee_yes.hide()
        self.coffee_no.hide()
        self.ctx.runner.submit(
            lambda: ops.coffee.answer_coffee_met(round_id, person_id, met),
            lambda _done: self.ctx.notify(self.tr("Thank you for letting us know."), "info"),
            self._on_job_failed,
        )

    def _on_coffee_join_clicked(self) -> None:
        person_id, ops = self.presenter.state.person_id, self.ctx.ops
        if person_id is None:
            return
        self.coffee_join.hide()
        self.ctx.runner.submit(
            lambda: ops.coffee.set_coffee_opt_in(person_id, True),
            lambda _status: self.ctx.notify(
                self.tr("You are in the coffee trials: your match shows at a later check-in."),
                "info",
            ),
            self._on_job_failed,
        )

    def show_scan(self, outcome: ScanOutcome) -> None:
        """A pass was scanned: show the check-in, or offer check-out if already in."""
        if outcome.checkin is not None:
            self.show_result(outcome.checkin)
        else:
            self.presenter.already_in(outcome.visitor)
            self.ctx.identify(outcome.visitor.person_id)
            self.presenter.state.step = Step.FIND
            self._render()
            self.checkout_offered.emit(outcome.visitor)

    def _on_done_clicked(self) -> None:
        self.ctx.navigate("attract")

    def _on_done_timer_timeout(self) -> None:
        if self.isVisible():
            self.ctx.navigate("attract")

    def _on_pass_clicked(self) -> None:
        person_id = self.presenter.state.person_id
        if person_id is None:
            return
        self.run(lambda: self.ctx.ops.checkin.current_pass(person_id), self._on_pass_loaded)

    def _on_pass_loaded(self, token: str) -> None:
        self.presenter.state.pass_token = token
        self._pass_png = qr_png(token, box_size=8)
        pixmap = QPixmap()
        pixmap.loadFromData(self._pass_png, "PNG")
        self.qr.setPixmap(pixmap)
        self.qr.setAccessibleName(self.tr("Your QR pass"))
        self.qr.show()
        self.qr_caption.show()
        self.get_pass.hide()
        self.print_badge.show()
        self.done_timer.start(60_000)

    def _on_print_clicked(self) -> None:
        if self._pass_png is None or self.ctx.printer is None:
            return
        name = self.presenter.state.first_name
        room = self.ctx.settings().room_name
        hint = self.tr("Scan me to check in")
        html = (
            f"<div align='center'><h1 style='font-size:28pt'>{escape(name)}</h1>"
            f"<p style='font-size:14pt'>{escape(room)}</p>"
            "<p><img src='qr.png' width='220' height='220'></p>"
            f"<p style='font-size:10pt'>{escape(hint)}</p></div>"
        )
        document = PrintDocument(
            name=f"badge-{self.ctx.now():%Y%m%d-%H%M%S}",
            html=html,
            images={"qr.png": self._pass_png},
            page="A6",
        )
        self.print_badge.setEnabled(False)
        self.ctx.printer.print_document(document, self._on_badge_printed, self._on_print_failed)

    def _on_badge_printed(self, outcome: object) -> None:
        self.print_badge.setEnabled(True)
        printer = getattr(outcome, "printer", None)
        self.ctx.notify(
            self.tr("Your badge is printing.")
            if printer
            else self.tr(
                "No printer is set up: the badge was saved as a PDF for a facilitator to print."
            ),
            "info",
        )

    def _on_print_failed(self, _exc: BaseException) -> None:
        self.print_badge.setEnabled(True)
        self.ctx.notify(
            self.tr("The badge could not be printed. Please ask a facilitator."), "error"
        )
