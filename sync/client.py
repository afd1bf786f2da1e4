"""HTTP client of the register (requests): timeouts, TLS always verified, failures classified.

Every failure becomes one of three exceptions, decided here once:

* `AuthRefusedError` (401): the token is unknown or the device revoked. Nothing more is tried.
* `RejectedError` (400, 409, 413, 422): permanent for the changes sent; the register may name
  the changes (`rejected`), otherwise the caller narrows the batch down.
* `MisconfiguredError`: the address or CA bundle cannot work as set (https:// to a plain-HTTP
  port, http:// to another machine without register.allow_http): a person must act.
* `UnreachableError` (connection errors, timeouts, 5xx, 408, 429, other 4xx such as a 404 from
  a wrong address, a cut or unreadable response):
  retried later with backoff; `retry_after_s` carries a Retry-After when there was one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from kiosk.config import http_allowed
from sync.backoff import parse_retry_after

CONNECT_TIMEOUT_S = 5.0
# 4xx answers that are about what was sent: permanent for those changes.
PER_CHANGE = frozenset({400, 409, 413, 422})
READ_TIMEOUT_S = 60.0


class SyncError(Exception):
    """A sync request failed; `summary` is a short line without personal data."""

    def __init__(self, summary: str) -> None:
        super().__init__(summary)
        self.summary = summary


class MisconfiguredError(SyncError):
    """The register address cannot work as configured (https:// to a plain-HTTP port, a CA
    bundle that cannot be read): retried like an unreachable register, but a person must act."""


class AuthRefusedError(SyncError):
    """The register refused the token (unknown or revoked)."""


class UnreachableError(SyncError):
    """The register could not be reached or failed for now: try again later."""

    def __init__(self, summary: str, retry_after_s: float | None = None) -> None:
        super().__init__(summary)
        self.retry_after_s = retry_after_s


@dataclass(frozen=True)
class RejectedChange:
    """A change the register refused, with its reason."""

    change_id: str
    reason: str


class RejectedError(SyncError):
    """A 4xx for a request: permanent for what was sent."""

    def __init__(self, summary: str, status: int, changes: list[RejectedChange]) -> None:
        super().__init__(summary)
        self.status = status
        self.changes = changes


class RegisterClient:
    """Calls to one register with one device token."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        device_id: str | None = None,
        allow_http: bool = False,
    ) -> None:
        if not http_allowed(base_url, allow_http=allow_http):
            raise MisconfiguredError(
                "an http:// register outside this machine needs register.allow_http "
                "(everything, the token too, would cross the network unencrypted)"
            )
        if ca_bundle and not Path(ca_bundle).is_file():
            raise MisconfiguredError("the register's CA bundle file does not exist")
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"
        self._session.headers["User-Agent"] = "qspace-kiosk-sync/1"
        if device_id:
            # The register binds the token to this id and notices a second kiosk using it.
            self._session.headers["X-Qspace-Device"] = device_id
        # TLS verification is never switched off; a Health Board CA may be added.
        self._session.verify = ca_bundle if ca_bundle else True
        self._timeout = timeout

    def close(self) -> None:
        """Release the connection pool."""
        self._session.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        url = f"{self.base_url}/v1/{path}"
        try:
            # No redirects: a register address that lands on a page (the console's sign-in, a
            # proxy's portal) is a wrong address, said as such, not a page parsed as JSON.
            response = self._session.request(
                method, url, timeout=self._timeout, allow_redirects=False, **kwargs
            )
            body = response.content  # read whole now: a cut body raises here
        except requests.exceptions.SSLError as exc:
            raise _tls_error(str(exc)) from None
        except requests.exceptions.Timeout:
            raise UnreachableError("register timed out") from None
        except requests.exceptions.RequestException as exc:
            raise UnreachableError(f"register unreachable ({type(exc).__name__})") from None
        status = response.status_code
        if status == 401:
            reason = _json(body).get("detail", "token_invalid")
            raise AuthRefusedError(f"register refused the token ({reason})")
        if status in (408, 429) or status >= 500:
            raise UnreachableError(
                f"register answered {status}",
                parse_retry_after(response.headers.get("Retry-After")),
            )
        if status in PER_CHANGE:
            data = _json(body)
            changes = [
                RejectedChange(str(item.get("change_id", "")), str(item.get("reason", ""))[:200])
                for item in data.get("rejected", [])
                if isinstance(item, dict)
            ]
            raise RejectedError(f"register refused the request ({status})", status, changes)
        if status >= 300:
            # 403, 404, 405 …: not about the changes sent (a wrong address, a proxy in the
            # way). Dead-lettering the outbox for it would be wrong: retry later.
            raise UnreachableError(f"register answered {status} (is the register URL right?)")
        return _json(body, strict=True)

    def health(self) -> dict[str, Any]:
        """The register's health probe and clock, on a connection of its own (closed after)."""
        data: dict[str, Any] = self._call("GET", "health", headers={"Connection": "close"})
        return data

    def push(self, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Send a batch; the per-change outcomes in order."""
        data = self._call("POST", "changes", json={"changes": changes})
        results = data.get("results")
        if not isinstance(results, list) or len(results) != len(changes):
            raise UnreachableError("register answered a push without every outcome")
        return results

    def pull(self, after: int, limit: int) -> dict[str, Any]:
        """One page of records after the cursor."""
        data: dict[str, Any] = self._call("GET", "changes", params={"after": after, "limit": limit})
        if not isinstance(data.get("records"), list) or not isinstance(data.get("next"), int):
            raise UnreachableError("register answered a pull page that is not whole")
        return data

    def pass_secret(self) -> str:
        """The shared QR pass secret (hex)."""
        return str(self._call("GET", "pass-secret").get("secret", ""))


def _tls_error(text: str) -> SyncError:
    """Say which TLS failure it was: an untrusted certificate is not a plain-HTTP port."""
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
        return UnreachableError("TLS certificate not trusted")
    if any(
        sign in text
        for sign in ("WRONG_VERSION_NUMBER", "record layer failure", "wrong version number")
    ):
        return MisconfiguredError(
            "the register does not speak TLS on this port: use http:// or the HTTPS port"
        )
    if "No such file" in text or "CA bundle" in text or "PEM" in text:
        return MisconfiguredError("the register's CA bundle cannot be read")
    return UnreachableError("TLS handshake with the register failed")


def _json(body: bytes, *, strict: bool = False) -> Any:
    import json

    try:
        data = json.loads(body)
    except ValueError:
        if strict:
            raise UnreachableError("register answered something that is not JSON") from None
        return {}
    if strict:
        return data
    return data if isinstance(data, dict) else {}
