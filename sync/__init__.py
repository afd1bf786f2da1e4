"""Sync with the central register: outbox uploader, puller, register server."""
