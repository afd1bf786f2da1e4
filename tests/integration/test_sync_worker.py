"""The sync worker thread: syncs at start and on trigger, reports status, goes offline when the
register is away and comes back on its own as soon as the register answers again."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from kiosk.dto.checkin import NewVisitor
from kiosk.models import Outbox
from sync.worker import SyncStatus, SyncWorker
from tests.integration.sync_support import make_kiosk, running_register


class Statuses:
    """Collects every status the worker publishes; waits for one that matches."""

    def __init__(self) -> None:
        self.seen: list[SyncStatus] = []
        self._changed = threading.Condition()

    def __call__(self, status: SyncStatus) -> None:
        with self._changed:
            self.seen.append(status)
            self._changed.notify_all()

    def wait_for(self, test: Callable[[SyncStatus], bool], timeout: float = 30) -> SyncStatus:
        with self._changed:
            found = self._changed.wait_for(
                lambda: bool(self.seen) and test(self.seen[-1]), timeout=timeout
            )
            assert found, self.seen[-3:]
            return self.seen[-1]


def test_the_worker_syncs_reports_and_recovers_when_the_register_returns(
    tmp_path: Path, now: datetime
) -> None:
    db = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    kiosk = make_kiosk(tmp_path, "a", now)
    statuses = Statuses()
    with running_register(db) as register:
        port = register.port
        kiosk.token = register.token("a")
        kiosk.ops.checkin.register_visitor(NewVisitor(name="Siân Jones", new_department="Pharmacy"))
        worker = SyncWorker(
            kiosk.store,
            register_url=register.url,
            token=kiosk.token,
            interval_s=3600,
            probe_s=0.1,
            clock=kiosk.clock,
            on_status=statuses,
        )
        worker.start()
        try:
            synced = statuses.wait_for(lambda s: s.state == "online")
            assert (synced.pending, synced.dead, synced.online) == (0, 0, True)
            assert synced.last_success is not None
            assert register.store.counts()["changes"] == 2
        finally:
            register.stop()
        try:
            kiosk.ops.checkin.register_visitor(
                NewVisitor(name="Owain Price", new_department="Pharmacy")
            )
            worker.trigger()
            offline = statuses.wait_for(lambda s: s.state == "offline")
            assert offline.pending == 1  # the person (the department exists)
            assert offline.next_attempt_in_s is not None
            assert offline.next_attempt_in_s <= 300
            assert "unreachable" in offline.recent_errors[-1][1]
            assert "Owain" not in repr(offline)

            with running_register(db, port) as back:
                # no trigger: the worker's probe notices the register and syncs at once
                again = statuses.wait_for(lambda s: s.state == "online" and s.pending == 0)
                assert again.last_success is not None
                assert again.last_success > synced.last_success
                assert back.store.counts()["changes"] == 3
                assert worker.status() == statuses.seen[-1]
        finally:
            worker.stop()


def test_a_refused_token_stops_the_worker_until_triggered(tmp_path: Path, now: datetime) -> None:
    kiosk = make_kiosk(tmp_path, "a", now)
    statuses = Statuses()
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        worker = SyncWorker(
            kiosk.store, register_url=register.url, token="wrong", probe_s=0.1,
            clock=kiosk.clock, on_status=statuses,
        )  # fmt: skip
        worker.start()
        try:
            refused = statuses.wait_for(lambda s: s.state == "refused")
            assert refused.recent_errors[-1][1] == "register refused the token (token_invalid)"
        finally:
            worker.stop()


def test_dead_letters_are_listed_and_can_be_retried(tmp_path: Path, now: datetime) -> None:
    kiosk = make_kiosk(tmp_path, "a", now)
    kiosk.ops.checkin.register_visitor(NewVisitor(name="Nia Lewis", new_department="Pharmacy"))
    with kiosk.store.begin() as s:  # a change the register must refuse
        change = s.scalars(select(Outbox).order_by(Outbox.seq)).first()
        assert change is not None
        change.payload = {**change.payload, "name_en": "x" * 500}
    statuses = Statuses()
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        worker = SyncWorker(
            kiosk.store, register_url=register.url, token=register.token("a"), probe_s=0.1,
            clock=kiosk.clock, on_status=statuses,
        )  # fmt: skip
        worker.start()
        try:
            done = statuses.wait_for(lambda s: s.state == "online")
            [dead] = worker.dead_letters()
            assert dead.entity == "department"
            assert dead.reason == "name_en: longer than 120 characters"
            # the register has no foreign keys: the person went through on its own
            assert done.dead == 1
            with kiosk.store.begin() as s:
                fixed = s.get_one(Outbox, 1)
                fixed.payload = {**fixed.payload, "name_en": "Pharmacy"}
            assert worker.retry_dead_letters() == 1
            statuses.wait_for(lambda s: s.state == "online" and s.dead == 0 and s.pending == 0)
            assert register.store.counts()["records"] == 2
        finally:
            worker.stop()
