"""The console over HTTP: sign-in, CSRF, the pause after failures, sign-out, and that nothing
of the Health Board's is served to a signed-out request (every page and every export)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import requests

from sync.console.auth import MAX_FAILURES
from sync.console.routes import CSV_KINDS
from tests.integration.sync_support import PASSWORD, RunningRegister, csrf_of, running_register

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("/", "/rooms", "/events", "/coffee", "/stories", "/desk", "/docs", "/openapi.json")


@pytest.fixture
def register(tmp_path: Path) -> Iterator[RunningRegister]:
    with running_register(f"sqlite:///{tmp_path / 'register.sqlite3'}") as running:
        yield running


def _push(register: RunningRegister, token: str, changes: list[dict[str, Any]]) -> None:
    response = requests.post(
        f"{register.url}/v1/changes",
        json={"changes": changes},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text


def seed(register: RunningRegister, now: datetime) -> dict[str, str]:
    """A department, a project and an approved story pushed by a room."""
    ids = {k: str(uuid.uuid4()) for k in ("department", "project", "story")}
    version = f"{int(now.timestamp() * 1000):015d}.000000.room1"
    stamps = {"created_at": now.isoformat(), "updated_at": now.isoformat(), "deleted": False}

    def insert(entity: str, **fields: Any) -> dict[str, Any]:
        return {"change_id": str(uuid.uuid4()), "entity": entity, "entity_id": ids[entity],
                "version": version, "op": "insert", "fields": {**fields, **stamps}}  # fmt: skip

    _push(register, register.token("Ystafell <Qspace>"), [
        insert("department", name_en="Cardiology", name_cy="Cardioleg"),
        insert("project", title="<script>alert(1)</script> Secret falls", aim="Fewer falls",
               department_id=ids["department"], stage="testing", start_date="2026-01-05",
               iqt_ref="IQT-7", is_public=True, seeking_collaborators=False),
        insert("story", project_id=ids["project"], title="=HYPERLINK(1)", problem="",
               change="", result="Half the falls", lessons="", approved=True),
    ])  # fmt: skip
    return ids


def test_signed_out_nothing_is_served(register: RunningRegister, now: datetime) -> None:
    ids = seed(register, now)
    paths = [
        *PAGES,
        f"/projects/{ids['project']}",
        f"/stories/{ids['story']}.pdf",
        "/story-pack.pdf?period=2026-01",
        *(f"/export/{k}.csv" for k in CSV_KINDS),
    ]
    for path in paths:
        response = requests.get(register.url + path, timeout=10, allow_redirects=False)
        assert response.status_code in (303, 401), path
        assert "Secret falls" not in response.text, path
        assert "Cardiology" not in response.text, path
        if response.status_code == 303:
            assert response.headers["location"] == "/signin", path
    for path in ("/desk/approve", "/desk/notice", "/desk/event", "/signout"):
        response = requests.post(register.url + path, data={}, timeout=10, allow_redirects=False)
        assert response.status_code == 401, path
    # A made-up session cookie is no better than none.
    response = requests.get(
        register.url + "/export/projects.csv",
        cookies={"qspace_session": "forged"},
        timeout=10,
        allow_redirects=False,
    )
    assert response.status_code == 401
    # The kiosks' API and the sign-in page stay reachable.
    assert requests.get(f"{register.url}/v1/health", timeout=10).status_code == 200
    assert requests.get(f"{register.url}/signin", timeout=10).status_code == 200


def test_sign_in_pages_exports_and_sign_out(register: RunningRegister, now: datetime) -> None:
    ids = seed(register, now)
    web = register.signed_in()
    cookie = web.cookies.get("qspace_session")
    assert cookie
    page = web.get(f"{register.url}/", timeout=10)
    assert page.status_code == 200
    assert '<html lang="en">' in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Secret falls" in page.text
    assert "<script>alert" not in page.text
    for path in PAGES:
        assert web.get(register.url + path, timeout=10).status_code == 200, path
    assert web.get(f"{register.url}/projects/{ids['project']}", timeout=10).status_code == 200
    projects = web.get(f"{register.url}/export/projects.csv", timeout=10)
    assert projects.headers["content-type"].startswith("text/csv")
    assert "Cardiology,testing,IQT-7,Ystafell <Qspace>" in projects.text
    stories = web.get(f"{register.url}/export/stories.csv", timeout=10).text
    assert "'=HYPERLINK" in stories  # no formula for a spreadsheet to run
    pdf = web.get(f"{register.url}/stories/{ids['story']}.pdf", timeout=10)
    assert pdf.content.startswith(b"%PDF")
    quarter = f"{now:%Y}-Q{(now.month - 1) // 3 + 1}"
    pack = web.get(f"{register.url}/story-pack.pdf?period={quarter}", timeout=10)
    assert pack.content.startswith(b"%PDF")
    welsh = web.get(f"{register.url}/?lang=cy", timeout=10)
    assert '<html lang="cy">' in welsh.text
    assert "Cardioleg" in welsh.text
    assert '<html lang="cy">' in web.get(f"{register.url}/rooms", timeout=10).text  # remembered

    out = web.post(
        f"{register.url}/signout",
        data={"csrf_token": csrf_of(page.text)},
        allow_redirects=False,
        timeout=10,
    )
    assert out.status_code == 303
    # The old cookie is worthless: its session row is gone.
    again = requests.get(
        f"{register.url}/export/projects.csv",
        cookies={"qspace_session": cookie},
        timeout=10,
        allow_redirects=False,
    )
    assert again.status_code == 401


def test_cookies_are_http_only_and_same_site(register: RunningRegister) -> None:
    register.user("qi@example.org")
    web = requests.Session()
    page = web.get(f"{register.url}/signin", timeout=10)
    response = web.post(
        f"{register.url}/signin",
        data={"email": "QI@example.org ", "password": PASSWORD, "csrf_token": csrf_of(page.text)},
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 303
    set_cookie = response.headers["set-cookie"]
    assert "HttpOnly" in set_cookie
    assert "SameSite=lax" in set_cookie


def test_every_form_needs_its_csrf_token(register: RunningRegister) -> None:
    register.user("qi@example.org")
    web = requests.Session()
    web.get(f"{register.url}/signin", timeout=10)
    no_token = web.post(
        f"{register.url}/signin",
        data={"email": "qi@example.org", "password": PASSWORD},
        allow_redirects=False,
        timeout=10,
    )
    assert no_token.status_code == 403
    web = register.signed_in()
    for path, data in (
        ("/desk/notice", {"text_cy": "Tân", "text_en": "Fire"}),
        ("/desk/notice", {"text_cy": "Tân", "text_en": "Fire", "csrf_token": "wrong"}),
        ("/signout", {}),
    ):
        response = web.post(register.url + path, data=data, allow_redirects=False, timeout=10)
        assert response.status_code == 403, path
    assert "Fire" not in web.get(f"{register.url}/desk", timeout=10).text


def test_a_pause_after_repeated_failures(register: RunningRegister) -> None:
    register.user("qi@example.org")
    web = requests.Session()

    def attempt(email: str, password: str) -> requests.Response:
        page = web.get(f"{register.url}/signin", timeout=10)
        return web.post(
            f"{register.url}/signin",
            data={"email": email, "password": password, "csrf_token": csrf_of(page.text)},
            allow_redirects=False,
            timeout=10,
        )

    for _ in range(MAX_FAILURES - 1):
        assert attempt("qi@example.org", "wrong password!").status_code == 401
    assert attempt("qi@example.org", "wrong password!").status_code == 429
    # Paused: even the right password is refused for now.
    paused = attempt("qi@example.org", PASSWORD)
    assert paused.status_code == 429
    assert "paused" in paused.text
    # An unknown address is paused the same way (no telling which addresses exist).
    for _ in range(MAX_FAILURES - 1):
        assert attempt("nobody@example.org", "whatever it is").status_code == 401
    assert attempt("nobody@example.org", "whatever it is").status_code == 429


def test_a_viewer_cannot_act_from_the_desk(register: RunningRegister) -> None:
    web = register.signed_in("viewer@example.org", role="viewer")
    desk = web.get(f"{register.url}/desk", timeout=10)
    response = web.post(
        f"{register.url}/desk/notice",
        data={"text_cy": "Tân", "text_en": "Fire", "csrf_token": csrf_of(desk.text)},
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 403


@pytest.mark.slow
def test_the_user_command_reads_the_password_from_stdin(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "main.py", "register", *args, "--db", url],
            input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=60, check=False,
        )  # fmt: skip

    short = run("user", "add", "ann@example.org", "--role", "admin", stdin="short\n")
    assert short.returncode != 0
    assert "12 characters" in short.stderr
    added = run("user", "add", "Ann@Example.org", "--role", "viewer", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout
    assert run("user", "list").stdout.split() == ["ann@example.org", "viewer"]
    assert run("user", "disable", "ann@example.org").returncode == 0
    assert "disabled" in run("user", "list").stdout
