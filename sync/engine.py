"""The kiosk's half of sync: push the outbox, pull and merge the register's records.

Push: outbox rows not yet sent, oldest first, in batches; a row is marked sent only after the
register acknowledged its batch (a lost answer means a resend, which the register answers as a
duplicate). A change the register refuses (4xx) goes to the dead-letter list with the reason;
when the register does not say which change it refused, the batch is halved until it does.

Pull: pages after the cursor (app_state ``sync.cursor``); each page is merged and the cursor
saved in one transaction, so a crash repeats at most one page, which merges to the same state.
Merging never queues outbox rows (``APPLYING_REMOTE``) and never overwrites a local field whose
change is still waiting to be pushed with a newer HLC version than the register's. A record
whose parent has not arrived yet (a foreign key; the register orders by last change, not by
creation) is parked in app_state ``sync.parked`` and retried with every page.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from kiosk.db import APPLYING_REMOTE, DEMO_SUFFIX, Store, delete_state, get_state, set_state
from kiosk.hlc import HlcTimestamp
from kiosk.models import Outbox, Pass
from kiosk.passes import secret_changed
from sync.client import RegisterClient, RejectedError
from sync.lock import sync_lock
from sync.schema import ENVELOPE, EntitySpec, check_value, entities, to_python

log = logging.getLogger(__name__)

CURSOR_KEY = "sync.cursor"
REGISTER_KEY = "sync.register_id"
PARKED_KEY = "sync.parked"
LAST_SYNC_KEY = "sync.last_success"
UNUSABLE_KEY = "sync.unusable"  # records from the register this kiosk could not store
CLOCK_KEY = "sync.clock"  # the last clock check: how far ahead of the register, re-stamped
PULL_MARK_KEY = "sync.pulling"  # written first in a page's transaction: takes the write lock
# A kiosk clock further ahead of the register's than this is a clock fault: said to the
# facilitator, and what was stamped ahead is re-stamped (the register refuses 5 minutes).
CLOCK_TOLERANCE_MS = 60_000
REGISTER_MAX_AHEAD_MS = 300_000  # the register refuses versions further ahead (PROTOCOL.md)
UNUSABLE_MAX = 500
LOCK_TIMEOUT_S = 120.0
PASS_SECRET_KEY = "pass_secret"  # kiosk.passes.SECRET_KEY
PUSH_BATCH = 500
PULL_PAGE = 2000
_CHUNK = 500


@dataclass(frozen=True)
class DeadLetter:
    """A change the register refused for good, as a facilitator sees it (no field values)."""

    change_id: str
    entity: str
    entity_id: str
    created_at: datetime
    attempts: int
    reason: str


@dataclass
class PushReport:
    """What a push did."""

    sent: int = 0
    duplicates: int = 0
    dead: int = 0


@dataclass
class PullReport:
    """What a pull did."""

    pages: int = 0
    records: int = 0
    parked: int = 0
    unusable: int = 0  # records this kiosk could not store (kept aside, named in app_state)


@dataclass(frozen=True)
class ClockCheck:
    """The kiosk's clock against the register's, at the start of a sync."""

    ahead_s: float  # positive: the kiosk's clock is fast
    restamped: int  # waiting changes given new versions because they were stamped ahead

    @property
    def fault(self) -> bool:
        """Whether the facilitator should be told (the clock is off or changes were fixed)."""
        return self.ahead_s * 1000 > CLOCK_TOLERANCE_MS or self.restamped > 0

    def summary(self) -> str:
        """One line for the facilitator and the log (no personal data)."""
        if self.ahead_s * 1000 <= CLOCK_TOLERANCE_MS:
            return (
                "this kiosk's clock was ahead of the register's and is right now; "
                f"{self.restamped} waiting changes re-stamped"
            )
        return (
            f"this kiosk's clock is {_duration(self.ahead_s)} ahead of the register's; "
            f"{self.restamped} waiting changes re-stamped; correct the kiosk's clock"
        )


def _duration(seconds: float) -> str:
    # Rounded before choosing the unit: a clock 47 h 59 min 58 s ahead is "2 days" ahead.
    if round(seconds / 86400) >= 2:
        return f"{seconds / 86400:.0f} days"
    if round(seconds / 3600) >= 2:
        return f"{seconds / 3600:.0f} hours"
    return f"{seconds / 60:.0f} minutes"


class CursorMovedError(Exception):
    """The cursor changed since the page was asked for (another sync): ask again."""


# --- outbox --------------------------------------------------------------------------------


def pending_count(session: Session) -> int:
    """Changes waiting to be pushed (dead letters not counted)."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Outbox)
            .where(Outbox.sent_at.is_(None), Outbox.dead.is_(False))
        )
        or 0
    )


def dead_count(session: Session) -> int:
    """Changes in the dead-letter list."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Outbox)
            .where(Outbox.sent_at.is_(None), Outbox.dead.is_(True))
        )
        or 0
    )


def dead_letters(session: Session, *, limit: int = 200) -> list[DeadLetter]:
    """The dead-letter list, oldest first."""
    rows = session.scalars(
        select(Outbox)
        .where(Outbox.sent_at.is_(None), Outbox.dead.is_(True))
        .order_by(Outbox.seq)
        .limit(limit)
    )
    return [
        DeadLetter(r.change_id, r.entity, r.entity_id, r.created_at, r.attempts, r.last_error or "")
        for r in rows
    ]


def retry_dead_letters(session: Session, *, change_ids: Iterable[str] | None = None) -> int:
    """Put dead letters (all, or those named) back in the queue; returns how many."""
    query = update(Outbox).where(Outbox.sent_at.is_(None), Outbox.dead.is_(True))
    if change_ids is not None:
        query = query.where(Outbox.change_id.in_(list(change_ids)))
    result = session.execute(query.values(dead=False, last_error=None))
    return int(getattr(result, "rowcount", 0) or 0)


def change_of(row: Outbox) -> dict[str, Any]:
    """An outbox row as the protocol's change (inserts carry `id`; updates only what changed)."""
    return {
        "change_id": row.change_id,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "version": row.version,
        "op": "insert" if "id" in row.payload else "update",
        "fields": {k: v for k, v in row.payload.items() if k not in ENVELOPE},
    }


def push_pending(
    store: Store, client: RegisterClient, *, now: datetime, batch_size: int = PUSH_BATCH
) -> PushReport:
    """Push every pending change, oldest first. Raises UnreachableError or AuthRefusedError."""
    report = PushReport()
    while True:
        with store.begin() as session:
            rows = list(
                session.scalars(
                    select(Outbox)
                    .where(Outbox.sent_at.is_(None), Outbox.dead.is_(False))
                    .order_by(Outbox.seq)
                    .limit(batch_size)
                )
            )
            unsyncable = [r for r in rows if not _syncable(r)]
            if unsyncable:
                _mark_dead(
                    session,
                    {r.change_id: "not synced (demo content or unknown table)" for r in unsyncable},
                    now=now,
                )
                report.dead += len(unsyncable)
            changes = [change_of(r) for r in rows if _syncable(r)]
        if not rows:
            return report
        if changes:
            _send(store, client, changes, report, now=now)


def _syncable(row: Outbox) -> bool:
    return row.entity in entities() and not row.version.endswith(DEMO_SUFFIX)


def _send(
    store: Store,
    client: RegisterClient,
    changes: list[dict[str, Any]],
    report: PushReport,
    *,
    now: datetime,
) -> None:
    try:
        results = client.push(changes)
    except RejectedError as refused:
        named = {c.change_id: c.reason for c in refused.changes}
        known = {c["change_id"] for c in changes}
        named = {k: v for k, v in named.items() if k in known}
        if not named and len(changes) == 1:
            named = {changes[0]["change_id"]: refused.summary}
        if named:
            with store.begin() as session:
                _mark_dead(session, named, now=now)
            report.dead += len(named)
            log.warning("register refused %d changes; moved to the dead-letter list", len(named))
            return  # the rest is sent on the next round of the push loop
        half = len(changes) // 2
        _send(store, client, changes[:half], report, now=now)
        _send(store, client, changes[half:], report, now=now)
        return
    with store.begin() as session:
        ids = [c["change_id"] for c in changes]
        for start in range(0, len(ids), _CHUNK):
            session.execute(
                update(Outbox)
                .where(Outbox.change_id.in_(ids[start : start + _CHUNK]))
                .values(sent_at=now, attempts=Outbox.attempts + 1, last_error=None)
            )
    report.sent += len(changes)
    report.duplicates += sum(1 for r in results if r.get("status") == "duplicate")


def _mark_dead(session: Session, reasons: dict[str, str], *, now: datetime) -> None:
    del now  # kept for symmetry with marking sent; dead letters keep their queue time
    for change_id, reason in reasons.items():
        session.execute(
            update(Outbox)
            .where(Outbox.change_id == change_id)
            .values(dead=True, attempts=Outbox.attempts + 1, last_error=reason[:400])
        )


# --- pull ----------------------------------------------------------------------------------


def pull_all(
    store: Store, client: RegisterClient, *, now: datetime, page_size: int = PULL_PAGE
) -> PullReport:
    """Pull and merge every page after the cursor. Raises UnreachableError or AuthRefusedError."""
    report = PullReport()
    while True:
        with store.begin() as session:
            cursor = int(get_state(session, CURSOR_KEY) or 0)
        page = client.pull(cursor, page_size)
        try:
            with store.begin() as session:
                report.parked, unusable = _apply(session, store, page, after=cursor, now=now)
                moved_to = int(get_state(session, CURSOR_KEY) or 0)
        except CursorMovedError:
            log.warning("the sync cursor moved during a pull; asking again")
            continue
        report.unusable += unusable
        report.pages += 1
        report.records += len(page["records"])
        if not page.get("more") and moved_to == int(page["next"]):
            return report


def apply_page(
    session: Session, store: Store, page: dict[str, Any], *, after: int, now: datetime
) -> int:
    """Merge one pull page and move the cursor, in the caller's transaction; returns how many
    records stay parked. Raises CursorMovedError when the cursor is no longer `after`."""
    return _apply(session, store, page, after=after, now=now)[0]


def _apply(
    session: Session, store: Store, page: dict[str, Any], *, after: int, now: datetime
) -> tuple[int, int]:
    session.info[APPLYING_REMOTE] = True
    # Write first, so that the register-id check, the cursor check and the merge happen under
    # SQLite's write lock, as one step that no other sync can split.
    set_state(session, PULL_MARK_KEY, now.isoformat())
    session.flush()
    if int(get_state(session, CURSOR_KEY) or 0) != after:
        raise CursorMovedError
    register_id = str(page.get("register_id", ""))
    known = get_state(session, REGISTER_KEY)
    if known != register_id:
        # A different register (or the first contact): its cursor numbers mean nothing here.
        set_state(session, REGISTER_KEY, register_id)
        if known is not None and after:
            set_state(session, CURSOR_KEY, "0")
            session.flush()
            log.warning("register id changed; pulling from the start")
            return 0, 0
    set_state(session, CURSOR_KEY, str(int(page["next"])))
    session.flush()
    parked = json.loads(get_state(session, PARKED_KEY) or "[]")
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for record in [*parked, *page["records"]]:
        if not isinstance(record, dict):
            continue
        key = (str(record.get("entity")), str(record.get("id")))
        if key not in latest or int(record.get("seq", 0)) >= int(latest[key].get("seq", 0)):
            latest[key] = record
    still_parked: list[dict[str, Any]] = []
    unusable: list[dict[str, Any]] = []
    newest = ""
    for name, spec in entities().items():
        group = [r for (entity, _id), r in latest.items() if entity == name]
        if group:
            parked_now, unusable_now = _merge_entity(session, spec, group)
            still_parked += parked_now
            unusable += unusable_now
            newest = max([newest, *(str(r.get("version", "")) for r in group)])
    if unusable:
        _note_unusable(session, unusable)
    if still_parked:
        set_state(session, PARKED_KEY, json.dumps(still_parked, separators=(",", ":")))
    elif parked:
        delete_state(session, PARKED_KEY)
    if newest:
        try:
            store.hlc.observe(HlcTimestamp.decode(newest), int(now.timestamp() * 1000))
            set_state(session, "hlc_last", store.hlc.last.encode())
        except ValueError:
            pass
    set_state(session, LAST_SYNC_KEY, now.isoformat())
    session.flush()
    return len(still_parked), len(unusable)


def _note_unusable(session: Session, records: list[dict[str, Any]]) -> None:
    """Keep aside (by entity, id and reason; no values) the records this kiosk cannot store,
    so that one bad record never stops a pull, and a facilitator can be told."""
    known = json.loads(get_state(session, UNUSABLE_KEY) or "[]")
    for record in records:
        log.warning(
            "a %s record from the register cannot be stored here (%s); kept aside",
            record.get("entity"),
            record.get("_reason", "unusable"),
        )
        known.append(
            {
                "entity": str(record.get("entity", ""))[:40],
                "id": str(record.get("id", ""))[:40],
                "seq": record.get("seq"),
                "reason": str(record.get("_reason", ""))[:200],
            }
        )
    set_state(session, UNUSABLE_KEY, json.dumps(known[-UNUSABLE_MAX:], separators=(",", ":")))


def unusable_records(session: Session) -> list[dict[str, Any]]:
    """Records from the register this kiosk kept aside: entity, id, seq and why."""
    found: list[dict[str, Any]] = json.loads(get_state(session, UNUSABLE_KEY) or "[]")
    return found


def _field_versions(record: dict[str, Any]) -> dict[str, str]:
    versions: dict[str, str] = {}
    for stamp, names in (record.get("versions") or {}).items():
        for name in names:
            versions[name] = stamp
    return versions


def _pending_versions(
    session: Session, entity: str, ids: Sequence[str]
) -> dict[str, dict[str, str]]:
    """Per record, per field: the newest version of a local change not yet pushed."""
    pending: dict[str, dict[str, str]] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(Outbox.entity_id, Outbox.version, Outbox.payload).where(
                Outbox.entity == entity,
                Outbox.entity_id.in_(ids[start : start + _CHUNK]),
                Outbox.sent_at.is_(None),
                Outbox.dead.is_(False),
            )
        )
        for entity_id, version, payload in rows:
            fields = pending.setdefault(entity_id, {})
            for name in payload:
                if version > fields.get(name, ""):
                    fields[name] = version
    return pending


def _merge_entity(
    session: Session, spec: EntitySpec, records: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Merge one entity's records; returns those parked (a parent missing) and those that
    cannot be stored here at all."""
    table: Table = spec.model.__table__  # type: ignore[assignment]  # a mapped Table
    ids = [str(r["id"]) for r in records]
    existing: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        for found in session.execute(
            select(table).where(table.c.id.in_(ids[start : start + _CHUNK]))
        ).mappings():
            existing[found["id"]] = dict(found)
    pending = _pending_versions(session, spec.name, ids) if existing else {}
    inserts: list[tuple[dict[str, Any], dict[str, Any]]] = []
    updates: list[tuple[dict[str, Any], dict[str, Any]]] = []
    unusable: list[dict[str, Any]] = []
    for record in records:
        values, problem = _remote_values(spec, record)
        if values is None:
            unusable.append({**_ids(record), "_reason": problem})
            continue
        record_id = str(record["id"])
        version = str(record.get("version", ""))
        local = existing.get(record_id)
        if local is None:
            row = _defaults(spec)
            row.update(values)
            row.update(id=record_id, version=version)
            if any(row.get(n) is None and not c.nullable for n, c in spec.columns.items()):
                unusable.append({**_ids(record), "_reason": "fields missing"})
                continue
            inserts.append((row, record))
            continue
        versions = _field_versions(record)
        mine = pending.get(record_id, {})
        kept = False
        change: dict[str, Any] = {}
        for name, value in values.items():
            if mine.get(name, "") > versions.get(name, ""):
                kept = True  # a local change not pushed yet is newer: it stays
                continue
            if local.get(name) != value:
                change[name] = value
        new_version = max(version, local["version"]) if kept else version
        if new_version != local["version"]:
            change["version"] = new_version
        if change:
            updates.append((change | {"b_id": record_id}, record))
    parked = _write(session, insert(table), inserts, unusable)
    by_keys: dict[tuple[str, ...], list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for row, record in updates:
        by_keys.setdefault(tuple(sorted(row)), []).append((row, record))
    for keys, rows in by_keys.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({k: bindparam(k) for k in keys if k != "b_id"})
        )
        parked += _write(session, statement, rows, unusable)
    return parked, unusable


def _ids(record: dict[str, Any]) -> dict[str, Any]:
    return {"entity": record.get("entity"), "id": record.get("id"), "seq": record.get("seq")}


def _write(
    session: Session,
    statement: Any,
    rows: list[tuple[dict[str, Any], dict[str, Any]]],
    unusable: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Execute for all rows in a savepoint; on an error, row by row, parking the rows that
    fail a constraint (a parent not here yet) and putting aside those that cannot be stored
    (a value out of this kiosk's range): one record never stops the page."""
    if not rows:
        return []
    try:
        with session.begin_nested():
            session.execute(statement, [row for row, _record in rows])
        return []
    except (StatementError, OverflowError, ValueError):
        pass
    parked = []
    for row, record in rows:
        try:
            with session.begin_nested():
                session.execute(statement, [row])
        except IntegrityError:
            parked.append(record)
        except (StatementError, OverflowError, ValueError) as exc:
            cause = exc.orig if isinstance(exc, StatementError) else exc
            unusable.append({**_ids(record), "_reason": f"not stored ({type(cause).__name__})"})
    return parked


def _remote_values(spec: EntitySpec, record: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    fields = record.get("fields")
    if not isinstance(fields, dict):
        return None, "no fields"
    values = {}
    for name, value in fields.items():
        column = spec.columns.get(name)
        if column is None:
            continue  # a field this kiosk's schema does not have (a newer register)
        problem = check_value(column, value)
        if problem is not None:
            return None, f"{name[:40]}: {problem}"
        try:
            values[name] = to_python(column, value)
        except (ValueError, OverflowError):
            return None, f"{name[:40]}: cannot be stored"
    return values, ""


def _defaults(spec: EntitySpec) -> dict[str, Any]:
    row: dict[str, Any] = {}
    table: Table = spec.model.__table__  # type: ignore[assignment]  # a mapped Table
    for column in table.columns:
        if column.key in ENVELOPE:
            continue
        default = column.default
        arg = getattr(default, "arg", None)
        row[column.key] = arg if getattr(default, "is_scalar", False) else None
    return row


# --- the shared pass secret ------------------------------------------------------------------


def adopt_pass_secret(session: Session, secret_hex: str) -> bool:
    """Use the register's shared QR pass secret, so that a pass works in every room.

    Adopted only while this kiosk has issued no pass of its own: a pass already printed must
    keep working. Returns whether the register's secret is now in use.
    """
    try:
        secret = bytes.fromhex(secret_hex)
    except ValueError:
        return False
    if len(secret) != 32:
        return False
    current = get_state(session, PASS_SECRET_KEY)
    if current == secret_hex:
        return True
    issued_here = session.scalar(
        select(func.count()).select_from(Outbox).where(Outbox.entity == Pass.__tablename__)
    )
    if current is not None and issued_here:
        return False
    set_state(session, PASS_SECRET_KEY, secret_hex)
    secret_changed(session)
    return True


# --- one complete round ----------------------------------------------------------------------


@dataclass
class SyncReport:
    """What one round of sync did."""

    push: PushReport
    pull: PullReport
    pushed_after_pull: PushReport
    clock: ClockCheck | None = None


def check_clock(store: Store, register_ms: int, *, local_ms: int) -> ClockCheck:
    """Learn the register's time: never stamp ahead of it again; after a clock fault, re-stamp
    what waits to be pushed (and what the register refused for being ahead) with versions
    from the register's time, so that it is accepted and does not outrank genuine edits."""
    store.hlc.set_reference(register_ms)
    limit = register_ms + CLOCK_TOLERANCE_MS
    restamped = 0
    # The hybrid clock may be ahead because this kiosk's clock is (or was) fast, or because it
    # observed another kiosk's versions, which the register accepts up to 5 minutes ahead:
    # only the first is a fault to correct.
    fast_now = local_ms - register_ms > CLOCK_TOLERANCE_MS
    fast_before = store.hlc.last.wall_ms > register_ms + REGISTER_MAX_AHEAD_MS
    with store.begin() as session:
        if store.hlc.last.wall_ms > limit and (fast_now or fast_before):
            store.hlc.rewind(register_ms)
            session.execute(
                update(Outbox)
                .where(
                    Outbox.sent_at.is_(None),
                    Outbox.dead.is_(True),
                    Outbox.last_error.like("%ahead of the register's clock%"),
                )
                .values(dead=False, last_error=None)
            )
            restamped = _restamp(session, store, limit)
            set_state(session, "hlc_last", store.hlc.last.encode())
        check = ClockCheck((local_ms - register_ms) / 1000, restamped)
        if check.fault:
            set_state(
                session, CLOCK_KEY, json.dumps({"ahead_s": check.ahead_s, "restamped": restamped})
            )
            log.warning("sync: %s", check.summary())
        else:
            delete_state(session, CLOCK_KEY)
    return check


def _restamp(session: Session, store: Store, limit_ms: int) -> int:
    session.info[APPLYING_REMOTE] = True  # these writes are not new changes to queue
    rows = list(
        session.scalars(
            select(Outbox)
            .where(Outbox.sent_at.is_(None), Outbox.dead.is_(False))
            .order_by(Outbox.seq)
        )
    )
    count = 0
    for row in rows:
        try:
            stamp = HlcTimestamp.decode(row.version.removesuffix(DEMO_SUFFIX))
        except ValueError:
            continue
        if stamp.wall_ms <= limit_ms or row.version.endswith(DEMO_SUFFIX):
            continue
        old = row.version
        new = store.hlc.tick(limit_ms).encode()
        row.version = new
        if "version" in row.payload:
            row.payload = {**row.payload, "version": new}
        spec = entities().get(row.entity)
        if spec is not None:
            table: Table = spec.model.__table__  # type: ignore[assignment]  # a mapped Table
            session.execute(
                update(table)
                .where(table.c.id == row.entity_id, table.c.version == old)
                .values(version=new)
            )
        count += 1
    session.flush()
    session.info[APPLYING_REMOTE] = False
    return count


def sync_once(
    store: Store,
    client: RegisterClient,
    *,
    now: datetime,
    lock_timeout_s: float = LOCK_TIMEOUT_S,
) -> SyncReport:
    """Push everything pending, pull everything new (pushing what arrived meanwhile).

    One sync per kiosk database at a time (sync.lock); first the register's clock is learnt
    and a kiosk clock fault corrected (check_clock).
    """
    with sync_lock(store.engine, timeout_s=lock_timeout_s):
        health = client.health()
        clock = None
        register_ms = health.get("time_ms")
        if isinstance(register_ms, int) and not isinstance(register_ms, bool):
            local_ms = int(store.clock().timestamp() * 1000)
            clock = check_clock(store, register_ms, local_ms=local_ms)
        first = push_pending(store, client, now=now)
        with store.begin() as session:
            adopt_pass_secret(session, client.pass_secret())
        pulled = pull_all(store, client, now=now)
        again = push_pending(store, client, now=now)
    return SyncReport(first, pulled, again, clock)
