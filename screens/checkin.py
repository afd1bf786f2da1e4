"""Check in: find yourself by name. The full check-in flow arrives with issue 3."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from kiosk.dto import PersonMatch
from screens.base import Screen, ScreenContext
from screens.widgets import CardList, label


class CheckinScreen(Screen):
    """A name search (first names and departments only) and a plain note of what is coming."""

    name = "checkin"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("checkin.title", "h1")
        self.body.addWidget(self.title)
        self.prompt = label("checkin.prompt", "lead")
        self.body.addWidget(self.prompt)
        self.search = QLineEdit()
        self.search.setObjectName("checkin.search")
        self.search.setMaxLength(60)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.body.addWidget(self.search)
        self.results = CardList("checkin.results")
        self.body.addWidget(self.results, 1)
        self.empty = label("checkin.empty", "muted")
        self.body.addWidget(self.empty)
        notice = QFrame()
        notice.setProperty("role", "notice")
        notice_layout = QVBoxLayout(notice)
        notice_layout.setContentsMargins(28, 20, 28, 20)
        self.coming = label("checkin.coming")
        notice_layout.addWidget(self.coming)
        self.body.addWidget(notice)
        self.debounce = QTimer(self)
        self.debounce.setObjectName("checkin.debounce")
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(150)
        self.debounce.timeout.connect(self._on_debounce_timeout)
        self._matches: list[PersonMatch] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check in"))
        self.prompt.setText(self.tr("Type the first letters of your name"))
        self.search.setPlaceholderText(self.tr("Your name"))
        self.search.setAccessibleName(self.tr("Your name"))
        self.results.setAccessibleName(self.tr("People who match"))
        self.coming.setText(
            self.tr(
                "Coming soon: choose what you came for, check in with a QR "
                "pass, and see who else is here for the same topic."
            )
        )
        self._render()

    def reset(self) -> None:
        self.debounce.stop()
        self.search.clear()
        self._matches = []
        self._render()

    def shown(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_search_text_changed(self, _text: str) -> None:
        self.debounce.start()

    def _on_debounce_timeout(self) -> None:
        query = self.search.text()
        self.run(
            lambda: self.ctx.ops.find_people(query),
            lambda matches: self._on_people_found(query, matches),
        )

    def _on_people_found(self, query: str, matches: list[PersonMatch]) -> None:
        if query != self.search.text():
            return  # the visitor typed on; a newer search is on its way
        self._matches = matches
        self._render()

    def _render(self) -> None:
        self.results.clear()
        lang = self.ctx.languages.current
        for match in self._matches:
            department = match.department_cy if lang == "cy" else match.department_en
            self.results.add_card(match.first_name, [department], key=match.id)
        typed = len(self.search.text().strip()) >= 2
        self.empty.setText(
            self.tr("Nobody found with that name yet.") if typed and not self._matches else ""
        )
