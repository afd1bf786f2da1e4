"""A sync worker for the kiosk app: a plain thread (no Qt), with a status snapshot.

API for the GUI (app/wiring.py wires it; screens get the status as a DTO)::

    worker = SyncWorker(store, register_url=settings.register_url, token=TokenStore().load(),
                        ca_bundle=settings.register_ca_bundle or None,
                        interval_s=settings.sync_interval_min * 60,
                        on_status=callback)          # called on the worker thread
    worker.start()                 # syncs at once, then every interval
    worker.trigger()               # "Sync now" (also: the network came back)
    worker.status() -> SyncStatus  # thread-safe snapshot, cheap: no database, no network
    worker.retry_dead_letters()    # facilitator: queue every dead letter again, then sync
    worker.dead_letters() -> list[DeadLetter]   # reads the store: call it off the GUI thread
    worker.stop()                  # at exit; waits for the round in progress

`on_status(SyncStatus)` runs on the worker thread: a Qt caller re-emits it as a queued signal
and never touches widgets in it. `SyncStatus` holds counts, times and short error summaries
(status codes, exception kinds, the register's reasons): never field values or names of
people. Failures are classified once (sync.client): a refused token stops syncing until
`trigger()` (state "refused"); an unreachable register is retried with exponential backoff and
jitter capped at five minutes (Retry-After honoured), and probed every `probe_s` seconds
meanwhile so that sync resumes as soon as it answers.
"""

from __future__ import annotations

import logging
import random
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kiosk.db import Clock, Store, utc_now
from sync import engine
from sync.backoff import backoff_delay
from sync.client import (
    AuthRefusedError,
    MisconfiguredError,
    RegisterClient,
    SyncError,
    UnreachableError,
)

log = logging.getLogger(__name__)

PROBE_S = 15.0


@dataclass(frozen=True)
class SyncStatus:
    """What the status indicator and the facilitator page show."""

    state: str  # "off", "syncing", "online", "offline" or "refused"
    pending: int  # changes waiting to be pushed
    dead: int  # changes in the dead-letter list
    last_success: datetime | None
    last_attempt: datetime | None
    next_attempt_in_s: float | None
    recent_errors: tuple[tuple[datetime, str], ...]  # newest last, at most ten
    # How far the kiosk's clock ran ahead of the register's at the last sync, when that was a
    # clock fault (also said in recent_errors); None when the clock was right.
    clock_ahead_s: float | None = None

    @property
    def online(self) -> bool:
        """Whether the last contact with the register worked."""
        return self.state in ("online", "syncing")


ClientFactory = Callable[[], RegisterClient]


class SyncWorker:
    """Runs sync rounds on its own thread; see the module docstring."""

    def __init__(
        self,
        store: Store,
        *,
        register_url: str = "",
        token: str | None = None,
        ca_bundle: str | None = None,
        allow_http: bool = False,
        interval_s: float = 600.0,
        probe_s: float = PROBE_S,
        clock: Clock = utc_now,
        on_status: Callable[[SyncStatus], None] | None = None,
        client_factory: ClientFactory | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._store = store
        self._interval_s = interval_s
        self._probe_s = probe_s
        self._clock = clock
        self._on_status = on_status
        self._rng = rng or random.Random()
        if client_factory is None and register_url and token:
            url, secret, bundle, device = register_url, token, ca_bundle, store.device_id

            def client_factory() -> RegisterClient:
                return RegisterClient(
                    url, secret, ca_bundle=bundle, device_id=device, allow_http=allow_http
                )

        self._client_factory = client_factory
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._errors: deque[tuple[datetime, str]] = deque(maxlen=10)
        self._status = SyncStatus("off", 0, 0, None, None, None, ())
        self._rounds = 0
        self._clock_ahead_s: float | None = None

    # --- the API ------------------------------------------------------------------------

    def start(self) -> None:
        """Start the thread (a first round runs at once)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the round in progress."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def trigger(self) -> None:
        """Sync now ("Sync now", or the network came back)."""
        self._wake.set()

    def status(self) -> SyncStatus:
        """The latest status snapshot (thread-safe, no I/O)."""
        with self._lock:
            return self._status

    @property
    def rounds(self) -> int:
        """Rounds completed (successful or not), for tests and diagnostics."""
        return self._rounds

    def dead_letters(self) -> list[engine.DeadLetter]:
        """The dead-letter list (reads the store)."""
        with self._store.begin() as session:
            return engine.dead_letters(session)

    def retry_dead_letters(self) -> int:
        """Queue every dead letter again and sync now; returns how many."""
        with self._store.begin() as session:
            count = engine.retry_dead_letters(session)
        self._refresh_counts()
        self.trigger()
        return count

    # --- the thread ---------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stopping.is_set():
            wait = self._round()
            self._rounds += 1
            self._sleep(wait)

    def _sleep(self, wait: float | None) -> None:
        """Wait for `wait` seconds, a trigger or a stop; probe the register while offline."""
        remaining = wait
        while not self._stopping.is_set():
            step = self._probe_s if remaining is None else min(self._probe_s, remaining)
            if self._wake.wait(max(step, 0.0)):
                self._wake.clear()
                return
            if remaining is not None:
                remaining -= step
                if remaining <= 0:
                    return
            self._refresh_counts()
            if self.status().state == "offline" and self._reachable():
                return  # back online: sync at once rather than at the end of the backoff

    def _reachable(self) -> bool:
        if self._client_factory is None:
            return False
        try:
            client = self._client_factory()
        except SyncError:
            return False
        try:
            client.health()
            return True
        except SyncError:
            return False
        finally:
            client.close()

    def _round(self) -> float | None:
        if self._client_factory is None:
            self._publish("off", None)
            return None
        attempt = self._clock()
        self._publish("syncing", None, attempt=attempt)
        client: RegisterClient | None = None
        try:
            client = self._client_factory()
            # A round that finds another sync of this database running waits a little, then
            # tries again later (the command line's `sync once`, say).
            report = engine.sync_once(self._store, client, now=self._clock(), lock_timeout_s=10)
        except AuthRefusedError as exc:
            self._note(exc.summary)
            self._failures = 0
            self._publish("refused", None, attempt=attempt)
            return None  # nothing more until a trigger (a new token)
        except (UnreachableError, MisconfiguredError) as exc:
            self._note(exc.summary)
            self._failures += 1
            retry_after = exc.retry_after_s if isinstance(exc, UnreachableError) else None
            wait = backoff_delay(self._failures, rng=self._rng, retry_after_s=retry_after)
            self._publish("offline", wait, attempt=attempt)
            return wait
        except Exception as exc:
            log.exception("sync round failed")
            self._note(f"sync failed ({type(exc).__name__})")
            self._failures += 1
            wait = backoff_delay(self._failures, rng=self._rng)
            self._publish("offline", wait, attempt=attempt)
            return wait
        finally:
            if client is not None:
                client.close()
        clock = report.clock
        self._clock_ahead_s = clock.ahead_s if clock is not None and clock.fault else None
        if clock is not None and clock.fault:
            self._note(clock.summary())  # the facilitator's sync page lists it
        if report.pull.unusable:
            self._note(f"{report.pull.unusable} records from the register kept aside")
        self._failures = 0
        self._publish("online", self._interval_s, attempt=attempt, success=self._clock())
        return self._interval_s

    def _note(self, summary: str) -> None:
        log.warning("sync: %s", summary)
        with self._lock:
            self._errors.append((self._clock(), summary))

    def _counts(self) -> tuple[int, int]:
        try:
            with self._store.begin() as session:
                return engine.pending_count(session), engine.dead_count(session)
        except Exception:
            log.exception("sync: cannot count the outbox")
            status = self.status()
            return status.pending, status.dead

    def _refresh_counts(self) -> None:
        pending, dead = self._counts()
        with self._lock:
            current = self._status
            if (current.pending, current.dead) == (pending, dead):
                return
            self._status = SyncStatus(
                current.state,
                pending,
                dead,
                current.last_success,
                current.last_attempt,
                current.next_attempt_in_s,
                current.recent_errors,
                current.clock_ahead_s,
            )
            status = self._status
        if self._on_status is not None:
            self._on_status(status)

    def _publish(
        self,
        state: str,
        next_in: float | None,
        *,
        attempt: datetime | None = None,
        success: datetime | None = None,
    ) -> None:
        pending, dead = self._counts()
        with self._lock:
            current = self._status
            self._status = SyncStatus(
                state,
                pending,
                dead,
                success or current.last_success,
                attempt or current.last_attempt,
                next_in,
                tuple(self._errors),
                self._clock_ahead_s,
            )
            status = self._status
        if self._on_status is not None:
            self._on_status(status)
