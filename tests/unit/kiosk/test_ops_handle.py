"""The operations handle: the store opens in the worker's first job and never on the GUI
thread; a failed opening is kept."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

import pytest

from kiosk.db import Store
from kiosk.dto.catalogue import RoomOverview, StartupInfo
from kiosk.errors import ErrorCode, KioskError
from kiosk.operations import Operations
from kiosk.ops_handle import OpsHandle

T = TypeVar("T")

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def _on_worker(fn: Callable[[], T]) -> T | BaseException:
    """Run `fn` on a thread of its own (as the database worker does) and return its outcome."""
    outcome: list[T | BaseException] = []

    def body() -> None:
        try:
            outcome.append(fn())
        except BaseException as exc:  # noqa: BLE001 - the test looks at whatever was raised
            outcome.append(exc)

    thread = threading.Thread(target=body)
    thread.start()
    thread.join(30)
    return outcome[0]


def test_the_first_job_opens_the_store_whichever_it_is(store: Store) -> None:
    opened: list[threading.Thread] = []

    def opener() -> Operations:
        opened.append(threading.current_thread())
        return Operations(store, clock=lambda: NOW)

    handle = OpsHandle(opener)
    assert not handle.ready
    overview = _on_worker(lambda: handle.catalogue.room_overview())
    assert isinstance(overview, RoomOverview)
    assert handle.ready
    assert isinstance(_on_worker(handle.startup_info), StartupInfo)
    assert len(opened) == 1
    assert opened[0] is not threading.main_thread()


def test_the_gui_thread_never_opens_the_store(store: Store) -> None:
    opened: list[bool] = []

    def opener() -> Operations:
        opened.append(True)
        return Operations(store, clock=lambda: NOW)

    handle = OpsHandle(opener)
    with pytest.raises(KioskError) as caught:
        handle.checkin.find_people("ann")
    assert caught.value.code is ErrorCode.DB_UNAVAILABLE
    assert opened == []
    _on_worker(handle.startup_info)
    assert handle.checkin.find_people("ann") == []  # once open, any thread may use it


def test_a_failed_opening_is_kept_and_later_jobs_say_the_database_is_unavailable() -> None:
    tries: list[bool] = []

    def opener() -> Operations:
        tries.append(True)
        raise OSError("disk gone")

    handle = OpsHandle(opener)
    assert isinstance(_on_worker(handle.startup_info), OSError)
    later = _on_worker(lambda: handle.pin.pin_status())
    assert isinstance(later, KioskError)
    assert later.code is ErrorCode.DB_UNAVAILABLE
    assert isinstance(later.__cause__, OSError)
    assert tries == [True]
    assert not handle.ready


def test_closing_releases_the_database_and_no_job_opens_it_again(store: Store) -> None:
    opened: list[int] = []

    def opener() -> Operations:
        opened.append(1)
        return Operations(store, clock=lambda: NOW)

    handle = OpsHandle(opener)
    assert isinstance(_on_worker(lambda: handle.catalogue.room_overview()), RoomOverview)
    assert store.engine.pool.checkedin() == 1  # the job's connection, back in the pool
    handle.close()
    assert store.engine.pool.checkedin() == 0  # closed: nothing holds the file
    assert not handle.ready
    late = _on_worker(lambda: handle.catalogue.room_overview())
    assert isinstance(late, KioskError)
    assert late.code is ErrorCode.DB_UNAVAILABLE
    assert opened == [1]  # a job after closing never opens it again


def test_closing_a_handle_that_never_opened_does_nothing() -> None:
    def opener() -> Operations:
        raise AssertionError("closing must not open the store")

    handle = OpsHandle(opener)
    handle.close()
    assert not handle.ready
