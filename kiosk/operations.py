"""User actions as small operations, each one transaction; screens run them on the worker."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from kiosk import passes
from kiosk.db import Clock, Store, get_state
from kiosk.dto import (
    ActionView,
    BallotStatus,
    BoardPostView,
    BoardSummary,
    CheckinChoices,
    CheckinNotices,
    CheckinResult,
    CoffeeRoundResult,
    CoffeeStatus,
    ContributionView,
    EventAttendance,
    EventCard,
    FlyerEvent,
    Housekeeping,
    ImportResult,
    MeasureChart,
    MeasureOption,
    ModerationItem,
    NewVisitor,
    NoticeSlide,
    PdsaCycleView,
    PdsaDraft,
    PersonMatch,
    PlaylistDraft,
    PlaylistRow,
    PlayReportRow,
    PresentVisitor,
    ProjectCard,
    ProjectDraft,
    ProjectMeasures,
    ProjectPage,
    ProjectSlide,
    RoomOverview,
    ScanOutcome,
    SessionDetail,
    SessionListItem,
    SessionTemplateOption,
    SimilarProject,
    SlideShowing,
    StartupInfo,
    StoryCard,
    StorySlide,
    Supporter,
    ThanksItem,
    VisitorCard,
    VoteResult,
)
from kiosk.services import catalogue, checkin, measures, pin, qnet, sessions, showcase
from kiosk.similar import SimilarityIndex

# The room's local time: playlists' day and time windows and the monthly report use it.
ROOM_ZONE = ZoneInfo("Europe/London")

SIMILAR_RECHECK = timedelta(seconds=30)


class Operations:
    """The façade screens use: one method per user action, returning DTOs."""

    def __init__(self, store: Store, *, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self._similar: tuple[tuple[int, str], SimilarityIndex] | None = None
        self._similar_checked: datetime | None = None

    @property
    def store(self) -> Store:
        """The store the operations run on."""
        return self._store

    def startup_info(self) -> StartupInfo:
        """Whether this is a demo room and whether a facilitator PIN is set."""
        with self._store.begin() as session:
            return StartupInfo(
                is_demo=get_state(session, "demo_seed") is not None,
                pin_set=get_state(session, "pin_hash") is not None,
            )

    def room_overview(self) -> RoomOverview:
        """Counts for the home and facilitator screens."""
        with self._store.begin() as session:
            return catalogue.room_overview(session, now=self._clock())

    def list_projects(self) -> list[ProjectCard]:
        """Public projects for the projects screen."""
        with self._store.begin() as session:
            return catalogue.list_projects(session)

    def list_stories(self) -> list[StoryCard]:
        """Approved success stories."""
        with self._store.begin() as session:
            return catalogue.list_stories(session)

    def upcoming_events(self) -> list[EventCard]:
        """Events that have not ended yet."""
        with self._store.begin() as session:
            return catalogue.upcoming_events(session, now=self._clock())

    def find_people(self, query: str) -> list[PersonMatch]:
        """People matching what a visitor typed (the full-text search)."""
        return self.search_people(query)

    def find_people_full(self, query: str) -> list[PersonMatch]:
        """People matching `query` with their full names (facilitator, behind the PIN)."""
        with self._store.begin() as session:
            return checkin.search_people(session, query=query, full_names=True)

    def search_people(
        self, query: str, limit: int = 8, *, shown_only: bool = False
    ) -> list[PersonMatch]:
        """People whose name or department words start with every word typed; with
        `shown_only`, only those who agreed to be shown."""
        with self._store.begin() as session:
            return checkin.search_people(session, query=query, limit=limit, shown_only=shown_only)

    def checkin_choices(self) -> CheckinChoices:
        """Topics, departments and the events on now, for the check-in screens."""
        with self._store.begin() as session:
            return checkin.checkin_choices(session, now=self._clock())

    def register_visitor(self, visitor: NewVisitor) -> PersonMatch:
        """Store a new visitor (KioskError with `field=` on the first bad field)."""
        with self._store.begin() as session:
            return checkin.register_visitor(session, visitor=visitor, now=self._clock())

    def register_and_check_in(
        self,
        visitor: NewVisitor,
        topics: Sequence[str],
        event_id: str | None,
        source: str = "touch",
    ) -> CheckinResult:
        """A new visitor's form and their check-in as one transaction: both or neither."""
        with self._store.begin() as session:
            now = self._clock()
            person = checkin.register_visitor(session, visitor=visitor, now=now)
            return checkin.check_in(
                session,
                person_id=person.id,
                topics=topics,
                event_id=event_id,
                source=source,
                now=now,
            )

    def visitor_card(self, person_id: str) -> VisitorCard:
        """A known visitor, with their open visit if they are in the room."""
        with self._store.begin() as session:
            return checkin.visitor_card(session, person_id=person_id, now=self._clock())

    def check_in(
        self,
        person_id: str,
        topics: Sequence[str],
        event_id: str | None = None,
        source: str = "touch",
    ) -> CheckinResult:
        """Record a visit for the topics (slugs) and event chosen."""
        with self._store.begin() as session:
            return checkin.check_in(
                session,
                person_id=person_id,
                topics=topics,
                event_id=event_id,
                source=source,
                now=self._clock(),
            )

    def check_out(self, visit_id: str) -> None:
        """Close an open visit now."""
        with self._store.begin() as session:
            checkin.check_out(session, visit_id=visit_id, now=self._clock())

    def who_is_here(self) -> list[PresentVisitor]:
        """Everyone in the room now, oldest first (facilitator view and fire roll call)."""
        with self._store.begin() as session:
            return checkin.who_is_here(session, now=self._clock())

    def event_attendance(self, days: int = 30) -> list[EventAttendance]:
        """Events of the last and next `days` days, with attendance."""
        with self._store.begin() as session:
            return checkin.event_attendance(session, now=self._clock(), days=days)

    def housekeeping(self, closing: time, zone: ZoneInfo, retention_days: int) -> Housekeeping:
        """Close visits left open at closing time, then anonymise visits past retention."""
        with self._store.begin() as session:
            return checkin.housekeeping(
                session,
                closing=closing,
                zone=zone,
                retention_days=retention_days,
                now=self._clock(),
            )

    def export_person(self, person_id: str) -> list[list[str]]:
        """Everything stored about one person, as CSV rows (header first)."""
        with self._store.begin() as session:
            return checkin.export_person(session, person_id=person_id)

    def erase_person(self, person_id: str) -> None:
        """Erase a person on request: personal fields gone, passes revoked, counts kept."""
        with self._store.begin() as session:
            checkin.erase_person(session, person_id=person_id, now=self._clock())

    def issue_pass(self, person_id: str) -> str:
        """Issue a new QR pass (earlier ones revoked); returns its token."""
        with self._store.begin() as session:
            return passes.issue_pass(session, person_id=person_id, now=self._clock())

    def current_pass(self, person_id: str) -> str:
        """The person's current pass token, issuing one if they have none."""
        with self._store.begin() as session:
            return passes.current_pass(session, person_id=person_id, now=self._clock())

    def scan(self, text: str, source: str = "qr") -> ScanOutcome:
        """A pass scanned or typed: check in, or report the person is in already."""
        with self._store.begin() as session:
            return passes.scan_check_in(session, text=text, source=source, now=self._clock())

    def pin_status(self) -> pin.PinStatus:
        """Whether a facilitator PIN is set."""
        with self._store.begin() as session:
            return pin.pin_status(session, now=self._clock())

    def verify_pin(self, attempt: str) -> pin.PinCheck:
        """Check a PIN attempt; failures are counted and stored."""
        with self._store.begin() as session:
            return pin.verify_pin(session, pin=attempt, now=self._clock())

    def set_pin(self, new_pin: str, confirm: str) -> None:
        """Set the facilitator PIN (raises KioskError on a bad or mismatched PIN)."""
        with self._store.begin() as session:
            pin.set_pin(session, pin=new_pin, confirm=confirm, now=self._clock())

    # --- measures and charts (issue 4) ---------------------------------------------------

    def project_title(self, project_id: str) -> str:
        """A project's title (KioskError PROJECT_UNKNOWN if there is none)."""
        with self._store.begin() as session:
            return measures.project_title(session, project_id=project_id)

    def project_measures(self, project_id: str) -> ProjectMeasures:
        """A project's measures with their points and the project's PDSA cycles."""
        with self._store.begin() as session:
            return measures.project_measures(session, project_id=project_id)

    def measure_charts(self, project_id: str) -> list[MeasureChart]:
        """Each measure of a project with its analysis, computed here on the worker."""
        with self._store.begin() as session:
            found = measures.project_measures(session, project_id=project_id)
        return [measures.chart_of(data) for data in found.measures]

    def measures_for_facilitator(self) -> list[MeasureOption]:
        """Every measure, by project title and measure name, for the facilitator's chooser."""
        with self._store.begin() as session:
            return measures.measures_for_facilitator(session)

    def import_points(self, measure_id: str, text: str, replace: bool = False) -> ImportResult:
        """Add (or with `replace`, replace) a measure's points from CSV or pasted rows: every
        row is checked first and nothing is saved if any is bad."""
        with self._store.begin() as session:
            return measures.import_points(
                session, measure_id=measure_id, text=text, replace=replace, now=self._clock()
            )

    def set_point_note(self, point_id: str, note: str) -> MeasureChart:
        """Set or clear a point's note; returns the measure's chart as it now is."""
        with self._store.begin() as session:
            data = measures.set_point_note(session, point_id=point_id, note=note, now=self._clock())
        return measures.chart_of(data)

    def mark_pdsa(self, point_id: str, pdsa_cycle_id: str | None) -> MeasureChart:
        """Mark a point with one of the project's PDSA cycles (None removes the marker)."""
        with self._store.begin() as session:
            data = measures.mark_pdsa(
                session, point_id=point_id, pdsa_cycle_id=pdsa_cycle_id, now=self._clock()
            )
        return measures.chart_of(data)

    def set_point_excluded(self, point_id: str, excluded: bool) -> MeasureChart:
        """Exclude a point from the centre line, limits and runs, or include it again."""
        with self._store.begin() as session:
            data = measures.set_point_excluded(
                session, point_id=point_id, excluded=excluded, now=self._clock()
            )
        return measures.chart_of(data)

    def set_phases(
        self, measure_id: str, freeze: int | None, splits: Sequence[int] = ()
    ) -> MeasureChart:
        """Freeze a baseline or split the chart into phases (None and () clear both)."""
        with self._store.begin() as session:
            data = measures.set_phases(
                session, measure_id=measure_id, freeze=freeze, splits=splits, now=self._clock()
            )
        return measures.chart_of(data)

    # --- showcase --------------------------------------------------------------------------

    def next_showing(
        self,
        loop: str,
        after_position: int | None,
        rotations: Mapping[str, int],
        room_name: str,
        url_template: str,
        zone: ZoneInfo = ROOM_ZONE,
    ) -> SlideShowing:
        """The slide a showcase loop shows next (read at every slide boundary)."""
        with self._store.begin() as session:
            return showcase.next_showing(
                session,
                loop=loop,
                after_position=after_position,
                rotations=rotations,
                now=self._clock(),
                zone=zone,
                room_name=room_name,
                url_template=url_template,
            )

    def log_play(
        self, loop: str, screen: str, kind: str, item_id: str | None, started_at: datetime
    ) -> None:
        """Record a completed showing, ending now."""
        with self._store.begin() as session:
            showcase.log_play(
                session,
                loop=loop,
                screen=screen,
                kind=kind,
                item_id=item_id,
                started_at=started_at,
                ended_at=self._clock(),
            )

    def play_report(self, month: date, zone: ZoneInfo = ROOM_ZONE) -> list[PlayReportRow]:
        """Proof of play for a calendar month."""
        with self._store.begin() as session:
            return showcase.play_report(session, month=month, zone=zone)

    def playlist(self, loop: str) -> list[PlaylistRow]:
        """A showcase loop's entries in order."""
        with self._store.begin() as session:
            return showcase.playlist(session, loop=loop)

    def add_playlist_item(self, draft: PlaylistDraft) -> PlaylistRow:
        """Add an entry to the end of a loop."""
        with self._store.begin() as session:
            return showcase.add_playlist_item(session, draft=draft)

    def update_playlist_item(self, item_id: str, draft: PlaylistDraft) -> list[PlaylistRow]:
        """Change an entry; returns its loop."""
        with self._store.begin() as session:
            showcase.update_playlist_item(session, item_id=item_id, draft=draft)
            return showcase.playlist(session, loop=draft.loop)

    def move_playlist_item(self, item_id: str, step: int, loop: str) -> list[PlaylistRow]:
        """Move an entry up or down; returns its loop."""
        with self._store.begin() as session:
            showcase.move_playlist_item(session, item_id=item_id, step=step)
            return showcase.playlist(session, loop=loop)

    def remove_playlist_item(self, item_id: str, loop: str) -> list[PlaylistRow]:
        """Take an entry out of its loop; returns the loop."""
        with self._store.begin() as session:
            showcase.remove_playlist_item(session, item_id=item_id)
            return showcase.playlist(session, loop=loop)

    def moderation_queue(self) -> list[ModerationItem]:
        """Stories, thanks notes and project cards with their approval."""
        with self._store.begin() as session:
            return showcase.moderation_queue(session)

    def moderate(
        self, kind: str, item_id: str, approved: bool | None = None, hidden: bool | None = None
    ) -> ModerationItem:
        """Approve, withdraw, hide or show again an item of the public loops."""
        with self._store.begin() as session:
            return showcase.moderate(
                session, kind=kind, item_id=item_id, approved=approved, hidden=hidden
            )

    def raise_notice(self, level: str, text_cy: str, text_en: str) -> NoticeSlide:
        """Raise an emergency or urgent message on every loop."""
        with self._store.begin() as session:
            return showcase.raise_notice(
                session, level=level, text_cy=text_cy, text_en=text_en, now=self._clock()
            )

    def clear_notice(self) -> int:
        """Clear the raised message."""
        with self._store.begin() as session:
            return showcase.clear_notice(session, now=self._clock())

    def active_notice(self) -> NoticeSlide | None:
        """The raised message, if any."""
        with self._store.begin() as session:
            return showcase.active_notice(session)

    def post_thanks(
        self, to_whom: str, message: str, signed: str = "", story_id: str | None = None
    ) -> ThanksItem:
        """Post a thanks note for the wall (shown after a facilitator approves it)."""
        with self._store.begin() as session:
            return showcase.post_thanks(
                session,
                to_whom=to_whom,
                message=message,
                signed=signed,
                story_id=story_id,
                now=self._clock(),
            )

    def project_slide(self, project_id: str, url_template: str) -> ProjectSlide:
        """A project's card, for a poster."""
        with self._store.begin() as session:
            return showcase.project_slide(session, project_id=project_id, url_template=url_template)

    def story_slide(self, story_id: str, url_template: str) -> StorySlide:
        """A story, for a poster."""
        with self._store.begin() as session:
            return showcase.story_slide(session, story_id=story_id, url_template=url_template)

    def flyer_event(self, event_id: str) -> FlyerEvent:
        """An event, for its flyer."""
        with self._store.begin() as session:
            return showcase.flyer_event(session, event_id=event_id)

    def showcase_examples(
        self, room_name: str, url_template: str, zone: ZoneInfo = ROOM_ZONE
    ) -> list[SlideShowing]:
        """One slide of every kind (snapshots and benchmarks)."""
        with self._store.begin() as session:
            return showcase.examples(
                session,
                now=self._clock(),
                zone=zone,
                room_name=room_name,
                url_template=url_template,
            )

    # --- group sessions (issue 6) ---------------------------------------------------------

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

    # --- Qnet: projects, similar work, peer supporters, coffee trials, boards (issue 8) ------

    def browse_projects(
        self,
        query: str = "",
        topic: str | None = None,
        stage: str | None = None,
        seeking_only: bool = False,
    ) -> list[ProjectCard]:
        """Public projects matching the words typed, a topic and a stage."""
        with self._store.begin() as session:
            return qnet.browse_projects(
                session, query=query, topic=topic, stage=stage, seeking_only=seeking_only
            )

    def project_page(self, project_id: str) -> ProjectPage:
        """A project's page: aim, team, stage, PDSA cycles, measures, stories."""
        with self._store.begin() as session:
            return qnet.project_page(session, project_id=project_id)

    def log_project(self, draft: ProjectDraft) -> ProjectPage:
        """Log a new project from the guided form."""
        with self._store.begin() as session:
            page = qnet.log_project(session, draft=draft, now=self._clock())
        self._similar = None
        return page

    def edit_project(self, project_id: str, draft: ProjectDraft) -> ProjectPage:
        """Save changes to a project."""
        with self._store.begin() as session:
            page = qnet.edit_project(session, project_id=project_id, draft=draft, now=self._clock())
        self._similar = None
        return page

    def is_team_member(self, project_id: str, person_id: str) -> bool:
        """Whether a person (from a scanned pass) may edit the project."""
        with self._store.begin() as session:
            return qnet.is_team_member(session, project_id=project_id, person_id=person_id)

    def log_pdsa_cycle(self, project_id: str, draft: PdsaDraft) -> PdsaCycleView:
        """Add the project's next PDSA cycle."""
        with self._store.begin() as session:
            return qnet.log_pdsa_cycle(
                session, project_id=project_id, draft=draft, now=self._clock()
            )

    def update_pdsa_cycle(self, cycle_id: str, draft: PdsaDraft) -> PdsaCycleView:
        """Record a cycle's do, study and act."""
        with self._store.begin() as session:
            return qnet.update_pdsa_cycle(
                session, cycle_id=cycle_id, draft=draft, now=self._clock()
            )

    def _similarity_index(self, session: Session) -> SimilarityIndex:
        """The index, rebuilt when a project or its topics changed since it was built.

        Projects logged here drop the index at once; changes from elsewhere (the register's
        sync) are looked for at most every SIMILAR_RECHECK, since the check reads every
        project's version and a keystroke should not.
        """
        now = self._clock()
        if (
            self._similar is not None
            and self._similar_checked is not None
            and timedelta(0) <= now - self._similar_checked < SIMILAR_RECHECK
        ):
            return self._similar[1]
        key = qnet.index_key(session)
        if self._similar is None or self._similar[0] != key:
            self._similar = (key, qnet.build_similarity_index(session))
        self._similar_checked = now
        return self._similar[1]

    def similar_projects(
        self,
        title: str = "",
        aim: str = "",
        topics: Sequence[str] = (),
        project_id: str | None = None,
        limit: int = 5,
    ) -> list[SimilarProject]:
        """Projects like the text typed, or like a project, with their reasons."""
        with self._store.begin() as session:
            index = self._similarity_index(session)
            return qnet.similar_projects(
                session,
                index=index,
                title=title,
                aim=aim,
                topics=topics,
                project_id=project_id,
                limit=limit,
            )

    def ask_to_collaborate(
        self,
        to_project_id: str,
        from_person_id: str | None,
        from_project_id: str | None = None,
        message: str = "",
    ) -> str:
        """Leave a request the other team sees at their next check-in."""
        with self._store.begin() as session:
            return qnet.ask_to_collaborate(
                session,
                to_project_id=to_project_id,
                from_person_id=from_person_id,
                from_project_id=from_project_id,
                message=message,
                now=self._clock(),
            )

    def peer_supporters(self, topic: str | None = None) -> list[Supporter]:
        """Peer supporters (of a topic) with when they are usually in."""
        with self._store.begin() as session:
            return qnet.peer_supporters(session, topic=topic, now=self._clock())

    def set_peer_supporter(
        self,
        person_id: str,
        topics: Sequence[str],
        skills: str = "",
        usual_times: str = "",
        active: bool = True,
    ) -> None:
        """Opt in or out as a peer supporter."""
        with self._store.begin() as session:
            qnet.set_peer_supporter(
                session,
                person_id=person_id,
                topics=topics,
                skills=skills,
                usual_times=usual_times,
                active=active,
                now=self._clock(),
            )

    def coffee_status(self, person_id: str) -> CoffeeStatus:
        """A person's place in the coffee pool."""
        with self._store.begin() as session:
            return qnet.coffee_status(session, person_id=person_id)

    def set_coffee_opt_in(
        self, person_id: str, active: bool, snoozed_until: date | None = None
    ) -> CoffeeStatus:
        """Join, leave or snooze the coffee pool."""
        with self._store.begin() as session:
            return qnet.set_coffee_opt_in(
                session,
                person_id=person_id,
                active=active,
                snoozed_until=snoozed_until,
                now=self._clock(),
            )

    def set_coffee_avoid(
        self, person_id: str, avoid_person_id: str, avoid: bool = True
    ) -> CoffeeStatus:
        """Add or lift a "don't pair me with" choice."""
        with self._store.begin() as session:
            return qnet.set_coffee_avoid(
                session,
                person_id=person_id,
                avoid_person_id=avoid_person_id,
                avoid=avoid,
                now=self._clock(),
            )

    def run_coffee_round(self, held_on: date, dry_run: bool = False) -> CoffeeRoundResult:
        """Pair the pool for a round (recorded unless `dry_run`)."""
        with self._store.begin() as session:
            return qnet.run_coffee_round(
                session, held_on=held_on, dry_run=dry_run, now=self._clock()
            )

    def latest_coffee_round(self) -> CoffeeRoundResult | None:
        """The latest recorded round, for slips."""
        with self._store.begin() as session:
            return qnet.coffee_round(session)

    def answer_coffee_met(self, round_id: str, person_id: str, met: bool) -> None:
        """Record "did you meet?"."""
        with self._store.begin() as session:
            qnet.answer_coffee_met(
                session, round_id=round_id, person_id=person_id, met=met, now=self._clock()
            )

    def checkin_notices(self, person_id: str, topics: Sequence[str] = ()) -> CheckinNotices:
        """Coffee match, "did you meet?", collaboration requests, supporters at check-in."""
        with self._store.begin() as session:
            return qnet.checkin_notices(
                session, person_id=person_id, topics=topics, now=self._clock()
            )

    def board_summaries(self) -> list[BoardSummary]:
        """Every topic board with its post count."""
        with self._store.begin() as session:
            return qnet.board_summaries(session)

    def board_posts(self, topic: str, include_pending: bool = False) -> list[BoardPostView]:
        """A topic board's posts with their replies."""
        with self._store.begin() as session:
            return qnet.board_posts(session, topic=topic, include_pending=include_pending)

    def post_to_board(
        self,
        topic: str,
        text: str,
        require_approval: bool,
        author_id: str | None = None,
        anonymous: bool = False,
        parent_id: str | None = None,
    ) -> BoardPostView:
        """Post or reply on a board."""
        with self._store.begin() as session:
            return qnet.post_to_board(
                session,
                topic=topic,
                text=text,
                author_id=author_id,
                anonymous=anonymous,
                parent_id=parent_id,
                require_approval=require_approval,
                now=self._clock(),
            )

    def pending_posts(self) -> list[BoardPostView]:
        """Posts awaiting a facilitator's approval."""
        with self._store.begin() as session:
            return qnet.pending_posts(session)

    def moderate_post(self, post_id: str, approve: bool) -> None:
        """Approve or hide a post."""
        with self._store.begin() as session:
            qnet.moderate_post(session, post_id=post_id, approve=approve, now=self._clock())
