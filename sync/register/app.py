"""The register's HTTP API (/v1, see sync/PROTOCOL.md), with the console (sync/console) mounted."""
# No `from __future__ import annotations` here: FastAPI reads these annotations at run time.

import hmac
import json
import logging
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
    PulledRecord,
    RegisterStore,
    RegRecord,
    utc_now,
)

log = logging.getLogger(__name__)

API_VERSION = "v1"
DEVICE_HEADER = "X-Qspace-Device"  # the kiosk's device id, sent with every call
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


class DetailOut(BaseModel):
    """A refusal with a code: `token_invalid`, `device_revoked`, `unknown_export` …"""

    detail: str


class ProblemOut(BaseModel):
    """Where a request did not parse (never the values sent)."""

    loc: list[str]
    type: str | None


class ErrorOut(BaseModel):
    """A refused request: `error` names why (`invalid_request`, `changes_rejected`,
    `body_too_large`, `sha256_mismatch` …); `problems` or `rejected` say where."""

    error: str
    problems: list[ProblemOut] | None = None
    rejected: list[RejectedOut] | None = None


class HealthOut(BaseModel):
    """The reachability probe: the register's id and clock (kiosks correct theirs with it)."""

    status: str
    register_id: str
    time: str
    time_ms: int


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


class Gate:
    """ASGI middleware in front of the API: the token is checked before a byte of the body is
    read (401), and a body over `limit` bytes gets 413 before it is read whole, announced
    (Content-Length) or chunked."""

    def __init__(self, app: Asgi, limit: int, store: RegisterStore) -> None:
        self.app = app
        self.limit = limit
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", ()))
        path = str(scope.get("path", ""))
        if path.startswith(f"/{API_VERSION}/") and path != f"/{API_VERSION}/health":
            match = _BEARER.match(headers.get(b"authorization", b"").decode("latin-1"))
            found, why = self.store.authenticate(match.group(1) if match else "")
            if found is None:
                detail = "device_revoked" if why == "revoked" else "token_invalid"
                await _answer(send, 401, {"detail": detail}, [(b"www-authenticate", b"Bearer")])
                return
            scope.setdefault("state", {})["device"] = found
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _answer(send, 413, {"error": "body_too_large"})
            return
        seen = 0
        answered = False

        async def limited() -> Message:
            nonlocal seen, answered
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit and not answered:
                    answered = True
                    await _answer(send, 413, {"error": "body_too_large"})
                    return {"type": "http.disconnect"}
            return message

        async def once(message: Message) -> None:
            if not answered:  # after a 413 the application's own answer goes nowhere
                await send(message)

        await self.app(scope, limited, once)


async def _answer(
    send: Send, status: int, body: dict[str, str], headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), *(headers or [])],
        }
    )
    await send({"type": "http.response.body", "body": json.dumps(body).encode("ascii")})


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


# An escaped UTF-16 surrogate in stored JSON text: the record is decoded and checked the slow
# way (a lone one cannot be sent; a pair, an emoji written by an ASCII-only encoder, can).
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def encode_pulled(record: PulledRecord) -> bytes:
    """A record as a pull page carries it, as UTF-8 JSON (the same object as `record_out`).

    The field values are stored as JSON text already (written by the register's JSON
    encoder; PostgreSQL checks it is JSON): they are spliced into the page as they are, rather
    than decoded and encoded again (most of a 2,000-record page's time was that). Raises
    UnicodeError or ValueError for a record that cannot be sent.
    """
    if _SURROGATE.search(record.data_json) or _SURROGATE.search(record.versions_json):
        return _encode(
            {
                "seq": record.seq,
                "entity": record.entity,
                "id": record.entity_id,
                "version": record.version,
                "fields": json.loads(record.data_json),
                "versions": _versions_by_stamp(json.loads(record.versions_json)),
            }
        )
    text = _JSON.encode
    versions = _versions_by_stamp(json.loads(record.versions_json))
    return (
        f'{{"seq":{int(record.seq)},"entity":{text(record.entity)},"id":{text(record.entity_id)},'
        f'"version":{text(record.version)},"fields":{record.data_json},'
        f'"versions":{text(versions)}}}'
    ).encode()


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
    app.add_middleware(Gate, limit=MAX_BODY_BYTES, store=store)
    register_id = store.register_id()

    @app.exception_handler(HTTPException)
    async def _refused(_request: Request, exc: HTTPException) -> JSONResponse:
        # 422 answers all have the ErrorOut shape; others keep FastAPI's {"detail": code}.
        body = {"error": exc.detail} if exc.status_code == 422 else {"detail": exc.detail}
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Say where, never echo the input back (it may be huge or personal).
        problems = [
            {"loc": [str(part) for part in error.get("loc", ())][:6], "type": error.get("type")}
            for error in exc.errors()[:20]
        ]
        return JSONResponse({"error": "invalid_request", "problems": problems}, status_code=422)

    def device(
        request: Request,
        authorization: Annotated[str | None, Header()] = None,
        x_qspace_device: Annotated[str | None, Header(max_length=40)] = None,
    ) -> Device:
        found = request.state.device if hasattr(request.state, "device") else None
        if not isinstance(found, Device):  # the gate checked it already; this is for the docs
            match = _BEARER.match(authorization or "")
            found, _why = store.authenticate(match.group(1) if match else "")
            if found is None:
                raise HTTPException(status_code=401, detail="token_invalid")
        if x_qspace_device and _NODE.match(x_qspace_device):
            # Two kiosks with one token are noticed on their first call, pull or push.
            store.note_device_id(found, x_qspace_device, now=clock())
        return found

    @app.get(f"/{API_VERSION}/health", response_model=HealthOut)
    def health() -> dict[str, Any]:
        """Reachability probe (no token needed), with the register's clock."""
        now = clock()
        return {
            "status": "ok",
            "register_id": register_id,
            "time": now.isoformat(),
            "time_ms": int(now.timestamp() * 1000),
        }

    @app.post(
        f"/{API_VERSION}/changes",
        response_model=PushOut,
        responses={**_COMMON, **_BODY, 422: {"model": ErrorOut, "description": "refused"}},
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
        responses={200: {"model": PullOut}, **_COMMON, 422: _INVALID},
    )
    def pull(
        _who: Annotated[Device, Depends(device)],
        after: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    ) -> Response:
        """Records changed after the cursor `after`, at most `limit`, in sequence order."""
        records, more = store.pull_page(after=after, limit=limit)
        parts = []
        for record in records:
            try:
                parts.append(encode_pulled(record))
            except (ValueError, UnicodeError, TypeError):
                # A record stored before the register checked so strictly (a lone surrogate):
                # it is left out of the page, which still moves the cursor past it.
                log.warning("record %s/%s cannot be sent; left out", record.entity, record.seq)
        head = {"register_id": register_id, "next": records[-1].seq if records else after}
        body = (
            _encode(head)[:-1]
            + b',"more":'
            + (b"true" if more else b"false")
            + b',"records":['
            + b",".join(parts)
            + b"]}"
        )
        return Response(body, media_type="application/json")

    @app.get(f"/{API_VERSION}/pass-secret", responses=_COMMON)
    def pass_secret(_who: Annotated[Device, Depends(device)]) -> dict[str, str]:
        """The QR pass signing secret shared by every room of this register."""
        return {"secret": store.pass_secret()}

    @app.head(
        f"/{API_VERSION}/attachments/{{sha256}}",
        responses={**_COMMON, 404: {"description": "not stored: send it"}, 422: _INVALID},
    )
    def has_attachment(sha256: str, _who: Annotated[Device, Depends(device)]) -> Response:
        """200 when the register holds the attachment, 404 when it must be sent."""
        return Response(status_code=200 if store.has_attachment(_sha(sha256)) else 404)

    @app.put(
        f"/{API_VERSION}/attachments/{{sha256}}",
        status_code=201,
        responses={**_COMMON, **_BODY, 422: _INVALID},
    )
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


_NODE = re.compile(r"^[A-Za-z0-9-]{1,40}$")
_COMMON: dict[int | str, dict[str, Any]] = {
    401: {"model": DetailOut, "description": "no valid token (token_invalid, device_revoked)"},
}
_BODY: dict[int | str, dict[str, Any]] = {
    400: {"model": DetailOut, "description": "the body cannot be read"},
    413: {"model": ErrorOut, "description": "body over 16 MB (body_too_large)"},
}
_INVALID: dict[str, Any] = {"model": ErrorOut, "description": "invalid request"}


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _encode(value: Any) -> bytes:
    """JSON as UTF-8; raises UnicodeError for text that UTF-8 cannot hold."""
    return _JSON.encode(value).encode("utf-8")


def _sha(text: str) -> str:
    if not re.fullmatch(r"[0-9a-f]{64}", text):
        raise HTTPException(status_code=422, detail="sha256_invalid")
    return text


def _digest(content: bytes) -> str:
    import hashlib

    return hashlib.sha256(content).hexdigest()
