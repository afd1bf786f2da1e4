"""What every feature's operations share: the store they open transactions on and the clock."""

from __future__ import annotations

from kiosk.db import Clock, Store


class Feature:
    """One feature's user actions. Each public method is one transaction
    (`with self._store.begin() as session:`) calling the feature's services, and returns DTOs."""

    def __init__(self, store: Store, *, clock: Clock) -> None:
        self._store = store
        self._clock = clock
