"""The guided new-project form: the Model for Improvement's three questions, department, topics,
team and IQT reference, with similar projects shown while the team types."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.checkin import CheckinChoices, PersonMatch
from kiosk.dto.projects import ProjectPage, SimilarProject
from kiosk.errors import ErrorCode, KioskError
from screens import words
from screens.base import Screen, ScreenContext
from screens.presenters.qnet import FormInput, draft_of, missing, worth_searching
from screens.project import text_box
from screens.widgets import Button, CardList, WrapButton, WrapCheckBox, label

SIMILAR_DELAY_MS = 400
TEAM_RESULTS = 4


class ProjectFormScreen(Screen):
    """Log a new project, or (with edit(id), behind a team member's pass or the PIN) edit one."""

    name = "projectform"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editing: str | None = None
        # The team member editing their own project without the PIN (a person id), or None:
        # their changes are saved through the core's membership check.
        self.member: str | None = None
        self.saved: ProjectPage | None = None
        self.similar: list[SimilarProject] = []
        self._choices: CheckinChoices | None = None
        self._team: dict[str, str] = {}  # person id -> first name
        self._matches: list[PersonMatch] = []

        self.title = label("projectform.heading", "h1")
        self.body.addWidget(self.title)
        self.lead = label("projectform.lead", "lead")
        self.body.addWidget(self.lead)
        # The form scrolls; the similar projects sit beside it, or under it in portrait.
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(32)
        scroll = QScrollArea()
        scroll.setObjectName("projectform.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll
        host = QWidget()
        host.setObjectName("projectform.host")
        form = QVBoxLayout(host)
        form.setContentsMargins(0, 0, 12, 0)
        form.setSpacing(8)
        self.captions: dict[str, QWidget] = {}

        def caption(key: str) -> None:
            widget = label(f"projectform.{key}.label", "list-heading")
            self.captions[key] = widget
            form.addWidget(widget)

        caption("title")
        self.project_title = QLineEdit()
        self.project_title.setObjectName("projectform.title")
        self.project_title.setMaxLength(200)
        form.addWidget(self.project_title)
        caption("aim")
        self.aim = text_box("projectform.aim", 100)
        form.addWidget(self.aim)
        caption("measures")
        self.measures = text_box("projectform.measures", 90)
        form.addWidget(self.measures)
        caption("changes")
        self.changes = text_box("projectform.changes", 90)
        form.addWidget(self.changes)
        caption("department")
        self.department = QComboBox()
        self.department.setObjectName("projectform.department")
        form.addWidget(self.department)
        caption("topics")
        self.topic_grid = QGridLayout()
        self.topic_grid.setHorizontalSpacing(16)
        form.addLayout(self.topic_grid)
        self.topic_boxes: dict[str, WrapCheckBox] = {}
        caption("team")
        team_row = QHBoxLayout()
        self.team_search = QLineEdit()
        self.team_search.setObjectName("projectform.team.search")
        self.team_search.setMaxLength(60)
        team_row.addWidget(self.team_search, 1)
        self.team_clear = Button("projectform.team.clear")
        self.team_clear.clicked.connect(self._on_team_clear_clicked)
        team_row.addWidget(self.team_clear)
        form.addLayout(team_row)
        results = QGridLayout()
        results.setSpacing(12)
        self.team_buttons: list[WrapButton] = []
        for index in range(TEAM_RESULTS):
            button = WrapButton(f"projectform.team.result{index}")
            button.clicked.connect(lambda _=False, i=index: self._on_team_result_clicked(i))
            button.hide()
            results.addWidget(button, index // 2, index % 2)
            self.team_buttons.append(button)
        form.addLayout(results)
        self.team_chosen = label("projectform.team.chosen", "muted")
        self.team_chosen.setProperty("content", True)
        form.addWidget(self.team_chosen)
        # Each member chosen, with a button that takes them off the team.
        self.team_members = QGridLayout()
        self.team_members.setSpacing(12)
        form.addLayout(self.team_members)
        self.remove_buttons: list[Button] = []
        caption("iqt")
        self.iqt = QLineEdit()
        self.iqt.setObjectName("projectform.iqt")
        self.iqt.setMaxLength(40)
        form.addWidget(self.iqt)
        self.seeking = WrapCheckBox("projectform.seeking")
        form.addWidget(self.seeking)
        form.addStretch(1)
        scroll.setWidget(host)
        columns.addWidget(scroll, 3)

        side = QVBoxLayout()
        self.similar_heading = label("projectform.similar.heading", "h2")
        side.addWidget(self.similar_heading)
        self.similar_hint = label("projectform.similar.hint", "muted")
        side.addWidget(self.similar_hint)
        self.similar_list = CardList("projectform.similar")
        self.similar_list.clickable = True
        self.similar_list.card_activated.connect(self._on_similar_card_activated)
        side.addWidget(self.similar_list, 1)
        columns.addLayout(side, 2)
        self.body.addLayout(columns, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = Button("projectform.cancel")
        self.cancel.clicked.connect(self._on_cancel_clicked)
        buttons.addWidget(self.cancel)
        self.save = Button("projectform.save", "primary")
        self.save.clicked.connect(self._on_save_clicked)
        buttons.addWidget(self.save)
        self.body.addLayout(buttons)

        self.similar_timer = QTimer(self)
        self.similar_timer.setObjectName("projectform.similar_timer")
        self.similar_timer.setSingleShot(True)
        self.similar_timer.setInterval(SIMILAR_DELAY_MS)
        self.similar_timer.timeout.connect(self._on_similar_timer_timeout)
        self.project_title.textChanged.connect(self._on_text_changed)
        self.aim.textChanged.connect(self._on_text_changed)
        self.team_search.textChanged.connect(self._on_team_search_text_changed)
        self.retranslate()

    def retranslate(self) -> None:
        editing = self.editing is not None
        self.title.setText(self.tr("Edit the project") if editing else self.tr("Log a QI project"))
        self.lead.setText(
            self.tr(
                "Answer the three questions of the Model for Improvement. "
                "It takes about two minutes; you can add more later."
            )
        )
        captions = {
            "title": self.tr("Project title"),
            "aim": self.tr("1. What are we trying to accomplish?"),
            "measures": self.tr("2. How will we know that a change is an improvement?"),
            "changes": self.tr("3. What changes can we make that will result in improvement?"),
            "department": self.tr("Department"),
            "topics": self.tr("Topics"),
            "team": self.tr("Team members (people who agreed to be shown)"),
            "iqt": self.tr("Improving Quality Together reference (optional)"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)  # type: ignore[attr-defined]
        self.project_title.setAccessibleName(captions["title"])
        self.project_title.setPlaceholderText(self.tr("For example: Fewer falls on Ward 7"))
        self.aim.setAccessibleName(captions["aim"])
        self.aim.setPlaceholderText(self.tr("How much, by when, for whom"))
        self.measures.setAccessibleName(captions["measures"])
        self.measures.setPlaceholderText(self.tr("Outcome, process and balancing measures"))
        self.changes.setAccessibleName(captions["changes"])
        self.changes.setPlaceholderText(self.tr("Ideas to test with PDSA cycles"))
        self.department.setAccessibleName(captions["department"])
        self.team_search.setAccessibleName(self.tr("Find a team member by name"))
        self.team_search.setPlaceholderText(self.tr("Type a name"))
        self.team_clear.set_text(self.tr("Clear the team"))
        self.iqt.setAccessibleName(captions["iqt"])
        self.iqt.setPlaceholderText(self.tr("For example: IQT-1234"))
        self.seeking.setText(self.tr("We are looking for collaborators"))
        self.scroll_area.setAccessibleName(self.tr("The project form"))
        self.similar_heading.setText(self.tr("Similar projects"))
        self.similar_list.setAccessibleName(self.tr("Similar projects"))
        self.cancel.set_text(self.tr("Cancel"))
        self.save.set_text(self.tr("Save changes") if editing else self.tr("Save the project"))
        self._fill_choices()
        self._render_team()
        self._render_similar()

    def set_portrait(self, portrait: bool) -> None:
        """One column in portrait: the similar projects under the form."""
        down, across = QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.LeftToRight
        self.columns.setDirection(down if portrait else across)

    # --- choices -------------------------------------------------------------------------------

    def shown(self) -> None:
        if self._choices is None:
            self.run(lambda: self.ctx.ops.checkin.checkin_choices(), self._on_choices_loaded)

    def _on_choices_loaded(self, choices: CheckinChoices) -> None:
        self._choices = choices
        self._fill_choices()
        if self.saved is not None and self.editing is not None:
            self._fill_from(self.saved)

    def _fill_choices(self) -> None:
        choices = self._choices
        welsh = self.ctx.languages.current == "cy"
        current = self.department.currentData()
        self.department.clear()
        self.department.addItem(self.tr("No department"), None)
        if choices is None:
            return
        for department in choices.departments:
            self.department.addItem(
                department.name_cy if welsh else department.name_en, department.id
            )
        index = self.department.findData(current)
        self.department.setCurrentIndex(max(0, index))
        for number, topic in enumerate(choices.topics):
            box = self.topic_boxes.get(topic.slug)
            if box is None:
                box = WrapCheckBox(f"projectform.topic.{topic.slug}")
                box.toggled.connect(self._on_text_changed)
                self.topic_grid.addWidget(box, number // 2, number % 2)
                box.show()  # a child added to a shown parent is not shown by the layout
                self.topic_boxes[topic.slug] = box
            box.setText(topic.name_cy if welsh else topic.name_en)

    # --- editing -----------------------------------------------------------------------------

    def new_project(self) -> None:
        """Start a blank form."""
        self.editing = None
        self.member = None
        self.saved = None
        self.reset()
        self.retranslate()

    def edit(self, page: ProjectPage, member: str | None = None) -> None:
        """Fill the form with a project to edit (by `member`, a team member, without the PIN;
        else by the facilitator)."""
        self.reset()
        self.editing = page.id
        self.member = member
        self.saved = page
        self._fill_from(page)
        self.retranslate()

    def _fill_from(self, page: ProjectPage) -> None:
        self.project_title.setText(page.title)
        self.aim.setPlainText(page.aim)
        self.measures.setPlainText(page.measures_text)
        self.changes.setPlainText(page.changes_text)
        self.iqt.setText(page.iqt_ref)
        self.seeking.setChecked(page.seeking_collaborators)
        self.department.setCurrentIndex(max(0, self.department.findData(page.department_id)))
        slugs = {t.slug for t in page.topics}
        for slug, box in self.topic_boxes.items():
            box.setChecked(slug in slugs)
        self._team = {m.person_id: m.first_name for m in page.team}
        self._render_team()

    def reset(self) -> None:
        self.similar_timer.stop()
        self.member = None
        for field in (self.project_title, self.team_search, self.iqt):
            field.clear()
        for box in (self.aim, self.measures, self.changes):
            box.clear()
        self.department.setCurrentIndex(0)
        for check in self.topic_boxes.values():
            check.setChecked(False)
        self.seeking.setChecked(False)
        self._team = {}
        self._matches = []
        self.similar = []
        self._render_team()
        self._render_similar()

    def form_input(self) -> FormInput:
        """What the form holds now."""
        return FormInput(
            title=self.project_title.text(),
            aim=self.aim.toPlainText(),
            measures=self.measures.toPlainText(),
            changes=self.changes.toPlainText(),
            department_id=self.department.currentData(),
            topics=tuple(slug for slug, box in self.topic_boxes.items() if box.isChecked()),
            member_ids=tuple(self._team),
            iqt_ref=self.iqt.text(),
            seeking=self.seeking.isChecked(),
            stage=self.saved.stage if self.saved is not None else "aim",
        )

    # --- similar projects while typing -------------------------------------------------------

    def _on_text_changed(self, *_args: object) -> None:
        self.similar_timer.start()

    def _on_similar_timer_timeout(self) -> None:
        form = self.form_input()
        if not worth_searching(form.title, form.aim):
            self.similar = []
            self._render_similar()
            return
        ops, editing = self.ctx.ops, self.editing

        def job() -> list[SimilarProject]:
            found = ops.projects.similar_projects(
                title=form.title, aim=form.aim, topics=form.topics, limit=6
            )
            return [p for p in found if p.id != editing][:5]

        self.run(job, self._on_similar_loaded)

    def _on_similar_loaded(self, similar: list[SimilarProject]) -> None:
        self.similar = similar
        self._render_similar()

    def _render_similar(self) -> None:
        self.similar_list.clear()
        if not self.similar:
            self.similar_hint.setText(
                self.tr("As you type, projects like yours appear here, finished ones too.")
            )
            return
        self.similar_hint.setText(
            self.tr("Someone may have tried this before: open one to learn from it or team up.")
        )
        welsh = self.ctx.languages.current == "cy"
        for match in self.similar:
            reasons = []
            if match.shared_topics:
                names = ", ".join(t.name_cy if welsh else t.name_en for t in match.shared_topics)
                reasons.append(self.tr("Same topics: %1").replace("%1", names))
            if match.shared_words:
                reasons.append(
                    self.tr("Shared words: %1").replace("%1", ", ".join(match.shared_words))
                )
            department = match.department_cy if welsh else match.department_en
            self.similar_list.add_card(match.title, [department, "; ".join(reasons)], key=match.id)

    def _on_similar_card_activated(self, project_id: str) -> None:
        self.ctx.navigate(f"project:{project_id}")

    # --- team ------------------------------------------------------------------------------------

    def _on_team_search_text_changed(self, text: str) -> None:
        if len(text.strip()) < 2:
            self._matches = []
            self._render_team()
            return
        ops = self.ctx.ops
        # Only people who agreed to be shown may be named on a project's team.
        self.run(
            lambda: ops.checkin.search_people(text, TEAM_RESULTS, shown_only=True),
            self._on_team_found,
        )

    def _on_team_found(self, matches: list[PersonMatch]) -> None:
        self._matches = [m for m in matches if m.id not in self._team]
        self._render_team()

    def _on_team_result_clicked(self, index: int) -> None:
        if index < len(self._matches):
            match = self._matches[index]
            self._team[match.id] = match.first_name
            self.team_search.clear()

    def _on_team_clear_clicked(self) -> None:
        self._team = {}
        self._render_team()

    def _on_team_remove_clicked(self, person_id: str) -> None:
        self._team.pop(person_id, None)
        self._render_team()

    def _render_team(self) -> None:
        welsh = self.ctx.languages.current == "cy"
        for index, button in enumerate(self.team_buttons):
            if index < len(self._matches):
                match = self._matches[index]
                department = match.department_cy if welsh else match.department_en
                text = f"{match.first_name} · {department}" if department else match.first_name
                button.set_text(text, self.tr("Add %1 to the team").replace("%1", text))
                button.show()
            else:
                button.hide()
        names = ", ".join(self._team.values())
        self.team_chosen.setText(names or self.tr("Nobody added yet"))
        self.team_chosen.setProperty("content", bool(names))
        self.team_chosen.setVisible(not self._team)
        self.team_clear.setVisible(bool(self._team))
        for old in self.remove_buttons:
            self.team_members.removeWidget(old)
            old.deleteLater()
        self.remove_buttons = []
        for index, (person_id, first) in enumerate(self._team.items()):
            remove = Button(f"projectform.team.remove.{index}")
            remove.set_text(f"{first}  ✕", self.tr("Remove %1 from the team").replace("%1", first))
            remove.setProperty("content", True)
            remove.setProperty("person_id", person_id)
            remove.clicked.connect(lambda _=False, p=person_id: self._on_team_remove_clicked(p))
            self.team_members.addWidget(remove, index // 3, index % 3)
            self.remove_buttons.append(remove)

    # --- saving --------------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        form = self.form_input()
        empty = missing(form)
        if empty:
            names = {"title": self.tr("a title"), "aim": self.tr("the first question (the aim)")}
            self.ctx.notify(self.tr("Please fill in %1.").replace("%1", names[empty[0]]), "error")
            ({"title": self.project_title, "aim": self.aim}[empty[0]]).setFocus()
            return
        draft, ops, editing, member = draft_of(form), self.ctx.ops, self.editing, self.member
        if editing is None:
            job = lambda: ops.projects.log_project(draft)  # noqa: E731 - one expression
        elif member is not None:
            job = lambda: ops.projects.edit_own_project(editing, member, draft)  # noqa: E731
        else:
            job = lambda: ops.projects.edit_project(editing, draft)  # noqa: E731
        self.ctx.runner.submit(job, self._on_saved, self._on_save_failed)

    def _on_saved(self, page: ProjectPage) -> None:
        self.ctx.notify(
            self.tr("Saved: %1. Log your first PDSA cycle when you are ready.").replace(
                "%1", page.title
            ),
            "info",
        )
        self.editing = None
        self.saved = None
        self.reset()
        self.retranslate()
        self.ctx.navigate(f"project:{page.id}")

    def _on_save_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KioskError):
            self._on_job_failed(exc)
            return
        shown = (
            ErrorCode.FIELD_TOO_LONG,
            ErrorCode.FIELD_CONTROL_CHARS,
            ErrorCode.FIELD_EMPTY,
            ErrorCode.TEAM_MEMBER_NOT_CONSENTED,
            ErrorCode.PERSON_UNKNOWN,
            ErrorCode.NOT_TEAM_MEMBER,
        )
        if exc.code in shown:
            self.ctx.notify(words.error_text(exc), "error")
        else:
            self._on_job_failed(exc)

    def _on_cancel_clicked(self) -> None:
        target = f"project:{self.editing}" if self.editing else "projects"
        if self.member is not None:
            target = "mysettings"
        self.editing = None
        self.saved = None
        self.reset()
        self.retranslate()
        self.ctx.navigate(target)
