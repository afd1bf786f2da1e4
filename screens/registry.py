"""The one list of screens: name, where its class lives, whether it needs the facilitator PIN,
and whether `--screen` offers it. The command line, navigation and the window's lazy building
all read it; nothing here imports Qt, so the command line stays fast."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenSpec:
    """One screen of the kiosk."""

    name: str
    module: str
    cls: str
    needs_pin: bool = False
    cli: bool = True  # offered to --screen and rendered by `snapshot`
    routable: bool = True  # reached by name through navigation (the PIN pad is not)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("attract", "screens.attract", "AttractScreen"),
    ScreenSpec("home", "screens.home", "HomeScreen"),
    ScreenSpec("checkin", "screens.checkin", "CheckinScreen"),
    ScreenSpec("projects", "screens.projects", "ProjectsScreen"),
    ScreenSpec("stories", "screens.stories", "StoriesScreen"),
    ScreenSpec("events", "screens.events", "EventsScreen"),
    ScreenSpec("sharing", "screens.sharing", "SharingScreen"),
    ScreenSpec("facilitator", "screens.facilitator", "FacilitatorScreen", needs_pin=True),
    ScreenSpec("settings", "screens.settings", "SettingsScreen", needs_pin=True),
    ScreenSpec("whoshere", "screens.whoshere", "WhosHereScreen", needs_pin=True),
    ScreenSpec("people", "screens.people", "PeopleScreen", needs_pin=True),
    ScreenSpec("departments", "screens.departments", "DepartmentsScreen", needs_pin=True),
    ScreenSpec("qnet", "screens.qnet", "QnetScreen"),
    ScreenSpec("thanks", "screens.thanks", "ThanksScreen"),
    # A visitor's own settings: no PIN, but only for the visitor identified by their pass or at
    # check-in (the screen shows the way to check in otherwise); forgotten on the attract loop.
    ScreenSpec("mysettings", "screens.mysettings", "MySettingsScreen"),
    ScreenSpec("showcase", "screens.showcase_admin", "ShowcaseAdminScreen", needs_pin=True),
    ScreenSpec("sync", "screens.sync_screen", "SyncScreen", needs_pin=True),
    ScreenSpec("eventadmin", "screens.event_admin", "EventAdminScreen", needs_pin=True),
    ScreenSpec("imports", "screens.imports", "ImportsScreen", needs_pin=True),
    ScreenSpec("storyadmin", "screens.story_admin", "StoryAdminScreen", needs_pin=True),
    ScreenSpec("backups", "screens.backups", "BackupsScreen", needs_pin=True),
    # Shown by the window itself (a first start; a damaged database), never navigated to.
    ScreenSpec("setup", "screens.setup", "SetupScreen", routable=False),
    ScreenSpec("recovery", "screens.recovery", "RecoveryScreen", routable=False),
    ScreenSpec("exports", "screens.exports", "ExportsScreen", needs_pin=True),
    # Screens that need a parameter (a project) are reached from others, not from --screen.
    ScreenSpec("measures", "screens.measures", "MeasuresScreen", cli=False),
    ScreenSpec("project", "screens.project", "ProjectScreen", cli=False),
    ScreenSpec("projectform", "screens.project_form", "ProjectFormScreen", cli=False),
    ScreenSpec("pin", "screens.pin", "PinScreen", cli=False, routable=False),
)
BY_NAME = {spec.name: spec for spec in SCREENS}
CLI_SCREENS = tuple(spec.name for spec in SCREENS if spec.cli)
ROUTABLE = tuple(spec.name for spec in SCREENS if spec.routable)
PROTECTED = tuple(spec.name for spec in SCREENS if spec.needs_pin)


def spec(name: str) -> ScreenSpec:
    """The screen called `name`; KeyError for an unknown one."""
    return BY_NAME[name]
