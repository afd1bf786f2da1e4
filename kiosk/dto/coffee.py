"""Coffee trials: the pool, a person's place in it and the rounds' pairs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CoffeeStatus:
    """A person's place in the coffee pool."""

    opted_in: bool
    snoozed_until: date | None
    avoiding: tuple[str, ...]  # first names


@dataclass(frozen=True)
class CoffeeMember:
    """A person in a coffee group, as on a printed slip (first name and department)."""

    person_id: str
    first_name: str
    department_en: str
    department_cy: str


@dataclass(frozen=True)
class CoffeeGroup:
    """A pair, or the one trio, of a round."""

    number: int
    members: tuple[CoffeeMember, ...]


@dataclass(frozen=True)
class CoffeeRoundResult:
    """A round as run (or, with `recorded` false, as it would run)."""

    round_id: str | None
    held_on: date
    groups: tuple[CoffeeGroup, ...]
    sat_out: tuple[str, ...]  # person ids who could not be placed (avoid choices)
    recorded: bool
    cross_department_share: float


@dataclass(frozen=True)
class CoffeeMatchNotice:
    """A coffee match to show at check-in, or to ask "did you meet?" about."""

    round_id: str
    held_on: date
    partners: tuple[CoffeeMember, ...]
