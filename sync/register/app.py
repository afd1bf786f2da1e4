"""The register's HTTP API (/v1, see sync/PROTOCOL.md), with the console (sync/console) mounted."""
# No `from __future__ import annotations` here: FastAPI reads these annotations at run time.

import hmac
import re
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from sync.console.routes import mount_console
from sync.register.store import (
    Device,
    IncomingChange,
    RegisterStore,
    RegRecord,
    utc_now,
)

API_VERSION = "v1"
MAX_BODY_BYTES = 16 * 1024 * 1024  # a push of 1,000 changes is well under this
MAX_BATCH = 1000
MAX_PAGE = 5000
DEFAULT_PAGE = 1000

Clock = Callable[[], datetime]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Asgi = Callable[[Scope, Receive, Send], Awaitable[None]]

Short = Annotated[str, StringConstraints(max_length=80)]
FieldName = Annotated[str, StringConstraints(max_length=64, pattern=r"^[a-z][a-z0-9_]*$")]
Scalar = str | bool | int | float | None


class ChangeIn(BaseModel):
    """One change: its idempotency key, the record, its HLC version and the fields it sets."""

    model_config = ConfigDict(extra="forbid", strict=True)

    change_id: Annotated[str, StringConstraints(min_length=36, max_length=36)]
    entity: Annotated[str, StringConstraints(max_length=40)]
    entity_id: Annotated[str, StringConstraints(min_length=36, max_length=36)]
    version: Short
    op: Literal["insert", "update"]
    fields: Annotated[dict[FieldName, Scalar], Field(max_length=100)]


class PushIn(BaseModel):
    """A batch of changes, oldest first."""

    model_config = ConfigDict(extra="forbid", strict=True)

    changes: Annotated[list[ChangeIn], Field(min_length=1, max_length=MAX_BATCH)]


class OutcomeOut(BaseModel):
    """What happened to one change."""

    change_id: str
    status: Literal["applied", "duplicate", "stale"]


class PushOut(BaseModel):
    """Every change of the batch, in order; all of them are stored."""

    results: list[OutcomeOut]


class RejectedOut(BaseModel):
    """A change refused for good: the kiosk moves it to its dead-letter list."""

    index: int
    change_id: str
    reason: str


class RefusedOut(BaseModel):
    """A refused batch: nothing of it was stored."""

    error: str
    rejected: list[RejectedOut]


class RecordOut(BaseModel):
    """A record's merged state: field values and, per HLC version, the fields it set."""

    seq: int
    entity: str
    id: str
    version: str
    fields: dict[str, Scalar]
    versions: dict[str, list[str]]


class PullOut(BaseModel):
    """One page of records after the cursor, in sequence order."""

    register_id: str
    records: list[RecordOut]
    next: int
    more: bool


class BodyLimit:
    """ASGI middleware: a request body over `limit` bytes gets 413 before it is read whole."""

    def __init__(self, app: Asgi, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and (not value.isdigit() or int(value) > self.limit):
                await _too_large(send)
                return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLargeError
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLargeError:
            await _too_large(send)


class _TooLargeError(Exception):
    pass


async def _too_large(send: Send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"error":"body_too_large"}'})


_BEARER = re.compile(r"^Bearer ([A-Za-z0-9_\-]{1,200})$")


def _versions_by_stamp(versions: dict[str, str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name, stamp in versions.items():
        grouped.setdefault(stamp, []).append(name)
    return grouped


def record_out(record: RegRecord) -> dict[str, Any]:
    """A record as a pull page carries it."""
    return {
        "seq": record.seq,
        "entity": record.entity,
        "id": record.entity_id,
        "version": record.version,
        "fields": record.data,
        "versions": _versions_by_stamp(record.versions),
    }


def create_app(
    store: RegisterStore, *, clock: Clock = utc_now, secure_cookies: bool = True
) -> FastAPI:
    """The register application on `store` (whose tables must exist).

    `secure_cookies=False` only for plain HTTP on a trusted loopback (tests, a first trial):
    behind TLS, or a TLS proxy, the console's cookies are Secure.
    """
    app = FastAPI(
        title="Qspace central register",
        version="1",
        description="Sync API for Qspace kiosks (see sync/PROTOCOL.md).",
    )
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    register_id = store.register_id()

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Say where, never echo the input back (it may be huge or personal).
        problems = [
            {"loc": [str(part) for part in error.get("loc", ())][:6], "type": error.get("type")}
            for error in exc.errors()[:20]
        ]
        return JSONResponse({"error": "invalid_request", "problems": problems}, status_code=422)

    def device(authorization: Annotated[str | None, Header()] = None) -> Device:
        match = _BEARER.match(authorization or "")
        found, why = store.authenticate(match.group(1) if match else "")
        if found is None:
            raise HTTPException(
                status_code=401,
                detail="device_revoked" if why == "revoked" else "token_invalid",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return found

    @app.get(f"/{API_VERSION}/health")
    def health() -> dict[str, str]:
        """Reachability probe (no token needed)."""
        return {"status": "ok", "register_id": register_id}

    @app.post(
        f"/{API_VERSION}/changes",
        response_model=PushOut,
        responses={401: {"description": "no valid token"}, 422: {"model": RefusedOut}},
    )
    def push(body: PushIn, who: Annotated[Device, Depends(device)]) -> Any:
        """Store a batch of changes (all or nothing); a change id seen before is a success."""
        changes = [
            IncomingChange(c.change_id, c.entity, c.entity_id, c.version, c.op, dict(c.fields))
            for c in body.changes
        ]
        result = store.push(who, changes, now=clock())
        if result.rejections:
            return JSONResponse(
                {
                    "error": "changes_rejected",
                    "rejected": [
                        {"index": r.index, "change_id": r.change_id, "reason": r.reason}
                        for r in result.rejections
                    ],
                },
                status_code=422,
            )
        return {
            "results": [{"change_id": o.change_id, "status": o.status} for o in result.outcomes]
        }

    @app.get(
        f"/{API_VERSION}/changes",
        responses={200: {"model": PullOut}, 401: {"description": "no valid token"}},
    )
    def pull(
        _who: Annotated[Device, Depends(device)],
        after: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    ) -> Response:
        """Records changed after the cursor `after`, at most `limit`, in sequence order."""
        records, more = store.pull(after=after, limit=limit)
        return JSONResponse(
            {
                "register_id": register_id,
                "records": [record_out(r) for r in records],
                "next": records[-1].seq if records else after,
                "more": more,
            }
        )

    @app.get(f"/{API_VERSION}/pass-secret")
    def pass_secret(_who: Annotated[Device, Depends(device)]) -> dict[str, str]:
        """The QR pass signing secret shared by every room of this register."""
        return {"secret": store.pass_secret()}

    @app.head(f"/{API_VERSION}/attachments/{{sha256}}")
    def has_attachment(sha256: str, _who: Annotated[Device, Depends(device)]) -> Response:
        """200 when the register holds the attachment, 404 when it must be sent."""
        return Response(status_code=200 if store.has_attachment(_sha(sha256)) else 404)

    @app.put(f"/{API_VERSION}/attachments/{{sha256}}", status_code=201)
    async def put_attachment(
        sha256: str, request: Request, _who: Annotated[Device, Depends(device)]
    ) -> dict[str, str]:
        """Store an attachment under its SHA-256 (sent once; a second send is a success)."""
        digest = _sha(sha256)
        content = await request.body()
        if not hmac.compare_digest(_digest(content), digest):
            raise HTTPException(status_code=422, detail="sha256_mismatch")
        store.put_attachment(digest, content)
        return {"sha256": digest}

    # The QI team's console (pages, exports, desk) behind a sign-in: sync/console.
    mount_console(app, store, clock=clock, secure_cookies=secure_cookies)

    return app


def _sha(text: str) -> str:
    if not re.fullmatch(r"[0-9a-f]{64}", text):
        raise HTTPException(status_code=422, detail="sha256_invalid")
    return text


def _digest(content: bytes) -> str:
    import hashlib

    return hashlib.sha256(content).hexdigest()
