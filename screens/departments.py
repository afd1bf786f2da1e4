"""Departments (facilitator, behind the PIN): add, rename, merge two and retire, both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.catalogue import DepartmentRow
from screens.base import Screen, ScreenContext
from screens.flow import FlowLayout
from screens.widgets import Button, label, named
from screens.words import error_text

NAME_MAX = 120


class DepartmentCard(QFrame):
    """One department: its English and Welsh names side by side, its people, its actions."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"departments.row.{index}")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        names = QHBoxLayout()
        names.setSpacing(24)
        self.name_en = label(f"departments.row.{index}.name_en", "lead")
        self.name_cy = label(f"departments.row.{index}.name_cy", "lead")
        for name in (self.name_en, self.name_cy):
            name.setProperty("content", True)  # the names as the facilitator wrote them
        names.addWidget(self.name_en, 1)
        names.addWidget(self.name_cy, 1)
        layout.addLayout(names)
        self.about = label(f"departments.row.{index}.about", "muted")
        layout.addWidget(self.about)
        actions = FlowLayout(spacing=8)
        self.rename = Button(f"departments.row.{index}.rename")
        self.merge = Button(f"departments.row.{index}.merge")
        self.retire = Button(f"departments.row.{index}.retire")
        for button in (self.rename, self.merge, self.retire):
            actions.addWidget(button)
        layout.addLayout(actions)


class DepartmentsScreen(Screen):
    """The room's departments: what visitors choose at check-in and search by."""

    name = "departments"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = label("departments.title", "h1")
        self.intro = label("departments.intro", "muted")
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(6)
        self.en_caption = label("departments.name_en_caption", "muted")
        self.cy_caption = label("departments.name_cy_caption", "muted")
        self.name_en = named(QLineEdit(), "departments.name_en")
        self.name_cy = named(QLineEdit(), "departments.name_cy")
        for field in (self.name_en, self.name_cy):
            field.setMaxLength(NAME_MAX)
        form.addWidget(self.en_caption, 0, 0)
        form.addWidget(self.cy_caption, 0, 1)
        form.addWidget(self.name_en, 1, 0)
        form.addWidget(self.name_cy, 1, 1)
        self.body.addLayout(form)
        buttons = FlowLayout(spacing=12)
        self.save = Button("departments.save", "primary")
        self.save.clicked.connect(self._on_save_clicked)
        self.cancel = Button("departments.cancel")
        self.cancel.clicked.connect(self._on_cancel_clicked)
        buttons.addWidget(self.save)
        buttons.addWidget(self.cancel)
        self.body.addLayout(buttons)
        self.error = label("departments.error")
        self.error.setProperty("role", "error")
        self.body.addWidget(self.error)
        self.merge_note = label("departments.merge_note", "lead")
        self.body.addWidget(self.merge_note)
        self.list_host = QWidget()
        self.list_host.setObjectName("departments.list")
        self.list_host.setProperty("screen", True)
        self.rows_layout = QVBoxLayout(self.list_host)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(12)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("departments.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list_host)
        self.body.addWidget(scroll, 1)
        self.cards: list[DepartmentCard] = []
        self.rows: list[DepartmentRow] = []
        self.renaming: DepartmentRow | None = None
        self.merging: DepartmentRow | None = None
        self.retranslate()

    # --- text -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Departments"))
        self.intro.setText(
            self.tr(
                "Visitors choose their department at check-in and can be found by it. "
                "Each department has an English and a Welsh name."
            )
        )
        self.en_caption.setText(self.tr("English name"))
        self.cy_caption.setText(self.tr("Welsh name"))
        self.name_en.setAccessibleName(self.tr("English name"))
        self.name_cy.setAccessibleName(self.tr("Welsh name"))
        self._render()

    def _render(self) -> None:
        renaming = self.renaming
        if renaming is None:
            self.save.set_text(self.tr("Add the department"))
        else:
            self.save.set_text(
                self.tr("Save the new names"),
                self.tr("Save the new names of %1").replace("%1", renaming.name_en),
            )
        self.cancel.set_text(self.tr("Cancel"))
        self.cancel.setVisible(renaming is not None or self.merging is not None)
        merging = self.merging
        self.merge_note.setText(
            self.tr(
                "Merging “%1”: touch “Into this one” on the department that keeps its people."
            ).replace("%1", self._name(merging))
            if merging is not None
            else ""
        )
        self.merge_note.setVisible(merging is not None)
        while len(self.cards) < len(self.rows):
            index = len(self.cards)
            card = DepartmentCard(index)
            card.rename.clicked.connect(lambda _=False, i=index: self._on_rename_clicked(i))
            card.merge.clicked.connect(lambda _=False, i=index: self._on_merge_clicked(i))
            card.retire.clicked.connect(lambda _=False, i=index: self._on_retire_clicked(i))
            self.rows_layout.insertWidget(index, card)
            self.cards.append(card)
        for index, card in enumerate(self.cards):
            if index >= len(self.rows):
                card.hide()
                continue
            row = self.rows[index]
            card.name_en.setText(row.name_en)
            card.name_cy.setText(row.name_cy)
            people = self.tr("%n people", "", row.people)
            card.about.setText(
                people + " · " + self.tr("Retired: not offered at check-in")
                if row.retired
                else people
            )
            card.rename.set_text(self.tr("Rename"), self.tr("Rename %1").replace("%1", row.name_en))
            if merging is None:
                card.merge.set_text(
                    self.tr("Merge…"), self.tr("Merge %1 into another").replace("%1", row.name_en)
                )
            else:
                card.merge.set_text(
                    self.tr("Into this one"),
                    self.tr("Merge into %1").replace("%1", row.name_en),
                )
            card.merge.setEnabled(merging is None or merging.id != row.id)
            card.merge.setProperty("role", "primary" if merging is not None else "")
            card.merge.style().polish(card.merge)
            card.retire.set_text(
                self.tr("Bring back") if row.retired else self.tr("Retire"),
                (self.tr("Bring back %1") if row.retired else self.tr("Retire %1")).replace(
                    "%1", row.name_en
                ),
            )
            card.show()

    def _name(self, row: DepartmentRow | None) -> str:
        if row is None:
            return ""
        return row.name_cy if self.ctx.languages.current == "cy" else row.name_en

    # --- data -------------------------------------------------------------------------------

    def shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Load the departments again (off the GUI thread)."""
        self.run(lambda: self.ctx.ops.golive.departments(), self._on_departments_loaded)

    def _on_departments_loaded(self, rows: list[DepartmentRow]) -> None:
        self.rows = list(rows)
        self._render()
        # New cards take their places now, not at the next layout pass: a picture taken at
        # once (snapshots, the contrast sweep) shows them where they are drawn.
        self.list_host.adjustSize()
        self.rows_layout.activate()

    def reset(self) -> None:
        self.renaming = None
        self.merging = None
        self.name_en.clear()
        self.name_cy.clear()
        self.error.clear()
        self._render()

    # --- add and rename ---------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        en, cy = self.name_en.text(), self.name_cy.text()
        renaming = self.renaming
        ops = self.ctx.ops.golive
        if renaming is None:
            self.ctx.runner.submit(
                lambda: ops.add_department(en, cy), lambda _id: self._on_saved(), self._on_refused
            )
        else:
            department_id = renaming.id
            self.ctx.runner.submit(
                lambda: ops.rename_department(department_id, en, cy),
                lambda _r: self._on_saved(),
                self._on_refused,
            )

    def _on_saved(self) -> None:
        renamed = self.renaming is not None
        self.renaming = None
        self.name_en.clear()
        self.name_cy.clear()
        self.error.clear()
        self.ctx.notify(
            self.tr("The department was renamed.") if renamed else self.tr("Department added."),
            "info",
        )
        self.reload()

    def _on_refused(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))

    def _on_cancel_clicked(self) -> None:
        self.reset()

    def _on_rename_clicked(self, index: int) -> None:
        if index >= len(self.rows):
            return
        self.merging = None
        self.renaming = self.rows[index]
        self.name_en.setText(self.renaming.name_en)
        self.name_cy.setText(self.renaming.name_cy)
        self.error.clear()
        self._render()
        self.name_en.setFocus()

    # --- merge and retire -------------------------------------------------------------------

    def _on_merge_clicked(self, index: int) -> None:
        if index >= len(self.rows):
            return
        row = self.rows[index]
        merging = self.merging
        if merging is None:
            self.renaming = None
            self.merging = row
            self._render()
            return
        if merging.id == row.id:
            return
        self.window().overlay.ask(  # type: ignore[attr-defined]
            self.tr("Merge “%1” into “%2”?")
            .replace("%1", self._name(merging))
            .replace("%2", self._name(row)),
            self.tr(
                "%n people will move to “%2”, with the projects, and “%1” is removed.",
                "",
                merging.people,
            )
            .replace("%1", self._name(merging))
            .replace("%2", self._name(row)),
            [
                (
                    "departments.merge_confirm",
                    self.tr("Merge"),
                    "danger",
                    lambda: self._merge(merging.id, row.id),
                ),
                ("departments.merge_cancel", self.tr("Cancel"), "", None),
            ],
        )

    def _merge(self, department_id: str, into_id: str) -> None:
        self.ctx.runner.submit(
            lambda: self.ctx.ops.golive.merge_departments(department_id, into_id),
            lambda _moved: self._on_merged(),
            self._on_refused,
        )

    def _on_merged(self) -> None:
        self.merging = None
        self.error.clear()
        self.ctx.notify(self.tr("The departments were merged."), "info")
        self.reload()

    def _on_retire_clicked(self, index: int) -> None:
        if index >= len(self.rows):
            return
        row = self.rows[index]
        self.ctx.runner.submit(
            lambda: self.ctx.ops.golive.retire_department(row.id, not row.retired),
            lambda _r: self.reload(),
            self._on_refused,
        )
