"""The session presenter without Qt: chimes, what the store is told, the AV display's model."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.dto.sessions import ContributionView, ItemView, SegmentView, SessionDetail
from screens.presenters.sharing import SessionPresenter, clock_text

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


class Mono:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def card(
    id_: str, kind: str, *, hidden: bool = False, merged: str | None = None
) -> ContributionView:
    return ContributionView(id_, kind, f"text {id_}", True, None, hidden, merged, False, 0)


def detail(**changes: object) -> SessionDetail:
    values: dict[str, object] = {
        "id": "s1",
        "title": "PDSA clinic",
        "template": "pdsa_clinic",
        "state": "planned",
        "event_id": None,
        "event_title_en": None,
        "event_title_cy": None,
        "started_at": None,
        "ended_at": None,
        "votes_per_person": 3,
        "revealed": False,
        "segments": (
            SegmentView("g1", 0, "Welcome", "timed", 120, 0, None, None, False),
            SegmentView("g2", 1, "Round robin", "round_robin", 240, 0, None, None, False),
        ),
        "items": (
            ItemView("t1", 0, "team", "Ward 4", None),
            ItemView("t2", 1, "team", "Pharmacy", None),
            ItemView("p1", 2, "project", "Falls", "proj"),
        ),
        "contributions": (
            card("a", "idea"),
            card("b", "idea", hidden=True),
            card("c", "tip", merged="a"),
        ),
        "attendees": (),
        "attendance": 0,
        "actions": (),
        "airtime": (),
        "results": (),
        "votes_cast": 0,
        "feedback_count": 0,
        "mean_rating": None,
    }
    values.update(changes)
    return SessionDetail(**values)  # type: ignore[arg-type]


def test_clock_text_counts_down_to_zero() -> None:
    assert clock_text(59.2) == "1:00"
    assert clock_text(0) == "0:00"
    assert clock_text(3725) == "1:02:05"


def test_chimes_at_one_minute_left_and_at_each_end_and_the_store_hears_of_segments() -> None:
    mono = Mono()
    chimes: list[str] = []
    presenter = SessionPresenter(monotonic=mono, chime=chimes.append)
    presenter.load(detail())

    assert presenter.start().started == (0,)
    mono.t = 60
    assert presenter.tick().ended == ()
    mono.t = 61
    presenter.tick()
    assert chimes == ["chime_one_minute"]
    mono.t = 120
    recorded = presenter.tick()
    assert chimes[-1] == "chime_end"
    assert recorded.ended == ((0, 0, False),)
    assert recorded.started == (1,)
    model = presenter.model()
    assert (model.team, model.slot_number, model.slot_count) == ("Ward 4", 1, 2)
    assert model.remaining_text == "2:00"  # 240 s shared by two teams


def test_the_model_groups_visible_cards_by_kind_and_shows_the_item_presented() -> None:
    presenter = SessionPresenter(monotonic=Mono())
    presenter.load(detail())
    presenter.present("p1")

    model = presenter.model()

    assert {kind: [c.id for c in cards] for kind, cards in model.cards.items()} == {"idea": ["a"]}
    assert model.item is not None
    assert model.item.label == "Falls"
    assert [s.label for s in model.airtime] == ["Ward 4", "Pharmacy"]


def test_skipping_ends_the_segment_without_the_end_chime() -> None:
    chimes: list[str] = []
    presenter = SessionPresenter(monotonic=Mono(), chime=chimes.append)
    presenter.load(detail())
    presenter.start()

    recorded = presenter.skip()

    assert recorded.ended == ((0, 0, True),)
    assert chimes == []


def test_audio_unavailable_is_said_once() -> None:
    presenter = SessionPresenter(monotonic=Mono())
    assert presenter.audio_unavailable("no device") is True
    assert presenter.audio_unavailable("no device") is False


def test_a_ballot_has_an_opaque_key_and_the_sessions_number_of_dots() -> None:
    presenter = SessionPresenter(monotonic=Mono())
    presenter.load(detail())
    first = presenter.start_ballot()
    second = presenter.start_ballot()
    assert first.allowed == 3
    assert first.key != second.key
    assert len(first.key) == 32
