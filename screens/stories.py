"""Success stories: what changed and what it achieved, and a way to say thank you."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.dto.catalogue import StoryCard
from screens.base import Screen, ScreenContext
from screens.widgets import Button, CardList, label


class StoriesScreen(Screen):
    """Approved success stories, newest first."""

    name = "stories"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("stories.title", "h1")
        self.body.addWidget(self.title)
        self.intro = label("stories.intro", "lead")
        self.body.addWidget(self.intro)
        self.list = CardList("stories.list")
        self.body.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.thank = Button("stories.thank", "primary")
        self.thank.clicked.connect(lambda: self.ctx.navigate("thanks"))
        row.addWidget(self.thank)
        row.addStretch(1)
        self.body.addLayout(row)
        self._stories: list[StoryCard] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Success stories"))
        self.intro.setText(
            self.tr("Teams in the Health Board share what they changed and what it achieved.")
        )
        self.list.setAccessibleName(self.tr("Success stories"))
        self.thank.set_text(self.tr("Say thank you"))
        self._render()

    def shown(self) -> None:
        self.run(lambda: self.ctx.ops.catalogue.list_stories(), self._on_stories_loaded)

    def _on_stories_loaded(self, stories: list[StoryCard]) -> None:
        self._stories = stories
        self._render()

    def _render(self) -> None:
        self.list.clear()
        if self._stories is None:
            return
        if not self._stories:
            self.list.add_heading(self.tr("No stories yet: be the first to share yours."))
            return
        lang = self.ctx.languages.current
        for story in self._stories:
            self.list.add_card(
                story.text("title", lang),
                [
                    self.tr("What changed: %1").replace("%1", story.text("change", lang)),
                    self.tr("Result: %1").replace("%1", story.text("result", lang)),
                ],
                key=story.id,
            )
