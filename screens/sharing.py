"""Share & workshops: group sessions on the AV display arrive with issue 6."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from screens.base import Screen, ScreenContext
from screens.widgets import label


class SharingScreen(Screen):
    """What group sharing will offer, said plainly until it is built."""

    name = "sharing"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("sharing.title", "h1")
        self.body.addWidget(self.title)
        self.intro = label("sharing.intro", "lead")
        self.body.addWidget(self.intro)
        notice = QFrame()
        notice.setProperty("role", "notice")
        layout = QVBoxLayout(notice)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        self.coming_title = label("sharing.coming_title", "h2")
        self.coming = label("sharing.coming")
        layout.addWidget(self.coming_title)
        layout.addWidget(self.coming)
        self.body.addWidget(notice)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Share & workshops"))
        self.intro.setText(
            self.tr(
                "Groups present their QI work on the big screen and "
                "facilitators run workshops, even with no network."
            )
        )
        self.coming_title.setText(self.tr("Coming soon"))
        self.coming.setText(
            self.tr(
                "Sessions with timed agendas, round-robin sharing, ideas and questions on cards, "
                "dot voting and a summary to take away. Until then, ask a facilitator to book "
                "the big screen."
            )
        )
