"""People and privacy (facilitator, behind the PIN): export one person's data, or erase them."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QWidget

from kiosk.dto.checkin import PersonMatch
from kiosk.errors import KioskError
from kiosk.export_files import ExportPlace, keep_private
from screens import words
from screens.base import Screen, ScreenContext
from screens.exports import place_for, saved_text
from screens.widgets import Button, WrapButton, label, named

MAX_RESULTS = 8


class PeopleScreen(Screen):
    """Find a person; export everything kept about them as CSV, or erase them on request."""

    name = "people"

    def __init__(
        self, ctx: ScreenContext, export_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.export_dir = export_dir or Path.cwd() / "exports"
        self.title = label("people.title", "h1")
        self.intro = label("people.intro", "lead")
        self.search = named(QLineEdit(), "people.search")
        self.search.setMaxLength(100)
        self.search.textChanged.connect(self._on_search_text_changed)
        for widget in (self.title, self.intro, self.search):
            self.body.addWidget(widget)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.results: list[WrapButton] = []
        for index in range(MAX_RESULTS):
            button = WrapButton(f"people.result.{index}")
            button.setCheckable(True)
            button.setProperty("content", True)
            button.clicked.connect(lambda _=False, i=index: self._on_result_clicked(i))
            button.hide()
            grid.addWidget(button, index // 2, index % 2)
            self.results.append(button)
        self.body.addLayout(grid)
        self.selected_label = label("people.selected", "lead")
        self.body.addWidget(self.selected_label)
        row = QHBoxLayout()
        self.export = Button("people.export", "primary")
        self.export.clicked.connect(self._on_export_clicked)
        self.erase = Button("people.erase", "danger")
        self.erase.clicked.connect(self._on_erase_clicked)
        row.addWidget(self.export)
        row.addWidget(self.erase)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self._matches: list[PersonMatch] = []
        self._selected: PersonMatch | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("People and privacy"))
        self.intro.setText(
            self.tr(
                "When someone asks, show them everything kept about them "
                "(a CSV file) or erase them. Visit counts are kept without "
                "their name."
            )
        )
        self.search.setPlaceholderText(self.tr("Type a name"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.export.set_text(self.tr("Export their data (CSV)"))
        self.erase.set_text(self.tr("Erase this person"))
        self._render()

    def reset(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._matches = []
        self._selected = None
        self._render()

    @staticmethod
    def _full_name(match: PersonMatch) -> str:
        return getattr(match, "display_name", "") or match.first_name

    def _render(self) -> None:
        welsh = self.ctx.languages.current == "cy"
        for index, button in enumerate(self.results):
            if index < len(self._matches):
                match = self._matches[index]
                department = match.department_cy if welsh else match.department_en
                button.set_text(f"{self._full_name(match)}\n{department}")
                button.setChecked(self._selected is not None and self._selected.id == match.id)
                button.show()
            else:
                button.hide()
        chosen = self._selected is not None
        self.export.setEnabled(chosen)
        self.erase.setEnabled(chosen)
        self.selected_label.setText(
            self.tr("Chosen: %1").replace("%1", self._full_name(self._selected))
            if self._selected is not None
            else self.tr("Nobody chosen yet.")
        )

    def _on_search_text_changed(self, text: str) -> None:
        query = text
        self.run(
            lambda: self.ctx.ops.people.find_people_full(query),
            lambda matches: self._on_people_found(query, matches),
        )

    def _on_people_found(self, query: str, matches: list[PersonMatch]) -> None:
        if query == self.search.text():
            self._matches = matches
            self._render()

    def _on_result_clicked(self, index: int) -> None:
        if index < len(self._matches):
            self._selected = self._matches[index]
            self._render()

    def _on_export_clicked(self) -> None:
        if self._selected is None:
            return
        person_id = self._selected.id
        # To the USB drive when one is plugged in (the person takes it), else under Exports.
        try:
            place = place_for(self.ctx, self.export_dir)
        except KioskError as exc:
            self.ctx.notify(words.error_text(exc), "error")
            return
        path = place.folder / f"person-{person_id}.csv"
        self.run(
            lambda: self._write_export(person_id, path, place),
            lambda written: self._on_exported(written, place),
        )

    def _write_export(self, person_id: str, path: Path, place: ExportPlace) -> Path:
        rows = self.ctx.ops.people.export_person(person_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        keep_private(place, tmp)  # everything kept about a person: owner-only on the kiosk
        with tmp.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
        tmp.replace(path)
        return path

    def _on_exported(self, path: Path, place: ExportPlace) -> None:
        self.last_export = path
        self.ctx.notify(saved_text(place), "info")

    def _on_erase_clicked(self) -> None:
        if self._selected is None:
            return
        person = self._selected
        overlay = self.window().overlay  # type: ignore[attr-defined]
        overlay.ask(
            self.tr("Erase %1?").replace("%1", self._full_name(person)),
            self.tr(
                "Their name, email, role and consents are removed and their QR pass "
                "stops working. Visit counts are kept. This cannot be undone."
            ),
            [
                ("people.erase_confirm", self.tr("Erase"), "danger", lambda: self._erase(person)),
                ("people.erase_cancel", self.tr("Cancel"), "", None),
            ],
        )

    def _erase(self, person: PersonMatch) -> None:
        person_id = person.id
        self.run(lambda: self.ctx.ops.people.erase_person(person_id), lambda _r: self._on_erased())

    def _on_erased(self) -> None:
        self.reset()
        self.ctx.notify(self.tr("The person was erased."), "info")
