"""The seam for single sign-on (OIDC): accounts without a password, found by issuer and
subject, linked at the first sign-in to the account the register made for the address."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.cli import register_command
from sync.console import auth
from sync.console.tables import ConsoleUser
from sync.register.store import RegisterStore, make_register_engine

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
ISSUER = "https://login.microsoftonline.com/health-board/v2.0"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RegisterStore]:
    store = RegisterStore(make_register_engine(f"sqlite:///{tmp_path / 'register.sqlite3'}"))
    store.create()
    yield store
    store.engine.dispose()


def _oidc(store: RegisterStore, subject: str, email: str) -> auth.SigninResult:
    with Session(store.engine) as session, session.begin():
        return auth.sign_in_oidc(session, issuer=ISSUER, subject=subject, email=email, now=NOW)


def _who(store: RegisterStore, token: str | None) -> auth.SignedIn | None:
    assert token is not None
    with Session(store.engine) as session:
        return auth.session_user(session, token=token, now=NOW)


def test_an_sso_only_account_signs_in_through_oidc_and_never_through_the_form(
    store: RegisterStore,
) -> None:
    with Session(store.engine) as session, session.begin():
        auth.add_user(session, email="Lead@Example.nhs.wales", role="viewer", password=None,
                      now=NOW)  # fmt: skip
    with Session(store.engine) as session, session.begin():
        form = auth.sign_in(session, email="lead@example.nhs.wales", password="", now=NOW)
    assert form.token is None

    first = _oidc(store, "sub-123", "LEAD@example.nhs.wales")
    # Later the address changes at the provider: the subject still finds the account.
    again = _oidc(store, "sub-123", "renamed@example.nhs.wales")

    signed_in = _who(store, first.token)
    assert signed_in is not None
    assert (signed_in.email, signed_in.role) == ("lead@example.nhs.wales", "viewer")
    again_in = _who(store, again.token)
    assert again_in is not None
    assert again_in.user_id == signed_in.user_id
    with Session(store.engine) as session:
        user = session.scalar(select(ConsoleUser))
        assert user is not None
        assert (user.oidc_issuer, user.oidc_subject, user.password_hash) == (
            ISSUER, "sub-123", None,
        )  # fmt: skip


def test_oidc_refuses_unknown_addresses_other_subjects_and_disabled_accounts(
    store: RegisterStore,
) -> None:
    with Session(store.engine) as session, session.begin():
        auth.add_user(session, email="a@example.org", role="admin", password="long enough pw",
                      now=NOW)  # fmt: skip
    assert _oidc(store, "sub-a", "a@example.org").token is not None

    # No account from SSO alone; no second subject taking over a linked account.
    assert _oidc(store, "sub-x", "stranger@example.org") == auth.SigninResult(None, "invalid")
    assert _oidc(store, "sub-b", "a@example.org") == auth.SigninResult(None, "invalid")
    assert _oidc(store, "", "a@example.org") == auth.SigninResult(None, "invalid")
    with Session(store.engine) as session, session.begin():
        assert auth.disable_user(session, email="a@example.org", now=NOW)
    assert _oidc(store, "sub-a", "a@example.org") == auth.SigninResult(None, "invalid")


def test_user_add_sso_makes_an_account_without_a_password(
    store: RegisterStore, capsys: pytest.CaptureFixture[str]
) -> None:
    url = store.engine.url.render_as_string(hide_password=False)

    code = register_command(["user", "add", "sso@example.org", "--role", "viewer", "--sso",
                             "--db", url])  # fmt: skip

    assert code == 0
    assert "single sign-on only" in capsys.readouterr().out
    with Session(store.engine) as session:
        user = session.scalar(select(ConsoleUser).where(ConsoleUser.email == "sso@example.org"))
        assert user is not None
        assert (user.role, user.password_hash) == ("viewer", None)
