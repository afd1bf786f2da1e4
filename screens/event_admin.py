"""Events behind the PIN: the room's events and series, and a form to create, edit and cancel
them, with weekly or monthly repeats and their exceptions, and a flyer from each."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.events import EVENT_KINDS, EventDetail
from kiosk.dto.showcase import FlyerEvent
from kiosk.errors import ErrorCode, KioskError
from kiosk.export_files import free_path
from screens import words
from screens.base import Screen, ScreenContext
from screens.exports import place_for, saved_text
from screens.flow import FlowLayout
from screens.i18n import qdate
from screens.presenters.event_admin import (
    DAY_MINUTES,
    TIME_STEP,
    FormInput,
    SeriesDate,
    default_input,
    form_of,
    input_of,
    series_dates,
)
from screens.presenters.events import local
from screens.project import text_box
from screens.widgets import Button, CardList, label

log = logging.getLogger(__name__)

REPEATS = ("none", "weekly", "monthly")
ENDS = ("count", "until", "never")


class Stepper(QFrame):
    """A value changed by touch: big minus and plus buttons either side of it (no spin box).

    `steps` are the sizes of a touch (a day and a week; a quarter hour and an hour); the
    buttons are named `<name>.down<step>` and `<name>.up<step>`.
    """

    value_changed = Signal(int)

    def __init__(
        self, name: str, steps: tuple[int, ...], low: int, high: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.low, self.high = low, high
        self._value = low
        self.format: Callable[[int], str] = str
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.buttons: dict[int, Button] = {}
        for step in sorted(steps, reverse=True):
            button = Button(f"{name}.down{step}")
            button.setMinimumSize(72, 56)
            button.clicked.connect(lambda _=False, s=-step: self._on_step_clicked(s))
            row.addWidget(button)
            self.buttons[-step] = button
        self.shown_value = label(f"{name}.value", "lead", wrap=False)
        self.shown_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown_value.setMinimumWidth(120)
        row.addWidget(self.shown_value, 1)
        for step in sorted(steps):
            button = Button(f"{name}.up{step}")
            button.setMinimumSize(72, 56)
            button.clicked.connect(lambda _=False, s=step: self._on_step_clicked(s))
            row.addWidget(button)
            self.buttons[step] = button

    def value(self) -> int:
        """The value shown."""
        return self._value

    def set_value(self, value: int) -> None:
        """Show `value` (kept within the stepper's range)."""
        self._value = max(self.low, min(self.high, value))
        self.show_value()

    def show_value(self) -> None:
        """Show the value in words (after a language change too)."""
        text = self.format(self._value)
        self.shown_value.setText(text)
        self.shown_value.setAccessibleName(text)
        for step, button in self.buttons.items():
            button.setEnabled(self.low <= self._value + step <= self.high)

    def _on_step_clicked(self, step: int) -> None:
        self.set_value(self._value + step)
        self.value_changed.emit(self._value)


class ChoiceButton(Button):
    """A checkable choice whose width fits its words in bold too (the checked look is bold:
    a width taken from the regular face cut the last letters off)."""

    def set_text(self, text: str, accessible: str | None = None) -> None:
        super().set_text(text, accessible)
        self.ensurePolished()
        bold = QFont(self.font())
        bold.setBold(True)
        extra = self.sizeHint().width() - self.fontMetrics().horizontalAdvance(text)
        self.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + extra + 8)


def _choice(name: str, group: QButtonGroup) -> Button:
    button = ChoiceButton(name, "choice")
    button.setCheckable(True)
    group.addButton(button)
    return button


def _choices(
    prefix: str, keys: tuple[str, ...], group: QButtonGroup, toggled: Callable[[bool], None]
) -> tuple[FlowLayout, dict[str, Button]]:
    """A row of one-of choices named `prefix`.`key`, each telling `toggled`."""
    row = FlowLayout(spacing=12)
    buttons: dict[str, Button] = {}
    for key in keys:
        button = _choice(f"{prefix}.{key}", group)
        button.toggled.connect(toggled)
        row.addWidget(button)
        buttons[key] = button
    return row, buttons


class EventAdminScreen(Screen):
    """The room's events and series, and the form to author one."""

    name = "eventadmin"

    def __init__(
        self, ctx: ScreenContext, export_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.export_dir = export_dir or Path.cwd() / "exports"
        self.events: list[EventDetail] | None = None
        self.editing: EventDetail | None = None
        self._confirm_cancel = False
        self.flyer_path: Path | None = None

        self.title = label("eventadmin.title", "h1")
        self.body.addWidget(self.title)
        self.message = label("eventadmin.message", "lead")
        self.message.setProperty("content", False)
        self.body.addWidget(self.message)
        self.message.hide()
        self.pages = QStackedWidget()
        self.pages.setObjectName("eventadmin.pages")
        self.body.addWidget(self.pages, 1)

        # --- the list ---------------------------------------------------------------------
        self.list_page = QWidget()
        self.list_page.setObjectName("eventadmin.listpage")
        column = QVBoxLayout(self.list_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(20)
        actions = FlowLayout(spacing=20)
        self.new_event = Button("eventadmin.new", "primary")
        self.new_event.clicked.connect(self._on_new_event_clicked)
        self.to_imports = Button("eventadmin.imports")
        self.to_imports.clicked.connect(lambda: self.ctx.navigate("imports"))
        self.back = Button("eventadmin.back")
        self.back.clicked.connect(lambda: self.ctx.navigate("facilitator"))
        for button in (self.new_event, self.to_imports, self.back):
            actions.addWidget(button)
        column.addLayout(actions)
        self.list = CardList("eventadmin.list")
        self.list.clickable = True
        self.list.card_activated.connect(self._on_list_card_activated)
        column.addWidget(self.list, 1)
        self.pages.addWidget(self.list_page)

        # --- the form ---------------------------------------------------------------------
        self.form_page = QWidget()
        self.form_page.setObjectName("eventadmin.formpage")
        outer = QVBoxLayout(self.form_page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(16)
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("eventadmin.scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        host.setObjectName("eventadmin.host")
        form = QVBoxLayout(host)
        form.setContentsMargins(0, 0, 16, 0)
        form.setSpacing(10)
        self.captions: dict[str, QLabel] = {}

        def caption(key: str, into: QVBoxLayout | QGridLayout = form) -> QLabel:
            widget = label(f"eventadmin.{key}.label", "list-heading")
            self.captions[key] = widget
            if isinstance(into, QVBoxLayout):
                into.addWidget(widget)
            return widget

        caption("kind")
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        kinds = FlowLayout(spacing=12)
        self.kind_buttons: dict[str, Button] = {}
        for kind in EVENT_KINDS:
            button = _choice(f"eventadmin.kind.{kind}", self.kind_group)
            kinds.addWidget(button)
            self.kind_buttons[kind] = button
        form.addLayout(kinds)

        # Welsh and English side by side (Welsh first), as visitors read them.
        titles = QGridLayout()
        titles.setHorizontalSpacing(20)
        titles.setVerticalSpacing(6)
        self.title_cy = QLineEdit()
        self.title_cy.setObjectName("eventadmin.title_cy")
        self.title_cy.setMaxLength(160)
        self.title_en = QLineEdit()
        self.title_en.setObjectName("eventadmin.title_en")
        self.title_en.setMaxLength(160)
        caption("title_cy", titles)
        caption("title_en", titles)
        self.titles = titles
        form.addLayout(titles)
        # The descriptions too: Welsh first, side by side, one under the other in portrait.
        descriptions = QGridLayout()
        descriptions.setHorizontalSpacing(20)
        descriptions.setVerticalSpacing(6)
        self.description_cy = text_box("eventadmin.description_cy", 110)
        self.description = text_box("eventadmin.description", 110)  # in English
        caption("description_cy", descriptions)
        caption("description", descriptions)
        self.descriptions = descriptions
        form.addLayout(descriptions)
        caption("location")
        self.location = QLineEdit()
        self.location.setObjectName("eventadmin.location")
        self.location.setMaxLength(120)
        form.addWidget(self.location)

        caption("day")
        self.day = Stepper("eventadmin.day", (1, 7), date(2000, 1, 1).toordinal(), 800_000)
        form.addWidget(self.day)
        times = QGridLayout()
        times.setHorizontalSpacing(20)
        times.setVerticalSpacing(6)
        self.start = Stepper("eventadmin.start", (TIME_STEP, 60), 0, DAY_MINUTES - TIME_STEP)
        self.end = Stepper("eventadmin.end", (TIME_STEP, 60), TIME_STEP, DAY_MINUTES - TIME_STEP)
        caption("start", times)
        caption("end", times)
        self.times = times
        form.addLayout(times)
        self.start.value_changed.connect(self._on_start_value_changed)
        caption("capacity")
        self.capacity = Stepper("eventadmin.capacity", (1, 10), 0, 10_000)
        form.addWidget(self.capacity)

        caption("repeat")
        self.repeat_group = QButtonGroup(self)
        repeats, self.repeat_buttons = _choices(
            "eventadmin.repeat", REPEATS, self.repeat_group, self._on_repeat_toggled
        )
        form.addLayout(repeats)
        self.ends_box = QWidget()
        self.ends_box.setObjectName("eventadmin.endsbox")
        ends_column = QVBoxLayout(self.ends_box)
        ends_column.setContentsMargins(0, 0, 0, 0)
        ends_column.setSpacing(10)
        self.ends_caption = label("eventadmin.ends.label", "list-heading")
        self.captions["ends"] = self.ends_caption
        ends_column.addWidget(self.ends_caption)
        self.ends_group = QButtonGroup(self)
        ends_row, self.ends_buttons = _choices(
            "eventadmin.ends", ENDS, self.ends_group, self._on_repeat_toggled
        )
        ends_column.addLayout(ends_row)
        self.count = Stepper("eventadmin.count", (1, 5), 1, 2000)
        ends_column.addWidget(self.count)
        self.until = Stepper("eventadmin.until", (1, 7), date(2000, 1, 1).toordinal(), 800_000)
        ends_column.addWidget(self.until)
        form.addWidget(self.ends_box)

        # A saved series: its next dates, each with Skip or Restore.
        self.series_box = QWidget()
        self.series_box.setObjectName("eventadmin.seriesbox")
        series_column = QVBoxLayout(self.series_box)
        series_column.setContentsMargins(0, 0, 0, 0)
        series_column.setSpacing(10)
        self.series_caption = label("eventadmin.series.label", "list-heading")
        self.captions["series"] = self.series_caption
        series_column.addWidget(self.series_caption)
        self.series_hint = label("eventadmin.series.hint", "muted")
        series_column.addWidget(self.series_hint)
        self.series_grid = QGridLayout()
        self.series_grid.setHorizontalSpacing(20)
        self.series_grid.setVerticalSpacing(8)
        series_column.addLayout(self.series_grid)
        self.series_rows: list[tuple[QLabel, Button]] = []
        self.series: list[SeriesDate] = []
        form.addWidget(self.series_box)
        form.addStretch(1)
        self.form_scroll.setWidget(host)
        outer.addWidget(self.form_scroll, 1)

        buttons = FlowLayout(spacing=20)
        self.to_list = Button("eventadmin.tolist")
        self.to_list.clicked.connect(self._on_to_list_clicked)
        self.cancel_event = Button("eventadmin.cancel", "danger")
        self.cancel_event.clicked.connect(self._on_cancel_event_clicked)
        self.flyer = Button("eventadmin.flyer")
        self.flyer.clicked.connect(self._on_flyer_clicked)
        self.save = Button("eventadmin.save", "primary")
        self.save.clicked.connect(self._on_save_clicked)
        for button in (self.to_list, self.cancel_event, self.flyer, self.save):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.pages.addWidget(self.form_page)

        self.day.format = self._date_text
        self.until.format = self._date_text
        self.start.format = self._time_text
        self.end.format = self._time_text
        self.capacity.format = self._capacity_text
        self.count.format = self._count_text
        self.set_portrait(False)
        self._fill(default_input(self.ctx.now()))
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        """Side by side in landscape (Welsh first); one under the other in portrait."""
        pairs = (
            (self.titles, (self.captions["title_cy"], self.title_cy)),
            (self.titles, (self.captions["title_en"], self.title_en)),
            (self.descriptions, (self.captions["description_cy"], self.description_cy)),
            (self.descriptions, (self.captions["description"], self.description)),
            (self.times, (self.captions["start"], self.start)),
            (self.times, (self.captions["end"], self.end)),
        )
        for index, (grid, (caption, field)) in enumerate(pairs):
            grid.removeWidget(caption)
            grid.removeWidget(field)
            column = 0 if portrait else index % 2
            row = 2 * (index % 2) if portrait else 0
            grid.addWidget(caption, row, column)
            grid.addWidget(field, row + 1, column)
        for grid in (self.titles, self.descriptions, self.times):
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0 if portrait else 1)

    # --- words -------------------------------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        """The translated name of an event kind (screens.words names them once)."""
        return words.event_kind_name(kind)

    def _date_text(self, ordinal: int) -> str:
        return self.ctx.languages.locale.toString(
            qdate(date.fromordinal(ordinal)), "ddd d MMM yyyy"
        )

    @staticmethod
    def _time_text(minutes: int) -> str:
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    def _capacity_text(self, places: int) -> str:
        return self.tr("No limit") if places == 0 else str(places)

    def _count_text(self, times: int) -> str:
        return self.tr("%n time(s)", "", times)

    def retranslate(self) -> None:
        editing = self.editing is not None
        on_form = self.pages.currentWidget() is self.form_page
        self.title.setText(
            (self.tr("Edit the event") if editing else self.tr("New event"))
            if on_form
            else self.tr("Events")
        )
        self.new_event.set_text(self.tr("New event"))
        self.to_imports.set_text(self.tr("Import from a USB drive"))
        self.back.set_text(self.tr("Back to the facilitator page"))
        self.list.setAccessibleName(self.tr("The room's events and series"))
        # The fields' names are the words' (screens/words.py), as the form's messages name them.
        fields = ("kind", "title_cy", "title_en", "description_cy", "description", "location")
        captions = {key: words.event_field(key) for key in (*fields, "capacity", "repeat")}
        captions |= {
            "day": self.tr("Date"),
            "start": self.tr("Starts"),
            "end": self.tr("Ends"),
            "ends": self.tr("The repeats end"),
            "series": self.tr("Dates in the series"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        for key, field in (
            ("title_cy", self.title_cy),
            ("title_en", self.title_en),
            ("description_cy", self.description_cy),
            ("description", self.description),
            ("location", self.location),
        ):
            field.setAccessibleName(captions[key])
        self.title_cy.setPlaceholderText(self.tr("For example: Gweithdy Gwella Ansawdd"))
        self.title_en.setPlaceholderText(self.tr("For example: Quality Improvement workshop"))
        self.location.setPlaceholderText(self.tr("For example: Qspace, 2nd floor"))
        for kind, button in self.kind_buttons.items():
            button.set_text(self.kind_name(kind))
        repeat_words = {
            "none": self.tr("Does not repeat"),
            "weekly": self.tr("Every week"),
            "monthly": self.tr("Every month"),
        }
        for repeat, button in self.repeat_buttons.items():
            button.set_text(repeat_words[repeat])
        ends_words = {
            "count": self.tr("After a number of times"),
            "until": self.tr("On a date"),
            "never": self.tr("Never"),
        }
        for ends, button in self.ends_buttons.items():
            button.set_text(ends_words[ends])
        self._step_words(self.day, self.tr("a day"), self.tr("a week"), 1, 7)
        self._step_words(self.until, self.tr("a day"), self.tr("a week"), 1, 7)
        self._step_words(self.start, self.tr("15 minutes"), self.tr("an hour"), TIME_STEP, 60)
        self._step_words(self.end, self.tr("15 minutes"), self.tr("an hour"), TIME_STEP, 60)
        self._step_words(self.capacity, self.tr("1 place"), self.tr("10 places"), 1, 10)
        self._step_words(self.count, "1", "5", 1, 5)
        for stepper in (self.day, self.until, self.start, self.end, self.capacity, self.count):
            stepper.setAccessibleName(self.captions_for(stepper))
            stepper.show_value()
        self.series_hint.setText(
            self.tr("Skip a date to take it out of the series; Restore puts it back.")
        )
        self.to_list.set_text(self.tr("Back to the list"))
        self.cancel_event.set_text(
            self.tr("Touch again to cancel the event")
            if self._confirm_cancel
            else self.tr("Cancel the event")
        )
        self.flyer.set_text(self.tr("Make a flyer (PDF)"))
        self.save.set_text(self.tr("Save changes") if editing else self.tr("Save the event"))
        self.form_scroll.setAccessibleName(self.tr("The event's details"))
        self._render_list()
        self._render_series()

    def captions_for(self, stepper: Stepper) -> str:
        """The caption that names a stepper (for its accessible name)."""
        keys = {
            self.day: "day",
            self.until: "ends",
            self.start: "start",
            self.end: "end",
            self.capacity: "capacity",
            self.count: "ends",
        }
        return self.captions[keys[stepper]].text()

    def _step_words(self, stepper: Stepper, small: str, big: str, s: int, b: int) -> None:
        # Arrows on the buttons (double for the big step); their names say what they do.
        counting = stepper in (self.capacity, self.count)
        down = self.tr("%1 fewer") if counting else self.tr("%1 earlier")
        up = self.tr("%1 more") if counting else self.tr("%1 later")
        for step, text, arrow, accessible in (
            (-b, big, "\u00ab", down),
            (-s, small, "\u2039", down),
            (s, small, "\u203a", up),
            (b, big, "\u00bb", up),
        ):
            stepper.buttons[step].set_text(arrow, accessible.replace("%1", text))

    # --- the list ----------------------------------------------------------------------------

    def shown(self) -> None:
        if self.pages.currentWidget() is self.list_page:
            self._load()

    def _load(self) -> None:
        self.run(lambda: self.ctx.ops.events.list_events(), self._on_events_loaded)

    def _on_events_loaded(self, events: list[EventDetail]) -> None:
        self.events = events
        self._render_list()

    def _render_list(self) -> None:
        self.list.clear()
        if self.events is None:
            return
        if not self.events:
            self.list.add_heading(self.tr("No events yet. Touch New event to add one."))
            return
        welsh = self.ctx.languages.current == "cy"
        locale = self.ctx.languages.locale
        for event in self.events:
            start, end = local(event.starts_at), local(event.ends_at)
            when = locale.toString(qdate(start.date()), "ddd d MMM yyyy")
            when += f", {start:%H:%M}–{end:%H:%M}"
            repeat, _ends, _count, _until = self._parse(event)
            repeats = {
                "weekly": self.tr("Every week from %1"),
                "monthly": self.tr("Every month from %1"),
            }.get(repeat)
            lines = [
                f"{self.kind_name(event.kind)} · {event.location}"
                if event.location
                else self.kind_name(event.kind),
                repeats.replace("%1", when) if repeats else when,
            ]
            if event.exceptions:
                lines.append(self.tr("%n date(s) skipped", "", len(event.exceptions)))
            self.list.add_card(
                event.title_cy if welsh else event.title_en,
                lines,
                flag=self.tr("Cancelled") if event.cancelled else "",
                key=event.id,
                content=True,
            )

    @staticmethod
    def _parse(event: EventDetail) -> tuple[str, str, int | None, date | None]:
        from screens.presenters.event_admin import parse_rule

        return parse_rule(event.repeat_rule)

    def _on_list_card_activated(self, event_id: str) -> None:
        found = next((e for e in self.events or [] if e.id == event_id), None)
        if found is not None:
            self.open_event(found)

    # --- the form ----------------------------------------------------------------------------

    def _on_new_event_clicked(self) -> None:
        self.editing = None
        self._fill(default_input(self.ctx.now()))
        self._show_form()

    def open_event(self, event: EventDetail) -> None:
        """Show `event` in the form to edit, cancel, skip dates or make its flyer."""
        self.editing = event
        self._fill(input_of(event, self.ctx.now()))
        self._show_form()

    def _show_form(self) -> None:
        self._confirm_cancel = False
        self._say("")
        self.flyer_path = None
        self.pages.setCurrentWidget(self.form_page)
        self.form_scroll.verticalScrollBar().setValue(0)
        self.retranslate()
        self._update_visibility()
        self.title_cy.setFocus()

    def _fill(self, data: FormInput) -> None:
        self.kind_buttons.get(data.kind, self.kind_buttons["meeting"]).setChecked(True)
        self.title_cy.setText(data.title_cy)
        self.title_en.setText(data.title_en)
        self.description.setPlainText(data.description)
        self.description_cy.setPlainText(data.description_cy)
        self.location.setText(data.location)
        self.day.set_value(data.day.toordinal())
        self.start.set_value(data.start_minutes)
        self.end.set_value(data.end_minutes)
        self.capacity.set_value(data.capacity)
        self.repeat_buttons[data.repeat].setChecked(True)
        self.ends_buttons[data.ends].setChecked(True)
        self.count.set_value(data.count)
        self.until.set_value(data.until.toordinal())
        self._update_visibility()

    def form_input(self) -> FormInput:
        """What the form holds now."""
        kind = next((k for k, b in self.kind_buttons.items() if b.isChecked()), "meeting")
        repeat = next((r for r, b in self.repeat_buttons.items() if b.isChecked()), "none")
        ends = next((e for e, b in self.ends_buttons.items() if b.isChecked()), "never")
        return FormInput(
            kind=kind,
            title_en=self.title_en.text(),
            title_cy=self.title_cy.text(),
            description=self.description.toPlainText(),
            description_cy=self.description_cy.toPlainText(),
            location=self.location.text(),
            day=date.fromordinal(self.day.value()),
            start_minutes=self.start.value(),
            end_minutes=self.end.value(),
            capacity=self.capacity.value(),
            repeat=repeat,
            ends=ends,
            count=self.count.value(),
            until=date.fromordinal(self.until.value()),
        )

    def _on_start_value_changed(self, minutes: int) -> None:
        # The end keeps after the start as the start moves on (an hour by default).
        if self.end.value() <= minutes:
            self.end.set_value(minutes + 60)

    def _on_repeat_toggled(self, _checked: bool) -> None:
        self._update_visibility()

    def _update_visibility(self) -> None:
        repeating = not self.repeat_buttons["none"].isChecked()
        self.ends_box.setVisible(repeating)
        self.count.setVisible(self.ends_buttons["count"].isChecked())
        self.until.setVisible(self.ends_buttons["until"].isChecked())
        editing = self.editing is not None
        self.cancel_event.setVisible(editing and not self.editing_cancelled())
        self.flyer.setVisible(editing)
        self.series_box.setVisible(editing and bool(self.series))

    def editing_cancelled(self) -> bool:
        """Whether the event in the form has been cancelled."""
        return self.editing is not None and self.editing.cancelled

    def _render_series(self) -> None:
        self.series = (
            series_dates(self.editing, now=self.ctx.now()) if self.editing is not None else []
        )
        for text, button in self.series_rows:
            self.series_grid.removeWidget(text)
            self.series_grid.removeWidget(button)
            text.deleteLater()
            button.deleteLater()
        self.series_rows = []
        locale = self.ctx.languages.locale
        for index, item in enumerate(self.series):
            start = local(item.starts_at)
            when = locale.toString(qdate(start.date()), "dddd d MMMM yyyy") + f", {start:%H:%M}"
            text = label(f"eventadmin.series.date{index}", "lead")
            text.setText(self.tr("%1 (skipped)").replace("%1", when) if item.skipped else when)
            button = Button(f"eventadmin.series.toggle{index}")
            if item.skipped:
                button.set_text(self.tr("Restore"), self.tr("Restore %1").replace("%1", when))
            else:
                button.set_text(self.tr("Skip"), self.tr("Skip %1").replace("%1", when))
            button.clicked.connect(lambda _=False, i=index: self._on_series_toggle_clicked(i))
            self.series_grid.addWidget(text, index, 0)
            self.series_grid.addWidget(button, index, 1)
            text.show()  # a child added to a shown parent is not shown by the layout
            button.show()
            self.series_rows.append((text, button))
        self.series_grid.setColumnStretch(0, 1)
        self.series_box.setVisible(self.editing is not None and bool(self.series))

    def _on_series_toggle_clicked(self, index: int) -> None:
        if self.editing is None or index >= len(self.series):
            return
        item, event_id, ops = self.series[index], self.editing.id, self.ctx.ops
        if item.skipped:
            job = lambda: ops.events.restore_occurrence(event_id, item.starts_at)  # noqa: E731
        else:
            job = lambda: ops.events.skip_occurrence(event_id, item.starts_at)  # noqa: E731
        self.ctx.runner.submit(job, self._on_series_changed, self._on_action_failed)

    def _on_series_changed(self, detail: EventDetail) -> None:
        self.editing = detail
        self._say(self.tr("Saved: the series' dates are up to date."))
        self._render_series()

    def _on_save_clicked(self) -> None:
        self._confirm_cancel = False
        form, ops, editing = form_of(self.form_input()), self.ctx.ops, self.editing
        if editing is None:
            job = lambda: ops.events.create_event(form)  # noqa: E731 - one expression
        else:
            job = lambda: ops.events.edit_event(editing.id, form)  # noqa: E731
        self.ctx.runner.submit(job, self._on_saved, self._on_action_failed)

    def _on_saved(self, detail: EventDetail) -> None:
        welsh = self.ctx.languages.current == "cy"
        title = detail.title_cy if welsh else detail.title_en
        was_new = self.editing is None
        self.editing = detail
        self._render_series()
        self.retranslate()
        self._update_visibility()
        self._say(
            (
                self.tr("Saved: %1. It is on What's on now.")
                if was_new
                else self.tr("Saved the changes to %1.")
            ).replace("%1", title)
        )

    def _on_action_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KioskError) and exc.code in (
            ErrorCode.EVENT_INVALID,
            ErrorCode.EVENT_UNKNOWN,
        ):
            text = words.error_text(exc)
            self._say(text)
            self.ctx.notify(text, "error")
            field = {
                "title_en": self.title_en,
                "title_cy": self.title_cy,
                "location": self.location,
                "description": self.description,
                "description_cy": self.description_cy,
            }.get(str(exc.params.get("field", "")))
            if field is not None:
                self.form_scroll.ensureWidgetVisible(field)
                field.setFocus()
            return
        self._say(words.failure_text())
        self._on_job_failed(exc)

    def _on_cancel_event_clicked(self) -> None:
        if self.editing is None:
            return
        if not self._confirm_cancel:
            self._confirm_cancel = True
            self.retranslate()
            return
        self._confirm_cancel = False
        event_id, ops = self.editing.id, self.ctx.ops
        self.ctx.runner.submit(
            lambda: ops.events.cancel_event(event_id), self._on_cancelled, self._on_action_failed
        )

    def _on_cancelled(self, detail: EventDetail) -> None:
        self.editing = detail
        self.retranslate()
        self._update_visibility()
        welsh = self.ctx.languages.current == "cy"
        self._say(
            self.tr("Cancelled: %1. It has left What's on and the screens.").replace(
                "%1", detail.title_cy if welsh else detail.title_en
            )
        )

    def _on_to_list_clicked(self) -> None:
        self.editing = None
        self._confirm_cancel = False
        self._say("")
        self.pages.setCurrentWidget(self.list_page)
        self.retranslate()
        self._load()

    # --- the flyer ---------------------------------------------------------------------------

    def _on_flyer_clicked(self) -> None:
        if self.editing is None:
            return
        event_id, ops = self.editing.id, self.ctx.ops
        self.run(lambda: ops.showcase.flyer_event(event_id), self._write_flyer)

    def _write_flyer(self, event: FlyerEvent) -> None:
        from screens import posters

        settings = self.ctx.settings()
        branding = posters.Branding(
            room_name=settings.room_name,
            health_board=settings.health_board,
            primary=settings.primary_colour,
            accent=settings.accent_colour,
            logo=Path(settings.logo) if settings.logo else None,
        )
        try:
            place = place_for(self.ctx, self.export_dir)
        except KioskError as exc:
            self._say(words.error_text(exc))
            return
        try:
            path = posters.event_flyer(
                event,
                free_path(place.folder, f"flyer-{event.id[:8]}-{local(self.ctx.now()):%Y%m%d}.pdf"),
                lang="both",
                branding=branding,
                welsh=self.ctx.languages.welsh,
            )
        except OSError as exc:
            log.error("flyer not written: %s", type(exc).__name__)
            self._say(self.tr("The flyer could not be saved; the details are in the log."))
            return
        self.flyer_path = path
        self._say(saved_text(place))

    def _say(self, text: str) -> None:
        """Show `text` over the page (the line takes no room while empty)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- leaving -------------------------------------------------------------------------------

    def reset(self) -> None:
        self.editing = None
        self._confirm_cancel = False
        self.flyer_path = None
        self._say("")
        self._fill(default_input(self.ctx.now()))
        self.pages.setCurrentWidget(self.list_page)
        self.retranslate()
