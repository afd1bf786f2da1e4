"""What every command of main.py shares: one-line output, usage errors and the argument parser."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import NoReturn, TextIO


def say(*parts: object, file: TextIO | None = None) -> None:
    """Write one line for the person at the command line (stdout unless `file`)."""
    stream = file if file is not None else sys.stdout
    stream.write(" ".join(str(part) for part in parts) + "\n")
    stream.flush()


class UsageError(Exception):
    """A command-line mistake: reported in one line with exit status 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser that raises UsageError instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def size(text: str) -> tuple[int, int]:
    """A WIDTHxHEIGHT argument, each from 200 to 8000 pixels."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"size must be WIDTHxHEIGHT, such as 1920x1080, not {text!r}"
        ) from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be from 200 to 8000 pixels")
    return width, height


def setting(text: str) -> tuple[str, str]:
    """A KEY=VALUE argument of --set."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(
            f"--set takes KEY=VALUE, such as kiosk.idle_timeout_s=60, not {text!r}"
        )
    return key.strip(), value


def count(text: str) -> int:
    """A whole-number argument."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}")
    return int(text)


def day(text: str) -> date:
    """A YYYY-MM-DD argument."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"a date is written YYYY-MM-DD, such as 2026-11-26, not {text!r}"
        ) from None
