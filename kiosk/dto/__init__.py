"""Frozen data handed from the core to screens, one module per feature: no ORM objects ever
leave a transaction. Import from the feature's module (`from kiosk.dto.checkin import
PersonMatch`); this package re-exports nothing."""
