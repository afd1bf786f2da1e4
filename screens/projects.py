"""Projects: every public QI project, searchable. Project pages arrive with issue 8."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.dto import ProjectCard
from screens.base import Screen, ScreenContext
from screens.projects_presenter import filter_projects
from screens.widgets import CardList, label


class ProjectsScreen(Screen):
    """A searchable list of projects with department, stage, topics and PDSA cycles."""

    name = "projects"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("projects.title", "h1")
        self.body.addWidget(self.title)
        self.search = QLineEdit()
        self.search.setObjectName("projects.search")
        self.search.setMaxLength(80)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.body.addWidget(self.search)
        self.count = label("projects.count", "muted")
        self.body.addWidget(self.count)
        self.list = CardList("projects.list")
        self.list.clickable = True
        self.list.card_activated.connect(self._on_list_card_activated)
        self.body.addWidget(self.list, 1)
        self._cards: list[ProjectCard] = []
        self._loaded = False
        self.retranslate()

    def stage_name(self, stage: str) -> str:
        """The translated name of a Model for Improvement stage."""
        names = {
            "aim": self.tr("Setting the aim"),
            "measures": self.tr("Choosing measures"),
            "changes": self.tr("Choosing changes"),
            "testing": self.tr("Testing changes (PDSA)"),
            "implementing": self.tr("Implementing"),
            "spreading": self.tr("Spreading"),
            "completed": self.tr("Completed"),
        }
        return names.get(stage, stage)

    def retranslate(self) -> None:
        self.title.setText(self.tr("QI projects"))
        self.search.setPlaceholderText(self.tr("Search by title, aim, department or topic"))
        self.search.setAccessibleName(self.tr("Search projects"))
        self.list.setAccessibleName(self.tr("Projects"))
        self._render()

    def reset(self) -> None:
        self.search.clear()

    def shown(self) -> None:
        self.run(self.ctx.ops.list_projects, self._on_projects_loaded)

    def _on_projects_loaded(self, cards: list[ProjectCard]) -> None:
        self._cards = cards
        self._loaded = True
        self._render()

    def _on_search_text_changed(self, _text: str) -> None:
        self._render()

    def _render(self) -> None:
        self.list.clear()
        if not self._loaded:
            self.count.setText(self.tr("Loading projects…"))
            return
        cards = filter_projects(self._cards, self.search.text())
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
            self.list.add_card(card.title, [" · ".join(facts), topics], flag=flag, key=card.id)

    def _on_list_card_activated(self, project_id: str) -> None:
        self.ctx.navigate(f"measures:{project_id}")
