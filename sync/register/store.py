"""The register's own database: devices, the change ledger and the merged records.

The register keeps its own SQLAlchemy metadata (never the kiosk's tables): one generic
`reg_record` row per synced record, holding the merged field values and, per field, the HLC
version that set it. The merged state is authoritative: a pull hands it out as it is.

* `reg_change` holds one row per change id received (no payload: nothing personal is kept
  beyond the merged record). Its primary key is the idempotency guarantee: a change sent
  twice, even by two concurrent requests, is applied once.
* `reg_counter` issues the pull sequence. A push takes its row lock first (SELECT ... FOR
  UPDATE on PostgreSQL; SQLite writes are serialised by a lock here and by the database), so
  that sequence numbers become visible in order and a cursor never skips a number.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import secrets
import threading
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    cast,
    create_engine,
    event,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from kiosk.paths import private_file
from sync.schema import ENTITY_RE, UUID_RE, VERSION_RE, check_value, entities

# A version further ahead of the register's clock than this is refused (a kiosk with a fast
# clock would otherwise win every merge until real time caught up with it).
MAX_CLOCK_AHEAD = timedelta(minutes=5)
log = logging.getLogger(__name__)


class RegBase(DeclarativeBase):
    """The register's tables, on metadata of their own."""

    metadata = MetaData()


class RegMeta(RegBase):
    """Facts about this register (its id)."""

    __tablename__ = "reg_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class RegCounter(RegBase):
    """The pull sequence: one row, locked by every push."""

    __tablename__ = "reg_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class RegDevice(RegBase):
    """A kiosk allowed to sync. Only the SHA-256 of its token is stored."""

    __tablename__ = "reg_device"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The kiosk's device id (the node of its HLC versions), bound at its first push: a
    # version naming another device is refused.
    node: Mapped[str | None] = mapped_column(String(40))
    # When a second kiosk was last seen using this token (a copied token): shown on the overview.
    shared_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


# Columns added after the first release: create() adds them to an existing database.


class RegChange(RegBase):
    """One change id received: the idempotency ledger."""

    __tablename__ = "reg_change"

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("reg_device.id"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    outcome: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RegRecord(RegBase):
    """A record's merged state: values and per-field versions."""

    __tablename__ = "reg_record"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True, index=True)
    version: Mapped[str] = mapped_column(String(80))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    versions: Mapped[dict[str, str]] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    origin_device_id: Mapped[int | None] = mapped_column(ForeignKey("reg_device.id"), index=True)


class RegAttachment(RegBase):
    """An attachment (image, audio, PDF), stored once under its SHA-256."""

    __tablename__ = "reg_attachment"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content: Mapped[bytes] = mapped_column(LargeBinary)


def hash_token(token: str) -> str:
    """The stored form of a device token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def make_register_engine(url: str) -> Engine:
    """An engine for the register's database (SQLite gets WAL and a busy timeout)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            with contextlib.suppress(OSError):
                private_file(Path(parsed.database))  # owner-only, like the kiosk's database
        # hide_parameters: an error's text never carries a record's values to a log.
        engine = create_engine(
            parsed,
            connect_args={"check_same_thread": False, "timeout": 30},
            hide_parameters=True,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(parsed, pool_pre_ping=True, pool_size=10, hide_parameters=True)


@dataclass(frozen=True)
class PulledRecord:
    """One record of a pull page as stored: its field values and versions still JSON text,
    so that a page of thousands is not decoded only to be encoded again."""

    seq: int
    entity: str
    entity_id: str
    version: str
    data_json: str
    versions_json: str


@dataclass(frozen=True)
class Device:
    """An authenticated device."""

    id: int
    name: str
    node: str | None = None


@dataclass
class Outcome:
    """What happened to one change of a push."""

    change_id: str
    status: str  # "applied", "duplicate" (seen before) or "stale" (every field was older)


@dataclass
class Rejection:
    """A change the register refuses for good (the kiosk dead-letters it)."""

    index: int
    change_id: str
    reason: str


@dataclass
class PushResult:
    """Outcomes when accepted, rejections when not (then nothing was stored)."""

    outcomes: list[Outcome] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


@dataclass(frozen=True)
class IncomingChange:
    """A change as the push validated its envelope."""

    change_id: str
    entity: str
    entity_id: str
    version: str
    op: str
    fields: dict[str, Any]


def node_of(version: str) -> str:
    """The device id an HLC version names (its last part)."""
    return version.split(".", 2)[-1]


def validate_change(change: IncomingChange, *, now: datetime) -> str | None:
    """Why the register refuses `change`, or None when it may be merged."""
    if not UUID_RE.match(change.change_id):
        return "change_id is not a UUID"
    if not ENTITY_RE.match(change.entity) or change.entity not in entities():
        return "unknown entity"
    if not UUID_RE.match(change.entity_id):
        return "entity_id is not a UUID"
    if not VERSION_RE.match(change.version):
        return "version is not an HLC timestamp"
    wall_ms = int(change.version[:15])
    if wall_ms > (now + MAX_CLOCK_AHEAD).timestamp() * 1000:
        return (
            "version is ahead of the register's clock by more than "
            f"{int(MAX_CLOCK_AHEAD.total_seconds() // 60)} minutes (is the kiosk's clock fast?)"
        )
    if change.op not in ("insert", "update"):
        return "op must be insert or update"
    spec = entities()[change.entity]
    unknown = sorted(set(change.fields) - set(spec.columns))
    if unknown:
        return "unknown field " + unknown[0][:40]
    if change.op == "insert":
        missing = sorted(
            name
            for name, column in spec.columns.items()
            if name not in change.fields and not column.optional
        )
        if missing:
            return "insert without field " + missing[0]
    elif not change.fields:
        return "update without fields"
    for name, value in change.fields.items():
        problem = check_value(spec.columns[name], value)
        if problem:
            return f"{name}: {problem}"
    return None


class RegisterStore:
    """Operations on the register's database; thread-safe."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write_lock = threading.Lock()
        self._sqlite = engine.dialect.name == "sqlite"

    # --- set-up -------------------------------------------------------------------------

    def create(self) -> None:
        """Migrate the schema to head (Alembic) and add the counter and ids when missing."""
        from sync.register.migrate import migrate_register

        migrate_register(self.engine)
        with Session(self.engine) as session, session.begin():
            if session.get(RegCounter, 1) is None:
                session.add(RegCounter(id=1, value=0))
            if session.get(RegMeta, "register_id") is None:
                session.add(RegMeta(key="register_id", value=str(uuid.uuid4())))
            if session.get(RegMeta, "pass_secret") is None:
                session.add(RegMeta(key="pass_secret", value=secrets.token_bytes(32).hex()))

    def drop(self) -> None:
        """Remove every register table and view, and the schema's version (tests)."""
        from sync.register.migrate import VERSION_TABLE, VIEWS

        with self.engine.begin() as conn:
            for view in VIEWS:
                conn.execute(text(f"DROP VIEW IF EXISTS {view}"))
        tables = MetaData()
        tables.reflect(self.engine, only=lambda name, _: name.startswith(("reg_", "rm_")))
        tables.drop_all(self.engine)
        with self.engine.begin() as conn:
            conn.execute(text(f"DROP TABLE IF EXISTS {VERSION_TABLE}"))

    def pass_secret(self) -> str:
        """The QR pass signing secret every room of this register shares (hex)."""
        with Session(self.engine) as session:
            meta = session.get(RegMeta, "pass_secret")
            return meta.value if meta else ""

    def has_attachment(self, sha256: str) -> bool:
        """Whether the attachment is stored already."""
        with Session(self.engine) as session:
            return session.get(RegAttachment, sha256) is not None

    def put_attachment(self, sha256: str, content: bytes) -> None:
        """Store an attachment once; a second send of the same content is a no-op."""
        try:
            with Session(self.engine) as session, session.begin():
                if session.get(RegAttachment, sha256) is None:
                    session.add(RegAttachment(sha256=sha256, size=len(content), content=content))
        except IntegrityError:
            pass  # sent concurrently: stored once all the same

    def register_id(self) -> str:
        """This register's id: a kiosk resets its cursor when it changes."""
        with Session(self.engine) as session:
            meta = session.get(RegMeta, "register_id")
            return meta.value if meta else ""

    # --- devices ------------------------------------------------------------------------

    def add_device(self, name: str, *, now: datetime) -> str:
        """Register a device and return its new token (shown once, stored hashed).

        Raises:
            ValueError: the name is empty, too long or already taken.
        """
        name = name.strip()
        if not 0 < len(name) <= 80:
            raise ValueError("a device name has 1 to 80 characters")
        # A prefix: a token never starts with "-" (a command line would take it for an option)
        # and is easy to recognise in a keyring or a leaked paste.
        token = "qsk_" + secrets.token_urlsafe(32)
        try:
            with Session(self.engine) as session, session.begin():
                session.add(RegDevice(name=name, token_hash=hash_token(token), created_at=now))
        except IntegrityError:
            raise ValueError(f"a device called {name!r} exists already") from None
        return token

    def revoke_device(self, name: str, *, now: datetime) -> bool:
        """Revoke a device's token; False when there is no such device."""
        with Session(self.engine) as session, session.begin():
            device = session.scalar(select(RegDevice).where(RegDevice.name == name))
            if device is None:
                return False
            if device.revoked_at is None:
                device.revoked_at = now
            return True

    def authenticate(self, token: str) -> tuple[Device | None, str]:
        """The device a bearer token belongs to, or None and why ("unknown" or "revoked")."""
        if not token or len(token) > 200:
            return None, "unknown"
        with Session(self.engine) as session:
            device = session.scalar(
                select(RegDevice).where(RegDevice.token_hash == hash_token(token))
            )
            if device is None:
                return None, "unknown"
            if device.revoked_at is not None:
                return None, "revoked"
            return Device(device.id, device.name, device.node), ""

    def devices(self) -> list[tuple[str, bool, datetime | None]]:
        """Every device: name, revoked, last seen."""
        with Session(self.engine) as session:
            return [
                (d.name, d.revoked_at is not None, d.last_seen_at)
                for d in session.scalars(select(RegDevice).order_by(RegDevice.name))
            ]

    def note_device_id(self, device: Device, node: str, *, now: datetime) -> bool:
        """Bind `device` to the kiosk id `node` when unbound; False (and the token marked as
        shared) when the token is bound to another kiosk."""
        if device.node == node:
            return True
        with Session(self.engine) as session, session.begin():
            # One conditional update: of two kiosks binding at once, exactly one wins.
            session.execute(
                update(RegDevice)
                .where(RegDevice.id == device.id, RegDevice.node.is_(None))
                .values(node=node)
            )
            bound = session.scalar(select(RegDevice.node).where(RegDevice.id == device.id))
            if bound == node:
                return True
            session.execute(
                update(RegDevice).where(RegDevice.id == device.id).values(shared_seen_at=now)
            )
        log.warning("device %s: its token is used by a second kiosk", device.name)
        return False

    def shared_devices(self) -> list[str]:
        """Names of devices whose token a second kiosk used."""
        with Session(self.engine) as session:
            return list(
                session.scalars(
                    select(RegDevice.name)
                    .where(RegDevice.shared_seen_at.is_not(None))
                    .order_by(RegDevice.name)
                )
            )

    # --- push ---------------------------------------------------------------------------

    def push(
        self, device: Device, changes: Sequence[IncomingChange], *, now: datetime
    ) -> PushResult:
        """Validate every change, then merge them all in one transaction (or none)."""
        rejections = [
            Rejection(index, change.change_id, reason)
            for index, change in enumerate(changes)
            if (reason := validate_change(change, now=now)) is not None
        ]
        if rejections:
            return PushResult(rejections=rejections)
        nodes = {node_of(change.version) for change in changes}
        bound = device.node or self._bound_node(device)
        if bound is None and len(nodes) == 1:
            node = next(iter(nodes))
            bound = node if self.note_device_id(device, node, now=now) else self._bound_node(device)
        foreign = [
            Rejection(
                index,
                change.change_id,
                "version names another device (this token belongs to another kiosk)",
            )
            for index, change in enumerate(changes)
            if node_of(change.version) != bound
        ]
        if foreign:
            self.note_device_id(device, node_of(changes[foreign[0].index].version), now=now)
            return PushResult(rejections=foreign)
        for attempt in range(3):
            try:
                return self._merge(device, changes, now=now)
            except _RefusedError as refused:
                index = next(i for i, c in enumerate(changes) if c.change_id == refused.change_id)
                return PushResult(rejections=[Rejection(index, refused.change_id, refused.reason)])
            except IntegrityError:
                # A concurrent push (another register process) stored some of these change
                # ids first: the next attempt sees them as duplicates.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _bound_node(self, device: Device) -> str | None:
        with Session(self.engine) as session:
            return session.scalar(select(RegDevice.node).where(RegDevice.id == device.id))

    def _merge(
        self, device: Device, changes: Sequence[IncomingChange], *, now: datetime
    ) -> PushResult:
        with self._write_lock, Session(self.engine) as session, session.begin():
            counter = session.scalar(select(RegCounter).where(RegCounter.id == 1).with_for_update())
            assert counter is not None
            seq = counter.value
            ids = [c.change_id for c in changes]
            seen = set(
                session.scalars(select(RegChange.change_id).where(RegChange.change_id.in_(ids)))
            )
            records = self._records_for(session, changes)
            result = PushResult()
            for change in changes:
                if change.change_id in seen:
                    result.outcomes.append(Outcome(change.change_id, "duplicate"))
                    continue
                seen.add(change.change_id)
                key = (change.entity, change.entity_id)
                record = records.get(key)
                status = "stale"
                if record is None:
                    if change.op == "update":
                        # An update of a record the register never saw (its insert was
                        # refused, or came from a demo room): kept out, and said so.
                        raise _RefusedError(change.change_id, "update of an unknown record")
                    seq += 1
                    # Columns an older kiosk does not know yet take their defaults.
                    data = {
                        name: column.default
                        for name, column in entities()[change.entity].columns.items()
                        if name not in change.fields
                    } | dict(change.fields)
                    record = RegRecord(
                        entity=change.entity,
                        entity_id=change.entity_id,
                        seq=seq,
                        version=change.version,
                        data=data,
                        versions=dict.fromkeys(data, change.version),
                        deleted=bool(change.fields.get("deleted", False)),
                        origin_device_id=device.id,
                    )
                    session.add(record)
                    records[key] = record
                    status = "applied"
                elif not (change.op == "insert" and entities()[change.entity].append_only):
                    data = dict(record.data)
                    versions = dict(record.versions)
                    won = False
                    for name, value in change.fields.items():
                        if _wins(change.version, value, versions.get(name, ""), data.get(name)):
                            data[name] = value
                            versions[name] = change.version
                            won = True
                    if won:
                        seq += 1
                        record.data = data
                        record.versions = versions
                        record.version = max(versions.values())
                        record.deleted = bool(data.get("deleted", False))
                        record.seq = seq
                        status = "applied"
                session.add(
                    RegChange(
                        change_id=change.change_id,
                        device_id=device.id,
                        entity=change.entity,
                        entity_id=change.entity_id,
                        outcome=status,
                        received_at=now,
                    )
                )
                result.outcomes.append(Outcome(change.change_id, status))
            counter.value = seq
            session.execute(
                update(RegDevice).where(RegDevice.id == device.id).values(last_seen_at=now)
            )
            return result

    @staticmethod
    def _records_for(
        session: Session, changes: Sequence[IncomingChange]
    ) -> dict[tuple[str, str], RegRecord]:
        by_entity: dict[str, set[str]] = {}
        for change in changes:
            by_entity.setdefault(change.entity, set()).add(change.entity_id)
        found: dict[tuple[str, str], RegRecord] = {}
        for entity, ids in by_entity.items():
            id_list = sorted(ids)
            for start in range(0, len(id_list), 500):
                for record in session.scalars(
                    select(RegRecord).where(
                        RegRecord.entity == entity,
                        RegRecord.entity_id.in_(id_list[start : start + 500]),
                    )
                ):
                    found[(record.entity, record.entity_id)] = record
        return found

    # --- pull ---------------------------------------------------------------------------

    def pull(self, *, after: int, limit: int) -> tuple[list[RegRecord], bool]:
        """Records changed after sequence `after`, in sequence order; and whether more wait."""
        with Session(self.engine, expire_on_commit=False) as session:
            rows = list(
                session.scalars(
                    select(RegRecord)
                    .where(RegRecord.seq > after)
                    .order_by(RegRecord.seq)
                    .limit(limit + 1)
                )
            )
            session.expunge_all()
        return rows[:limit], len(rows) > limit

    def pull_page(self, *, after: int, limit: int) -> tuple[list[PulledRecord], bool]:
        """As `pull`, the JSON columns read as text (the pull page's fast path): one index
        range scan on `seq`, no ORM objects, no JSON decoding in the driver."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    RegRecord.seq,
                    RegRecord.entity,
                    RegRecord.entity_id,
                    RegRecord.version,
                    cast(RegRecord.data, Text),
                    cast(RegRecord.versions, Text),
                )
                .where(RegRecord.seq > after)
                .order_by(RegRecord.seq)
                .limit(limit + 1)
            ).all()
        return [PulledRecord(*row) for row in rows[:limit]], len(rows) > limit

    def records(self, entity: str) -> Iterator[RegRecord]:
        """Every record of one entity (the overview), in sequence order."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield from session.scalars(
                select(RegRecord).where(RegRecord.entity == entity).order_by(RegRecord.seq)
            )

    def counts(self) -> dict[str, int]:
        """How many records, changes and devices the register holds (tests, overview)."""
        from sqlalchemy import func

        with Session(self.engine) as session:
            return {
                "records": session.scalar(select(func.count()).select_from(RegRecord)) or 0,
                "changes": session.scalar(select(func.count()).select_from(RegChange)) or 0,
                "devices": session.scalar(select(func.count()).select_from(RegDevice)) or 0,
            }

    def activity(self) -> list[tuple[str, int, int, datetime | None]]:
        """Per device (room): records created, visits recorded, last seen."""
        from sqlalchemy import func

        with Session(self.engine) as session:
            rows = session.execute(
                select(
                    RegDevice.name,
                    func.count(RegRecord.entity_id),
                    func.count(RegRecord.entity_id).filter(RegRecord.entity == "visit"),
                    RegDevice.last_seen_at,
                )
                .outerjoin(RegRecord, RegRecord.origin_device_id == RegDevice.id)
                .group_by(RegDevice.id, RegDevice.name, RegDevice.last_seen_at)
                .order_by(RegDevice.name)
            ).all()
            return [(name, int(total), int(visits), seen) for name, total, visits, seen in rows]


def _wins(version: str, value: Any, current_version: str, current: Any) -> bool:
    """Whether a field's incoming value replaces the stored one: the greater version wins.

    Equal versions never come from one well-behaved device (its clock never repeats); should
    they differ in value all the same, the greater JSON text wins, so that every arrival order
    still gives one result.
    """
    if version != current_version:
        return version > current_version
    return _sort_key(value) > _sort_key(current)


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


class _RefusedError(Exception):
    def __init__(self, change_id: str, reason: str) -> None:
        super().__init__(reason)
        self.change_id = change_id
        self.reason = reason


def utc_now() -> datetime:
    """The register's clock."""
    return datetime.now(UTC)
