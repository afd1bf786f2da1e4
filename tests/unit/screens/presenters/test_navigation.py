"""When a facilitator session ends: on leaving the protected pages, and after a while anyway."""

from __future__ import annotations

from screens.presenters.navigation import NavigationPresenter


class Clock:
    """Seconds that tests move by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_leaving_the_protected_pages_for_a_public_one_ends_the_session() -> None:
    nav = NavigationPresenter()
    nav.unlock()
    nav.entered("facilitator")
    nav.entered("pin")  # on the way somewhere: neither ends nor opens a session
    nav.entered("settings")
    assert nav.unlocked
    nav.entered("home")
    assert not nav.unlocked
    assert nav.route("facilitator").needs_pin


def test_a_facilitator_view_inside_a_public_screen_keeps_the_session_until_it_closes() -> None:
    nav = NavigationPresenter()
    nav.unlock()
    nav.entered("sharing", facilitator_view=True)  # the session console
    assert nav.unlocked
    nav.entered("sharing", facilitator_view=False)  # "Back to taking part"
    assert not nav.unlocked
    assert nav.route("facilitator").needs_pin


def test_the_session_ends_after_the_longest_time_even_on_a_protected_page() -> None:
    clock = Clock()
    nav = NavigationPresenter(max_s=300, clock=clock)
    nav.unlock()
    nav.entered("settings")
    clock.now += 299
    assert nav.unlocked
    clock.now += 1
    assert not nav.unlocked
    assert nav.route("people").needs_pin
    nav.unlock()  # the PIN again starts a new period
    assert nav.unlocked


def test_a_session_is_never_opened_by_entering_a_protected_page() -> None:
    nav = NavigationPresenter()
    nav.entered("settings")
    assert not nav.unlocked
