"""The settings screen saves a checked config file; an unexpected error returns to attract."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.config import load_settings
from screens.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin

pytestmark = pytest.mark.gui


@pytest.fixture
def settings_window(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> tuple[MainWindow, Path]:
    config = tmp_path / "config.toml"
    config.write_text('[room]\nname = "Qspace Caerdydd"\n', encoding="utf-8")
    window = make_window("--lang", "en", "--config", str(config))
    set_pin(window, qtbot)
    window.navigate("settings")
    return window, config


def test_saving_settings_writes_the_file_and_applies_it(
    settings_window: tuple[MainWindow, Path], qtbot: QtBot
) -> None:
    window, config = settings_window
    screen = window.settings_screen
    assert screen.room_name.text() == "Qspace Caerdydd"
    screen.idle.setValue(120)
    screen.large_text.setChecked(True)
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Settings saved."
    saved = load_settings(config)
    assert saved.idle_timeout_s == 120
    assert saved.large_text
    assert saved.room_name == "Qspace Caerdydd"
    assert window.idle_timer.interval() == 120_000


def test_a_bad_field_is_named_and_nothing_is_saved(
    settings_window: tuple[MainWindow, Path], qtbot: QtBot
) -> None:
    window, config = settings_window
    before = config.read_text(encoding="utf-8")
    screen = window.settings_screen
    screen.closing.setText("6pm")
    screen.idle.setValue(30)
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    assert (
        screen.message.text() == "“Closing time (HH:MM)” is not right: please check it. "
        "Nothing was saved."
    )
    assert config.read_text(encoding="utf-8") == before
    assert window.idle_timer.interval() == 90_000
    assert screen.closing.hasFocus()


def test_an_uncaught_error_returns_to_attract_with_a_friendly_banner(
    window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    from app.run import install_excepthook

    window.navigate("projects")
    saved = sys.excepthook
    try:
        install_excepthook(window)
        error = RuntimeError("boom")
        with caplog.at_level(logging.ERROR):
            sys.excepthook(RuntimeError, error, None)
    finally:
        sys.excepthook = saved
    assert window.current_screen == "attract"
    assert window.banner.isVisible()
    assert window.banner.text.text() == (
        "Sorry, something went wrong. We have gone back to the start."
    )
    assert "uncaught RuntimeError" in caplog.text


def test_a_failed_database_job_shows_a_message_not_a_traceback(
    window: MainWindow, qtbot: QtBot
) -> None:
    def broken() -> None:
        raise OSError("disk gone")

    screen = window.screens["home"]
    screen.run(broken, lambda _result: None)
    qtbot.waitUntil(window.banner.isVisible)
    assert window.banner.text.text() == (
        "Sorry, that did not work. Please try again or ask a facilitator."
    )


def test_the_facilitator_timeout_is_on_the_form_and_saved_and_applied(
    settings_window: tuple[MainWindow, Path], qtbot: QtBot
) -> None:
    window, config = settings_window
    screen = window.settings_screen
    field = screen.fields["kiosk.facilitator_timeout_s"][1]
    assert field.objectName() == "settings.facilitator_timeout"
    assert field.accessibleName() == "Ask for the PIN again after (seconds)"
    assert field.value() == 300  # the default, read from the settings
    field.selectAll()
    qtbot.keyClicks(field, "999999")  # more than a day: the field stops at the rule's limit
    assert field.value() <= 86400
    field.selectAll()
    qtbot.keyClicks(field, "600")
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Settings saved."
    assert load_settings(config).facilitator_timeout_s == 600
    assert window.navigation.max_s == 600
