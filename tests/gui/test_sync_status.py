"""The sync indicator on every screen and the facilitator's sync page, against a real register
on a loopback port, and with the register away."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from sync.tokens import TokenStore
from tests.gui.conftest import WindowFactory
from tests.gui.helpers import set_pin
from tests.integration.sync_support import free_port, running_register


def test_the_header_shows_online_after_a_sync_and_the_page_syncs_now(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        TokenStore(use_keyring=False).save(register.token("Qspace Ysbyty Glan Hafren"))
        window = make_window("--lang", "en", "--set", f"register.url={register.url}")
        indicator = window.sync_indicator
        qtbot.waitUntil(lambda: "Online" in indicator.text(), timeout=30_000)
        assert "waiting" not in indicator.text()  # everything local was pushed
        assert indicator.accessibleName() == indicator.text()

        ops = window.ctx.ops
        from kiosk.dto.checkin import NewVisitor

        ops.checkin.register_visitor(NewVisitor(name="Carwyn Synced", consent_display=True))
        set_pin(window, qtbot)
        window.navigate("sync")
        page = window.screens["sync"]
        assert window.current_screen == "sync"
        before = register.store.counts()["records"]
        page.sync_now.click()
        qtbot.waitUntil(lambda: register.store.counts()["records"] > before, timeout=30_000)
        qtbot.waitUntil(lambda: "Changes waiting: 0" in page.figures.text(), timeout=30_000)
        assert "Online" in page.state.text()


def test_with_the_register_away_the_kiosk_says_offline_and_keeps_working(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    TokenStore(use_keyring=False).save("a-token-for-a-register-that-is-away")
    window = make_window("--lang", "cy", "--set", f"register.url=http://127.0.0.1:{free_port()}")
    indicator = window.sync_indicator
    qtbot.waitUntil(lambda: "All-lein" in indicator.text(), timeout=30_000)
    window.navigate("projects")  # the kiosk carries on
    assert window.current_screen == "projects"
    assert indicator.isVisible()


def test_a_kiosk_clock_ahead_of_the_register_is_told_on_the_sync_page(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QListWidget

    def two_days_behind() -> datetime:  # the register's clock: the kiosk's is 2 days fast
        return datetime.now(UTC) - timedelta(days=2)

    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    with running_register(url, clock=two_days_behind) as register:
        TokenStore(use_keyring=False).save(register.token("Qspace Ysbyty Glan Hafren"))
        window = make_window("--lang", "en", "--set", f"register.url={register.url}")
        qtbot.waitUntil(lambda: "Online" in window.sync_indicator.text(), timeout=30_000)
        set_pin(window, qtbot)
        window.navigate("sync")
        errors = window.screens["sync"].findChild(QListWidget, "sync.errors")
        assert errors is not None

        def told() -> bool:
            lines = [errors.item(row).text() for row in range(errors.count())]
            return any("clock is 2 days ahead of the register" in line for line in lines)

        qtbot.waitUntil(told, timeout=30_000)
