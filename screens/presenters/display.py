"""Which screen the AV display goes on (plain Python, no Qt).

The rules: the AV display never covers the kiosk's own screen; "auto" takes the first other
screen; a named screen is used while it is plugged in, and when it is not, any other screen
but the kiosk's takes its place so that a group still sees the loop; with no free screen the
AV display is hidden, never left on a screen that has gone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

AUTO = "auto"


@dataclass(frozen=True)
class ScreenInfo:
    """A connected screen: its name and its geometry on the virtual desktop."""

    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False

    def contains(self, x: int, y: int) -> bool:
        """Whether the desktop point (x, y) is on this screen."""
        return self.x <= x < self.x + self.width and self.y <= y < self.y + self.height


def kiosk_screen(screens: Sequence[ScreenInfo], *, preferred: str) -> ScreenInfo | None:
    """The screen the kiosk window belongs on: the named one, else the primary, else the first."""
    for screen in screens:
        if preferred and screen.name == preferred:
            return screen
    return next((s for s in screens if s.primary), screens[0] if screens else None)


def av_screen(screens: Sequence[ScreenInfo], *, kiosk: str, preferred: str) -> ScreenInfo | None:
    """The screen for the AV display, or None when it should be hidden.

    Args:
        screens: the screens connected now.
        kiosk: the name of the kiosk window's screen.
        preferred: "" for no AV display, "auto", or a screen's name.
    """
    if not preferred:
        return None
    others = [s for s in screens if s.name != kiosk]
    if preferred != AUTO:
        named = next((s for s in others if s.name == preferred), None)
        if named is not None:
            return named
    return others[0] if others else None
