"""The facilitator's showcase page (behind the PIN): the two loops, approvals, the urgent
message, the AV display's screen, proof of play, and posters and flyers."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Settings, save_settings
from kiosk.dto.showcase import ModerationItem, NoticeSlide, PlaylistRow
from kiosk.errors import ErrorCode, KioskError
from kiosk.export_files import free_path
from kiosk.showcase import MAX_DURATION_S, MIN_DURATION_S
from screens import words
from screens.base import Screen, ScreenContext
from screens.exports import place_for, saved_text
from screens.flow import FlowLayout
from screens.presenters.showcase_admin import (
    ITEM_KINDS,
    KINDS,
    NoticeProblem,
    draft_from_form,
    notice_problem,
    play_report_csv,
    previous_month,
)
from screens.widgets import Button, label, named

log = logging.getLogger(__name__)


def _scrolling(page: QWidget) -> QScrollArea:
    """A tab's page that scrolls when the window is too small for its form."""
    scroll = QScrollArea()
    scroll.setObjectName(f"{page.objectName()}.scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


def _list(name: str) -> QListWidget:
    widget = named(QListWidget(), name)
    widget.setWordWrap(True)
    widget.setProperty("content", True)  # user content: not checked for translation
    return widget


class ShowcaseAdminScreen(Screen):
    """Playlists, approvals, the urgent message, the AV display, reports and posters."""

    name = "showcase"
    settings_saved = Signal(object)  # Settings
    notice_changed = Signal()
    playlist_changed = Signal()

    def __init__(
        self,
        ctx: ScreenContext,
        config_path: Callable[[], Path],
        export_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._config_path = config_path
        self.export_dir = export_dir
        self.title = label("showcase.title", "h1")
        self.body.addWidget(self.title)
        self.tabs = named(QTabWidget(), "showcase.tabs")
        self.body.addWidget(self.tabs, 1)
        self.message = label("showcase.message", "lead")
        self.body.addWidget(self.message)
        self._rows: list[PlaylistRow] = []
        self._moderation: list[ModerationItem] = []
        self._items: dict[str, list[tuple[str, str]]] = {}
        self._build_loops()
        self._build_approvals()
        self._build_notice()
        self._build_display()
        self._build_posters()
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        wrap = QFormLayout.RowWrapPolicy
        self.loop_form.setRowWrapPolicy(wrap.WrapAllRows if portrait else wrap.DontWrapRows)

    # --- building ----------------------------------------------------------------------------

    def _build_loops(self) -> None:
        page = named(QWidget(), "showcase.loops_page")
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.loop = named(QComboBox(), "showcase.loop")
        self.loop.currentIndexChanged.connect(self._on_loop_current_index_changed)
        self.loop_caption = QLabel()
        self.loop_caption.setBuddy(self.loop)
        top.addWidget(self.loop_caption)
        top.addWidget(self.loop, 1)
        layout.addLayout(top)
        self.playlist = _list("showcase.playlist")
        self.playlist.setMinimumHeight(260)
        layout.addWidget(self.playlist, 1)
        row = QHBoxLayout()
        self.up = Button("showcase.up")
        self.down = Button("showcase.down")
        self.toggle = Button("showcase.toggle")
        self.remove = Button("showcase.remove", "danger")
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.toggle.clicked.connect(self._on_toggle_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        for button in (self.up, self.down, self.toggle, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        # Captions beside their fields; above them on a portrait screen (set_portrait).
        self.loop_form = form = QFormLayout()
        self.kind = named(QComboBox(), "showcase.kind")
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.item = named(QComboBox(), "showcase.item")
        self.duration = named(QSpinBox(), "showcase.duration")
        self.duration.setRange(MIN_DURATION_S, MAX_DURATION_S)
        self.duration.setValue(15)
        days = FlowLayout(spacing=16)  # the seven days wrap onto two rows where need be
        self.days = [named(QCheckBox(), f"showcase.day{i}") for i in range(7)]
        for box in self.days:
            box.setChecked(True)
            days.addWidget(box)
        window = QHBoxLayout()
        self.start = named(QLineEdit(), "showcase.start")
        self.end = named(QLineEdit(), "showcase.end")
        for field in (self.start, self.end):
            field.setMaxLength(5)
            window.addWidget(field)
        window.addStretch(1)
        self.captions = {key: QLabel() for key in ("kind", "item", "duration", "days", "window")}
        form.addRow(self.captions["kind"], self.kind)
        form.addRow(self.captions["item"], self.item)
        form.addRow(self.captions["duration"], self.duration)
        form.addRow(self.captions["days"], days)
        form.addRow(self.captions["window"], window)
        for key, buddy in (
            ("kind", self.kind),
            ("item", self.item),
            ("duration", self.duration),
            ("window", self.start),
        ):
            self.captions[key].setBuddy(buddy)
        layout.addLayout(form)
        self.add = Button("showcase.add", "primary")
        self.add.clicked.connect(self._on_add_clicked)
        layout.addWidget(self.add)
        self.tabs.addTab(_scrolling(page), "")

    def _build_approvals(self) -> None:
        page = named(QWidget(), "showcase.approvals_page")
        layout = QVBoxLayout(page)
        self.queue = _list("showcase.queue")
        self.queue.setMinimumHeight(360)
        layout.addWidget(self.queue, 1)
        row = QHBoxLayout()
        self.approve = Button("showcase.approve", "primary")
        self.withdraw = Button("showcase.withdraw")
        self.hide_item = Button("showcase.hide", "danger")
        self.unhide = Button("showcase.unhide")
        self.approve.clicked.connect(lambda: self._moderate(approved=True))
        self.withdraw.clicked.connect(lambda: self._moderate(approved=False))
        self.hide_item.clicked.connect(lambda: self._moderate(hidden=True))
        self.unhide.clicked.connect(lambda: self._moderate(hidden=False))
        for button in (self.approve, self.withdraw, self.hide_item, self.unhide):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(_scrolling(page), "")

    def _build_notice(self) -> None:
        page = named(QWidget(), "showcase.notice_page")
        layout = QVBoxLayout(page)
        self.notice_status = label("showcase.notice_status", "lead")
        layout.addWidget(self.notice_status)
        form = QFormLayout()
        self.level = named(QComboBox(), "showcase.level")
        self.text_cy = named(QPlainTextEdit(), "showcase.text_cy")
        self.text_en = named(QPlainTextEdit(), "showcase.text_en")
        for edit in (self.text_cy, self.text_en):
            edit.setFixedHeight(110)
        self.notice_captions = {key: QLabel() for key in ("level", "cy", "en")}
        form.addRow(self.notice_captions["level"], self.level)
        form.addRow(self.notice_captions["cy"], self.text_cy)
        form.addRow(self.notice_captions["en"], self.text_en)
        for key, buddy in (("level", self.level), ("cy", self.text_cy), ("en", self.text_en)):
            self.notice_captions[key].setBuddy(buddy)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.raise_notice = Button("showcase.raise", "danger")
        self.clear_notice = Button("showcase.clear", "primary")
        self.raise_notice.clicked.connect(self._on_raise_notice_clicked)
        self.clear_notice.clicked.connect(self._on_clear_notice_clicked)
        row.addWidget(self.raise_notice)
        row.addWidget(self.clear_notice)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.tabs.addTab(_scrolling(page), "")

    def _build_display(self) -> None:
        page = named(QWidget(), "showcase.display_page")
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.av_screen = named(QComboBox(), "showcase.av_screen")
        self.av_caption = QLabel()
        self.av_caption.setBuddy(self.av_screen)
        form.addRow(self.av_caption, self.av_screen)
        layout.addLayout(form)
        self.save_av = Button("showcase.save_av", "primary")
        self.save_av.clicked.connect(self._on_save_av_clicked)
        layout.addWidget(self.save_av)
        self.report_note = label("showcase.report_note", "muted")
        layout.addWidget(self.report_note)
        row = QHBoxLayout()
        self.report_this = Button("showcase.report_this")
        self.report_last = Button("showcase.report_last")
        self.report_this.clicked.connect(lambda: self._export_report(self.ctx.now().date()))
        self.report_last.clicked.connect(
            lambda: self._export_report(previous_month(self.ctx.now().date()))
        )
        row.addWidget(self.report_this)
        row.addWidget(self.report_last)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.tabs.addTab(_scrolling(page), "")

    def _build_posters(self) -> None:
        page = named(QWidget(), "showcase.posters_page")
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.poster_item = named(QComboBox(), "showcase.poster_item")
        self.paper = named(QComboBox(), "showcase.paper")
        self.poster_lang = named(QComboBox(), "showcase.poster_lang")
        self.poster_captions = {key: QLabel() for key in ("item", "paper", "lang")}
        form.addRow(self.poster_captions["item"], self.poster_item)
        form.addRow(self.poster_captions["paper"], self.paper)
        form.addRow(self.poster_captions["lang"], self.poster_lang)
        for key, buddy in (
            ("item", self.poster_item),
            ("paper", self.paper),
            ("lang", self.poster_lang),
        ):
            self.poster_captions[key].setBuddy(buddy)
        layout.addLayout(form)
        self.make_poster = Button("showcase.make_poster", "primary")
        self.make_poster.clicked.connect(self._on_make_poster_clicked)
        layout.addWidget(self.make_poster)
        layout.addStretch(1)
        self.tabs.addTab(_scrolling(page), "")

    # --- words -------------------------------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        """The translated name of a slide kind."""
        return {
            "welcome": self.tr("Welcome"),
            "project": self.tr("Project card"),
            "story": self.tr("Success story"),
            "thanks": self.tr("Wall of thanks"),
            "whats_on": self.tr("What's on"),
            "hot_topics": self.tr("Hot topics"),
            "room_numbers": self.tr("Room in numbers"),
        }.get(kind, kind)

    def day_names(self) -> list[str]:
        """Short day names, Monday first."""
        return [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Showcase"))
        for index, text in enumerate(
            (
                self.tr("Loops"),
                self.tr("Approvals"),
                self.tr("Urgent message"),
                self.tr("AV display and reports"),
                self.tr("Posters and flyers"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.tabs.setAccessibleName(self.tr("Showcase"))
        loop = self.loop.currentData() or "attract"
        self.loop.blockSignals(True)
        self.loop.clear()
        self.loop.addItem(self.tr("Kiosk welcome loop"), "attract")
        self.loop.addItem(self.tr("AV display loop"), "av")
        self.loop.setCurrentIndex(max(0, self.loop.findData(loop)))
        self.loop.blockSignals(False)
        self.loop_caption.setText(self.tr("Loop"))
        self.loop.setAccessibleName(self.tr("Loop"))
        self.playlist.setAccessibleName(self.tr("Slides in the loop"))
        self.up.set_text(self.tr("Move up"))
        self.down.set_text(self.tr("Move down"))
        self.toggle.set_text(self.tr("Pause or play"))
        self.remove.set_text(self.tr("Remove"))
        kind = self.kind.currentData() or "project"
        self.kind.blockSignals(True)
        self.kind.clear()
        for each in KINDS:
            self.kind.addItem(self.kind_name(each), each)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.blockSignals(False)
        captions = {
            "kind": self.tr("Slide"),
            "item": self.tr("Which one"),
            "duration": self.tr("Seconds on screen"),
            "days": self.tr("Days"),
            "window": self.tr("From and until (HH:MM, empty for all day)"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        for widget, key in (
            (self.kind, "kind"),
            (self.item, "item"),
            (self.duration, "duration"),
            (self.start, "window"),
            (self.end, "window"),
        ):
            widget.setAccessibleName(captions[key])
        for field in (self.start, self.end):
            field.setPlaceholderText(self.tr("HH:MM"))
        for box, name in zip(self.days, self.day_names(), strict=True):
            box.setText(name)
            box.setAccessibleName(name)
        self.add.set_text(self.tr("Add to the loop"))
        self.queue.setAccessibleName(self.tr("Items for the public screens"))
        self.approve.set_text(self.tr("Approve"))
        self.withdraw.set_text(self.tr("Withdraw approval"))
        self.hide_item.set_text(self.tr("Hide now"))
        self.unhide.set_text(self.tr("Show again"))
        self.level.clear()
        self.level.addItem(self.tr("Urgent"), "urgent")
        self.level.addItem(self.tr("Emergency"), "emergency")
        self.level.setAccessibleName(self.tr("How urgent"))
        self.notice_captions["level"].setText(self.tr("How urgent"))
        self.notice_captions["cy"].setText(self.tr("Message in Welsh"))
        self.notice_captions["en"].setText(self.tr("Message in English"))
        self.text_cy.setAccessibleName(self.tr("Message in Welsh"))
        self.text_en.setAccessibleName(self.tr("Message in English"))
        self.raise_notice.set_text(self.tr("Show on every screen now"))
        self.clear_notice.set_text(self.tr("Clear the message"))
        self.av_caption.setText(self.tr("AV display screen"))
        self.av_screen.setAccessibleName(self.tr("AV display screen"))
        self.save_av.set_text(self.tr("Use this screen"))
        self.report_note.setText(
            self.tr("Proof of play: every completed showing, for the room's monthly report.")
        )
        self.report_this.set_text(self.tr("Export this month"))
        self.report_last.set_text(self.tr("Export last month"))
        self.paper.clear()
        for paper in ("A4", "A3"):
            self.paper.addItem(paper, paper)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.poster_lang.clear()
        self.poster_lang.addItem(self.tr("Welsh and English"), "both")
        self.poster_lang.addItem("Cymraeg", "cy")
        self.poster_lang.addItem("English", "en")
        self.poster_lang.setAccessibleName(self.tr("Language"))
        self.poster_captions["item"].setText(self.tr("Project, story or event"))
        self.poster_captions["paper"].setText(self.tr("Paper size (events: A5 flyer)"))
        self.poster_captions["lang"].setText(self.tr("Language"))
        self.poster_item.setAccessibleName(self.tr("Project, story or event"))
        self.make_poster.set_text(self.tr("Make the PDF"))
        self._render_playlist()
        self._render_queue()
        self._render_screens()

    # --- loading -----------------------------------------------------------------------------

    def shown(self) -> None:
        self.message.clear()
        self._load_playlist()
        self.run(lambda: self.ctx.ops.showcase.moderation_queue(), self._on_queue_loaded)
        self.run(lambda: self.ctx.ops.showcase.active_notice(), self._on_notice_loaded)
        self.run(self._poster_choices, self._on_poster_choices_loaded)
        self._render_screens()

    def _poster_choices(self) -> list[tuple[str, str, str]]:
        ops = self.ctx.ops
        choices = [("project", p.id, p.title) for p in ops.catalogue.list_projects()]
        choices += [("story", s.id, s.title or s.title_cy) for s in ops.catalogue.list_stories()]
        choices += [("event", e.id, e.title_en) for e in ops.catalogue.upcoming_events()]
        return choices

    def _on_poster_choices_loaded(self, choices: list[tuple[str, str, str]]) -> None:
        self.poster_item.clear()
        names = {
            "project": self.tr("Project"),
            "story": self.tr("Story"),
            "event": self.tr("Event"),
        }
        for kind, item_id, title in choices:
            self.poster_item.addItem(f"{names[kind]}: {title}", (kind, item_id))
        self._items = {
            "project": [(i, t) for k, i, t in choices if k == "project"],
            "story": [(i, t) for k, i, t in choices if k == "story"],
        }
        self._render_items()

    def _load_playlist(self) -> None:
        loop = self.loop.currentData() or "attract"
        self.run(lambda: self.ctx.ops.showcase.playlist(loop), self._on_playlist_loaded)

    def _on_playlist_loaded(self, rows: list[PlaylistRow]) -> None:
        self._rows = rows
        self._render_playlist()

    def _on_queue_loaded(self, items: list[ModerationItem]) -> None:
        self._moderation = items
        self._render_queue()

    def _on_notice_loaded(self, notice: NoticeSlide | None) -> None:
        if notice is None:
            self.notice_status.setText(self.tr("No message is showing."))
        else:
            text = notice.text_cy if self.ctx.languages.current == "cy" else notice.text_en
            self.notice_status.setText(self.tr("Showing on every screen: %1").replace("%1", text))
        self.clear_notice.setEnabled(notice is not None)

    # --- rendering ---------------------------------------------------------------------------

    def _row_text(self, row: PlaylistRow) -> str:
        what = self.kind_name(row.kind)
        if row.item_id:
            what += f": {row.item_title}"
        elif row.kind in ("project", "story"):
            what += " " + self.tr("(each approved one in turn)")
        days = self.day_names()
        when = (
            self.tr("every day")
            if row.weekdays == "0123456"
            else ", ".join(days[int(d)] for d in row.weekdays)
        )
        if row.start_time or row.end_time:
            when += f" {row.start_time or '00:00'}–{row.end_time or '24:00'}"
        paused = "" if row.enabled else " · " + self.tr("paused")
        return f"{what} · {row.duration_s} s · {when}{paused}"

    def _render_playlist(self) -> None:
        current = self.playlist.currentRow()
        self.playlist.clear()
        for row in self._rows:
            item = QListWidgetItem(self._row_text(row))
            item.setData(256, row.id)
            self.playlist.addItem(item)
        if self._rows:
            self.playlist.setCurrentRow(min(max(current, 0), len(self._rows) - 1))

    def _render_queue(self) -> None:
        current = self.queue.currentRow()
        self.queue.clear()
        names = {
            "story": self.tr("Story"),
            "thanks": self.tr("Thanks"),
            "project": self.tr("Project card"),
        }
        for entry in self._moderation:
            if entry.hidden:
                state = self.tr("hidden")
            elif entry.approved:
                state = self.tr("approved")
            else:
                state = self.tr("waiting for approval")
            detail = entry.detail if len(entry.detail) <= 120 else entry.detail[:117] + "…"
            item = QListWidgetItem(f"[{state}] {names[entry.kind]}: {entry.title}\n{detail}")
            item.setData(256, (entry.kind, entry.id))
            self.queue.addItem(item)
        if self._moderation:
            self.queue.setCurrentRow(min(max(current, 0), len(self._moderation) - 1))

    def _render_items(self) -> None:
        kind = self.kind.currentData()
        self.item.clear()
        self.item.setEnabled(kind in ITEM_KINDS)
        if kind in ("project", "story"):
            self.item.addItem(self.tr("Each approved one in turn"), None)
            for item_id, title in self._items.get(kind, []):
                self.item.addItem(title, item_id)
        elif kind == "thanks":
            self.item.addItem(self.tr("The newest notes"), None)

    def _render_screens(self) -> None:
        chosen = self.ctx.settings().av_screen
        self.av_screen.clear()
        self.av_screen.addItem(self.tr("No AV display"), "")
        self.av_screen.addItem(self.tr("Any screen but the kiosk's"), "auto")
        for screen in QGuiApplication.screens():
            box = screen.geometry()
            self.av_screen.addItem(
                f"{screen.name()} ({box.width()} x {box.height()})", screen.name()
            )
        if self.av_screen.findData(chosen) < 0:
            self.av_screen.addItem(self.tr("%1 (not connected)").replace("%1", chosen), chosen)
        self.av_screen.setCurrentIndex(max(0, self.av_screen.findData(chosen)))

    # --- actions -----------------------------------------------------------------------------

    def _on_loop_current_index_changed(self, _index: int) -> None:
        self._load_playlist()

    def _on_kind_current_index_changed(self, _index: int) -> None:
        self._render_items()

    def _selected_row(self) -> PlaylistRow | None:
        index = self.playlist.currentRow()
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def _after_playlist_change(self, rows: list[PlaylistRow]) -> None:
        self._on_playlist_loaded(rows)
        self.playlist_changed.emit()

    def _move(self, step: int) -> None:
        row = self._selected_row()
        if row is None:
            return
        target = self.playlist.currentRow() + step
        self.playlist.setCurrentRow(max(0, min(target, len(self._rows) - 1)))
        self.run(
            lambda: self.ctx.ops.showcase.move_playlist_item(row.id, step, row.loop),
            self._after_playlist_change,
        )

    def _on_toggle_clicked(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        draft = draft_from_form(
            loop=row.loop,
            kind=row.kind,
            item_id=row.item_id,
            duration_s=row.duration_s,
            days=[str(i) in row.weekdays for i in range(7)],
            start=row.start_time or "",
            end=row.end_time or "",
            enabled=not row.enabled,
        )
        self.run(
            lambda: self.ctx.ops.showcase.update_playlist_item(row.id, draft),
            self._after_playlist_change,
        )

    def _on_remove_clicked(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        self.run(
            lambda: self.ctx.ops.showcase.remove_playlist_item(row.id, row.loop),
            self._after_playlist_change,
        )

    def _on_add_clicked(self) -> None:
        draft = draft_from_form(
            loop=self.loop.currentData() or "attract",
            kind=self.kind.currentData() or "welcome",
            item_id=self.item.currentData(),
            duration_s=self.duration.value(),
            days=[box.isChecked() for box in self.days],
            start=self.start.text(),
            end=self.end.text(),
        )

        def added(_row: PlaylistRow) -> None:
            self.message.setText(self.tr("Added to the loop."))
            self._load_playlist()
            self.playlist_changed.emit()

        self.ctx.runner.submit(
            lambda: self.ctx.ops.showcase.add_playlist_item(draft), added, self._on_action_failed
        )

    def _moderate(self, *, approved: bool | None = None, hidden: bool | None = None) -> None:
        item: QListWidgetItem | None = self.queue.currentItem()  # None when nothing is chosen
        if item is None:
            return
        kind, item_id = item.data(256)

        def done(_entry: ModerationItem) -> None:
            self.run(lambda: self.ctx.ops.showcase.moderation_queue(), self._on_queue_loaded)
            self.playlist_changed.emit()

        self.run(lambda: self.ctx.ops.showcase.moderate(kind, item_id, approved, hidden), done)

    def _on_raise_notice_clicked(self) -> None:
        level = self.level.currentData() or "urgent"
        text_cy, text_en = self.text_cy.toPlainText(), self.text_en.toPlainText()
        problem = notice_problem(text_cy, text_en)
        if problem is not None:
            self.message.setText(self.notice_problem_text(problem))
            (self.text_en if problem is NoticeProblem.MISSING_ENGLISH else self.text_cy).setFocus()
            return

        def raised(notice: NoticeSlide) -> None:
            self._on_notice_loaded(notice)
            self.notice_changed.emit()

        self.ctx.runner.submit(
            lambda: self.ctx.ops.showcase.raise_notice(level, text_cy, text_en),
            raised,
            self._on_action_failed,
        )

    def notice_problem_text(self, problem: NoticeProblem) -> str:
        """What to add before the message can be raised."""
        if problem is NoticeProblem.MISSING_WELSH:
            return self.tr("Please write the message in Welsh too: every screen shows both.")
        if problem is NoticeProblem.MISSING_ENGLISH:
            return self.tr("Please write the message in English too: every screen shows both.")
        return self.tr("Please write the message in Welsh and in English.")

    def _on_clear_notice_clicked(self) -> None:
        def cleared(_count: int) -> None:
            self._on_notice_loaded(None)
            self.text_cy.clear()
            self.text_en.clear()
            self.notice_changed.emit()

        self.run(lambda: self.ctx.ops.showcase.clear_notice(), cleared)

    def _on_save_av_clicked(self) -> None:
        settings: Settings = dataclasses.replace(
            self.ctx.settings(), av_screen=self.av_screen.currentData() or ""
        )
        try:
            save_settings(settings, self._config_path())
        except OSError as exc:
            log.error("settings not saved: %s", type(exc).__name__)
            self.message.setText(
                self.tr("The choice could not be saved; the details are in the log.")
            )
            return
        self.message.setText(self.tr("Saved."))
        self.settings_saved.emit(settings)

    def _export_report(self, month: date) -> None:
        # To the USB drive when one is plugged in, else to Exports on the Facilitator page.
        try:
            place = place_for(self.ctx, self.export_dir)
        except KioskError as exc:
            self.message.setText(words.error_text(exc))
            return

        def write(rows: list) -> Path:  # type: ignore[type-arg]
            path = free_path(place.folder, f"proof-of-play-{month:%Y-%m}.csv")
            path.write_text(play_report_csv(rows), encoding="utf-8")
            return path

        def done(path: Path) -> None:
            self.last_export = path
            self.message.setText(saved_text(place))

        self.run(lambda: write(self.ctx.ops.showcase.play_report(month)), done)

    def _on_make_poster_clicked(self) -> None:
        choice = self.poster_item.currentData()
        if not choice:
            return
        kind, item_id = choice
        paper = self.paper.currentData() or "A4"
        lang = self.poster_lang.currentData() or "both"
        url = self.ctx.settings().project_url
        ops = self.ctx.ops
        loaders = {
            "project": lambda: ops.showcase.project_slide(item_id, url),
            "story": lambda: ops.showcase.story_slide(item_id, url),
            "event": lambda: ops.showcase.flyer_event(item_id),
        }
        self.run(loaders[kind], lambda data: self._write_poster(kind, data, paper, lang))

    def _write_poster(self, kind: str, data: object, paper: str, lang: str) -> None:
        from screens import posters

        settings = self.ctx.settings()
        branding = posters.Branding(
            room_name=settings.room_name,
            health_board=settings.health_board,
            primary=settings.primary_colour,
            accent=settings.accent_colour,
            logo=Path(settings.logo) if settings.logo else None,
        )
        welsh = self.ctx.languages.welsh
        stem = f"{kind}-{getattr(data, 'id', 'item')[:8]}"
        try:
            place = place_for(self.ctx, self.export_dir)
        except KioskError as exc:
            self.message.setText(words.error_text(exc))
            return
        try:
            if kind == "event":
                path = posters.event_flyer(
                    data,  # type: ignore[arg-type]
                    free_path(place.folder, f"flyer-{stem}-{lang}.pdf"),
                    lang=lang,
                    branding=branding,
                    welsh=welsh,
                )
            else:
                render = posters.project_poster if kind == "project" else posters.story_poster
                path = render(
                    data,  # type: ignore[arg-type]
                    free_path(place.folder, f"poster-{stem}-{paper}-{lang}.pdf"),
                    paper=paper,
                    lang=lang,
                    branding=branding,
                    welsh=welsh,
                )
        except OSError as exc:
            log.error("poster not written: %s", type(exc).__name__)
            self.message.setText(self.tr("The PDF could not be saved; the details are in the log."))
            return
        self.last_export = path
        self.message.setText(saved_text(place))

    def _on_action_failed(self, exc: BaseException) -> None:
        self.message.setText(self.error_text(exc))

    def error_text(self, exc: BaseException) -> str:
        """What went wrong, in words a facilitator can act on."""
        if not isinstance(exc, KioskError):
            log.error("showcase action failed: %s", type(exc).__name__)
            return self.tr("Sorry, that did not work. Please try again.")
        if exc.code in (
            ErrorCode.PLAYLIST_ENTRY_INVALID,
            ErrorCode.NOTICE_INVALID,
            ErrorCode.SHOWCASE_ITEM_UNKNOWN,
        ):
            return words.error_text(exc)
        return self.tr("Sorry, that did not work. Please try again.")
