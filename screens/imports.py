"""Imports behind the PIN: calendars (.ics), people and departments (.csv) from a USB drive.

The files on the mounted removable drives are listed (kiosk.drives), never a file dialog; an
import is all or nothing, and a refused file names each bad row or calendar line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kiosk import drives
from kiosk.dto.golive import ImportProblem, ImportSummary
from kiosk.errors import ErrorCode, KioskError
from screens import words
from screens.base import Screen, ScreenContext
from screens.flow import FlowLayout
from screens.presenters.event_admin import IMPORT_KINDS, import_kinds
from screens.widgets import Button, CardList, label

MAX_IMPORT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class DriveFile:
    """One file an import can read: where it is and the drive it is on."""

    path: Path
    drive: str
    folder: str


def files_to_import(drive_setting: str) -> list[DriveFile]:
    """The .ics and .csv files on every mounted removable drive (and `kiosk.drives` folders)."""
    found: list[DriveFile] = []
    for drive in drives.removable_drives(drives.roots_from_setting(drive_setting)):
        for path in drives.files_on(drive, tuple(IMPORT_KINDS)):
            folder = path.parent.relative_to(drive.path).as_posix()
            found.append(DriveFile(path, drive.label, "" if folder == "." else folder))
    return found


class ImportsScreen(Screen):
    """Choose a file on a USB drive and import it as events, people or departments."""

    name = "imports"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.files: list[DriveFile] | None = None
        self.chosen: DriveFile | None = None
        self.problems: tuple[ImportProblem, ...] = ()
        self.summary: ImportSummary | None = None
        self._done_kind = ""

        self.title = label("imports.title", "h1")
        self.body.addWidget(self.title)
        self.lead = label("imports.lead", "lead")
        self.body.addWidget(self.lead)
        actions = FlowLayout(spacing=20)
        self.look_again = Button("imports.refresh")
        self.look_again.clicked.connect(self._on_look_again_clicked)
        self.to_events = Button("imports.events")
        self.to_events.clicked.connect(lambda: self.ctx.navigate("eventadmin"))
        self.back = Button("imports.back")
        self.back.clicked.connect(lambda: self.ctx.navigate("facilitator"))
        for button in (self.look_again, self.to_events, self.back):
            actions.addWidget(button)
        self.body.addLayout(actions)
        self.list = CardList("imports.files")
        self.list.clickable = True
        self.list.card_activated.connect(self._on_list_card_activated)
        self.body.addWidget(self.list, 2)
        self.chosen_label = label("imports.chosen", "list-heading")
        self.body.addWidget(self.chosen_label)
        kinds = FlowLayout(spacing=20)
        self.kind_buttons: dict[str, Button] = {}
        for kind in ("events", "people", "departments"):
            button = Button(f"imports.as.{kind}", "primary")
            button.clicked.connect(lambda _=False, k=kind: self._on_import_clicked(k))
            kinds.addWidget(button)
            self.kind_buttons[kind] = button
        self.body.addLayout(kinds)
        self.result = label("imports.result", "lead")
        self.body.addWidget(self.result)
        self.problem_list = CardList("imports.problems")
        self.body.addWidget(self.problem_list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Import from a USB drive"))
        self.lead.setText(
            self.tr(
                "Put in a USB drive holding a calendar (.ics, from Outlook or Google Calendar) "
                "or a spreadsheet saved as CSV UTF-8 (people or departments), then choose the "
                "file. A file with mistakes imports nothing."
            )
        )
        self.look_again.set_text(self.tr("Look again"))
        self.to_events.set_text(self.tr("Events"))
        self.back.set_text(self.tr("Back to the facilitator page"))
        self.list.setAccessibleName(self.tr("Files on the USB drives"))
        self.problem_list.setAccessibleName(self.tr("What is wrong in the file"))
        self.kind_buttons["events"].set_text(self.tr("Import as events"))
        self.kind_buttons["people"].set_text(self.tr("Import as people"))
        self.kind_buttons["departments"].set_text(self.tr("Import as departments"))
        self._render()

    # --- the files ---------------------------------------------------------------------------

    def shown(self) -> None:
        self._look()

    def _on_look_again_clicked(self) -> None:
        self._look()

    def _look(self) -> None:
        setting = self.ctx.settings().drives
        self.run(lambda: files_to_import(setting), self._on_files_found)

    def _on_files_found(self, files: list[DriveFile]) -> None:
        self.files = files
        if self.chosen is not None and self.chosen not in files:
            self.chosen = None
        self._render()

    def _on_list_card_activated(self, key: str) -> None:
        found = next((f for f in self.files or [] if str(f.path) == key), None)
        if found is not None:
            self.chosen = found
            self.summary = None
            self.problems = ()
            self.result.setText("")
            self._render()

    def _render(self) -> None:
        self.list.clear()
        files = self.files
        if files is not None and not files:
            self.list.add_heading(
                self.tr("No .ics or .csv files found. Put in the USB drive and touch Look again.")
            )
        for item in files or []:
            where = f"{item.drive}/{item.folder}" if item.folder else item.drive
            card = self.list.add_card(
                item.path.name,
                [self.tr("On %1").replace("%1", where)],
                flag=self.tr("Chosen") if item == self.chosen else "",
                key=str(item.path),
                content=True,
            )
            card.setAccessibleDescription(self.tr("Touch to choose this file"))
        chosen = self.chosen
        kinds = import_kinds(chosen.path.name) if chosen is not None else ()
        self.chosen_label.setText(
            self.tr("Chosen: %1").replace("%1", chosen.path.name)
            if chosen is not None
            else self.tr("Choose a file to import.")
        )
        for kind, button in self.kind_buttons.items():
            button.setVisible(kind in kinds)
        self._render_result()

    # --- importing -----------------------------------------------------------------------------

    def _on_import_clicked(self, kind: str) -> None:
        chosen = self.chosen
        if chosen is None:
            return
        ops = self.ctx.ops
        calls = {
            "events": ops.events.import_calendar,
            "people": ops.golive.import_people,
            "departments": ops.golive.import_departments,
        }
        call = calls[kind]

        def job() -> ImportSummary:
            if chosen.path.stat().st_size > MAX_IMPORT_BYTES:
                raise KioskError(
                    ErrorCode.IMPORT_INVALID,
                    problems=(ImportProblem(None, None, "", "too_long"),),
                )
            return call(chosen.path.read_bytes())

        for button in self.kind_buttons.values():
            button.setEnabled(False)
        self.result.setText(self.tr("Importing…"))
        self._done_kind = kind
        self.ctx.runner.submit(job, self._on_imported, self._on_import_failed)

    def _on_imported(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.problems = ()
        self._render_result()

    def _on_import_failed(self, exc: BaseException) -> None:
        self.summary = None
        if isinstance(exc, KioskError) and exc.code is ErrorCode.IMPORT_INVALID:
            self.problems = tuple(exc.params.get("problems", ())) or (
                ImportProblem(None, None, "", "unreadable"),
            )
        elif isinstance(exc, OSError):
            self.problems = (ImportProblem(None, None, "", "unreadable"),)
        else:
            self.problems = ()
            self._on_job_failed(exc)
        self._render_result()

    def _render_result(self) -> None:
        for button in self.kind_buttons.values():
            button.setEnabled(True)
        self.problem_list.clear()
        summary = self.summary
        if summary is not None:
            text = self.tr("Imported: %1 added, %2 updated.")
            text = text.replace("%1", str(summary.created)).replace("%2", str(summary.updated))
            if summary.skipped:
                text += " " + self.tr(
                    "%n cancelled in the calendar, so not imported.", "", summary.skipped
                )
            self.result.setText(text)
        elif self.problems:
            self.result.setText(
                words.code_text(ErrorCode.IMPORT_INVALID)
                + " "
                + self.tr("%n mistake(s):", "", len(self.problems))
            )
            for problem in self.problems:
                self.problem_list.add_card(words.import_problem_text(problem), [], content=False)
        elif self.result.text() != self.tr("Importing…"):
            self.result.setText("")

    def reset(self) -> None:
        self.chosen = None
        self.summary = None
        self.problems = ()
        self.result.setText("")
        self._render()
