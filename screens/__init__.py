"""Qt screens of the kiosk, each with a plain-Python presenter."""
