"""The first start's set-up: what the facilitator typed, checked by the config rules (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import Settings, apply_overrides, http_allowed
from kiosk.errors import ErrorCode, KioskError

# The set-up fields, in the order the form shows them, by config key.
SETUP_KEYS = ("room.name", "room.health_board", "room.default_language", "register.url")
TOKEN_MAX = 400


@dataclass(frozen=True)
class SetupChoices:
    """What set-up decided: the settings to write, the device token ("" for none) and whether
    the room starts with the demo content."""

    settings: Settings
    token: str
    demo: bool


def check_setup(
    current: Settings, values: dict[str, str], *, token: str, demo: bool
) -> SetupChoices:
    """The settings set-up writes; KioskError CONFIG_BAD_VALUE names the first bad field
    (`setting` is its config key, or "register.token")."""
    cleaned = {key: values.get(key, "").strip() for key in SETUP_KEYS}
    settings = apply_overrides(current, cleaned)
    url = settings.register_url
    if not http_allowed(url, allow_http=settings.register_allow_http):
        raise KioskError(
            ErrorCode.CONFIG_BAD_VALUE,
            file="set-up",
            line=None,
            setting="register.url",
            rule="an https:// address",
            value=url[:60],
        )
    token = token.strip()
    if len(token) > TOKEN_MAX or any(ch.isspace() for ch in token):
        raise KioskError(
            ErrorCode.CONFIG_BAD_VALUE,
            file="set-up",
            line=None,
            setting="register.token",
            rule="the token the register gave, without spaces",
            value="",
        )
    return SetupChoices(settings=settings, token=token, demo=demo)
