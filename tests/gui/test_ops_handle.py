"""Jobs submitted before the store is open wait for it and are never dropped."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from app.cli import run_parser
from app.wiring import launch_from, open_operations, window_for
from kiosk.dto.catalogue import RoomOverview, StartupInfo
from kiosk.operations import Operations
from kiosk.ops_handle import OpsHandle
from screens.worker import TaskRunner

pytestmark = pytest.mark.gui


def test_a_job_submitted_before_the_store_open_job_runs_with_the_open_store(
    qtbot: QtBot, db_url: str
) -> None:
    opened: list[threading.Thread] = []

    def opener() -> Operations:
        opened.append(threading.current_thread())
        return open_operations(db_url)

    runner = TaskRunner(start=False)
    handle = OpsHandle(opener)
    overviews: list[RoomOverview] = []
    infos: list[StartupInfo] = []
    errors: list[BaseException] = []
    # Queued before the store-open job exists, and before the worker has started.
    runner.submit(lambda: handle.catalogue.room_overview(), overviews.append, errors.append)
    runner.submit(handle.startup_info, infos.append, errors.append)
    assert not handle.ready
    try:
        runner.start()
        assert runner.wait_idle()
    finally:
        runner.shutdown()
    assert errors == []
    assert len(overviews) == 1
    assert overviews[0].active_projects > 0  # the demo room, seeded at the first opening
    assert len(infos) == 1
    assert infos[0].is_demo
    assert len(opened) == 1
    assert opened[0] is not threading.main_thread()


def test_the_window_runs_jobs_queued_before_its_worker_starts(qtbot: QtBot, db_url: str) -> None:
    args = run_parser().parse_args(
        ["--db", db_url, "--set", "audio.enabled=false", "--screen", "home", "--lang", "en"]
    )
    window = window_for(launch_from(args), start_worker="never", audio=False)
    qtbot.addWidget(window)
    overviews: list[RoomOverview] = []
    errors: list[BaseException] = []
    window.runner.submit(
        lambda: window.ctx.ops.catalogue.room_overview(), overviews.append, errors.append
    )
    assert not window.ctx.ops.ready
    try:
        window.runner.start()
        assert window.runner.wait_idle()
        assert errors == []
        assert len(overviews) == 1
        assert window.ctx.ops.ready
    finally:
        window.runner.wait_idle()
        if shiboken6.isValid(window):
            window._may_close = True
            window.close()
        window.runner.wait_idle()
        window.runner.shutdown()
