"""Typed settings loaded once from one TOML file, with ordered upgrades and clear errors."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlsplit

from kiosk.errors import ErrorCode, KioskError

SCHEMA_VERSION = 1
LANGUAGES = ("cy", "en")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
# The on-screen keyboard: "auto" shows it in kiosk mode only.
KEYBOARD_MODES = ("auto", "on", "off")


@dataclass(frozen=True)
class Settings:
    """Every setting of the kiosk. Keys in the TOML file are `section.name`."""

    room_name: str = "Qspace"
    health_board: str = "Bwrdd Iechyd Enghreifftiol / Example Health Board"
    default_language: str = "en"
    kiosk_mode: bool = False
    screen: str = ""
    idle_timeout_s: int = 90
    facilitator_timeout_s: int = 300
    large_text: bool = False
    closing_time: str = "18:00"
    register_url: str = ""
    sync_interval_min: int = 10
    register_ca_bundle: str = ""
    register_allow_http: bool = False
    retention_days: int = 365
    logo: str = ""
    primary_colour: str = "#005EB8"
    accent_colour: str = "#00703C"
    project_url: str = "https://qnet.example.nhs.wales/projects/{id}"
    av_screen: str = ""
    audio_enabled: bool = True
    boards_require_approval: bool = True
    on_screen_keyboard: str = "auto"
    backup_keep_days: int = 14
    backup_copy_to: str = ""
    drives: str = ""


@dataclass(frozen=True)
class SettingSpec:
    """How one setting is spelt in the file, its type and its check."""

    field: str
    key: str
    kind: type
    check: Callable[[Any], bool]
    rule: str


def _in_range(low: int, high: int) -> Callable[[Any], bool]:
    return lambda v: low <= v <= high


def _any(_value: object) -> bool:
    return True


def _url(value: str) -> bool:
    if value == "":
        return True
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "room_name",
        "room.name",
        str,
        lambda v: 0 < len(v.strip()) <= 60,
        "a name of 1 to 60 characters",
    ),
    SettingSpec(
        "health_board",
        "room.health_board",
        str,
        lambda v: 0 < len(v.strip()) <= 120,
        "a name of 1 to 120 characters",
    ),
    SettingSpec(
        "default_language",
        "room.default_language",
        str,
        lambda v: v in LANGUAGES,
        'either "cy" or "en"',
    ),
    SettingSpec(
        "closing_time",
        "room.closing_time",
        str,
        lambda v: bool(_TIME.match(v)),
        'a time of day written HH:MM, such as "18:00"',
    ),
    SettingSpec("kiosk_mode", "kiosk.mode", bool, _any, "true or false"),
    SettingSpec(
        "screen",
        "kiosk.screen",
        str,
        lambda v: len(v) <= 120,
        "a screen name (empty for the primary screen)",
    ),
    SettingSpec(
        "idle_timeout_s",
        "kiosk.idle_timeout_s",
        int,
        _in_range(5, 3600),
        "a whole number of seconds from 5 to 3600",
    ),
    SettingSpec(
        "facilitator_timeout_s",
        "kiosk.facilitator_timeout_s",
        int,
        _in_range(0, 86400),
        "a whole number of seconds from 0 to 86400",
    ),
    SettingSpec("large_text", "kiosk.large_text", bool, _any, "true or false"),
    SettingSpec(
        "backup_keep_days",
        "backup.keep_days",
        int,
        _in_range(1, 3650),
        "a whole number of days from 1 to 3650",
    ),
    SettingSpec(
        "backup_copy_to",
        "backup.copy_to",
        str,
        lambda v: len(v) <= 400,
        "a folder (a network share or a USB drive) to copy each backup to, or empty for none",
    ),
    SettingSpec(
        "register_url",
        "register.url",
        str,
        _url,
        "an http:// or https:// address, or empty for none",
    ),
    SettingSpec(
        "sync_interval_min",
        "register.sync_interval_min",
        int,
        _in_range(1, 1440),
        "a whole number of minutes from 1 to 1440",
    ),
    SettingSpec(
        "register_ca_bundle",
        "register.ca_bundle",
        str,
        lambda v: (
            v == ""
            or (len(v) <= 400 and Path(v).suffix.lower() in (".pem", ".crt") and Path(v).is_file())
        ),
        "the path of an existing .pem or .crt file of CA certificates, or empty for the system's",
    ),
    SettingSpec(
        "register_allow_http",
        "register.allow_http",
        bool,
        _any,
        "true or false (true lets an http:// register outside this machine see the traffic)",
    ),
    SettingSpec(
        "retention_days",
        "privacy.retention_days",
        int,
        _in_range(1, 3650),
        "a whole number of days from 1 to 3650",
    ),
    SettingSpec(
        "logo",
        "branding.logo",
        str,
        lambda v: v == "" or Path(v).suffix.lower() in (".png", ".jpg", ".jpeg", ".svg"),
        "a path to a .png, .jpg or .svg file, or empty",
    ),
    SettingSpec(
        "primary_colour",
        "branding.primary",
        str,
        lambda v: bool(_COLOUR.match(v)),
        'a colour written #RRGGBB, such as "#005EB8"',
    ),
    SettingSpec(
        "accent_colour",
        "branding.accent",
        str,
        lambda v: bool(_COLOUR.match(v)),
        'a colour written #RRGGBB, such as "#00703C"',
    ),
    SettingSpec(
        "boards_require_approval",
        "boards.require_approval",
        bool,
        _any,
        "true (a facilitator approves posts before they show) or false",
    ),
)
SPECS += (
    SettingSpec(
        "project_url",
        "showcase.project_url",
        str,
        lambda v: v.count("{id}") == 1 and _url(v.replace("{id}", "x")) and v != "",
        'an http:// or https:// address with "{id}" where the project\'s id goes',
    ),
    SettingSpec("audio_enabled", "audio.enabled", bool, _any, "true or false"),
    SettingSpec(
        "on_screen_keyboard",
        "kiosk.on_screen_keyboard",
        str,
        lambda v: v in KEYBOARD_MODES,
        '"auto" (shown in kiosk mode), "on" (always) or "off" (never)',
    ),
    SettingSpec(
        "drives",
        "kiosk.drives",
        str,
        lambda v: len(v) <= 1000,
        "folders where removable drives appear, separated by the path separator (or empty)",
    ),
    SettingSpec(
        "av_screen",
        "av.screen",
        str,
        lambda v: len(v) <= 120,
        "the AV display's screen name, \"auto\" for any screen but the kiosk's, or empty for none",
    ),
)
SPEC_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SPECS}
SPEC_BY_FIELD: dict[str, SettingSpec] = {spec.field: spec for spec in SPECS}

# Ordered upgrades: UPGRADES[n] turns a schema n document into schema n + 1.
# Schema 0 is a file written before schema_version existed: idle timeout had no unit suffix.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: lambda doc: _rename(doc, "kiosk", "idle_timeout", "idle_timeout_s"),
}


# Names a setting had in older schemas, so that messages point at the line the user wrote.
FORMER_KEYS: dict[str, tuple[str, ...]] = {"kiosk.idle_timeout_s": ("kiosk.idle_timeout",)}


def _rename(doc: dict[str, Any], section: str, old: str, new: str) -> dict[str, Any]:
    table = doc.get(section)
    if isinstance(table, dict) and old in table and new not in table:
        table[new] = table.pop(old)
    return doc


def _line_of(text: str, key: str) -> int | None:
    """The 1-based line where dotted `key` is set in `text`, for messages."""
    section, _, name = key.rpartition(".")
    current = ""
    pattern = re.compile(rf"^\s*{re.escape(name)}\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"^\s*\[([^\]]+)\]", line)
        if header:
            current = header.group(1).strip()
        elif current == section and pattern.match(line):
            return number
    return None


def _coerce(spec: SettingSpec, raw: Any, *, strict: bool = False) -> Any:
    """Turn a value from TOML or the command line into the setting's type, or raise ValueError.

    `strict` (a TOML file): the value must have the setting's type already; `idle_timeout_s =
    "90"` is a mistake in a file, whereas the command line only has text.
    """
    if strict and spec.kind in (bool, int) and isinstance(raw, str):
        raise ValueError(raw)
    if spec.kind is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in ("true", "false", "yes", "no", "1", "0"):
            return raw.lower() in ("true", "yes", "1")
        raise ValueError(raw)
    if spec.kind is int:
        if isinstance(raw, bool):
            raise ValueError(raw)
        if isinstance(raw, int):
            return raw
        if isinstance(raw, str) and re.fullmatch(r"[+-]?\d+", raw.strip()):
            return int(raw)
        raise ValueError(raw)
    if isinstance(raw, str):
        return raw.strip()
    raise ValueError(raw)


def _checked(
    spec: SettingSpec, raw: Any, *, file: str, line: int | None, strict: bool = False
) -> Any:
    try:
        value = _coerce(spec, raw, strict=strict)
    except ValueError:
        value = None
    if value is None or not spec.check(value):
        raise KioskError(
            ErrorCode.CONFIG_BAD_VALUE,
            file=file,
            line=line,
            setting=spec.key,
            rule=spec.rule,
            value=str(raw)[:60],
        )
    return value


def parse_settings(text: str, *, file: str = "<config>") -> Settings:
    """Parse a TOML document into Settings; raise KioskError naming file, line and setting."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise KioskError(
            ErrorCode.CONFIG_SYNTAX,
            file=file,
            line=int(match.group(1)) if match else None,
            detail=str(exc).split(" (at")[0],
        ) from None
    version = doc.pop("schema_version", 0 if doc else SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise KioskError(
            ErrorCode.CONFIG_BAD_VALUE,
            file=file,
            line=_first_line(text),
            setting="schema_version",
            rule="a whole number",
            value=str(version),
        )
    if version > SCHEMA_VERSION:
        raise KioskError(
            ErrorCode.CONFIG_TOO_NEW,
            file=file,
            line=_first_line(text),
            setting="schema_version",
            value=str(version),
        )
    for step in range(version, SCHEMA_VERSION):
        doc = UPGRADES[step](doc)
    values: dict[str, Any] = {}
    for section, table in doc.items():
        if not isinstance(table, dict):
            raise KioskError(
                ErrorCode.CONFIG_UNKNOWN_SETTING,
                file=file,
                line=_line_of(text, f".{section}") or _first_line(text),
                setting=section,
            )
        for name, raw in table.items():
            key = f"{section}.{name}"
            spec = SPEC_BY_KEY.get(key)
            line = _line_of(text, key)
            for former in FORMER_KEYS.get(key, ()):
                line = line or _line_of(text, former)
            if spec is None:
                raise KioskError(
                    ErrorCode.CONFIG_UNKNOWN_SETTING, file=file, line=line, setting=key
                )
            values[spec.field] = _checked(spec, raw, file=file, line=line, strict=True)
    settings = Settings(**values)
    if not http_allowed(settings.register_url, allow_http=settings.register_allow_http):
        raise KioskError(
            ErrorCode.CONFIG_BAD_VALUE,
            file=file,
            line=_line_of(text, "register.url"),
            setting="register.url",
            rule="an https:// address (http:// only on this machine, or with "
            "register.allow_http = true)",
            value=settings.register_url[:60],
        )
    return settings


def http_allowed(url: str, *, allow_http: bool) -> bool:
    """Whether sync may use `url`: https, or http to this machine or when allowed explicitly
    (plain HTTP elsewhere shows the token and every record to the network)."""
    parts = urlsplit(url)
    if parts.scheme != "http" or allow_http:
        return True
    return (parts.hostname or "") in ("localhost", "::1") or (parts.hostname or "").startswith(
        "127."
    )


def _first_line(text: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip().startswith("schema_version"):
            return number
    return None


def load_settings(path: Path, *, required: bool = False) -> Settings:
    """Load settings from `path`; a missing optional file gives the defaults."""
    if not path.exists():
        if required:
            raise KioskError(ErrorCode.CONFIG_UNREADABLE, file=str(path), reason="not found")
        return Settings()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KioskError(
            ErrorCode.CONFIG_UNREADABLE, file=str(path), reason=type(exc).__name__
        ) from None
    return parse_settings(text, file=str(path))


def apply_overrides(settings: Settings, overrides: Mapping[str, str]) -> Settings:
    """Apply `key=value` overrides from the command line (keys as in the file)."""
    changes: dict[str, Any] = {}
    for key, raw in overrides.items():
        spec = SPEC_BY_KEY.get(key)
        if spec is None:
            raise KioskError(
                ErrorCode.CONFIG_UNKNOWN_SETTING, file="command line", line=None, setting=key
            )
        changes[spec.field] = _checked(spec, raw, file="command line", line=None)
    return dataclasses.replace(settings, **changes)


def dump_settings(settings: Settings) -> str:
    """Write settings as a TOML document that parse_settings reads back identically."""
    sections: dict[str, list[str]] = {}
    for spec in SPECS:
        section, _, name = spec.key.partition(".")
        value = getattr(settings, spec.field)
        if isinstance(value, bool):
            literal = "true" if value else "false"
        elif isinstance(value, int):
            literal = str(value)
        else:
            literal = _toml_string(str(value))
        sections.setdefault(section, []).append(f"{name} = {literal}")
    parts = [f"schema_version = {SCHEMA_VERSION}"]
    for section, lines in sections.items():
        parts.append(f"\n[{section}]\n" + "\n".join(lines))
    return "\n".join(parts) + "\n"


_TOML_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _toml_string(value: str) -> str:
    """A TOML basic string: control characters are not allowed raw, so escape them."""
    out = []
    for ch in value:
        if ch in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically: a half-written config file must never be left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(dump_settings(settings), encoding="utf-8")
    tmp.replace(path)


def describe_settings() -> str:
    """One line per setting for --help: key, rule and default."""
    defaults = Settings()
    return "\n".join(
        f"  {spec.key:<28} {spec.rule} (default: {getattr(defaults, spec.field)!r})"
        for spec in SPECS
    )
