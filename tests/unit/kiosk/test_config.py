"""Settings from one TOML file: defaults, mistakes named by file and line, upgrades, saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

from kiosk.config import (
    SCHEMA_VERSION,
    SPECS,
    Settings,
    apply_overrides,
    describe_settings,
    dump_settings,
    load_settings,
    parse_settings,
    save_settings,
)
from kiosk.errors import ErrorCode, KioskError

VALID = """\
schema_version = 1

[room]
name = "Qspace Glan Hafren"
health_board = "Bwrdd Iechyd Prifysgol Enghreifftiol"
default_language = "cy"
closing_time = "17:30"

[kiosk]
mode = true
screen = "HDMI-1"
idle_timeout_s = 120
large_text = true

[register]
url = "https://register.example.org/api"
sync_interval_min = 15

[privacy]
retention_days = 730

[branding]
logo = "/opt/qspace/logo.svg"
primary = "#112233"
accent = "#aabbcc"
"""

VALID_SETTINGS = Settings(
    room_name="Qspace Glan Hafren",
    health_board="Bwrdd Iechyd Prifysgol Enghreifftiol",
    default_language="cy",
    kiosk_mode=True,
    screen="HDMI-1",
    idle_timeout_s=120,
    large_text=True,
    closing_time="17:30",
    register_url="https://register.example.org/api",
    sync_interval_min=15,
    retention_days=730,
    logo="/opt/qspace/logo.svg",
    primary_colour="#112233",
    accent_colour="#aabbcc",
)


def _error(text: str, *, file: str = "kiosk.toml") -> KioskError:
    with pytest.raises(KioskError) as caught:
        parse_settings(text, file=file)
    return caught.value


# Defaults and a good file


def test_a_missing_config_file_gives_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "config.toml")

    assert settings == Settings()
    assert settings.room_name == "Qspace"
    assert settings.default_language == "en"
    assert settings.kiosk_mode is False
    assert settings.idle_timeout_s == 90
    assert settings.closing_time == "18:00"
    assert settings.register_url == ""
    assert settings.primary_colour == "#005EB8"


def test_an_empty_file_gives_the_defaults() -> None:
    assert parse_settings("") == Settings()
    assert parse_settings("# nothing set yet\n") == Settings()


def test_the_defaults_pass_their_own_checks() -> None:
    assert parse_settings(dump_settings(Settings())) == Settings()


def test_a_missing_file_that_is_required_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"

    with pytest.raises(KioskError) as caught:
        load_settings(path, required=True)

    assert caught.value.code is ErrorCode.CONFIG_UNREADABLE
    assert caught.value.params == {"file": str(path), "reason": "not found"}


def test_a_file_that_is_not_utf8_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'[room]\nname = "Caf\xe9"\n')

    with pytest.raises(KioskError) as caught:
        load_settings(path)

    assert caught.value.code is ErrorCode.CONFIG_UNREADABLE
    assert caught.value.params["file"] == str(path)


def test_a_valid_file_sets_every_setting(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(VALID, encoding="utf-8")

    assert load_settings(path) == VALID_SETTINGS


def test_values_are_trimmed_and_welsh_text_is_kept() -> None:
    settings = parse_settings('schema_version = 1\n[room]\nname = "  Ystafell Qspace — Llŷr  "\n')

    assert settings.room_name == "Ystafell Qspace — Llŷr"


def test_a_partial_file_keeps_the_other_defaults() -> None:
    settings = parse_settings("schema_version = 1\n[kiosk]\nlarge_text = true\n")

    assert settings == Settings(large_text=True)


# Mistakes in the file


def test_a_toml_syntax_error_names_the_file_and_line() -> None:
    text = 'schema_version = 1\n\n[room]\nname = "Qspace\n'

    error = _error(text, file="/etc/qspace/config.toml")

    assert error.code is ErrorCode.CONFIG_SYNTAX
    assert error.params["file"] == "/etc/qspace/config.toml"
    assert error.params["line"] == 4
    assert error.params["detail"]


@pytest.mark.parametrize(
    ("text", "line", "setting"),
    [
        ("schema_version = 1\n[kiosk]\nmode = true\nidle = 5\n", 4, "kiosk.idle"),
        ("schema_version = 1\n\n[display]\nwidth = 1920\n", 4, "display.width"),
        ('schema_version = 1\ncolour = "blue"\n', 2, "colour"),
        # Files at the current schema must use the current names.
        ("schema_version = 1\n[kiosk]\nidle_timeout = 60\n", 3, "kiosk.idle_timeout"),
    ],
    ids=["unknown-key", "unknown-section", "top-level-key", "old-name-in-new-file"],
)
def test_an_unknown_setting_names_its_line_and_key(text: str, line: int, setting: str) -> None:
    error = _error(text)

    assert error.code is ErrorCode.CONFIG_UNKNOWN_SETTING
    assert error.params == {"file": "kiosk.toml", "line": line, "setting": setting}


@pytest.mark.parametrize(
    ("section", "assignment", "setting"),
    [
        ("kiosk", 'idle_timeout_s = "abc"', "kiosk.idle_timeout_s"),
        ("kiosk", "idle_timeout_s = 2", "kiosk.idle_timeout_s"),
        ("kiosk", "idle_timeout_s = 60.5", "kiosk.idle_timeout_s"),
        ("kiosk", "idle_timeout_s = true", "kiosk.idle_timeout_s"),
        ("kiosk", 'mode = "sometimes"', "kiosk.mode"),
        ("branding", 'primary = "blue"', "branding.primary"),
        ("branding", 'accent = "#12345"', "branding.accent"),
        ("branding", 'logo = "logo.gif"', "branding.logo"),
        ("room", 'default_language = "fr"', "room.default_language"),
        ("room", 'name = "   "', "room.name"),
        ("room", "name = 42", "room.name"),
        ("room", 'closing_time = "6pm"', "room.closing_time"),
        ("room", 'closing_time = "24:00"', "room.closing_time"),
        ("register", 'url = "ftp://register.example.org"', "register.url"),
        ("register", "sync_interval_min = 0", "register.sync_interval_min"),
        ("privacy", "retention_days = 3651", "privacy.retention_days"),
        ("kiosk", 'on_screen_keyboard = "yes"', "kiosk.on_screen_keyboard"),
    ],
)
def test_a_bad_value_names_file_line_and_setting(
    section: str, assignment: str, setting: str
) -> None:
    text = (
        f"schema_version = 1\n# Qspace settings\n\n[{section}]\n# the value below\n{assignment}\n"
    )

    error = _error(text, file="/etc/qspace/config.toml")

    assert error.code is ErrorCode.CONFIG_BAD_VALUE
    assert error.params["file"] == "/etc/qspace/config.toml"
    assert error.params["line"] == 6
    assert error.params["setting"] == setting
    assert error.params["rule"] == next(spec.rule for spec in SPECS if spec.key == setting)


def test_a_bad_value_reports_what_was_found() -> None:
    error = _error('schema_version = 1\n[branding]\nprimary = "blue"\n')

    assert error.params["value"] == "blue"


def test_a_schema_version_newer_than_this_program_is_refused() -> None:
    error = _error(f"# written by a newer kiosk\nschema_version = {SCHEMA_VERSION + 1}\n")

    assert error.code is ErrorCode.CONFIG_TOO_NEW
    assert error.params == {
        "file": "kiosk.toml",
        "line": 2,
        "setting": "schema_version",
        "value": str(SCHEMA_VERSION + 1),
    }


@pytest.mark.parametrize("value", ['"1"', "-1", "true", "1.0"])
def test_a_schema_version_that_is_not_a_whole_number_is_a_bad_value(value: str) -> None:
    error = _error(f"schema_version = {value}\n")

    assert error.code is ErrorCode.CONFIG_BAD_VALUE
    assert error.params["setting"] == "schema_version"
    assert error.params["line"] == 1


# Upgrades


def test_a_file_from_before_schema_versions_is_upgraded() -> None:
    text = '[room]\nname = "Hen Ystafell"\n\n[kiosk]\nidle_timeout = 120\nmode = true\n'

    settings = parse_settings(text)

    assert settings == Settings(room_name="Hen Ystafell", idle_timeout_s=120, kiosk_mode=True)


def test_an_explicit_schema_0_file_is_upgraded() -> None:
    assert parse_settings("schema_version = 0\n[kiosk]\nidle_timeout = 45\n").idle_timeout_s == 45


def test_a_bad_value_in_an_old_file_names_the_line_the_user_wrote() -> None:
    error = _error("[room]\nname = 'Hen'\n\n[kiosk]\nidle_timeout = 2\n", file="old.toml")

    assert error.code is ErrorCode.CONFIG_BAD_VALUE
    assert error.params["file"] == "old.toml"
    assert error.params["line"] == 5
    assert error.params["setting"] == "kiosk.idle_timeout_s"


# Command-line overrides


def test_overrides_change_only_the_settings_given() -> None:
    base = Settings(room_name="Qspace Bro Tawe")

    settings = apply_overrides(
        base,
        {"kiosk.idle_timeout_s": "60", "kiosk.mode": "yes", "room.default_language": "cy"},
    )

    assert settings == Settings(
        room_name="Qspace Bro Tawe", idle_timeout_s=60, kiosk_mode=True, default_language="cy"
    )
    assert base.idle_timeout_s == 90


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("true", True), ("TRUE", True), ("1", True), ("no", False), ("0", False)],
)
def test_overrides_read_true_and_false_as_people_write_them(raw: str, expected: bool) -> None:
    assert apply_overrides(Settings(), {"kiosk.large_text": raw}).large_text is expected


def test_no_overrides_leaves_the_settings_alone() -> None:
    assert apply_overrides(VALID_SETTINGS, {}) == VALID_SETTINGS


def test_an_unknown_override_is_named() -> None:
    with pytest.raises(KioskError) as caught:
        apply_overrides(Settings(), {"kiosk.idle": "60"})

    assert caught.value.code is ErrorCode.CONFIG_UNKNOWN_SETTING
    assert caught.value.params == {"file": "command line", "line": None, "setting": "kiosk.idle"}


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("kiosk.idle_timeout_s", "soon"),
        ("kiosk.idle_timeout_s", "4"),
        ("kiosk.mode", "maybe"),
        ("branding.primary", "blue"),
        ("room.default_language", "fr"),
        ("kiosk.on_screen_keyboard", "always"),
    ],
)
def test_a_bad_override_is_a_bad_value(key: str, raw: str) -> None:
    with pytest.raises(KioskError) as caught:
        apply_overrides(Settings(), {key: raw})

    assert caught.value.code is ErrorCode.CONFIG_BAD_VALUE
    assert caught.value.params["file"] == "command line"
    assert caught.value.params["setting"] == key
    assert caught.value.params["value"] == raw


# Writing settings back


def test_dump_writes_the_current_schema_version_first() -> None:
    assert dump_settings(Settings()).splitlines()[0] == f"schema_version = {SCHEMA_VERSION}"


@pytest.mark.parametrize("settings", [Settings(), VALID_SETTINGS], ids=["defaults", "valid"])
def test_dump_then_parse_gives_the_same_settings(settings: Settings) -> None:
    assert parse_settings(dump_settings(settings)) == settings


def test_dump_keeps_quotes_and_backslashes() -> None:
    settings = apply_overrides(
        Settings(), {"room.name": 'The "Q" room', "kiosk.screen": "\\\\.\\DISPLAY2"}
    )

    assert parse_settings(dump_settings(settings)) == settings


@given(
    room=st.text(max_size=60),
    board=st.text(max_size=120),
    screen=st.text(max_size=120),
    idle=st.integers(min_value=5, max_value=3600),
)
def test_any_valid_text_survives_dump_and_parse(
    room: str, board: str, screen: str, idle: int
) -> None:
    overrides = {
        "room.name": room,
        "room.health_board": board,
        "kiosk.screen": screen,
        "kiosk.idle_timeout_s": str(idle),
    }
    try:
        settings = apply_overrides(Settings(), overrides)
    except KioskError:
        reject()

    assert parse_settings(dump_settings(settings)) == settings


def test_save_writes_a_file_that_loads_back(tmp_path: Path) -> None:
    path = tmp_path / "qspace" / "config.toml"

    save_settings(VALID_SETTINGS, path)

    assert load_settings(path, required=True) == VALID_SETTINGS


def test_save_replaces_the_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    save_settings(Settings(), path)

    save_settings(VALID_SETTINGS, path)

    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]
    assert load_settings(path) == VALID_SETTINGS


def test_help_lists_every_setting_with_its_default() -> None:
    text = describe_settings()

    for spec in SPECS:
        assert spec.key in text
    assert "(default: 90)" in text


def test_the_on_screen_keyboard_setting_is_auto_on_or_off() -> None:
    assert Settings().on_screen_keyboard == "auto"
    for mode in ("auto", "on", "off"):
        settings = apply_overrides(Settings(), {"kiosk.on_screen_keyboard": mode})
        assert settings.on_screen_keyboard == mode
    assert "kiosk.on_screen_keyboard" in describe_settings()
