"""A project's page: the three questions, team, stage, PDSA cycles, measures, stories, the QR to
the register, similar projects with their reasons, asking to collaborate, logging PDSA cycles."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.projects import PdsaCycleView, ProjectPage, SimilarProject
from kiosk.errors import ErrorCode, KioskError
from screens import words
from screens.base import Screen, ScreenContext
from screens.presenters.qnet import ACTS, pdsa_draft, pdsa_step, register_link
from screens.widgets import Button, CardList, label

WidgetT = TypeVar("WidgetT", bound=QWidget)


def text_box(name: str, height: int = 96) -> QPlainTextEdit:
    """A multi-line text field of a fixed height."""
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def content(widget: WidgetT) -> WidgetT:
    """Mark text people wrote: shown as written in both languages."""
    widget.setProperty("content", True)
    return widget


class ProjectScreen(Screen):
    """One project. Set it with set_project(id) before showing the screen."""

    name = "project"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.project_id: str | None = None
        self.page: ProjectPage | None = None
        self.similar: list[SimilarProject] = []
        self._cycle_id: str | None = None  # the cycle being updated, None for a new one

        top = QHBoxLayout()
        self.back = Button("project.back")
        self.back.clicked.connect(lambda: self.ctx.navigate("projects"))
        top.addWidget(self.back)
        self.title = content(label("project.title", "h1"))
        top.addWidget(self.title, 1)
        self.body.addLayout(top)
        self.facts = label("project.facts", "muted")
        self.body.addWidget(self.facts)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("project.details")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        host.setObjectName("project.details.host")
        self.details = QVBoxLayout(host)
        self.details.setContentsMargins(0, 0, 12, 0)
        self.details.setSpacing(10)
        self.sections: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("topics", "aim", "measures", "changes", "team", "cycles", "stories"):
            heading = label(f"project.{key}.heading", "list-heading")
            text = content(label(f"project.{key}", ""))
            text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.details.addWidget(heading)
            self.details.addWidget(text)
            self.sections[key] = (heading, text)
        self.details.addStretch(1)
        self.scroll_area.setWidget(host)
        columns.addWidget(self.scroll_area, 3)

        side = QVBoxLayout()
        side.setSpacing(12)
        self.similar_heading = label("project.similar.heading", "h2")
        side.addWidget(self.similar_heading)
        self.similar_list = CardList("project.similar")
        self.similar_list.clickable = True
        self.similar_list.card_activated.connect(self._on_similar_card_activated)
        side.addWidget(self.similar_list, 1)
        qr_row = QHBoxLayout()
        self.qr = label("project.qr", wrap=False)
        self.qr.hide()
        qr_row.addWidget(self.qr)
        self.qr_caption = label("project.qr.caption", "muted")
        self.qr_caption.hide()
        qr_row.addWidget(self.qr_caption, 1)
        side.addLayout(qr_row)
        columns.addLayout(side, 2)
        self.body.addLayout(columns, 1)

        # The PDSA form and the request to collaborate open in place of the action row.
        self.pdsa_panel = QFrame()
        self.pdsa_panel.setObjectName("project.pdsa")
        self.pdsa_panel.setProperty("role", "panel")
        panel = QVBoxLayout(self.pdsa_panel)
        self.pdsa_heading = label("project.pdsa.heading", "h2")
        panel.addWidget(self.pdsa_heading)
        row = QHBoxLayout()
        self.pdsa_title = QLineEdit()
        self.pdsa_title.setObjectName("project.pdsa.title")
        self.pdsa_title.setMaxLength(160)
        row.addWidget(self.pdsa_title, 2)
        self.pdsa_act = QComboBox()
        self.pdsa_act.setObjectName("project.pdsa.act")
        row.addWidget(self.pdsa_act, 1)
        panel.addLayout(row)
        boxes = QHBoxLayout()
        self.pdsa_fields: dict[str, QPlainTextEdit] = {}
        self.pdsa_captions: dict[str, QLabel] = {}
        for key in ("plan", "prediction", "do", "study"):
            column = QVBoxLayout()
            caption = label(f"project.pdsa.{key}.label", "list-heading")
            column.addWidget(caption)
            box = text_box(f"project.pdsa.{key}", 110)
            column.addWidget(box)
            boxes.addLayout(column)
            self.pdsa_fields[key] = box
            self.pdsa_captions[key] = caption
        panel.addLayout(boxes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.pdsa_cancel = Button("project.pdsa.cancel")
        self.pdsa_cancel.clicked.connect(self._close_panels)
        buttons.addWidget(self.pdsa_cancel)
        self.pdsa_save = Button("project.pdsa.save", "primary")
        self.pdsa_save.clicked.connect(self._on_pdsa_save_clicked)
        buttons.addWidget(self.pdsa_save)
        panel.addLayout(buttons)
        self.pdsa_panel.hide()
        self.body.addWidget(self.pdsa_panel)

        self.ask_panel = QFrame()
        self.ask_panel.setObjectName("project.ask")
        self.ask_panel.setProperty("role", "panel")
        ask = QHBoxLayout(self.ask_panel)
        self.ask_message = text_box("project.ask.message", 96)
        ask.addWidget(self.ask_message, 1)
        self.ask_cancel = Button("project.ask.cancel")
        self.ask_cancel.clicked.connect(self._close_panels)
        ask.addWidget(self.ask_cancel)
        self.ask_send = Button("project.ask.send", "primary")
        self.ask_send.clicked.connect(self._on_ask_send_clicked)
        ask.addWidget(self.ask_send)
        self.ask_panel.hide()
        self.body.addWidget(self.ask_panel)

        self.action_bar = QWidget()
        self.action_bar.setObjectName("project.actions")
        actions = QHBoxLayout(self.action_bar)
        actions.setContentsMargins(0, 0, 0, 0)
        self.measures = Button("project.measures")
        self.measures.clicked.connect(self._on_measures_clicked)
        self.log_pdsa = Button("project.log_pdsa")
        self.log_pdsa.clicked.connect(lambda: self._open_pdsa(None))
        self.update_pdsa = Button("project.update_pdsa")
        self.update_pdsa.clicked.connect(self._on_update_pdsa_clicked)
        self.ask = Button("project.ask_button", "primary")
        self.ask.clicked.connect(self._open_ask)
        self.edit = Button("project.edit")
        self.edit.clicked.connect(self._on_edit_clicked)
        for button in (self.measures, self.log_pdsa, self.update_pdsa, self.edit):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.ask)
        self.body.addWidget(self.action_bar)
        self.retranslate()

    # --- text ----------------------------------------------------------------------------------

    def stage_name(self, stage: str) -> str:
        """The translated name of a Model for Improvement stage."""
        return words.stage_name(stage)

    def act_name(self, act: str | None) -> str:
        """The translated decision at the end of a cycle."""
        return words.act_name(act)

    def retranslate(self) -> None:
        self.back.set_text(self.tr("All projects"))
        headings = {
            "topics": self.tr("Topics"),
            "aim": self.tr("What are we trying to accomplish?"),
            "measures": self.tr("How will we know that a change is an improvement?"),
            "changes": self.tr("What changes can we make that will result in improvement?"),
            "team": self.tr("Team"),
            "cycles": self.tr("PDSA cycles"),
            "stories": self.tr("Stories"),
        }
        for key, text in headings.items():
            self.sections[key][0].setText(text)
        self.scroll_area.setAccessibleName(self.tr("Project details"))
        self.similar_heading.setText(self.tr("Similar projects"))
        self.similar_list.setAccessibleName(self.tr("Similar projects"))
        self.qr_caption.setText(self.tr("Scan to open this project on the register"))
        self.measures.set_text(self.tr("Measures and charts"))
        self.log_pdsa.set_text(self.tr("Log a PDSA cycle"))
        self.update_pdsa.set_text(self.tr("Update the last cycle"))
        self.ask.set_text(self.tr("Ask to collaborate"))
        self.edit.set_text(self.tr("Edit"), self.tr("Edit this project"))
        self.pdsa_title.setPlaceholderText(self.tr("What are you testing?"))
        self.pdsa_title.setAccessibleName(self.tr("Cycle title"))
        self.pdsa_act.setAccessibleName(self.tr("Act: adopt, adapt or abandon"))
        current = self.pdsa_act.currentIndex()
        self.pdsa_act.clear()
        self.pdsa_act.addItem(self.tr("Act: not decided yet"))
        for act in ACTS:
            self.pdsa_act.addItem(self.act_name(act))
        self.pdsa_act.setCurrentIndex(max(0, current))
        captions = {
            "plan": self.tr("Plan: what, who, when, where"),
            "prediction": self.tr("Prediction: what do you expect?"),
            "do": self.tr("Do: what happened?"),
            "study": self.tr("Study: how did it compare with the prediction?"),
        }
        for key, box in self.pdsa_fields.items():
            self.pdsa_captions[key].setText(captions[key])
            box.setAccessibleName(captions[key])
        self.pdsa_cancel.set_text(self.tr("Cancel"))
        self.pdsa_save.set_text(self.tr("Save the cycle"))
        self.ask_message.setPlaceholderText(
            self.tr("Say who you are, how to reach you and what you would like to do together")
        )
        self.ask_message.setAccessibleName(self.tr("Message to the team"))
        self.ask_cancel.set_text(self.tr("Cancel"))
        self.ask_send.set_text(self.tr("Send"))
        self._render()

    # --- loading -------------------------------------------------------------------------------

    def set_project(self, project_id: str) -> None:
        """The project to show next."""
        if project_id != self.project_id:
            self.page = None
            self.similar = []
        self.project_id = project_id
        self._close_panels()

    def reset(self) -> None:
        self._close_panels()

    def shown(self) -> None:
        self._render()
        project_id = self.project_id
        if project_id is None:
            return
        ops = self.ctx.ops
        self.run(
            lambda: (
                ops.projects.project_page(project_id),
                ops.projects.similar_projects(project_id=project_id),
            ),
            self._on_project_loaded,
        )

    def _on_project_loaded(self, loaded: tuple[ProjectPage, list[SimilarProject]]) -> None:
        self.page, self.similar = loaded
        self._render()

    # --- rendering ---------------------------------------------------------------------------

    def _render(self) -> None:
        page = self.page
        self.action_bar.setVisible(page is not None)
        for heading, text in self.sections.values():
            heading.setVisible(page is not None)
            text.setVisible(page is not None)
        self.similar_list.clear()
        if page is None:
            self.title.setText(self.tr("Loading the project…"))
            self.facts.setText("")
            self.qr.hide()
            self.qr_caption.hide()
            return
        welsh = self.ctx.languages.current == "cy"
        self.title.setText(page.title)
        facts = [
            page.department_cy if welsh else page.department_en,
            self.stage_name(page.stage),
        ]
        if page.iqt_ref:
            facts.append(self.tr("IQT reference %1").replace("%1", page.iqt_ref))
        if page.seeking_collaborators:
            facts.append("★ " + self.tr("Looking for collaborators"))
        self.facts.setText(" · ".join(f for f in facts if f))
        none = self.tr("Not written yet")
        sections = {
            "topics": ", ".join(t.name_cy if welsh else t.name_en for t in page.topics) or none,
            "aim": page.aim,
            "measures": page.measures_text or none,
            "changes": page.changes_text or none,
            "team": ", ".join(m.first_name for m in page.team) or none,
            "cycles": "\n\n".join(self._cycle_text(c) for c in page.cycles)
            or self.tr("No PDSA cycles yet"),
            "stories": "\n".join(s.title for s in page.stories) or self.tr("No stories yet"),
        }
        for key, section_text in sections.items():
            self.sections[key][1].setText(section_text)
        self.measures.set_text(
            self.tr("Measures and charts (%n)", "", len(page.measures)),
            self.tr("Measures and charts"),
        )
        self.update_pdsa.setVisible(bool(page.cycles) and page.cycles[-1].act is None)
        self._render_similar(welsh)
        self._render_qr(page.id)

    def _cycle_text(self, cycle: PdsaCycleView) -> str:
        lines = [
            self.tr("Cycle %1: %2").replace("%1", str(cycle.number)).replace("%2", cycle.title)
        ]
        for caption, text in (
            (self.tr("Plan"), cycle.plan),
            (self.tr("Prediction"), cycle.prediction),
            (self.tr("Do"), cycle.do),
            (self.tr("Study"), cycle.study),
        ):
            if text:
                lines.append(f"{caption}: {text}")
        if cycle.act:
            lines.append(self.tr("Act") + ": " + self.act_name(cycle.act))
        return "\n".join(lines)

    def _render_similar(self, welsh: bool) -> None:
        if not self.similar:
            self.similar_list.add_heading(self.tr("No similar projects found"))
            return
        for match in self.similar:
            self.similar_list.add_card(
                match.title,
                [
                    " · ".join(
                        f
                        for f in (
                            match.department_cy if welsh else match.department_en,
                            self.stage_name(match.stage),
                        )
                        if f
                    ),
                    self.reason(match, welsh),
                ],
                key=match.id,
            )

    def reason(self, match: SimilarProject, welsh: bool) -> str:
        """Why a project is similar: the topics and the words it shares."""
        parts = []
        if match.shared_topics:
            names = ", ".join(t.name_cy if welsh else t.name_en for t in match.shared_topics)
            parts.append(self.tr("Same topics: %1").replace("%1", names))
        if match.shared_words:
            words = ", ".join(match.shared_words)
            parts.append(self.tr("Shared words: %1").replace("%1", words))
        return "; ".join(parts)

    def _render_qr(self, project_id: str) -> None:
        link = register_link(self.ctx.settings().register_url, project_id)
        if not link:
            self.qr.hide()
            self.qr_caption.hide()
            return
        from kiosk.qr import qr_png

        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(link, box_size=4, border=2))
        self.qr.setPixmap(pixmap)
        self.qr.setAccessibleName(self.tr("QR code of this project's register page"))
        self.qr.show()
        self.qr_caption.show()

    # --- actions -------------------------------------------------------------------------------

    def _close_panels(self) -> None:
        self.pdsa_panel.hide()
        self.ask_panel.hide()
        self.action_bar.setVisible(self.page is not None)

    def _open_pdsa(self, cycle: PdsaCycleView | None) -> None:
        self._cycle_id = cycle.id if cycle else None
        self.pdsa_heading.setText(
            self.tr("Update cycle %1").replace("%1", str(cycle.number))
            if cycle
            else self.tr("Plan a new PDSA cycle")
        )
        self.pdsa_title.setText(cycle.title if cycle else "")
        for key, box in self.pdsa_fields.items():
            box.setPlainText(getattr(cycle, key) if cycle else "")
        self.pdsa_act.setCurrentIndex(ACTS.index(cycle.act) + 1 if cycle and cycle.act else 0)
        self.ask_panel.hide()
        self.action_bar.hide()
        self.pdsa_panel.show()
        target = self.pdsa_title if cycle is None else self.pdsa_fields["do"]
        target.setFocus()

    def _on_update_pdsa_clicked(self) -> None:
        if self.page is not None and self.page.cycles:
            self._open_pdsa(self.page.cycles[-1])

    def _on_pdsa_save_clicked(self) -> None:
        if self.project_id is None:
            return
        draft = pdsa_draft(
            title=self.pdsa_title.text(),
            plan=self.pdsa_fields["plan"].toPlainText(),
            prediction=self.pdsa_fields["prediction"].toPlainText(),
            do=self.pdsa_fields["do"].toPlainText(),
            study=self.pdsa_fields["study"].toPlainText(),
            act_index=self.pdsa_act.currentIndex(),
        )
        if not draft.title.strip():
            self.ctx.notify(self.tr("Please give the cycle a title."), "error")
            return
        project_id, cycle_id, ops = self.project_id, self._cycle_id, self.ctx.ops
        if cycle_id is None:
            job = lambda: ops.projects.log_pdsa_cycle(project_id, draft)  # noqa: E731 - one expression
        else:
            job = lambda: ops.projects.update_pdsa_cycle(cycle_id, draft)  # noqa: E731
        self.ctx.runner.submit(job, self._on_pdsa_saved, self._on_save_failed)

    def _on_pdsa_saved(self, cycle: PdsaCycleView) -> None:
        step = pdsa_step(
            plan=cycle.plan,
            prediction=cycle.prediction,
            do=cycle.do,
            study=cycle.study,
            act=cycle.act,
        )
        messages = {
            "plan": self.tr("Cycle %1 saved. Add a plan and a prediction before you start."),
            "do": self.tr("Cycle %1 planned. Come back to record what happened."),
            "study": self.tr("Cycle %1 saved. Next: study the results against the prediction."),
            "act": self.tr("Cycle %1 saved. Next: decide to adopt, adapt or abandon."),
            "done": self.tr("Cycle %1 complete."),
        }
        self.ctx.notify(messages[step].replace("%1", str(cycle.number)), "info")
        self._close_panels()
        self.shown()

    def _on_save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KioskError) and exc.code in (
            ErrorCode.FIELD_TOO_LONG,
            ErrorCode.FIELD_CONTROL_CHARS,
            ErrorCode.FIELD_EMPTY,
        ):
            self.ctx.notify(words.error_text(exc), "error")
            return
        self._on_job_failed(exc)

    def _open_ask(self) -> None:
        self.ask_message.clear()
        self.pdsa_panel.hide()
        self.action_bar.hide()
        self.ask_panel.show()
        self.ask_message.setFocus()

    def _on_ask_send_clicked(self) -> None:
        if self.project_id is None:
            return
        message = self.ask_message.toPlainText()
        if not message.strip():
            self.ctx.notify(self.tr("Please write a short message to the team."), "error")
            return
        project_id, ops = self.project_id, self.ctx.ops
        self.ctx.runner.submit(
            lambda: ops.projects.ask_to_collaborate(project_id, None, None, message),
            self._on_ask_sent,
            self._on_save_failed,
        )

    def _on_ask_sent(self, _request_id: str) -> None:
        self.ctx.notify(
            self.tr("Sent. The team will see your message when they next check in."), "info"
        )
        self._close_panels()

    def _on_measures_clicked(self) -> None:
        if self.project_id is not None:
            self.ctx.navigate(f"measures:{self.project_id}")

    def _on_edit_clicked(self) -> None:
        if self.project_id is not None:
            self.ctx.navigate(f"projectform:{self.project_id}")

    def _on_similar_card_activated(self, project_id: str) -> None:
        self.ctx.navigate(f"project:{project_id}")
