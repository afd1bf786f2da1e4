"""Who's here (facilitator, behind the PIN): everyone in the room now, check-out, roll call."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.dto.checkin import EventAttendance, PresentVisitor
from kiosk.errors import KioskError
from kiosk.export_files import ExportPlace, free_path, keep_private
from kiosk.ports import PrintDocument, PrintOutcome
from screens.base import Screen, ScreenContext
from screens.exports import place_for, saved_text
from screens.flow import FlowLayout
from screens.presenters.events import local
from screens.widgets import Button, CardList, label


class WhosHereScreen(Screen):
    """The people in the room now with a check-out each, the fire roll call and attendance."""

    name = "whoshere"

    def __init__(
        self, ctx: ScreenContext, export_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.export_dir = export_dir or Path.cwd() / "exports"
        # The room as it is now, and (in its place when there is no printer) the roll call.
        self.room = QWidget()
        self.room.setProperty("screen", True)
        room = QVBoxLayout(self.room)
        room.setContentsMargins(0, 0, 0, 0)
        room.setSpacing(24)
        top = QHBoxLayout()
        self.title = label("whoshere.title", "h1")
        top.addWidget(self.title, 1)
        self.roll_call = Button("whoshere.rollcall", "danger")
        self.roll_call.clicked.connect(self._on_roll_call_clicked)
        top.addWidget(self.roll_call)
        room.addLayout(top)
        self.count = label("whoshere.count", "lead")
        room.addWidget(self.count)
        host = QWidget()
        host.setProperty("screen", True)
        self.rows = QVBoxLayout(host)
        self.rows.setSpacing(12)
        self.rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("whoshere.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(host)
        room.addWidget(scroll, 3)
        self.attendance_title = label("whoshere.attendance_title", "h2")
        room.addWidget(self.attendance_title)
        self.attendance = CardList("whoshere.attendance")
        room.addWidget(self.attendance, 2)
        self.body.addWidget(self.room, 1)
        self.roll_page = self._build_roll_page()
        self.body.addWidget(self.roll_page, 1)
        self.roll_page.hide()
        self._present: list[PresentVisitor] = []
        self._events: list[EventAttendance] = []
        self._roll_note = ""
        self.last_print: PrintOutcome | None = None
        self.retranslate()

    def _build_roll_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("whoshere.rollcall_page")
        page.setProperty("screen", True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.roll_title = label("whoshere.rollcall_title", "h1")
        self.roll_when = label("whoshere.rollcall_when", "lead")
        self.roll_note = label("whoshere.rollcall_note", "muted")
        self.roll_list = CardList("whoshere.rollcall_list")
        for widget in (self.roll_title, self.roll_when, self.roll_note):
            layout.addWidget(widget)
        layout.addWidget(self.roll_list, 1)
        row = FlowLayout(spacing=16)
        self.roll_back = Button("whoshere.rollcall_back", "primary")
        self.roll_back.clicked.connect(self._on_roll_back_clicked)
        row.addWidget(self.roll_back)
        layout.addLayout(row)
        return page

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who's here"))
        self.roll_call.set_text(
            self.tr("Print the roll call"), self.tr("Print the roll call for a fire evacuation")
        )
        self.attendance_title.setText(self.tr("Attendance at events"))
        self.attendance.setAccessibleName(self.tr("Attendance at events"))
        self.roll_back.set_text(self.tr("Back to Who's here"))
        self.roll_list.setAccessibleName(self.tr("Roll call"))
        self._render()
        if self.roll_page.isVisibleTo(self):
            self._render_roll_call()

    def shown(self) -> None:
        self.run(lambda: self.ctx.ops.checkin.who_is_here(), self._on_present_loaded)
        self.run(lambda: self.ctx.ops.checkin.event_attendance(), self._on_attendance_loaded)

    def reset(self) -> None:
        self._present = []
        self._events = []
        self._close_roll_call()
        self._render()

    def _on_present_loaded(self, present: list[PresentVisitor]) -> None:
        self._present = present
        self._render()
        if self.roll_page.isVisibleTo(self):
            self._render_roll_call()

    def _on_attendance_loaded(self, events: list[EventAttendance]) -> None:
        self._events = events
        self._render()

    def _render(self) -> None:
        while self.rows.count() > 1:
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.count.setText(self.tr("%n people in the room now", "", len(self._present)))
        for index, visitor in enumerate(self._present):
            row = QFrame()
            row.setProperty("role", "card")
            row.setProperty("content", True)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(24, 12, 24, 12)
            text = QVBoxLayout()
            name = label(f"whoshere.name.{index}", "card-title")
            name.setText(visitor.display_name)
            since = local(visitor.checked_in_at)
            detail = label(f"whoshere.detail.{index}", "card-line")
            welsh = self.ctx.languages.current == "cy"
            department = visitor.department_cy if welsh else visitor.department_en
            event_title = visitor.event_title_cy if welsh else visitor.event_title_en
            since_text = self.tr("since %1").replace("%1", f"{since:%H:%M}")
            detail.setText(" · ".join(p for p in (department, since_text, event_title or "") if p))
            text.addWidget(name)
            text.addWidget(detail)
            layout.addLayout(text, 1)
            checkout = Button(f"whoshere.checkout.{index}")
            checkout.set_text(
                self.tr("Check out"), self.tr("Check out %1").replace("%1", visitor.display_name)
            )
            checkout.clicked.connect(lambda _=False, v=visitor: self._on_checkout_clicked(v))
            layout.addWidget(checkout)
            self.rows.insertWidget(self.rows.count() - 1, row)
            row.show()
        self.attendance.clear()
        welsh = self.ctx.languages.current == "cy"
        for event in self._events:
            start = local(event.starts_at)
            self.attendance.add_card(
                f"{start:%d/%m %H:%M}  {event.title_cy if welsh else event.title_en}",
                [self.tr("%n attended", "", event.attendees)],
                key=event.event_id,
                content=False,
            )

    def _on_checkout_clicked(self, visitor: PresentVisitor) -> None:
        visit_id = visitor.visit_id
        self.run(lambda: self.ctx.ops.checkin.check_out(visit_id), lambda _r: self.shown())

    def roll_call_document(self) -> PrintDocument:
        """The fire roll call: everyone in the room now, with a box to tick."""
        now = local(self.ctx.now())
        welsh = self.ctx.languages.current == "cy"
        title = self.tr("Roll call")
        printed = self.tr("Printed at %1").replace("%1", f"{now:%d/%m/%Y %H:%M}")
        count = self.tr("%n people in the room now", "", len(self._present))
        headings = (self.tr("Name"), self.tr("Department"), self.tr("Since"))
        cell = "style='border:1px solid #000; padding:4pt'"
        rows = "".join(
            f"<tr><td style='border:1px solid #000; width:24pt'>&nbsp;</td>"
            f"<td {cell}>{escape(v.display_name)}</td>"
            f"<td {cell}>{escape(v.department_cy if welsh else v.department_en)}</td>"
            f"<td {cell}>{local(v.checked_in_at):%H:%M}</td></tr>"
            for v in self._present
        )
        head = "".join(f"<th align='left'>{escape(text)}</th>" for text in headings)
        html = (
            f"<h1>{escape(title)}: {escape(self.ctx.settings().room_name)}</h1>"
            f"<p>{escape(printed)} · {escape(count)}</p>"
            f"<table cellspacing='0' width='100%'><tr><th></th>{head}</tr>{rows}</table>"
        )
        return PrintDocument(name=f"roll-call-{now:%Y%m%d-%H%M%S}", html=html, page="A4")

    def _on_roll_call_clicked(self) -> None:
        # Always the latest list: fetch, then print (or show it here when there is no printer).
        self.run(lambda: self.ctx.ops.checkin.who_is_here(), self._on_roll_call_loaded)

    def _on_roll_call_loaded(self, present: list[PresentVisitor]) -> None:
        self._present = present
        self._render()
        printer = self.ctx.printer
        if printer is not None and printer.has_printer():
            self.roll_call.setEnabled(False)
            printer.print_document(
                self.roll_call_document(), self._on_printed, self._on_print_failed
            )
            return
        self._show_roll_call(self.tr("No printer is set up: read the names from this screen."))
        self._save_copy()

    def _save_copy(self) -> None:
        """A PDF of the roll call for later: on the USB drive, or under Exports."""
        printer = self.ctx.printer
        if printer is None:
            return
        try:
            place = place_for(self.ctx, self.export_dir)
        except KioskError:
            return  # the list is on the screen: that is what matters now
        document = self.roll_call_document()
        path = free_path(place.folder, f"{document.name}.pdf")
        keep_private(place, path)
        printer.save_pdf(
            document,
            path,
            lambda outcome: self._on_copy_saved(outcome, place),
            lambda _exc: None,
        )

    def _on_copy_saved(self, outcome: PrintOutcome, place: ExportPlace) -> None:
        self.last_print = outcome
        self.ctx.notify(saved_text(place), "info")

    def _on_printed(self, outcome: PrintOutcome) -> None:
        self.roll_call.setEnabled(True)
        self.last_print = outcome
        where = outcome.printer or str(outcome.pdf)
        self.ctx.notify(self.tr("Roll call sent to %1.").replace("%1", where), "info")

    def _on_print_failed(self, _exc: BaseException) -> None:
        self.roll_call.setEnabled(True)
        self.ctx.notify(self.tr("The roll call could not be printed."), "error")
        self._show_roll_call(self.tr("The roll call could not be printed: read the names here."))

    # --- the roll call on screen --------------------------------------------------------------

    def _show_roll_call(self, note: str) -> None:
        self._roll_note = note
        self._render_roll_call()
        self.room.hide()
        self.roll_page.show()
        self.roll_back.setFocus()

    def _render_roll_call(self) -> None:
        now = local(self.ctx.now())
        welsh = self.ctx.languages.current == "cy"
        self.roll_title.setText(
            self.tr("Roll call: %1").replace("%1", self.ctx.settings().room_name)
        )
        count = self.tr("%n people in the room now", "", len(self._present))
        self.roll_when.setText(f"{now:%H:%M} · {count}")
        self.roll_note.setText(self._roll_note)
        self.roll_list.clear()
        for visitor in self._present:
            department = visitor.department_cy if welsh else visitor.department_en
            since = self.tr("since %1").replace("%1", f"{local(visitor.checked_in_at):%H:%M}")
            self.roll_list.add_card(
                visitor.display_name, [" · ".join(p for p in (department, since) if p)]
            )

    def roll_call_names(self) -> list[str]:
        """The names the roll call on screen shows, in order."""
        return [text.split("\n")[0] for text in self.roll_list.card_texts()]

    def _close_roll_call(self) -> None:
        self.roll_page.hide()
        self.room.show()
        self.roll_list.clear()

    def _on_roll_back_clicked(self) -> None:
        self._close_roll_call()
