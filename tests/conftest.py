"""Shared fixtures: offscreen Qt, private user directories, a fresh SQLite file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from tests.pulse import PulseServer, start_pulse, stop_pulse

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests check results, not speed: on a loaded 2-core CI machine one example can take
# longer than Hypothesis' default 200 ms deadline, which would fail a correct run as flaky.
settings.register_profile("qspace", deadline=None)
settings.load_profile("qspace")

# A fixed instant for services and demo content: tests never read the wall clock.
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _private_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep config, data and logs of every test out of the real user directories."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))


@pytest.fixture
def now() -> datetime:
    """The instant tests run at."""
    return NOW


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A URL for a new SQLite file of this test's own."""
    return f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"


@pytest.fixture
def store(db_url: str) -> Iterator[object]:
    """A migrated, empty store on a real SQLite file, with a fixed clock."""
    from kiosk.db import Store, make_engine, migrate

    engine = make_engine(db_url)
    migrate(engine)
    yield Store(engine, clock=lambda: NOW)
    engine.dispose()


@pytest.fixture(scope="session")
def pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    """A private PulseAudio for this run: a null sink is the default output and its monitor the
    default input, so PortAudio really plays and records with no sound card. The environment
    (PULSE_SERVER, ALSA_CONFIG_PATH, ...) is set for the whole session, before PortAudio starts
    in this process, and the server stops at the end. Tests using it are marked `audio`.
    """
    server = start_pulse(tmp_path_factory.mktemp("pulse"))
    saved = {name: os.environ.get(name) for name in server.env}
    os.environ.update(server.env)
    yield server
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    stop_pulse(server)
