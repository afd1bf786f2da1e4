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
