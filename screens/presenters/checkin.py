"""The check-in flow's rules: steps, choices, what can be confirmed, what to say."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from kiosk.dto.checkin import CheckinChoices, CheckinResult, NewVisitor, PersonMatch, VisitorCard
from kiosk.errors import ErrorCode, KioskError
from kiosk.validation import visitor_field_problem


class Step(Enum):
    """Where the visitor is in the flow."""

    FIND = "find"
    REGISTER = "register"
    PURPOSE = "purpose"
    ALREADY_IN = "already_in"
    DONE = "done"


# Form fields a KioskError can name, in the order the form shows them.
FORM_FIELDS = ("name", "department", "email", "role")


@dataclass
class FormProblem:
    """A message for one field of the new-visitor form (the widget translates the code)."""

    field: str
    code: ErrorCode
    limit: int | None = None


@dataclass
class CheckinState:
    """Everything the check-in screen shows; reset clears it all."""

    step: Step = Step.FIND
    query: str = ""
    matches: list[PersonMatch] = field(default_factory=list)
    choices: CheckinChoices | None = None
    person_id: str | None = None
    first_name: str = ""
    language: str = ""
    topics: set[str] = field(default_factory=set)
    event_id: str | None = None
    problem: FormProblem | None = None
    visitor: VisitorCard | None = None
    result: CheckinResult | None = None
    pass_token: str | None = None
    # The visitor chose a language during this check-in: their stored one no longer applies.
    language_chosen: bool = False


class CheckinPresenter:
    """Decides the check-in flow; the widget renders its state and forwards input."""

    MIN_QUERY = 2

    def __init__(self) -> None:
        self.state = CheckinState()

    def reset(self) -> None:
        """Back to the start, with nothing personal kept."""
        choices = self.state.choices
        self.state = CheckinState(choices=choices)

    def visitor_chose_language(self) -> None:
        """The visitor switched the language themselves during this check-in."""
        self.state.language_chosen = True

    def language_to_show(self, stored: str, current: str) -> str | None:
        """The language to switch to for a visitor whose stored language is `stored`, or None
        to stay in `current` (always None once the visitor chose a language in this flow)."""
        if self.state.language_chosen or stored not in ("cy", "en") or stored == current:
            return None
        return stored

    def wants_search(self, query: str) -> bool:
        """Record what was typed; whether it is long enough to search."""
        self.state.query = query
        if len(query.strip()) < self.MIN_QUERY:
            self.state.matches = []
            return False
        return True

    def matches_found(self, query: str, matches: list[PersonMatch]) -> bool:
        """Show matches unless the visitor has typed on since (returns whether shown)."""
        if query != self.state.query:
            return False
        self.state.matches = matches
        return True

    def start_new_visitor(self) -> None:
        """The visitor is new here: show the form."""
        self.state.step = Step.REGISTER
        self.state.problem = None

    def form_failed(self, error: KioskError) -> FormProblem:
        """The form was refused: which field, and why."""
        name = str(error.params.get("field", "name"))
        limit = error.params.get("limit")
        problem = FormProblem(
            name if name in FORM_FIELDS else "name",
            error.code,
            int(limit) if isinstance(limit, int) else None,
        )
        self.state.problem = problem
        return problem

    def field_edited(self, name: str, value: str) -> bool:
        """The visitor changed a form field: its error goes once the field is correct.

        Returns whether the problem shown changed (the widget renders it again).
        """
        problem = self.state.problem
        if problem is None or problem.field != name or visitor_field_problem(name, value):
            return False
        self.state.problem = None
        return True

    @staticmethod
    def new_visitor(
        name: str,
        department: tuple[str | None, str],
        email: str,
        role: str,
        language: str,
        consent_display: bool,
        consent_contact: bool,
    ) -> NewVisitor:
        """The form's values as a NewVisitor (department: chosen id, or a typed name)."""
        department_id, typed = department
        return NewVisitor(
            name=name,
            department_id=department_id,
            new_department="" if department_id else typed.strip(),
            email=email,
            role=role,
            language=language,
            consent_display=consent_display,
            consent_contact=consent_contact,
        )

    def person_chosen(self, visitor: VisitorCard) -> None:
        """A returning visitor picked themselves (or just registered)."""
        self.state.person_id = visitor.person_id
        self.state.first_name = visitor.first_name
        self.state.language = visitor.language
        self.state.visitor = visitor
        self.state.topics = set()
        self.state.event_id = None
        self.state.problem = None
        self.state.step = Step.ALREADY_IN if visitor.open_visit_id else Step.PURPOSE

    def toggle_topic(self, slug: str) -> None:
        """Choose or unchoose a topic."""
        self.state.topics ^= {slug}

    def toggle_event(self, event_id: str) -> None:
        """Choose the event on now, or unchoose it."""
        self.state.event_id = None if self.state.event_id == event_id else event_id

    @property
    def can_confirm(self) -> bool:
        """At least one topic or an event is chosen."""
        return bool(self.state.topics) or self.state.event_id is not None

    def checked_in(self, result: CheckinResult) -> None:
        """The visit is recorded: show the confirmation."""
        self.state.result = result
        self.state.first_name = result.first_name
        self.state.language = result.language
        self.state.person_id = result.person_id
        self.state.step = Step.DONE

    def already_in(self, visitor: VisitorCard) -> None:
        """A scan or a pick found the visitor in the room already: offer check-out."""
        self.person_chosen(visitor)
        self.state.step = Step.ALREADY_IN
