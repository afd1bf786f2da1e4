"""Settings (behind the PIN): the room's name, language, timings, text size and kiosk mode."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from kiosk.config import Settings
from kiosk.errors import ErrorCode, KioskError
from screens import words
from screens.base import Screen, ScreenContext
from screens.presenters.settings import save_form
from screens.widgets import Button, label, named


class SettingsScreen(Screen):
    """A form over the config file; saving checks every field and writes the file whole."""

    name = "settings"
    settings_saved = Signal(object)

    def __init__(
        self, ctx: ScreenContext, config_path: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self._config_path = config_path
        self.title = label("settings.title", "h1")
        self.body.addWidget(self.title)
        form_host = QWidget()
        form_host.setProperty("screen", True)
        self.form = QFormLayout(form_host)
        self.form.setSpacing(18)
        self.form.setHorizontalSpacing(32)
        self.room_name = named(QLineEdit(), "settings.room_name")
        self.room_name.setMaxLength(60)
        self.language = named(QComboBox(), "settings.default_language")
        self.language.addItem("Cymraeg", "cy")
        self.language.addItem("English", "en")
        self.idle = named(QSpinBox(), "settings.idle_timeout")
        self.idle.setRange(5, 3600)
        self.idle.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.facilitator_timeout = named(QSpinBox(), "settings.facilitator_timeout")
        self.facilitator_timeout.setRange(0, 86400)
        self.facilitator_timeout.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.large_text = named(QCheckBox(), "settings.large_text")
        self.kiosk_mode = named(QCheckBox(), "settings.kiosk_mode")
        self.closing = named(QLineEdit(), "settings.closing_time")
        self.closing.setMaxLength(5)
        self.retention = named(QSpinBox(), "settings.retention_days")
        self.retention.setRange(1, 3650)
        self.retention.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.register_url = named(QLineEdit(), "settings.register_url")
        self.primary = named(QLineEdit(), "settings.primary")
        self.primary.setMaxLength(7)
        self.accent = named(QLineEdit(), "settings.accent")
        self.accent.setMaxLength(7)
        self.fields: dict[str, tuple[QLabel, QWidget]] = {}
        for key, widget in (
            ("room.name", self.room_name),
            ("room.default_language", self.language),
            ("kiosk.idle_timeout_s", self.idle),
            ("kiosk.facilitator_timeout_s", self.facilitator_timeout),
            ("kiosk.large_text", self.large_text),
            ("kiosk.mode", self.kiosk_mode),
            ("room.closing_time", self.closing),
            ("privacy.retention_days", self.retention),
            ("register.url", self.register_url),
            ("branding.primary", self.primary),
            ("branding.accent", self.accent),
        ):
            caption = label(f"settings.caption.{key}", wrap=False)
            caption.setBuddy(widget)
            self.form.addRow(caption, widget)
            self.fields[key] = (caption, widget)
        scroll = QScrollArea()
        scroll.setObjectName("settings.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_host)
        self.body.addWidget(scroll, 1)
        self.message = label("settings.message", "lead")
        self.body.addWidget(self.message)
        row = QHBoxLayout()
        self.save = Button("settings.save", "primary")
        self.save.clicked.connect(self._on_save_clicked)
        self.cancel = Button("settings.cancel")
        self.cancel.clicked.connect(self._on_cancel_clicked)
        row.addWidget(self.save)
        row.addWidget(self.cancel)
        row.addStretch(1)
        self.body.addLayout(row)
        self.retranslate()
        self.load(ctx.settings())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        captions = {
            "room.name": self.tr("Room name"),
            "room.default_language": self.tr("Language at the start"),
            "kiosk.idle_timeout_s": self.tr("Return to welcome after (seconds idle)"),
            "kiosk.facilitator_timeout_s": self.tr("Ask for the PIN again after (seconds)"),
            "kiosk.large_text": self.tr("Large text"),
            "kiosk.mode": self.tr("Kiosk mode (full screen, PIN to leave)"),
            "room.closing_time": self.tr("Closing time (HH:MM)"),
            "privacy.retention_days": self.tr("Keep visit records for (days)"),
            "register.url": self.tr("Central register address"),
            "branding.primary": self.tr("Main colour (#RRGGBB)"),
            "branding.accent": self.tr("Accent colour (#RRGGBB)"),
        }
        for key, text in captions.items():
            caption, widget = self.fields[key]
            caption.setText(text)
            widget.setAccessibleName(text)
        self.large_text.setText(self.tr("On"))
        self.kiosk_mode.setText(self.tr("On"))
        self.save.set_text(self.tr("Save settings"))
        self.cancel.set_text(self.tr("Cancel"))

    def load(self, settings: Settings) -> None:
        """Fill the form from `settings`."""
        self.room_name.setText(settings.room_name)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.default_language)))
        self.idle.setValue(settings.idle_timeout_s)
        self.facilitator_timeout.setValue(settings.facilitator_timeout_s)
        self.large_text.setChecked(settings.large_text)
        self.kiosk_mode.setChecked(settings.kiosk_mode)
        self.closing.setText(settings.closing_time)
        self.retention.setValue(settings.retention_days)
        self.register_url.setText(settings.register_url)
        self.primary.setText(settings.primary_colour)
        self.accent.setText(settings.accent_colour)

    def reset(self) -> None:
        self.load(self.ctx.settings())
        self.message.clear()

    def shown(self) -> None:
        self.reset()

    def values(self) -> dict[str, str]:
        """The form as config key → text."""
        return {
            "room.name": self.room_name.text(),
            "room.default_language": str(self.language.currentData()),
            "kiosk.idle_timeout_s": str(self.idle.value()),
            "kiosk.facilitator_timeout_s": str(self.facilitator_timeout.value()),
            "kiosk.large_text": str(self.large_text.isChecked()).lower(),
            "kiosk.mode": str(self.kiosk_mode.isChecked()).lower(),
            "room.closing_time": self.closing.text(),
            "privacy.retention_days": str(self.retention.value()),
            "register.url": self.register_url.text(),
            "branding.primary": self.primary.text(),
            "branding.accent": self.accent.text(),
        }

    def _on_save_clicked(self) -> None:
        try:
            updated = save_form(self.ctx.settings(), self.values(), self._config_path())  # type: ignore[arg-type]
        except KioskError as error:
            self._show_error(error)
            return
        except OSError:
            self.message.setText(
                self.tr("The settings file could not be written. Nothing was changed.")
            )
            return
        self.message.setText(self.tr("Settings saved."))
        self.settings_saved.emit(updated)

    def _show_error(self, error: KioskError) -> None:
        key = str(error.params.get("setting", ""))
        caption, widget = self.fields.get(key, (None, None))
        name = caption.text() if caption is not None else key
        if error.code is ErrorCode.CONFIG_BAD_VALUE:
            self.message.setText(words.error_text(error, name=name))
        else:
            self.message.setText(self.tr("The settings could not be saved."))
        if widget is not None:
            widget.setFocus()

    def _on_cancel_clicked(self) -> None:
        self.reset()
        self.ctx.navigate("facilitator")
