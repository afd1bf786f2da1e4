"""Which screens need the facilitator PIN, and when a facilitator session ends."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from screens.registry import PROTECTED, ROUTABLE

# Every screen navigation reaches by name, in the registry's order.
ALL_SCREENS = ROUTABLE

# The PIN pad is on the way to a protected page: being there neither opens nor ends a session.
NEUTRAL = ("pin",)


@dataclass(frozen=True)
class Route:
    """Where a navigation request leads: the screen, or the PIN pad first."""

    screen: str
    needs_pin: bool


class NavigationPresenter:
    """Decides routes and how long a facilitator session lasts.

    A session starts when the PIN is accepted and ends when the facilitator leaves the
    protected pages for a public one, on the idle timeout (the window calls lock()), and
    `max_s` seconds after the PIN in any case. `clock` gives seconds (monotonic).
    """

    def __init__(self, *, max_s: float = 300, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_s = max_s
        self._clock = clock
        self._since: float | None = None

    @property
    def unlocked(self) -> bool:
        """Whether the facilitator PIN holds now (False once `max_s` has passed)."""
        if self._since is not None and self._clock() - self._since >= self.max_s:
            self._since = None
        return self._since is not None

    def route(self, target: str) -> Route:
        """The route to `target`; raises ValueError for an unknown screen."""
        if target not in ALL_SCREENS:
            raise ValueError(target)
        return Route(target, target in PROTECTED and not self.unlocked)

    def is_protected(self, screen: str, *, facilitator_view: bool = False) -> bool:
        """Whether `screen` (or the facilitator-only view it shows now) keeps a session open."""
        return screen in PROTECTED or facilitator_view

    def entered(self, screen: str, *, facilitator_view: bool = False) -> None:
        """The kiosk now shows `screen`: a public page ends the facilitator session."""
        if screen in NEUTRAL:
            return
        if not self.is_protected(screen, facilitator_view=facilitator_view):
            self.lock()

    def unlock(self) -> None:
        """The facilitator PIN was accepted."""
        self._since = self._clock()

    def lock(self) -> None:
        """Back to public use: the PIN is needed again."""
        self._since = None
