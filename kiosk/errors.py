"""Errors a user can meet, as codes with parameters; screens turn them into sentences."""

from __future__ import annotations

from enum import Enum
from typing import Any


class ErrorCode(Enum):
    """Every error the user can meet. The core holds no UI text: screens translate codes."""

    CONFIG_UNREADABLE = "config_unreadable"
    CONFIG_SYNTAX = "config_syntax"
    CONFIG_UNKNOWN_SETTING = "config_unknown_setting"
    CONFIG_BAD_VALUE = "config_bad_value"
    CONFIG_TOO_NEW = "config_too_new"
    DB_URL_INVALID = "db_url_invalid"
    DB_UNAVAILABLE = "db_unavailable"
    # revision (the schema before), step (what failed), backup (the copy put back)
    DB_UPGRADE_FAILED = "db_upgrade_failed"
    DB_TOO_NEW = "db_too_new"  # revision: made by a newer version of the kiosk
    DB_DAMAGED = "db_damaged"  # backup (newest good one, "" for none), detail: failed its check
    DATA_DIR_UNWRITABLE = "data_dir_unwritable"  # path, reason
    PIN_NOT_SET = "pin_not_set"
    PIN_WRONG = "pin_wrong"
    PIN_LOCKED = "pin_locked"
    PIN_FORMAT = "pin_format"
    PIN_MISMATCH = "pin_mismatch"
    FIELD_EMPTY = "field_empty"
    FIELD_TOO_LONG = "field_too_long"
    FIELD_CONTROL_CHARS = "field_control_chars"
    EMAIL_INVALID = "email_invalid"
    DEPARTMENT_UNKNOWN = "department_unknown"
    TOPIC_UNKNOWN = "topic_unknown"
    EVENT_NOT_ON = "event_not_on"
    PERSON_UNKNOWN = "person_unknown"
    ALREADY_IN = "already_in"
    VISIT_UNKNOWN = "visit_unknown"
    SCAN_UNREADABLE = "scan_unreadable"
    SCAN_FORGED = "scan_forged"
    SCAN_REVOKED = "scan_revoked"
    PROJECT_UNKNOWN = "project_unknown"
    MEASURE_UNKNOWN = "measure_unknown"
    POINT_UNKNOWN = "point_unknown"
    PDSA_CYCLE_UNKNOWN = "pdsa_cycle_unknown"
    PDSA_CYCLE_OTHER_PROJECT = "pdsa_cycle_other_project"
    PHASES_INVALID = "phases_invalid"  # reason (see kiosk.services.measures.PhasesProblem)
    PLAYLIST_ENTRY_INVALID = "playlist_entry_invalid"  # reason: kind|duration|window|weekdays
    SHOWCASE_ITEM_UNKNOWN = "showcase_item_unknown"  # kind, the item is gone or never was
    NOTICE_INVALID = "notice_invalid"  # reason: empty|too_long|level
    # field: title|problem|change|result|lessons (with lang) or measure|member; reason:
    # empty|too_long|control|unknown (limit for too_long)
    STORY_INVALID = "story_invalid"
    STORY_PHOTO_INVALID = "story_photo_invalid"  # reason: not_image|too_large|unreadable
    STORY_TESTIMONIAL_INVALID = "story_testimonial_invalid"  # reason: unreadable|too_large
    STORY_NOT_SUBMITTED = "story_not_submitted"  # approving a story still being written
    THANKS_INVALID = "thanks_invalid"  # field: to_whom|message|signed; reason: empty|too_long
    SESSION_UNKNOWN = "session_unknown"
    SESSION_CLOSED = "session_closed"
    TEMPLATE_UNKNOWN = "template_unknown"
    SEGMENT_UNKNOWN = "segment_unknown"
    CONTRIBUTION_UNKNOWN = "contribution_unknown"
    VOTES_USED_UP = "votes_used_up"  # limit
    VOTES_LIMIT_INVALID = "votes_limit_invalid"
    RATING_INVALID = "rating_invalid"
    TEAM_MEMBER_NOT_CONSENTED = "team_member_not_consented"
    PDSA_ACT_INVALID = "pdsa_act_invalid"
    STAGE_INVALID = "stage_invalid"
    COFFEE_POOL_TOO_SMALL = "coffee_pool_too_small"  # people=
    COFFEE_ROUND_EXISTS = "coffee_round_exists"  # held_on=
    COFFEE_ROUND_UNKNOWN = "coffee_round_unknown"
    BOARD_POST_UNKNOWN = "board_post_unknown"
    NOT_TEAM_MEMBER = "not_team_member"  # editing a project without the PIN: not on its team
    REQUEST_UNKNOWN = "request_unknown"
    EVENT_UNKNOWN = "event_unknown"
    EVENT_INVALID = "event_invalid"  # field: kind|title|times|capacity|repeat; reason
    MEASURE_INVALID = "measure_invalid"  # field: name|unit|chart|direction|target|value|...
    DEPARTMENT_INVALID = "department_invalid"  # reason: same|name_taken; field
    IMPORT_INVALID = "import_invalid"  # problems: tuple of kiosk.dto.golive.ImportProblem
    BACKUP_NOT_KIOSK = "backup_not_kiosk"  # file: not a Qspace Kiosk database
    BACKUP_TOO_NEW = "backup_too_new"  # file, revision: written by a newer version
    BACKUP_FAILED = "backup_failed"  # reason
    INTERNAL = "internal"


class KioskError(Exception):
    """An error with a code and the parameters a message needs (never personal data)."""

    def __init__(self, code: ErrorCode, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.describe())

    def describe(self) -> str:
        """A plain English one-line description for logs and the command line."""
        detail = ", ".join(f"{key}={value}" for key, value in sorted(self.params.items()))
        return f"{self.code.value}: {detail}" if detail else self.code.value
