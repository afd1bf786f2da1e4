"""The composition root: builds config, store, operations, devices, sync and screens, and runs
the kiosk. Only this package wires screens/, devices/ and sync/ together."""
