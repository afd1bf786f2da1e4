"""Kiosks edit offline, then sync with a real register in every order: all end up the same."""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.dto.checkin import NewVisitor
from kiosk.models import Outbox, Project, Stage
from sync.client import UnreachableError
from sync.register.store import RegChange, RegRecord
from tests.integration.sync_support import (
    FaultyProxy,
    Kiosk,
    RunningRegister,
    make_kiosk,
    running_register,
)


def _kiosks(tmp_path: Path, register: RunningRegister, now: datetime, n: int) -> list[Kiosk]:
    kiosks = []
    for index in range(n):
        kiosk = make_kiosk(tmp_path, f"room{index}", now)
        kiosk.token = register.token(f"room{index}")
        kiosks.append(kiosk)
    return kiosks


def _shared_project(kiosk: Kiosk) -> str:
    with kiosk.store.begin() as s:
        project = Project(title="Falls prevention", aim="Fewer falls on ward 4")
        s.add(project)
        s.flush()
        return project.id


def _offline_edits(kiosks: list[Kiosk], project_id: str) -> None:
    """Every kiosk registers and checks in a visitor and edits the shared project."""
    names = ["Siân Jones", "Owain Price", "Nia Lewis"]
    stages = [Stage.TESTING, Stage.MEASURES, Stage.SPREADING]
    start = max(k.clock.now for k in kiosks)
    for index, kiosk in enumerate(kiosks):
        kiosk.clock.now = start + timedelta(minutes=index)  # room2 writes last
        result = kiosk.ops.checkin.register_and_check_in(
            NewVisitor(name=names[index], new_department=f"Ward {index}", consent_display=True),
            ["wellbeing"],
            None,
        )
        if index == 0:
            kiosk.ops.checkin.check_out(result.visit_id)
        with kiosk.store.begin() as s:
            project = s.get_one(Project, project_id)
            project.stage = stages[index]  # the same field everywhere: the latest HLC wins
            if index == 1:
                project.aim = "Fewer falls on every ward"  # a field only this kiosk sets
            if index == 2:
                project.seeking_collaborators = True


def _assert_converged(kiosks: list[Kiosk]) -> None:
    first = kiosks[0]
    for other in kiosks[1:]:
        assert other.exports() == first.exports()
        assert other.tables() == first.tables()


@pytest.mark.slow
@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_offline_edits_converge_in_every_order_of_syncs(
    tmp_path: Path, now: datetime, order: tuple[int, ...]
) -> None:
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        kiosks = _kiosks(tmp_path, register, now, 3)
        project_id = _shared_project(kiosks[0])
        kiosks[0].sync(register.url)
        for kiosk in kiosks[1:]:
            kiosk.sync(register.url)
        _offline_edits(kiosks, project_id)

        for _round in range(2):
            for index in order:
                kiosks[index].sync(register.url)

        _assert_converged(kiosks)
        exports = kiosks[0].exports()
        assert len(exports["people"]) == 1 + 3
        assert len(exports["visits"]) == 1 + 3
        [header, project] = exports["projects"]
        row = dict(zip(header, project, strict=True))
        # per field: the aim from room1, the collaborators flag from room2 both survive; the
        # stage is the one written last (room2)
        assert row["aim"] == "Fewer falls on every ward"
        assert row["seeking_collaborators"] == "true"
        assert row["stage"] == "spreading"
        for kiosk in kiosks:
            with kiosk.store.begin() as s:
                waiting = s.scalar(
                    select(func.count()).select_from(Outbox).where(Outbox.sent_at.is_(None))
                )
            assert waiting == 0


def test_a_pull_never_overwrites_a_newer_local_change_not_yet_pushed(
    tmp_path: Path, now: datetime
) -> None:
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        a, b = _kiosks(tmp_path, register, now, 2)
        project_id = _shared_project(a)
        a.sync(register.url)
        b.sync(register.url)
        with a.store.begin() as s:
            s.get_one(Project, project_id).title = "Older title"
        a.sync(register.url)
        b.clock.now = a.clock.now + (a.clock.now - now)  # b's edit is later
        with b.store.begin() as s:
            s.get_one(Project, project_id).title = "Newer local title"
        # pull only: the register's older title must not replace the pending local one
        from sync.engine import pull_all

        client = b.client(register.url)
        pull_all(b.store, client, now=b.clock())
        client.close()
        with b.store.begin() as s:
            assert s.get_one(Project, project_id).title == "Newer local title"
        b.sync(register.url)
        a.sync(register.url)
        _assert_converged([a, b])
        with a.store.begin() as s:
            assert s.get_one(Project, project_id).title == "Newer local title"


def test_a_resend_after_a_lost_answer_makes_no_duplicate(tmp_path: Path, now: datetime) -> None:
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        [kiosk] = _kiosks(tmp_path, register, now, 1)
        kiosk.ops.checkin.register_visitor(
            NewVisitor(name="Carys Bowen", new_department="Pharmacy")
        )
        faults = iter(["pass", "lose"])  # the clock probe gets through, the push's answer not
        proxy = FaultyProxy(register.port, lambda: next(faults, "pass"))
        try:
            with pytest.raises(UnreachableError):
                kiosk.sync(proxy.url)
            with kiosk.store.begin() as s:  # not acknowledged: still waiting
                assert s.scalar(select(func.count()).where(Outbox.sent_at.is_(None))) == 2
            report = kiosk.sync(proxy.url)
        finally:
            proxy.close()
        assert report.push.sent == 2
        assert report.push.duplicates == 2
        counts = register.store.counts()
        assert (counts["records"], counts["changes"]) == (2, 2)


@pytest.mark.slow
def test_kiosks_converge_through_a_proxy_that_drops_delays_and_cuts(
    tmp_path: Path, now: datetime
) -> None:
    rng = random.Random(7)
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as register:
        kiosks = _kiosks(tmp_path, register, now, 3)
        project_id = _shared_project(kiosks[0])
        kiosks[0].sync(register.url)
        for kiosk in kiosks[1:]:
            kiosk.sync(register.url)
        _offline_edits(kiosks, project_id)
        proxy = FaultyProxy(
            register.port, lambda: rng.choice(["pass", "pass", "drop", "cut", "delay", "lose"])
        )
        failures = 0
        try:
            for _round in range(2):
                for kiosk in kiosks:
                    for _attempt in range(40):
                        try:
                            kiosk.sync(proxy.url)
                            break
                        except UnreachableError:
                            failures += 1
                    else:
                        pytest.fail("never got through the proxy")
        finally:
            proxy.close()
        assert failures > 0  # the proxy did get in the way
        _assert_converged(kiosks)
        with register.store.engine.connect() as conn:
            changes = conn.scalar(select(func.count()).select_from(RegChange))
            records = conn.scalar(select(func.count()).select_from(RegRecord))
        queued = sum(_outbox_size(k) for k in kiosks)
        assert changes == queued  # every change once, none twice
        assert records == sum(len(rows) for rows in kiosks[0].tables().values()) - 8  # topics


def _outbox_size(kiosk: Kiosk) -> int:
    with kiosk.store.begin() as s:
        return int(s.scalar(select(func.count()).select_from(Outbox)) or 0)
