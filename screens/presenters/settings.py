"""The settings form: what the facilitator typed, checked by the config rules, then saved."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kiosk.config import Settings, apply_overrides, save_settings

# The form fields, in order, by config key.
FORM_KEYS = (
    "room.name",
    "room.default_language",
    "kiosk.idle_timeout_s",
    "kiosk.facilitator_timeout_s",
    "kiosk.large_text",
    "kiosk.mode",
    "room.closing_time",
    "privacy.retention_days",
    "register.url",
    "branding.primary",
    "branding.accent",
)


def apply_form(current: Settings, values: Mapping[str, str]) -> Settings:
    """New settings from the form; raises KioskError naming the first bad field."""
    return apply_overrides(current, {key: values[key] for key in FORM_KEYS if key in values})


def save_form(current: Settings, values: Mapping[str, str], path: Path) -> Settings:
    """Check and save the form; nothing is written when any field is wrong."""
    updated = apply_form(current, values)
    save_settings(updated, path)
    return updated
