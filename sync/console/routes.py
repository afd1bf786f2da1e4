"""The console's pages, exports and desk actions, mounted on the register's FastAPI app.

Every path but /v1/... (device tokens), /signin and /static needs a signed-in user: the
`SignInGate` middleware answers a signed-out request with a redirect to /signin (a page) or
401 (anything else) before any route runs, so a route added later is covered the moment it
exists. Forms carry a CSRF token: the web session's, or before sign-in a double-submit cookie.
"""

from __future__ import annotations

import csv
import hmac
import io
import logging
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from kiosk.export import neutralise_cell
from sync.console import auth, charts, desk, projector, queries
from sync.console.i18n import LANGS, pick_language, translator
from sync.console.text import printable
from sync.register.store import RegisterStore

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
PUBLIC_PREFIXES = ("/v1/", "/signin", "/static/")
LANG_COOKIE = "qspace_lang"
PRE_CSRF_COOKIE = "qspace_csrf"
CSV_KINDS = ("projects", "checkins", "topics", "events", "sessions", "coffee", "stories", "rooms")


def _session_cookie(secure: bool) -> str:
    # The __Host- prefix binds the cookie to this host and path /, and requires Secure.
    return "__Host-qspace_session" if secure else "qspace_session"


class SignInGate:
    """ASGI middleware: no signed-in user, no page (only /v1, /signin and static files pass)."""

    def __init__(self, app: ASGIApp, store: RegisterStore, clock: Clock, secure: bool) -> None:
        self.app = app
        self.store = store
        self.clock = clock
        self.cookie = _session_cookie(secure)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(PUBLIC_PREFIXES):
            await self.app(scope, receive, send)
            return
        token = ""
        for name, value in scope.get("headers", ()):
            if name == b"cookie":
                for part in value.decode("latin-1").split(";"):
                    key, _, val = part.strip().partition("=")
                    if key == self.cookie:
                        token = val
        user = await run_in_threadpool(self._user, token) if token else None
        if user is None:
            wants_page = scope["method"] in ("GET", "HEAD") and not scope["path"].startswith(
                "/export/"
            )
            response: Response = (
                RedirectResponse("/signin", status_code=303)
                if wants_page
                else Response("sign in first", status_code=401, media_type="text/plain")
            )
            await response(scope, receive, send)
            return
        scope.setdefault("state", {})["user"] = user
        await self.app(scope, receive, send)

    def _user(self, token: str) -> auth.SignedIn | None:
        with Session(self.store.engine) as session, session.begin():
            return auth.session_user(session, token=token, now=self.clock())


def mount_console(
    app: FastAPI, store: RegisterStore, *, clock: Clock, secure_cookies: bool = True
) -> None:
    """Add the console's pages, exports and desk actions to the register's app."""
    env = Environment(
        loader=PackageLoader("sync.console", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    cookie = _session_cookie(secure_cookies)
    app.add_middleware(SignInGate, store=store, clock=clock, secure=secure_cookies)
    app.mount(
        "/static",
        StaticFiles(directory=str(resources.files("sync.console") / "static")),
        name="static",
    )

    def lang_of(request: Request) -> str:
        asked = request.query_params.get("lang")
        if asked in LANGS:
            return str(asked)
        return pick_language(
            request.cookies.get(LANG_COOKIE), request.headers.get("accept-language")
        )

    def user_of(request: Request) -> auth.SignedIn:
        user = getattr(request.state, "user", None)
        if not isinstance(user, auth.SignedIn):  # the gate let nobody through unsigned
            raise HTTPException(status_code=401)
        return user

    def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        lang = lang_of(request)
        user = getattr(request.state, "user", None)
        pre_csrf = request.cookies.get(PRE_CSRF_COOKIE) or secrets.token_urlsafe(32)

        def lang_url(code: str) -> str:
            params = dict(request.query_params) | {"lang": code}
            return f"{request.url.path}?{urlencode(params)}"

        def with_params(**changes: Any) -> str:
            params = {k: v for k, v in (dict(request.query_params) | changes).items() if v}
            params.pop("lang", None)
            return f"?{urlencode(params)}" if params else "?"

        html = env.get_template(name).render(
            t=translator(lang),
            lang=lang,
            user=user,
            csrf=user.csrf_token if isinstance(user, auth.SignedIn) else pre_csrf,
            lang_url=lang_url,
            with_params=with_params,
            path=request.url.path,
            done=request.query_params.get("done", ""),
            **context,
        )
        response = HTMLResponse(html, status_code=status)
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            "script-src 'self'; form-action 'self'; frame-ancestors 'none'"
        )
        if request.query_params.get("lang") in LANGS:
            response.set_cookie(
                LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax", secure=secure_cookies
            )
        if not isinstance(user, auth.SignedIn) and PRE_CSRF_COOKIE not in request.cookies:
            response.set_cookie(
                PRE_CSRF_COOKIE,
                pre_csrf,
                httponly=True,
                samesite="strict",
                secure=secure_cookies,
                path="/signin",
            )
        return response

    async def form_of(request: Request, expected: str) -> dict[str, str]:
        form = await request.form()
        values = {k: v for k, v in form.items() if isinstance(v, str)}
        given = values.get("csrf_token", "")
        if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            raise HTTPException(status_code=403, detail="csrf")
        return values

    def db() -> Session:
        return Session(store.engine)

    def fresh() -> None:
        if projector.pending(store.engine):
            projector.refresh(store.engine)

    # --- sign-in -----------------------------------------------------------------------

    @app.get("/signin", response_class=HTMLResponse, include_in_schema=False)
    def signin_page(request: Request) -> HTMLResponse:
        return render(request, "signin.html", problem=request.query_params.get("problem", ""))

    @app.post("/signin", include_in_schema=False)
    async def signin(request: Request) -> Response:
        try:
            form = await form_of(request, request.cookies.get(PRE_CSRF_COOKIE, ""))
        except HTTPException:
            return render(request, "signin.html", status=403, problem="form_expired")

        def attempt() -> auth.SigninResult:
            with db() as session, session.begin():
                return auth.sign_in(
                    session,
                    email=form.get("email", "")[:254],
                    password=form.get("password", "")[:1000],
                    now=clock(),
                )

        result = await run_in_threadpool(attempt)
        if result.token is None:
            log.info("console sign-in refused (%s)", result.problem)
            status = 429 if result.problem == "paused" else 401
            return render(request, "signin.html", status=status, problem=f"signin_{result.problem}")
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(
            cookie,
            result.token,
            max_age=int(auth.SESSION_LIFETIME.total_seconds()),
            httponly=True,
            secure=secure_cookies,
            samesite="lax",
            path="/",
        )
        response.delete_cookie(PRE_CSRF_COOKIE, path="/signin")
        return response

    @app.post("/signout", include_in_schema=False)
    async def signout(request: Request) -> Response:
        user = user_of(request)
        await form_of(request, user.csrf_token)
        with db() as session, session.begin():
            auth.sign_out(session, token=request.cookies.get(cookie, ""))
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(cookie, path="/", secure=secure_cookies, httponly=True)
        return response

    # --- pages -------------------------------------------------------------------------

    def filters(request: Request) -> queries.ProjectFilter:
        q = request.query_params
        return queries.ProjectFilter(
            department=q.get("department", "")[:36],
            topic=q.get("topic", "")[:36],
            stage=q.get("stage", "") if q.get("stage", "") in queries.STAGES else "",
            iqt=q.get("iqt", "")[:40],
            q=q.get("q", "")[:100],
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request) -> HTMLResponse:
        fresh()
        lang = lang_of(request)
        f = filters(request)
        try:
            page = int(request.query_params.get("page", "1"))
        except ValueError:
            page = 1
        with db() as session:
            return render(
                request,
                "dashboard.html",
                f=f,
                projects=queries.project_page(session, f, page=page, lang=lang),
                departments=queries.departments(session, lang),
                topics=queries.topics(session, lang),
                stages=queries.STAGES,
                by_stage=queries.stage_counts(session, f),
                monthly=queries.monthly_activity(session),
                export_query=urlencode(f.active()),
            )

    @app.get("/projects/{project_id}", response_class=HTMLResponse, include_in_schema=False)
    def project_page(request: Request, project_id: str) -> HTMLResponse:
        fresh()
        lang = lang_of(request)
        with db() as session:
            detail = queries.project_detail(session, project_id[:36], lang=lang)
        if detail is None:
            return render(request, "message.html", status=404, message="not_found")
        measures = []
        for measure, points in detail.measures:
            analysis = charts.analyse_measure(measure, points)
            chart = (
                Markup(charts.svg(analysis, title=str(measure.get("name", ""))))
                if analysis
                else None
            )
            measures.append((measure, analysis, chart))
        return render(request, "project.html", d=detail, measures=measures)

    @app.get("/rooms", response_class=HTMLResponse, include_in_schema=False)
    def rooms_page(request: Request) -> HTMLResponse:
        fresh()
        lang = lang_of(request)
        since = queries.weeks_back(clock().date(), 12)
        with db() as session:
            return render(
                request,
                "rooms.html",
                weekly=queries.checkins_weekly(session, since=since),
                demand=queries.topic_demand(session, since=since, lang=lang),
                rooms=queries.rooms(session),
            )

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request) -> HTMLResponse:
        fresh()
        with db() as session:
            return render(
                request,
                "events.html",
                events=queries.events(session, lang=lang_of(request)),
                sessions=queries.group_sessions(session),
            )

    @app.get("/coffee", response_class=HTMLResponse, include_in_schema=False)
    def coffee_page(request: Request) -> HTMLResponse:
        fresh()
        with db() as session:
            return render(request, "coffee.html", rounds=queries.coffee_rounds(session))

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request) -> HTMLResponse:
        fresh()
        with db() as session:
            return render(request, "stories.html", stories=queries.stories(session))

    @app.get("/desk", response_class=HTMLResponse, include_in_schema=False)
    def desk_page(request: Request) -> HTMLResponse:
        fresh()
        with db() as session:
            pending_stories = [s for s in queries.stories(session) if not s[2] and not s[3]]
            return render(
                request,
                "desk.html",
                stories=pending_stories[:100],
                thanks=queries.pending_moderation(session, "thanks_note"),
                posts=queries.pending_moderation(session, "board_post"),
                notices=desk.active_notices(session),
                events=queries.events(session, lang=lang_of(request), limit=20),
                kinds=("meeting", "workshop", "focus_group", "coffee"),
            )

    # --- desk actions (admins) ---------------------------------------------------------

    async def admin_form(request: Request) -> dict[str, str]:
        user = user_of(request)
        form = await form_of(request, user.csrf_token)
        if not user.is_admin:
            raise HTTPException(status_code=403, detail="admins only")
        return form

    def done(where: str = "/desk") -> RedirectResponse:
        return RedirectResponse(f"{where}?done=saved", status_code=303)

    def refused(request: Request, error: Exception) -> HTMLResponse:
        log.info("desk change refused: %s", error)
        return render(request, "message.html", status=422, message="invalid_input")

    @app.post("/desk/approve", include_in_schema=False)
    async def approve(request: Request) -> Response:
        form = await admin_form(request)
        try:
            await run_in_threadpool(
                desk.approve, store, form.get("entity", ""), form.get("id", ""), now=clock()
            )
        except desk.DeskError as error:
            return refused(request, error)
        return done()

    @app.post("/desk/hide", include_in_schema=False)
    async def hide(request: Request) -> Response:
        form = await admin_form(request)
        try:
            await run_in_threadpool(
                desk.hide, store, form.get("entity", ""), form.get("id", ""), now=clock()
            )
        except desk.DeskError as error:
            return refused(request, error)
        return done()

    @app.post("/desk/notice", include_in_schema=False)
    async def raise_notice(request: Request) -> Response:
        form = await admin_form(request)
        try:
            await run_in_threadpool(
                lambda: desk.raise_notice(
                    store,
                    text_cy=form.get("text_cy", "")[:2000],
                    text_en=form.get("text_en", "")[:2000],
                    now=clock(),
                )
            )
        except desk.DeskError as error:
            return refused(request, error)
        return done()

    @app.post("/desk/notice/clear", include_in_schema=False)
    async def clear_notice(request: Request) -> Response:
        form = await admin_form(request)
        try:
            await run_in_threadpool(desk.clear_notice, store, form.get("id", ""), now=clock())
        except desk.DeskError as error:
            return refused(request, error)
        return done()

    @app.post("/desk/event", include_in_schema=False)
    async def save_event(request: Request) -> Response:
        form = await admin_form(request)
        try:
            fields = {
                "kind": form.get("kind", ""),
                "title_en": form.get("title_en", "").strip(),
                "title_cy": form.get("title_cy", "").strip(),
                "starts_at": _utc(form.get("starts_at", "")),
                "ends_at": _utc(form.get("ends_at", "")),
                "location": form.get("location", "").strip(),
                "description": form.get("description", "").strip(),
                "description_cy": form.get("description_cy", "").strip(),
            }
            if not (fields["title_en"] and fields["title_cy"]):
                raise desk.DeskError("titles in both languages")
            await run_in_threadpool(
                desk.save_event, store, form.get("id") or None, fields, now=clock()
            )
        except (desk.DeskError, ValueError) as error:
            return refused(request, error)
        return done()

    # --- exports -----------------------------------------------------------------------

    @app.get("/export/{kind}.csv", include_in_schema=False)
    def export(request: Request, kind: str) -> Response:
        if kind not in CSV_KINDS:
            raise HTTPException(status_code=404, detail="unknown_export")
        fresh()
        lang = lang_of(request)
        translate = translator(lang)
        since = queries.weeks_back(clock().date(), 52)
        f = filters(request)

        def rows(session: Session) -> Iterable[Sequence[Any]]:
            if kind == "projects":
                yield ("project_id", "title", "department", "stage", "iqt_ref", "room")
                yield from queries.all_project_rows(session, f, lang)
            elif kind == "checkins":
                yield ("week", "room", "checkins")
                yield from queries.checkins_weekly(session, since=since)
            elif kind == "topics":
                yield ("topic", "room", "visits")
                yield from queries.topic_demand(session, since=since, lang=lang)
            elif kind == "events":
                yield ("event_id", "starts_at", "kind", "title", "room", "attendance")
                yield from queries.events(session, lang=lang, limit=100_000)
            elif kind == "sessions":
                yield ("title", "state", "started_at", "ended_at", "room")
                yield from queries.group_sessions(session, limit=100_000)
            elif kind == "coffee":
                yield ("held_on", "room", "groups", "people", "met", "did_not_meet")
                yield from queries.coffee_rounds(session, limit=100_000)
            elif kind == "stories":
                yield ("story_id", "title", "approved", "hidden", "month", "project", "room")
                yield from queries.stories(session)
            else:
                yield ("room", "revoked", "last_seen", "note")
                for name, revoked, seen, shared in queries.rooms(session):
                    yield (name, revoked, seen, translate("token_shared") if shared else "")

        def stream() -> Iterator[str]:
            with db() as session:
                yield from csv_lines(rows(session))

        return StreamingResponse(
            stream(),
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="{kind}.csv"',
                "Cache-Control": "no-store",
            },
        )

    # --- story PDFs --------------------------------------------------------------------

    @app.get("/stories/{story_id}.pdf", include_in_schema=False)
    def story_pdf(request: Request, story_id: str) -> Response:
        from sync.console import pdf

        with db() as session:
            story = queries.record(session, "story", story_id[:36])
            if story is None or not story.get("approved"):
                raise HTTPException(status_code=404)
            project = queries.record(session, "project", str(story.get("project_id") or ""))
        content = pdf.stories_pdf([(story, project)], lang=lang_of(request))
        return _pdf(content, f"story-{story_id[:8]}.pdf")

    @app.get("/story-pack.pdf", include_in_schema=False)
    def story_pack(request: Request) -> Response:
        from sync.console import pdf

        start, end = pdf.period_months(request.query_params.get("period", ""))
        if not start:
            return render(request, "message.html", status=422, message="invalid_input")
        fresh()
        with db() as session:
            found = [
                row
                for row in queries.stories(session, month_from=start, month_to=end)
                if row[2] and not row[3]
            ]
            items = []
            for row in found[:200]:
                story = queries.record(session, "story", row[0])
                if story:
                    items.append(
                        (story, queries.record(session, "project", str(story.get("project_id"))))
                    )
        content = pdf.stories_pdf(items, lang=lang_of(request))
        return _pdf(content, f"stories-{start}-{end}.pdf")


def _pdf(content: bytes, filename: str) -> Response:
    return Response(
        content,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


def _utc(text: str) -> str:
    """A datetime-local form value (taken as UTC) as the ISO text records carry."""
    moment = datetime.fromisoformat(text.strip())
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


def csv_lines(rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """CSV text, a chunk per 500 rows; a cell that a spreadsheet would run is quoted as text."""
    out = io.StringIO()
    writer = csv.writer(out)
    for count, row in enumerate(rows, start=1):
        cells = [printable("" if c is None else str(c)) for c in row]
        writer.writerow([neutralise_cell(c) for c in cells])
        if count % 500 == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()
