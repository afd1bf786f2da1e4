"""Group sessions (issue 6): agendas, the clock's segments, cards, dot votes, actions, feedback."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from kiosk.dto.sessions import (
    ActionView,
    BallotStatus,
    ContributionView,
    SessionDetail,
    SessionListItem,
    SessionTemplateOption,
    VoteResult,
)
from kiosk.operations.base import Feature
from kiosk.services import sessions


class SessionsOps(Feature):
    """Group sessions: each method one transaction."""

    def session_templates(self) -> list[SessionTemplateOption]:
        """The session templates (no database needed)."""
        return sessions.session_templates()

    def list_sessions(self) -> list[SessionListItem]:
        """Every session, newest first."""
        with self._store.begin() as session:
            return sessions.list_sessions(session)

    def create_session(
        self,
        title: str,
        template: str | None,
        lang: str,
        event_id: str | None = None,
        votes_per_person: int = 3,
        teams: Sequence[str] = (),
    ) -> SessionDetail:
        """A new session from a template or from scratch."""
        with self._store.begin() as session:
            return sessions.create_session(
                session,
                title=title,
                template=template,
                lang=lang,
                event_id=event_id,
                votes_per_person=votes_per_person,
                teams=teams,
                now=self._clock(),
            )

    def add_segment(
        self, session_id: str, title: str, minutes: int, round_robin: bool = False
    ) -> SessionDetail:
        """Add a segment at the end of a session's agenda."""
        with self._store.begin() as session:
            return sessions.add_segment(
                session,
                session_id=session_id,
                title=title,
                minutes=minutes,
                round_robin=round_robin,
                now=self._clock(),
            )

    def add_session_item(
        self, session_id: str, kind: str, label: str, ref_id: str | None = None
    ) -> SessionDetail:
        """Add a project, chart or story to present, or a round-robin team."""
        with self._store.begin() as session:
            return sessions.add_item(
                session,
                session_id=session_id,
                kind=kind,
                label=label,
                ref_id=ref_id,
                now=self._clock(),
            )

    def session_detail(self, session_id: str) -> SessionDetail:
        """Everything about one session."""
        with self._store.begin() as session:
            return sessions.session_detail(session, session_id=session_id)

    def start_session(self, session_id: str) -> SessionDetail:
        """The facilitator started (or resumed) the session."""
        with self._store.begin() as session:
            return sessions.start_session(session, session_id=session_id, now=self._clock())

    def pause_session(self, session_id: str) -> None:
        """The facilitator paused the session's clock."""
        with self._store.begin() as session:
            sessions.pause_session(session, session_id=session_id)

    def record_segments(
        self,
        session_id: str,
        started: Sequence[int] = (),
        ended: Sequence[tuple[int, int, bool]] = (),
        airtime: Sequence[tuple[str, float]] = (),
    ) -> None:
        """What the session clock reported: segments that ended (position, extended seconds,
        skipped) and began, and finished speaking turns, in one transaction."""
        with self._store.begin() as session:
            now = self._clock()
            for position, extended, skipped in ended:
                sessions.segment_ended(
                    session,
                    session_id=session_id,
                    position=position,
                    extended_seconds=extended,
                    skipped=skipped,
                    now=now,
                )
            for position in started:
                sessions.segment_started(session, session_id=session_id, position=position, now=now)
            if airtime:
                sessions.record_airtime(session, session_id=session_id, turns=airtime, now=now)

    def add_contribution(
        self,
        session_id: str,
        kind: str,
        text: str,
        person_id: str | None = None,
        anonymous: bool = True,
    ) -> ContributionView:
        """A new card (anonymous cards keep no person)."""
        with self._store.begin() as session:
            return sessions.add_contribution(
                session,
                session_id=session_id,
                kind=kind,
                text=text,
                person_id=person_id,
                anonymous=anonymous,
                now=self._clock(),
            )

    def edit_contribution(self, contribution_id: str, text: str) -> ContributionView:
        """The facilitator corrected a card."""
        with self._store.begin() as session:
            return sessions.edit_contribution(
                session, contribution_id=contribution_id, text=text, now=self._clock()
            )

    def hide_contribution(self, contribution_id: str, hidden: bool = True) -> None:
        """Hide a card from the AV display (or show it again)."""
        with self._store.begin() as session:
            sessions.hide_contribution(session, contribution_id=contribution_id, hidden=hidden)

    def merge_contributions(self, source_id: str, into_id: str) -> None:
        """Merge one card into another."""
        with self._store.begin() as session:
            sessions.merge_contributions(session, source_id=source_id, into_id=into_id)

    def set_votes_per_person(self, session_id: str, votes: int) -> None:
        """How many dots each participant has."""
        with self._store.begin() as session:
            sessions.set_votes_per_person(session, session_id=session_id, votes=votes)

    def ballot_status(self, session_id: str, voter_key: str) -> BallotStatus:
        """How many dots a participant has used."""
        with self._store.begin() as session:
            return sessions.ballot_status(session, session_id=session_id, voter_key=voter_key)

    def cast_vote(self, session_id: str, contribution_id: str, voter_key: str) -> BallotStatus:
        """One dot on a card (KioskError VOTES_USED_UP past the limit)."""
        with self._store.begin() as session:
            return sessions.cast_vote(
                session,
                session_id=session_id,
                contribution_id=contribution_id,
                voter_key=voter_key,
                now=self._clock(),
            )

    def reveal_votes(self, session_id: str) -> list[VoteResult]:
        """Reveal the dot-voting results, ranked."""
        with self._store.begin() as session:
            return sessions.reveal_votes(session, session_id=session_id)

    def add_action(
        self,
        session_id: str,
        text: str,
        owner: str,
        due_on: date | None = None,
        project_id: str | None = None,
    ) -> ActionView:
        """An action with an owner, a due date and a project."""
        with self._store.begin() as session:
            return sessions.add_action(
                session,
                session_id=session_id,
                text=text,
                owner=owner,
                due_on=due_on,
                project_id=project_id,
                now=self._clock(),
            )

    def close_session(
        self, session_id: str, airtime: Sequence[tuple[str, float]] = ()
    ) -> SessionDetail:
        """Close the session with its last speaking turns; the summary is stored."""
        with self._store.begin() as session:
            now = self._clock()
            if airtime:
                sessions.record_airtime(session, session_id=session_id, turns=airtime, now=now)
            return sessions.close_session(session, session_id=session_id, now=now)

    def leave_feedback(self, session_id: str, rating: int, comment: str = "") -> None:
        """A participant's 1-5 rating and optional comment."""
        with self._store.begin() as session:
            sessions.leave_feedback(
                session, session_id=session_id, rating=rating, comment=comment, now=self._clock()
            )

    def seed_demo_session(self, lang: str) -> SessionDetail:
        """A demo session for snapshots (on a scratch copy of the database)."""
        from kiosk.demo import demo_session

        with self._store.begin() as session:
            session_id = demo_session(session, lang=lang, now=self._clock())
            return sessions.session_detail(session, session_id=session_id)
