"""Which screens need the facilitator PIN, and when a facilitator session ends."""

from __future__ import annotations

from dataclasses import dataclass

from screens.registry import PROTECTED, ROUTABLE

# Every screen navigation reaches by name, in the registry's order.
ALL_SCREENS = ROUTABLE


@dataclass(frozen=True)
class Route:
    """Where a navigation request leads: the screen, or the PIN pad first."""

    screen: str
    needs_pin: bool


class NavigationPresenter:
    """Decides routes; a facilitator stays unlocked until the idle timeout or the attract loop."""

    def __init__(self) -> None:
        self.unlocked = False

    def route(self, target: str) -> Route:
        """The route to `target`; raises ValueError for an unknown screen."""
        if target not in ALL_SCREENS:
            raise ValueError(target)
        return Route(target, target in PROTECTED and not self.unlocked)

    def unlock(self) -> None:
        """The facilitator PIN was accepted."""
        self.unlocked = True

    def lock(self) -> None:
        """Back to public use: the PIN is needed again."""
        self.unlocked = False
