"""A fresh install: the set-up page, the PIN, then visitors at once (the demo seeding meanwhile);
and a damaged database starting on the recovery page."""

from __future__ import annotations

import gc
import sqlite3
import stat
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk import backup, paths
from kiosk.db import get_state, make_engine, migrate
from kiosk.dto.checkin import NewVisitor
from kiosk.models import Department, Person
from screens.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def launch(qtbot: QtBot) -> Iterator[Any]:
    """Build windows as `main.py run` does on this machine (the default database and config,
    in the test's own directories), each closed and its workers stopped afterwards."""
    from app.wiring import build_window

    built: list[MainWindow] = []

    def make(*args: str) -> MainWindow:
        window = build_window(["--set", "audio.enabled=false", *args])
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.runner.wait_idle()
        built.append(window)
        return window

    yield make
    for window in built:
        window.runner.wait_idle()
        window.background.wait_idle()
        if shiboken6.isValid(window):
            window._may_close = True
            window.close()
        window.runner.shutdown()
        window.background.shutdown()
    gc.collect()


def click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_pin(window: MainWindow, qtbot: QtBot, pin: str) -> None:
    for digit in pin:
        click(qtbot, window.pin.digits[digit])
    click(qtbot, window.pin.ok)


def test_a_fresh_install_is_set_up_then_takes_visitors_while_the_demo_seeds(
    launch: Any, qtbot: QtBot
) -> None:
    window = launch("--lang", "en")
    assert window.current_screen == "setup"
    setup: Any = window.screens["setup"]
    qtbot.waitUntil(lambda: window.ops_ready())
    assert window.current_screen == "setup"  # the store opened: still set-up, no demo yet
    with window.store.begin() as session:
        assert session.scalar(select(func.count()).select_from(Department)) == 0

    # A mistake is named, and nothing is written.
    setup.room_name.setText("")
    click(qtbot, setup.next)
    assert setup.message.text() == "“Room name” is not right: please check it. Nothing was saved."
    assert not paths.config_file().exists()

    setup.room_name.setText("Ystafell Ansawdd Glan Clwyd")
    setup.health_board.setText("Betsi Cadwaladr University Health Board")
    click(qtbot, setup.lang_buttons["cy"])
    setup.register_url.setText("http://register.example")  # not https: refused
    click(qtbot, setup.next)
    assert window.current_screen == "setup"
    setup.register_url.setText("https://register.example.nhs.wales")
    setup.token.setText("tok-123-abc")
    click(qtbot, setup.start_demo)
    click(qtbot, setup.next)
    assert window.current_screen == "pin"
    type_pin(window, qtbot, "2580")
    type_pin(window, qtbot, "2580")
    qtbot.waitUntil(lambda: window.current_screen == "attract")

    # A visitor registers at once, while the demo seeds on the background lane.
    registered: list[str] = []
    window.runner.submit(
        lambda: window.ctx.ops.checkin.register_visitor(
            NewVisitor(name="Gwenllian Jones", language="cy", consent_display=True)
        ),
        lambda match: registered.append(str(match.id)),
    )
    qtbot.waitUntil(lambda: bool(registered), timeout=30000)
    window.background.wait_idle()
    qtbot.waitUntil(lambda: window.header.demo.isVisible())

    written = tomllib.loads(paths.config_file().read_text("utf-8"))
    assert written["room"]["name"] == "Ystafell Ansawdd Glan Clwyd"
    assert written["room"]["health_board"] == "Betsi Cadwaladr University Health Board"
    assert written["room"]["default_language"] == "cy"
    assert written["register"]["url"] == "https://register.example.nhs.wales"
    token_file = paths.data_dir() / "device-token"
    assert token_file.read_text("utf-8") == "tok-123-abc"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert "tok-123-abc" not in paths.config_file().read_text("utf-8")
    assert window.languages.current == "cy"
    with window.store.begin() as session:
        person = session.get_one(Person, registered[0])
        assert person.display_name == "Gwenllian Jones"
        assert get_state(session, "pin_hash") is not None
        assert get_state(session, "initialised") is not None
        assert get_state(session, "demo_seed") == "1"


def test_an_empty_start_has_no_demo_and_the_next_start_skips_set_up(
    launch: Any, qtbot: QtBot
) -> None:
    window = launch("--lang", "en")
    setup: Any = window.screens["setup"]
    setup.health_board.setText("Hywel Dda University Health Board")
    click(qtbot, setup.next)
    click(qtbot, window.pin.cancel)  # the PIN pad's Cancel goes back to set-up
    assert window.current_screen == "setup"
    click(qtbot, setup.next)
    type_pin(window, qtbot, "1397")
    type_pin(window, qtbot, "1397")
    qtbot.waitUntil(lambda: window.current_screen == "attract")
    window.runner.wait_idle()
    window.background.wait_idle()
    assert not window.header.demo.isVisible()
    with window.store.begin() as session:
        assert session.scalar(select(func.count()).select_from(Department)) == 0
        assert get_state(session, "demo_seed") is None

    again = launch("--lang", "en")
    qtbot.waitUntil(lambda: again.ops_ready())
    again.runner.wait_idle()
    assert again.current_screen == "attract"
    assert again.settings.health_board == "Hywel Dda University Health Board"


def test_an_existing_database_given_with_db_never_shows_set_up(
    launch: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    migrate(make_engine(url))
    window = launch("--db", url, "--lang", "en")
    qtbot.waitUntil(lambda: window.ops_ready())
    window.runner.wait_idle()
    assert window.current_screen != "setup"


def _corrupt(path: Path) -> None:
    """Overwrite pages in the middle of a real SQLite file with rubbish."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 3)
        handle.write(b"\xde\xad\xbe\xef" * (size // 12))


def _room_with_backup(url: str, *, with_backup: bool) -> Path:
    from app.wiring import open_store
    from kiosk.services.pin import hash_pin

    store = open_store(url)  # the demo room
    with store.begin() as session:
        from kiosk.db import set_state

        set_state(session, "pin_hash", hash_pin("4826"))
    store.engine.dispose()
    path = backup.database_path(url)
    assert path is not None
    if with_backup:
        backup.make_backup(path, backup.backup_dir_for(path), now=datetime(2026, 12, 1, tzinfo=UTC))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _corrupt(path)
    return path


def test_a_damaged_database_offers_the_newest_backup_and_runs_after_the_pin(
    launch: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    path = _room_with_backup(url, with_backup=True)
    window = launch("--db", url, "--lang", "en")
    qtbot.waitUntil(lambda: window.current_screen == "recovery")
    page: Any = window.screens["recovery"]
    qtbot.waitUntil(lambda: page.restore.isVisible())
    assert "The newest good backup was made on 01/12/2026" in page.text.text()
    assert not page.fresh.isVisible()
    page.pin.setText("1111")
    click(qtbot, page.restore)
    qtbot.waitUntil(lambda: page.message.text() == "That PIN is not right.")
    page.pin.setText("4826")
    click(qtbot, page.restore)
    qtbot.waitUntil(lambda: window.current_screen == "attract")
    qtbot.waitUntil(lambda: window.ops_ready(), timeout=30000)
    window.runner.wait_idle()
    with window.store.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) > 0
    assert list(path.parent.glob("room.sqlite3.damaged-*"))  # kept aside for IT


def test_a_damaged_database_without_a_backup_can_start_afresh(
    launch: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    path = _room_with_backup(url, with_backup=False)
    damaged = path.read_bytes()
    window = launch("--db", url, "--lang", "en")
    qtbot.waitUntil(lambda: window.current_screen == "recovery")
    page: Any = window.screens["recovery"]
    window.runner.wait_idle()
    assert page.text.text().startswith("No good backup was found.")
    assert page.fresh.isVisible()
    assert not page.restore.isVisible()
    page.pin.setText("4826")
    click(qtbot, page.fresh)
    qtbot.waitUntil(lambda: window.current_screen == "attract")
    qtbot.waitUntil(lambda: window.ops_ready(), timeout=30000)
    window.runner.wait_idle()
    (aside,) = path.parent.glob("room.sqlite3.damaged-*[0-9]Z")
    assert aside.read_bytes() == damaged
    assert backup.check_integrity(path).ok  # a new, whole database in its place
