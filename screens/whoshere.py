"""Who's here (facilitator, behind the PIN): everyone in the room now, check-out, roll call."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.dto.checkin import EventAttendance, PresentVisitor
from kiosk.ports import PrintDocument, PrintOutcome
from screens.base import Screen, ScreenContext
from screens.presenters.events import local
from screens.widgets import Button, CardList, label


class WhosHereScreen(Screen):
    """The people in the room now with a check-out each, the fire roll call and attendance."""

    name = "whoshere"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        top = QHBoxLayout()
        self.title = label("whoshere.title", "h1")
        top.addWidget(self.title, 1)
        self.roll_call = Button("whoshere.rollcall", "danger")
        self.roll_call.clicked.connect(self._on_roll_call_clicked)
        top.addWidget(self.roll_call)
        self.body.addLayout(top)
        self.count = label("whoshere.count", "lead")
        self.body.addWidget(self.count)
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
        self.body.addWidget(scroll, 3)
        self.attendance_title = label("whoshere.attendance_title", "h2")
        self.body.addWidget(self.attendance_title)
        self.attendance = CardList("whoshere.attendance")
        self.body.addWidget(self.attendance, 2)
        self._present: list[PresentVisitor] = []
        self._events: list[EventAttendance] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who's here"))
        self.roll_call.set_text(
            self.tr("Print the roll call"), self.tr("Print the roll call for a fire evacuation")
        )
        self.attendance_title.setText(self.tr("Attendance at events"))
        self.attendance.setAccessibleName(self.tr("Attendance at events"))
        self._render()

    def shown(self) -> None:
        self.run(lambda: self.ctx.ops.checkin.who_is_here(), self._on_present_loaded)
        self.run(lambda: self.ctx.ops.checkin.event_attendance(), self._on_attendance_loaded)

    def reset(self) -> None:
        self._present = []
        self._events = []
        self._render()

    def _on_present_loaded(self, present: list[PresentVisitor]) -> None:
        self._present = present
        self._render()

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
        if self.ctx.printer is None:
            return
        # Always print the latest list: fetch, then print.
        self.run(lambda: self.ctx.ops.checkin.who_is_here(), self._print_roll_call)

    def _print_roll_call(self, present: list[PresentVisitor]) -> None:
        self._present = present
        self._render()
        assert self.ctx.printer is not None
        self.roll_call.setEnabled(False)
        self.ctx.printer.print_document(
            self.roll_call_document(), self._on_printed, self._on_print_failed
        )

    def _on_printed(self, outcome: PrintOutcome) -> None:
        self.roll_call.setEnabled(True)
        self.last_print = outcome
        where = outcome.printer or str(outcome.pdf)
        self.ctx.notify(self.tr("Roll call sent to %1.").replace("%1", where), "info")

    def _on_print_failed(self, _exc: BaseException) -> None:
        self.roll_call.setEnabled(True)
        self.ctx.notify(self.tr("The roll call could not be printed."), "error")
