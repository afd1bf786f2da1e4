"""A visitor's own settings on a real SQLite file: what "My settings" reads, and editing one's
own project without the PIN (a team member may, anyone else may not)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from kiosk.db import Store
from kiosk.dto.checkin import NewVisitor
from kiosk.dto.projects import ProjectDraft
from kiosk.errors import ErrorCode, KioskError
from kiosk.models import Project
from kiosk.operations import Operations
from kiosk.services.checkin import register_visitor


@pytest.fixture
def ops(store: Store, now: datetime) -> Operations:
    return Operations(store, clock=lambda: now)


def _person(store: Store, now: datetime, name: str, shown: bool = True) -> str:
    with store.begin() as s:
        return register_visitor(s, visitor=NewVisitor(name=name, consent_display=shown), now=now).id


DRAFT = ProjectDraft(
    title="Quicker discharge letters",
    aim="Send 90% of discharge letters within 24 hours by June.",
    topics=("data-and-charts",),
)


def test_settings_show_the_visitors_choices_and_hide_unshown_names(
    ops: Operations, store: Store, now: datetime
) -> None:
    nia = _person(store, now, "Nia Rees")
    owen = _person(store, now, "Owen Price")
    hidden = _person(store, now, "Hywel Morgan", shown=False)
    ops.coffee.set_coffee_opt_in(nia, True, date(2026, 12, 20))
    ops.coffee.set_coffee_avoid(nia, owen)
    ops.coffee.set_coffee_avoid(nia, hidden)
    ops.qnet.set_peer_supporter(
        nia, ["practical-advice", "data-and-charts"], "Run charts", "Tuesday mornings"
    )
    page = ops.projects.log_project(replace(DRAFT, member_ids=(nia,)))

    mine = ops.qnet.visitor_settings(nia)

    assert mine.first_name == "Nia"
    assert mine.coffee_opted_in
    assert mine.snoozed_until == date(2026, 12, 20)
    assert sorted(a.first_name for a in mine.avoiding) == ["", "Owen"]
    assert "Hywel" not in repr(mine)
    assert mine.supporter_active
    assert set(mine.supporter_topics) == {"practical-advice", "data-and-charts"}
    assert (mine.supporter_skills, mine.supporter_times) == ("Run charts", "Tuesday mornings")
    assert [(p.id, p.title) for p in mine.projects] == [(page.id, "Quicker discharge letters")]

    ops.qnet.set_peer_supporter(nia, mine.supporter_topics, active=False)
    ops.coffee.set_coffee_opt_in(nia, False)
    later = ops.qnet.visitor_settings(nia)
    assert not later.supporter_active
    assert not later.coffee_opted_in
    assert later.snoozed_until is None


def test_a_team_member_edits_their_project_and_anyone_else_is_refused(
    ops: Operations, store: Store, now: datetime
) -> None:
    nia = _person(store, now, "Nia Rees")
    owen = _person(store, now, "Owen Price")
    page = ops.projects.log_project(replace(DRAFT, member_ids=(nia,)))

    assert ops.projects.own_project_page(page.id, nia).title == "Quicker discharge letters"
    edited = ops.projects.edit_own_project(page.id, nia, replace(DRAFT, title="Letters in a day"))
    assert edited.title == "Letters in a day"

    with pytest.raises(KioskError) as opened:
        ops.projects.own_project_page(page.id, owen)
    assert opened.value.code is ErrorCode.NOT_TEAM_MEMBER
    with pytest.raises(KioskError) as saved:
        ops.projects.edit_own_project(page.id, owen, replace(DRAFT, title="Owen's now"))
    assert saved.value.code is ErrorCode.NOT_TEAM_MEMBER
    with store.begin() as s:
        assert s.scalar(select(Project.title).where(Project.id == page.id)) == "Letters in a day"
