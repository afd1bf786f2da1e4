"""Qspace Kiosk core: configuration, store, domain model and services (no Qt here)."""

__version__ = "0.1.0"
APP_NAME = "qspace-kiosk"
