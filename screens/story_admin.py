"""Writing success stories (behind the PIN): the words in Welsh and English side by side, the
project, the team members to name, the measure to chart, a photo from a USB drive and a
recorded testimonial; then submit for approval and approve onto the loops."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.dto.catalogue import ProjectCard
from kiosk.dto.stories import PhotoFile, ProjectStoryChoices, StoryDraft, StoryEditor, StoryRow
from kiosk.errors import KioskError
from kiosk.ports import AudioPort, AudioProblem
from screens import words
from screens.base import Screen, ScreenContext
from screens.flow import FlowLayout
from screens.project import text_box
from screens.widgets import Button, CardList, WrapCheckBox, label

SECTIONS = ("title", "problem", "change", "result", "lessons")
LANGS = ("en", "cy")
MAX_MEMBERS = 12
RECORD_SECONDS = 60.0


class StoryAdminScreen(Screen):
    """Write, edit, submit and approve success stories."""

    name = "storyadmin"
    # Audio threads call back through these (queued to the GUI thread).
    recording_finished = Signal(object, object)  # Path | None, AudioProblem | None
    playback_finished = Signal(object)  # AudioProblem | None

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.audio: AudioPort | None = None
        self.editor: StoryEditor | None = None
        self.rows: list[StoryRow] = []
        self.choices: ProjectStoryChoices | None = None
        self.photo_files: list[PhotoFile] = []
        self.photo_path: str | None = None
        self.remove_photo_asked = False
        self.testimonial_path: str | None = None
        self.remove_testimonial_asked = False
        self.recording = False
        self.record_seconds = RECORD_SECONDS  # tests record a short clip
        self._recordings = 0
        self._media_dir = Path(tempfile.mkdtemp(prefix="qspace-story-"))  # owner-only (0700)

        self.title = label("storyadmin.title", "h1")
        self.body.addWidget(self.title)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.story_pick = QComboBox()
        self.story_pick.setObjectName("storyadmin.story")
        self.story_pick.activated.connect(self._on_story_pick_activated)
        top.addWidget(self.story_pick, 1)
        self.new_story = Button("storyadmin.new")
        self.new_story.clicked.connect(self._on_new_story_clicked)
        top.addWidget(self.new_story)
        self.body.addLayout(top)
        self.status = label("storyadmin.status", "muted")
        self.body.addWidget(self.status)

        scroll = QScrollArea()
        scroll.setObjectName("storyadmin.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        host.setObjectName("storyadmin.host")
        form = QVBoxLayout(host)
        form.setContentsMargins(0, 0, 12, 0)
        form.setSpacing(10)
        self.captions: dict[str, QLabel] = {}

        def caption(key: str) -> QLabel:
            widget = label(f"storyadmin.{key}.label", "list-heading")
            self.captions[key] = widget
            form.addWidget(widget)
            return widget

        caption("project")
        self.project = QComboBox()
        self.project.setObjectName("storyadmin.project")
        self.project.activated.connect(self._on_project_activated)
        form.addWidget(self.project)

        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(8)
        self.lang_heads = {lang: label(f"storyadmin.head_{lang}", "h2") for lang in LANGS}
        grid.addWidget(self.lang_heads["en"], 0, 0)
        grid.addWidget(self.lang_heads["cy"], 0, 1)
        # Long story, project and measure names must not widen the page (portrait): the combo
        # boxes take the width they are given and elide what does not fit.
        for combo in (self.story_pick, self.project):
            _narrow(combo)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        row = 1
        for section in SECTIONS:
            widget = label(f"storyadmin.{section}.label", "list-heading")
            self.captions[section] = widget
            grid.addWidget(widget, row, 0, 1, 2)
            row += 1
            for column, lang in enumerate(LANGS):
                field: QLineEdit | QPlainTextEdit
                if section == "title":
                    field = QLineEdit()
                    field.setObjectName(f"storyadmin.title_{lang}")
                    field.setMaxLength(200)
                else:
                    field = text_box(f"storyadmin.{section}_{lang}", 110)
                self.fields[f"{section}_{lang}"] = field
                grid.addWidget(field, row, column)
            row += 1
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        form.addLayout(grid)

        caption("team")
        self.team_hint = label("storyadmin.team.hint", "muted")
        form.addWidget(self.team_hint)
        self.member_grid = QGridLayout()
        self.member_grid.setSpacing(12)
        self.member_boxes: list[WrapCheckBox] = []
        for index in range(MAX_MEMBERS):
            box = WrapCheckBox(f"storyadmin.member{index}")
            box.hide()
            self.member_grid.addWidget(box, index // 2, index % 2)
            self.member_boxes.append(box)
        form.addLayout(self.member_grid)

        caption("measure")
        self.measure = QComboBox()
        self.measure.setObjectName("storyadmin.measure")
        _narrow(self.measure)
        form.addWidget(self.measure)

        caption("photo")
        self.photo_state = label("storyadmin.photo.state", "muted")
        form.addWidget(self.photo_state)
        self.photo_preview = QLabel()
        self.photo_preview.setObjectName("storyadmin.photo.preview")
        self.photo_preview.hide()
        form.addWidget(self.photo_preview)
        photo_row = FlowLayout(spacing=16)
        self.find_photos = Button("storyadmin.photo.find")
        self.find_photos.clicked.connect(self._on_find_photos_clicked)
        photo_row.addWidget(self.find_photos)
        self.remove_photo = Button("storyadmin.photo.remove")
        self.remove_photo.clicked.connect(self._on_remove_photo_clicked)
        photo_row.addWidget(self.remove_photo)
        form.addLayout(photo_row)
        self.photo_list = CardList("storyadmin.photo.files")
        self.photo_list.clickable = True
        self.photo_list.card_activated.connect(self._on_photo_list_card_activated)
        self.photo_list.setMinimumHeight(220)
        self.photo_list.hide()
        form.addWidget(self.photo_list)

        caption("testimonial")
        self.testimonial_state = label("storyadmin.testimonial.state", "muted")
        form.addWidget(self.testimonial_state)
        audio_row = FlowLayout(spacing=16)
        self.record = Button("storyadmin.testimonial.record")
        self.record.clicked.connect(self._on_record_clicked)
        self.stop = Button("storyadmin.testimonial.stop")
        self.stop.clicked.connect(self._on_stop_clicked)
        self.play = Button("storyadmin.testimonial.play")
        self.play.clicked.connect(self._on_play_clicked)
        self.remove_testimonial = Button("storyadmin.testimonial.remove")
        self.remove_testimonial.clicked.connect(self._on_remove_testimonial_clicked)
        for button in (self.record, self.stop, self.play, self.remove_testimonial):
            audio_row.addWidget(button)
        form.addLayout(audio_row)
        form.addStretch(1)
        scroll.setWidget(host)
        self.body.addWidget(scroll, 1)

        actions = FlowLayout(spacing=16)
        self.save = Button("storyadmin.save", "primary")
        self.save.clicked.connect(self._on_save_clicked)
        self.submit = Button("storyadmin.submit")
        self.submit.clicked.connect(self._on_submit_clicked)
        self.approve = Button("storyadmin.approve")
        self.approve.clicked.connect(self._on_approve_clicked)
        self.back = Button("storyadmin.back")
        self.back.clicked.connect(lambda: self.ctx.navigate("facilitator"))
        for button in (self.save, self.submit, self.approve, self.back):
            actions.addWidget(button)
        self.body.addLayout(actions)

        self._fill_choices(None, ())
        self.recording_finished.connect(self._on_recording_finished)
        self.playback_finished.connect(self._on_playback_finished)
        folder = self._media_dir
        self.destroyed.connect(lambda: _remove_files(folder, remove_folder=True))
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Success stories"))
        self.new_story.set_text(self.tr("New story"))
        self.lang_heads["en"].setText(self.tr("English"))
        self.lang_heads["cy"].setText(self.tr("Cymraeg"))
        captions = {
            "project": self.tr("Project"),
            "title": self.tr("Title"),
            "problem": self.tr("The problem"),
            "change": self.tr("What changed"),
            "result": self.tr("The result"),
            "lessons": self.tr("Lessons learned"),
            "team": self.tr("Team members to name"),
            "measure": self.tr("Measure for the before and after chart"),
            "photo": self.tr("Photo"),
            "testimonial": self.tr("Recorded testimonial"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        language = {"en": self.tr("English"), "cy": self.tr("Welsh")}
        for key, field in self.fields.items():
            section, lang = key.rsplit("_", 1)
            field.setAccessibleName(f"{captions[section]} ({language[lang]})")
        self.project.setAccessibleName(captions["project"])
        self.measure.setAccessibleName(captions["measure"])
        self.story_pick.setAccessibleName(self.tr("Story to edit"))
        self.team_hint.setText(
            self.tr("Only people who agreed to be shown are listed. Untick anyone to leave out.")
        )
        self.find_photos.set_text(self.tr("Choose a photo from a USB drive"))
        self.remove_photo.set_text(self.tr("Remove the photo"))
        self.photo_list.setAccessibleName(self.tr("Photos on the USB drives"))
        self.record.set_text(self.tr("Record"))
        self.stop.set_text(self.tr("Stop"))
        self.play.set_text(self.tr("Play"))
        self.remove_testimonial.set_text(self.tr("Remove the recording"))
        self.save.set_text(self.tr("Save"))
        self.submit.set_text(self.tr("Submit for approval"))
        self.approve.set_text(self.tr("Approve for the loops"))
        self.back.set_text(self.tr("Back to the facilitator page"))
        if self.project.count():
            self.project.setItemText(0, self.tr("No project"))
        if self.measure.count():
            self.measure.setItemText(0, self.tr("No chart"))
        self._render()

    def _status_text(self) -> str:
        if self.editor is None:
            return self.tr("A new story: save it to keep it.")
        return {
            "draft": self.tr("Being written: submit it for approval when it is ready."),
            "waiting": self.tr("Waiting for approval."),
            "approved": self.tr("Approved: on the showcase loops."),
            "hidden": self.tr("Hidden from the loops."),
        }.get(self.editor.status, "")

    def _render(self) -> None:
        self.status.setText(self._status_text())
        current = self.editor.id if self.editor is not None else None
        self.story_pick.clear()
        self.story_pick.addItem(self.tr("Choose a story to edit"), None)
        names = {
            "draft": self.tr("being written"),
            "waiting": self.tr("waiting for approval"),
            "approved": self.tr("approved"),
            "hidden": self.tr("hidden"),
        }
        for row in self.rows:
            self.story_pick.addItem(f"{row.title} ({names.get(row.status, row.status)})", row.id)
        index = self.story_pick.findData(current)
        self.story_pick.setCurrentIndex(max(index, 0))
        self._render_photo_state()
        self._render_testimonial_state()
        status = self.editor.status if self.editor is not None else None
        self.submit.setEnabled(status in ("draft",))
        self.approve.setEnabled(status in ("waiting", "hidden"))

    def _render_photo_state(self) -> None:
        has_stored = self.editor is not None and self.editor.photo is not None
        if self.photo_path is not None:
            text = self.tr("New photo chosen: %1 (saved with the story)").replace(
                "%1", Path(self.photo_path).name
            )
        elif has_stored and not self.remove_photo_asked:
            text = self.tr("The story has a photo.")
        else:
            text = self.tr("No photo yet.")
        self.photo_state.setText(text)
        self.remove_photo.setEnabled(
            self.photo_path is not None or (has_stored and not self.remove_photo_asked)
        )

    def _render_testimonial_state(self) -> None:
        stored = self.editor.testimonial_seconds if self.editor is not None else None
        if self.recording:
            text = self.tr("Recording… press Stop when done (one minute at most).")
        elif self.testimonial_path is not None:
            text = self.tr("New recording made (saved with the story).")
        elif stored is not None and not self.remove_testimonial_asked:
            text = self.tr("Recorded: %1 seconds.").replace("%1", str(round(stored)))
        elif self.audio is None or not self.audio.available:
            text = self.tr("Recording is not available on this kiosk.")
        else:
            text = self.tr("No recording yet.")
        self.testimonial_state.setText(text)
        has_audio = self.testimonial_path is not None or (
            stored is not None and not self.remove_testimonial_asked
        )
        can_record = self.audio is not None and self.audio.available
        self.record.setEnabled(can_record and not self.recording)
        self.stop.setEnabled(self.recording)
        self.play.setEnabled(can_record and has_audio and not self.recording)
        self.remove_testimonial.setEnabled(has_audio and not self.recording)

    # --- wiring ---------------------------------------------------------------------------

    def set_audio(self, port: AudioPort) -> None:
        """The kiosk's audio port, handed in by the composition root when this screen shows."""
        self.audio = port
        self._render_testimonial_state()

    def shown(self) -> None:
        self.run(lambda: self.ctx.ops.stories.list_stories(), self._on_stories_loaded)
        self.run(lambda: self.ctx.ops.stories.projects(), self._on_projects_loaded)

    def reset(self) -> None:
        if self.recording and self.audio is not None:
            self.audio.stop_recording()
        if self.audio is not None:
            self.audio.stop_playback()
        self.recording = False
        self._clear_form()
        self.editor = None
        _remove_files(self._media_dir)
        self._render()

    def _clear_form(self) -> None:
        for field in self.fields.values():
            if isinstance(field, QLineEdit):
                field.clear()
            else:
                field.setPlainText("")
        self.project.setCurrentIndex(0)
        self.choices = None
        self._fill_choices(None, ())
        self.photo_path = None
        self.remove_photo_asked = False
        self.testimonial_path = None
        self.remove_testimonial_asked = False
        self.photo_list.hide()
        self._show_preview(None)

    def _on_stories_loaded(self, rows: list[StoryRow]) -> None:
        self.rows = rows
        self._render()

    def _on_projects_loaded(self, projects: list[ProjectCard]) -> None:
        current = self.project.currentData()
        self.project.clear()
        self.project.addItem(self.tr("No project"), None)
        for project in projects:
            self.project.addItem(project.title, project.id)
        self.project.setCurrentIndex(max(self.project.findData(current), 0))

    # --- the story ------------------------------------------------------------------------

    def _on_new_story_clicked(self) -> None:
        self.reset()

    def _on_story_pick_activated(self, index: int) -> None:
        story_id = self.story_pick.itemData(index)
        if story_id is None:
            self.reset()
            return
        self.run(lambda: self.ctx.ops.stories.load_story(story_id), self._on_story_loaded)

    def _on_story_loaded(self, editor: StoryEditor) -> None:
        self._clear_form()
        self.editor = editor
        draft = editor.draft
        for key, field in self.fields.items():
            value = getattr(draft, key)
            if isinstance(field, QLineEdit):
                field.setText(value)
            else:
                field.setPlainText(value)
        self.project.setCurrentIndex(max(self.project.findData(draft.project_id), 0))
        self._show_preview(editor.photo)
        self._load_choices(draft.project_id)
        self._render()

    def _on_project_activated(self, _index: int) -> None:
        self._load_choices(self.project.currentData())

    def _load_choices(self, project_id: str | None) -> None:
        if project_id is None:
            self.choices = None
            self._fill_choices(None, ())
            return
        self.run(lambda: self.ctx.ops.stories.project_choices(project_id), self._on_choices_loaded)

    def _on_choices_loaded(self, choices: ProjectStoryChoices) -> None:
        self.choices = choices
        chosen = self.editor.draft.member_ids if self.editor is not None else None
        self._fill_choices(choices, chosen)

    def _fill_choices(
        self, choices: ProjectStoryChoices | None, chosen: tuple[str, ...] | None
    ) -> None:
        members = choices.members if choices is not None else ()
        same_project = (
            self.editor is not None
            and choices is not None
            and self.editor.draft.project_id == choices.project_id
        )
        for index, box in enumerate(self.member_boxes):
            member = members[index] if index < len(members) else None
            box.setVisible(member is not None)
            if member is not None:
                box.setText(member.label)
                box.setProperty("person_id", member.id)
                # A new story names everyone who agreed; an edited one whom it named.
                box.setChecked(
                    member.id in (chosen or ()) if same_project and chosen is not None else True
                )
        self.team_hint.setVisible(True)
        self.measure.clear()
        self.measure.addItem(self.tr("No chart"), None)
        for measure in choices.measures if choices is not None else ():
            self.measure.addItem(measure.label, measure.id)
        wanted = self.editor.draft.measure_id if same_project and self.editor else None
        self.measure.setCurrentIndex(max(self.measure.findData(wanted), 0))

    def draft(self) -> StoryDraft:
        """The story as the form holds it now."""
        texts = {
            key: field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            for key, field in self.fields.items()
        }
        members = tuple(
            str(box.property("person_id"))
            for box in self.member_boxes
            if not box.isHidden() and box.isChecked()
        )
        return StoryDraft(
            project_id=self.project.currentData(),
            measure_id=self.measure.currentData(),
            member_ids=members,
            photo_path=self.photo_path,
            testimonial_path=self.testimonial_path,
            remove_photo=self.remove_photo_asked and self.photo_path is None,
            remove_testimonial=self.remove_testimonial_asked and self.testimonial_path is None,
            **texts,
        )

    def _on_save_clicked(self) -> None:
        story_id = self.editor.id if self.editor is not None else None
        draft = self.draft()
        self.run(lambda: self.ctx.ops.stories.save_story(story_id, draft), self._on_saved)

    def _on_saved(self, editor: StoryEditor) -> None:
        self.photo_path = None
        self.remove_photo_asked = False
        self.testimonial_path = None
        self.remove_testimonial_asked = False
        self.photo_list.hide()
        self.editor = editor
        self._show_preview(editor.photo)
        self._render()
        self.ctx.notify(self.tr("The story is saved."), "success")
        self.run(lambda: self.ctx.ops.stories.list_stories(), self._on_stories_loaded)

    def _on_submit_clicked(self) -> None:
        if self.editor is None:
            return
        story_id = self.editor.id
        self.run(lambda: self.ctx.ops.stories.submit_story(story_id), self._on_submitted)

    def _on_submitted(self, editor: StoryEditor) -> None:
        self.editor = editor
        self._render()
        self.ctx.notify(self.tr("Submitted: it waits for a facilitator's approval."), "success")
        self.run(lambda: self.ctx.ops.stories.list_stories(), self._on_stories_loaded)

    def _on_approve_clicked(self) -> None:
        if self.editor is None:
            return
        story_id = self.editor.id
        self.run(lambda: self.ctx.ops.stories.approve_story(story_id), self._on_approved)

    def _on_approved(self, editor: StoryEditor) -> None:
        self.editor = editor
        self._render()
        self.ctx.notify(self.tr("Approved: the showcase loops show it from now on."), "success")
        self.run(lambda: self.ctx.ops.stories.list_stories(), self._on_stories_loaded)

    def _on_job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KioskError):
            self.ctx.notify(words.error_text(exc), "error")
            return
        super()._on_job_failed(exc)

    # --- the photo ------------------------------------------------------------------------

    def _on_find_photos_clicked(self) -> None:
        roots = self.ctx.settings().drives
        self.run(lambda: self.ctx.ops.stories.photo_files(roots), self._on_photo_files_found)

    def _on_photo_files_found(self, files: list[PhotoFile]) -> None:
        self.photo_files = files
        self.photo_list.clear()
        self.photo_list.show()
        if not files:
            self.photo_list.add_heading(
                self.tr("No photos found. Put in a USB drive with .jpg or .png photos.")
            )
            return
        for index, found in enumerate(files):
            self.photo_list.add_card(found.name, [found.drive], key=str(index))

    def _on_photo_list_card_activated(self, key: str) -> None:
        chosen = self.photo_files[int(key)]
        self.photo_path = chosen.path
        self.remove_photo_asked = False
        self.photo_list.hide()
        pixmap = QPixmap(chosen.path)
        self._show_pixmap(pixmap)
        self._render_photo_state()

    def _on_remove_photo_clicked(self) -> None:
        self.photo_path = None
        self.remove_photo_asked = True
        self._show_preview(None)
        self._render_photo_state()

    def _show_preview(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data is not None:
            pixmap.loadFromData(data)
        self._show_pixmap(pixmap)

    def _show_pixmap(self, pixmap: QPixmap) -> None:
        if pixmap.isNull():
            self.photo_preview.clear()
            self.photo_preview.hide()
            return
        scaled = pixmap.scaled(
            360, 240, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.photo_preview.setPixmap(scaled)
        self.photo_preview.setFixedSize(scaled.size())
        self.photo_preview.show()

    # --- the testimonial ------------------------------------------------------------------

    def _on_record_clicked(self) -> None:
        if self.audio is None:
            return
        self.audio.stop_playback()
        self._recordings += 1
        path = self._media_dir / f"recording-{self._recordings}.wav"
        self.recording = True
        self._render_testimonial_state()
        self.audio.record(
            path, on_done=self.recording_finished.emit, max_seconds=self.record_seconds
        )

    def _on_stop_clicked(self) -> None:
        if self.audio is not None:
            self.audio.stop_recording()

    def _on_recording_finished(self, path: Path | None, problem: AudioProblem | None) -> None:
        self.recording = False
        if path is not None and problem is None:
            self.testimonial_path = str(path)
            self.remove_testimonial_asked = False
        else:
            self.ctx.notify(self.tr("The recording did not work. Please try again."), "error")
        self._render_testimonial_state()

    def _on_play_clicked(self) -> None:
        if self.audio is None:
            return
        if self.testimonial_path is not None:
            self.audio.play_file(Path(self.testimonial_path), self.playback_finished.emit)
            return
        if self.editor is None:
            return
        story_id, folder = self.editor.id, self._media_dir
        self.run(
            lambda: self.ctx.ops.stories.testimonial_file(story_id, folder),
            self._on_testimonial_file_ready,
        )

    def _on_testimonial_file_ready(self, path: Path | None) -> None:
        if path is not None and self.audio is not None:
            self.audio.play_file(path, self.playback_finished.emit)

    def _on_playback_finished(self, problem: AudioProblem | None) -> None:
        if problem is not None:
            self.ctx.notify(self.tr("The recording could not be played."), "error")

    def _on_remove_testimonial_clicked(self) -> None:
        self.testimonial_path = None
        self.remove_testimonial_asked = True
        self._render_testimonial_state()


def _narrow(combo: QComboBox) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)


def _remove_files(folder: Path, *, remove_folder: bool = False) -> None:
    """Delete the screen's recordings (personal data): on reset and when the screen goes."""
    for path in folder.glob("*"):
        with contextlib.suppress(OSError):
            path.unlink()
    if remove_folder:
        with contextlib.suppress(OSError):
            folder.rmdir()
