"""The daily backup's schedule, the set-up form's checks and the demo removal's summary."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.config import Settings
from kiosk.dto.golive import DemoRemoval, KindCount
from kiosk.errors import ErrorCode, KioskError
from screens.presenters.backups import ms_until_next_backup, next_backup
from screens.presenters.events import ROOM_ZONE
from screens.presenters.golive import demo_summary
from screens.presenters.setup import check_setup


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Before closing (18:00 in London, winter = UTC): today at 18:10.
        (datetime(2026, 12, 7, 9, 0, tzinfo=UTC), datetime(2026, 12, 7, 18, 10, tzinfo=UTC)),
        # Just after the day's backup: tomorrow.
        (datetime(2026, 12, 7, 18, 10, tzinfo=UTC), datetime(2026, 12, 8, 18, 10, tzinfo=UTC)),
        # Summer time (BST = UTC+1): 18:10 in London is 17:10 UTC.
        (datetime(2026, 7, 1, 12, 0, tzinfo=UTC), datetime(2026, 7, 1, 17, 10, tzinfo=UTC)),
        # The evening before the clocks go forward (29 March 2026): next day's 18:10 BST.
        (datetime(2026, 3, 28, 20, 0, tzinfo=UTC), datetime(2026, 3, 29, 17, 10, tzinfo=UTC)),
    ],
)
def test_the_daily_backup_runs_ten_minutes_after_closing_time(
    now: datetime, expected: datetime
) -> None:
    assert next_backup(now, "18:00", ROOM_ZONE) == expected
    assert ms_until_next_backup(now, "18:00", ROOM_ZONE) == int(
        (expected - now).total_seconds() * 1000
    )


def test_the_wait_is_never_under_a_second() -> None:
    just_before = datetime(2026, 12, 7, 18, 9, 59, 999000, tzinfo=UTC)
    assert ms_until_next_backup(just_before, "18:00", ROOM_ZONE) == 1000


def _values(**changes: str) -> dict[str, str]:
    values = {
        "room.name": "Ystafell Ansawdd",
        "room.health_board": "Cardiff and Vale University Health Board",
        "room.default_language": "cy",
        "register.url": "",
    }
    values.update(changes)
    return values


def test_set_up_gives_the_settings_and_trims_what_was_typed() -> None:
    choices = check_setup(
        Settings(), _values(**{"room.name": "  Qspace Llandochau "}), token=" abc ", demo=True
    )
    assert choices.settings.room_name == "Qspace Llandochau"
    assert choices.settings.default_language == "cy"
    assert choices.token == "abc"
    assert choices.demo


@pytest.mark.parametrize(
    ("changes", "token", "setting"),
    [
        ({"room.name": " "}, "", "room.name"),
        ({"room.health_board": ""}, "", "room.health_board"),
        ({"register.url": "register.example"}, "", "register.url"),
        ({"register.url": "http://register.example"}, "", "register.url"),
        ({}, "two words", "register.token"),
    ],
)
def test_set_up_names_the_first_bad_field(
    changes: dict[str, str], token: str, setting: str
) -> None:
    with pytest.raises(KioskError) as caught:
        check_setup(Settings(), _values(**changes), token=token, demo=False)
    assert caught.value.code is ErrorCode.CONFIG_BAD_VALUE
    assert caught.value.params["setting"] == setting


def test_the_demo_summary_groups_the_kinds_a_facilitator_knows() -> None:
    removal = DemoRemoval(
        removed=(
            KindCount("person", 200),
            KindCount("visit", 600),
            KindCount("project", 40),
            KindCount("data_point", 300),
            KindCount("thanks_note", 12),
        ),
        kept=(KindCount("event", 1),),
        real_records=9,
    )
    summary = demo_summary(removal)
    assert (summary.people, summary.visits, summary.projects, summary.events) == (200, 600, 40, 0)
    assert summary.other == 312
    assert summary.kept_demo == 1
    assert summary.real_records == 9
