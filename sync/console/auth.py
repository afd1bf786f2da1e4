"""Console accounts: argon2 password hashes, sign-in with a pause after failures, web sessions.

Services take a Session first and the time as `now`; they never commit. A web session's
cookie is a random token: only its SHA-256 is stored, so a copy of the database signs nobody
in, and signing out deletes the row (the cookie is worthless from then on).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sync.console.tables import ROLES, ConsoleUser, SigninThrottle, WebSession

MAX_FAILURES = 5  # consecutive failed sign-ins for one address before the pause
PAUSE = timedelta(minutes=5)
SESSION_LIFETIME = timedelta(hours=12)
MIN_PASSWORD = 12

_hasher = PasswordHasher()
# Verified when the address is unknown, so that an unknown address takes as long as a known one.
_DUMMY_HASH = _hasher.hash("qspace-not-a-password")

Role = Literal["admin", "viewer"]


@dataclass(frozen=True)
class SignedIn:
    """The user behind a web session."""

    user_id: int
    email: str
    role: str
    csrf_token: str

    @property
    def is_admin(self) -> bool:
        """Whether the user may act from the desk (moderation, messages, events)."""
        return self.role == "admin"


@dataclass(frozen=True)
class SigninResult:
    """A sign-in attempt: the new session's cookie token, or why not ("invalid", "paused")."""

    token: str | None
    problem: str = ""


def normalise_email(email: str) -> str:
    """The stored form of an address."""
    return email.strip().lower()


def hash_session_token(token: str) -> str:
    """The stored form of a session cookie."""
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def add_user(
    session: Session, *, email: str, role: str, password: str | None, now: datetime
) -> int:
    """Create an account (or reset the password and role of an existing one); its id.

    `password=None` makes an account without a password, for single sign-on only: it signs
    in through `sign_in_oidc`, never through the form.

    Raises:
        ValueError: a malformed address, an unknown role or a short password.
    """
    address = normalise_email(email)
    if not 3 <= len(address) <= 254 or "@" not in address or any(c.isspace() for c in address):
        raise ValueError("give an e-mail address")
    if role not in ROLES:
        raise ValueError("the role is admin or viewer")
    if password is not None and len(password) < MIN_PASSWORD:
        raise ValueError(f"a password has at least {MIN_PASSWORD} characters")
    user = session.scalar(select(ConsoleUser).where(ConsoleUser.email == address))
    if user is None:
        user = ConsoleUser(email=address, role=role, created_at=now)
        session.add(user)
    user.role = role
    user.password_hash = _hasher.hash(password) if password is not None else None
    user.disabled_at = None
    session.flush()
    return user.id


def disable_user(session: Session, *, email: str, now: datetime) -> bool:
    """Disable an account and end its sessions; False when there is no such account."""
    user = session.scalar(select(ConsoleUser).where(ConsoleUser.email == normalise_email(email)))
    if user is None:
        return False
    user.disabled_at = user.disabled_at or now
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    return True


def list_users(session: Session) -> list[tuple[str, str, bool]]:
    """Every account: address, role, disabled."""
    return [
        (u.email, u.role, u.disabled_at is not None)
        for u in session.scalars(select(ConsoleUser).order_by(ConsoleUser.email))
    ]


def sign_in(session: Session, *, email: str, password: str, now: datetime) -> SigninResult:
    """Check a password and open a web session; failures count towards a pause.

    The pause holds for the address whether or not an account has it, and a right password
    during the pause is refused too: guessing gains nothing from it.
    """
    key = normalise_email(email)[:254]
    throttle = session.get(SigninThrottle, key)
    if throttle is not None and throttle.locked_until is not None:
        if _aware(throttle.locked_until) > now:
            return SigninResult(None, "paused")
        throttle.failures, throttle.locked_until = 0, None
    user = session.scalar(select(ConsoleUser).where(ConsoleUser.email == key))
    ok = _verify(user.password_hash if user and user.password_hash else _DUMMY_HASH, password)
    if user is None or user.disabled_at is not None or user.password_hash is None or not ok:
        if throttle is None:
            throttle = SigninThrottle(key=key, failures=0)
            session.add(throttle)
        throttle.failures += 1
        if throttle.failures >= MAX_FAILURES:
            throttle.locked_until = now + PAUSE
            return SigninResult(None, "paused")
        return SigninResult(None, "invalid")
    if throttle is not None:
        session.delete(throttle)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_signin_at = now
    return SigninResult(open_session(session, user_id=user.id, now=now))


def sign_in_oidc(
    session: Session, *, issuer: str, subject: str, email: str, now: datetime
) -> SigninResult:
    """The way in for the Health Board's single sign-on (OpenID Connect).

    The caller is the OIDC callback route, which has already checked the ID token with the
    provider (signature against the issuer's keys, `iss`, `aud`, `exp`, `nonce`) and hands
    over its `iss`, `sub` and `email`. The account is the one linked to (issuer, subject);
    at a person's first SSO sign-in, the enabled account made for that address with
    `register user add` (with or without a password) is linked to the subject. Nobody gets an
    account from SSO alone, and the role is always the register's, never the provider's.
    Refused ("invalid"): no such account, a disabled one, or an address whose account is
    linked to another subject already.
    """
    issuer, subject = issuer.strip()[:200], subject.strip()[:200]
    if not issuer or not subject:
        return SigninResult(None, "invalid")
    user = session.scalar(
        select(ConsoleUser).where(
            ConsoleUser.oidc_issuer == issuer, ConsoleUser.oidc_subject == subject
        )
    )
    if user is None:
        user = session.scalar(
            select(ConsoleUser).where(ConsoleUser.email == normalise_email(email)[:254])
        )
        if user is None or user.oidc_subject is not None:
            return SigninResult(None, "invalid")
        user.oidc_issuer, user.oidc_subject = issuer, subject
    if user.disabled_at is not None:
        return SigninResult(None, "invalid")
    user.last_signin_at = now
    return SigninResult(open_session(session, user_id=user.id, now=now))


def open_session(session: Session, *, user_id: int, now: datetime) -> str:
    """A new web session for a user (the password form's and `sign_in_oidc`'s)."""
    token = secrets.token_urlsafe(32)
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    session.add(
        WebSession(
            token_hash=hash_session_token(token),
            user_id=user_id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    return token


def session_user(session: Session, *, token: str, now: datetime) -> SignedIn | None:
    """The signed-in user a cookie stands for, or None (unknown, expired or disabled)."""
    if not token or len(token) > 100:
        return None
    row = session.execute(
        select(WebSession, ConsoleUser)
        .join(ConsoleUser, ConsoleUser.id == WebSession.user_id)
        .where(WebSession.token_hash == hash_session_token(token))
    ).first()
    if row is None:
        return None
    web, user = row
    if _aware(web.expires_at) <= now or user.disabled_at is not None:
        return None
    return SignedIn(user.id, user.email, user.role, web.csrf_token)


def sign_out(session: Session, *, token: str) -> None:
    """End a web session."""
    session.execute(delete(WebSession).where(WebSession.token_hash == hash_session_token(token)))


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes for timezone-aware columns: they are UTC."""
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
