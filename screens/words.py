"""The words of the core in one place: every ErrorCode as a sentence, and the domain terms.

Each sentence and term is written once, under one translation context ("Words"), so the Welsh
catalogue holds it once (Picard's way: one place for translatable terms). Screens call these
functions instead of wording a KioskError, a stage or a card kind themselves; slides and
posters, which show Welsh and English side by side, look up the English source here and ask
Languages.welsh(CONTEXT, source) for the Welsh.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from kiosk.errors import ErrorCode, KioskError

CONTEXT = "Words"

# The stages of the Model for Improvement, by slug (screens.presenters.qnet.STAGES).
STAGES: Mapping[str, str] = {
    "aim": str(QT_TRANSLATE_NOOP("Words", "Setting the aim")),
    "measures": str(QT_TRANSLATE_NOOP("Words", "Choosing measures")),
    "changes": str(QT_TRANSLATE_NOOP("Words", "Choosing changes")),
    "testing": str(QT_TRANSLATE_NOOP("Words", "Testing changes (PDSA)")),
    "implementing": str(QT_TRANSLATE_NOOP("Words", "Implementing")),
    "spreading": str(QT_TRANSLATE_NOOP("Words", "Spreading")),
    "completed": str(QT_TRANSLATE_NOOP("Words", "Completed")),
}

# The kinds of card in a group session, one word each, and as headings over a column.
CARD_KINDS: Mapping[str, str] = {
    "idea": str(QT_TRANSLATE_NOOP("Words", "Idea")),
    "tip": str(QT_TRANSLATE_NOOP("Words", "Tip")),
    "problem": str(QT_TRANSLATE_NOOP("Words", "Problem")),
    "question": str(QT_TRANSLATE_NOOP("Words", "Question")),
    "action": str(QT_TRANSLATE_NOOP("Words", "Action")),
}
CARD_KIND_HEADINGS: Mapping[str, str] = {
    "idea": str(QT_TRANSLATE_NOOP("Words", "Ideas")),
    "tip": str(QT_TRANSLATE_NOOP("Words", "Tips")),
    "problem": str(QT_TRANSLATE_NOOP("Words", "Problems")),
    "question": str(QT_TRANSLATE_NOOP("Words", "Questions")),
    "action": str(QT_TRANSLATE_NOOP("Words", "Actions")),
}

# The kinds of event held in the room (kiosk.models.EventKind), by value.
EVENT_KINDS: Mapping[str, str] = {
    "workshop": str(QT_TRANSLATE_NOOP("Words", "Workshop")),
    "focus_group": str(QT_TRANSLATE_NOOP("Words", "Focus group")),
    "peer_support": str(QT_TRANSLATE_NOOP("Words", "Peer-support drop-in")),
    "coffee": str(QT_TRANSLATE_NOOP("Words", "Coffee meet-up")),
    "meeting": str(QT_TRANSLATE_NOOP("Words", "Meeting")),
}

# The decision at the end of a PDSA cycle (screens.presenters.qnet.ACTS).
ACTS: Mapping[str, str] = {
    "adopt": str(QT_TRANSLATE_NOOP("Words", "Adopt")),
    "adapt": str(QT_TRANSLATE_NOOP("Words", "Adapt")),
    "abandon": str(QT_TRANSLATE_NOOP("Words", "Abandon")),
}


class Named(Protocol):
    """Anything named in both languages, as the core's DTOs are (topics, departments)."""

    @property
    def name_cy(self) -> str: ...

    @property
    def name_en(self) -> str: ...


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def event_field(key: str) -> str:
    """The translated name of an event's field (EVENT_FIELDS), as the events form labels it
    and as its error messages name it: one wording for the translator."""
    return _tr(EVENT_FIELDS[key])


def stage_name(slug: str) -> str:
    """The translated name of a Model for Improvement stage (the slug if it is unknown)."""
    source = STAGES.get(slug)
    return _tr(source) if source is not None else slug


def card_kind_name(kind: str) -> str:
    """The translated name of a kind of card, one word ("Idea")."""
    source = CARD_KINDS.get(kind)
    return _tr(source) if source is not None else kind


def event_kind_name(kind: str) -> str:
    """The translated name of a kind of event ("Peer-support drop-in"); the value if unknown."""
    source = EVENT_KINDS.get(kind)
    return _tr(source) if source is not None else kind


def bilingual_text(cy: str, en: str, lang: str) -> str:
    """A text written in both languages, in `lang`, or in the other when it is empty."""
    first, other = (cy, en) if lang == "cy" else (en, cy)
    return first.strip() or other.strip()


def card_kind_heading(kind: str) -> str:
    """The translated heading over cards of a kind ("Ideas")."""
    source = CARD_KIND_HEADINGS.get(kind)
    return _tr(source) if source is not None else kind


def act_name(act: str | None) -> str:
    """The translated decision at the end of a PDSA cycle; "Not decided yet" for None."""
    source = ACTS.get(act or "")
    if source is None:
        return QCoreApplication.translate("Words", "Not decided yet")
    return _tr(source)


def topic_name(topic: Named, lang: str) -> str:
    """A topic's (or any bilingual item's) name in `lang` ("cy" or "en")."""
    return topic.name_cy if lang == "cy" else topic.name_en


def _arg(text: str, *values: object) -> str:
    """Fill %1, %2 … (in reverse, so %1 never eats the start of %10)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def _playlist_entry(params: Mapping[str, Any]) -> str:
    reason = params.get("reason")
    if reason == "duration":
        return _arg(
            QCoreApplication.translate("Words", "Seconds on screen must be from %1 to %2."),
            params.get("low"),
            params.get("high"),
        )
    if reason == "time":
        return _arg(
            QCoreApplication.translate("Words", "Write times as HH:MM, such as 08:00 (got “%1”)."),
            params.get("value"),
        )
    if reason == "window":
        return QCoreApplication.translate(
            "Words",
            "The window starts and ends at the same time; leave both empty for all day.",
        )
    if reason == "weekdays":
        return QCoreApplication.translate("Words", "Choose at least one day.")
    return QCoreApplication.translate("Words", "That slide cannot go in a loop.")


def _notice(params: Mapping[str, Any]) -> str:
    if params.get("reason") == "too_long":
        return _arg(
            QCoreApplication.translate("Words", "The message is too long: at most %1 characters."),
            params.get("limit"),
        )
    return QCoreApplication.translate("Words", "Write the message in Welsh, English or both.")


def _story(params: Mapping[str, Any]) -> str:
    field, reason, lang = params.get("field"), params.get("reason"), params.get("lang")
    if field == "title" and reason == "empty":
        return QCoreApplication.translate("Words", "Give the story a title, in Welsh or English.")
    if field == "measure":
        return QCoreApplication.translate(
            "Words", "That measure is not one of this project's measures; choose another."
        )
    if field == "member":
        return QCoreApplication.translate(
            "Words", "Someone chosen is no longer on the team or no longer agrees to be shown."
        )
    if field == "project":
        return QCoreApplication.translate(
            "Words", "Choose the project before naming team members or a measure."
        )
    names = {
        "title": QCoreApplication.translate("Words", "The title"),
        "problem": QCoreApplication.translate("Words", "The problem"),
        "change": QCoreApplication.translate("Words", "What changed"),
        "result": QCoreApplication.translate("Words", "The result"),
        "lessons": QCoreApplication.translate("Words", "Lessons learned"),
    }
    name = names.get(str(field), names["title"])
    language = (
        QCoreApplication.translate("Words", "Welsh")
        if lang == "cy"
        else QCoreApplication.translate("Words", "English")
    )
    if reason == "too_long":
        return _arg(
            QCoreApplication.translate("Words", "%1 (%2) is too long: at most %3 characters."),
            name,
            language,
            params.get("limit"),
        )
    return _arg(
        QCoreApplication.translate(
            "Words", "%1 (%2) has characters that cannot be stored. Please type it again."
        ),
        name,
        language,
    )


def _story_photo(params: Mapping[str, Any]) -> str:
    if params.get("reason") == "too_large":
        return QCoreApplication.translate(
            "Words", "That photo is too large to use; choose a smaller one."
        )
    if params.get("reason") == "unreadable":
        return QCoreApplication.translate(
            "Words", "That file could not be read; check the USB drive is still in."
        )
    return QCoreApplication.translate(
        "Words", "That file is not a photo the kiosk can show (JPEG or PNG); choose another."
    )


def _thanks(params: Mapping[str, Any]) -> str:
    if params.get("reason") == "too_long":
        return _too_long(params)
    field = params.get("field")
    if field == "to_whom":
        return QCoreApplication.translate("Words", "Say who the thanks are for.")
    if field == "signed":
        return QCoreApplication.translate("Words", "Sign with your name or leave it empty.")
    return QCoreApplication.translate("Words", "Write your note.")


def _too_long(params: Mapping[str, Any]) -> str:
    limit = params.get("limit")
    if limit is None:
        return QCoreApplication.translate("Words", "That is too long; please shorten it.")
    return _arg(
        QCoreApplication.translate("Words", "This is too long: at most %1 characters."), limit
    )


class Words(QObject):
    """Holds the sentences with a count: lupdate marks plural forms only in tr() calls."""

    def votes_used_up(self, limit: int) -> str:
        """VOTES_USED_UP, with the number of dots each person had."""
        return self.tr("You have used all your %n dot(s).", "", limit)


def _votes_used_up(params: Mapping[str, Any]) -> str:
    return Words().votes_used_up(int(params.get("limit", 0)))


def _bad_value(params: Mapping[str, Any]) -> str:
    return _arg(
        QCoreApplication.translate(
            "Words", "“%1” is not right: please check it. Nothing was saved."
        ),
        params.get("name") or params.get("setting", ""),
    )


def _pin_format(params: Mapping[str, Any]) -> str:
    return _arg(
        QCoreApplication.translate("Words", "A PIN has %1 to %2 digits."),
        params.get("min"),
        params.get("max"),
    )


# The fields of the events form and why the core refused one (EVENT_INVALID's field, reason).
EVENT_FIELDS: Mapping[str, str] = {
    "kind": str(QT_TRANSLATE_NOOP("Words", "Kind of event")),
    "title_en": str(QT_TRANSLATE_NOOP("Words", "Title in English")),
    "title_cy": str(QT_TRANSLATE_NOOP("Words", "Title in Welsh")),
    "location": str(QT_TRANSLATE_NOOP("Words", "Location")),
    "description": str(QT_TRANSLATE_NOOP("Words", "Description in English")),
    "description_cy": str(QT_TRANSLATE_NOOP("Words", "Description in Welsh")),
    "times": str(QT_TRANSLATE_NOOP("Words", "Start and end")),
    "capacity": str(QT_TRANSLATE_NOOP("Words", "Places")),
    "repeat": str(QT_TRANSLATE_NOOP("Words", "Repeats")),
    "occurrence": str(QT_TRANSLATE_NOOP("Words", "Date in the series")),
}
EVENT_REASONS: Mapping[str, str] = {
    "field_empty": str(QT_TRANSLATE_NOOP("Words", "please fill this in.")),
    "field_too_long": str(QT_TRANSLATE_NOOP("Words", "this is too long.")),
    "too_long": str(QT_TRANSLATE_NOOP("Words", "this is too long.")),
    "field_control_chars": str(
        QT_TRANSLATE_NOOP("Words", "this has characters that cannot be stored.")
    ),
    "order": str(QT_TRANSLATE_NOOP("Words", "the end must come after the start.")),
    "range": str(QT_TRANSLATE_NOOP("Words", "from 1 to 10,000, or no limit.")),
    "count": str(QT_TRANSLATE_NOOP("Words", "from 1 to 2,000 times.")),
    "until": str(QT_TRANSLATE_NOOP("Words", "the last date must not be before the first.")),
}


def _event_invalid(params: Mapping[str, Any]) -> str:
    field = EVENT_FIELDS.get(str(params.get("field", "")))
    if field is None:
        return QCoreApplication.translate(
            "Words", "Please check the event's details: one of them is not right."
        )
    reason = EVENT_REASONS.get(str(params.get("reason", "")))
    why = _tr(reason) if reason else QCoreApplication.translate("Words", "this is not right.")
    return _arg(QCoreApplication.translate("Words", "%1: %2"), _tr(field), why)


# Why a row, cell or calendar line of an import was refused (ImportProblem.reason).
IMPORT_REASONS: Mapping[str, str] = {
    "not_utf8": str(
        QT_TRANSLATE_NOOP(
            "Words", "the file is not UTF-8 text (save it as “CSV UTF-8” or as an .ics file)"
        )
    ),
    "empty_file": str(QT_TRANSLATE_NOOP("Words", "the file is empty")),
    "missing_column": str(QT_TRANSLATE_NOOP("Words", "this column is missing")),
    "unknown_column": str(QT_TRANSLATE_NOOP("Words", "this column is not one the import knows")),
    "empty": str(QT_TRANSLATE_NOOP("Words", "empty, but needed")),
    "field_empty": str(QT_TRANSLATE_NOOP("Words", "empty, but needed")),
    "missing": str(QT_TRANSLATE_NOOP("Words", "missing, but needed")),
    "too_long": str(QT_TRANSLATE_NOOP("Words", "too long")),
    "control_chars": str(QT_TRANSLATE_NOOP("Words", "holds characters that cannot be stored")),
    "email_invalid": str(QT_TRANSLATE_NOOP("Words", "not an email address")),
    "department_unknown": str(
        QT_TRANSLATE_NOOP("Words", "no department has this English or Welsh name")
    ),
    "language_unknown": str(QT_TRANSLATE_NOOP("Words", "the language must be en or cy")),
    "not_yes_no": str(QT_TRANSLATE_NOOP("Words", "must be yes or no (true/false or 1/0)")),
    "duplicate": str(QT_TRANSLATE_NOOP("Words", "appears twice")),
    "extra_cells": str(QT_TRANSLATE_NOOP("Words", "more cells than the header has columns")),
    "not_icalendar": str(QT_TRANSLATE_NOOP("Words", "not an iCalendar file")),
    "unreadable": str(QT_TRANSLATE_NOOP("Words", "cannot be read")),
    "order": str(QT_TRANSLATE_NOOP("Words", "the end must come after the start, within 14 days")),
    "rule": str(QT_TRANSLATE_NOOP("Words", "not a repeat rule the kiosk can use")),
}


def import_problem_text(problem: Any) -> str:
    """One refused row, cell or calendar line of an import (a kiosk.dto.golive.ImportProblem),
    as a sentence naming where it is: "Row 3, column email: not an email address (found …)"."""
    where: list[str] = []
    if problem.row is not None:
        where.append(_arg(QCoreApplication.translate("Words", "Row %1"), problem.row))
    if problem.line is not None:
        where.append(_arg(QCoreApplication.translate("Words", "Line %1"), problem.line))
    if problem.column and problem.row is not None:
        where.append(_arg(QCoreApplication.translate("Words", "column %1"), problem.column))
    elif problem.column:  # a calendar property, such as DTSTART
        where.append(str(problem.column))
    place = ", ".join(where) or QCoreApplication.translate("Words", "The file")
    source = IMPORT_REASONS.get(problem.reason)
    why = _tr(source) if source is not None else problem.reason
    text = _arg(QCoreApplication.translate("Words", "%1: %2"), place, why)
    if problem.value:
        found = QCoreApplication.translate("Words", "(found “%1”)")
        text += " " + _arg(found, problem.value[:60])
    return text


def _measure_invalid(params: Mapping[str, Any]) -> str:
    """MEASURE_INVALID names the field (and why), as the form and the point entry show it."""
    field, reason = params.get("field"), params.get("reason")
    if reason in ("field_too_long", "too_long"):
        return QCoreApplication.translate("Words", "That is too long: please shorten it.")
    if reason in ("field_control_chars", "control_chars"):
        return QCoreApplication.translate("Words", "That has characters that cannot be stored.")
    sentences = {
        "name": QCoreApplication.translate("Words", "Give the measure a name."),
        "chart": QCoreApplication.translate("Words", "Choose the chart: run, I, P, U or C."),
        "direction": QCoreApplication.translate(
            "Words", "Choose which way is better: up, down or neither."
        ),
        "target": QCoreApplication.translate(
            "Words", "The target must be a number, or left empty."
        ),
        "denominator_label": QCoreApplication.translate(
            "Words", "Say what the denominator counts (P and U charts)."
        ),
        "denominator": QCoreApplication.translate(
            "Words", "The denominator must be a number above zero."
        ),
    }
    if field == "value":
        if reason == "range":
            return QCoreApplication.translate(
                "Words",
                "The value must be 0 or more, and on a P chart no more than the denominator.",
            )
        if reason == "count":
            return QCoreApplication.translate(
                "Words", "A C chart counts things: the value must be a whole number, 0 or more."
            )
        return QCoreApplication.translate("Words", "The value must be a number.")
    if field == "denominator" and reason == "not_used":
        return QCoreApplication.translate("Words", "This chart has no denominator: leave it empty.")
    if isinstance(field, str) and field in sentences:
        return sentences[field]
    return QCoreApplication.translate(
        "Words", "Please check the measure's details: one of them is not right."
    )


def _department_invalid(params: Mapping[str, Any]) -> str:
    """DEPARTMENT_INVALID names the name that is empty, too long or used already."""
    field, reason = params.get("field"), params.get("reason")
    if reason == "same":
        return QCoreApplication.translate("Words", "Choose another department to merge into.")
    if field == "name_cy":
        if reason == "name_taken":
            return QCoreApplication.translate(
                "Words", "Another department already has that Welsh name."
            )
        if reason == "field_empty":
            return QCoreApplication.translate("Words", "Write the department's Welsh name.")
        return QCoreApplication.translate(
            "Words", "The Welsh name is not right: it is too long or has odd characters."
        )
    if field == "name_en":
        if reason == "name_taken":
            return QCoreApplication.translate(
                "Words", "Another department already has that English name."
            )
        if reason == "field_empty":
            return QCoreApplication.translate("Words", "Write the department's English name.")
        return QCoreApplication.translate(
            "Words", "The English name is not right: it is too long or has odd characters."
        )
    return QCoreApplication.translate(
        "Words", "Please check the department's names: one is empty or already used."
    )


# One sentence (or a function of the error's parameters) for every ErrorCode. A test checks that
# every code is here and has a Welsh translation.
_SENTENCES: Mapping[ErrorCode, Callable[[Mapping[str, Any]], str]] = {
    ErrorCode.CONFIG_UNREADABLE: lambda _p: QCoreApplication.translate(
        "Words", "The settings file could not be read. Please ask a facilitator."
    ),
    ErrorCode.CONFIG_SYNTAX: lambda _p: QCoreApplication.translate(
        "Words", "The settings file has a mistake in it. Please ask a facilitator."
    ),
    ErrorCode.CONFIG_UNKNOWN_SETTING: lambda _p: QCoreApplication.translate(
        "Words", "The settings file names a setting the kiosk does not know."
    ),
    ErrorCode.CONFIG_BAD_VALUE: _bad_value,
    ErrorCode.CONFIG_TOO_NEW: lambda _p: QCoreApplication.translate(
        "Words", "The settings file was written by a newer version of the kiosk."
    ),
    ErrorCode.DB_URL_INVALID: lambda _p: QCoreApplication.translate(
        "Words", "The database address is not right. Please ask a facilitator."
    ),
    ErrorCode.DB_UNAVAILABLE: lambda _p: QCoreApplication.translate(
        "Words",
        "The room's database could not be opened. Please ask a facilitator; "
        "the details are in the log.",
    ),
    ErrorCode.DB_UPGRADE_FAILED: lambda _p: QCoreApplication.translate(
        "Words",
        "This update could not be applied to the room's database, so it was put back as it "
        "was before the update: nothing was lost. Please ask IT to install the previous "
        "version or a fixed one.",
    ),
    ErrorCode.DB_TOO_NEW: lambda _p: QCoreApplication.translate(
        "Words",
        "The room's database was made by a newer version of the kiosk. Please ask a "
        "facilitator to upgrade the kiosk.",
    ),
    ErrorCode.DB_DAMAGED: lambda _p: QCoreApplication.translate(
        "Words",
        "The room's database is damaged. A facilitator can bring back the newest good backup.",
    ),
    ErrorCode.DATA_DIR_UNWRITABLE: lambda _p: QCoreApplication.translate(
        "Words",
        "The kiosk cannot write to its data folder. Please ask a facilitator; the details "
        "are in the log.",
    ),
    ErrorCode.PIN_NOT_SET: lambda _p: QCoreApplication.translate(
        "Words", "No facilitator PIN has been set yet."
    ),
    ErrorCode.PIN_WRONG: lambda _p: QCoreApplication.translate("Words", "That PIN is not right."),
    ErrorCode.PIN_LOCKED: lambda _p: QCoreApplication.translate(
        "Words", "Too many wrong PINs: please wait a few minutes."
    ),
    ErrorCode.PIN_FORMAT: _pin_format,
    ErrorCode.PIN_MISMATCH: lambda _p: QCoreApplication.translate(
        "Words", "The two PINs are not the same. Please try again."
    ),
    ErrorCode.FIELD_EMPTY: lambda _p: QCoreApplication.translate("Words", "Please fill this in."),
    ErrorCode.FIELD_TOO_LONG: _too_long,
    ErrorCode.FIELD_CONTROL_CHARS: lambda _p: QCoreApplication.translate(
        "Words", "This has characters that cannot be stored. Please type it again."
    ),
    ErrorCode.EMAIL_INVALID: lambda _p: QCoreApplication.translate(
        "Words", "This does not look like an email address, such as name@wales.nhs.uk."
    ),
    ErrorCode.DEPARTMENT_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "Please choose a department from the list or type its name."
    ),
    ErrorCode.TOPIC_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That topic is no longer on the list."
    ),
    ErrorCode.EVENT_NOT_ON: lambda _p: QCoreApplication.translate(
        "Words", "That event has finished. Please choose a topic."
    ),
    ErrorCode.PERSON_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That person could not be found."
    ),
    ErrorCode.ALREADY_IN: lambda _p: QCoreApplication.translate(
        "Words", "You are already checked in."
    ),
    ErrorCode.VISIT_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That visit could not be found; it may have ended already."
    ),
    ErrorCode.SCAN_UNREADABLE: lambda _p: QCoreApplication.translate(
        "Words", "That code could not be read. Please try again or type your name instead."
    ),
    ErrorCode.SCAN_FORGED: lambda _p: QCoreApplication.translate(
        "Words", "This pass could not be verified. Please ask a facilitator for a new one."
    ),
    ErrorCode.SCAN_REVOKED: lambda _p: QCoreApplication.translate(
        "Words", "This pass is no longer valid. Please ask a facilitator for a new one."
    ),
    ErrorCode.PROJECT_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That project could not be found."
    ),
    ErrorCode.MEASURE_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That measure could not be found."
    ),
    ErrorCode.POINT_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That data point could not be found."
    ),
    ErrorCode.PDSA_CYCLE_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That PDSA cycle could not be found."
    ),
    ErrorCode.PDSA_CYCLE_OTHER_PROJECT: lambda _p: QCoreApplication.translate(
        "Words", "That PDSA cycle belongs to another project."
    ),
    ErrorCode.PHASES_INVALID: lambda _p: QCoreApplication.translate(
        "Words", "Those baseline and phase settings do not fit this chart."
    ),
    ErrorCode.PLAYLIST_ENTRY_INVALID: _playlist_entry,
    ErrorCode.SHOWCASE_ITEM_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That item is no longer there; the list has been refreshed."
    ),
    ErrorCode.NOTICE_INVALID: _notice,
    ErrorCode.STORY_INVALID: _story,
    ErrorCode.STORY_PHOTO_INVALID: _story_photo,
    ErrorCode.STORY_TESTIMONIAL_INVALID: lambda _p: QCoreApplication.translate(
        "Words", "The recording could not be kept; please record it again."
    ),
    ErrorCode.STORY_NOT_SUBMITTED: lambda _p: QCoreApplication.translate(
        "Words", "Submit the story for approval before approving it."
    ),
    ErrorCode.THANKS_INVALID: _thanks,
    ErrorCode.SESSION_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That session could not be found."
    ),
    ErrorCode.SESSION_CLOSED: lambda _p: QCoreApplication.translate(
        "Words", "This session has closed."
    ),
    ErrorCode.TEMPLATE_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That session template could not be found."
    ),
    ErrorCode.SEGMENT_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That part of the session could not be found."
    ),
    ErrorCode.CONTRIBUTION_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That card is no longer on the board."
    ),
    ErrorCode.VOTES_USED_UP: _votes_used_up,
    ErrorCode.VOTES_LIMIT_INVALID: lambda _p: QCoreApplication.translate(
        "Words", "Each person can have from 1 to 20 dots."
    ),
    ErrorCode.RATING_INVALID: lambda _p: QCoreApplication.translate(
        "Words", "Please choose a rating from 1 to 5."
    ),
    ErrorCode.TEAM_MEMBER_NOT_CONSENTED: lambda p: (
        QCoreApplication.translate(
            "Words", "%1 has not agreed to be shown: remove %1, or they can agree at check-in."
        ).replace("%1", str(p["person"]))
        if p.get("person")
        else QCoreApplication.translate(
            "Words", "A team member has not agreed to be shown. They can agree when they check in."
        )
    ),
    ErrorCode.PDSA_ACT_INVALID: lambda _p: QCoreApplication.translate(
        "Words", "Please choose adopt, adapt or abandon."
    ),
    ErrorCode.STAGE_INVALID: lambda _p: QCoreApplication.translate(
        "Words", "That is not a stage of the Model for Improvement."
    ),
    ErrorCode.COFFEE_POOL_TOO_SMALL: lambda _p: QCoreApplication.translate(
        "Words", "Fewer than two people are in the coffee pool: no round today."
    ),
    ErrorCode.COFFEE_ROUND_EXISTS: lambda _p: QCoreApplication.translate(
        "Words", "Today's round has been run already."
    ),
    ErrorCode.COFFEE_ROUND_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That coffee round could not be found."
    ),
    ErrorCode.BOARD_POST_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That post is no longer on the board."
    ),
    ErrorCode.NOT_TEAM_MEMBER: lambda _p: QCoreApplication.translate(
        "Words",
        "Only the project's team can change it here. Ask a facilitator to add you to the team.",
    ),
    ErrorCode.REQUEST_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That request could not be found."
    ),
    ErrorCode.EVENT_UNKNOWN: lambda _p: QCoreApplication.translate(
        "Words", "That event could not be found."
    ),
    ErrorCode.EVENT_INVALID: _event_invalid,
    ErrorCode.MEASURE_INVALID: _measure_invalid,
    ErrorCode.DEPARTMENT_INVALID: _department_invalid,
    ErrorCode.IMPORT_INVALID: lambda _p: QCoreApplication.translate(
        "Words", "Nothing was imported: the file has mistakes. Each one is listed."
    ),
    ErrorCode.BACKUP_NOT_KIOSK: lambda _p: QCoreApplication.translate(
        "Words", "That file is not a Qspace Kiosk database. Nothing was changed."
    ),
    ErrorCode.BACKUP_TOO_NEW: lambda _p: QCoreApplication.translate(
        "Words", "That backup comes from a newer version of the kiosk. Nothing was changed."
    ),
    ErrorCode.BACKUP_FAILED: lambda _p: QCoreApplication.translate(
        "Words", "The backup could not be written. Please ask a facilitator."
    ),
    ErrorCode.INTERNAL: lambda _p: failure_text(),
}


def failure_text() -> str:
    """The sentence for anything that went wrong that the user cannot put right."""
    return QCoreApplication.translate(
        "Words", "Sorry, that did not work. Please try again or ask a facilitator."
    )


# Passes refused at the scanner: the attract loop is bilingual, so these are also said in
# Welsh and English together (Languages.both), whatever language is showing.
SCAN_REFUSALS: dict[ErrorCode, str] = {
    ErrorCode.SCAN_UNREADABLE: str(
        QT_TRANSLATE_NOOP(
            "Words", "That code could not be read. Please try again or type your name instead."
        )
    ),
    ErrorCode.SCAN_FORGED: str(
        QT_TRANSLATE_NOOP(
            "Words", "This pass could not be verified. Please ask a facilitator for a new one."
        )
    ),
    ErrorCode.SCAN_REVOKED: str(
        QT_TRANSLATE_NOOP(
            "Words", "This pass is no longer valid. Please ask a facilitator for a new one."
        )
    ),
}


def code_text(code: ErrorCode, **params: Any) -> str:
    """The translated sentence for an error code with its parameters."""
    sentence = _SENTENCES.get(code)
    return sentence(params) if sentence is not None else failure_text()


def error_text(error: BaseException, **extra: Any) -> str:
    """The translated sentence for a KioskError (`extra` adds parameters only the screen
    knows, such as `name`, a field's caption); the general failure sentence otherwise."""
    if not isinstance(error, KioskError):
        return failure_text()
    return code_text(error.code, **{**error.params, **extra})
