"""Share & workshops: taking part at the kiosk, and the facilitator's session console."""

from __future__ import annotations

import csv
import html
import logging
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.catalogue import EventCard
from kiosk.dto.sessions import SessionDetail, SessionListItem, SessionTemplateOption
from kiosk.errors import KioskError
from kiosk.export_files import free_path, keep_private
from kiosk.ports import PrintDocument
from kiosk.session_clock import Monotonic
from screens import words
from screens.base import Screen, ScreenContext
from screens.exports import place_for, saved_text
from screens.presenters.sharing import (
    ITEM_KINDS,
    KINDS,
    Chime,
    Recorded,
    SessionPresenter,
    clock_text,
    no_chime,
)
from screens.sharing_view import PresenterView, screen_beside
from screens.widgets import Button, WrapButton, label, named

log = logging.getLogger(__name__)

TICK_MS = 250


def _list(name: str) -> QListWidget:
    """A compact list whose entries wrap instead of scrolling sideways."""
    widget = named(QListWidget(), name)
    widget.setProperty("role", "compact")
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
    return widget


class SharingScreen(Screen):
    """Taking part in the session on now (public), and the facilitator's console (PIN).

    Audio is injected: `set_chime()` takes the chime player ("chime_one_minute",
    "chime_end"); `voice_activity()` starts and stops the current speaker's airtime clock;
    `audio_unavailable()` says once, in the console, that there is no sound.
    """

    name = "sharing"

    def __init__(
        self,
        ctx: ScreenContext,
        export_dir: Path | None = None,
        parent: QWidget | None = None,
        *,
        monotonic: Monotonic = time.monotonic,
        chime: Chime = no_chime,
    ) -> None:
        super().__init__(ctx, parent)
        self.export_dir = export_dir or Path.cwd() / "exports"
        self._chime = chime
        self.presenter = SessionPresenter(monotonic=monotonic, chime=self._play_chime)
        self.presenter_view: PresenterView | None = None
        self._want_console = False
        self.last_export: tuple[Path, Path] | None = None

        top = QHBoxLayout()
        self.title = label("sharing.title", "h1")
        top.addWidget(self.title, 1)
        self.to_console = Button("sharing.open_console")
        self.to_console.clicked.connect(self._on_to_console_clicked)
        top.addWidget(self.to_console, 0, Qt.AlignmentFlag.AlignVCenter)
        self.to_kiosk = Button("sharing.back_to_kiosk")
        self.to_kiosk.clicked.connect(self._on_to_kiosk_clicked)
        top.addWidget(self.to_kiosk, 0, Qt.AlignmentFlag.AlignVCenter)
        self.body.addLayout(top)
        self.pages = QStackedWidget()
        self.pages.setObjectName("sharing.pages")
        self.participation = SessionParticipation(self)
        self.console = SessionConsole(self)
        self.pages.addWidget(self.participation)
        self.pages.addWidget(self.console)
        self.body.addWidget(self.pages, 1)

        self.clock_timer = QTimer(self)
        self.clock_timer.setObjectName("sharing.clock_timer")
        self.clock_timer.setInterval(TICK_MS)
        self.clock_timer.timeout.connect(self._on_clock_timer_timeout)
        self.retranslate()
        self._show_page(console=False)

    # --- injected audio and the AV display ------------------------------------------------------

    def set_chime(self, chime: Chime) -> None:
        """The chime player: called with "chime_one_minute" or "chime_end"."""
        self._chime = chime

    def set_monotonic(self, monotonic: Monotonic) -> None:
        """The clock sessions run on (tests give a fast one); applies to the next session."""
        self.presenter = SessionPresenter(monotonic=monotonic, chime=self._play_chime)

    def voice_activity(self, active: bool) -> None:
        """The microphone heard speech start or stop."""
        self.presenter.voice_activity(active)
        self._refresh_live()

    def audio_unavailable(self, reason: str) -> None:
        """Audio cannot be used; the console says so once."""
        if self.presenter.audio_unavailable(reason):
            self.console.show_audio_note()

    def open_presenter_view(self, target: QScreen | None = None) -> PresenterView:
        """Show the session full screen on `target`, or on the last screen (the AV display)."""
        if self.presenter_view is None:
            self.presenter_view = PresenterView()
            self.presenter_view.destroyed.connect(self._on_presenter_view_destroyed)
        self.presenter_view.set_model(self.presenter.model())
        if target is None:
            self.presenter_view.show_on_last_screen()
        else:
            self.presenter_view.show_on(target)
        return self.presenter_view

    def _on_presenter_view_destroyed(self) -> None:
        self.presenter_view = None

    def _play_chime(self, name: str) -> None:
        try:
            self._chime(name)
        except Exception:  # noqa: BLE001 - a failed chime never stops a session
            log.warning("chime %s failed", name)

    # --- screen life ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._render_title()
        self.to_console.set_text(self.tr("Facilitator console"))
        self.to_kiosk.set_text(self.tr("Back to taking part"))
        self.participation.retranslate()
        self.console.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        self.participation.set_portrait(portrait)

    def reset(self) -> None:
        self.presenter.reset_participant()
        self.participation.reset()
        self._want_console = False
        self._show_page(console=False)

    def shown(self) -> None:
        if self._want_console and self.ctx.is_facilitator():
            self._want_console = False
            self._show_page(console=True)
            self.console.load_lists()
        if self.presenter.run is None:
            self.run(lambda: self.ctx.ops.sessions.list_sessions(), self._on_sessions_listed)
        else:
            self.reload()

    def _on_sessions_listed(self, sessions: list[SessionListItem]) -> None:
        self.console.set_sessions(sessions)
        current = next((s for s in sessions if s.state != "closed"), None)
        if current is not None and self.presenter.run is None:
            self.open_session(current.id)
        else:
            self.refresh()

    def _show_page(self, *, console: bool) -> None:
        self.pages.setCurrentWidget(self.console if console else self.participation)
        self.to_console.setVisible(not console)
        self.to_kiosk.setVisible(console)
        self._render_title()

    def _render_title(self) -> None:
        run = self.presenter.run
        in_console = self.pages.currentWidget() is self.console
        if in_console and run is not None:
            self.title.setText(run.detail.title)
        else:
            self.title.setText(self.tr("Share & workshops"))

    def facilitator_view(self) -> bool:
        return self.pages.currentWidget() is self.console

    def _on_to_console_clicked(self) -> None:
        if self.ctx.is_facilitator():
            self._show_page(console=True)
            self.console.load_lists()
            self.ctx.view_changed()
        else:
            self._want_console = True
            self.ctx.navigate("pin:sharing")

    def _on_to_kiosk_clicked(self) -> None:
        self._show_page(console=False)
        self.ctx.view_changed()  # leaving the console ends the facilitator session
        self.refresh()

    # --- the session in hand --------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        """Load a session into the console, the kiosk and the AV display."""
        self.run(lambda: self.ctx.ops.sessions.session_detail(session_id), self._on_session_loaded)

    def _on_session_loaded(self, detail: SessionDetail) -> None:
        self.presenter.load(detail)
        self.refresh()

    def reload(self) -> None:
        """Fetch the session in hand again (after a change)."""
        session_id = self.presenter.session_id
        if session_id is not None:
            self.run(
                lambda: self.ctx.ops.sessions.session_detail(session_id), self._on_session_reloaded
            )

    def _on_session_reloaded(self, detail: SessionDetail) -> None:
        self.presenter.update(detail)
        self.refresh()

    def act(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None) -> None:
        """Run a change on the worker; then reload the session; errors said in the banner."""

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.reload()

        self.ctx.runner.submit(fn, done, self._on_act_failed)

    def _on_act_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KioskError):
            self.ctx.notify(self.error_text(exc), "error")
        else:
            self._on_job_failed(exc)

    def error_text(self, error: KioskError) -> str:
        """A sentence for an error a participant or facilitator can meet."""
        return words.error_text(error)

    def persist(self, recorded: Recorded) -> None:
        """Store what the clock reported (segments begun and ended, speaking turns)."""
        session_id = self.presenter.session_id
        if not recorded or session_id is None:
            return
        self.ctx.runner.submit(
            lambda: self.ctx.ops.sessions.record_segments(
                session_id, recorded.started, recorded.ended, recorded.airtime
            ),
            lambda _none: None,
            self._on_act_failed,
        )

    def start_clock(self) -> None:
        """Start the agenda and its ticking."""
        session_id = self.presenter.session_id
        if session_id is None:
            return
        recorded = self.presenter.start()
        self.act(lambda: self.ctx.ops.sessions.start_session(session_id))
        self.persist(recorded)
        self.clock_timer.start()
        self._refresh_live()

    def tick(self) -> None:
        """Let the clock move (the timer calls this; tests may too)."""
        recorded = self.presenter.tick()
        self.persist(recorded)
        if recorded.ended or recorded.started:
            self.refresh()
        else:
            self._refresh_live()
        if self.presenter.clock_state == "finished" and not recorded.ended:
            self.clock_timer.stop()

    def _on_clock_timer_timeout(self) -> None:
        self.tick()

    def refresh(self) -> None:
        """Render the session everywhere."""
        self._render_title()
        self.participation.show_session()
        self.console.show_session()
        self._refresh_live()

    def _refresh_live(self) -> None:
        self.console.render_live()
        if self.presenter_view is not None:
            self.presenter_view.set_model(self.presenter.model())

    # --- closing and the summary -----------------------------------------------------------------

    def close_session(self) -> None:
        """Close the session in hand, then export its summary as CSV and PDF."""
        session_id = self.presenter.session_id
        if session_id is None:
            return
        self.presenter.pause()
        self.clock_timer.stop()
        turns = self.presenter.finish_airtime()
        self.act(
            lambda: self.ctx.ops.sessions.close_session(session_id, turns), self._on_session_closed
        )

    def _on_session_closed(self, detail: SessionDetail) -> None:
        self.presenter.update(detail)
        self.export_summary(detail)

    def export_summary(self, detail: SessionDetail) -> None:
        """Write the summary as CSV (now) and PDF (on the printer's thread): to the USB drive
        when one is plugged in, else to Exports on the Facilitator page."""
        from kiosk.session_summary import summary_rows

        try:
            place = place_for(self.ctx, self.export_dir)
        except KioskError as exc:
            self.ctx.notify(words.error_text(exc), "error")
            return
        stem = f"session-{detail.id[:8]}"
        csv_path = free_path(place.folder, f"{stem}.csv")
        pdf_path = free_path(place.folder, f"{csv_path.stem}.pdf")
        keep_private(place, csv_path)
        keep_private(place, pdf_path)
        with csv_path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(summary_rows(detail))
        self.last_export = (csv_path, pdf_path)
        printer = self.ctx.printer
        if printer is None:
            self.ctx.notify(saved_text(place), "info")
            return
        where = (
            self.tr("Summary saved as CSV and PDF to the USB drive %1.").replace("%1", place.drive)
            if place.on_drive
            else self.tr("Summary saved as CSV and PDF to Exports on the Facilitator page.")
        )
        printer.save_pdf(
            PrintDocument(name=stem, html=self.summary_html(detail)),
            pdf_path,
            lambda _outcome: self.ctx.notify(where, "info"),
            self._on_job_failed,
        )

    def summary_html(self, detail: SessionDetail) -> str:
        """The summary as a printable page."""
        e = html.escape
        parts = [f"<h1>{e(detail.title)}</h1>"]
        parts.append(
            "<p>" + e(self.tr("Attendance: %n checked in", "", detail.attendance)) + "</p>"
        )
        heading = self.tr("Agenda as run")
        parts.append(f"<h2>{e(heading)}</h2><ol>")
        for s in detail.segments:
            if s.skipped:
                status = self.tr("skipped")
            elif s.started_at and s.ended_at:
                status = clock_text((s.ended_at - s.started_at).total_seconds())
            else:
                status = self.tr("not run")
            planned = clock_text(s.planned_seconds)
            parts.append(f"<li>{e(s.title)} ({e(planned)}): {e(status)}</li>")
        parts.append("</ol>")
        names = self.console.kind_names()
        heading = self.tr("Contributions")
        parts.append(f"<h2>{e(heading)}</h2><ul>")
        for c in detail.contributions:
            if c.hidden or c.merged_into_id:
                continue
            who = c.author or self.tr("anonymous")
            parts.append(f"<li><b>{e(names.get(c.kind, c.kind))}</b>: {e(c.text)} ({e(who)})</li>")
        parts.append("</ul>")
        heading = self.tr("Dot-voting results")
        parts.append(f"<h2>{e(heading)}</h2><ol>")
        from kiosk.session_summary import ranked_results

        for r in ranked_results(detail.contributions):
            dots = self.tr("%n dot(s)", "", r.votes)
            parts.append(f"<li>{e(r.text)}: {e(dots)}</li>")
        parts.append("</ol>")
        heading = self.tr("Actions")
        parts.append(f"<h2>{e(heading)}</h2><ul>")
        for a in detail.actions:
            due = a.due_on.isoformat() if a.due_on else ""
            project = a.project_title or ""
            parts.append(f"<li>{e(a.text)}: {e(a.owner)} {e(due)} {e(project)}</li>")
        parts.append("</ul>")
        return "".join(parts)


class SessionParticipation(QWidget):
    """The kiosk side: add a card (anonymously if you like), vote with your dots, rate it."""

    # Side by side, the card with the kinds' buttons gets the most room: Welsh words are long.
    COLUMN_STRETCH = (5, 4, 3)

    def __init__(self, screen: SharingScreen) -> None:
        super().__init__()
        self.setObjectName("sharing.participation")
        self.sharing = screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        self.session_title = label("part.session", "h2")
        self.segment = label("part.segment", "lead")
        layout.addWidget(self.session_title)
        layout.addWidget(self.segment)

        # Three cards side by side; one above the other on a portrait screen (set_portrait).
        self.columns = columns = QHBoxLayout()
        columns.setSpacing(32)
        add = QFrame()
        add.setProperty("role", "card")
        add_layout = QVBoxLayout(add)
        add_layout.setContentsMargins(28, 24, 28, 24)
        add_layout.setSpacing(14)
        self.add_title = label("part.add_title", "h2")
        add_layout.addWidget(self.add_title)
        self.kinds = kinds = QGridLayout()
        kinds.setSpacing(10)
        self.kind_buttons: dict[str, WrapButton] = {}
        for kind in KINDS:
            kind_button = WrapButton(f"part.kind.{kind}")
            kind_button.setCheckable(True)
            kind_button.clicked.connect(lambda _=False, k=kind: self._on_kind_clicked(k))
            self.kind_buttons[kind] = kind_button
        self._grid_kinds(2)
        add_layout.addLayout(kinds)
        self.text = named(QLineEdit(), "part.text")
        self.text.setMaxLength(1000)
        add_layout.addWidget(self.text)
        self.named = named(QCheckBox(), "part.named")
        self.named.toggled.connect(self._on_named_toggled)
        add_layout.addWidget(self.named)
        self.who = named(QComboBox(), "part.who")
        add_layout.addWidget(self.who)
        self.add = Button("part.add", "primary")
        self.add.clicked.connect(self._on_add_clicked)
        add_layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        add_layout.addStretch(1)
        columns.addWidget(add, self.COLUMN_STRETCH[0])

        vote = QFrame()
        vote.setProperty("role", "card")
        vote_layout = QVBoxLayout(vote)
        vote_layout.setContentsMargins(28, 24, 28, 24)
        vote_layout.setSpacing(14)
        self.vote_title = label("part.vote_title", "h2")
        self.ballot_status = label("part.ballot_status", "lead")
        vote_layout.addWidget(self.vote_title)
        vote_layout.addWidget(self.ballot_status)
        self.start_ballot = Button("part.vote_start", "primary")
        self.start_ballot.clicked.connect(self._on_start_ballot_clicked)
        vote_layout.addWidget(self.start_ballot, 0, Qt.AlignmentFlag.AlignLeft)
        self.cards = _list("part.cards")
        self.cards.itemActivated.connect(self._on_cards_item_activated)
        vote_layout.addWidget(self.cards, 1)
        self.vote_spacer = QWidget()
        self.vote_spacer.setObjectName("part.vote_spacer")
        vote_layout.addWidget(self.vote_spacer, 1)
        row = QHBoxLayout()
        self.vote = Button("part.vote", "primary")
        self.vote.clicked.connect(self._on_vote_clicked)
        self.vote_done = Button("part.vote_done")
        self.vote_done.clicked.connect(self._on_vote_done_clicked)
        row.addWidget(self.vote)
        row.addWidget(self.vote_done)
        row.addStretch(1)
        vote_layout.addLayout(row)
        columns.addWidget(vote, self.COLUMN_STRETCH[1])

        rate = QFrame()
        rate.setProperty("role", "card")
        rate_layout = QVBoxLayout(rate)
        rate_layout.setContentsMargins(28, 24, 28, 24)
        rate_layout.setSpacing(14)
        self.rate_title = label("part.rate_title", "h2")
        rate_layout.addWidget(self.rate_title)
        stars = QHBoxLayout()
        stars.setSpacing(8)
        self.ratings: dict[int, Button] = {}
        for value in range(1, 6):
            button = Button(f"part.rating.{value}", "choice")
            button.setProperty("compact", True)  # one digit: little padding, shares the row
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setCheckable(True)
            button.setText(str(value))
            button.clicked.connect(lambda _=False, v=value: self._on_rating_clicked(v))
            stars.addWidget(button)
            self.ratings[value] = button
        rate_layout.addLayout(stars)
        self.rate_scale = label("part.rate_scale", "muted")
        rate_layout.addWidget(self.rate_scale)
        self.comment = named(QLineEdit(), "part.comment")
        self.comment.setMaxLength(1000)
        rate_layout.addWidget(self.comment)
        self.send = Button("part.send_feedback", "primary")
        self.send.clicked.connect(self._on_send_clicked)
        rate_layout.addWidget(self.send, 0, Qt.AlignmentFlag.AlignLeft)
        rate_layout.addStretch(1)
        columns.addWidget(rate, self.COLUMN_STRETCH[2])
        layout.addLayout(columns, 1)
        self._kind = "idea"
        self.kind_buttons["idea"].setChecked(True)

    def _grid_kinds(self, per_row: int) -> None:
        for index, kind in enumerate(KINDS):
            button = self.kind_buttons[kind]
            self.kinds.removeWidget(button)
            self.kinds.addWidget(button, index // per_row, index % per_row)
        for column in range(3):  # columns of one width: the longest word decides less
            self.kinds.setColumnStretch(column, 1 if column < per_row else 0)

    def set_portrait(self, portrait: bool) -> None:
        """Portrait: the three cards one above the other, the spare height to the cards to vote
        for; the kinds three to a row."""
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        for index, stretch in enumerate((0, 1, 0) if portrait else self.COLUMN_STRETCH):
            self.columns.setStretch(index, stretch)
        self._grid_kinds(3 if portrait else 2)

    def retranslate(self) -> None:
        names = self.kind_names()
        for kind, button in self.kind_buttons.items():
            button.set_text(names[kind])
        self.add_title.setText(self.tr("Add to the board"))
        self.text.setPlaceholderText(self.tr("Your idea, tip, problem, question or action"))
        self.text.setAccessibleName(self.tr("What you want to add"))
        self.named.setText(self.tr("Put my first name on it (otherwise it is anonymous)"))
        self.named.setAccessibleName(self.named.text())
        self.who.setAccessibleName(self.tr("Your name"))
        self.add.set_text(self.tr("Add"))
        self.vote_title.setText(self.tr("Dot voting"))
        self.start_ballot.set_text(self.tr("Vote with my dots"))
        self.cards.setAccessibleName(self.tr("Cards to vote for"))
        self.vote.set_text(self.tr("Give a dot"))
        self.vote_done.set_text(self.tr("I have finished"))
        self.rate_title.setText(self.tr("How was it?"))
        self.rate_scale.setText(self.tr("1 = not useful, 5 = very useful"))
        for value, rating in self.ratings.items():
            rating.setAccessibleName(self.tr("Rating %1 of 5").replace("%1", str(value)))
        self.comment.setPlaceholderText(self.tr("One comment (optional)"))
        self.comment.setAccessibleName(self.tr("Your comment"))
        self.send.set_text(self.tr("Send"))
        self.show_session()

    def presenter(self) -> SessionPresenter:
        """The sharing screen's presenter (it is replaced when the screen resets)."""
        return self.sharing.presenter

    def kind_names(self) -> dict[str, str]:
        """The kinds of card, one word each."""
        return {kind: words.card_kind_name(kind) for kind in words.CARD_KINDS}

    def reset(self) -> None:
        """Idle: nothing typed or chosen is kept."""
        self.text.clear()
        self.comment.clear()
        self.named.setChecked(False)
        for button in self.ratings.values():
            button.setChecked(False)
        self.show_session()

    def show_session(self) -> None:
        """Show the session in hand."""
        presenter = self.presenter()
        run = presenter.run
        open_ = run is not None and not run.closed
        if run is None:
            self.session_title.setText(self.tr("No session right now"))
            self.segment.setText(
                self.tr("When a facilitator starts a session, you can take part here.")
            )
        else:
            self.session_title.setText(run.detail.title)
            view = presenter.model()
            if view.state == "closed":
                self.segment.setText(self.tr("This session has closed: thank you. Please rate it."))
            elif view.segment_title:
                self.segment.setText(self.tr("Now: %1").replace("%1", view.segment_title))
            else:
                self.segment.setText(
                    self.tr("Add ideas, tips and questions: they appear on the big screen.")
                )
        for widget in (self.text, self.add, self.named, self.start_ballot):
            widget.setEnabled(open_)
        attendees = [a for a in run.detail.attendees if a.consent_display] if run else []
        current = self.who.currentData()
        self.who.clear()
        for attendee in attendees:
            self.who.addItem(attendee.first_name, attendee.person_id)
        if current is not None:
            self.who.setCurrentIndex(max(0, self.who.findData(current)))
        self.named.setVisible(bool(attendees))
        self.who.setVisible(bool(attendees) and self.named.isChecked())
        ballot = presenter.participant.ballot
        voting = ballot is not None and open_
        self.cards.setVisible(voting)
        self.vote_spacer.setVisible(not voting)
        self.vote.setVisible(voting)
        self.vote_done.setVisible(voting)
        self.start_ballot.setVisible(not voting)
        if ballot is not None and voting:
            left = ballot.allowed - ballot.used
            self.ballot_status.setText(self.tr("You have %n dot(s) left.", "", left))
            chosen = self.cards.currentRow()
            self.cards.clear()
            for card in presenter.visible_cards():
                item = QListWidgetItem(f"{self.kind_names()[card.kind]}: {card.text}")
                item.setData(Qt.ItemDataRole.UserRole, card.id)
                self.cards.addItem(item)
            self.cards.setCurrentRow(max(0, min(chosen, self.cards.count() - 1)))
        else:
            votes = run.detail.votes_per_person if run else 0
            self.ballot_status.setText(
                self.tr("Everyone has %n dot(s) to give to the cards they like best.", "", votes)
                if run
                else ""
            )
        has_run = run is not None
        for button in self.ratings.values():
            button.setEnabled(has_run)
        self.send.setEnabled(has_run and presenter.participant.rating is not None)

    def _on_kind_clicked(self, kind: str) -> None:
        self._kind = kind
        for name, button in self.kind_buttons.items():
            button.setChecked(name == kind)

    def _on_named_toggled(self, checked: bool) -> None:
        self.who.setVisible(checked and self.who.count() > 0)

    def _on_add_clicked(self) -> None:
        session_id = self.presenter().session_id
        if session_id is None:
            return
        text = self.text.text()
        kind = self._kind
        named = self.named.isChecked() and self.who.currentData() is not None
        person_id = self.who.currentData() if named else None
        self.sharing.act(
            lambda: self.sharing.ctx.ops.sessions.add_contribution(
                session_id, kind, text, person_id, not named
            ),
            self._on_card_added,
        )

    def _on_card_added(self, _card: object) -> None:
        self.text.clear()
        self.named.setChecked(False)
        self.sharing.ctx.notify(self.tr("Thank you: your card is on the board."), "info")

    def _on_start_ballot_clicked(self) -> None:
        self.presenter().start_ballot()
        self.show_session()

    def _on_cards_item_activated(self, _item: QListWidgetItem) -> None:
        self._on_vote_clicked()

    def _on_vote_clicked(self) -> None:
        presenter = self.presenter()
        ballot = presenter.participant.ballot
        item = self.cards.currentItem()
        session_id = presenter.session_id
        if ballot is None or item is None or session_id is None:
            return
        card_id = str(item.data(Qt.ItemDataRole.UserRole))
        key = ballot.key
        self.sharing.act(
            lambda: self.sharing.ctx.ops.sessions.cast_vote(session_id, card_id, key),
            lambda status: presenter.vote_counted(status.used, status.allowed),
        )

    def _on_vote_done_clicked(self) -> None:
        self.presenter().end_ballot()
        self.show_session()

    def _on_rating_clicked(self, value: int) -> None:
        self.presenter().choose_rating(value)
        for number, button in self.ratings.items():
            button.setChecked(number == value)
        self.show_session()

    def _on_send_clicked(self) -> None:
        presenter = self.presenter()
        rating = presenter.participant.rating
        session_id = presenter.session_id
        if rating is None or session_id is None:
            return
        comment = self.comment.text()
        self.sharing.act(
            lambda: self.sharing.ctx.ops.sessions.leave_feedback(session_id, rating, comment),
            self._on_feedback_sent,
        )

    def _on_feedback_sent(self, _none: object) -> None:
        self.comment.clear()
        for button in self.ratings.values():
            button.setChecked(False)
        self.presenter().participant.rating = None
        self.sharing.ctx.notify(self.tr("Thank you for your feedback."), "info")


class SessionConsole(QWidget):
    """The facilitator's console: choose or create a session, run the clock, manage cards,
    voting and actions, put items on the AV display, close and export."""

    def __init__(self, screen: SharingScreen) -> None:
        super().__init__()
        self.setObjectName("sharing.console")
        self.sharing = screen
        self.ctx = screen.ctx
        self._templates: list[SessionTemplateOption] = []
        self._events: list[EventCard] = []
        self._sessions: list[SessionListItem] = []
        self._audio_note = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        self.audio_note = label("console.audio_note", "error")
        self.audio_note.hide()
        outer.addWidget(self.audio_note)
        self.tabs = named(QTabWidget(), "console.tabs")
        outer.addWidget(self.tabs, 1)
        self._build_run_tab()
        self._build_setup_tab()
        self._build_close_tab()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        today = self.ctx.now().date()
        self.set_due_default(QDate(today.year, today.month, today.day))

    # --- building -------------------------------------------------------------------------------

    def _build_run_tab(self) -> None:
        page = QWidget()
        grid = QHBoxLayout(page)
        grid.setContentsMargins(8, 16, 8, 8)
        grid.setSpacing(28)

        left = QVBoxLayout()
        left.setSpacing(12)
        self.session_title = label("console.session", "h2")
        self.segment = label("console.segment", "lead")
        self.timer = label("console.timer", "timer", wrap=False)
        self.team = label("console.team", "lead")
        for widget in (self.session_title, self.segment, self.timer, self.team):
            left.addWidget(widget)
        self.session_title.hide()  # the screen's heading names the session
        controls = QGridLayout()
        controls.setSpacing(10)
        self.start = Button("console.start", "primary")
        self.start.clicked.connect(self._on_start_clicked)
        self.extend1 = Button("console.extend1")
        self.extend1.clicked.connect(lambda: self._extend(60))
        self.extend5 = Button("console.extend5")
        self.extend5.clicked.connect(lambda: self._extend(300))
        self.skip = Button("console.skip")
        self.skip.clicked.connect(self._on_skip_clicked)
        self.next_team = Button("console.next_team")
        self.next_team.clicked.connect(self._on_next_team_clicked)
        self.open_display = Button("console.open_display")
        self.open_display.clicked.connect(self._on_open_display_clicked)
        for index, button in enumerate(
            (self.start, self.skip, self.extend1, self.extend5, self.next_team, self.open_display)
        ):
            controls.addWidget(button, index // 2, index % 2)
        left.addLayout(controls)
        self.agenda = _list("console.agenda")
        left.addWidget(self.agenda, 1)
        grid.addLayout(left, 5)

        middle = QVBoxLayout()
        middle.setSpacing(10)
        self.cards_title = label("console.cards_title", "h2")
        title_row = QHBoxLayout()
        title_row.addWidget(self.cards_title, 1)
        middle.addLayout(title_row)
        add_row = QHBoxLayout()
        self.card_kind = named(QComboBox(), "console.card_kind")
        self.card_text = named(QLineEdit(), "console.card_text")
        self.card_text.setMaxLength(1000)
        self.add_card = Button("console.add_card", "primary")
        self.add_card.clicked.connect(self._on_add_card_clicked)
        add_row.addWidget(self.card_kind)
        add_row.addWidget(self.card_text, 1)
        add_row.addWidget(self.add_card)
        middle.addLayout(add_row)
        self.cards = _list("console.cards")
        self.cards.currentRowChanged.connect(self._on_cards_current_row_changed)
        middle.addWidget(self.cards, 1)
        card_row = QHBoxLayout()
        self.edit_card = Button("console.edit_card")
        self.edit_card.clicked.connect(self._on_edit_card_clicked)
        self.hide_card = Button("console.hide_card")
        self.hide_card.clicked.connect(self._on_hide_card_clicked)
        self.merge_into = named(QComboBox(), "console.merge_into")
        self.merge = Button("console.merge")
        self.merge.clicked.connect(self._on_merge_clicked)
        for card_widget in (self.edit_card, self.hide_card):
            card_row.addWidget(card_widget)
        card_row.addWidget(self.merge_into, 1)
        card_row.addWidget(self.merge)
        middle.addLayout(card_row)
        vote_row = QHBoxLayout()
        self.dots_label = label("console.dots_label", "", wrap=False)
        self.dots = named(QSpinBox(), "console.dots")
        self.dots.setRange(1, 20)
        self.dots.setValue(3)
        self.set_dots = Button("console.set_dots")
        self.set_dots.clicked.connect(self._on_set_dots_clicked)
        self.reveal = Button("console.reveal", "primary")
        self.reveal.clicked.connect(self._on_reveal_clicked)
        self.votes_cast = label("console.votes_cast", "muted", wrap=False)
        for vote_widget in (self.dots_label, self.dots, self.set_dots, self.votes_cast):
            vote_row.addWidget(vote_widget)
        vote_row.addStretch(1)
        title_row.addWidget(self.reveal)
        middle.addLayout(vote_row)
        grid.addLayout(middle, 7)

        right = QVBoxLayout()
        right.setSpacing(10)
        self.items_title = label("console.items_title", "h2")
        right.addWidget(self.items_title)
        self.items = _list("console.items")
        right.addWidget(self.items, 1)
        item_row = QHBoxLayout()
        self.present = Button("console.present", "primary")
        self.present.clicked.connect(self._on_present_clicked)
        self.clear_screen = Button("console.clear_screen")
        self.clear_screen.clicked.connect(self._on_clear_screen_clicked)
        item_row.addWidget(self.present)
        item_row.addWidget(self.clear_screen)
        right.addLayout(item_row)
        self.air_title = label("console.air_title", "h2")
        right.addWidget(self.air_title)
        self.speakers_box = QWidget()
        self.speakers_box.setObjectName("console.speakers")
        self.speakers = QGridLayout(self.speakers_box)
        self.speakers.setContentsMargins(0, 0, 0, 0)
        self.speakers.setSpacing(8)
        self.speakers.setColumnStretch(0, 1)
        self.speakers.setColumnStretch(1, 1)
        right.addWidget(self.speakers_box)
        self.air_note = label("console.air_note", "muted")
        right.addWidget(self.air_note)
        grid.addLayout(right, 5)
        self.tabs.addTab(page, "")
        self._speaker_buttons: list[WrapButton] = []
        self._speaker_bars: list[QProgressBar] = []

    def _build_setup_tab(self) -> None:
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setContentsMargins(8, 16, 8, 8)
        columns.setSpacing(40)
        choose = QVBoxLayout()
        choose.setSpacing(12)
        self.choose_title = label("console.choose_title", "h2")
        choose.addWidget(self.choose_title)
        self.session_list = named(QComboBox(), "console.session_list")
        choose.addWidget(self.session_list)
        self.open = Button("console.open", "primary")
        self.open.clicked.connect(self._on_open_clicked)
        choose.addWidget(self.open, 0, Qt.AlignmentFlag.AlignLeft)
        self.create_title = label("console.create_title", "h2")
        choose.addWidget(self.create_title)
        form = QGridLayout()
        form.setSpacing(10)
        self.template = named(QComboBox(), "console.template")
        self.new_title = named(QLineEdit(), "console.new_title")
        self.new_title.setMaxLength(200)
        self.event_choice = named(QComboBox(), "console.event")
        self.teams = named(QLineEdit(), "console.teams")
        self.new_dots = named(QSpinBox(), "console.new_dots")
        self.new_dots.setRange(1, 20)
        self.new_dots.setValue(3)
        self.form_labels = [label(f"console.form.{i}", "", wrap=False) for i in range(5)]
        for row, widget in enumerate(
            (self.template, self.new_title, self.event_choice, self.teams, self.new_dots)
        ):
            form.addWidget(self.form_labels[row], row, 0)
            form.addWidget(widget, row, 1)
        form.setColumnStretch(1, 1)
        choose.addLayout(form)
        self.create_button = Button("console.create", "primary")
        self.create_button.clicked.connect(self._on_create_clicked)
        choose.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        choose.addStretch(1)
        columns.addLayout(choose, 1)

        build = QVBoxLayout()
        build.setSpacing(12)
        self.build_title = label("console.build_title", "h2")
        build.addWidget(self.build_title)
        seg_row = QHBoxLayout()
        self.segment_title = named(QLineEdit(), "console.segment_title")
        self.segment_minutes = named(QSpinBox(), "console.segment_minutes")
        self.segment_minutes.setRange(1, 240)
        self.segment_minutes.setValue(10)
        self.round_robin = named(QCheckBox(), "console.round_robin")
        self.add_segment = Button("console.add_segment")
        self.add_segment.clicked.connect(self._on_add_segment_clicked)
        seg_row.addWidget(self.segment_title, 1)
        seg_row.addWidget(self.segment_minutes)
        seg_row.addWidget(self.round_robin)
        seg_row.addWidget(self.add_segment)
        build.addLayout(seg_row)
        item_row = QHBoxLayout()
        self.item_kind = named(QComboBox(), "console.item_kind")
        self.item_label = named(QLineEdit(), "console.item_label")
        self.add_item = Button("console.add_item")
        self.add_item.clicked.connect(self._on_add_item_clicked)
        item_row.addWidget(self.item_kind)
        item_row.addWidget(self.item_label, 1)
        item_row.addWidget(self.add_item)
        build.addLayout(item_row)
        build.addStretch(1)
        columns.addLayout(build, 1)
        self.tabs.addTab(page, "")

    def _build_close_tab(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 16, 8, 8)
        column.setSpacing(12)
        self.actions_title = label("console.actions_title", "h2")
        column.addWidget(self.actions_title)
        form = QHBoxLayout()
        self.action_text = named(QLineEdit(), "console.action_text")
        self.action_owner = named(QLineEdit(), "console.action_owner")
        self.action_due = named(QDateEdit(), "console.action_due")
        self.action_due.setCalendarPopup(True)
        self.action_due.setDisplayFormat("yyyy-MM-dd")
        self.action_project = named(QComboBox(), "console.action_project")
        self.add_action = Button("console.add_action", "primary")
        self.add_action.clicked.connect(self._on_add_action_clicked)
        form.addWidget(self.action_text, 3)
        form.addWidget(self.action_owner, 2)
        form.addWidget(self.action_due, 1)
        form.addWidget(self.action_project, 2)
        form.addWidget(self.add_action)
        column.addLayout(form)
        self.action_list = _list("console.actions")
        column.addWidget(self.action_list, 1)
        self.close_note = label("console.close_note", "lead")
        column.addWidget(self.close_note)
        row = QHBoxLayout()
        self.close_button = Button("console.close", "danger")
        self.close_button.clicked.connect(self._on_close_clicked)
        row.addWidget(self.close_button)
        row.addStretch(1)
        column.addLayout(row)
        self.tabs.addTab(page, "")

    # --- text ------------------------------------------------------------------------------------

    def kind_names(self) -> dict[str, str]:
        """The kinds of card."""
        return {kind: words.card_kind_name(kind) for kind in words.CARD_KINDS}

    def item_kind_names(self) -> dict[str, str]:
        """The kinds of item."""
        return {
            "project": self.tr("Project"),
            "chart": self.tr("Chart"),
            "story": self.tr("Story"),
            "team": self.tr("Team (round robin)"),
        }

    def retranslate(self) -> None:
        """All the console's texts."""
        self.tabs.setTabText(0, self.tr("Run the session"))
        self.tabs.setTabText(1, self.tr("Choose or create"))
        self.tabs.setTabText(2, self.tr("Actions and closing"))
        self.tabs.setAccessibleName(self.tr("Console sections"))
        self.extend1.set_text(self.tr("+1 min"), self.tr("Add one minute"))
        self.extend5.set_text(self.tr("+5 min"), self.tr("Add five minutes"))
        self.skip.set_text(self.tr("Skip segment"))
        self.next_team.set_text(self.tr("Next team"))
        self.open_display.set_text(self.tr("Show on AV display"))
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.cards_title.setText(self.tr("Cards"))
        self.card_kind.setAccessibleName(self.tr("Kind of card"))
        self.card_text.setPlaceholderText(self.tr("Type a card, or select one to edit"))
        self.card_text.setAccessibleName(self.tr("Card text"))
        self.add_card.set_text(self.tr("Add"), self.tr("Add card"))
        self.cards.setAccessibleName(self.tr("Cards"))
        self.edit_card.set_text(self.tr("Save edit"))
        self.hide_card.set_text(self.tr("Hide"))
        self.merge_into.setAccessibleName(self.tr("Merge into"))
        self.merge.set_text(self.tr("Merge"))
        self.dots_label.setText(self.tr("Dots each:"))
        self.dots.setAccessibleName(self.tr("Dots each participant has"))
        self.set_dots.set_text(self.tr("Set"), self.tr("Set dots each"))
        self.reveal.set_text(self.tr("Reveal results"))
        self.items_title.setText(self.tr("On the AV display"))
        self.items.setAccessibleName(self.tr("Projects, charts and stories"))
        self.present.set_text(self.tr("Put on screen"))
        self.clear_screen.set_text(self.tr("Clear"), self.tr("Take off screen"))
        self.air_title.setText(self.tr("Who is speaking?"))
        self.air_note.setText(self.tr("Tap who is speaking. The bars show balance, not a ranking."))
        self.choose_title.setText(self.tr("Open a session"))
        self.session_list.setAccessibleName(self.tr("Sessions"))
        self.open.set_text(self.tr("Open"), self.tr("Open session"))
        self.create_title.setText(self.tr("Create a session"))
        for widget, text in zip(
            self.form_labels,
            (
                self.tr("Template"),
                self.tr("Title"),
                self.tr("Event"),
                self.tr("Teams"),
                self.tr("Dots each"),
            ),
            strict=True,
        ):
            widget.setText(text)
        self.template.setAccessibleName(self.tr("Template"))
        self.new_title.setAccessibleName(self.tr("Title"))
        self.new_title.setPlaceholderText(self.tr("The template's name if left empty"))
        self.event_choice.setAccessibleName(self.tr("Event"))
        self.teams.setAccessibleName(self.tr("Teams"))
        self.teams.setPlaceholderText(self.tr("Ward 4, Pharmacy, … (for round robins)"))
        self.new_dots.setAccessibleName(self.tr("Dots each"))
        self.create_button.set_text(self.tr("Create"), self.tr("Create session"))
        self.build_title.setText(self.tr("Agenda and items"))
        self.segment_title.setPlaceholderText(self.tr("Segment title"))
        self.segment_title.setAccessibleName(self.tr("Segment title"))
        self.segment_minutes.setAccessibleName(self.tr("Minutes"))
        self.segment_minutes.setSuffix(self.tr(" min"))
        self.round_robin.setText(self.tr("Round robin"))
        self.round_robin.setAccessibleName(self.tr("Round robin"))
        self.add_segment.set_text(self.tr("Add segment"))
        self.item_kind.setAccessibleName(self.tr("Kind of item"))
        self.item_label.setPlaceholderText(self.tr("Project, chart, story or team"))
        self.item_label.setAccessibleName(self.tr("Item"))
        self.add_item.set_text(self.tr("Add item"))
        self.actions_title.setText(self.tr("Actions"))
        self.action_text.setPlaceholderText(self.tr("What will be done"))
        self.action_text.setAccessibleName(self.tr("Action"))
        self.action_owner.setPlaceholderText(self.tr("Owner"))
        self.action_owner.setAccessibleName(self.tr("Owner"))
        self.action_due.setAccessibleName(self.tr("Due date"))
        self.action_project.setAccessibleName(self.tr("Project"))
        self.add_action.set_text(self.tr("Add action"))
        self.action_list.setAccessibleName(self.tr("Actions"))
        self.close_note.setText(
            self.tr(
                "Closing ends the session and saves its summary (agenda as run, attendance, "
                "cards, votes and actions) as CSV and PDF."
            )
        )
        self.close_button.set_text(self.tr("Close and export"))
        self.audio_note.setText(
            self.tr("Audio unavailable: chimes and voice activity are off. Sessions still work.")
        )
        self.audio_note.setAccessibleName(self.audio_note.text())
        self._fill_combos()
        self.show_session()

    def _fill_combos(self) -> None:
        kinds = self.kind_names()
        self.card_kind.clear()
        for kind in KINDS:
            self.card_kind.addItem(kinds[kind], kind)
        items = self.item_kind_names()
        self.item_kind.clear()
        for kind in ITEM_KINDS:
            self.item_kind.addItem(items[kind], kind)
        self.set_templates(self._templates)
        self.set_events(self._events)
        self.set_sessions(self._sessions)

    def show_audio_note(self) -> None:
        """Say once that audio is unavailable."""
        self.audio_note.show()

    # --- lists ------------------------------------------------------------------------------------

    def load_lists(self) -> None:
        """Templates, events and sessions for the set-up tab."""
        ops = self.ctx.ops
        self.sharing.run(lambda: ops.sessions.session_templates(), self.set_templates)
        self.sharing.run(lambda: ops.catalogue.upcoming_events(), self.set_events)
        self.sharing.run(lambda: ops.sessions.list_sessions(), self.set_sessions)

    def _lang(self) -> str:
        return self.ctx.languages.current

    def set_templates(self, templates: list[SessionTemplateOption]) -> None:
        """The templates offered (and "from scratch")."""
        self._templates = templates
        self.template.clear()
        self.template.addItem(self.tr("From scratch"), None)
        for t in templates:
            title = t.title_cy if self._lang() == "cy" else t.title_en
            self.template.addItem(
                self.tr("%1 (%2 min)").replace("%1", title).replace("%2", str(t.minutes)), t.key
            )

    def set_events(self, events: list[EventCard]) -> None:
        """Events a session can belong to (its attendees are their check-ins)."""
        self._events = events
        self.event_choice.clear()
        self.event_choice.addItem(self.tr("No event"), None)
        for e in events:
            title = e.title_cy if self._lang() == "cy" else e.title_en
            self.event_choice.addItem(f"{title} · {e.starts_at:%d/%m %H:%M}", e.id)

    def set_sessions(self, sessions: list[SessionListItem]) -> None:
        """The sessions to choose from."""
        self._sessions = sessions
        states = {
            "planned": self.tr("planned"),
            "running": self.tr("running"),
            "paused": self.tr("paused"),
            "closed": self.tr("closed"),
        }
        self.session_list.clear()
        for s in sessions:
            self.session_list.addItem(
                f"{s.title} · {states.get(s.state, s.state)} · {s.created_at:%d/%m/%Y}", s.id
            )

    # --- rendering --------------------------------------------------------------------------------

    def show_session(self) -> None:
        """Everything from the session in hand."""
        presenter = self.sharing.presenter
        run = presenter.run
        has = run is not None and not run.closed
        for widget in (
            self.start, self.skip, self.extend1, self.extend5, self.add_card, self.edit_card,
            self.hide_card, self.merge, self.set_dots, self.reveal, self.present,
            self.clear_screen, self.add_action, self.close_button, self.add_segment, self.add_item,
        ):  # fmt: skip
            widget.setEnabled(has)
        self.session_title.setVisible(run is None)
        if run is None:
            self.session_title.setText(self.tr("No session open: choose or create one."))
            self.agenda.clear()
            self.cards.clear()
            self.items.clear()
            self.action_list.clear()
            self.render_live()
            return
        detail = run.detail
        self.session_title.setText(detail.title)
        self.dots.setValue(detail.votes_per_person)
        self.votes_cast.setText(self.tr("%n dot(s) given", "", detail.votes_cast))
        self._render_agenda(detail)
        names = self.kind_names()
        row = self.cards.currentRow()
        self.cards.clear()
        self.merge_into.clear()
        for card in detail.contributions:
            if card.merged_into_id:
                continue
            flags = []
            if card.hidden:
                flags.append(self.tr("hidden"))
            if card.edited:
                flags.append(self.tr("edited"))
            flags.append(card.author or self.tr("anonymous"))
            dots = self.tr("%n dot(s)", "", card.votes)
            text = f"{names[card.kind]}: {card.text}  ·  {dots}  ·  {', '.join(flags)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            self.cards.addItem(item)
            if not card.hidden:
                self.merge_into.addItem(card.text[:60], card.id)
        if 0 <= row < self.cards.count():
            self.cards.setCurrentRow(row)
        self.items.clear()
        item_names = self.item_kind_names()
        for entry in detail.items:
            if entry.kind == "team":
                continue  # teams take turns in the round robin, under "Who is speaking?"
            item = QListWidgetItem(f"{item_names[entry.kind]}: {entry.label}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.items.addItem(item)
        self.action_project.clear()
        self.action_project.addItem(self.tr("No project"), None)
        for entry in detail.items:
            if entry.kind == "project" and entry.ref_id:
                self.action_project.addItem(entry.label, entry.ref_id)
        self.action_list.clear()
        for action in detail.actions:
            due = action.due_on.isoformat() if action.due_on else ""
            parts = [action.text, action.owner, due, action.project_title or ""]
            self.action_list.addItem(" · ".join(p for p in parts if p))
        self.reveal.setText(
            self.tr("Results revealed") if detail.revealed else self.tr("Reveal results")
        )
        self._render_speakers()
        self.render_live()

    def _render_agenda(self, detail: SessionDetail) -> None:
        view = self.sharing.presenter.clock_view()
        current = view.segment if view is not None and view.state.value != "ready" else -1
        self.agenda.clear()
        for s in detail.segments:
            minutes = s.planned_seconds // 60
            mark = "▶ " if s.position == current and view and view.state.value != "finished" else ""
            status = ""
            if s.skipped:
                status = self.tr("skipped")
            elif s.ended_at is not None:
                status = self.tr("done")
            rr = self.tr(" (round robin)") if s.kind == "round_robin" else ""
            text = f"{mark}{s.position + 1}. {s.title}{rr} · {minutes} min"
            self.agenda.addItem(f"{text} · {status}" if status else text)

    def _render_speakers(self) -> None:
        labels = self.sharing.presenter.speakers()
        if [b.property("speaker") for b in self._speaker_buttons] == list(labels):
            return
        while self.speakers.count():
            item = self.speakers.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._speaker_buttons = []
        self._speaker_bars = []
        for index, name in enumerate(labels):
            button = WrapButton("console.speaker")
            button.setCheckable(True)
            button.setProperty("speaker", name)
            button.set_text(name, self.tr("%1 is speaking").replace("%1", name))
            button.clicked.connect(lambda _=False, n=name: self._on_speaker_clicked(n))
            bar = QProgressBar()
            bar.setObjectName("console.airtime")
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("Airtime of %1").replace("%1", name))
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            cell = QVBoxLayout()
            cell.setSpacing(4)
            cell.addWidget(button)
            cell.addWidget(bar)
            self.speakers.addLayout(cell, index // 2, index % 2)
            self._speaker_buttons.append(button)
            self._speaker_bars.append(bar)
        if labels:
            nobody = Button("console.nobody")
            nobody.set_text(self.tr("Nobody"), self.tr("Nobody is speaking"))
            nobody.clicked.connect(lambda: self._on_speaker_clicked(None))
            self.speakers.addWidget(nobody, (len(labels) + 1) // 2, 0)

    def render_live(self) -> None:
        """The clock and the airtime bars (every tick)."""
        presenter = self.sharing.presenter
        model = presenter.model()
        state = model.state
        if state in ("running", "paused"):
            self.segment.setText(
                self.tr("Part %1 of %2: %3")
                .replace("%1", str(model.segment_number))
                .replace("%2", str(model.segment_count))
                .replace("%3", model.segment_title)
            )
            self.timer.setText(model.remaining_text)
        elif state == "ready":
            self.segment.setText(self.tr("Ready to start"))
            self.timer.setText("")
        elif state in ("finished", "closed"):
            self.segment.setText(
                self.tr("Agenda finished") if state == "finished" else self.tr("Closed")
            )
            self.timer.setText("")
        else:
            self.segment.setText("")
            self.timer.setText("")
        if model.team:
            self.team.setText(
                self.tr("%1 · team %2 of %3")
                .replace("%1", model.team)
                .replace("%2", str(model.slot_number))
                .replace("%3", str(model.slot_count))
            )
        else:
            self.team.setText("")
        self.team.setVisible(bool(model.team))
        self.next_team.setEnabled(bool(model.team) and state in ("running", "paused"))
        if state == "running":
            self.start.set_text(self.tr("Pause"))
        elif state == "paused":
            self.start.set_text(self.tr("Resume"))
        else:
            self.start.set_text(self.tr("Start"))
        if state in ("finished", "closed"):
            self.start.setEnabled(False)
        for share, button, bar in zip(
            model.airtime, self._speaker_buttons, self._speaker_bars, strict=False
        ):
            button.setChecked(share.speaking)
            bar.setValue(round(share.share * 1000))

    # --- actions ----------------------------------------------------------------------------------

    def _session_id(self) -> str | None:
        return self.sharing.presenter.session_id

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 1:  # choosing a session: the list as it is now
            self.sharing.run(lambda: self.ctx.ops.sessions.list_sessions(), self.set_sessions)

    def _on_start_clicked(self) -> None:
        presenter = self.sharing.presenter
        state = presenter.clock_state
        session_id = self._session_id()
        if session_id is None:
            return
        if state == "ready":
            self.sharing.start_clock()
            return
        if state == "running":
            presenter.pause()
            self.sharing.act(lambda: self.ctx.ops.sessions.pause_session(session_id))
        elif state == "paused":
            presenter.resume()
            self.sharing.act(lambda: self.ctx.ops.sessions.start_session(session_id))
        self.render_live()

    def _extend(self, seconds: int) -> None:
        self.sharing.presenter.extend(seconds)
        self.sharing.refresh()

    def _on_skip_clicked(self) -> None:
        self.sharing.persist(self.sharing.presenter.skip())
        self.sharing.refresh()

    def _on_next_team_clicked(self) -> None:
        self.sharing.persist(self.sharing.presenter.next_slot())
        self.sharing.refresh()

    def _on_open_display_clicked(self) -> None:
        # Never over the kiosk's own screen: with no other screen connected, say so instead.
        target = screen_beside(self.window().screen())
        if target is None:
            self.ctx.notify(
                self.tr(
                    "There is no big screen to show this on. Connect the AV display, or "
                    "choose it under Showcase."
                ),
                "info",
            )
            return
        self.sharing.open_presenter_view(target)

    def _on_speaker_clicked(self, name: str | None) -> None:
        self.sharing.persist(self.sharing.presenter.speaker_tapped(name))
        self.render_live()

    def _on_add_card_clicked(self) -> None:
        session_id = self._session_id()
        if session_id is None:
            return
        kind = str(self.card_kind.currentData())
        text = self.card_text.text()
        self.sharing.act(
            lambda: self.ctx.ops.sessions.add_contribution(session_id, kind, text),
            lambda _card: self.card_text.clear(),
        )

    def _selected_card(self) -> str | None:
        item = self.cards.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _on_cards_current_row_changed(self, _row: int) -> None:
        card_id = self._selected_card()
        run = self.sharing.presenter.run
        if card_id is None or run is None:
            return
        card = next((c for c in run.detail.contributions if c.id == card_id), None)
        if card is not None:
            self.card_text.setText(card.text)
            self.hide_card.set_text(self.tr("Show") if card.hidden else self.tr("Hide"))

    def _on_edit_card_clicked(self) -> None:
        card_id = self._selected_card()
        if card_id is None:
            return
        text = self.card_text.text()
        self.sharing.act(lambda: self.ctx.ops.sessions.edit_contribution(card_id, text))

    def _on_hide_card_clicked(self) -> None:
        card_id = self._selected_card()
        run = self.sharing.presenter.run
        if card_id is None or run is None:
            return
        card = next((c for c in run.detail.contributions if c.id == card_id), None)
        hidden = not (card.hidden if card else False)
        self.sharing.act(lambda: self.ctx.ops.sessions.hide_contribution(card_id, hidden))

    def _on_merge_clicked(self) -> None:
        source = self._selected_card()
        target = self.merge_into.currentData()
        if source is None or target is None or source == target:
            return
        self.sharing.act(lambda: self.ctx.ops.sessions.merge_contributions(source, str(target)))

    def _on_set_dots_clicked(self) -> None:
        session_id = self._session_id()
        votes = self.dots.value()
        if session_id is not None:
            self.sharing.act(lambda: self.ctx.ops.sessions.set_votes_per_person(session_id, votes))

    def _on_reveal_clicked(self) -> None:
        session_id = self._session_id()
        if session_id is not None:
            self.sharing.act(lambda: self.ctx.ops.sessions.reveal_votes(session_id))

    def _on_present_clicked(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            self.sharing.presenter.present(str(item.data(Qt.ItemDataRole.UserRole)))
            self.sharing.refresh()

    def _on_clear_screen_clicked(self) -> None:
        self.sharing.presenter.present(None)
        self.sharing.refresh()

    def _on_open_clicked(self) -> None:
        session_id = self.session_list.currentData()
        if session_id is not None:
            self.sharing.open_session(str(session_id))
            self.tabs.setCurrentIndex(0)

    def _on_create_clicked(self) -> None:
        template = self.template.currentData()
        title = self.new_title.text()
        event_id = self.event_choice.currentData()
        teams = [t.strip() for t in self.teams.text().split(",") if t.strip()]
        dots = self.new_dots.value()
        lang = self._lang()
        self.sharing.run(
            lambda: self.ctx.ops.sessions.create_session(
                title, template, lang, event_id, dots, teams
            ),
            self._on_session_created,
        )

    def _on_session_created(self, detail: SessionDetail) -> None:
        self.new_title.clear()
        self.teams.clear()
        self.sharing.presenter.load(detail)
        self.sharing.refresh()
        self.tabs.setCurrentIndex(0)
        self.sharing.run(lambda: self.ctx.ops.sessions.list_sessions(), self.set_sessions)

    def _on_add_segment_clicked(self) -> None:
        session_id = self._session_id()
        if session_id is None:
            return
        title = self.segment_title.text()
        minutes = self.segment_minutes.value()
        rr = self.round_robin.isChecked()
        self.sharing.act(
            lambda: self.ctx.ops.sessions.add_segment(session_id, title, minutes, rr),
            lambda detail: self._reload_clock(detail),
        )

    def _on_add_item_clicked(self) -> None:
        session_id = self._session_id()
        if session_id is None:
            return
        kind = str(self.item_kind.currentData())
        text = self.item_label.text()
        self.sharing.act(
            lambda: self.ctx.ops.sessions.add_session_item(session_id, kind, text),
            lambda detail: self._reload_clock(detail),
        )

    def _reload_clock(self, detail: SessionDetail) -> None:
        """The agenda changed: a session not yet started gets a fresh clock."""
        self.segment_title.clear()
        self.item_label.clear()
        presenter = self.sharing.presenter
        if presenter.clock_state == "ready":
            presenter.clear()
            presenter.load(detail)

    def _on_add_action_clicked(self) -> None:
        session_id = self._session_id()
        if session_id is None:
            return
        text = self.action_text.text()
        owner = self.action_owner.text()
        qdate = self.action_due.date()
        due = date(qdate.year(), qdate.month(), qdate.day())
        project = self.action_project.currentData()

        def added(_action: object) -> None:
            self.action_text.clear()
            self.action_owner.clear()

        self.sharing.act(
            lambda: self.ctx.ops.sessions.add_action(session_id, text, owner, due, project), added
        )

    def _on_close_clicked(self) -> None:
        # Closing ends the session for everyone in the room: ask first (issue 15, item 10).
        overlay = self.window().overlay  # type: ignore[attr-defined]
        overlay.ask(
            self.tr("Close this session?"),
            self.tr(
                "The session ends for everyone and its summary is exported. "
                "It cannot be opened again."
            ),
            [
                (
                    "console.close_confirm",
                    self.tr("Close and export"),
                    "danger",
                    self.sharing.close_session,
                ),
                ("console.close_cancel", self.tr("Keep it open"), "", None),
            ],
        )

    def set_due_default(self, today: QDate) -> None:
        """The due date offered first."""
        self.action_due.setDate(today.addDays(14))
