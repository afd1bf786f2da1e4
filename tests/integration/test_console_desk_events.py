"""The register's desk creates and edits events for the rooms with a description in each
language, as the kiosks' events have (issue 16), on a real SQLite register."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from sync.console import desk
from sync.register.store import RegisterStore, RegRecord, make_register_engine

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def test_the_desk_saves_both_descriptions_and_an_edit_keeps_them_apart(tmp_path: Path) -> None:
    store = RegisterStore(make_register_engine(f"sqlite:///{tmp_path / 'register.sqlite3'}"))
    store.create()
    fields = {
        "kind": "peer_support",
        "title_en": "Peer support drop-in",
        "title_cy": "Galw heibio cymorth cymheiriaid",
        "starts_at": "2026-12-08T10:00:00+00:00",
        "ends_at": "2026-12-08T11:00:00+00:00",
        "location": "Qspace",
        "description": "Bring a question.",
        "description_cy": "Dewch â chwestiwn.",
    }
    event_id = desk.save_event(store, None, fields, now=NOW)
    with Session(store.engine) as session:
        record = session.get(RegRecord, ("event", event_id))
        assert record is not None
        assert (record.data["description"], record.data["description_cy"]) == (
            "Bring a question.",
            "Dewch â chwestiwn.",
        )
    desk.save_event(
        store, event_id, {**fields, "description_cy": "Dewch draw."}, now=NOW.replace(hour=10)
    )
    with Session(store.engine) as session:
        record = session.get(RegRecord, ("event", event_id))
        assert record is not None
        assert (record.data["description"], record.data["description_cy"]) == (
            "Bring a question.",
            "Dewch draw.",
        )
