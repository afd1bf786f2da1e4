"""Filtering the project list as a visitor types."""

from __future__ import annotations

from kiosk.dto.catalogue import ProjectCard
from kiosk.text import fold


def filter_projects(cards: list[ProjectCard], query: str) -> list[ProjectCard]:
    """Cards whose title, aim, department or topics contain every word of `query`."""
    words = fold(query).split()
    if not words:
        return cards

    def haystack(card: ProjectCard) -> str:
        return fold(
            " ".join(
                (
                    card.title,
                    card.aim,
                    card.department_en,
                    card.department_cy,
                    *card.topics_en,
                    *card.topics_cy,
                )
            )
        )

    return [card for card in cards if all(word in haystack(card) for word in words)]
