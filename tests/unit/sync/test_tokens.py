"""The device token: kept in a file only the kiosk's user can read when there is no keyring."""

from __future__ import annotations

import stat
from pathlib import Path

from sync.tokens import TokenStore


def test_without_a_keyring_the_token_goes_to_a_private_file(tmp_path: Path) -> None:
    tokens = TokenStore(tmp_path, use_keyring=False)
    assert tokens.load() is None

    where = tokens.save("s3cret-token")

    assert where == str(tmp_path / "device-token")
    assert stat.S_IMODE((tmp_path / "device-token").stat().st_mode) == 0o600
    assert tokens.load() == "s3cret-token"
    tokens.save("replaced")
    assert tokens.load() == "replaced"
    assert stat.S_IMODE((tmp_path / "device-token").stat().st_mode) == 0o600
    tokens.forget()
    assert tokens.load() is None


def test_the_stub_keyring_of_a_headless_machine_counts_as_none(tmp_path: Path) -> None:
    tokens = TokenStore(tmp_path)  # this machine has no keyring service: the fail backend
    assert tokens.save("t") == str(tmp_path / "device-token")
    assert tokens.load() == "t"
