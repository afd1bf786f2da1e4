"""Coffee trials (issue 8): the pool, opting in, avoiding, rounds and "did you meet?"."""

from __future__ import annotations

from datetime import date

from kiosk.dto.coffee import CoffeeRoundResult, CoffeeStatus
from kiosk.operations.base import Feature
from kiosk.services import qnet


class CoffeeOps(Feature):
    """Coffee trials: each method one transaction."""

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
