"""Projects: browse and search every public QI project, filter by topic and stage, log a new one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from kiosk.dto.catalogue import ProjectCard
from kiosk.dto.checkin import TopicOption
from screens import words
from screens.base import Screen, ScreenContext
from screens.presenters.qnet import STAGES, filter_cards
from screens.widgets import Button, CardList, label


class ProjectsScreen(Screen):
    """A searchable, filterable list of projects, and the way to log a new one."""

    name = "projects"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        top = QHBoxLayout()
        self.title = label("projects.title", "h1")
        top.addWidget(self.title, 1)
        self.new_project = Button("projects.new", "primary")
        self.new_project.clicked.connect(lambda: self.ctx.navigate("projectform"))
        top.addWidget(self.new_project)
        self.body.addLayout(top)
        filters = QHBoxLayout()
        filters.setSpacing(16)
        self.search = QLineEdit()
        self.search.setObjectName("projects.search")
        self.search.setMaxLength(80)
        self.search.textChanged.connect(self._on_search_text_changed)
        filters.addWidget(self.search, 3)
        self.topic = QComboBox()
        self.topic.setObjectName("projects.topic")
        self.topic.currentIndexChanged.connect(self._on_filter_changed)
        filters.addWidget(self.topic, 2)
        self.stage = QComboBox()
        self.stage.setObjectName("projects.stage")
        self.stage.currentIndexChanged.connect(self._on_filter_changed)
        filters.addWidget(self.stage, 1)
        self.body.addLayout(filters)
        self.count = label("projects.count", "muted")
        self.body.addWidget(self.count)
        self.list = CardList("projects.list")
        self.list.clickable = True
        self.list.card_activated.connect(self._on_list_card_activated)
        self.body.addWidget(self.list, 1)
        self._cards: list[ProjectCard] = []
        self._topics: tuple[TopicOption, ...] = ()
        self._loaded = False
        self._filling = False
        self.retranslate()

    def stage_name(self, stage: str) -> str:
        """The translated name of a Model for Improvement stage."""
        return words.stage_name(stage)

    def retranslate(self) -> None:
        self.title.setText(self.tr("QI projects"))
        self.new_project.set_text(self.tr("Log a new project"))
        self.search.setPlaceholderText(self.tr("Search by title, aim, department or topic"))
        self.search.setAccessibleName(self.tr("Search projects"))
        self.topic.setAccessibleName(self.tr("Filter by topic"))
        self.stage.setAccessibleName(self.tr("Filter by stage"))
        self.list.setAccessibleName(self.tr("Projects"))
        self._fill_filters()
        self._render()

    def _fill_filters(self) -> None:
        welsh = self.ctx.languages.current == "cy"
        self._filling = True
        topic, stage = self.topic.currentIndex(), self.stage.currentIndex()
        self.topic.clear()
        self.topic.addItem(self.tr("All topics"), None)
        for option in self._topics:
            self.topic.addItem(option.name_cy if welsh else option.name_en, option.name_en)
        self.stage.clear()
        self.stage.addItem(self.tr("All stages"), None)
        for name in STAGES:
            self.stage.addItem(self.stage_name(name), name)
        self.topic.setCurrentIndex(max(0, topic))
        self.stage.setCurrentIndex(max(0, stage))
        self._filling = False

    def reset(self) -> None:
        self.search.clear()
        self.topic.setCurrentIndex(0)
        self.stage.setCurrentIndex(0)

    def shown(self) -> None:
        ops = self.ctx.ops
        self.run(
            lambda: (ops.projects.browse_projects(), ops.checkin.checkin_choices().topics),
            self._on_projects_loaded,
        )

    def _on_projects_loaded(
        self, loaded: tuple[list[ProjectCard], tuple[TopicOption, ...]]
    ) -> None:
        self._cards, topics = loaded
        self._loaded = True
        if topics != self._topics:
            self._topics = topics
            self._fill_filters()
        self._render()

    def _on_search_text_changed(self, _text: str) -> None:
        self._render()

    def _on_filter_changed(self, _index: int) -> None:
        if not self._filling:
            self._render()

    def _render(self) -> None:
        self.list.clear()
        if not self._loaded:
            self.count.setText(self.tr("Loading projects…"))
            return
        cards = filter_cards(
            self._cards,
            query=self.search.text(),
            topic_en=self.topic.currentData(),
            stage=self.stage.currentData(),
        )
        self.count.setText(self.tr("%n project(s)", "", len(cards)))
        welsh = self.ctx.languages.current == "cy"
        for card in cards:
            department = card.department_cy if welsh else card.department_en
            topics = ", ".join(card.topics_cy if welsh else card.topics_en)
            facts = [
                department,
                self.stage_name(card.stage),
                self.tr("%n PDSA cycle(s)", "", card.pdsa_cycles),
            ]
            flag = "★ " + self.tr("Looking for collaborators") if card.seeking_collaborators else ""
            self.list.add_card(
                card.title, [" · ".join(f for f in facts if f), topics], flag=flag, key=card.id
            )

    def _on_list_card_activated(self, project_id: str) -> None:
        self.ctx.navigate(f"project:{project_id}")
