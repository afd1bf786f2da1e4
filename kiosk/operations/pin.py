"""The facilitator PIN: whether one is set, checking attempts, setting it."""

from __future__ import annotations

from kiosk.operations.base import Feature
from kiosk.services import pin


class PinOps(Feature):
    """The facilitator PIN: each method one transaction."""

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
