"""Qnet's community (issue 8): peer supporters, topic boards and moderation, check-in notices."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.dto.qnet import BoardPostView, BoardSummary, CheckinNotices, Supporter, VisitorSettings
from kiosk.operations.base import Feature
from kiosk.services import qnet, visitor


class QnetOps(Feature):
    """Peer supporters, boards and check-in notices: each method one transaction."""

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

    def visitor_settings(self, person_id: str) -> VisitorSettings:
        """A visitor's own coffee, peer-supporter and project choices ("My settings")."""
        with self._store.begin() as session:
            return visitor.visitor_settings(session, person_id=person_id)

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
