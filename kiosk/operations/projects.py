"""Qnet projects (issue 8): browsing, pages, the form, PDSA cycles, similar work, requests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from kiosk.db import Clock, Store
from kiosk.dto.catalogue import ProjectCard
from kiosk.dto.projects import PdsaCycleView, PdsaDraft, ProjectDraft, ProjectPage, SimilarProject
from kiosk.operations.base import Feature
from kiosk.services import qnet, visitor
from kiosk.similar import SimilarityIndex

SIMILAR_RECHECK = timedelta(seconds=30)


class ProjectsOps(Feature):
    """Qnet projects and similar work: each method one transaction."""

    def __init__(self, store: Store, *, clock: Clock) -> None:
        super().__init__(store, clock=clock)
        self._similar: tuple[tuple[int, str], SimilarityIndex] | None = None
        self._similar_checked: datetime | None = None

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

    def own_project_page(self, project_id: str, person_id: str) -> ProjectPage:
        """A project to edit without the PIN, for a member of its team (NOT_TEAM_MEMBER for
        anyone else)."""
        with self._store.begin() as session:
            return visitor.own_project_page(session, project_id=project_id, person_id=person_id)

    def edit_own_project(self, project_id: str, person_id: str, draft: ProjectDraft) -> ProjectPage:
        """Save a team member's changes to their project (NOT_TEAM_MEMBER for anyone else)."""
        with self._store.begin() as session:
            page = visitor.edit_own_project(
                session, project_id=project_id, person_id=person_id, draft=draft, now=self._clock()
            )
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
