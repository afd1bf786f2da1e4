"""The presenter view on the AV display: segment, a large timer, the item presented, the cards,
the revealed results and the airtime balance. Read from across the room; nothing to touch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from screens import words
from screens.presenters.sharing import KINDS, PresenterModel
from screens.widgets import label

# The AV display's own colours: light text on a dark ground reads best on a projector.
GROUND = "#0B1F33"
PANEL = "#13314F"
TEXT = "#FFFFFF"
MUTED = "#C9D6E3"
WARN = "#FFB81C"
KIND_COLOURS = {
    "idea": "#FFE27A",
    "tip": "#A8E6C1",
    "problem": "#FFB3A7",
    "question": "#B9D3FF",
    "action": "#E3C6FF",
}
CARD_TEXT = "#1D2329"
CARD_TEXT_PX = 24  # at 1080 lines
CARD_LINES = 4  # a card's text gets room for this many lines at most
MAX_CARDS = 4  # per kind (half that in two rows of kinds); more are summed up as "and N more"
MAX_RESULTS = 6


class PresenterView(QWidget):
    """The AV display's picture of a session. Give it models with `set_model`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharing.presenter_view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle("Qspace")
        self._model: PresenterModel | None = None
        self._cards_key: object = None
        self._scale = 1.0
        self._column_width = 400
        outer = QVBoxLayout(self)
        outer.setContentsMargins(72, 48, 72, 48)
        outer.setSpacing(28)
        self._outer = outer

        top = QHBoxLayout()
        self.title = label("presenter.title", "p-title", wrap=False)
        self.position = label("presenter.position", "p-muted", wrap=False)
        top.addWidget(self.title, 1)
        top.addWidget(self.position, 0, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(top)

        main = QHBoxLayout()
        main.setSpacing(48)
        left = QFrame()
        left.setObjectName("presenter.clock_panel")
        left.setProperty("role", "p-panel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(48, 40, 48, 40)
        left_layout.setSpacing(18)
        self.segment = label("presenter.segment", "p-segment")
        self.timer = label("presenter.timer", "p-timer", wrap=False)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar()
        self.progress.setObjectName("presenter.progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.team = label("presenter.team", "p-team")
        self.next = label("presenter.next", "p-muted")
        self.item_kind = label("presenter.item_kind", "p-muted", wrap=False)
        self.item = label("presenter.item", "p-item")
        for widget in (self.segment, self.timer, self.progress, self.team):
            left_layout.addWidget(widget)
        left_layout.addStretch(1)
        left_layout.addWidget(self.item_kind)
        left_layout.addWidget(self.item)
        left_layout.addSpacing(12)
        left_layout.addWidget(self.next)
        main.addWidget(left, 4)

        right = QVBoxLayout()
        right.setSpacing(16)
        self.board_title = label("presenter.board_title", "p-heading", wrap=False)
        right.addWidget(self.board_title)
        self.board = QWidget()
        self.board.setObjectName("presenter.board")
        self.board_layout = QGridLayout(self.board)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_layout.setHorizontalSpacing(24)
        self.board_layout.setVerticalSpacing(24)
        right.addWidget(self.board, 1)
        main.addLayout(right, 8)
        outer.addLayout(main, 1)

        self.air_title = label("presenter.air_title", "p-heading", wrap=False)
        outer.addWidget(self.air_title)
        self.air = QWidget()
        self.air.setObjectName("presenter.airtime")
        self.air_layout = QHBoxLayout(self.air)
        self.air_layout.setContentsMargins(0, 0, 0, 0)
        self.air_layout.setSpacing(32)
        outer.addWidget(self.air)
        self._restyle()
        self.retranslate()

    # --- opening on the AV display -------------------------------------------------------------

    def show_on_last_screen(self) -> None:
        """Full screen on the last screen (the AV display when one is connected)."""
        screens = QGuiApplication.screens()
        self.show_on(screens[-1] if screens else None)

    def show_on(self, target: QScreen | None) -> None:
        """Full screen on `target` (the screen it is on now when None)."""
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()

    # --- rendering -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Texts that do not come from the session."""
        self.setAccessibleName(self.tr("Session on the big screen"))
        self.air_title.setText(self.tr("Airtime: everyone's voice"))
        if self._model is not None:
            self._cards_key = None
            self.set_model(self._model)
        else:
            self._render_empty()

    def kind_names(self) -> dict[str, str]:
        """The kinds of card, as headings."""
        return {kind: words.card_kind_heading(kind) for kind in words.CARD_KIND_HEADINGS}

    def item_kind_names(self) -> dict[str, str]:
        """The kinds of item presented."""
        return {
            "project": self.tr("Project on screen"),
            "chart": self.tr("Chart on screen"),
            "story": self.tr("Story on screen"),
            "team": self.tr("Team presenting"),
        }

    def _render_empty(self) -> None:
        self.title.setText(self.tr("Qspace sessions"))
        self.position.setText("")
        self.segment.setText(self.tr("No session is running"))
        self.timer.setText("")
        self.team.setText("")
        self.next.setText("")
        self.item_kind.setText("")
        self.item.setText("")
        self.board_title.setText("")
        self.progress.setValue(0)

    def set_model(self, model: PresenterModel) -> None:
        """Show `model` (cheap when only the timer moved)."""
        self._model = model
        if model.state == "none":
            self._render_empty()
            self._render_board(model)
            self._render_airtime(model)
            return
        self.title.setText(model.title)
        if model.segment_number:
            self.position.setText(
                self.tr("Part %1 of %2")
                .replace("%1", str(model.segment_number))
                .replace("%2", str(model.segment_count))
            )
        else:
            self.position.setText(self.tr("%n part(s)", "", model.segment_count))
        self._render_clock(model)
        item = model.item
        self.item_kind.setText(self.item_kind_names().get(item.kind, "") if item else "")
        self.item.setText(item.label if item else "")
        key = (model.cards, model.results, model.revealed, self._scale)
        if key != self._cards_key:
            self._cards_key = key
            self._render_board(model)
        self._render_airtime(model)

    def _render_clock(self, model: PresenterModel) -> None:
        if model.state == "ready":
            self.segment.setText(self.tr("Starting soon"))
            self.timer.setText("")
        elif model.state in ("finished", "closed"):
            self.segment.setText(self.tr("Thank you for taking part"))
            self.timer.setText("")
        else:
            self.segment.setText(model.segment_title)
            self.timer.setText(model.remaining_text)
        self.timer.setProperty("warning", model.warning)
        self.timer.setProperty("paused", model.state == "paused")
        self.timer.style().unpolish(self.timer)
        self.timer.style().polish(self.timer)
        self.progress.setVisible(model.state in ("running", "paused"))
        self.progress.setValue(round(model.remaining_fraction * 1000))
        if model.state == "paused":
            self.team.setText(self.tr("Paused"))
        elif model.team:
            self.team.setText(
                self.tr("%1 · team %2 of %3")
                .replace("%1", model.team)
                .replace("%2", str(model.slot_number))
                .replace("%3", str(model.slot_count))
            )
        else:
            self.team.setText("")
        self.next.setText(
            self.tr("Next: %1").replace("%1", model.next_title)
            if model.next_title and model.state in ("ready", "running", "paused")
            else ""
        )

    def _clear(self, layout: QLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item is None:
                continue
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone from the picture now, deleted later
                widget.deleteLater()
            elif (inner := item.layout()) is not None:
                self._clear(inner)
                inner.deleteLater()

    def _render_board(self, model: PresenterModel) -> None:
        self._clear(self.board_layout)
        for index in range(12):
            self.board_layout.setColumnStretch(index, 0)
            self.board_layout.setRowStretch(index, 0)
        if model.revealed and model.results:
            self.board_title.setText(self.tr("Dot-voting results"))
            board = self.board.width() if self.board.width() > 200 else round(self.width() * 0.6)
            self._column_width = max(200, board - round(260 * self._scale))
            for row, result in enumerate(model.results[:MAX_RESULTS]):
                rank = label("presenter.result.rank", "p-rank", wrap=False)
                rank.setText(str(result.rank))
                text = self._card(result.kind, result.text, "")
                dots = label("presenter.result.votes", "p-votes", wrap=False)
                dots.setText(self.tr("%n dot(s)", "", result.votes))
                self.board_layout.addWidget(rank, row, 0, Qt.AlignmentFlag.AlignVCenter)
                self.board_layout.addWidget(text, row, 1)
                self.board_layout.addWidget(dots, row, 2, Qt.AlignmentFlag.AlignVCenter)
            self.board_layout.setColumnStretch(1, 1)
            self.board_layout.setRowStretch(min(len(model.results), MAX_RESULTS), 1)
            return
        names = self.kind_names()
        if not model.cards:
            self.board_title.setText(self.tr("Ideas, tips and questions") if model.title else "")
            if model.title:
                hint = label("presenter.board.empty", "p-muted")
                hint.setText(
                    self.tr("Add yours at the kiosk: anonymously if you like. They appear here.")
                )
                self.board_layout.addWidget(hint, 0, 0, Qt.AlignmentFlag.AlignTop)
                self.board_layout.setRowStretch(1, 1)
            return
        self.board_title.setText(self.tr("Ideas, tips and questions"))
        kinds = [k for k in KINDS if k in model.cards]
        columns = min(3, len(kinds))
        rows = -(-len(kinds) // columns)
        per_section = MAX_CARDS if rows == 1 else MAX_CARDS // 2
        spacing = self.board_layout.horizontalSpacing()
        board = self.board.width() if self.board.width() > 200 else round(self.width() * 0.6)
        self._column_width = max(120, (board - spacing * (columns - 1)) // columns)
        for index, kind in enumerate(kinds):
            cards = model.cards[kind]
            section = QVBoxLayout()
            section.setSpacing(round(10 * self._scale))
            heading = label("presenter.board.heading", "p-kind")
            heading.setText(f"{names[kind]} ({len(cards)})")
            heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            width = max(3, round(6 * self._scale))
            heading.setStyleSheet(f"border-bottom: {width}px solid {KIND_COLOURS[kind]};")
            section.addWidget(heading)
            for card in cards[:per_section]:
                votes = self.tr("%n dot(s)", "", card.votes) if card.votes else ""
                section.addWidget(self._card(kind, card.text, votes))
            if len(cards) > per_section:
                more = label("presenter.board.more", "p-muted", wrap=False)
                more.setText(self.tr("and %n more", "", len(cards) - per_section))
                section.addWidget(more)
            section.addStretch(1)  # cards keep their natural height
            row, column = divmod(index, columns)
            self.board_layout.addLayout(section, row, column)
        for column in range(columns):
            self.board_layout.setColumnStretch(column, 1)
        self.board_layout.setRowStretch(rows, 1)  # rows take their natural height

    def _card(self, kind: str, text: str, footer: str) -> QFrame:
        card = QFrame()
        card.setObjectName("presenter.card")
        card.setProperty("role", "p-card")
        card.setStyleSheet(
            f"QFrame#presenter\\.card {{ background: {KIND_COLOURS.get(kind, '#FFFFFF')}; }}"
        )
        layout = QVBoxLayout(card)
        pad = round(14 * self._scale)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(round(4 * self._scale))
        body = label("presenter.card.text", "p-card-text")
        body.setText(text)
        # Wrapped labels in nested layouts get too little height from the grid: reserve it.
        font = QFont(body.font())
        font.setPixelSize(round(CARD_TEXT_PX * self._scale))  # as the style sheet sets it
        room = QRect(0, 0, max(60, self._column_width - 2 * pad), 100_000)
        metrics = QFontMetrics(font)
        wrapped = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
        body.setMinimumHeight(min(wrapped.height(), CARD_LINES * metrics.lineSpacing()) + 4)
        layout.addWidget(body)
        layout.addStretch(1)
        if footer:
            foot = label("presenter.card.votes", "p-card-foot", wrap=False)
            foot.setText(footer)
            layout.addWidget(foot)
        card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        card.setAccessibleName(text)
        return card

    def _render_airtime(self, model: PresenterModel) -> None:
        shares = model.airtime
        self.air_title.setVisible(bool(shares))
        self.air.setVisible(bool(shares))
        existing = self.air.findChildren(QProgressBar, "presenter.airtime.bar")
        if len(existing) != len(shares):
            self._clear(self.air_layout)
            for share in shares:
                box = QWidget()
                column = QVBoxLayout(box)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(6)
                name = label("presenter.airtime.name", "p-air-name", wrap=False)
                bar = QProgressBar()
                bar.setObjectName("presenter.airtime.bar")
                bar.setRange(0, 1000)
                bar.setTextVisible(False)
                column.addWidget(name)
                column.addWidget(bar)
                self.air_layout.addWidget(box, 1)
                name.setText(share.label)
        bars = self.air.findChildren(QProgressBar, "presenter.airtime.bar")
        names = self.air.findChildren(QLabel, "presenter.airtime.name")
        for share, bar, name in zip(shares, bars, names, strict=False):
            minutes = round(share.seconds / 60)
            name.setText(
                self.tr("%1 · %2 min").replace("%1", share.label).replace("%2", str(minutes))
                if minutes
                else share.label
            )
            bar.setValue(round(share.share * 1000))
            bar.setProperty("speaking", share.speaking)
            bar.style().unpolish(bar)
            bar.style().polish(bar)
            bar.setAccessibleName(name.text())

    # --- size and style ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        scale = max(0.5, min(4.0, event.size().height() / 1080))
        if abs(scale - self._scale) > 0.01:
            self._scale = scale
            self._restyle()
            if self._model is not None:
                self._cards_key = None
                self.set_model(self._model)
        super().resizeEvent(event)

    def _restyle(self) -> None:
        s = self._scale

        def px(size: float) -> int:
            return max(1, round(size * s))

        self._outer.setContentsMargins(px(72), px(48), px(72), px(48))
        self._outer.setSpacing(px(28))
        self.setStyleSheet(
            f"""
            QWidget#sharing\\.presenter_view {{ background: {GROUND}; }}
            QLabel {{ color: {TEXT}; background: transparent; }}
            QLabel[role="p-title"] {{ font-size: {px(44)}px; font-weight: bold; }}
            QLabel[role="p-muted"] {{ font-size: {px(28)}px; color: {MUTED}; }}
            QLabel[role="p-heading"] {{ font-size: {px(30)}px; font-weight: bold;
                color: {MUTED}; }}
            QLabel[role="p-segment"] {{ font-size: {px(48)}px; font-weight: bold; }}
            QLabel[role="p-timer"] {{ font-size: {px(200)}px; font-weight: bold; }}
            QLabel[role="p-timer"][warning="true"] {{ color: {WARN}; }}
            QLabel[role="p-timer"][paused="true"] {{ color: {MUTED}; }}
            QLabel[role="p-team"] {{ font-size: {px(40)}px; font-weight: bold; color: {WARN}; }}
            QLabel[role="p-item"] {{ font-size: {px(36)}px; font-weight: bold; }}
            QLabel[role="p-kind"] {{ font-size: {px(30)}px; font-weight: bold;
                padding-bottom: {px(6)}px; }}
            QLabel[role="p-rank"] {{ font-size: {px(48)}px; font-weight: bold; color: {WARN};
                min-width: {px(60)}px; }}
            QLabel[role="p-votes"] {{ font-size: {px(32)}px; font-weight: bold; }}
            QLabel[role="p-air-name"] {{ font-size: {px(24)}px; color: {MUTED}; }}
            QFrame[role="p-panel"] {{ background: {PANEL}; border-radius: {px(24)}px; }}
            QFrame[role="p-card"] {{ border-radius: {px(12)}px; }}
            QFrame[role="p-card"] QLabel {{ color: {CARD_TEXT}; }}
            QLabel[role="p-card-text"] {{ font-size: {px(CARD_TEXT_PX)}px; }}
            QLabel[role="p-card-foot"] {{ font-size: {px(20)}px; font-weight: bold; }}
            QProgressBar {{ background: #27496B; border: none; border-radius: {px(8)}px;
                min-height: {px(16)}px; max-height: {px(16)}px; }}
            QProgressBar::chunk {{ background: {MUTED}; border-radius: {px(8)}px; }}
            QProgressBar#presenter\\.progress::chunk {{ background: {WARN}; }}
            QProgressBar[speaking="true"]::chunk {{ background: {WARN}; }}
            """
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._model = None
        super().closeEvent(event)


def screen_beside(own: QScreen | None) -> QScreen | None:
    """A connected screen other than the kiosk's own (`own`), or None when there is none: the
    session never goes full screen over the kiosk itself."""
    own_name = own.name() if own is not None else None
    others = [s for s in QGuiApplication.screens() if s.name() != own_name]
    return others[-1] if others else None
