"""Test parts for sync: a real register (uvicorn on a loopback port), kiosks on their own
SQLite files, and a fault-injecting TCP proxy."""

from __future__ import annotations

import contextlib
import random
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
import uvicorn
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db import Store, make_engine, migrate
from kiosk.export import KINDS, export_rows
from kiosk.operations import Operations
from sync.client import RegisterClient
from sync.console.auth import add_user
from sync.engine import SyncReport, sync_once
from sync.register.app import create_app
from sync.register.store import RegisterStore, make_register_engine
from sync.schema import entities

PASSWORD = "correct horse battery staple"


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RunningRegister:
    """The register app served by uvicorn on a thread, on a free loopback port."""

    def __init__(
        self, db_url: str, port: int | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.clock = clock
        self.store = RegisterStore(make_register_engine(db_url))
        self.store.create()
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> RunningRegister:
        config = uvicorn.Config(
            create_app(
                self.store,
                secure_cookies=False,  # plain HTTP on loopback
                **({"clock": self.clock} if self.clock else {}),
            ),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="off",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("register did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self._server = None
        self._thread = None

    def token(self, name: str) -> str:
        return self.store.add_device(name, now=datetime.now().astimezone())

    def user(self, email: str, password: str = PASSWORD, role: str = "admin") -> None:
        """A console account."""
        with Session(self.store.engine) as session, session.begin():
            add_user(session, email=email, role=role, password=password, now=datetime.now(UTC))

    def signed_in(self, email: str = "qi@example.org", role: str = "admin") -> requests.Session:
        """A browser-like HTTP session signed in to the console (the account made if need be)."""
        self.user(email, role=role)
        web = requests.Session()
        page = web.get(f"{self.url}/signin", timeout=10)
        response = web.post(
            f"{self.url}/signin",
            data={"email": email, "password": PASSWORD, "csrf_token": csrf_of(page.text)},
            timeout=10,
            allow_redirects=False,
        )
        assert response.status_code == 303, response.text
        return web


def csrf_of(html: str) -> str:
    """The CSRF token of the first form of a page."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


@contextlib.contextmanager
def running_register(
    db_url: str, port: int | None = None, clock: Callable[[], datetime] | None = None
) -> Iterator[RunningRegister]:
    register = RunningRegister(db_url, port, clock).start()
    try:
        yield register
    finally:
        register.stop()
        register.store.engine.dispose()


class StepClock:
    """A clock that moves one second at each reading (versions still rise when it stands)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@dataclass
class Kiosk:
    """A kiosk: its own SQLite file, store, operations and device token."""

    name: str
    store: Store
    ops: Operations
    clock: StepClock
    token: str = ""
    reports: list[SyncReport] = field(default_factory=list)

    def client(self, url: str) -> RegisterClient:
        return RegisterClient(url, self.token, timeout=(2.0, 5.0))

    def sync(self, url: str) -> SyncReport:
        client = self.client(url)
        try:
            report = sync_once(self.store, client, now=self.clock())
        finally:
            client.close()
        self.reports.append(report)
        return report

    def exports(self) -> dict[str, list[list[Any]]]:
        with self.store.begin() as session:
            return {kind: list(export_rows(session, kind)) for kind in KINDS}

    def tables(self) -> dict[str, list[dict[str, Any]]]:
        """Every synced table, every column, ordered by id."""
        out: dict[str, list[dict[str, Any]]] = {}
        with self.store.begin() as session:
            for name, spec in entities().items():
                table = spec.model.__table__
                rows = session.execute(select(table).order_by(table.c.id)).mappings()
                out[name] = [dict(row) for row in rows]
        return out


def make_kiosk(directory: Path, name: str, start: datetime) -> Kiosk:
    engine = make_engine(f"sqlite:///{directory / (name + '.sqlite3')}")
    migrate(engine)
    clock = StepClock(start)
    store = Store(engine, clock=clock)
    return Kiosk(name, store, Operations(store, clock=clock), clock)


Fault = str  # "pass", "drop" (close at once), "cut" (half the response), "delay", "lose",
# "slow" (every chunk of the answer held back a while: for killing a sync half-way)


def _shut(sock: socket.socket) -> None:
    """Shut down (which wakes a thread blocked in recv), then close."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class FaultyProxy:
    """A TCP proxy on a loopback port that injects faults per connection.

    `faults` is called for each new connection and returns what to do with it: pass it
    through, drop it at once, forward the request but lose the whole response ("lose": the
    register did the work, the kiosk never hears), cut the response half-way, or delay it.
    """

    def __init__(self, target_port: int, faults: Callable[[], Fault]) -> None:
        self.target_port = target_port
        self.faults = faults
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.connections = 0
        self.bytes_up = 0
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._listener.settimeout(0.05)  # so that close() is noticed promptly
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            self.connections += 1
            fault = self.faults()
            threading.Thread(target=self._handle, args=(conn, fault), daemon=True).start()

    def _handle(self, client: socket.socket, fault: Fault) -> None:
        with contextlib.ExitStack() as stack:
            stack.callback(_shut, client)
            if fault == "drop":
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            stack.callback(_shut, upstream)
            if fault == "delay":
                time.sleep(0.5)
            up = threading.Thread(target=self._pump_up, args=(client, upstream), daemon=True)
            up.start()
            sent = 0
            limit = random.randint(10, 400) if fault == "cut" else None
            while True:
                try:
                    data = upstream.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                if fault == "lose":
                    return  # the register answered (its work is committed): the kiosk never hears
                if fault == "slow":
                    time.sleep(0.15)
                if limit is not None and sent + len(data) > limit:
                    with contextlib.suppress(OSError):
                        client.sendall(data[: max(limit - sent, 0)])
                    return
                try:
                    client.sendall(data)
                except OSError:
                    return
                sent += len(data)

    def _pump_up(self, client: socket.socket, upstream: socket.socket) -> None:
        while True:
            try:
                data = client.recv(65536)
            except OSError:
                break
            if not data:
                break
            self.bytes_up += len(data)
            try:
                upstream.sendall(data)
            except OSError:
                break
        with contextlib.suppress(OSError):
            upstream.shutdown(socket.SHUT_WR)
